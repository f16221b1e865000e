"""What keeps the daemon's processes lean: the forkserver's lexicon is built apart and read
back, freed pages go back to the system (a worker reuses them for its next page), and a
page's meta refresh is still followed though the page is no longer decoded whole."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from conftest import ROOT, matching_cases, monitor, open_archive, page, watchlists_config, write_config
from loopback import article_page, rss
from monitor.config import load_config
from monitor.forkserver import lexicon_key

FILLER = "<p>" + "Filler text of a long page that is no article at all. " * 600 + "</p>"   # 33 KB


def refreshing_page(before: str, target: str) -> str:
    """A page whose ``<meta http-equiv="refresh">`` to *target* comes after *before* in its head."""
    return (f'<html><head><title>{before}</title><meta http-equiv="refresh" content="0; url={target}">'
            f"</head><body>{FILLER}</body></html>")


def test_a_meta_refresh_is_followed_from_the_head_of_a_long_page(site, tmp_path):
    pages = {
        "/a/1": refreshing_page("Moved", "/real/1"),
        "/a/2": refreshing_page("ا" * 3000, "/real/2"),   # 6,000 bytes in: still among its first 4,096 characters
        "/a/3": refreshing_page("ا" * 5000, "/real/3"),   # past them: Scrapy reads no further, nor do we
    }
    for path, html in pages.items():
        site.add(path, html.encode("utf-8"))
    for n in (1, 2, 3):
        site.add(f"/real/{n}", article_page(n))
    site.add("/feed.xml", rss([{"title": path, "link": site.url(path)} for path in pages]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "site", "url": site.url("/feed.xml")}])

    monitor("once", "--config", str(config))

    bodies = [row["body"] for row in open_archive(tmp_path / "archive.db").query("SELECT body FROM articles")]
    assert len(bodies) == 3
    assert sum("Paragraph 1 about the Euphrates" in body for body in bodies) == 1
    assert sum("Paragraph 2 about the Euphrates" in body for body in bodies) == 1
    assert sum(body.startswith("Filler text") for body in bodies) == 1      # /a/3, read as it is


# 100 page-sized blocks (300 KB) after one 4 MiB block was freed, all freed but the last:
# how many bytes of them went back to the system. Run as the crawl process runs, and without.
RELEASED = """
import sys
from monitor.memory import return_freed_memory

def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))

if sys.argv[1] == "held":
    return_freed_memory()
block = bytearray(4 << 20)
del block
pages = [bytearray(300_000) for _ in range(100)]
before = rss()
del pages[:-1]
print(before - rss())
"""


def counted(script: str, mode: str) -> int:
    """The number *script* prints, run in a process of its own with *mode* as its argument."""
    run = subprocess.run([sys.executable, "-c", script, mode], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(run.stdout)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the mmap threshold is glibc's")
def test_freed_page_sized_blocks_go_back_to_the_system():
    assert counted(RELEASED, "held") > 25_000_000         # 99 blocks of 300 KB, unmapped as they are freed
    assert counted(RELEASED, "glibc's own") < 5_000_000   # the threshold rose to 4 MiB: holes in the heap, kept


# A worker's pages: 100 times a page-sized block (300 KB) made, written and freed: the page
# faults it took, in a worker's setting and in the crawl process's.
FAULTS = """
import resource, sys
from monitor.memory import return_freed_memory, reuse_page_memory

(reuse_page_memory if sys.argv[1] == "worker" else return_freed_memory)()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(100):
    page = bytearray(300_000)
    del page
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the thresholds are glibc's")
def test_a_worker_reuses_the_memory_of_its_last_page():
    assert counted(FAULTS, "crawl process") > 5_000   # 73 pages of memory mapped anew for each block
    assert counted(FAULTS, "worker") < 500           # the heap's, kept for the next


