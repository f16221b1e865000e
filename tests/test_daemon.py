"""`monitor run`: one long-lived process that polls on schedule and follows config edits."""

from __future__ import annotations

import signal
import threading

from conftest import article_page, open_archive, rss, start_daemon, wait_for, write_config


def tail(daemon) -> list[str]:
    """The daemon's output lines, growing as it writes them (read by a background thread)."""
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(daemon.stdout.readline, "")), daemon=True).start()
    return lines


def reloads(lines: list[str]) -> int:
    return sum("config reloaded" in line for line in list(lines))


def count(db_path, sql: str) -> int:
    if not db_path.exists():
        return 0
    return next(open_archive(db_path).query(sql))["n"]


def test_daemon_picks_up_a_feed_added_while_it_runs_and_stops_on_sigterm(site, tmp_path):
    for n in range(4):
        site.add(f"/a{n}", article_page(n))
    site.add("/one.xml", rss([{"title": "a0", "link": site.url("/a0")}, {"title": "a1", "link": site.url("/a1")}]),
             "application/rss+xml")
    site.add("/two.xml", rss([{"title": "a2", "link": site.url("/a2")}, {"title": "a3", "link": site.url("/a3")}]),
             "application/rss+xml")
    feeds = [{"name": "one", "url": site.url("/one.xml"), "interval": "1s"}]
    config = write_config(tmp_path / "config.yaml", feeds)
    db = tmp_path / "archive.db"
    daemon = start_daemon(config)
    try:
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 2, timeout=60)
        wait_for(lambda: len(site.hits("/one.xml")) >= 3, timeout=30)      # polled again and again

        write_config(config, feeds + [{"name": "two", "url": site.url("/two.xml"), "interval": "1s"}])
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 4, timeout=30)

        daemon.send_signal(signal.SIGTERM)
        output, _ = daemon.communicate(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()
            print(daemon.communicate()[0])
    print(output)
    assert daemon.returncode == 0, output
    assert "config reloaded" in output
    assert "poll feed=two status=200 new=2" in output
    # Nothing archived twice although each feed was polled many times.
    assert count(db, "SELECT count(DISTINCT url) AS n FROM articles") == 4
    assert len(site.hits("/a0")) == 1


def test_valid_then_invalid_then_valid_edits_and_sighup(site, tmp_path):
    for n in range(3):
        site.add(f"/a{n}", article_page(n))
    for name, n in (("one", 0), ("two", 1), ("three", 2)):
        site.add(f"/{name}.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")}]), "application/rss+xml")
    feeds = [{"name": "one", "url": site.url("/one.xml"), "interval": "1s"}]
    config = write_config(tmp_path / "config.yaml", feeds)
    db = tmp_path / "archive.db"
    daemon = start_daemon(config)
    lines = tail(daemon)
    try:
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 1, timeout=60)
        # valid: a second feed
        feeds.append({"name": "two", "url": site.url("/two.xml"), "interval": "1s"})
        write_config(config, feeds)
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 2, timeout=30)
        # invalid: a typo; polling goes on with the last good config
        config.write_text(config.read_text().replace("feeds:", "feedz:"))
        before = len(site.hits("/two.xml"))
        wait_for(lambda: len(site.hits("/two.xml")) >= before + 2, timeout=30)
        # valid again, and file watching slowed to an hour: from now on only SIGHUP reloads
        config.write_text(config.read_text().replace("feedz:", "feeds:").replace("reload_check: 0.5s",
                                                                                  "reload_check: 1h"))
        wait_for(lambda: reloads(lines) == 2, timeout=30)
        write_config(config, feeds + [{"name": "three", "url": site.url("/three.xml"), "interval": "1s"}])
        config.write_text(config.read_text().replace("reload_check: 0.5s", "reload_check: 1h"))
        before = len(site.hits("/two.xml"))
        wait_for(lambda: len(site.hits("/two.xml")) >= before + 3, timeout=30)
        assert not site.hits("/three.xml") and reloads(lines) == 2
        daemon.send_signal(signal.SIGHUP)
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 3, timeout=30)
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()
    output = "".join(lines)
    print(output)
    assert daemon.returncode == 0
    assert "config not reloaded" in output and "line 13: feedz: Extra inputs are not permitted" in output
    assert reloads(lines) == 3


def test_a_failing_feed_is_skipped_while_it_backs_off(site, tmp_path):
    site.add("/a0", article_page(0))
    site.add("/good.xml", rss([{"title": "a0", "link": site.url("/a0")}]), "application/rss+xml")
    site.add("/busy.xml", b"slow down", "text/plain", status=429, headers={"Retry-After": "3600"})
    site.add("/broken.xml", b"oops", "text/plain", status=500)
    feeds = [{"name": name, "url": site.url(f"/{name}.xml"), "interval": "1s"} for name in ("good", "busy", "broken")]
    config = write_config(tmp_path / "config.yaml", feeds, extra="")
    config.write_text(config.read_text().replace("reload_check: 0.5s", "reload_check: 0.5s\n  max_backoff: 4s"))
    daemon = start_daemon(config)
    try:
        wait_for(lambda: len(site.hits("/good.xml")) >= 10, timeout=60)
        daemon.send_signal(signal.SIGTERM)
        output, _ = daemon.communicate(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()
    assert daemon.returncode == 0, output
    # Retry-After (capped at max_backoff 4s) and 500s doubling 2s, 4s, 4s...: far fewer polls.
    good, busy, broken = (len(site.hits(f"/{name}.xml")) for name in ("good", "busy", "broken"))
    assert busy <= 1 + good // 3 and broken <= 1 + good // 2, (good, busy, broken)   # without: all equal
    row = next(open_archive(tmp_path / "archive.db").query("SELECT * FROM feeds WHERE name = 'broken'"))
    assert row["consecutive_failures"] == broken and row["last_error"] == "HTTP 500"
