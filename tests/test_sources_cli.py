"""`monitor add-source`, `import-opml`, `export-opml` and `check --online`, run as the real CLI
against loopback sources; config.yaml keeps every comment and line it had."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ElementTree

from conftest import ROOT, interrupt, monitor, open_archive, rss, start_daemon, wait_for, write_config
from monitor.schema import open_db
from test_sources import serve_channel, serve_listing, serve_outlet, serve_sitemaps

SHIPPED = (ROOT / "config.yaml").read_text(encoding="utf-8")


def shipped_config(tmp_path, feeds_block: str = "feeds: []\n"):
    """The shipped config.yaml (comments, watchlists and all) with our own feeds and no OPML."""
    text = SHIPPED.replace("sources:\n  - seeds/region.opml\n", "sources: []\n")
    start, end = text.index("\nfeeds:\n") + 1, text.index("\n# Where alerts go")
    text = text[:start] + feeds_block + text[end:]
    text = text.replace("gazetteer: seeds/places.csv.gz", f"gazetteer: {ROOT / 'seeds' / 'places.csv.gz'}")
    text = text.replace("  per_domain_delay: 2s ", "  per_domain_delay: 0s ")
    # The test sites are on 127.0.0.1, a private address.
    text = text.replace("  allow_private: false ", "  allow_private: true ")
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_add_source_says_what_each_url_is_and_appends_it_keeping_the_file(site, tmp_path):
    serve_outlet(site)
    serve_sitemaps(site)
    serve_listing(site)
    serve_channel(site)
    site.add("/bbc.xml", rss([{"title": "a", "link": site.url("/a/1")}], title="BBC Arabic"), "application/rss+xml")
    config = shipped_config(tmp_path, "feeds:\n  - name: Already here\n    url: " + site.url("/bbc.xml") + "\n")
    before = config.read_text(encoding="utf-8")

    said = {url: monitor("add-source", url, "--config", str(config), *extra).stdout for url, extra in [
        (site.url("/"), ["--language", "ar"]),
        (site.url("/news-sitemap.xml"), []),
        (site.url("/en/category/deir-ezzor"), ["--name", "Eastern Agency – Deir ez-Zor"]),
        (site.url("/s/deirezzor_news"), []),
    ]}

    assert "feed (2 entries) at " + site.url("/ar/feed/latest.xml") in said[site.url("/")]
    assert "news sitemap" in said[site.url("/news-sitemap.xml")]
    assert "listing page (4 article links)" in said[site.url("/en/category/deir-ezzor")]
    assert "Telegram channel (6 messages)" in said[site.url("/s/deirezzor_news")]
    after = config.read_text(encoding="utf-8")
    head, tail = before[:before.index("\n# Where alerts go")], before[before.index("\n# Where alerts go"):]
    assert after.startswith(head) and after.endswith(tail)        # every line before and after kept
    added = after[len(head):len(after) - len(tail)]
    assert added.count("  - name: ") == 4
    assert f"    url: {site.url('/ar/feed/latest.xml')}\n    site: {site.url('/')}\n    language: ar" in added
    assert "  - name: الفرات بوست\n" in added                       # the title of the feed it found
    assert f"url: {site.url('/news-sitemap.xml')}\n    kind: sitemap" in added
    assert "name: Eastern Agency – Deir ez-Zor" in added and "kind: page" in added
    assert "name: دير الزور الآن" in added and "kind: telegram" in added
    assert "(5 feeds" in monitor("check", "--config", str(config)).stdout

    again = monitor("add-source", site.url("/bbc.xml"), "--config", str(config), check=False)
    assert again.returncode == 2 and "already configured as 'Already here'" in again.stderr
    missing = monitor("add-source", site.url("/nothing-here"), "--config", str(config), check=False)
    assert missing.returncode == 1 and config.read_text(encoding="utf-8") == after


def test_an_entry_that_cannot_be_appended_leaves_the_file_and_says_why(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text('storage:\n  path: archive.db\nfeeds: [{name: one, url: "https://one.example/feed"}]\n',
                      encoding="utf-8")
    before = config.read_bytes()
    opml = tmp_path / "more.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body>'
                    '<outline text="two" xmlUrl="https://two.example/feed"/></body></opml>', encoding="utf-8")

    result = monitor("import-opml", str(opml), "--config", str(config), check=False)

    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "line 3: feeds: written as a flow list" in result.stderr
    assert config.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml", "more.opml"]


def test_import_then_export_opml_round_trips_url_and_site(site, tmp_path):
    serve_outlet(site)
    opml = tmp_path / "outlets.opml"
    opml.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>outlets</title></head><body>
  <outline text="Local press">
    <!-- unconfirmed: feed address inferred from site conventions -->
    <outline text="الفرات بوست" title="Euphrates Post" type="rss" xmlUrl="{site.url('/feed/')}"
             htmlUrl="{site.url('/')}" language="ar"/>
    <outline text="Already" title="Already here" type="rss" xmlUrl="{site.url('/ar/feed/latest.xml')}"/>
  </outline>
</body></opml>""", encoding="utf-8")
    config = shipped_config(tmp_path, f"feeds:\n  - name: Already here\n    url: {site.url('/ar/feed/latest.xml')}\n")

    result = monitor("import-opml", str(opml), "--config", str(config))

    assert "1 sources added" in result.stdout and "1 already configured" in result.stdout
    assert f"  - name: Euphrates Post\n    url: {site.url('/feed/')}\n    site: {site.url('/')}\n    language: ar\n" \
        in config.read_text(encoding="utf-8")
    exported = monitor("export-opml", "--config", str(config)).stdout
    outlines = {o.get("title"): o.attrib for o in ElementTree.fromstring(exported.encode()).iter("outline")}
    assert outlines["Euphrates Post"]["xmlUrl"] == site.url("/feed/")
    assert outlines["Euphrates Post"]["htmlUrl"] == site.url("/")
    assert "htmlUrl" not in outlines["Already here"]
    # The guess fails (404); discovery from the imported htmlUrl finds the real feed.
    monitor("once", "--config", str(config))
    db = open_archive(tmp_path / "archive.db")
    assert next(db.query("SELECT discovered_url FROM feeds WHERE name = 'Euphrates Post'"))["discovered_url"] == \
        site.url("/ar/feed/latest.xml")


