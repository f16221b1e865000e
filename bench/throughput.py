"""End-to-end articles/s of `monitor once` against bare trafilatura.extract, same pages, same run.

    python bench/throughput.py [N]        # N pages served on loopback (default 480)

Goal: ratio >= 0.8, i.e. everything but extraction is nearly free (the pipeline may use
every core for extraction; the baseline is trafilatura on one core, as a script would).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

from common import FixtureSite, real_pages, rss, run_once, write_config


def main(n: int) -> None:
    # Canonical tags out: each copy must stay its own article, as N distinct pages would be.
    pages = [re.sub(rb"<link[^>]+rel=[\"']?canonical[^>]*>", b"", page, flags=re.I) for page in real_pages()]
    html = [pages[k % len(pages)] + f"<!-- copy {k} -->".encode() for k in range(n)]

    started = time.perf_counter()
    for page in html:
        trafilatura.extract(page)
    baseline = n / (time.perf_counter() - started)

    site = FixtureSite()
    try:
        for k, page in enumerate(html):
            site.add(f"/p/{k}.html", page)
        feed = site.add("/feed.xml", rss([{"title": f"p{k}", "link": site.url(f"/p/{k}.html")} for k in range(n)]),
                        "application/rss+xml")
        with tempfile.TemporaryDirectory() as tmp:
            seconds = run_once(write_config(Path(tmp) / "config.yaml", [feed]))
    finally:
        site.close()
    monitor_rate = n / seconds
    print(f"pages: {n} (real news pages, mean {sum(map(len, html)) / n / 1024:.0f} KiB)")
    print(f"trafilatura.extract, one core:  {baseline:7.1f} articles/s")
    print(f"monitor once, end to end:       {monitor_rate:7.1f} articles/s ({seconds:.1f}s incl. start-up)")
    print(f"ratio: {monitor_rate / baseline:.2f}  (goal >= 0.8)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 480)
