"""Hostile servers next to one healthy feed: each gets a precise error, the healthy one loses nothing.

Everything is real: HTTP on 127.0.0.1, one `monitor once` subprocess, a real SQLite archive.
"""

from __future__ import annotations

import re
import time
import zlib
from datetime import datetime

import pytest

from conftest import FIXTURES, FixtureSite, article_page, monitor, monitor_measured, open_archive, rss, write_config

MAX_BYTES = 4_000_000
TIMEOUT_S = 3
BOMB_SIZE = 200 * 2**20
RSS_CT = "application/rss+xml"


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """200 MB of zeros, gzip-compressed in chunks: about 200 KB on the wire."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(2**20)
    return b"".join([*(packer.compress(chunk) for _ in range(BOMB_SIZE // len(chunk))), packer.flush()])


def slow_drip(handler) -> int:
    """Headers at once, then one byte a second (stops when the client hangs up)."""
    handler.send_response(200)
    handler.send_header("Content-Type", RSS_CT)
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        for _ in range(120):
            handler.wfile.write(b"<")
            time.sleep(1)
    except OSError:
        pass
    return 200


def endless_body(handler) -> int:
    """60 MB with no Content-Length: the size is only known by reading it."""
    handler.close_connection = True
    handler.send_response(200)
    handler.send_header("Content-Type", RSS_CT)
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<!-- padding -->" * 4096
    try:
        for _ in range(60 * 2**20 // len(chunk)):
            handler.wfile.write(chunk)
    except OSError:
        pass
    return 200


def hostile_site(site: FixtureSite, bomb: bytes) -> dict[str, str]:
    """Route every hostile case; returns feed name -> URL."""
    feeds = {}

    def feed(name: str, path: str, body: bytes | str = b"", content_type: str = RSS_CT, **kw) -> None:
        feeds[name] = site.add(path, body, content_type, **kw)

    feed("server-error", "/500.xml", b"oops", "text/plain", status=500)
    feed("not-found", "/404.xml", b"gone", "text/plain", status=404)
    feed("rate-limited", "/429.xml", b"slow down", "text/plain", status=429, headers={"Retry-After": "120"})
    feed("slow-drip", "/drip.xml", handler=slow_drip)
    feed("huge-declared", "/huge.xml", b"", handler=lambda h: _declared_huge(h))
    feed("huge-streamed", "/endless.xml", handler=endless_body)
    feed("gzip-bomb", "/bomb.xml", bomb, headers={"Content-Encoding": "gzip"}, etag=False)
    feed("malformed", "/malformed.xml", (FIXTURES / "feeds" / "aaa_illformed.xml").read_bytes())
    feed("html-page", "/html.xml", b"<!doctype html><html><body><h1>Welcome</h1></body></html>",
         "text/html; charset=utf-8")
    feed("billion-laughs", "/lol.xml", billion_laughs(site.url("/a/lol")))
    feed("redirect-loop", "/loop-a.xml", b"", status=302, headers={"Location": "/loop-b.xml"})
    site.add("/loop-b.xml", b"", status=302, headers={"Location": "/loop-a.xml"})
    # Mis-encoded but readable: the entries are archived and the encoding problem is recorded.
    site.add("/a/latin", article_page(100))
    feed("latin-1", "/latin.xml", rss([{"title": "Résumé à Deir ez-Zor", "link": site.url("/a/latin")}])
         .encode("latin-1"), "application/rss+xml; charset=utf-8")
    site.add("/a/own", article_page(101))
    feed("bad-links", "/links.xml", rss([{"title": t, "link": link} for t, link in [
        ("file", "file:///etc/passwd"), ("js", "javascript:alert(1)"), ("data", "data:text/html,hi"),
        ("ftp", "ftp://127.0.0.1/x"),
        ("own host", site.url("/a/own")),
    ]]))
    return feeds


def _declared_huge(handler) -> int:
    """Announces 60 MB in Content-Length (and would send them)."""
    handler.send_response(200)
    handler.send_header("Content-Type", RSS_CT)
    handler.send_header("Content-Length", str(60 * 2**20))
    handler.end_headers()
    try:
        for _ in range(60):
            handler.wfile.write(bytes(2**20))
    except OSError:
        pass
    return 200


def billion_laughs(link: str) -> bytes:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{entities}]>'
            f'<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
            f"<link>{link}</link></item></channel></rss>").encode()


def test_hostile_feeds_get_precise_errors_and_the_healthy_feed_loses_nothing(site, tmp_path, gzip_bomb):
    for n in range(3):
        site.add(f"/a/{n}", article_page(n))
    healthy = site.add("/good.xml", rss([{"title": f"a{n}", "link": site.url(f"/a/{n}")} for n in range(3)]), RSS_CT)
    feeds = hostile_site(site, gzip_bomb)
    robots = FixtureSite()  # a second host whose robots.txt forbids everything
    robots.add("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain")
    feeds["robots"] = robots.add("/feed.xml", rss([]), RSS_CT)
    feeds["dns"] = "http://feed.invalid/rss.xml"
    feeds["refused"] = "http://127.0.0.1:9/feed.xml"
    config = write_config(tmp_path / "config.yaml",
                          [{"name": "healthy", "url": healthy}, *({"name": n, "url": u} for n, u in feeds.items())],
                          fetch={"timeout": f"{TIMEOUT_S}s", "max_bytes": MAX_BYTES})
    try:
        result, seconds, peak_rss = monitor_measured("once", "--config", str(config), timeout=90)
    finally:
        robots.close()
    print(result.stdout, f"\nmonitor once: {seconds:.1f}s, peak RSS {peak_rss / 2**20:.0f} MiB")
    assert result.returncode == 0, result.stderr

    db = open_archive(tmp_path / "archive.db")
    errors = {row["name"]: row["last_error"] for row in db.query("SELECT name, last_error FROM feeds")}
    assert errors.pop("malformed").startswith("feed parse error: ")
    assert errors == {
        "healthy": None,
        "server-error": "HTTP 500",
        "not-found": "HTTP 404",
        "rate-limited": "HTTP 429 (Retry-After: 120)",
        "slow-drip": f"timeout after {TIMEOUT_S}s",
        "huge-declared": f"response larger than max_bytes ({MAX_BYTES} bytes): {60 * 2**20} bytes announced",
        "huge-streamed": f"response larger than max_bytes ({MAX_BYTES} bytes)",
        "gzip-bomb": f"response larger than max_bytes ({MAX_BYTES} bytes) after gzip decompression",
        "html-page": "not a feed: the URL serves an HTML page (text/html)",
        "billion-laughs": "refused: the feed declares XML entities (<!ENTITY>), which are never expanded",
        "redirect-loop": "too many redirects (more than 5)",
        "latin-1": "mis-encoded feed, read anyway: document declared as utf-8, but parsed as windows-1252",
        "bad-links": None,
        "robots": "blocked by robots.txt",
        "dns": "DNS lookup failed for feed.invalid",
        "refused": "connection refused by 127.0.0.1:9",
    }
    # The healthy feed, the mis-encoded one and the own-host link are archived; nothing else.
    urls = {row["url"] for row in db.query("SELECT url FROM articles")}
    assert urls == {site.url(f"/a/{n}") for n in range(3)} | {site.url("/a/latin"), site.url("/a/own")}
    assert next(db.query("SELECT title FROM articles WHERE url LIKE '%/a/latin'"))["title"]
    # Refused links are logged against their feed, with the reason.
    refused = {row["url"]: row["error"] for row in db.query(
        "SELECT url, error FROM fetch_log WHERE feed_id = (SELECT id FROM feeds WHERE name = 'bad-links') "
        "AND error IS NOT NULL")}
    assert refused == {
        "file://etc/passwd": "refused: scheme 'file' is not followed",
        "javascript:alert(1)": "refused: scheme 'javascript' is not followed",
        "data:text/html,hi": "refused: scheme 'data' is not followed",
        "ftp://127.0.0.1/x": "refused: scheme 'ftp' is not followed",
    }   # (private addresses: test_only_the_configured_address_may_be_private, with allow_private off)
    assert re.search(r"latin-1 +200 +1 +mis-encoded feed, read anyway", result.stdout)
    # Failing feeds back off; the 429 is not asked again before its Retry-After.
    health = {row["name"]: row for row in db.query("SELECT * FROM feeds")}
    assert health["healthy"]["consecutive_failures"] == 0 and health["healthy"]["articles_found"] == 3
    assert health["server-error"]["consecutive_failures"] == 1
    assert health["latin-1"]["consecutive_failures"] == 0
    polled, retry = (health["rate-limited"][k] for k in ("last_polled_at", "next_poll_at"))
    assert seconds_between(polled, retry) >= 120
    # Bounded: the body cut-offs hold (no 60 MB or 200 MB buffer ever existed).
    assert peak_rss < 400 * 2**20


def seconds_between(start: str, end: str) -> float:
    return (datetime.fromisoformat(end.replace("Z", "+00:00"))
            - datetime.fromisoformat(start.replace("Z", "+00:00"))).total_seconds()


def test_feeds_command_lists_failing_feeds_first(site, tmp_path):
    site.add("/a/0", article_page(0))
    feeds = [{"name": "fine", "url": site.add("/good.xml", rss([{"title": "a", "link": site.url("/a/0")}]), RSS_CT)},
             {"name": "broken", "url": site.add("/500.xml", b"oops", "text/plain", status=500)}]
    config = write_config(tmp_path / "config.yaml", feeds)
    monitor("once", "--config", str(config))
    write_config(config, feeds + [{"name": "new", "url": site.url("/new.xml")}])

    lines = monitor("feeds", "--config", str(config), "--db", str(tmp_path / "archive.db")).stdout.splitlines()

    assert lines[0].split()[:3] == ["feed", "status", "failures"]
    assert lines[1].split()[:3] == ["broken", "500", "1"] and lines[1].endswith("HTTP 500")
    assert lines[2].split()[:3] == ["fine", "200", "0"] and lines[2].split()[-2:] == ["1", "-"]
    assert lines[3].split() == ["new", *["-"] * 6]
    assert lines[4] == "3 feeds: 1 failing, 1 never polled"


def test_a_bad_entry_date_or_link_loses_only_that_entry(site, tmp_path):
    links = [site.add(f"/a/{n}", article_page(n)) for n in range(3)]
    feed = rss([{"title": "a0", "link": links[0]},
                {"title": "a1", "link": links[1], "pubDate": "0000-00-00T00:00:00Z"},
                {"title": "bad link", "link": "http://example.com:99999/x"},
                {"title": "a2", "link": links[2]}])
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.add("/feed.xml", feed, RSS_CT)}])

    result = monitor("once", "--config", str(config))

    assert "3 new articles" in result.stdout
    db = open_archive(tmp_path / "archive.db")
    published = {row["url"]: row["published_at"] for row in db.query("SELECT url, published_at FROM articles")}
    assert set(published) == set(links)
    assert published[links[0]] == "2024-01-01T10:00:00Z" and not (published[links[1]] or "").startswith("0")
    feed_row = db["feeds"].get(1)
    assert (feed_row["last_status"], feed_row["last_error"], feed_row["articles_found"]) == (200, None, 3)
    assert [row["error"] for row in db.query("SELECT error FROM fetch_log WHERE url LIKE '%99999%'")] == [
        "refused: malformed URL: Port out of range 0-65535"]


def test_only_the_configured_address_may_be_private(site, tmp_path):
    """The feed configured on 127.0.0.1 is polled; what it links to is checked like any link,
    the feed's own host included (an outlet name resolving to a private address gains
    nothing), and so is where a configured address redirects."""
    site.add("/secret", article_page(9))
    site.add("/a/0", article_page(0))
    jumps = {"/a/jump": f"http://localhost:{site.port}/secret", "/a/metadata": "http://169.254.169.254/latest/"}
    for path, target in jumps.items():
        site.add(path, b"", status=302, headers={"Location": target})
    site.add("/moved.xml", b"", status=302, headers={"Location": f"http://localhost:{site.port}/feed.xml"})
    metadata = "http://169.254.169.254/latest/meta-data/"
    feed = rss([{"title": path, "link": site.url(path)} for path in ("/a/0", *jumps)] + [{"title": "m", "link": metadata}])
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.add("/feed.xml", feed, RSS_CT)},
                                                     {"name": "moved", "url": site.url("/moved.xml")}],
                          fetch={"allow_private": False})

    monitor("once", "--config", str(config))

    assert site.hits("/feed.xml") and not site.hits("/secret") and not site.hits("/a/0")
    assert len(site.hits("/feed.xml")) == 1      # not again through the redirect to localhost
    db = open_archive(tmp_path / "archive.db")
    assert db["articles"].count == 0
    refused = {row["url"]: row for row in db.query("SELECT * FROM fetch_log WHERE error IS NOT NULL")}
    assert set(refused) == {site.url("/a/0"), site.url("/a/jump"), site.url("/a/metadata"), site.url("/moved.xml"),
                            metadata}
    assert refused[metadata]["error"] == "refused: 169.254.169.254 resolves to non-public address 169.254.169.254"
    assert all(refused[site.url(path)]["error"] == "refused: 127.0.0.1 resolves to non-public address 127.0.0.1"
               for path in ("/a/0", "/a/jump", "/a/metadata"))
    assert re.fullmatch(r"refused: localhost resolves to non-public address (127\.0\.0\.1|::1)",
                        refused[site.url("/moved.xml")]["error"])
    assert all(row["retryable"] == 0 for url, row in refused.items() if url != site.url("/moved.xml"))
