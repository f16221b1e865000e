"""Downloader middleware: no request reaches a non-public address (SSRF protection).

Feeds we do not control may link to, or redirect to, addresses inside our network
(127.0.0.0/8, 10/8, 169.254.169.254...). Every request passes here, redirect targets
included (Scrapy's redirect makes a new request), so the check cannot be sidestepped:

    DOWNLOADER_MIDDLEWARES = {"monitor.middlewares.PrivateAddressMiddleware": 50}

A request to the host of the feed it came from is always allowed (the operator chose
that feed), as is everything when ``fetch.allow_private`` is set. A response
from a non-public peer address is refused too (a name re-bound after our lookup).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

from scrapy.exceptions import IgnoreRequest

from monitor.urls import host_of, non_public_address

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
        if feed is None:  # Scrapy's own request (robots.txt) for a host already allowed
            return host in self.approved_hosts
        return host == host_of(feed["url"])

    async def addresses(self, host: str) -> list[str]:
        """*host*'s addresses (itself when it is one), looked up in a worker thread so the
        reactor never blocks; cached for DNS_TTL_S. Unresolvable: [] (Scrapy reports it)."""
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        now = time.monotonic()
        cached = self._addresses.get(host)
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            infos = await asyncio.to_thread(socket.getaddrinfo, host, None, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError):
            infos = []
        if len(self._addresses) >= DNS_CACHE_SIZE:
            self._addresses.clear()
        found = sorted({info[4][0] for info in infos})
        self._addresses[host] = (now + DNS_TTL_S, found)
        return found
