"""One poll cycle over 1,000 unchanged feeds on loopback: seconds and bodies downloaded.

    python bench/poll_cycle.py [FEEDS]    # default 1000

Goal: < 10 s and 0 article bodies (every feed answers 304 to the conditional GET).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import FixtureSite, rss, run_once, write_config


def main(feeds: int) -> None:
    site = FixtureSite()
    try:
        for k in range(10):
            site.add(f"/a/{k}", f"<html><body><article><p>{'Article text. ' * 40}{k}</p></article></body></html>")
        urls = [site.add(f"/feed/{n}.xml", rss([{"title": f"a{k}", "link": site.url(f"/a/{k}")}
                                               for k in (n % 10, (n + 1) % 10)]), "application/rss+xml")
                for n in range(feeds)]
        with tempfile.TemporaryDirectory() as tmp:
            config = write_config(Path(tmp) / "config.yaml", urls)
            prime = run_once(config)
            site.requests.clear()
            seconds = run_once(config)
        statuses = [status for _, path, _, status in site.requests if path.startswith("/feed/")]
        bodies = sum(1 for _, path, _, _ in site.requests if path.startswith("/a/"))
    finally:
        site.close()
    print(f"feeds: {feeds}; first cycle {prime:.1f}s (archives 10 articles)")
    print(f"unchanged cycle: {seconds:.1f}s, feed answers 304: {statuses.count(304)}/{len(statuses)}, "
          f"article bodies downloaded: {bodies}  (goal < 10 s, 0 bodies)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
