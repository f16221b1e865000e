"""News sitemaps: the sitemaps an index lists and the recent URLs a sitemap lists.

    sitemap = read_sitemap(body, max_bytes)     # scrapy.utils.sitemap; never expands entities
    sitemap.children(since)                     # an index: its sitemaps changed since *since*
    sitemap.entries(since)                      # a urlset: entries published since *since*

Google News fields (``news:publication_date``, ``news:title``, ``news:language``) are read (not
``news:name``: it names the outlet, not the writer);
without them ``lastmod`` dates the URL. Parsing streams (lxml iterparse, each element
cleared once read), so a 50,000-URL, 10 MB sitemap costs little more than its bytes, which
``fetch.max_bytes`` bounds; a gzipped one is decompressed within the same limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from monitor.store import iso, parse_iso


GZIP_MAGIC = b"\x1f\x8b"


class NewsSitemap(Sitemap):
    """Scrapy's Sitemap that also keeps the ``<news:news>`` children of each ``<url>``."""

    __slots__ = ()

    def _process_sitemap_element(self, elem):
        news = {}
        for child in elem:
            if self._get_tag_name(child) == "news":
                for field in child.iter():
                    name = self._get_tag_name(field)
                    if name in ("publication_date", "title", "language") and field.text:
                        news[name] = field.text.strip()
        found = super()._process_sitemap_element(elem)
        if found is not None:
            found.pop("news", None)
            found.update({f"news_{name}": value for name, value in news.items()})
        return found


@dataclass
class ReadSitemap:
    type: str
    items: list[dict]

    def children(self, since: datetime) -> list[str]:
        """Sitemaps of an index, except those whose ``lastmod`` is older than *since*."""
        return [item["loc"] for item in self.items if not _older(item.get("lastmod"), since)]

    def entries(self, since: datetime) -> list[dict]:
        """Article entries (the spider's shape) published at or after *since*; undated ones too."""
        found = []
        for item in self.items:
            published = _moment(item.get("news_publication_date") or item.get("lastmod"))
            if published is not None and published < since:
                continue
            found.append({"link": item["loc"], "entry_title": item.get("news_title"),
                          "entry_author": None,   # news:publication/news:name is the outlet, not a byline
                          "entry_published": iso(published) if published else None,
                          "entry_summary": None, "entry_content": None,
                          "language": item.get("news_language")})
        return found


def read_sitemap(body: bytes, max_bytes: int) -> ReadSitemap:
    """Parse a sitemap or sitemap index (gzipped or not); raises ValueError when it is neither."""
    if body[:2] == GZIP_MAGIC:
        body = gunzip(body, max_size=max_bytes)
    sitemap = NewsSitemap(body)
    if sitemap.type not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap: root element <{sitemap.type}>")
    return ReadSitemap(sitemap.type, list(sitemap))


def _moment(text: str | None) -> datetime | None:
    """W3C datetime (``2024-03-12``, ``2024-03-12T06:15:00+03:00``) as aware UTC; None if unreadable."""
    if not text:
        return None
    try:
        return parse_iso(text)
    except ValueError:
        return None


def _older(text: str | None, since: datetime) -> bool:
    moment = _moment(text)
    return moment is not None and moment < since
