"""SIGKILL at any moment: what was committed stays, nothing is archived twice, the cut poll is redone."""

from __future__ import annotations

import random
import subprocess
import threading
import time
from pathlib import Path

import pytest

from conftest import (FixtureSite, archive_ready, article_page, monitor, open_archive, rss, start_daemon, start_monitor,
                      wait_for, write_config)

RSS_CT = "application/rss+xml"


def serve_page(handler, body: bytes) -> int:
    try:
        FixtureSite._respond(handler, 200, body, "text/html; charset=utf-8", {})
    except OSError:
        pass  # the crawler was killed mid-answer
    return 200


def archive_rows(db_path: Path) -> dict[str, dict]:
    if not archive_ready(db_path):
        return {}
    return {row["url"]: row for row in open_archive(db_path).query(
        "SELECT url, link, feed_id, title, body, content_hash, fetched_at FROM articles")}


def test_kill_while_an_article_page_is_slow_then_the_poll_is_redone(site, tmp_path):
    site.add("/a0", article_page(0))
    site.add("/feed.xml", rss([{"title": "a0", "link": site.url("/a0")}]), RSS_CT)
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    db_path = tmp_path / "archive.db"
    monitor("once", "--config", str(config))
    first_etag = open_archive(db_path)["feeds"].get(1)["etag"]
    # The feed now lists a fast page and one that hangs until released.
    asked, release = threading.Event(), threading.Event()

    def hanging_page(handler) -> int:
        asked.set()
        release.wait(60)
        return serve_page(handler, article_page(2))

    site.add("/a1", article_page(1))
    site.add("/a2", b"", handler=hanging_page)
    site.add("/feed.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")} for n in range(3)]), RSS_CT)
    process = start_monitor("once", "--config", str(config), stdout=subprocess.DEVNULL)
    try:
        wait_for(lambda: asked.is_set() and site.url("/a1") in archive_rows(db_path), timeout=60)
    finally:
        process.kill()
        process.wait()
        release.set()
    # The new ETag was not stored: it would turn the next poll into a 304 that hides /a2 for good.
    assert open_archive(db_path)["feeds"].get(1)["etag"] == first_etag
    wait_for(lambda: site.hits("/a2"))   # the released handler logs its (unanswered) request
    site.requests.clear()

    monitor("once", "--config", str(config))

    assert set(archive_rows(db_path)) == {site.url(f"/a{n}") for n in range(3)}
    assert [status for _, _, _, status in site.hits("/feed.xml")] == [200]
    assert [path for _, path, _, _ in site.requests if path.startswith("/a")] == ["/a2"]
    feed = open_archive(db_path)["feeds"].get(1)
    assert feed["articles_found"] == 3 and feed["etag"] != first_etag


@pytest.mark.parametrize("rounds", [4, pytest.param(25, marks=pytest.mark.slow)])
def test_random_kills_of_the_daemon_lose_and_duplicate_nothing(site, tmp_path, rounds):
    """Each round the feeds grow and the daemon is SIGKILLed at a random moment; then compare."""
    rng = random.Random(rounds)
    feeds = ("alpha", "beta", "gamma")
    config = write_config(tmp_path / "config.yaml",
                          [{"name": name, "url": site.url(f"/{name}.xml"), "interval": "1s"} for name in feeds])
    db_path = tmp_path / "archive.db"

    def publish(generation: int) -> None:
        """Feed *name* lists one article per generation so far; pages answer after a random pause."""
        for index, name in enumerate(feeds):
            for g in range(generation + 1):
                path = f"/{name}/{g}"
                body = article_page(1000 * index + g)
                site.add(path, b"", handler=lambda h, body=body: time.sleep(rng.uniform(0, 0.3)) or serve_page(h, body))
            site.add(f"/{name}.xml", rss([{"title": f"{name} {g}", "link": site.url(f"/{name}/{g}")}
                                          for g in range(generation + 1)]), RSS_CT)

    committed: dict[str, dict] = {}
    with open(tmp_path / "daemon.log", "w") as log:
        for generation in range(rounds):
            publish(generation)
            daemon = start_daemon(config, stdout=log)
            time.sleep(rng.uniform(1.0, 4.0))
            daemon.kill()
            daemon.wait()
            rows = archive_rows(db_path)
            assert all(rows.get(url) == row for url, row in committed.items())   # nothing lost or changed
            committed.update(rows)
        daemon = start_daemon(config, stdout=log)
        try:
            expected = len(feeds) * rounds
            wait_for(lambda: len(archive_rows(db_path)) >= expected, timeout=120)
        finally:
            daemon.terminate()
            daemon.wait(timeout=30)

    clean = tmp_path / "clean"
    clean.mkdir()
    monitor("once", "--config", str(write_config(clean / "config.yaml", [
        {"name": name, "url": site.url(f"/{name}.xml")} for name in feeds])))
    archive = open_archive(db_path)
    rows = archive_rows(db_path)
    assert set(rows) == set(archive_rows(clean / "archive.db"))
    assert all(rows[url] == row for url, row in committed.items())
    assert all(row["title"] and row["body"] and row["content_hash"] for row in rows.values())
    assert next(archive.query("SELECT count(DISTINCT link) AS n FROM articles"))["n"] == len(rows)
    found = {row["id"]: row["articles_found"] for row in archive.query("SELECT id, articles_found FROM feeds")}
    per_feed = {row["feed_id"]: row["n"] for row in archive.query(
        "SELECT feed_id, count(*) AS n FROM articles GROUP BY feed_id")}
    assert found == per_feed
    assert next(archive.query("PRAGMA integrity_check"))["integrity_check"] == "ok"
    print(f"{rounds} kills; {len(committed)} articles committed before the last kill, {len(rows)} in the end")
