"""The source spider: conditional GET of each source, then what its kind calls for.

It yields one FeedPollItem per source polled, an ArticleItem per new page (or Telegram
message) and a FetchFailureItem per page that could not be fetched or link that was
refused; the item pipelines do the rest. Every failure is described in plain words
(describe_failure).

    runner.crawl(FeedSpider, feeds=[{"id": 1, "url": ..., "etag": ..., ...}], context=poll_context)

Kinds (``feeds.kind``; a source without one is detected from its answer):

- feed: RSS/Atom through feedparser.
- sitemap (spiders/sitemaps.py): a sitemap or index, its URLs published within ``schedule.backfill``.
- page (spiders/listing.py): the article links of a listing page.
- telegram (spiders/telegram.py): a channel's web preview; each message is an article.
- site (spiders/discovery.py): an HTML page searched for its feed. A feed address that
  answers HTML, 404 or 410 while the source has a ``site`` is searched for the same way;
  what is found (or where a 301/308 led) is recorded as ``discovered_url`` and polled
  from then on, and searched for again when it fails.

Links that failed for good, or MAX_ARTICLE_FAILURES times, are not asked again (the
fetch_log in ``context.db`` remembers). Where a request may go (no private addresses)
is checked for every request by monitor.middlewares.PrivateAddressMiddleware. With
``probe=True`` (``monitor add-source``, ``check --online``) the spider only says what each
source is: no article is fetched and nothing is read from the archive.
"""

from __future__ import annotations

import calendar
import codecs
import email.utils
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import feedparser
import scrapy
from lxml import html as lxml_html
from scrapy.http import Response, TextResponse
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError, DownloadFailedError,
                               DownloadTimeoutError, ResponseDataLossError)
from twisted.internet import error as net_error
from twisted.python.failure import Failure

from monitor import store
from monitor.intervals import adaptive_interval
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem, SourceCutItem
from monitor.middlewares import RefusedAddress, SourceCut
from monitor.store import iso, parse_iso, utc_now
from monitor.urls import canonical_url, link_refusal, printable
from spiders.discovery import document_kind, feed_candidates, is_robots, robots_sitemaps
from spiders.listing import article_links
from spiders.sitemaps import GZIP_MAGIC, read_sitemap
from spiders.telegram import read_preview

