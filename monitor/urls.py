"""URL rules: one canonical form per article, and which links we are allowed to follow.

    >>> canonical_url("HTTPS://Example.com:443/a/?utm_source=x&id=3&fbclid=y#top")
    'https://example.com/a/?id=3'
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from; they never change the page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
    "yclid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "ito", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "xtor", "s_cid",
    "rss", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "mkt_tok",
})
TRACKING_PREFIXES = ("utm_", "utm-", "__hs", "pk_", "mtm_", "hsa_", "oly_")
DEFAULT_PORTS = {"http": 80, "https": 443}


def outlet(url: str) -> str:
    """The outlet that published *url*: its host (with a non-default port), without ``www.``.

    >>> outlet("https://www.Reuters.com/world/a")
    'reuters.com'
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    return f"{host}:{parts.port}" if parts.port and parts.port != DEFAULT_PORTS.get(parts.scheme) else host


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and parts.port != DEFAULT_PORTS.get(scheme) else None
    netloc = f"[{host}]" if ":" in host else host
    if port:
        netloc += f":{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode([
        (key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    ])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def link_refusal(link: str, feed_url: str, allow_private: bool) -> str | None:
    """Why a link found inside a feed must not be fetched, or None when it may be.

    Only http(s) is followed; a link resolving to a loopback, private, link-local or
    reserved address is refused unless it is on the feed's own host or private
    addresses are allowed (SSRF protection for feeds we do not control).
    """
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not followed"
    host = host_of(link)
    if not host:
        return "link has no host"
    if allow_private or host == host_of(feed_url):
        return None
    for address in _addresses(host):
        if _is_internal(address):
            return f"{host} resolves to non-public address {address}"
    return None


@lru_cache(maxsize=4096)
def _addresses(host: str) -> tuple[str, ...]:
    try:
        return (str(ipaddress.ip_address(host)),)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return ()  # unresolvable: Scrapy will record the DNS error for this link
    return tuple(sorted({info[4][0] for info in infos}))


def _is_internal(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast
