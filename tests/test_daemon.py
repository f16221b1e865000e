"""`monitor run`: one long-lived process that polls on schedule and follows config edits."""

from __future__ import annotations

import signal

from conftest import article_page, open_archive, rss, start_daemon, wait_for, write_config


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


def test_invalid_edit_keeps_the_last_good_config(site, tmp_path):
    site.add("/a0", article_page(0))
    site.add("/one.xml", rss([{"title": "a0", "link": site.url("/a0")}]), "application/rss+xml")
    feeds = [{"name": "one", "url": site.url("/one.xml"), "interval": "1s"}]
    config = write_config(tmp_path / "config.yaml", feeds)
    daemon = start_daemon(config)
    try:
        wait_for(lambda: len(site.hits("/one.xml")) >= 1, timeout=60)
        config.write_text(config.read_text().replace("feeds:", "feedz:"))
        before = len(site.hits("/one.xml"))
        wait_for(lambda: len(site.hits("/one.xml")) >= before + 2, timeout=30)   # still polling
        daemon.send_signal(signal.SIGTERM)
        output, _ = daemon.communicate(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()
    assert daemon.returncode == 0
    assert "config not reloaded" in output and "feedz: Extra inputs are not permitted" in output
