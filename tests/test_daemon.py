"""`monitor run`: one long-lived process that polls on schedule and follows config edits."""

from __future__ import annotations

import signal
import threading
from datetime import datetime

from monitor.store import backoff_delay

from conftest import archive_ready, article_page, open_archive, rss, start_daemon, wait_for, write_config


def tail(daemon) -> list[str]:
    """The daemon's output lines, growing as it writes them (read by a background thread)."""
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(daemon.stdout.readline, "")), daemon=True).start()
    return lines


def reloads(lines: list[str]) -> int:
    return sum("config reloaded" in line for line in list(lines))


def seconds(stamp: str) -> int:
    """An ISO 8601 UTC stamp of the archive as whole seconds since the epoch."""
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())


def count(db_path, sql: str) -> int:
    """The ``n`` of *sql*'s first row; 0 while the archive or that row does not exist yet."""
    if not archive_ready(db_path):
        return 0
    row = next(open_archive(db_path).query(sql), None)
    return row["n"] if row else 0


def test_daemon_picks_up_a_feed_added_while_it_runs_and_stops_on_sigterm(site, tmp_path):
    for n in range(5):
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

        # A new entry in a feed it already polls: the next poll (a 200, new ETag) archives it.
        site.add("/one.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")} for n in (0, 1, 4)]),
                 "application/rss+xml")
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 5, timeout=30)

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
    assert count(db, "SELECT count(DISTINCT url) AS n FROM articles") == count(db, "SELECT count(*) AS n FROM articles") == 5
    assert len(site.hits("/a0")) == 1 and len(site.hits("/a4")) == 1


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
    db_path = tmp_path / "archive.db"
    daemon = start_daemon(config)
    try:
        wait_for(lambda: count(db_path, "SELECT consecutive_failures AS n FROM feeds WHERE name = 'broken'") >= 3,
                 timeout=60)
        daemon.send_signal(signal.SIGTERM)
        output, _ = daemon.communicate(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()
    assert daemon.returncode == 0, output
    db = open_archive(db_path)
    feeds = {row["name"]: row for row in db.query("SELECT * FROM feeds")}
    # Retry-After 3600 is capped at max_backoff 4s; 500s double from the 1s interval: 2s, 4s, 4s …
    for name, status, error in (("busy", 429, "HTTP 429 (Retry-After: 3600)"), ("broken", 500, "HTTP 500")):
        row = feeds[name]
        polled = [seconds(row["at"]) for row in db.query("SELECT at FROM fetch_log WHERE url = ? ORDER BY id",
                                                         [site.url(f"/{name}.xml")])]
        assert (row["last_status"], row["last_error"], row["consecutive_failures"]) == (status, error, len(polled))
        assert seconds(row["next_poll_at"]) - seconds(row["last_polled_at"]) == 4
        # The schedule skipped the feed until its next_poll_at: no poll came sooner.
        waits = [backoff_delay(failures, 1, 4, 3600 if name == "busy" else None) for failures in range(1, len(polled))]
        assert all(b - a >= wait for a, b, wait in zip(polled, polled[1:], waits)), (name, polled, waits)
    assert (feeds["good"]["consecutive_failures"], feeds["good"]["last_error"]) == (0, None)


def test_sigterm_after_a_reload_stops_the_crawl_in_progress_and_starts_no_other(site, tmp_path):
    asked, release = [], threading.Event()

    def hanging_page(handler) -> int:
        asked.append(handler.path)
        release.wait(120)
        try:
            site._respond(handler, 200, article_page(len(asked)), "text/html; charset=utf-8", {})
        except OSError:
            pass   # the daemon is gone
        return 200

    pages = [f"/slow{n}" for n in range(10)]
    for path in pages:
        site.add(path, b"", handler=hanging_page)
    site.add("/one.xml", rss([{"title": path, "link": site.url(path)} for path in pages]), "application/rss+xml")
    site.add("/two.xml", rss([]), "application/rss+xml")
    feeds = [{"name": "one", "url": site.url("/one.xml"), "interval": "1s"}]
    fetch, extra = {"timeout": "120s", "concurrency": 2}, "log_level: DEBUG\n"
    config = write_config(tmp_path / "config.yaml", feeds, fetch=fetch, extra=extra)
    daemon = start_daemon(config)
    lines = tail(daemon)
    try:
        wait_for(lambda: len(asked) == 2, timeout=60)            # the crawl waits on two slow pages
        write_config(config, feeds + [{"name": "two", "url": site.url("/two.xml"), "interval": "1s"}], fetch=fetch,
                     extra=extra)
        wait_for(lambda: reloads(lines) == 1, timeout=30)
        # Both feeds come due while the crawl started under the old config is still running.
        for feed_id in (1, 2):
            wait_for(lambda: any(f"feed {feed_id} due: polled after the crawl" in line for line in list(lines)),
                     timeout=30)
        daemon.send_signal(signal.SIGTERM)
        wait_for(lambda: any("shutting down" in line for line in list(lines)), timeout=30)
        release.set()                                             # the two pages in flight answer
        daemon.wait(timeout=60)
    finally:
        release.set()
        if daemon.poll() is None:
            daemon.kill()
    output = "".join(lines)
    print(output)
    assert daemon.returncode == 0
    # The crawl stopped: no page requested after the two in flight (without the fix: all ten) …
    assert len(asked) == 2, asked
    # … and no crawl started after "shutting down" although both feeds were due.
    assert "poll feed=two" not in output[output.index("shutting down"):]
    assert not site.hits("/two.xml") and len(site.hits("/one.xml")) == 1
