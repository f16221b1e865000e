"""Faults of the machine, not of a source: a full disk, a second writer, a killed daemon, a
read-only or damaged archive. Each goes through the real CLI on loopback."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest

from conftest import (archive_ready, article_page, monitor, open_archive, rss, serve_config, start_daemon,
                      start_serve, stop, wait_for, write_config)

RSS_CT = "application/rss+xml"


@contextmanager
def small_disk(path: Path, size: str):
    """A real filesystem of *size* (tmpfs) mounted at *path*; skipped where mounting is not allowed."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a full disk needs a tmpfs of its own, which only root can mount")
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def fill(disk: Path, spare: int = 0) -> Path:
    """Write a filler file until the filesystem is full, then free *spare* bytes; returns it
    (delete it to free the space)."""
    filler = disk / "filler"
    chunk = b"\0" * 4096
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError:
            pass
        handle.truncate(handle.tell() - spare)
    return filler


def publish_with_copies(site, count: int) -> None:
    """A feed of *count* articles and a copy of each (same body, another URL): the copies wait
    in dedup for their first copy, the path that hung when the first copy's write failed."""
    for n in range(count):
        site.add(f"/a{n}", article_page(n))
        site.add(f"/copy{n}", article_page(n))
    site.add("/feed.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")} for n in range(count)]
                              + [{"title": f"copy {n}", "link": site.url(f"/copy{n}")} for n in range(count)]), RSS_CT)


def test_a_full_disk_ends_the_poll_and_a_later_poll_archives_everything(site, tmp_path):
    with small_disk(tmp_path / "disk", "3m") as disk:
        config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                              db=str(disk / "archive.db"))
        site.add("/feed.xml", rss([]), RSS_CT)
        monitor("once", "--config", str(config))          # the archive and its feed row exist
        publish_with_copies(site, 15)
        filler = fill(disk, spare=96 * 1024)   # room to open the archive, none for 30 articles

        full = monitor("once", "--config", str(config), check=False, timeout=120)

        assert full.returncode == 1, full.stderr
        assert "disk is full" in full.stderr
        # Once per batch, not a traceback per article.
        assert full.stderr.count("archive write failed for") < 15 and "Traceback" not in full.stderr
        assert open_archive(disk / "archive.db")["articles"].count == 0
        filler.unlink()

        monitor("once", "--config", str(config))

        db = open_archive(disk / "archive.db")
        assert db["articles"].count == 30
        assert db.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0] == 15
        assert db["feeds"].get(1)["etag"] is not None


def test_a_second_writer_is_refused_and_a_killed_holder_leaves_no_lock(site, tmp_path):
    site.add("/feed.xml", rss([{"title": "a0", "link": site.url("/a0")}]), RSS_CT)
    site.add("/a0", article_page(0))
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    db_path = tmp_path / "archive.db"
    daemon = start_daemon(config)
    try:
        wait_for(lambda: archive_ready(db_path) and open_archive(db_path)["articles"].count == 1)
        for command in ("once", "run"):
            second = monitor(command, "--config", str(config), check=False, timeout=60)
            assert second.returncode == 2
            assert str(db_path.resolve()) in second.stderr and f"pid {daemon.pid}" in second.stderr
        # Readers are not writers.
        assert "f" in monitor("feeds", "--config", str(config)).stdout
        process, base = start_serve(serve_config(tmp_path))
        try:
            with urllib.request.urlopen(base + "/articles.json", timeout=10) as response:
                assert response.status == 200
        finally:
            stop(process)
    finally:
        daemon.kill()
        daemon.wait()

    assert monitor("once", "--config", str(config)).returncode == 0


def test_workers_forkserver_and_resource_tracker_die_with_a_killed_daemon(site, tmp_path):
    site.add("/feed.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")} for n in range(3)]), RSS_CT)
    for n in range(3):
        site.add(f"/a{n}", article_page(n))
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    db_path = tmp_path / "archive.db"
    daemon = start_daemon(config, stdout=subprocess.DEVNULL)
    try:
        wait_for(lambda: archive_ready(db_path) and open_archive(db_path)["articles"].count == 3)
        children = psutil.Process(daemon.pid).children(recursive=True)
        commands = [" ".join(child.cmdline()) for child in children]
        assert any("forkserver" in c for c in commands) and any("resource_tracker" in c for c in commands)
        assert len(children) >= 3     # forkserver, resource tracker, a worker
    finally:
        daemon.send_signal(signal.SIGKILL)
        daemon.wait()

    gone, alive = psutil.wait_procs(children, timeout=30)
    assert alive == []


