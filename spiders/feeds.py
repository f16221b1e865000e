"""The feed spider: conditional GET of each feed, feedparser, new article pages.

It yields one FeedPollItem per feed fetch, an ArticleItem per new page and a
FetchFailureItem per page that could not be fetched or link that was refused; the
item pipelines do the rest. Every failure is described in plain words (describe_failure).

    runner.crawl(FeedSpider, feeds=[{"id": 1, "url": ..., "etag": ..., ...}], context=poll_context)

Links that failed for good, or MAX_ARTICLE_FAILURES times, are not asked again (the
fetch_log in ``context.db`` remembers). Where a request may go (no private addresses)
is checked for every request by monitor.middlewares.PrivateAddressMiddleware.
"""

from __future__ import annotations

import calendar
import email.utils
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from urllib.parse import urlsplit

import feedparser
import scrapy
from scrapy.http import Response, TextResponse
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError, DownloadFailedError,
                               DownloadTimeoutError, ResponseDataLossError)
from twisted.internet import error as net_error
from twisted.python.failure import Failure

from monitor import store
from monitor.extract import html_to_text
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.middlewares import RefusedAddress
from monitor.store import iso, utc_now
from monitor.urls import canonical_url, link_refusal

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[")
FEED_PRIORITY = 10  # feeds first, so one slow page never delays the next feed's 304
MAX_ARTICLE_FAILURES = 5  # a page that failed this often (or once for good) is not asked again
TRANSIENT_ERRORS = (DownloadTimeoutError, CannotResolveHostError, DownloadConnectionRefusedError,
                    DownloadFailedError, ResponseDataLossError, net_error.TimeoutError,
                    net_error.DNSLookupError, net_error.ConnectError, net_error.ConnectionLost)


class FeedSpider(scrapy.Spider):
    name = "feeds"

    def __init__(self, feeds: list[dict], **kwargs):
        super().__init__(**kwargs)   # sets self.context (monitor.crawl.PollContext)
        self.feeds = feeds
        self.feed_urls = {feed["id"]: feed["url"] for feed in feeds}

    async def start(self):
        for feed in self.feeds:
            headers = {}
            if feed.get("etag"):
                headers["If-None-Match"] = feed["etag"]
            if feed.get("last_modified"):
                headers["If-Modified-Since"] = feed["last_modified"]
            yield scrapy.Request(
                feed["url"], headers=headers, callback=self.parse_feed, errback=self.feed_failed,
                priority=FEED_PRIORITY, dont_filter=True,
                # Redirects are followed (and loops stopped) by Scrapy; other non-2xx go to the errback.
                meta={"feed": feed, "handle_httpstatus_list": [304]},
            )

    def parse_feed(self, response: Response):
        """The feed's poll record, its refused links and requests for its new pages.

        Whatever goes wrong while reading one feed ends up in its poll record's error
        (never an exception that loses the record and leaves the feed looking healthy).
        """
        feed = response.meta["feed"]
        poll = FeedPollItem(feed_id=feed["id"], url=feed["url"], status=response.status,
                            bytes=len(response.body), elapsed_ms=_elapsed_ms(response))
        try:
            results = list(self._read_feed(feed, poll, response))
        except Exception as error:  # a bug or a feed we cannot handle: keep the feed's record
            self.logger.exception("feed %s could not be read", feed["url"])
            poll.error = f"feed could not be read: {type(error).__name__}: {error}"
            results = [poll]
        yield from results

    def _read_feed(self, feed: dict, poll: FeedPollItem, response: Response):
        if response.status == 304:
            yield poll  # unchanged: no parsing at all
            return
        if response.status != 200:
            poll.error = f"HTTP {response.status}"  # a 2xx without a feed (204, 206...)
            yield poll
            return
        if declares_entities(response.body):
            poll.error = "refused: the feed declares XML entities (<!ENTITY>), which are never expanded"
            yield poll
            return
        poll.etag = _header(response, "ETag")
        poll.last_modified = _header(response, "Last-Modified")
        parsed = feedparser.parse(response.body, response_headers={
            "content-type": _header(response, "Content-Type") or "",
            "content-location": response.url,
        })
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            poll.error = _feed_error(parsed, response)
            yield poll
            return
        if isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
            poll.warning = f"mis-encoded feed, read anyway: {parsed.bozo_exception}"
        refused, requests = self._article_requests(feed, parsed.entries)
        poll.entries, poll.new_links = len(parsed.entries), len(requests)
        yield poll
        yield from refused
        yield from requests

    def _article_requests(self, feed: dict, entries: Iterable
                          ) -> tuple[list[FetchFailureItem], list[scrapy.Request]]:
        """Requests for the entries' links not yet archived; a refusal item per forbidden link."""
        candidates: dict[str, tuple[str, dict]] = {}
        refused = []
        for entry in entries:
            link = (entry.get("link") or entry.get("id") or "").strip()
            if not link:
                continue
            refusal = link_refusal(link)
            if refusal:
                self.logger.warning("feed %s: link %s not followed: %s", feed["url"], link, refusal)
                refused.append(FetchFailureItem(feed["id"], link, None, f"refused: {refusal}", retryable=False))
                continue
            candidates.setdefault(canonical_url(link), (link, entry))
        if not candidates:
            return refused, []
        known = store.archived_urls(self.context.db, [*candidates, *(link for link, _ in candidates.values())])
        given_up = store.given_up_urls(self.context.db, list(candidates), MAX_ARTICLE_FAILURES)
        return refused, [
            scrapy.Request(
                url, callback=self.parse_article, errback=self.article_failed,
                meta={"feed": feed, "link": link, "article_url": url, "entry": _entry_fields(entry)},
            )
            for url, (link, entry) in candidates.items()
            if url not in known and link not in known and url not in given_up
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
            feed_language=feed.get("language"), **entry,
        )

    def feed_failed(self, failure: Failure):
        feed = failure.request.meta["feed"]
        response = getattr(failure.value, "response", None)
        retry_after = _header(response, "Retry-After") if response is not None else None
        yield FeedPollItem(feed_id=feed["id"], url=feed["url"], status=_failure_status(failure),
                           error=self.describe(failure),
                           retry_after_s=retry_after_seconds(retry_after, utc_now()) if retry_after else None)

    def article_failed(self, failure: Failure):
        meta = failure.request.meta
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
    parser would then read the feed anyway, so such a document is refused outright.
    """
    doctype = _DOCTYPE.search(body, 0, 4096)
    if doctype is None:
        return False
    subset_end = body.find(b"]>", doctype.end())
    return b"<!ENTITY" in body[doctype.end():subset_end if subset_end >= 0 else len(body)]


def _failure_status(failure: Failure) -> int | None:
    response = getattr(failure.value, "response", None)
    return response.status if response is not None else None


def _feed_error(parsed, response: Response) -> str:
    content_type = (_header(response, "Content-Type") or "").split(";")[0].strip()
    if "html" in content_type or parsed.get("version") is None and b"<html" in response.body[:2048].lower():
        return f"not a feed: the URL serves an HTML page ({content_type or 'no content type'})"
    error = parsed.get("bozo_exception")
    if error is not None:
        return f"feed parse error: {type(error).__name__}: {error}"
    return "not a feed: no RSS or Atom document found"


def _entry_fields(entry) -> dict:
    content = entry.get("content") or []
    return {
        "entry_title": html_to_text(entry.get("title")),
        "entry_author": entry.get("author"),
        "entry_published": entry_published(entry),
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
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _retry_after(response: Response) -> str:
    value = _header(response, "Retry-After")
    return f" (Retry-After: {value})" if value else ""


def _elapsed_ms(response: Response) -> int | None:
    latency = response.meta.get("download_latency")
    return round(latency * 1000) if latency is not None else None
