"""`monitor run` follows interval edits and new sources at once; `monitor poll` polls now."""

from __future__ import annotations

import re

from test_daemon import count, seconds, tail

from conftest import article_page, free_port, monitor, open_archive, rss, start_daemon, stop, wait_for, write_config


def save(config, feeds: list[dict]) -> None:
    """The edited config written beside and moved into place, as editors save: the daemon
    never reads it half written."""
    write_config(config.with_name("draft.yaml"), feeds).replace(config)


def feed_row(db, name: str) -> dict:
    return next(open_archive(db).query("SELECT * FROM feeds WHERE name = ?", [name]))


def test_interval_edit_new_source_and_monitor_poll_take_effect_at_once(site, tmp_path):
    for n, name in enumerate(("one", "two", "three")):
        site.add(f"/a{n}", article_page(n))
        site.add(f"/{name}.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")}]), "application/rss+xml")
    feeds = [{"name": name, "url": site.url(f"/{name}.xml"), "interval": "1h"} for name in ("one", "two")]
    config = write_config(tmp_path / "config.yaml", feeds)
    db = tmp_path / "archive.db"
    daemon = start_daemon(config)
    lines = tail(daemon)
    try:
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 2, timeout=60)
        assert any(re.search(r"feed one: next poll \S+ \(in 0s\): never polled; then every 1h", line) for line in lines)
        # An hour from the poll's start, logged a moment later: "59m59s", or "1h" within half a second.
        wait_for(lambda: any(re.search(r"feed one: next poll \S+ \(in (59m|1h\))", line) for line in lines), timeout=30)
        last_polled = seconds(feed_row(db, "one")["last_polled_at"])

        # A broken edit is named at its line, shown with its neighbours; the last good config stays.
        config.with_name("draft.yaml").write_text(config.read_text().replace("  jitter: 0s", "  jitter: [0s"))
        config.with_name("draft.yaml").replace(config)
        wait_for(lambda: any("config not reloaded" in line for line in lines), timeout=30)

        # The interval edited from 1h to 3s: the next poll is 3s after the last one, not an hour.
        feeds[0]["interval"] = "3s"
        save(config, feeds)
        wait_for(lambda: any("feed one: next poll" in line and "interval changed from 1h" in line
                             for line in lines), timeout=30)
        assert seconds(feed_row(db, "one")["next_poll_at"]) <= last_polled + 3
        wait_for(lambda: len(site.hits("/one.xml")) >= 3, timeout=30)
        assert len(site.hits("/two.xml")) == 1

        # `monitor poll two`: the daemon takes the request and polls it now.
        result = monitor("poll", "two", "--config", str(config))
        assert "the running daemon polls 1 source now" in result.stdout
        wait_for(lambda: len(site.hits("/two.xml")) == 2, timeout=30)
        wait_for(lambda: any(re.search(r"feed two: next poll \S+ \(in (59m|1h\))", line) for line in lines[-50:]),
                 timeout=30)

        # A source added to the file is polled at once, although its interval is an hour.
        save(config, feeds + [{"name": "three", "url": site.url("/three.xml"), "interval": "1h"}])
        wait_for(lambda: count(db, "SELECT count(*) AS n FROM articles") == 3, timeout=30)
    finally:
        stop(daemon)     # SIGTERM: a clean stop exits 0
    output = "".join(lines)
    print(output)
    assert daemon.returncode == 0
    assert "line 9: (yaml): expected ',' or ']', but got ':'" in output
    assert re.search(r"^ +> +9 \|   jitter: \[0s$", output, re.M)
    assert re.search(r"^ +10 \|   reload_check: 0.5s   <- the parser gave up here$", output, re.M)
    assert "config reloaded (valid again): 2 feeds\n  sources changed: one (interval 3600.0 -> 3.0)\n" in output
    assert "config reloaded: 3 feeds\n  sources added: three\n" in output
    assert "feed two: polled now, as `monitor poll` asked" in output
    assert re.search(r"feed three: next poll \S+ \(in 0s\): new source, polled now", output)

    # No daemon running: `monitor poll` polls here and prints what came of it.
    polls = len(site.hits("/two.xml"))
    result = monitor("poll", "two", "--config", str(config))
    assert "no daemon took the request: polling here" in result.stderr
    assert re.search(r"two\s+304\s+0", result.stdout) and len(site.hits("/two.xml")) == polls + 1
    assert feed_row(db, "two")["poll_requested_at"] is None

    unknown = monitor("poll", "tow", "--config", str(config), check=False)
    assert unknown.returncode == 2 and "no enabled source named 'tow'; did you mean 'two'?" in unknown.stderr


def test_a_source_that_never_answers_is_logged_as_such(tmp_path):
    config = write_config(tmp_path / "config.yaml", [{"name": "gone", "url": f"http://127.0.0.1:{free_port()}/feed.xml"}])
    result = monitor("once", "--config", str(config))
    assert re.search(r"poll feed=gone no answer new=0 error=\S", result.stderr), result.stderr
    assert "None" not in result.stderr
