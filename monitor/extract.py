"""Article body and metadata from a page, with the feed's own text as the fallback.

    >>> page = extract(html, "https://example.com/a")      # trafilatura; None if nothing found
    >>> apply_extraction(item, page)                        # fills item.body, body_source, ...

``extract`` is a pure function so the pipeline can run it in worker processes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import trafilatura
from lxml import html as lxml_html

from monitor.items import ArticleItem

_LINK_TAG = re.compile(rb"<link\b[^>]*>", re.I)
_REL_CANONICAL = re.compile(rb"\brel\s*=\s*[\"']?[^\"'>]*\bcanonical\b", re.I)
_HREF = re.compile(rb"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Extracted:
    body: str
    title: str | None
    author: str | None
    date: str | None
    site_name: str | None
    language: str | None
    canonical: str | None = None   # the page's <link rel=canonical> href, as written


def extract(html: str | bytes, url: str) -> Extracted | None:
    """Run trafilatura on one page; None when it finds no main text."""
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        )
    except Exception:  # trafilatura raises assorted lxml/parsing errors on broken pages
        document = None
    if document is None or not (document.text or "").strip():
        return None
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    match = _HTML_LANG.search(raw[:5000])
    language = document.language or (match.group(1).decode().lower() if match else None)
    return Extracted(
        body=document.text.strip(), title=document.title, author=document.author,
        date=document.date, site_name=document.sitename, language=language,
        canonical=declared_canonical(raw),
    )


def declared_canonical(html: bytes) -> str | None:
    """The href of the page's ``<link rel="canonical">`` (searched in the head only).

    >>> declared_canonical(b'<head><link href="/a" rel="canonical"></head>')
    '/a'
    """
    head = html[: html.find(b"</head>") if b"</head>" in html[:200_000] else 200_000]
    for tag in _LINK_TAG.findall(head):
        if _REL_CANONICAL.search(tag):
            href = _HREF.search(tag)
            if href:
                value = next(group for group in href.groups() if group is not None)
                return value.decode("utf-8", "replace").strip() or None
    return None


def html_to_text(fragment: str | None) -> str | None:
    """Plain text of a feed's HTML summary or content."""
    if not fragment or not fragment.strip():
        return None
    if "<" not in fragment:
        return fragment.strip()
    try:
        text = lxml_html.fromstring(fragment).text_content()
    except (ValueError, lxml_html.etree.ParserError):
        return fragment.strip()
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip() or None


def guess_language(text: str) -> str | None:
    """'ar' or 'en' by script when nothing better is known (both languages we watch)."""
    arabic = len(_ARABIC.findall(text[:4000]))
    latin = len(_LATIN.findall(text[:4000]))
    if arabic + latin < 20:
        return None
    return "ar" if arabic > latin else "en"


def content_hash(text: str) -> str:
    """Hash of the body with case, accents and spacing folded: equal for byte-different copies."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


def apply_extraction(item: ArticleItem, page: Extracted | None) -> ArticleItem:
    """Fill the item's article fields from the page, falling back to the feed's text.

    The feed text wins when extraction failed or found less text than the feed itself
    carried (a paywall, a JavaScript page, a truncated extraction).
    """
    feed_text = item.entry_content or item.entry_summary or ""
    if page is not None and len(page.body) >= len(feed_text):
        item.body, item.body_source = page.body, "trafilatura"
    else:
        item.body, item.body_source = feed_text, item.body_source or "feed"
    item.title = (page.title if page else None) or item.entry_title
    item.author = (page.author if page else None) or item.entry_author
    # The feed's timestamp has a time of day; the page's date usually only a day.
    item.published_at = item.entry_published or (page.date if page else None)
    item.site_name = page.site_name if page else None
    item.summary = item.entry_summary
    item.language = ((page.language if page else None) or guess_language(item.body)
                     or item.feed_language)
    item.content_hash = content_hash(item.body) if item.body else None
    item.canonical = page.canonical if page else None
    item.html = None  # the page is no longer needed; keep items small downstream
    return item
