"""Article body and metadata from a page, with the feed's own text as the fallback.

    >>> paragraph = "<p>A Turkish drone struck a car near Qamishli on Tuesday, killing two SDF fighters.</p>"
    >>> html = f"<html><head><title>Drone strike</title></head><body><article>{paragraph * 3}</article></body></html>"
    >>> page = extract(html, "https://example.com/a")      # trafilatura; None if nothing found
    >>> page.title, page.site_name, page.body            # a repeated paragraph is kept once
    ('Drone strike', 'example.com', 'A Turkish drone struck a car near Qamishli on Tuesday, killing two SDF fighters.')
    >>> page = extract(html, "https://example.com/a", with_date=False)     # the feed dated the entry: no page date
    >>> page = extract(html, "https://example.com/a", with_author=False)   # the feed named the author: no byline search
    >>> item = ArticleItem(feed_id=1, url="https://example.com/a", link="https://example.com/a",
    ...                    html=html.encode(), fetched_at="2024-07-03T12:00:00+00:00")
    >>> item = apply_extraction(item, page)                # fills body, body_source, language ...
    >>> item.body_source, item.language
    ('trafilatura', 'en')

``extract`` is a pure function so the pipeline can run it in worker processes.

The page is parsed once, for the body and for the four metadata fields we archive
(``page_metadata``: title, author, date, site name), which trafilatura's own
``extract_metadata`` finds by the same steps along with fields we never store
(categories, tags, licence: about a quarter of its cost).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from copy import copy, deepcopy
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura.metadata import (
    META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title, extract_url,
)
from trafilatura.settings import Document, Extractor, set_date_params
from trafilatura.utils import decode_file, is_dubious_html, repair_faulty_html
from trafilatura.xml import xmltotxt

from monitor.items import ArticleItem

_LINK_TAG = re.compile(rb"<link\b[^>]*>", re.I)
_REL_CANONICAL = re.compile(rb"\brel\s*=\s*[\"']?[^\"'>]*\bcanonical\b", re.I)
_HREF = re.compile(rb"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
# Case-insensitive scans instead of a lowered copy of the page (0.2 -> 0.15 ms a page).
_SCRIPT_OR_STYLE = re.compile(rb"<(script|style)\b[^>]*>", re.I)
_CLOSING = {b"script": re.compile(rb"</script", re.I), b"style": re.compile(rb"</style", re.I)}
# trafilatura's parser settings (``trafilatura.utils.HTML_PARSER``), but every element an
# HtmlElement, told in C: lxml.html's parser asks a Python method for each element handed
# out, for classes of form, input, label … that neither trafilatura nor htmldate uses
# (2,000 calls a page, 0.5 ms; the same results on every real page we have, tests/test_extract.py).
_PARSER = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                               remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))
# bare_extraction's options as it builds them from our arguments (fast: no fallback), built
# once: building them reads trafilatura's settings anew each time (0.14 ms a page). A page
# gets a copy with its URL (``_options``), as trafilatura's own command line sets it.
_OPTIONS = {fast: Extractor(output_format="python", fast=fast, comments=False, tables=True) for fast in (True, False)}
# bare_extraction copies a tree it is given (it changes the tree it reads), and ours is read
# already (``page_metadata``): on the trafilatura whose steps we know, ``body_text`` takes its
# steps on our tree itself (``_sequence``): 0.9 ms a page less (the copy, and freeing it).
# Its internal ``trafilatura_sequence`` changed in every minor version: on any other version
# bare_extraction runs (tests/test_extract.py compares the two on real pages).
try:
    from trafilatura.baseline import _BLOCK_ELEMS, baseline, html2txt
    from trafilatura.core import (
        ESCALATION_ACCEPT_RATIO, ESCALATION_JUSTEXT_RATIO, ESCALATION_MAX_LENGTH, ESCALATION_PAGE_SHARE,
        _extract_and_compare, _forum_thread_page,
    )
    from trafilatura.external import justext_rescue
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import (
        AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS, RAW_TREE_PRUNE_XPATH, REGEXP_NS, REMOVE_COMMENTS_AND_LISTS_XPATH,
    )
    _OWN_STEPS = trafilatura.__version__ == "2.3.1"
except ImportError:   # another version's internals
    _OWN_STEPS = False


def plain_strings(expressions: list[etree.XPath]) -> list[etree.XPath]:
    """trafilatura's XPath *expressions* compiled again without lxml's "smart" strings: each
    regular expression test (EXSLT ``re:test``) calls Python back with an element's class or
    id, which lxml would first wrap in a string that knows its element (8-12 % of the
    expressions' time). The same elements are found (tests/test_extract.py)."""
    return [etree.XPath(expression.path, namespaces={"re": REGEXP_NS}, smart_strings=False)
            for expression in expressions]


if _OWN_STEPS:   # trafilatura's, as the steps below call them
    _RAW_TREE_PRUNE, _COMMENTS_AND_LISTS = plain_strings(RAW_TREE_PRUNE_XPATH), plain_strings(REMOVE_COMMENTS_AND_LISTS_XPATH)
    _AUTHOR_DISCARD, _AUTHOR = plain_strings(AUTHOR_DISCARD_XPATHS), plain_strings(AUTHOR_XPATHS)

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


def extract(html: str | bytes, url: str, with_date: bool = True, fallback: bool = False,
            with_author: bool = True) -> Extracted | None:
    """Run trafilatura on one page; None when it finds no main text.

    *with_date*: look for the page's date (htmldate); not needed when the feed dated the
    entry, as the feed's timestamp wins. *with_author*: search the page for a byline when
    its metadata (meta tags, JSON-LD) names no author; not needed when the feed named one,
    which is archived then (trafilatura's search: 4 ms on a page without a byline, a third
    of the pages). *fallback*: trafilatura's comparison with its
    readability and jusText extractions (``fast=False``), config ``extract.fallback``
    (off by default: a fifth of the CPU for bodies that scored the same, see README).
    """
    try:
        # Scripts and styles are most of a page's bytes and nothing trafilatura reads but for
        # JSON-LD metadata (kept) and htmldate's date search (hence only when no date is sought).
        tree = parse_page(html if with_date else without_scripts(html))
        meta = page_metadata(tree, url, with_date, with_author) if tree is not None else None
        text = body_text(tree, _options(url, fallback)) if tree is not None else None
    except Exception:  # trafilatura raises assorted lxml/parsing errors on broken pages
        text = None
    if not (text or "").strip():
        return None
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    match = _HTML_LANG.search(raw[:5000])
    return Extracted(
        body=text.strip(), title=meta.title, author=meta.author, date=meta.date,
        site_name=meta.sitename, language=match.group(1).decode().lower() if match else None,
        canonical=declared_canonical(raw),
    )


def body_text(tree: lxml_html.HtmlElement, options: Extractor, own_steps: bool = _OWN_STEPS) -> str | None:
    """The text ``trafilatura.bare_extraction(tree, options=options)`` finds (None: too
    short, or an error it catches); *tree* is changed, unless *own_steps* is False (then
    bare_extraction runs, on a copy). Our options ask for no comments, metadata, language,
    dedup or size check, so its steps are the sequence of extractors (``_sequence``) and
    the text's length.
    """
    if not own_steps:
        document = trafilatura.bare_extraction(tree, options=options)
        return document.text if document else None
    try:
        body, text = _sequence(tree, options)
    except (TypeError, ValueError):   # what bare_extraction catches
        return None
    if len(text) < options.min_output_size:   # and no comments, shorter still than min_output_comm_size
        return None
    return xmltotxt(body, options.formatting)


def _sequence(tree: lxml_html.HtmlElement, options: Extractor) -> tuple[etree._Element, str]:
    """The body and its text ``trafilatura.core.trafilatura_sequence`` finds with our options
    (no comments, focus "balanced"), by its steps, less two whose result it discards: the
    cleaned tree's copy that only the fallback comparison reads (0.1 ms a page without
    it), and the page's whole text (``html2txt``: 3 ms, on a page in three whose extraction
    is short) when a bound of its length already shows the extraction covers enough of it.
    """
    is_forum = _forum_thread_page(tree)
    tree = prune_unwanted_nodes(tree, _RAW_TREE_PRUNE)
    if not is_forum:   # comments off: pruned from the page, except a forum thread's (its posts)
        tree = prune_unwanted_nodes(tree, _COMMENTS_AND_LISTS)
    body, text = _extract_and_compare(*_prepared(tree, options), tree, options)
    # The baseline's rescue: on the page as parsed, taken when it finds more.
    if len(text) < options.min_extracted_size:
        rescued, rescued_text, rescued_length = baseline(tree)
        if rescued_length > len(text):
            body, text = rescued, rescued_text
    # A short extraction covering little of the page: the steps again in recall mode (and
    # jusText with the fallback), taken when clearly longer.
    if (0 < len(text) < ESCALATION_MAX_LENGTH and len(text) < ESCALATION_PAGE_SHARE * page_text_bound(tree)
            and len(text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))):
        recall = copy(options)
        recall.focus = "recall"
        recalled, recalled_text = None, ""
        try:
            recalled, recalled_text = _extract_and_compare(*_prepared(tree, recall), tree, recall)
        except Exception:   # trafilatura logs and goes on without it
            pass
        justext, justext_text = None, ""
        if not options.fast:
            try:
                justext, justext_text = justext_rescue(copy(tree), options)
            except Exception:   # likewise
                pass
        if len(justext_text) > len(recalled_text) and len(justext_text) > ESCALATION_JUSTEXT_RATIO * len(text):
            body, text = justext, justext_text
        elif len(recalled_text) >= options.min_extracted_size and len(recalled_text) > ESCALATION_ACCEPT_RATIO * len(text):
            body, text = recalled, recalled_text
    return body, text


