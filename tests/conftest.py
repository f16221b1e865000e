"""Shared test fixtures: a real HTTP site on 127.0.0.1, helpers to run the CLI for real, and the text
coder's: the shipped config and lexicon built once per run (``shipped_config``, ``shipped``; with place
rules off: ``lexicon_without``) and one text's coding as the kinds modules assert it (``coded``, ``facts``,
``first``, ``locations``; see their comment below)."""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import re
import socket
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil
import pytest
import sqlite_utils

from loopback import FixtureSite, Receiver, article_page, page, rss  # noqa: F401  (re-exported for tests)
from strike_archive import build_archive

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# What a test run must not leave behind: a CLI run or a crawl's helper process of this checkout.
LEFT_BEHIND = re.compile(r"forkserver|resource_tracker|-m monitor (run|once|serve)\b")
BEFORE_SESSION: set[int] = set()    # such processes running when the session started (not its own)


def _checkout_processes():
    ours = str(ROOT / ".venv" / "bin")
    for process in psutil.process_iter(["pid", "ppid", "cmdline"]):
        command = " ".join(process.info["cmdline"] or [])
        if command.startswith(ours) and LEFT_BEHIND.search(command):
            yield process, command


def _xdist_worker(session) -> bool:
    """Whether this process is one of pytest-xdist's workers (the controller checks for all of them)."""
    return hasattr(session.config, "workerinput")


def pytest_sessionstart(session):
    if not _xdist_worker(session):
        BEFORE_SESSION.update(process.pid for process, _ in _checkout_processes())


def pytest_sessionfinish(session, exitstatus):
    """Fail the run if a process it started outlives it (a daemon's orphaned workers after a
    kill -9, a forgotten `monitor run`): each is named, then ended, so none stays running.
    Under pytest-xdist only the controller looks, once every worker is done: a worker that
    finished first would take another's crawl, still running, for one left behind."""
    if _xdist_worker(session):
        return
    mine = {child.pid for child in psutil.Process().children(recursive=True)}
    suspects = []
    for process, command in _checkout_processes():
        # A CLI run still going, or an orphan (parent 1) of this checkout that appeared during
        # the run. (This process's own forkserver and its workers, of in-process Workers, end with it.)
        if process.pid not in BEFORE_SESSION and (
                (process.pid in mine and " -m monitor " in command) or process.info["ppid"] == 1):
            suspects.append(process)
    _, alive = psutil.wait_procs(suspects, timeout=30)   # a crawl's helpers end when they read end-of-file
    for process in alive:
        try:
            print(f"\nleft running by the tests, now killed: {process.pid} {' '.join(process.cmdline())[:160]}")
            process.kill()
        except psutil.NoSuchProcess:
            pass
    if alive:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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
    """A test config: no politeness delay (loopback), quick timeouts; *fetch* overrides those.

    Test sites are on 127.0.0.1, a private address: their links are followed only with
    ``allow_private`` (on here; the SSRF tests turn it off)."""
    fetch = {"per_domain_delay": 0, "timeout": "10s", "retries": 0, "allow_private": True, **(fetch or {})}
    # storage on one line, so allow_private costs no line: tests name the lines of later keys.
    lines = [f"storage: {{path: {json.dumps(db)}}}", "fetch:", *(f"  {key}: {json.dumps(value)}" for key, value in fetch.items()),
             "schedule:", "  default_interval: 15m", "  jitter: 0s", "  reload_check: 0.5s",
             "extract:", "  workers: 1", "feeds:"]
    for feed in feeds:
        lines.append(f"  - name: {json.dumps(feed['name'])}")
        lines.append(f"    url: {json.dumps(feed['url'])}")
        for key in ("site", "kind", "links", "interval", "language", "enabled"):
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
# The same for a daemon under test: its alert cycle every second, not the shipped 30 s.
DAEMON_ALERT_RULES = ALERT_RULES.replace("alerts:\n", "alerts:\n  deliver_every: 1s\n")


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


def start_monitor(*args: str, env: dict | None = None, stdout=subprocess.PIPE) -> subprocess.Popen:
    """``monitor ARGS`` as a running subprocess, output and errors together on *stdout*."""
    return subprocess.Popen([sys.executable, "-m", "monitor", *args], stdout=stdout,
                            stderr=subprocess.STDOUT, text=True, env=_environment(env))


def start_daemon(config: Path, *extra: str, env: dict | None = None, stdout=subprocess.PIPE) -> subprocess.Popen:
    return start_monitor("run", "--config", str(config), *extra, env=env, stdout=stdout)