_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*\[", re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
FEED_PRIORITY = 10  # feeds first, so one slow page never delays the next feed's 304
MAX_ARTICLE_FAILURES = 5  # a page that failed this often (or once for good) is not asked again
LOOKUP_CHUNK = 500        # entries canonicalised and looked up in the archive at a time
TRANSIENT_ERRORS = (DownloadTimeoutError, CannotResolveHostError, DownloadConnectionRefusedError,
                    DownloadFailedError, ResponseDataLossError, net_error.TimeoutError,
                    net_error.DNSLookupError, net_error.ConnectError, net_error.ConnectionLost)
ENTRY_FIELDS = ("entry_title", "entry_author", "entry_published", "entry_summary", "entry_content")
PERMANENT_REDIRECTS = (301, 308)
MOVED = (404, 410)    # a feed address that answers these, with a site, is searched for again


class FeedSpider(scrapy.Spider):
    name = "feeds"

    def __init__(self, feeds: list[dict], probe: bool = False, **kwargs):
        super().__init__(**kwargs)   # sets self.context (monitor.crawl.PollContext)
        self.feeds = feeds
        self.probe = probe
        self.feed_urls = {feed["id"]: feed["url"] for feed in feeds}
        self.taken: dict[int, int] = {}   # each source's new links requested in this poll (fetch.max_new_links)

    async def start(self):
        for feed in self.feeds:
            if feed.get("kind") == "site" and not feed.get("discovered_url"):
                yield self._site_request(feed, feed["url"], {"reason": "kind: site", "tried": []})
                continue
            headers = {}
            if feed.get("etag"):
                headers["If-None-Match"] = feed["etag"]
            if feed.get("last_modified"):
                headers["If-Modified-Since"] = feed["last_modified"]
            yield scrapy.Request(
                feed.get("discovered_url") or feed["url"], headers=headers, callback=self.parse_feed,
                errback=self.feed_failed, priority=FEED_PRIORITY, dont_filter=True,
                # Redirects are followed (and loops stopped) by Scrapy; other non-2xx go to the errback.
                meta={"feed": feed, "handle_httpstatus_list": [304]},
            )

    def parse_feed(self, response: Response):
        """The source's poll record, its refused links and requests for its new pages.

        Whatever goes wrong while reading one source ends up in its poll record's error
        (never an exception that loses the record and leaves the source looking healthy).
        """
        feed = response.meta["feed"]
        poll = self._poll(feed, response)
        yield from self._guarded(feed, poll, self._read_source(feed, poll, response))

    def _guarded(self, feed: dict, poll: FeedPollItem, results):
        try:
            results = list(results)
        except Exception as error:  # a bug or a source we cannot handle: keep the source's record
            self.logger.exception("source %s could not be read", feed["url"])
            poll.error = f"feed could not be read: {type(error).__name__}: {error}"
            results = [poll]
        yield from results

    def _poll(self, feed: dict, response: Response) -> FeedPollItem:
        return FeedPollItem(feed_id=feed["id"], url=feed["url"], status=response.status,
                            bytes=len(response.body), elapsed_ms=_elapsed_ms(response))

    def _read_source(self, feed: dict, poll: FeedPollItem, response: Response):
        if response.status == 304:
            yield poll  # unchanged: no parsing at all
            return
        if response.status != 200:
            poll.error = f"HTTP {response.status}"  # a 2xx without a feed (204, 206...)
            yield poll
            return
        reasons = response.meta.get("redirect_reasons") or []
        if reasons and all(reason in PERMANENT_REDIRECTS for reason in reasons):
            poll.discovered_url = response.url
            poll.discovered_from = (f"permanent redirect (HTTP {reasons[-1]}) from "
                                    f"{feed.get('discovered_url') or feed['url']}")
        kind = feed.get("kind")
        if kind == "telegram":
            yield from self._read_telegram(feed, poll, response)
            return
        if kind == "page":
            yield from self._read_listing(feed, poll, response)
            return
        if response.body[:2] == GZIP_MAGIC:   # a …/sitemap.xml.gz: a gzip file, not a gzip-encoded answer
            yield from self._read_sitemap(feed, poll, response)
            return
        document = document_kind(response.body, _header(response, "Content-Type"))
        if document == "html" and self.probe and b"tgme_widget_message" in response.body:
            yield from self._read_telegram(feed, poll, response)   # a Telegram preview elsewhere than t.me
            return
        if document == "html" and (_site_of(feed) or self.probe):
            state = {"reason": "the feed address serves an HTML page", "tried": [response.url]}
            if self.probe or _same_page(_site_of(feed), response.url):
                yield from self._search_page(feed, response, state)
            else:
                yield self._site_request(feed, _site_of(feed), state)
            return
        if document == "sitemap":
            yield from self._read_sitemap(feed, poll, response)
            return
        yield from self._read_feed(feed, poll, response)

    # ---------------------------------------------------------------- feeds

    def _read_feed(self, feed: dict, poll: FeedPollItem, response: Response):
        if declares_entities(response.body):
            poll.error = "refused: the feed declares XML entities (<!ENTITY>), which are never expanded"
            yield poll
            return
        parsed = _parse(response)
        if not _is_feed(parsed):
            poll.error = _feed_error(parsed, response)
            yield poll
            return
        poll.etag = _header(response, "ETag")
        poll.last_modified = _header(response, "Last-Modified")
        poll.title = printable(parsed.feed.get("title") or "") or None
        poll.language = parsed.feed.get("language")
        poll.kind = feed.get("kind") if feed.get("kind") == "site" else "feed"
        error = parsed.get("bozo_exception")
        if isinstance(error, feedparser.CharacterEncodingOverride):
            poll.warning = f"mis-encoded feed, read anyway: {error}"
        elif parsed.bozo and error is not None:
            # feedparser's loose parser reads what it can of a truncated or ill-formed feed
            poll.warning = f"ill-formed XML, read by the loose parser: {type(error).__name__}: {error}"
        # the entry's texts are converted only for the links requested (_entry_of), not for
        # every archived entry of every full fetch
        entries = [{"link": (entry.get("link") or entry.get("id") or "").strip(),
                    "entry_published": entry_published(entry), "feed_entry": entry} for entry in parsed.entries]
        yield from self._entries(feed, poll, entries)

    def _entries(self, feed: dict, poll: FeedPollItem, entries: list[dict]):
        """The poll record (entries counted, interval adapted) and the requests for new entries."""
        poll.entries = len(entries)
        self._adapt_interval(feed, poll, [entry["entry_published"] for entry in entries if entry["entry_published"]])
        notes, requests = self._article_requests(feed, entries)
        poll.new_links = len(requests)
        yield poll
        yield from notes
        yield from requests

    def _adapt_interval(self, feed: dict, poll: FeedPollItem, published: list[str]) -> None:
        if self.probe or (feed.get("interval_reason") or "").startswith("configured"):
            return
        schedule = self.context.config.schedule
        adapted = adaptive_interval(published, utc_now(), schedule.min_interval, schedule.max_interval)
        if adapted is not None:
            poll.interval_s, poll.interval_reason = adapted

    def _article_requests(self, feed: dict, entries: list[dict]
                          ) -> tuple[list[FetchFailureItem | SourceCutItem], list[scrapy.Request]]:
        """Requests for the entries' links not yet archived, at most what is left of the
        source's ``fetch.max_new_links``; a refusal item per forbidden link.

        When the entries may hold more, the newest are taken first, and entries are looked
        at in chunks only until the share is full (a sitemap of 100,000 URLs costs a few
        chunks, not 100,000 lookups); a SourceCutItem counts the links left for later polls.
        """
        if self.probe:
            return [], []
        limit = self.context.config.fetch.max_new_links
        room = max(0, limit - self.taken.get(feed["id"], 0))
        if len(entries) > room:
            entries = sorted(entries, key=lambda entry: entry.get("entry_published") or "", reverse=True)
        notes, new, seen = [], [], set()
        looked_at = 0
        while looked_at < len(entries) and len(new) <= room:
            chunk = entries[looked_at:looked_at + LOOKUP_CHUNK]
            looked_at += len(chunk)
            candidates: dict[str, tuple[str, dict]] = {}
            for entry in chunk:
                link = entry["link"]
                if not link:
                    continue
                refusal = link_refusal(link)
                if refusal:
                    self.logger.warning("feed %s: link %s not followed: %s", feed["url"], link, refusal)
                    notes.append(FetchFailureItem(feed["id"], link, None, f"refused: {refusal}", retryable=False))
                    continue
                url = canonical_url(link)
                if url not in seen:
                    seen.add(url)
                    candidates[url] = (link, entry)
            if not candidates:
                continue
            known = store.archived_urls(self.context.db, [*candidates, *(link for link, _ in candidates.values())])
            given_up = store.given_up_urls(self.context.db, list(candidates), MAX_ARTICLE_FAILURES)
            new.extend((url, link, entry) for url, (link, entry) in candidates.items()
                       if url not in known and link not in known and url not in given_up)
        left = len(new) - room + (len(entries) - looked_at)
        if len(new) > room:
            notes.append(SourceCutItem(feed["id"], f"links left for later polls (fetch.max_new_links: {limit})", left))
            new = new[:room]
        self.taken[feed["id"]] = self.taken.get(feed["id"], 0) + len(new)
        return notes, [
            scrapy.Request(
                url, callback=self.parse_article, errback=self.article_failed,
                meta={"feed": feed, "link": link, "article_url": url,
                      "entry": _entry_of(entry),
                      "language": entry.get("language") or feed.get("language")},
            )
            for url, link, entry in new
        ]

    def parse_article(self, response: Response):
        feed, link, entry = response.meta["feed"], response.meta["link"], response.meta["entry"]
        if not isinstance(response, TextResponse):
            content_type = _header(response, "Content-Type") or "unknown type"
            yield FetchFailureItem(feed["id"], response.meta["article_url"], response.status,
                                   f"not an HTML page ({content_type})", _elapsed_ms(response), retryable=False)
            return
        yield ArticleItem(
            feed_id=feed["id"], url=canonical_url(response.request.url), link=link, html=response.body,
            fetched_at=iso(utc_now()),
            status=response.status, bytes=len(response.body), elapsed_ms=_elapsed_ms(response),
            feed_language=response.meta["language"], **entry,
        )

    # ---------------------------------------------------------------- sitemaps, listing pages

    def _read_sitemap(self, feed: dict, poll: FeedPollItem, response: Response):
        try:
            sitemap = read_sitemap(response.body, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        except (ValueError, OSError) as error:   # OSError: a broken gzip stream
            poll.error = f"sitemap could not be read: {error}"
            yield poll
            return
        poll.kind = "sitemap"
        poll.etag = _header(response, "ETag")
        poll.last_modified = _header(response, "Last-Modified")
        since = self._backfill_since()
        if sitemap.type == "urlset":
            yield from self._entries(feed, poll, sitemap.entries(since))
            return
        children = sitemap.children(since)
        poll.entries = len(children)
        pages = self.context.config.fetch.max_history_pages
        cut = None
        if len(children) > pages and not self.probe:
            cut = SourceCutItem(feed["id"], f"sitemaps of the index not read, the last listed "
                                            f"(fetch.max_history_pages: {pages})", len(children) - pages)
            children = children[:pages]
        requests = [] if self.probe else [
            scrapy.Request(url, callback=self.parse_child_sitemap, errback=self.article_failed,
                           priority=FEED_PRIORITY - 1, meta={"feed": feed, "article_url": url})
            for url in children]
        poll.new_links = len(requests)    # the poll completes once the sitemaps are read
        yield poll
        if cut is not None:
            yield cut
        yield from requests

    def parse_child_sitemap(self, response: Response):
        """A sitemap listed by an index: its recent entries' new pages."""
        feed = response.meta["feed"]
        try:
            sitemap = read_sitemap(response.body, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        except (ValueError, OSError) as error:
            yield FetchFailureItem(feed["id"], response.meta["article_url"], response.status,
                                   f"sitemap could not be read: {error}", _elapsed_ms(response), retryable=False)
            return
        refused, requests = self._article_requests(feed, sitemap.entries(self._backfill_since()))
        yield from refused
        yield from requests

    def _read_listing(self, feed: dict, poll: FeedPollItem, response: Response):
        if not isinstance(response, TextResponse):
            poll.error = f"not an HTML page ({_header(response, 'Content-Type') or 'unknown type'})"
            yield poll
            return
        poll.kind = "page"
        poll.title = response.css("title::text").get()
        poll.language = response.xpath("/html/@lang").get()
        poll.etag = _header(response, "ETag")
        poll.last_modified = _header(response, "Last-Modified")
        entries = [{**entry, "entry_author": None, "entry_published": None, "entry_summary": None,
                    "entry_content": None} for entry in article_links(response.text, response.url, feed.get("links"))]
        if not entries:
            poll.error = "listing page: no article links found" + (
                f" for links: {feed['links']!r}" if feed.get("links") else "")
            yield poll
            return
        yield from self._entries(feed, poll, entries)

    def _backfill_since(self) -> datetime:
        return utc_now() - timedelta(seconds=self.context.config.schedule.backfill)

    # ---------------------------------------------------------------- Telegram

    def _read_telegram(self, feed: dict, poll: FeedPollItem, response: Response):
        poll.kind = "telegram"
        preview = read_preview(response.text, response.url)
        poll.title = preview.channel_title
        poll.entries = len(preview.messages)
        self._adapt_interval(feed, poll, [m["entry_published"] for m in preview.messages if m["entry_published"]])
        if not preview.messages:
            poll.error = "no messages found: not a public channel's preview (t.me/s/<channel>)"
            yield poll
            return
        poll.etag = _header(response, "ETag")
        poll.last_modified = _header(response, "Last-Modified")
        # Like a feed's new links: the validators are stored once these are archived.
        later = [] if self.probe else list(self._messages(feed, preview, response))
        poll.new_links = len(later)
        yield poll
        yield from later

    def parse_older_messages(self, response: Response):
        """An older page of a channel (``?before=<id>``), read back to what is archived or the backfill."""
        yield from self._messages(response.meta["feed"], read_preview(response.text, response.url), response)

    def _messages(self, feed: dict, preview, response: Response):
        """Each new message with text as an article (its body the text); then the older page,
        unless this one reached an archived message or the backfill window, or carries no
        date to tell (a SourceCutItem says so), or ``fetch.max_history_pages`` were read."""
        since = self._backfill_since()
        recent = [m for m in preview.messages
                  if not m["entry_published"] or parse_iso(m["entry_published"]) >= since]
        known = store.archived_urls(self.context.db, [canonical_url(m["link"]) for m in recent])
        for message in recent:
            url = canonical_url(message["link"])
            if url in known or not message["entry_content"]:
                continue   # archived, or a photo without a caption: nothing to read
            yield ArticleItem(
                feed_id=feed["id"], url=url, link=message["link"], html=None, fetched_at=iso(utc_now()),
                status=response.status, bytes=len(message["entry_content"].encode()),
                elapsed_ms=_elapsed_ms(response), feed_language=feed.get("language"),
                body_source="telegram", **{field: message[field] for field in ENTRY_FIELDS})
        reached_end = known or len(recent) < len(preview.messages) or not preview.messages
        if not preview.older or reached_end:
            return
        page = response.meta.get("history_page", 0)
        pages = self.context.config.fetch.max_history_pages
        if not any(m["entry_published"] for m in preview.messages):
            yield SourceCutItem(feed["id"], "older pages not read: the channel's messages carry no date")
        elif page >= pages:
            yield SourceCutItem(feed["id"], f"older pages not read (fetch.max_history_pages: {pages})")
        else:
            yield scrapy.Request(preview.older, callback=self.parse_older_messages, errback=self.article_failed,
                                 priority=FEED_PRIORITY - 1,
                                 meta={"feed": feed, "article_url": preview.older,
                                       "history_page": page + 1})

    # ---------------------------------------------------------------- discovery

    def _site_request(self, feed: dict, url: str, state: dict) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_site, errback=self.discovery_failed, dont_filter=True,
                              priority=FEED_PRIORITY, meta={"feed": feed, "discovery": {**state, "site": url}})

    def parse_site(self, response: Response):
        feed = response.meta["feed"]
        if not isinstance(response, TextResponse):
            yield self._not_found(feed, response.meta["discovery"], "the site is not an HTML page",
                                  response.status)
            return
        yield from self._search_page(feed, response, response.meta["discovery"])

    def _search_page(self, feed: dict, response: TextResponse, state: dict):
        """Start trying the feeds a page announces (and the conventional places) one by one."""
        state = {**state, "site": state.get("site") or response.url,
                 "candidates": feed_candidates(response.text, response.url, tuple(state["tried"])),
                 "article_links": len(article_links(response.text, response.url)),
                 "title": response.css("title::text").get()}
        yield from self._next_candidate(feed, state)

    def _next_candidate(self, feed: dict, state: dict):
        if not state["candidates"]:
            yield self._not_found(feed, state, None, None)
            return
        url, *rest = state["candidates"]
        state = {**state, "candidates": rest, "tried": [*state["tried"], url]}
        yield scrapy.Request(url, callback=self.parse_candidate, errback=self.candidate_failed, dont_filter=True,
                             priority=FEED_PRIORITY, meta={"feed": feed, "discovery": state})

    def parse_candidate(self, response: Response):
        feed, state = response.meta["feed"], response.meta["discovery"]
        if is_robots(response.url):
            found = [url for url in robots_sitemaps(response.body, response.url) if url not in state["tried"]]
            yield from self._next_candidate(feed, {**state, "candidates": [*found, *state["candidates"]]})
            return
        document = document_kind(response.body, _header(response, "Content-Type"))
        readable = document == "feed" and not declares_entities(response.body) and _is_feed(_parse(response))
        if not readable and document == "sitemap":
            try:
                read_sitemap(response.body, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
                readable = True
            except (ValueError, OSError):
                pass
        if not readable:
            yield from self._next_candidate(feed, state)
            return
        poll = self._poll(feed, response)
        poll.discovered_url = response.url
        poll.discovered_from = f"found from {state['site']} ({state['reason']})"
        reader = self._read_sitemap if document == "sitemap" else self._read_feed
        yield from self._guarded(feed, poll, reader(feed, poll, response))

    def candidate_failed(self, failure: Failure):
        request = failure.request
        yield from self._next_candidate(request.meta["feed"], request.meta["discovery"])

    def discovery_failed(self, failure: Failure):
        meta = failure.request.meta
        yield self._not_found(meta["feed"], meta["discovery"], f"the site failed: {self.describe(failure)}",
                              _failure_status(failure))

    def _not_found(self, feed: dict, state: dict, problem: str | None, status: int | None) -> FeedPollItem:
        """The poll record of a search that found no feed (in a probe, a listing page may do)."""
        poll = FeedPollItem(feed_id=feed["id"], url=feed["url"], status=status, title=state.get("title"))
        if self.probe and not problem and state.get("article_links"):
            poll.status, poll.kind, poll.entries = 200, "page", state["article_links"]
            return poll
        tried = len(state["tried"]) - 1
        poll.error = f"{state['reason']}; " + (problem or f"no feed found from {state['site']} "
                                                          f"({tried} addresses tried)")
        return poll

    # ---------------------------------------------------------------- failures

    def feed_failed(self, failure: Failure):
        feed = failure.request.meta["feed"]
        status = _failure_status(failure)
        if status in MOVED and _site_of(feed):
            yield self._site_request(feed, _site_of(feed), {"reason": f"the feed address answered HTTP {status}",
                                                            "tried": [failure.request.url]})
            return
        response = getattr(failure.value, "response", None)
        retry_after = _header(response, "Retry-After") if response is not None else None
        yield FeedPollItem(feed_id=feed["id"], url=feed["url"], status=status,
                           error=self.describe(failure),
                           retry_after_s=retry_after_seconds(retry_after, utc_now()) if retry_after else None)

    def article_failed(self, failure: Failure):
        meta = failure.request.meta
        if isinstance(failure.value, SourceCut):   # not a failure of the page: a later poll takes it
            yield SourceCutItem(meta["feed"]["id"], str(failure.value))
            return
        # Logged under the URL the feed led to (not a redirect target), so its failures add up.
        yield FetchFailureItem(meta["feed"]["id"], meta["article_url"], _failure_status(failure),
                               self.describe(failure), retryable=is_retryable(failure))

    def describe(self, failure: Failure) -> str:
        settings = self.crawler.settings
        return describe_failure(failure, settings.getint("DOWNLOAD_MAXSIZE"), settings.getint("REDIRECT_MAX_TIMES"))


def describe_failure(failure: Failure, max_bytes: int, max_redirects: int) -> str:
    """A short, specific reason for a failed download (Scrapy's exceptions, in our words)."""
    error = failure.value
    response = getattr(error, "response", None)
    if response is not None:
        return f"HTTP {response.status}" + _retry_after(response)
    kind = type(error).__name__
    text = str(error).strip()
    if isinstance(error, RefusedAddress):
        return f"refused: {text}"
    host = urlsplit(failure.request.url).netloc
    if kind in ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError"):
        return f"timeout after {failure.request.meta.get('download_timeout', 0):g}s"
    if kind in ("CannotResolveHostError", "DNSLookupError"):
        return f"DNS lookup failed for {urlsplit(failure.request.url).hostname}"
    if kind in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return f"connection refused by {host}"
    if kind == "DownloadCancelledError" and (not text or "max size" in text):
        # Scrapy cancels a body that outgrows DOWNLOAD_MAXSIZE, with or without a message.
        announced = re.match(r"Expected to receive (\d+) bytes", text)
        return f"response larger than max_bytes ({max_bytes} bytes)" + (
            f": {announced.group(1)} bytes announced" if announced else "")
    if kind == "IgnoreRequest":
        if "robots" in text.lower():
            return "blocked by robots.txt"
        if "max redirections" in text:
            return f"too many redirects (more than {max_redirects})"
        if "during decompression" in text:
            return f"response larger than max_bytes ({max_bytes} bytes) after gzip decompression"
    return f"{kind}: {text}" if text else kind


def is_retryable(failure: Failure) -> bool:
    """True for failures that may pass: 5xx, 408, 429, timeouts, connection and DNS errors.

    A 404, a robots.txt block, a refused address or an oversized page stays as it is.
    """
    response = getattr(failure.value, "response", None)
    if response is not None:
        return response.status >= 500 or response.status in (408, 429)
    return isinstance(failure.value, TRANSIENT_ERRORS)


def retry_after_seconds(value: str, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` header asks us to wait (delta-seconds or an HTTP date).

    >>> retry_after_seconds("120", datetime(2024, 1, 1, tzinfo=timezone.utc))
    120.0
    >>> retry_after_seconds("Mon, 01 Jan 2024 00:05:00 GMT", datetime(2024, 1, 1, tzinfo=timezone.utc))
    300.0
    """
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - now).total_seconds())


def declares_entities(body: bytes) -> bool:
    """True when the document's DOCTYPE declares entities (billion laughs, external entities).

    Feeds have no use for them; expat limits the expansion but feedparser's fallback
    parser would then read the feed anyway, so such a document is refused outright. The
    whole document is read as the parser would (its byte-order mark or declared encoding:
    UTF-16 hides nothing) with its comments taken out (a long comment first hides nothing).

    >>> declares_entities('<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "a">]><r/>'.encode("utf-16"))
    True
    """
    text = _COMMENT.sub("", xml_text(body))
    doctype = _DOCTYPE.search(text)
    if doctype is None:
        return False
    subset_end = text.find("]>", doctype.end())
    return "<!ENTITY" in text[doctype.end():subset_end if subset_end >= 0 else len(text)].upper()


def xml_text(body: bytes) -> str:
    """An XML document's bytes as text: by its byte-order mark, its UTF-16/32 shape, its
    declared encoding, else UTF-8 (undecodable bytes replaced)."""
    bom, encoding = next(((bom, name) for bom, name in BOMS if body.startswith(bom)), (b"", None))
    if encoding is not None:
        body = body[len(bom):]
    elif body[:4] in (b"<\0?\0", b"<\0!\0"):
        encoding = "utf-16-le"
    elif body[:4] in (b"\0<\0?", b"\0<\0!"):
        encoding = "utf-16-be"
    else:
        declared = _DECLARED_ENCODING.match(body)
        encoding = declared.group(1).decode() if declared else "utf-8"
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:       # an encoding Python does not know
        return body.decode("utf-8", errors="replace")


def _failure_status(failure: Failure) -> int | None:
    response = getattr(failure.value, "response", None)
    return response.status if response is not None else None


def _parse(response: Response):
    return feedparser.parse(response.body, response_headers={
        "content-type": _header(response, "Content-Type") or "",
        "content-location": response.url,
    })


def _is_feed(parsed) -> bool:
    return bool(parsed.entries) or not parsed.bozo and bool(parsed.get("version"))


def _site_of(feed: dict) -> str | None:
    """Where discovery starts: the source's ``site``, or its own ``url`` for kind site."""
    return feed.get("site") or (feed["url"] if feed.get("kind") == "site" else None)


def _same_page(site: str | None, url: str) -> bool:
    return bool(site) and canonical_url(site) == canonical_url(url)



def _feed_error(parsed, response: Response) -> str:
    content_type = (_header(response, "Content-Type") or "").split(";")[0].strip()
    if "html" in content_type or parsed.get("version") is None and b"<html" in response.body[:2048].lower():
        return f"not a feed: the URL serves an HTML page ({content_type or 'no content type'})"
    error = parsed.get("bozo_exception")
    if error is not None:
        return f"feed parse error: {type(error).__name__}: {error}"
    return "not a feed: no RSS or Atom document found"


def _entry_of(entry: dict) -> dict:
    """The ArticleItem fields of a listed entry; a feed's entry (``feed_entry``, as feedparser
    gave it) has its title, summary and content converted to text here."""
    if "feed_entry" in entry:
        entry = {**entry, **_entry_fields(entry["feed_entry"])}
    return {field: entry.get(field) for field in ENTRY_FIELDS}


def _entry_fields(entry) -> dict:
    content = entry.get("content") or []
    return {
        "entry_title": html_to_text(entry.get("title")),
        "entry_author": entry.get("author"),
        "entry_summary": html_to_text(entry.get("summary")),
        "entry_content": html_to_text(max((c.get("value", "") for c in content), key=len))
        if content else None,
    }


def entry_published(entry) -> str | None:
    """The entry's publication (or update) time as ISO UTC; None when absent or impossible.

    feedparser passes dates like ``0000-00-00T00:00:00Z`` through as year 0: such an
    entry is kept, without a date, instead of failing its whole feed.

    >>> entry_published({"published_parsed": (0, 1, 1, 0, 0, 0, 0, 1, 0)}) is None
    True
    """
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    if not published:
        return None
    try:
        return iso(datetime.fromtimestamp(calendar.timegm(published), timezone.utc))
    except (ValueError, OverflowError, OSError):
        return None


def _header(response: Response, name: str) -> str | None:
    """A response header as text, without the control sequences a server may put in it."""
    value = response.headers.get(name)
    return printable(value.decode("latin-1")) if value else None


def _retry_after(response: Response) -> str:
    value = _header(response, "Retry-After")
    return f" (Retry-After: {value})" if value else ""


def _elapsed_ms(response: Response) -> int | None:
    latency = response.meta.get("download_latency")
    return round(latency * 1000) if latency is not None else None


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
