"""Shared by the benchmarks: loopback outlets, real pages, the shipped config, running the CLI measured.

Real pages: the 91 pages of ../shared/data/extraction (scrapinghub/article-extraction-benchmark,
commit 4a3bc979, MIT licence) when that folder is there, else the 24 of tests/fixtures/pages.
"""

from __future__ import annotations

import compileall
import gzip
import os
import re
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED_PAGES = ROOT.parent / "shared/data/extraction/html"   # <repo>/../shared, as bench/ged.py finds it
sys.path.insert(0, str(ROOT / "tests"))

from loopback import FixtureSite, article_page, rss  # noqa: E402,F401

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def real_pages() -> list[bytes]:
    """Real news pages (HTML bytes): the shared extraction set if present, else the test fixtures."""
    folder = SHARED_PAGES if SHARED_PAGES.is_dir() else ROOT / "tests/fixtures/pages"
    return [gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))]


def distinct_pages(n: int) -> list[bytes]:
    """*n* pages cycling through the real ones, canonical links out and a comment added, so
    each copy stays its own article (as *n* distinct pages would) with the same text cost."""
    pages = [re.sub(rb"<link[^>]+rel=[\"']?canonical[^>]*>", b"", page, flags=re.I) for page in real_pages()]
    return [pages[k % len(pages)] + f"<!-- copy {k} -->".encode() for k in range(n)]


def outlets(count: int) -> list[FixtureSite]:
    """*count* loopback sites, one address each (127.0.0.2, 127.0.0.3 …): per-domain limits act as in the wild."""
    return [FixtureSite(f"127.0.0.{2 + n}") for n in range(count)]


def shipped_config(path: Path, feed_urls: list[str | dict], workers: int = 0, interval: str | None = None,
                   opml: bool = False, fallback: bool | None = None) -> Path:
    """The shipped config.yaml (its watchlists, gazetteer, matching, rules, dedup) with its
    feeds and sources replaced by *feed_urls* (a URL, or an entry such as ``{"url": …, "kind":
    "sitemap"}``), the archive beside *path*, loopback allowed, ``extract.workers`` *workers*
    (and ``extract.fallback`` *fallback* when given)
    and no politeness delay (a benchmark measures CPU, not patience). *opml*: the feeds in
    an OPML source beside *path*, as a long feed list would be kept."""
    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["storage"] = {**data.get("storage", {}), "path": str(path.parent / "bench.db")}
    data["fetch"] = {**data.get("fetch", {}), "per_domain_delay": 0, "retries": 0, "allow_private": True}
    data["schedule"] = {**data.get("schedule", {}), "jitter": "0s"}
    data["extract"] = {**data.get("extract", {}), "workers": workers,
                       **({"fallback": fallback} if fallback is not None else {})}
    data["sources"], data["feeds"] = [], []
    feeds = [{"name": f"outlet{n}", **({"url": feed} if isinstance(feed, str) else feed),
              **({"interval": interval} if interval else {})} for n, feed in enumerate(feed_urls)]
    if opml:
        outlines = "".join(f'<outline text="{feed["name"]}" type="rss" xmlUrl="{escape(feed["url"])}"/>\n'
                           for feed in feeds)
        (path.parent / "feeds.opml").write_text(f'<?xml version="1.0"?>\n<opml version="2.0"><body>\n{outlines}'
                                                "</body></opml>\n", encoding="utf-8")
        data["sources"] = [str(path.parent / "feeds.opml")]
    else:
        data["feeds"] = feeds
    for watchlist in (data.get("watchlists") or {}).values():   # the gazetteer stays where it ships
        if isinstance(watchlist, dict) and watchlist.get("gazetteer"):
            watchlist["gazetteer"] = str((ROOT / watchlist["gazetteer"]).resolve())
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def compile_sources() -> None:
    """Byte-compile the checkout's own packages, as installing them does and as their first
    run does: where PYTHONDONTWRITEBYTECODE is set, every start would compile their sources
    again (about 0.1 s of CPU between the crawl process and the workers' forkserver), a cost no
    installed daemon pays."""
    for package in ("monitor", "spiders"):
        compileall.compile_dir(ROOT / package, quiet=1)