def test_the_forkserver_keeps_its_lexicon_built_apart_and_replaces_an_unreadable_copy(site, tmp_path):
    strike = next(case for case in matching_cases() if case["id"] == "s01")
    site.add("/a/1", page(strike["title"], strike["body"]))
    site.add("/feed.xml", rss([{"title": strike["title"], "link": site.url("/a/1")}]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "site", "url": site.url("/feed.xml")}],
                          extra=watchlists_config())
    cache = tmp_path / "cache"
    kept = cache / f"lexicon-preload-{lexicon_key(load_config(config))[:32]}.pickle"
    cache.mkdir()
    kept.write_bytes(b"not a pickle")       # a copy that cannot be read: built and kept again

    monitor("once", "--config", str(config), env={"MONITOR_CACHE_DIR": str(cache)})

    assert kept.stat().st_size > 1_000_000
    db = open_archive(tmp_path / "archive.db")
    assert [row["is_strike_report"] for row in db.query("SELECT is_strike_report FROM articles")] == [1]


# Every garbage collection of a process, told by whether *marker* was imported then and
# whether the start-up's objects were frozen: (imported, frozen) -> count, printed at exit.
COLLECTIONS = """
import atexit, collections, gc, sys
seen, marker = collections.Counter(), sys.argv[1]
gc.callbacks.append(lambda phase, info: phase == "stop" and seen.update([(marker in sys.modules,
                                                                           gc.get_freeze_count() > 0)]))
atexit.register(lambda: print(dict(seen), gc.isenabled()))
"""


def collections_in(marker: str, code: str, *args: str, env: dict | None = None) -> tuple[dict, bool]:
    """The collections of ``python -c`` *code* with *args* (see ``COLLECTIONS``), and
    whether it collected at its end."""
    run = subprocess.run([sys.executable, "-c", COLLECTIONS + code, marker, *args], capture_output=True, text=True,
                         timeout=180, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    assert run.returncode == 0, run.stderr
    seen, collecting = run.stdout.splitlines()[-1].rsplit(" ", 1)
    return eval(seen), collecting == "True"


def test_a_crawl_s_start_up_makes_no_garbage_collection_and_its_objects_stay_frozen(site, tmp_path):
    """The imports of `monitor once` (100,000 objects that live as long as the process) set off
    no collection (two full ones cost 0.1 s of CPU before the first request); once the
    reactor runs the crawl collects again, without walking them."""
    site.add("/feed.xml", rss([{"title": f"Article {n}", "link": site.url(f"/a/{n}")} for n in range(3)]),
             "application/rss+xml")
    for n in range(3):
        site.add(f"/a/{n}", article_page(n))
    config = write_config(tmp_path / "config.yaml", [{"name": "site", "url": site.url("/feed.xml")}])

    seen, collecting = collections_in("monitor.cli", "import runpy\nsys.argv = ['monitor', 'once', '--config', "
                                      "sys.argv[2]]\nrunpy.run_module('monitor', run_name='__main__')\n", str(config))

    assert seen.get((True, False), 0) == 0      # none from the CLI's imports until the reactor runs
    assert seen.get((True, True), 0) > 0 and collecting
    assert open_archive(tmp_path / "archive.db").execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_the_forkserver_loads_without_collections_and_its_workers_collect(tmp_path):
    """The forkserver imports the text stack and loads the lexicon without a collection
    (0.17 of its 0.9 s of CPU); its workers fork from it collecting, the shared objects frozen."""
    config = write_config(tmp_path / "config.yaml", [])

    seen, collecting = collections_in("trafilatura", "import monitor.preload\n",
                                      env={"MONITOR_WORKER_CONFIG": str(config),
                                           "MONITOR_CACHE_DIR": str(tmp_path / "cache")})

    assert seen.get((True, False), 0) == 0
    assert collecting


def test_collections_are_held_inside_the_block_and_after_it_as_before():
    """``collections_held`` (around the lexicon's build and its unpickling): none inside, as before after it, held
    still when held before it, and again after an error inside; as a decorator, around each call."""
    import gc

    from monitor.memory import collections_held

    assert gc.isenabled()
    with collections_held():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collections_held():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collections_held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()

    @collections_held()
    def inside() -> bool:
        return gc.isenabled()

    assert (inside(), inside(), gc.isenabled()) == (False, False, True)
