"""Extraction: one parse per page, the metadata trafilatura would give, the page's date only when the feed has none."""

from __future__ import annotations

from dataclasses import replace

import trafilatura
from trafilatura.baseline import html2txt
from trafilatura.htmlprocessing import tree_cleaning
from trafilatura.metadata import extract_metadata
from trafilatura.xpaths import (
    AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS, RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH,
)
from trafilatura.utils import load_html

from conftest import monitor, open_archive, real_pages, write_config
from monitor.extract import (
    _options, body_text, extract, page_metadata, page_text_bound, parse_page, plain_strings, without_scripts,
)

URL = "http://127.0.0.1/article.html"


def test_page_metadata_is_trafilaturas_for_the_fields_we_archive():
    for page_id, page in real_pages().items():
        ours = page_metadata(load_html(page["html"]), URL)
        theirs = extract_metadata(load_html(page["html"]), URL)
        fields = ("title", "author", "date", "sitename")
        assert [getattr(ours, f) for f in fields] == [getattr(theirs, f) for f in fields], page_id


def test_extract_gives_what_trafilatura_with_metadata_gives():
    for page_id, page in real_pages().items():
        document = trafilatura.bare_extraction(page["html"], url=URL, with_metadata=True, include_comments=False,
                                               include_tables=True)
        extracted = extract(page["html"], URL, fallback=True)
        assert (extracted.body, extracted.title, extracted.author, extracted.date, extracted.site_name) == (
            document.text.strip(), document.title, document.author, document.date, document.sitename), page_id


def test_without_date_and_without_fallback():
    pages = real_pages()
    dated = [page_id for page_id, page in pages.items() if extract(page["html"], URL).date]
    assert dated, "some fixture pages carry a date"
    for page_id, page in pages.items():   # without a date search scripts go first: nothing else changes
        assert extract(page["html"], URL, with_date=False) == replace(extract(page["html"], URL), date=None), page_id
    for page_id, page in pages.items():   # no fallback: trafilatura's fast mode, the same metadata
        fast = trafilatura.bare_extraction(page["html"], url=URL, fast=True, include_comments=False,
                                           include_tables=True)
        assert extract(page["html"], URL, fallback=False).body == fast.text.strip(), page_id


