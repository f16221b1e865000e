"""URL rules: one canonical form per article, and which links we are allowed to follow.

    >>> canonical_url("HTTPS://Example.com:443/a/?utm_source=x&id=3&fbclid=y#top")
    'https://example.com/a/?id=3'
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say where a click came from; they never change the page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
    "yclid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "ito", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "xtor", "s_cid",
    "rss", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "mkt_tok",
})
TRACKING_PREFIXES = ("utm_", "utm-", "__hs", "pk_", "mtm_", "hsa_", "oly_")
DEFAULT_PORTS = {"http": 80, "https": 443}
TELEGRAM_HOSTS = ("t.me", "telegram.me")


def outlet(url: str) -> str:
    """The outlet that published *url*: its host (with a non-default port), without ``www.``;
    on Telegram the channel (every channel is one host).

    >>> outlet("https://www.Reuters.com/world/a"), outlet("https://t.me/deirezzor_news/1210")
    ('reuters.com', 't.me/deirezzor_news')
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    if host in TELEGRAM_HOSTS:
        segments = [segment for segment in parts.path.split("/") if segment and segment != "s"]
        return f"t.me/{segments[0].lower()}" if segments else host
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


def link_refusal(link: str) -> str | None:
    """Why a link found inside a feed must not be fetched, or None when it may be.

    Only http(s) with a host is followed. Where the host points is checked on every
    request, redirects included, by ``monitor.middlewares.PrivateAddressMiddleware``.

    >>> link_refusal("file:///etc/passwd")
    "scheme 'file' is not followed"
    """
    try:
        parts = urlsplit(link)
        parts.port  # noqa: B018  (raises on a port out of range)
    except ValueError as error:
        return f"malformed URL: {error}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not followed"
    if not host_of(link):
        return "link has no host"
    return None


def non_public_address(addresses: list[str]) -> str | None:
    """The first loopback, private, link-local, reserved or multicast address, or None.

    >>> non_public_address(["93.184.216.34", "169.254.169.254"])
    '169.254.169.254'
    """
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            return address
    return None


def site_of(url: str) -> str:
    """The registrable domain of *url*'s host (public suffix list bundled, no download);
    the host itself for IP addresses and names without a known suffix.

    >>> site_of("https://amp.bbc.co.uk/news/1")
    'bbc.co.uk'
    """
    host = host_of(url)
    return _public_suffixes()(host).top_domain_under_public_suffix or host


def is_index_page(url: str) -> bool:
    """True for a site's root or section page: no query, and every path segment reads
    like a section name (no digit, at most one hyphen), e.g. ``/``, ``/news``,
    ``/world/middle-east/``. Article URLs carry a date, an id or a long slug.

    >>> is_index_page("https://example.com/world/middle-east/")
    True
    >>> is_index_page("https://example.com/news/2024/03/strike-near-boukamal")
    False
    """
    parts = urlsplit(url)
    if parts.query:
        return False
    return all(not any(c.isdigit() for c in segment) and segment.count("-") <= 1
               for segment in parts.path.split("/") if segment)


def adoptable_canonical(declared: str, page_url: str, feed_url: str) -> str | None:
    """The page's declared ``rel=canonical`` as a canonical URL, when it may replace the
    page's own URL; None otherwise.

    Adopted only when it is http(s) on the same site (registrable domain) as the page
    and is neither a root/section page (``is_index_page``) nor the feed itself: sites
    that point every article at a section page must not fold distinct articles into one.

    >>> adoptable_canonical("https://x.com/news/2024/03/strike", "https://amp.x.com/a/2024/03/strike", "https://x.com/rss")
    'https://x.com/news/2024/03/strike'
    >>> adoptable_canonical("/news", "https://x.com/news/2024/03/strike", "https://x.com/rss") is None
    True
    """
    canonical = canonical_url(urljoin(page_url, declared))
    if (canonical == page_url or not canonical.startswith(("http://", "https://"))
            or site_of(canonical) != site_of(page_url)
            or is_index_page(canonical) or canonical == canonical_url(feed_url)):
        return None
    return canonical


@functools.cache
def _public_suffixes():
    """The bundled public suffix list (offline). Imported at first use: only the crawl
    process asks, while the workers' forkserver imports this module too (with the config),
    and tldextract's own imports (requests) cost it 0.11-0.14 s of CPU before the workers are ready."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# Terminal control sequences (CSI, OSC) and any other control character: a server's title or
# Retry-After header must not move the cursor, retitle the terminal or hide lines.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x1f\x7f-\x9f]")


def printable(value) -> str:
    """*value* as text fit for a terminal: control sequences removed, tabs and line breaks as spaces.

    >>> printable("HTTP 503 (Retry-After: \\x1b]0;owned\\x07\\x1b[2J60)")
    'HTTP 503 (Retry-After: 60)'
    """
    return _CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else "", str(value))
