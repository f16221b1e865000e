"""Canonical URLs and the links a feed may make us fetch."""

from monitor.urls import canonical_url, link_refusal


def test_canonical_url_drops_tracking_fragments_and_default_ports():
    assert canonical_url("HTTPS://News.Example.com:443/a/b?utm_source=rss&id=7&fbclid=x#comments") \
        == "https://news.example.com/a/b?id=7"
    assert canonical_url("http://example.com") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x?b=2&a=1") == "http://example.com:8080/x?b=2&a=1"


def test_only_http_links_on_public_or_own_hosts_are_followed():
    feed = "http://127.0.0.1:8000/feed.xml"
    assert link_refusal("http://127.0.0.1:8000/a", feed, allow_private=False) is None
    assert "non-public" in link_refusal("http://169.254.169.254/latest/meta-data", feed, False)
    assert "non-public" in link_refusal("http://10.0.0.5/x", "https://news.example/feed", False)
    assert link_refusal("http://10.0.0.5/x", "https://news.example/feed", allow_private=True) is None
    for link in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "ftp://x/y"):
        assert "is not followed" in link_refusal(link, feed, allow_private=True)
