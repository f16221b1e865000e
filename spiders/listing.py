"""Listing pages ("latest news", a category page): the article links they show.

    >>> article_links(html, "https://agency.example/en/category/deir-ezzor", "article h2 a")  # doctest: +SKIP
    [{'link': 'https://agency.example/en/2024/03/12/strike-near-al-bukamal', 'entry_title': '…'}, ...]

With a ``links`` selector (CSS, or XPath when it starts with ``/`` or ``(``) the links are
the ``<a href>`` it selects (or those inside what it selects). Without one, a link is an
article when it stays on the page's site and its path looks like an article: a date or
an id (digits), or a slug of several words, and not a section, tag, author, search or
pagination page. The link text is the entry's title; the article page gives its date.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from monitor.config import is_xpath
from monitor.urls import outlet

NOT_ARTICLES = re.compile(
    r"/(?:tags?|category|categories|section|sections|topics?|authors?|writers?|search|page|about|contact"
    r"|privacy|terms|login|register|subscribe|newsletter|live|video|videos|podcasts?|feed|rss)(?:/|$)", re.I)
_DIGITS = re.compile(r"\d")
_WORDS = re.compile(r"[\w\u0600-\u06FF%]+(?:-[\w\u0600-\u06FF%]+){2,}")


def article_links(html: str, page_url: str, selector: str | None = None) -> list[dict]:
    """Entries (the spider's shape: link and title) of a listing page, in page order, once each."""
    page = Selector(text=html)
    if selector:
        chosen = page.xpath(selector) if is_xpath(selector) else page.css(selector)
        anchors = [a for node in chosen for a in ([node] if _is_anchor(node) else node.css("a[href]"))]
    else:
        anchors = page.css("a[href]")
    found: dict[str, str] = {}
    for anchor in anchors:
        link = urljoin(page_url, anchor.attrib.get("href", "").strip())
        if not link.startswith(("http://", "https://")) or link.split("#")[0] == page_url:
            continue
        if selector is None and not looks_like_article(link, page_url):
            continue
        title = " ".join(" ".join(anchor.css("::text").getall()).split())
        if title or link not in found:
            found[link.split("#")[0]] = found.get(link.split("#")[0]) or title
    return [{"link": link, "entry_title": title or None} for link, title in found.items()]


def looks_like_article(link: str, page_url: str) -> bool:
    """Same site, and a path with digits or a slug of three or more words, not a section page.

    >>> looks_like_article("https://a.example/en/2024/03/12/strike", "https://a.example/en/")
    True
    >>> looks_like_article("https://a.example/en/category/deir-ezzor/", "https://a.example/en/")
    False
    >>> looks_like_article("https://a.example/news/drone-strike-hits-convoy-near-qaim", "https://a.example/")
    True
    """
    if outlet(link) != outlet(page_url):
        return False
    path = urlsplit(link).path
    if path.count("/") < 1 or path.rstrip("/") in ("", "/") or NOT_ARTICLES.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(_DIGITS.search(path) and len(path.strip("/").split("/")) >= 2 or _DIGITS.search(last)
                or _WORDS.fullmatch(last))


def _is_anchor(node: Selector) -> bool:
    return getattr(node.root, "tag", None) == "a"