def free_port() -> int:
    """A TCP port nobody listens on at this moment on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_serve(config: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """Run ``monitor serve`` on a free loopback port; returns the process and the archive's base URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tempfile.TemporaryFile("w+")  # a pipe nobody reads would stall the server once full
    process = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--config", str(config),
                                "--port", str(port), *extra], stdout=log, stderr=subprocess.STDOUT, text=True, env=env)
    base = f"http://127.0.0.1:{port}/archive"

    def answers():
        if process.poll() is not None:
            log.seek(0)
            raise AssertionError(f"monitor serve exited {process.returncode}:\n{log.read()}")
        try:
            with urllib.request.urlopen(base + ".json", timeout=5) as response:
                return response.status == 200
        except OSError:
            return False

    wait_for(answers, timeout=60)
    return process, base


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def interrupt(process: subprocess.Popen, release=None) -> str:
    """SIGTERM *process* mid-crawl and return its output; *release* (a threading.Event that
    holds the fixture site's hanging answers) is set afterwards, and a process still alive
    then is killed, so a failing test never leaves a crawl behind."""
    try:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
    finally:
        if release is not None:
            release.set()
        if process.poll() is None:
            process.kill()
            process.wait()
    return output


def monitor_measured(*args: str, timeout: float = 180) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run the CLI like ``monitor``; also return its wall-clock seconds and peak RSS in bytes.

    The peak is the process's own high-water mark (VmHWM, per address space, so it starts
    afresh at exec), not ``ru_maxrss``, which a child inherits from this test process's size
    at fork and would blame the CLI for what pytest holds.
    """
    env = _environment(None)
    started = time.monotonic()
    peak = 0
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, "-m", "monitor", *args], stdout=out, stderr=err, env=env)
        deadline = started + timeout
        while (reaped := os.wait4(process.pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"monitor {' '.join(args)} still running after {timeout}s")
            peak = max(peak, _high_water_mark(process.pid))
            time.sleep(0.05)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(reaped[1])
        out.seek(0), err.seek(0)
        result = subprocess.CompletedProcess(process.args, process.returncode, out.read(), err.read())
    return result, seconds, peak


def _high_water_mark(pid: int) -> int:
    """Peak resident bytes of process *pid* so far (0 once it has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0)


def wait_for(predicate, timeout: float = 60, interval: float = 0.2):
    """Poll *predicate* until it returns something truthy; fail after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


# Map tiles from a loopback port nobody listens on: a browser offline, and no test touches the internet.
OFFLINE_TILES = f"http://127.0.0.1:{free_port()}/tiles/{{z}}/{{x}}/{{y}}.png"


def serve_config(tmp_path: Path, db: str = "archive.db") -> Path:
    """A test config for ``monitor serve``: the archive *db*, the offline tile layer and the
    shipped watchlists (a term is found by its variants)."""
    return write_config(tmp_path / "config.yaml", [], db=db,
                        extra=f"serve:\n  tile_layer: {json.dumps(OFFLINE_TILES)}\n" + watchlists_config())


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """``monitor serve`` over the strike fixture archive (with the Arabic report of incident 1);
    yields the archive's base URL."""
    tmp_path = tmp_path_factory.mktemp("serve")
    build_archive(tmp_path / "archive.db", second_language=True).close()
    process, base = start_serve(serve_config(tmp_path))
    yield base
    stop(process)


@pytest.fixture(scope="session")
def shipped_config():
    """The shipped config.yaml, loaded once for the whole run (a test that changes it changes a copy:
    ``model_copy``)."""
    from monitor.config import load_config

    return load_config(ROOT / "config.yaml")


@pytest.fixture(scope="session")
def shipped(shipped_config):
    """The lexicon users run: the shipped config.yaml's watchlists, gazetteer and place rules,
    built once for the whole run and shared by every test of the text coder."""
    from monitor.text import lexicon_for

    return lexicon_for(shipped_config)


@pytest.fixture(scope="session")
def lexicon(shipped):
    """``shipped`` under the name the fusion and blind-set tests give it: the same object, built once."""
    return shipped


class _ReadRules(frozenset):
    """Place rules that note each rule asked for (``"stoplist" in rules``) in *read*."""

    read: set[str]

    def __contains__(self, rule) -> bool:
        self.read.add(rule)
        return super().__contains__(rule)


