"""Canonical URLs, the links a feed may make us fetch, and which canonical links we adopt."""

from monitor.urls import adoptable_canonical, canonical_url, is_index_page, link_refusal, non_public_address, site_of


def test_canonical_url_drops_tracking_fragments_and_default_ports():
    assert canonical_url("HTTPS://News.Example.com:443/a/b?utm_source=rss&id=7&fbclid=x#comments") \
        == "https://news.example.com/a/b?id=7"
    assert canonical_url("http://example.com") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x?b=2&a=1") == "http://example.com:8080/x?b=2&a=1"


def test_only_http_links_with_a_host_are_followed():
    assert link_refusal("http://127.0.0.1:8000/a") is None
    assert link_refusal("http:///a") == "link has no host"
    assert link_refusal("http://[::1/a") == "malformed URL: Invalid IPv6 URL"
    assert link_refusal("http://example.com:99999/a").startswith("malformed URL: Port out of range")
    for link in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "ftp://x/y"):
        assert "is not followed" in link_refusal(link)


def test_non_public_addresses_are_found():
    assert non_public_address(["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]) is None
    for address in ("127.0.0.2", "10.0.0.5", "169.254.169.254", "::1", "fe80::1%eth0", "::ffff:192.168.1.1",
                    "224.0.0.1", "0.0.0.0"):
        assert non_public_address(["93.184.216.34", address]) == address


def test_a_canonical_is_adopted_only_on_the_same_site_and_never_a_section_page():
    feed = "https://www.example.co.uk/rss.xml"
    page = "https://amp.example.co.uk/amp/2024/03/05/strike-near-boukamal"
    assert site_of(page) == site_of("https://www.example.co.uk/") == "example.co.uk"
    assert adoptable_canonical("https://www.example.co.uk/news/2024/03/05/strike-near-boukamal?utm_source=x", page,
                               feed) == "https://www.example.co.uk/news/2024/03/05/strike-near-boukamal"
    assert adoptable_canonical("/?p=331234", page, feed) == "https://amp.example.co.uk/?p=331234"
    assert adoptable_canonical("https://wire.example.com/2024/03/05/strike", page, feed) is None    # another site
    assert adoptable_canonical("https://other.co.uk/2024/03/05/strike", page, feed) is None         # public suffix
    for section in ("/", "/news", "/world/middle-east/", "https://www.example.co.uk"):
        assert is_index_page(canonical_url(f"https://x.com{section}" if section.startswith("/") else section))
        assert adoptable_canonical(section, page, feed) is None
    assert adoptable_canonical("/rss.xml?", page, "https://amp.example.co.uk/rss.xml") is None       # the feed itself
    assert adoptable_canonical("javascript:void(0)", page, feed) is None
    assert adoptable_canonical(page, page, feed) is None                                            # itself
