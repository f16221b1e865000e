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

from loopback import FixtureSite, Receiver, rss  # noqa: F401  (re-exported for tests)

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


ALERT_RULES = """
notify:
  default: ${MONITOR_NOTIFY_URL}
rules:
  - name: strike-near-border
    severity: high
    targets: [default]
    places: [Deir ez-Zor, Hasakah, Anbar, Ninewa]
    corroboration: 3
alerts:
  max_age: 2d
  retry_base: 0s
"""


def alert_config(path: Path, feeds: list[dict], rules: str = ALERT_RULES) -> Path:
    """A test config with the shipped rule's shape sending to ${MONITOR_NOTIFY_URL}.

    Point it at a Receiver with ``monitor(..., env={"MONITOR_NOTIFY_URL": hook.url})``.
    """
    return write_config(path, feeds, extra=rules)


def monitor(*args: str, timeout: float = 180, check: bool = True, cwd: Path | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real ``monitor`` CLI in a subprocess (the reactor is one-shot per process).

    *env* adds to (or, with a None value, removes from) the inherited environment.
    """
    env = _environment(env)
    result = subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True,
                            timeout=timeout, env=env, cwd=cwd)
    if check and result.returncode != 0:
        raise AssertionError(f"monitor {' '.join(args)} exited {result.returncode}\n"
                             f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def _environment(extra: dict | None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for key, value in (extra or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def start_monitor(*args: str, env: dict | None = None) -> subprocess.Popen:
    """``monitor ARGS`` as a running subprocess, output merged into its stdout pipe."""
    return subprocess.Popen([sys.executable, "-m", "monitor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=_environment(env))


def start_daemon(config: Path, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return start_monitor("run", "--config", str(config), *extra, env=env)


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
