"""Readers query the archive while the daemon writes: no "database is locked", no half-written rows."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request

from conftest import archive_ready, article_page, rss, start_daemon, wait_for, write_config

ARTICLES = 24
# One snapshot: every article row, and the feeds' counters that the same transaction bumps.
CHECK_SQL = """SELECT (SELECT count(*) FROM articles) AS articles,
                      (SELECT coalesce(sum(articles_found), 0) FROM feeds) AS found,
                      (SELECT count(*) FROM articles WHERE title IS NULL OR body IS NULL OR url IS NULL
                          OR content_hash IS NULL OR fetched_at IS NULL OR feed_id IS NULL) AS incomplete"""


def growing_feed(site, name: str, per_poll: int = 4):
    """A feed that lists *per_poll* more articles each time it is fetched."""
    state = {"listed": 0}

    def handler(request) -> int:
        state["listed"] = min(state["listed"] + per_poll, ARTICLES)
        body = rss([{"title": f"{name} {n}", "link": site.url(f"/{name}/{n}")} for n in range(state["listed"])])
        site._respond(request, 200, body.encode(), "application/rss+xml", {})
        return 200

    for n in range(ARTICLES):
        site.add(f"/{name}/{n}", article_page(n))
    return site.add(f"/{name}.xml", b"", handler=handler)


def sqlite_reader(db_path, stop: threading.Event, seen: list, errors: list) -> None:
    connection = None
    while not stop.is_set():
        try:
            if connection is None:
                if not archive_ready(db_path):
                    time.sleep(0.05)
                    continue
                connection = sqlite3.connect(db_path)   # Python's default 5 s busy timeout, as Datasette
            seen.append(connection.execute(CHECK_SQL).fetchone())
        except sqlite3.Error as error:
            errors.append(f"sqlite: {error}")


def datasette_reader(base: str, stop: threading.Event, seen: list, errors: list) -> None:
    url = f"{base}/archive.json?_shape=array&sql=" + urllib.request.quote(CHECK_SQL)
    while not stop.is_set():
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                row = json.load(response)[0]
            seen.append((row["articles"], row["found"], row["incomplete"]))
        except Exception as error:   # any HTTP error body is the finding itself
            detail = error.read().decode()[:300] if hasattr(error, "read") else ""
            errors.append(f"datasette: {error} {detail}")
            time.sleep(0.2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_readers_never_see_locks_or_half_written_rows(site, tmp_path):
    feeds = [{"name": name, "url": growing_feed(site, name), "interval": "1s"} for name in ("one", "two", "three")]
    config = write_config(tmp_path / "config.yaml", feeds)
    db_path = tmp_path / "archive.db"
    daemon = start_daemon(config, stdout=subprocess.DEVNULL)
    wait_for(lambda: archive_ready(db_path), timeout=60)
    port = free_port()
    datasette = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db_path), "-p", str(port)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop, errors = threading.Event(), []
    direct, served = [], []
    readers = [threading.Thread(target=sqlite_reader, args=(db_path, stop, direct, errors)),
               threading.Thread(target=datasette_reader, args=(f"http://127.0.0.1:{port}", stop, served, errors))]
    try:
        wait_for(lambda: _up(port), timeout=60)
        for reader in readers:
            reader.start()
        wait_for(lambda: direct and direct[-1][0] >= 3 * ARTICLES, timeout=120)
        time.sleep(0.5)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=40)
        daemon.terminate()
        datasette.terminate()
        daemon.wait(timeout=30)
        datasette.wait(timeout=30)
    print(f"{len(direct)} sqlite reads, {len(served)} Datasette reads while {3 * ARTICLES} articles were written")
    assert errors == []
    assert direct and served and direct[-1][0] == 3 * ARTICLES
    for rows in (direct, served):
        assert [row for row in rows if row[0] != row[1] or row[2]] == []
        assert [row[0] for row in rows] == sorted(row[0] for row in rows)


def _up(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).close()
        return True
    except OSError:
        return False
