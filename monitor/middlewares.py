"""Downloader middleware: no request reaches a non-public address (SSRF protection).

Feeds we do not control may link to, or redirect to, addresses inside our network
(127.0.0.0/8, 10/8, 169.254.169.254...). Every request passes here, redirect targets
included (Scrapy's redirect makes a new request), so the check cannot be sidestepped:

    DOWNLOADER_MIDDLEWARES = {"monitor.middlewares.PrivateAddressMiddleware": 50}

Only the exact addresses the operator configured for a source (its ``url`` and ``site``)
may be private, with their robots.txt; everything they link to or redirect to is checked
like any other link: its host is resolved and every address it resolves to must be public,
whatever its name (an outlet's name that resolves to 127.0.0.1 or 169.254.169.254 gains
nothing). ``fetch.allow_private`` allows everything. A response from a non-public peer
address is refused too (a name re-bound after our lookup).

``refused_address(url)`` is the same check for the CLI (``add-source``, ``import-opml``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import DownloadTimeoutError, IgnoreRequest
from scrapy.http import HtmlResponse
from twisted.internet.error import TimeoutError as TwistedTimeoutError

from monitor.urls import canonical_url, host_of, non_public_address

DNS_TTL_S = 60.0          # a host's addresses are looked up again after this
DNS_CACHE_SIZE = 4096


class RefusedAddress(IgnoreRequest):
    """A request to (or a response from) a non-public address; its text says which."""


class PrivateAddressMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.approved_hosts: set[str] = set()   # hosts allowed so far, for their robots.txt
        self._addresses: dict[str, tuple[float, list[str]]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request):
        host = host_of(request.url)
        if self._allowed(request, host):
            self.approved_hosts.add(host)
            return None
        address = non_public_address(await self.addresses(host))
        if address is not None:
            raise RefusedAddress(f"{host} resolves to non-public address {address}")
        return None

    def process_response(self, request, response):
        host = host_of(request.url)
        peer = response.ip_address
        if peer is not None and not self._allowed(request, host) and non_public_address([str(peer)]):
            raise RefusedAddress(f"{host} answered from non-public address {peer}")
        return response

    def _allowed(self, request, host: str) -> bool:
        feed = request.meta.get("feed")
        if self.crawler.spider.context.config.fetch.allow_private:
            return True
        if feed is None:  # Scrapy's own request (robots.txt) for a configured address's host
            return host in self.approved_hosts
        return canonical_url(request.url) in configured_urls(feed)

    async def addresses(self, host: str) -> list[str]:
        """*host*'s addresses (itself when it is one), looked up in a worker thread so the
        reactor never blocks; cached for DNS_TTL_S. Unresolvable: [] (Scrapy reports it)."""
        now = time.monotonic()
        cached = self._addresses.get(host)
        if cached is not None and cached[0] > now:
            return cached[1]
        found = await asyncio.to_thread(resolve, host)
        if len(self._addresses) >= DNS_CACHE_SIZE:
            self._addresses.clear()
        self._addresses[host] = (now + DNS_TTL_S, found)
        return found


def configured_urls(feed: dict) -> set[str]:
    """The addresses the operator wrote for a source (a feeds row): the only ones that may be private."""
    return {canonical_url(url) for url in (feed.get("url"), feed.get("site")) if url}


def resolve(host: str) -> list[str]:
    """*host*'s addresses (itself when it is one); [] when it does not resolve. Blocks: call
    it from a thread inside the crawl."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return []
    return sorted({info[4][0] for info in infos})


def refused_address(url: str) -> str | None:
    """Why *url* may not be fetched without ``allow_private`` (its host resolves to a
    non-public address), or None.

    >>> refused_address("http://169.254.169.254/latest/")
    '169.254.169.254 resolves to non-public address 169.254.169.254'
    """
    host = host_of(url)
    address = non_public_address(resolve(host))
    return f"{host} resolves to non-public address {address}" if address else None


class SourceCut(IgnoreRequest):
    """A request dropped because its source has used its share of the poll; taken by a later poll."""


class SourceTimeMiddleware:
    """Drops a source's later requests (its pages, a channel's older pages, an index's
    sitemaps: ``meta["article_url"]``) once the answers to its earlier ones took more than
    ``fetch.source_time`` in all: a slow or endless source cannot hold the crawl, and so every
    other source's next poll, for long. Counted is the time the source took to answer (Scrapy's
    ``download_latency``; a timeout counts its whole ``fetch.timeout``), not the time its
    requests waited for a download slot or for the workers: a healthy outlet with many new
    pages is never cut for our own backlog."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.spent: dict[int, float] = {}     # source id -> seconds its answers took in this crawl

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        budget = self.crawler.spider.context.config.fetch.source_time
        if "article_url" in request.meta and self.spent.get(request.meta["feed"]["id"], 0.0) > budget:
            raise SourceCut(f"requests left for later polls (fetch.source_time: {budget:g}s)")
        return None

    def process_response(self, request, response):
        self._count(request, request.meta.get("download_latency", 0.0))
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, (DownloadTimeoutError, TwistedTimeoutError)):
            self._count(request, request.meta.get("download_timeout", 0.0))
        return None

    def _count(self, request, seconds: float) -> None:
        feed = request.meta.get("feed")
        if feed is not None:
            self.spent[feed["id"]] = self.spent.get(feed["id"], 0.0) + seconds


# Bytes of a page that hold its first 4,096 characters (Scrapy's window for a meta refresh)
# in any encoding of at most 4 bytes a character.
HEAD_BYTES = 4 * 4096


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's ``<meta http-equiv="refresh">`` redirect, looked for in the page's first
    characters only, as Scrapy does, but without decoding the whole page first.

    Scrapy's own decodes every HTML page whole to read its first 4,096 characters, and the
    text stays with the response until its item has been read: in the crawl process about
    25 MiB of pages in flight at once (``bench/throughput.py 600 4 memory``). Here a copy of
    the response with the page's first ``HEAD_BYTES`` bytes, cut after its last tag (never
    inside a character), is read instead; the page itself goes on as it came.

        DOWNLOADER_MIDDLEWARES = {"scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
                                  "monitor.middlewares.HeadMetaRefreshMiddleware": 580}
    """

    def process_response(self, request, response):
        if not isinstance(response, HtmlResponse) or len(response.body) <= HEAD_BYTES:
            return super().process_response(request, response)
        head = response.replace(body=response.body[:response.body.rfind(b">", 0, HEAD_BYTES) + 1])
        redirected = super().process_response(request, head)
        return response if redirected is head else redirected