def test_check_online_says_what_every_source_is(site, tmp_path):
    serve_outlet(site)
    serve_sitemaps(site)
    config = write_config(tmp_path / "config.yaml", [
        {"name": "guess", "url": site.url("/feed/"), "site": site.url("/")},
        {"name": "sitemap", "url": site.url("/news-sitemap.xml")},
        {"name": "gone", "url": site.url("/gone.xml")}])

    result = monitor("check", "--online", "--config", str(config), check=False)

    assert result.returncode == 1, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:] if line.strip()}
    assert "feed (2 entries) at " + site.url("/ar/feed/latest.xml") in lines["guess"]
    assert "news sitemap" in lines["sitemap"]
    assert "HTTP 404" in lines["gone"]
    assert "3 sources fetched: 1 failing" in result.stdout
    assert not (tmp_path / "archive.db").exists()          # a probe archives nothing


def test_an_archive_of_an_older_monitor_gets_the_new_feeds_columns_on_open(tmp_path):
    old = tmp_path / "old.db"
    import sqlite3

    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE feeds (id INTEGER PRIMARY KEY NOT NULL, name TEXT, url TEXT, interval_s FLOAT)")
        conn.execute("INSERT INTO feeds (name, url, interval_s) VALUES ('f', 'https://a.example/feed', 900)")

    db = open_db(old)

    columns = db["feeds"].columns_dict
    assert {"kind", "site", "links", "discovered_url", "discovered_from", "interval_reason"} <= set(columns)
    assert db["feeds"].get(1)["url"] == "https://a.example/feed"


