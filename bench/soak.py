"""Steady memory: one `monitor run` process, 200 poll cycles of changing loopback feeds, RSS start vs end.

    python bench/soak.py [CYCLES] [FEEDS]     # default 200 cycles over 4 feeds, interval 1s

The shipped config (watchlists, gazetteer, rules) with worker processes (extract.workers 0);
each feed on its own loopback address lists one more article at each fetch (a window of
the latest 20), so every cycle archives FEEDS new articles through the whole pipeline.
Memory is read with psutil after the first cycle, after a warm-up of 10 cycles, and at the
end: the crawl process's RSS and the PSS of it and its workers together. Goal: end/warm-up
ratio close to 1 (no growth per cycle).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from common import ENV, FixtureSite, article_page, outlets, rss, shipped_config, tree_memory

WARM_UP = 10


def growing_feed(site: FixtureSite, name: str, cycles: int) -> str:
    """A feed that lists one more article each time it is fetched."""
    fetched = [0]

    def handler(request) -> int:
        fetched[0] += 1
        newest = min(fetched[0], cycles + WARM_UP)
        items = [{"title": f"{name} {n}", "link": site.url(f"/{name}/{n}")} for n in range(max(0, newest - 20), newest)]
        site._respond(request, 200, rss(items).encode(), "application/rss+xml", {})
        return 200

    for n in range(cycles + WARM_UP):
        site.add(f"/{name}/{n}", article_page(n))
    return site.add(f"/{name}.xml", b"", handler=handler)


def main(cycles: int, feeds: int) -> None:
    sites = outlets(feeds)
    urls = [growing_feed(site, "feed", cycles) for site in sites]
    with tempfile.TemporaryDirectory() as tmp:
        config = shipped_config(Path(tmp) / "config.yaml", urls, workers=0, interval="1s")
        daemon = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(config)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        process = psutil.Process(daemon.pid)
        samples = {}
        started = time.monotonic()
        try:
            for mark in (1, WARM_UP, cycles):
                while len(sites[0].hits("/feed.xml")) < mark:
                    if daemon.poll() is not None:
                        raise SystemExit(f"monitor run exited with {daemon.returncode}")
                    time.sleep(0.1)
                samples[mark] = tree_memory(process)
        finally:
            daemon.terminate()
            daemon.wait(timeout=60)
            for site in sites:
                site.close()
        seconds = time.monotonic() - started
        archived = subprocess.run([sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1])"
                                   ".execute('select count(*) from articles').fetchone()[0])", str(Path(tmp) / "bench.db")],
                                  capture_output=True, text=True).stdout.strip()
    print(f"{cycles} cycles x {feeds} feeds (one per loopback address) in one `monitor run` with the shipped config, "
          f"extract.workers 0 ({seconds:.0f}s), {archived} articles archived")
    for label, which in (("RSS of the crawl process", 0), ("PSS of all its processes (workers included)", 1)):
        mib = {mark: memory[which] / 2**20 for mark, memory in samples.items()}
        print(f"{label}: cycle 1 {mib[1]:.1f} MiB, cycle {WARM_UP} {mib[WARM_UP]:.1f} MiB, cycle {cycles} "
              f"{mib[cycles]:.1f} MiB; growth after warm-up {mib[cycles] - mib[WARM_UP]:+.1f} MiB, "
              f"ratio end/warm-up {mib[cycles] / mib[WARM_UP]:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200, int(sys.argv[2]) if len(sys.argv) > 2 else 4)
