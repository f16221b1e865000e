"""Shared by the benchmarks: the loopback site from tests/, real pages, running the CLI."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from loopback import FixtureSite, article_page, rss  # noqa: E402,F401


def real_pages() -> list[bytes]:
    """The real news pages shipped as test fixtures (HTML bytes)."""
    return [gzip.decompress(p.read_bytes()) for p in sorted((ROOT / "tests/fixtures/pages").glob("*.html.gz"))]


def write_config(path: Path, feed_urls: list[str], workers: int = 0, interval: str | None = None) -> Path:
    every = f"    interval: {interval}\n" if interval else ""
    feeds = "".join(f"  - name: feed{n}\n    url: {url}\n{every}" for n, url in enumerate(feed_urls))
    path.write_text(
        f"storage:\n  path: {path.parent / 'bench.db'}\n"
        "fetch:\n  per_domain_delay: 0\n  concurrency: 32\n  retries: 0\n"
        "schedule:\n  jitter: 0s\n"
        f"extract:\n  workers: {workers}\nfeeds:\n{feeds}", encoding="utf-8")
    return path


def run_once(config: Path) -> float:
    """Wall-clock seconds of one `monitor once`, process start-up included."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "monitor", "once", "--config", str(config)], check=True,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started