def test_run_logs_the_feeds_an_interrupted_crawl_never_polled_once_as_not_polled(site, tmp_path):
    """One request at a time and every feed hangs: at SIGTERM one is in flight, two never left the queue."""
    asked, release = threading.Event(), threading.Event()

    def hanging(handler) -> int:
        asked.set()
        release.wait(60)
        return 200

    feeds = [{"name": name, "url": site.add(f"/{name}.xml", b"", handler=hanging)} for name in ("one", "two", "three")]
    # The request in flight at SIGTERM ends by its download timeout, which the shutdown waits for.
    config = write_config(tmp_path / "config.yaml", feeds, fetch={"timeout": "5s", "concurrency": 1})
    daemon = start_daemon(config)
    try:
        assert asked.wait(60)
    finally:
        output = interrupt(daemon, release)
    assert daemon.returncode == 0, output
    assert "poll feed=two" not in output and "poll feed=three" not in output, output
    assert output.count("feeds not polled (interrupted)") == 1, output
    assert "2 feeds not polled (interrupted)" in output, output


def test_the_daemon_reschedules_a_source_whose_poll_set_an_adaptive_interval(site, tmp_path):
    """default_interval 15m, but the feed published nothing this week: max_interval (2s) from its first poll."""
    site.add("/a/1", b"<html><body><article><p>" + b"Old news from the valley. " * 20 + b"</p></article></body></html>")
    site.add("/old.xml", rss([{"title": "old", "link": site.url("/a/1")}]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "old news", "url": site.url("/old.xml")}])
    config.write_text(config.read_text().replace("  reload_check: 0.5s\n", "  reload_check: 0.5s\n"
                                                 "  min_interval: 1s\n  max_interval: 2s\n"))
    daemon = start_daemon(config)
    try:
        wait_for(lambda: len(site.hits("/old.xml")) >= 4, timeout=60)
    finally:
        interrupt(daemon)
    row = next(open_archive(tmp_path / "archive.db").query("SELECT interval_s, interval_reason FROM feeds"))
    assert row == {"interval_s": 2.0, "interval_reason": "adaptive: nothing published in 7 days; max_interval 2s"}


def test_config_errors_of_sources_name_the_field_and_line(tmp_path):
    config = write_config(tmp_path / "config.yaml", [
        {"name": "links on a feed", "url": "https://a.example/feed", "links": "article a"},
        {"name": "bad kind", "url": "https://b.example/", "kind": "podcast"},
        {"name": "bad selector", "url": "https://c.example/latest", "kind": "page", "links": "div[[a"}])
    config.write_text(config.read_text().replace("  reload_check: 0.5s\n", "  reload_check: 0.5s\n"
                                                 "  min_interval: 2h\n  max_interval: 1h\n"))

    result = monitor("check", "--config", str(config), check=False)

    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert any("line 7: schedule: Value error, min_interval is longer than max_interval" in line for line in lines)
    assert any("line 16: feeds[0]: Value error, `links` only applies to kind: page" in line for line in lines)
    assert any("line 21: feeds[1].kind: Input should be 'feed', 'site', 'sitemap', 'page' or 'telegram'" in line
               for line in lines)
    assert any("line 25: feeds[2].links: Value error, 'div[[a' is neither valid CSS nor XPath" in line for line in lines)


def test_add_source_counts_in_words_and_records_the_language_the_feed_declares(site, tmp_path):
    feed = rss([{"title": "a", "link": site.url("/a/1")}], title="Syria Today").replace(
        "<description>fixture</description>", "<description>fixture</description><language>ar-SY</language>")
    site.add("/one.xml", feed, "application/rss+xml")
    config = shipped_config(tmp_path)
    said = monitor("add-source", site.url("/one.xml"), "--config", str(config)).stdout
    assert "feed (1 entry); language ar-SY" in said
    assert f"  - name: Syria Today\n    url: {site.url('/one.xml')}\n    language: ar\n" in config.read_text()
