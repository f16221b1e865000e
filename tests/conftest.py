"""Shared test fixtures: a real HTTP site on 127.0.0.1 and helpers to run the CLI for real."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import sqlite_utils

from loopback import FixtureSite, article_page, rss  # noqa: F401  (re-exported for tests)

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


def write_config(path: Path, feeds: list[dict], db: str = "archive.db", extra: str = "",
                 fetch: dict | None = None) -> Path:
    """A test config: no politeness delay (loopback), quick timeouts; *fetch* overrides those."""
    fetch = {"per_domain_delay": 0, "timeout": "10s", "retries": 0, **(fetch or {})}
    lines = ["storage:", f"  path: {db}", "fetch:", *(f"  {key}: {json.dumps(value)}" for key, value in fetch.items()),
             "schedule:", "  default_interval: 15m", "  jitter: 0s", "  reload_check: 0.5s",
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


def monitor_measured(*args: str, timeout: float = 180) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run the CLI like ``monitor``; also return its wall-clock seconds and peak RSS in bytes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, "-m", "monitor", *args], stdout=out, stderr=err, env=env)
        deadline = started + timeout
        while (reaped := os.wait4(process.pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"monitor {' '.join(args)} still running after {timeout}s")
            time.sleep(0.05)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(reaped[1])
        out.seek(0), err.seek(0)
        result = subprocess.CompletedProcess(process.args, process.returncode, out.read(), err.read())
    return result, seconds, reaped[2].ru_maxrss * 1024   # ru_maxrss is in KiB on Linux


def start_monitor(*args: str, stdout=subprocess.PIPE) -> subprocess.Popen:
    """Start the CLI without waiting for it (output and errors together on *stdout*)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "monitor", *args],
                            stdout=stdout, stderr=subprocess.STDOUT, text=True, env=env)


def start_daemon(config: Path, *extra: str, stdout=subprocess.PIPE) -> subprocess.Popen:
    return start_monitor("run", "--config", str(config), *extra, stdout=stdout)


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