@pytest.fixture(scope="session")
def compiled_rules(shipped_config) -> frozenset[str]:
    """The place rules ``compile_lexicon`` itself reads (which variants enter the automaton: "stoplist",
    "min_length" …), noted while it compiles the shipped config once: every other rule is read per match,
    from the lexicon's ``place_rules``."""
    from monitor.text.places import PLACE_RULES
    from monitor.text.watchlists import compile_lexicon

    rules = _ReadRules(PLACE_RULES)
    rules.read = set()
    compile_lexicon(shipped_config.watchlists, shipped_config.places(), shipped_config.matching, rules)
    return frozenset(rules.read)


@pytest.fixture(scope="module")
def lexicon_without(shipped_config, shipped, compiled_rules):
    """The shipped lexicon with place rules off, once per set of rules in a module (``lexicon_without("bound")``).

    Without rules that only matches read (most), it is ``shipped`` with those rules off, what
    ``compile_lexicon`` would build from the same automaton; without a rule the compiling reads
    (``compiled_rules``), compiled anew (a module's, not the run's: each copy is large)."""
    from monitor.text.places import PLACE_RULES
    from monitor.text.watchlists import compile_lexicon

    compiled = {}

    def without(*rules: str):
        off = frozenset(rules)
        if off not in compiled:
            if off & compiled_rules:
                compiled[off] = compile_lexicon(shipped_config.watchlists, shipped_config.places(),
                                                shipped_config.matching, PLACE_RULES - off)
            else:   # (a fresh index of spellings: the lexicon fills it on a governorate's first tolerant lookup)
                compiled[off] = dataclasses.replace(shipped, place_rules=PLACE_RULES - off, spellings={})
        return compiled[off]
    return without


def open_archive(path: Path) -> sqlite_utils.Database:
    return sqlite_utils.Database(path)


def archive_ready(path: Path) -> bool:
    """Whether the daemon has created the archive with its tables yet (the file comes first)."""
    return path.exists() and "articles" in open_archive(path).table_names()


def watchlists_config() -> str:
    """The shipped config's `matching:` and `watchlists:` sections, for test configs."""
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    return text[text.index("\nmatching:"):].replace(
        "gazetteer: seeds/places.csv.gz", f"gazetteer: {ROOT / 'seeds' / 'places.csv.gz'}")


def matching_cases() -> list[dict]:
    """The labelled strike / non-strike reports of tests/fixtures/matching/cases.yaml."""
    import yaml

    return yaml.safe_load((FIXTURES / "matching" / "cases.yaml").read_text(encoding="utf-8"))


# The kinds modules' view of one text's coding, through ``analyse`` as the daemon codes it with the shipped
# lexicon (the session fixture ``shipped``). A module binds the day its texts were published once,
#     PUBLISHED = "2025-05-04T10:00:00Z"
#     facts = partial(conftest.facts, published=PUBLISHED)
# and each test then reads as the rule it checks:
#     assert facts(text, shipped, "location", "fatalities") == [("Amuda", 2)]


def coded(text: str, lexicon, *keys: str, published: str) -> tuple[bool, list[tuple]]:
    """(is it a strike report, [the *keys* of each event]) of *text* published at *published*.

        coded(text, shipped, "location", "sub_event_type", published=PUBLISHED) == (False, [("Rutba", "Armed clash")])
    """
    from monitor.text import analyse
    coding = analyse(text, published, lexicon)
    return coding.is_strike_report, [tuple(event[key] for key in keys) for event in coding.events]


def facts(text: str, lexicon, *keys: str, published: str) -> list[tuple]:
    """[the *keys* of each event] of *text* published at *published* (``coded`` without the decision).

        facts(text, shipped, *TOLLS, published=PUBLISHED) == [("Tall Baz", None, 3)]
    """
    return coded(text, lexicon, *keys, published=published)[1]


def first(text: str, lexicon, *keys: str, published: str) -> tuple:
    """The *keys* of *text*'s first event, None each when it codes none (where one place is the question).

        first(text, shipped, "location", "admin1", published=PUBLISHED) == ("Barzan", "Erbil")
    """
    return (facts(text, lexicon, *keys, published=published) or [(None,) * len(keys)])[0]


def locations(text: str, lexicon, *, published: str) -> list[str | None]:
    """[the location of each event] of *text* published at *published*: a round-up's strike places, in order.

        locations(text, shipped, published=PUBLISHED) == ["Tall Ziwan", "Tall Hajar"]
    """
    return [location for (location,) in facts(text, lexicon, "location", published=published)]


# An article's toll, event by event (the keys most article modules ask for)
TOLLS = ("location", "fatalities", "injured")