def test_a_damaged_archive_is_named_and_no_command_runs_on_it(site, tmp_path):
    site.add("/feed.xml", rss([]), RSS_CT)
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    (tmp_path / "archive.db").write_bytes(os.urandom(64 * 1024))
    for command in ("once", "feeds", "run"):
        result = monitor(command, "--config", str(config), check=False, timeout=60)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "archive.db is damaged or not an SQLite database" in result.stderr
        assert "Traceback" not in result.stderr


def damage_pages(db_path: Path) -> None:
    """Overwrite every page after the first (the schema stays readable; the tables do not)."""
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xa5" * (size - 4096))


def test_serve_answers_a_clear_page_for_a_damaged_archive(site, tmp_path):
    site.add("/feed.xml", rss([{"title": "a0", "link": site.url("/a0")}]), RSS_CT)
    site.add("/a0", article_page(0))
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    monitor("once", "--config", str(config))
    process, base = start_serve(serve_config(tmp_path))
    try:
        damage_pages(tmp_path / "archive.db")
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(base + "/articles", timeout=10)
        page = answer.value.read().decode()
        assert answer.value.code == 503
        assert "archive" in page and "damaged" in page and "Traceback" not in page
    finally:
        stop(process)


def test_a_read_only_archive_is_named_and_still_served(site, tmp_path):
    site.add("/feed.xml", rss([{"title": "a0", "link": site.url("/a0")}]), RSS_CT)
    site.add("/a0", article_page(0))
    with small_disk(tmp_path / "disk", "8m") as disk:
        config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                              db=str(disk / "archive.db"))
        monitor("once", "--config", str(config))
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for command in ("once", "feeds", "run"):
            result = monitor(command, "--config", str(config), check=False, timeout=60)
            assert result.returncode == 2, (command, result.stdout, result.stderr)
            assert "read-only" in result.stderr and "archive.db" in result.stderr
            assert "Traceback" not in result.stderr
        process, base = start_serve(config)
        try:
            with urllib.request.urlopen(base + "/articles.json?_shape=array", timeout=10) as response:
                assert response.status == 200 and b"a0" in response.read()
        finally:
            stop(process)


@pytest.mark.slow
def test_reading_a_large_config_does_not_stop_polling(site, tmp_path):
    """A 30,000-term watchlist takes seconds to read and check: the daemon polls meanwhile."""
    from conftest import watchlists_config

    site.add("/feed.xml", rss([]), RSS_CT)
    site.add("/added.xml", rss([]), RSS_CT)
    bulk = "  bulk:\n    description: many terms\n    terms:\n" + "".join(
        f"      - term: watchterm{n:06d} near the river\n        variants: [variant{n:06d}]\n" for n in range(30_000))
    feed = {"name": "f", "url": site.url("/feed.xml"), "interval": "1s"}
    config = write_config(tmp_path / "config.yaml", [feed], extra=watchlists_config() + bulk)
    with open(tmp_path / "daemon.log", "w") as log:
        daemon = start_daemon(config, stdout=log)
        try:
            wait_for(lambda: len(site.hits("/feed.xml")) >= 2, timeout=300)
            before = len(site.requests)
            write_config(config, [feed, {"name": "added", "url": site.url("/added.xml")}],
                         extra=watchlists_config() + bulk)
            wait_for(lambda: site.hits("/added.xml"), timeout=600)
        finally:
            stop(daemon)
    paths = [path for _, path, _, _ in site.requests[before:]]
    polled_while_reading = paths[:paths.index("/added.xml")].count("/feed.xml")
    assert polled_while_reading >= 2, (tmp_path / "daemon.log").read_text()[-2000:]