def _prepared(tree: lxml_html.HtmlElement, options: Extractor) -> tuple[lxml_html.HtmlElement, lxml_html.HtmlElement | None]:
    """A cleaned copy of *tree* with trafilatura's tags, and a copy of it before the tags for
    the fallback comparison (None in fast mode: nothing reads it)."""
    cleaned = tree_cleaning(copy(tree), options)
    backup = None if options.fast else copy(cleaned)
    return convert_tags(cleaned, options, options.url), backup


def page_text_bound(tree: lxml_html.HtmlElement) -> int:
    """At least ``len(html2txt(tree))``, in a tenth of its time: html2txt removes elements
    (their tails kept), gives each block element a space before its text and its tail, drops
    control characters and squeezes whitespace, so its text is at most the text of the same
    element (the body, or the tree without one) and two characters a block element.

    >>> page_text_bound(lxml_html.fromstring("<html><body><p>One <b>two</b></p></body></html>"))
    9
    """
    body = tree.find(".//body")
    element = tree if body is None else body
    return len(element.text_content()) + 2 * sum(1 for _ in element.iter(*_BLOCK_ELEMS))


def _options(url: str, fallback: bool) -> Extractor:
    options = copy(_OPTIONS[not fallback])
    options.url = options.source = url
    return options


def parse_page(html: str | bytes) -> lxml_html.HtmlElement | None:
    """The page's tree as ``trafilatura.utils.load_html`` reads it (the same decoding, repairs
    and checks), parsed by ``_PARSER``; None when it is no HTML page.

    >>> parse_page(b"<html><body><p>Text</p></body></html>").findtext(".//p")
    'Text'
    """
    text = decode_file(html)
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree = _parsed(text)
    if tree is None or len(tree) < 1:   # a declared encoding ("Unicode strings with encoding declaration"), or nothing read
        tree = _parsed(text.encode("utf8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None   # no <html> at its start and a single element: a fragment, no page
    return tree


def _parsed(document: str | bytes) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.fromstring(document, parser=_PARSER)
    except Exception:   # lxml's assorted parser errors
        return None


def page_metadata(tree, url: str, with_date: bool = True, with_author: bool = True) -> Document:
    """Title, author, date and site name of a parsed page, as ``trafilatura.extract_metadata``
    finds them (same steps, same order; tests compare the two on real pages), without the
    fields we do not archive. ``with_date=False`` leaves the date None; ``with_author=False``
    leaves the author to the page's metadata (no byline search).
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # bugs in trafilatura's JSON-LD parser: its extract_metadata goes on without it too
        pass
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or (byline(tree) if with_author else None)
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.date = find_date(tree, **{**set_date_params(True), "url": metadata.url}) if with_date else None
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (found := META_URL.match(metadata.url)):
        metadata.sitename = found[1]
    metadata.clean_and_trim()
    return metadata


def byline(tree: lxml_html.HtmlElement) -> str | None:
    """The author a page's byline names: ``trafilatura.metadata.extract_author``, by its steps
    on trafilatura 2.3.1 (its expressions with ``plain_strings``).

    >>> byline(lxml_html.fromstring('<html><body><p class="byline">By Jane Roe</p></body></html>'))
    'Jane Roe'
    """
    if not _OWN_STEPS:
        return extract_author(tree)
    author = extract_metainfo(prune_unwanted_nodes(deepcopy(tree), _AUTHOR_DISCARD), _AUTHOR, len_limit=120)
    return normalize_authors(None, author) if author else None


def without_scripts(html: str | bytes) -> str | bytes:
    """The page without its ``<script>`` and ``<style>`` elements, JSON-LD scripts kept (a
    text page is returned as it is). They are most of a page's bytes, which trafilatura
    parses and copies only to drop them before it reads anything (1.2 of its 17.7 ms a page).

    >>> without_scripts(b'<head><script>var a = "<p>";</script><STYLE>p {}</STYLE></head><p>Text</p>')
    b'<head></head><p>Text</p>'
    """
    if not isinstance(html, bytes):
        return html
    parts, position = [], 0
    for tag in _SCRIPT_OR_STYLE.finditer(html):
        if tag.start() < position or b"application/ld+json" in tag[0].lower():
            continue
        close = _CLOSING[tag[1].lower()].search(html, tag.end())
        end = html.find(b">", close.start()) if close else -1
        if end < 0:   # never closed: the rest is the script's, as a browser reads it
            break
        parts.append(html[position:tag.start()])
        position = end + 1
    parts.append(html[position:])
    return b"".join(parts)


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