def test_the_feeds_timestamp_wins_and_the_pages_date_fills_in(site, tmp_path):
    page = ('<html><head><title>Strike</title><meta property="article:published_time" '
            'content="2024-03-05T08:00:00+00:00"></head><body><article><h1>Strike</h1><p>'
            + "A drone struck a depot near the Euphrates valley town, residents said. " * 12
            + "</p></article></body></html>").encode()
    site.add("/dated.html", page)
    site.add("/undated.html", page.replace(b"A drone", b"An aircraft"))
    site.add("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
             f'<item><title>a</title><link>{site.url("/dated.html")}</link>'
             "<pubDate>Wed, 06 Mar 2024 14:30:00 GMT</pubDate></item>"
             f'<item><title>b</title><link>{site.url("/undated.html")}</link></item>'
             "</channel></rss>", "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])

    monitor("once", "--config", str(config))

    published = {row["url"].rsplit("/", 1)[1]: row["published_at"]
                 for row in open_archive(tmp_path / "archive.db").query("SELECT url, published_at FROM articles")}
    assert published == {"dated.html": "2024-03-06T14:30:00Z", "undated.html": "2024-03-05"}


def test_without_scripts_keeps_json_ld_and_everything_outside_scripts_and_styles():
    page = (b'<html><head><script type="application/ld+json">{"author": "A. Writer"}</script>'
            b'<SCRIPT src="x.js"></SCRIPT><style media="all">p { color: red }</style></head>'
            b'<body><p>First</p><script>document.write("</p><p>")</script><p>Second</p>'
            b'<script>never closed <p>Third</p></body></html>')
    assert without_scripts(page) == (
        b'<html><head><script type="application/ld+json">{"author": "A. Writer"}</script></head>'
        b'<body><p>First</p><p>Second</p><script>never closed <p>Third</p></body></html>')
    assert without_scripts("<p>text</p><script></script>") == "<p>text</p><script></script>"


def test_the_feeds_author_saves_the_byline_search_and_the_pages_metadata_still_wins(site, tmp_path):
    """A byline found by searching the page (trafilatura's author XPaths, 4 ms on a page
    without one) is sought only when the feed names no author; the page's declared author
    (meta tags, JSON-LD) wins either way. Nothing else of the page changes."""
    pages = real_pages()
    searched = []
    for page_id, page in pages.items():
        full, unsearched = extract(page["html"], URL), extract(page["html"], URL, with_author=False)
        assert unsearched == replace(full, author=unsearched.author), page_id
        if unsearched.author is None and full.author:
            searched.append(page_id)
        else:
            assert unsearched.author == full.author, page_id
    assert searched, "some fixture pages name their author in a byline only"

    paragraphs = "<p>" + "A drone struck a depot near the Euphrates valley town, residents said. " * 12 + "</p>"
    byline = f'<html><head><title>Strike</title></head><body><article><h1>Strike</h1><div class="byline">Jane Roe</div>{paragraphs}</article></body></html>'
    declared = byline.replace("<title>", '<meta name="author" content="Ann Meta"><title>')
    for name, page in (("byline", byline), ("declared", declared)):
        for n in (1, 2):
            site.add(f"/{name}{n}.html", page.replace("A drone", f"Drone {name} {n}").encode())
    items = "".join(f'<item><title>{name}{n}</title><link>{site.url(f"/{name}{n}.html")}</link>'
                    f'<pubDate>Wed, 06 Mar 2024 14:30:00 GMT</pubDate>{creator}</item>'
                    for name in ("byline", "declared") for n, creator in ((1, ""), (2, "<dc:creator>John Feed</dc:creator>")))
    site.add("/feed.xml", '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
             f"<channel><title>f</title>{items}</channel></rss>", "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])

    monitor("once", "--config", str(config))

    authors = {row["url"].rsplit("/", 1)[1]: row["author"]
               for row in open_archive(tmp_path / "archive.db").query("SELECT url, author FROM articles")}
    assert authors == {"byline1.html": "Jane Roe", "byline2.html": "John Feed",
                       "declared1.html": "Ann Meta", "declared2.html": "Ann Meta"}


def test_pages_are_parsed_as_trafilatura_parses_them_without_a_python_call_per_element(monkeypatch):
    """``parse_page`` reads a page as trafilatura's ``load_html`` does, every element an
    HtmlElement told in C: lxml.html's own parser asked a Python method for each one."""
    from lxml import etree
    from lxml.html import HtmlElementClassLookup

    from monitor.extract import parse_page

    pages = [page["html"] for page in real_pages().values()]
    odd = [b"<p>a fragment</p>", "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared</p></body></html>",
           b"", b"<html><body><form><input value='x'></form><p>text</p></body></html>"]
    for html in pages + odd:
        ours, theirs = parse_page(html), load_html(html)
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert etree.tostring(ours) == etree.tostring(theirs)
    calls = []
    lookup = HtmlElementClassLookup.lookup
    monkeypatch.setattr(HtmlElementClassLookup, "lookup", lambda *args: calls.append(args[2]) or lookup(*args))
    assert load_html(odd[-1]).find(".//input") is not None and calls   # what trafilatura's parser does
    calls.clear()
    extracted = extract(pages[0], URL)
    assert extracted.body and calls == []


def test_trafilaturas_options_are_built_once_and_give_its_own_bodies(monkeypatch):
    """``extract`` hands trafilatura options built once (a copy with the page's URL): the
    bodies are those of ``bare_extraction`` given our arguments, with the fallback and
    without, and no page builds options anew (0.14 ms each)."""
    from trafilatura.settings import Extractor

    pages = real_pages()
    for page_id, page in list(pages.items())[:8]:
        slow = trafilatura.bare_extraction(page["html"], url=URL, fast=False, include_comments=False,
                                           include_tables=True)
        assert extract(page["html"], URL, fallback=True).body == slow.text.strip(), page_id
    built = []
    init = Extractor.__init__
    monkeypatch.setattr(Extractor, "__init__", lambda self, **kwargs: built.append(kwargs) or init(self, **kwargs))
    for page_id, page in pages.items():
        assert extract(page["html"], URL, fallback=page_id < "5").body, page_id
    assert built == []


def test_trafilaturas_steps_on_our_tree_give_bare_extractions_text():
    """``body_text`` takes bare_extraction's steps on the parsed tree itself (no copy of it)
    where trafilatura's version is the one whose steps it knows, and calls bare_extraction
    elsewhere: the same text either way, with the fallback and without, on every real page."""
    for page_id, page in real_pages().items():
        for fallback in (False, True):
            options = _options(URL, fallback)
            own = body_text(parse_page(page["html"]), options)
            assert own and own == body_text(parse_page(page["html"]), options, own_steps=False), (page_id, fallback)


def test_the_page_text_bound_is_never_below_the_page_text():
    """``page_text_bound`` spares trafilatura's whole-page text only where it cannot decide
    the escalation: it is never shorter than that text (the page as parsed, as cleaned
    before the extractors, and a minified one)."""
    pages = [page["html"] for page in real_pages().values()]
    trees = [parse_page(page) for page in pages] + [tree_cleaning(parse_page(page), _options(URL, False))
                                                    for page in pages]
    trees.append(parse_page(b"<html><head><title>T</title></head><div>A\x01 <p>lone</p>  <p>text</p></div></html>"))
    for tree in trees:
        assert page_text_bound(tree) >= len(html2txt(tree)) > 0


def test_expressions_without_smart_strings_find_the_same_elements():
    """``plain_strings`` recompiles trafilatura's expressions (their regular expressions,
    namespace included) and they find what trafilatura's find, on every real page."""
    trees = {page_id: parse_page(page["html"]) for page_id, page in real_pages().items()}
    for expressions in (AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS, RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH):
        plain = plain_strings(expressions)
        assert [expression.path for expression in plain] == [expression.path for expression in expressions]
        for page_id, tree in trees.items():
            assert [theirs(tree) for theirs in expressions] == [ours(tree) for ours in plain], page_id
