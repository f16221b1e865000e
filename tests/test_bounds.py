"""One hostile source must not delay the others: each source's share of a poll is bounded
(fetch.max_new_links, fetch.max_history_pages, fetch.source_time), what is cut is named in its
last_error, and later polls take the rest."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from urllib.parse import parse_qs, urlsplit

from conftest import FixtureSite, article_page, monitor, monitor_measured, open_archive, rss, write_config

RSS_CT = "application/rss+xml"


def slow_page(handler) -> int:
    time.sleep(2)
    try:
        FixtureSite._respond(handler, 200, article_page(int(handler.path.rsplit("/", 1)[-1])),
                         "text/html; charset=utf-8", {})
    except OSError:
        pass    # the crawl went on without it
    return 200


def test_a_feed_of_slow_links_takes_its_share_and_the_healthy_feed_all_of_its_own(site, tmp_path):
    healthy = FixtureSite("127.0.0.2")    # another host: its own per-domain slots, as a real outlet
    try:
        for n in range(80):
            site.add(f"/slow/{n}", b"", handler=slow_page)
        site.add("/hostile.xml", rss([{"title": f"s{n}", "link": site.url(f"/slow/{n}")} for n in range(80)]), RSS_CT)
        for n in range(3):
            healthy.add(f"/a/{n}", article_page(1000 + n))
        healthy.add("/feed.xml", rss([{"title": f"a{n}", "link": healthy.url(f"/a/{n}")} for n in range(3)]), RSS_CT)
        config = write_config(tmp_path / "config.yaml", [{"name": "hostile", "url": site.url("/hostile.xml")},
                                                         {"name": "healthy", "url": healthy.url("/feed.xml")}],
                              fetch={"source_time": "3s", "max_new_links": 40})

        first_poll = monitor("once", "--config", str(config), timeout=120)

        assert "40 links left for later polls" in first_poll.stdout
        db = open_archive(tmp_path / "archive.db")
        assert db.execute("SELECT count(*) FROM articles WHERE url LIKE ?", [healthy.url("/a/%")]).fetchone()[0] == 3
        asked = len(site.hits("/slow/0")) + sum(len(site.hits(f"/slow/{n}")) for n in range(1, 80))
        assert 0 < asked < 40
        hostile = db["feeds"].get(1)
        assert "40 links left for later polls (fetch.max_new_links: 40)" in hostile["last_error"]
        assert "requests left for later polls (fetch.source_time: 3s)" in hostile["last_error"]
        assert hostile["etag"] is None            # the next poll reads the feed in full again
        first = db.execute("SELECT count(*) FROM articles WHERE url LIKE '%/slow/%'").fetchone()[0]

        monitor("once", "--config", str(config), timeout=120)

        assert db.execute("SELECT count(*) FROM articles WHERE url LIKE '%/slow/%'").fetchone()[0] > first
        # What was cut is not a failure of the pages: none of them is given up.
        assert db.execute("SELECT count(*) FROM fetch_log WHERE url LIKE '%/slow/%' AND error IS NOT NULL"
                          ).fetchone()[0] == 0
    finally:
        healthy.close()


def test_a_sitemap_of_103000_urls_schedules_only_its_share(site, tmp_path):
    today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    urls = "".join(f"<url><loc>{site.url(f'/n/story-{n:06d}.html')}</loc><lastmod>{today}</lastmod></url>\n"
                   for n in range(103_000))
    sitemap = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    assert 9_500_000 < len(sitemap) < 10_000_000
    site.add("/sitemap.xml", sitemap, "application/xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "huge", "url": site.url("/sitemap.xml"), "kind": "sitemap"}],
                          fetch={"max_new_links": 50})

    result, seconds, peak = monitor_measured("once", "--config", str(config), timeout=300)

    assert result.returncode == 0, result.stderr
    asked = [path for _, path, _, _ in site.requests if path.startswith("/n/")]
    assert len(asked) == 50
    feed = open_archive(tmp_path / "archive.db")["feeds"].get(1)
    assert feed["last_error"] == "102950 links left for later polls (fetch.max_new_links: 50)"
    print(f"103,000-URL sitemap: {seconds:.1f}s, peak RSS {peak / 2**20:.0f} MiB")


CHANNEL_PAGE = """<html><head><meta property="og:title" content="Endless"></head><body>
{messages}
<link rel="prev" href="/s/endless?before={older}">
</body></html>"""
MESSAGE = """<div class="tgme_widget_message js-widget_message" data-post="endless/{id}">
<div class="tgme_widget_message_text js-message_text">Message {id}: shelling reported near the river crossing.</div>
{time}</div>"""


def serve_endless_channel(site, dated: bool) -> None:
    """A channel whose every page links to an older one, for ever; its messages dated now, or not at all."""
    now = datetime.now(timezone.utc).isoformat()

    def preview(handler) -> int:
        before = int(parse_qs(urlsplit(handler.path).query).get("before", ["1000000"])[0])
        ids = range(before - 20, before)
        body = CHANNEL_PAGE.format(older=before - 20, messages="".join(
            MESSAGE.format(id=n, time=f'<time datetime="{now}"></time>' if dated else "") for n in ids))
        FixtureSite._respond(handler, 200, body.encode(), "text/html; charset=utf-8", {})
        return 200

    site.add("/s/endless", b"", handler=preview)


def test_a_channel_without_dates_is_not_paged_back_and_a_dated_one_only_so_far(site, tmp_path):
    serve_endless_channel(site, dated=False)
    config = write_config(tmp_path / "config.yaml", [{"name": "c", "url": site.url("/s/endless"), "kind": "telegram"}],
                          fetch={"max_history_pages": 2})

    monitor("once", "--config", str(config))

    assert len(site.hits("/s/endless")) == 1
    db = open_archive(tmp_path / "archive.db")
    assert db["articles"].count == 20
    assert db["feeds"].get(1)["last_error"] == "1 older pages not read: the channel's messages carry no date"

    serve_endless_channel(site, dated=True)
    (tmp_path / "archive.db").unlink()
    site.requests.clear()

    monitor("once", "--config", str(config))

    assert len(site.hits("/s/endless")) == 3      # the first page and fetch.max_history_pages older ones
    db = open_archive(tmp_path / "archive.db")
    assert db["articles"].count == 60
    assert db["feeds"].get(1)["last_error"] == "1 older pages not read (fetch.max_history_pages: 2)"
