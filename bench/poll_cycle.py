"""One poll cycle over 10,000 unchanged feeds on several loopback addresses: seconds and bodies downloaded.

    python bench/poll_cycle.py [FEEDS] [OUTLETS]    # default 10000 feeds on 8 addresses (127.0.0.2 …)

The shipped config.yaml (watchlists, gazetteer, rules) with its feeds replaced by an OPML
source listing the 10,000 (as a list that long is kept); no
politeness delay (10,000 feeds of 8 hosts would wait on it, not on us). A first cycle
archives each outlet's 10 articles; the second is timed: every feed answers 304 to its
conditional GET, so no article page may be fetched again. Goal: < 60 s, 0 bodies.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import outlets, rss, run_measured, shipped_config


def main(feeds: int, outlet_count: int) -> None:
    sites = outlets(outlet_count)
    try:
        urls = []
        for site in sites:
            for k in range(10):
                site.add(f"/a/{k}", f"<html><body><article><p>{'Article text. ' * 40}{site.host} {k}</p>"
                                    "</article></body></html>")
        for n in range(feeds):
            site = sites[n % outlet_count]
            urls.append(site.add(f"/feed/{n}.xml", rss([{"title": f"a{k}", "link": site.url(f"/a/{k}")}
                                                        for k in (n % 10, (n + 1) % 10)]), "application/rss+xml"))
        with tempfile.TemporaryDirectory() as tmp:
            config = shipped_config(Path(tmp) / "config.yaml", urls, opml=True)
            prime = run_measured(["once", "--config", str(config)])
            for site in sites:
                site.requests.clear()
            cycle = run_measured(["once", "--config", str(config)])
        statuses = [status for site in sites for _, path, _, status in site.requests if path.startswith("/feed/")]
        bodies = sum(1 for site in sites for _, path, _, _ in site.requests if path.startswith("/a/"))
    finally:
        for site in sites:
            site.close()
    print(f"feeds: {feeds} on {outlet_count} loopback addresses, shipped config.yaml, feeds from OPML; first cycle {prime.seconds:.1f}s "
          f"(archives {10 * outlet_count} articles)")
    print(f"unchanged cycle: {cycle.seconds:.1f}s (process start-up included; reactor CPU {cycle.reactor_cpu:.1f}s), "
          f"feed answers 304: {statuses.count(304)}/{len(statuses)}, article bodies downloaded: {bodies}  "
          "(goal < 60 s, 0 bodies)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000, int(sys.argv[2]) if len(sys.argv) > 2 else 8)