@dataclass
class Measured:
    seconds: float
    reactor_cpu: float        # CPU seconds of the monitor process itself (the reactor)
    worker_cpu: float         # CPU seconds of its children (the worker processes, forkserver)
    forkserver_cpu: float     # of which its own children's: the forkserver (imports, lexicon: start-up), resource tracker
    reactor_peak_rss: int     # bytes (VmHWM)
    total_peak_pss: int       # bytes: the largest PSS of all its processes together seen at once
    peak_parts: list[tuple[str, int]]   # at that peak: each process's role and PSS in bytes

    @property
    def reactor_share(self) -> float:
        """The reactor's CPU as a share of one core over the run."""
        return self.reactor_cpu / self.seconds


def run_measured(args: list[str], until=None, log: Path | None = None) -> Measured:
    """Run `monitor *args*`, sampling its and its children's CPU every 0.2 s, their memory every second.

    *until*: a callable, called every 20 ms; when given, the process is sent SIGTERM once it
    returns true. *log*: a file for its log (stderr).
    """
    compile_sources()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(log or os.devnull, "w") as stderr:
        process = psutil.Popen([sys.executable, "-m", "monitor", *args], stdout=subprocess.DEVNULL,
                               stderr=stderr, env=ENV)
    children_cpu: dict[int, float] = {}
    forkservers: set[int] = set()   # the children of the monitor process (its forkserver, resource tracker)
    reactor = [0.0, 0]
    total_peak = [0]
    peak_parts: list[tuple[str, int]] = []
    done = threading.Event()

    def sample() -> None:
        rounds = 0
        while not done.is_set():
            try:
                times = process.cpu_times()
                reactor[0] = times.user + times.system
                reactor[1] = max(reactor[1], _peak_rss(process.pid))
                for child in process.children(recursive=True):
                    try:
                        if child.pid not in children_cpu and child.ppid() == process.pid:
                            forkservers.add(child.pid)
                        times = child.cpu_times()
                        children_cpu[child.pid] = times.user + times.system
                    except psutil.NoSuchProcess:
                        pass
                if rounds % 5 == 0:   # reading smaps holds up the process being read: once a second
                    parts = tree_pss(process)
                    if sum(pss for _, pss in parts) > total_peak[0]:
                        total_peak[0], peak_parts[:] = sum(pss for _, pss in parts), parts
                rounds += 1
            except psutil.NoSuchProcess:
                return
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if until is not None:
        while process.poll() is None and not until():
            time.sleep(0.02)
        process.terminate()
    returncode = process.wait()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)   # every process of the run, once all are reaped
    total_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if returncode not in (0, -15) and until is None:
        raise SystemExit(f"monitor {' '.join(args)} exited with {returncode}")
    return Measured(seconds, reactor[0], max(total_cpu - reactor[0], sum(children_cpu.values())),
                    sum(cpu for pid, cpu in children_cpu.items() if pid in forkservers), reactor[1],
                    total_peak[0], peak_parts)


def tree_memory(process: psutil.Process) -> tuple[int, int]:
    """(RSS of *process*, PSS of it and all its children): PSS shares the pages the forkserver's
    children have in common among them instead of counting them once per process."""
    return process.memory_info().rss, sum(pss for _, pss in tree_pss(process))


def tree_pss(process: psutil.Process) -> list[tuple[str, int]]:
    """(role, PSS in bytes) of *process* ("crawl") and each of its children ("forkserver",
    "resource tracker", "worker")."""
    parts = []
    for member in [process, *process.children(recursive=True)]:
        try:
            command = " ".join(member.cmdline())
            role = ("crawl" if member.pid == process.pid else "resource tracker" if "resource_tracker" in command
                    else "forkserver" if member.ppid() == process.pid else "worker")   # workers: its children
            parts.append((role, member.memory_full_info().pss))
        except psutil.NoSuchProcess:
            pass
    return parts


def _peak_rss(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0
