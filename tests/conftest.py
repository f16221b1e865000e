"""Shared test fixtures: a real HTTP site on 127.0.0.1 and helpers to run the CLI for real."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from loopback import FixtureSite, rss  # noqa: F401  (re-exported for tests)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def site():
    server = FixtureSite()
    yield server
    server.close()


def real_pages() -> dict[str, dict]:
    """Real news pages with ground-truth bodies: id -> {html, articleBody, url}."""
    truth = json.loads((FIXTURES / "pages" / "ground-truth.json").read_text(encoding="utf-8"))
    return {
        page_id: {**truth[page_id], "html": gzip.decompress((FIXTURES / "pages" / f"{page_id}.html.gz").read_bytes())}
        for page_id in sorted(truth)
    }


def write_config(path: Path, feeds: list[dict], db: str = "archive.db", extra: str = "") -> Path:
    """A test config: no politeness delay (loopback), quick timeouts."""
    lines = ["storage:", f"  path: {db}", "fetch:", "  per_domain_delay: 0", "  timeout: 10s",
             "  retries: 0", "schedule:", "  default_interval: 15m", "  jitter: 0s", "  reload_check: 0.5s",
             "extract:", "  workers: 1", "feeds:"]
    for feed in feeds:
        lines.append(f"  - name: {json.dumps(feed['name'])}")
        lines.append(f"    url: {json.dumps(feed['url'])}")
        for key in ("interval", "language", "enabled"):
            if key in feed:
                lines.append(f"    {key}: {json.dumps(feed[key])}")
    if not feeds:
        lines[-1] = "feeds: []"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def monitor(*args: str, timeout: float = 180, check: bool = True, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real ``monitor`` CLI in a subprocess (the reactor is one-shot per process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True,
                            timeout=timeout, env=env, cwd=cwd)
    if check and result.returncode != 0:
        raise AssertionError(f"monitor {' '.join(args)} exited {result.returncode}\n"
                             f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def start_daemon(config: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(config), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def wait_for(predicate, timeout: float = 60, interval: float = 0.2):
    """Poll *predicate* until it returns something truthy; fail after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


def open_archive(path: Path) -> sqlite_utils.Database:
    return sqlite_utils.Database(path)


def watchlists_config() -> str:
    """The shipped config's `matching:` and `watchlists:` sections, for test configs."""
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    return text[text.index("\nmatching:"):].replace(
        "gazetteer: seeds/gazetteer.csv", f"gazetteer: {ROOT / 'seeds' / 'gazetteer.csv'}")


def matching_cases() -> list[dict]:
    """The labelled strike / non-strike reports of tests/fixtures/matching/cases.yaml."""
    import yaml

    return yaml.safe_load((FIXTURES / "matching" / "cases.yaml").read_text(encoding="utf-8"))
