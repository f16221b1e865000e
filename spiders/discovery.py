"""What a fetched document is, and where a site's feeds are: plain functions over one answer.

    >>> document_kind(b'<?xml version="1.0"?><urlset xmlns="...">', "application/xml")
    'sitemap'
    >>> feed_candidates(home_page_html, "https://outlet.example/")   # doctest: +SKIP
    ['https://outlet.example/feed/', ..., 'https://outlet.example/rss.xml', ...]

The spider fetches every candidate through the crawl (robots.txt, politeness, size and
time limits, private-address refusal); nothing here fetches. The page's own links come
from trafilatura.feeds (``<link rel=alternate>`` of the feed types, else links in the page
that look like feeds), then the conventional paths of common publishing systems, then
the site's robots.txt, whose ``Sitemap:`` lines are candidates too.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.utils.sitemap import sitemap_urls_from_robots

# WordPress, Drupal, Ghost, Blogger, Hugo/Jekyll … in the order they are most often found.
CONVENTIONAL_PATHS = ("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default")
ROBOTS = "/robots.txt"
_XML_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|urlset|sitemapindex|html)\b", re.I)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)


def document_kind(body: bytes, content_type: str | None) -> str:
    """``feed``, ``sitemap``, ``html`` or ``unknown``, from the first root element (or the type).

    >>> document_kind(b"<rss version='2.0'><channel>", None), document_kind(b"<!doctype html><p>", "text/html")
    ('feed', 'html')
    """
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    root = _XML_ROOT.search(head)
    if root is not None:
        name = root.group(1).lower()
        if name in (b"urlset", b"sitemapindex"):
            return "sitemap"
        return "html" if name == b"html" else "feed"
    if _HTML.search(head) or "html" in (content_type or ""):
        return "html"
    return "unknown"


def feed_candidates(html: str, page_url: str, tried: tuple[str, ...] = ()) -> list[str]:
    """Addresses to try for a site's feed, best first, without those in *tried*.

    >>> feed_candidates('<html><head><link rel="alternate" type="application/rss+xml" href="/news/rss">'
    ...                 '</head><body><p>…</p></body></html>', "https://outlet.example/ar/")[:3]
    ['https://outlet.example/news/rss', 'https://outlet.example/feed', 'https://outlet.example/rss']
    """
    # Here: a crawl that meets no site without a feed never imports trafilatura (5 MiB, 0.05 s
    # of the crawl process's start-up; its workers read the pages).
    from trafilatura.feeds import FeedParameters, determine_feed

    host = urlsplit(page_url).hostname or ""
    announced = determine_feed(html, FeedParameters(page_url, host, page_url))
    root = f"{urlsplit(page_url).scheme}://{urlsplit(page_url).netloc}"
    found = [*announced, *(root + path for path in (*CONVENTIONAL_PATHS, ROBOTS))]
    skip = set(tried) | {page_url}
    return [url for url in dict.fromkeys(found) if url not in skip]


def robots_sitemaps(body: bytes, robots_url: str) -> list[str]:
    """The ``Sitemap:`` addresses of a robots.txt (scrapy.utils.sitemap reads them).

    >>> robots_sitemaps(b"User-agent: *\\nSitemap: /news-sitemap.xml\\n", "https://o.example/robots.txt")
    ['https://o.example/news-sitemap.xml']
    """
    return list(sitemap_urls_from_robots(body, base_url=robots_url))


def is_robots(url: str) -> bool:
    return urlsplit(url).path == ROBOTS
