"""Worker processes: everything one page needs that no other page does, in one call.

    workers = Workers(config)               # extract.workers processes (0: one per core)
    workers.start()                         # optional: boot them while feeds download
    item = await workers.read(item)         # an ArticleItem with html -> with body, sketch, coding
    workers.close()

``read_article`` is that call as a plain function: trafilatura extraction and the choice
of body (``monitor.extract``), the dedup sketch (``monitor.dedup.Sketcher``: signature and
facts) and text analysis (``monitor.text.analyse``: matches, decision, events). The crawl
process keeps only what is shared: fetching, the dedup index placement, the writes.

Workers fork from a forkserver (forking the threaded crawl process is unsafe) that
imports the text stack once; ``monitor once`` and ``monitor run`` start it first thing
(``monitor.forkserver``), so its imports overlap their own start-up. The forkserver also
loads the config's lexicon (``preload_lexicon``: about 100 MiB of Python objects, kept on
disk under its ``lexicon_key``) and freezes it out of the garbage collector's reach before
any worker forks: the workers share its pages. Without the freeze each worker soon copied
most of them (a collection writes to every object it walks); with it a worker holds about
30 MiB of its own at 2,000 pages instead of 190 (``bench/throughput.py``). A worker whose
config has other watchlists (after a reload) builds its own from the disk cache
(``monitor.text.lexicon_cache``).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from monitor.config import Config
from monitor.dedup import Sketcher
from monitor.forkserver import die_with_parent, exit_with, lexicon_key, start_forkserver
from monitor.items import ArticleItem
from monitor.kept import keep, read_kept
from monitor.text import Coding, Lexicon, analyse, lexicon_for
from monitor.text.document import Document

log = logging.getLogger("monitor.extract")


class Tools(NamedTuple):
    """What ``read_article`` needs of a config, built once per worker process."""

    lexicon: Lexicon
    sketcher: Sketcher
    fallback: bool      # extract.fallback: trafilatura's fallback extractors


PRELOAD_PREFIX = "lexicon-preload-"   # the forkserver's lexicon, kept by its lexicon_key (monitor.kept)
_tools: Tools | None = None   # this worker process's, set by _start_worker
_preloaded: tuple[str, Lexicon] | None = None   # the forkserver's (lexicon_key, lexicon), inherited


def read_article(item: ArticleItem, tools: Tools) -> ArticleItem:
    """Fill *item* from its page: body and metadata, canonical link, sketch, matches,
    decision and events; the page itself is dropped (``item.html`` None)."""
    # Here: trafilatura stays out of the crawl process, which imports this module for Workers
    # (5 MiB and 0.05 s of its start-up); the forkserver imports it for every worker (monitor.preload).
    from monitor.extract import apply_extraction, extract

    # The feed's timestamp wins over the page's date: none is sought when the feed gave one;
    # its author over a byline found in the page (the page's metadata still wins).
    apply_extraction(item, extract(item.html, item.url, with_date=not item.entry_published, fallback=tools.fallback,
                                   with_author=not item.entry_author) if item.html else None)
    body = Document.of(item.body or "")   # folded once, for the sketch and for text analysis
    item.sketch = tools.sketcher.sketch(body)
    coding = analyse(body, item.published_at or item.fetched_at, tools.lexicon)
    item.matches = coding.matches
    if coding.decision is not None:
        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
    item.events = coding.events
    return item


def tools_for(config: Config) -> Tools:
    """What ``read_article`` needs of *config*: its lexicon, its dedup sketcher, its extraction setting."""
    return Tools(lexicon_for(config), Sketcher(config.dedup.shingle_size, config.dedup.num_perm),
                 config.extract.fallback)


def usable_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def preload_lexicon(config_path: str | None) -> None:
    """In the forkserver: load the lexicon of the config at *config_path*; the forkserver
    then freezes every object so far out of the garbage collector's reach
    (``monitor.memory.freeze_start_up``). Forked workers share those pages as long as
    nothing writes to them, and a collection walking the objects would (CPython keeps its
    GC state in each object's header).

    The forkserver starts before the crawl process has read the config, so it reads the
    file itself, without its inputs (``load_config(inputs=False)``: what ``lexicon_key``
    needs); a worker uses this lexicon only when its own config has the same key. The
    lexicon is kept on disk under its key (beside the lexicon cache): a later start reads
    it (0.5 s) without reading the gazetteer. When it is not kept yet, a child process reads
    the config and keeps it, and this one reads what was kept: what reading the config and
    the gazetteer leaves to the allocator stays out of the pages the workers share (about
    30 MiB PSS over the processes of a crawl, ``bench/throughput.py``). Whatever goes wrong
    here is left to the workers, as without a preload: an error would stop the forkserver."""
    global _preloaded
    if not config_path:
        return
    from monitor.config import load_config

    try:
        key = lexicon_key(load_config(config_path, inputs=False))
    except Exception:   # a config the crawl process will report: each worker builds its own
        return
    lexicon = read_kept(PRELOAD_PREFIX, key)
    if lexicon is None:   # not kept yet (or unreadable)
        _keep_apart(config_path, key)
        lexicon = read_kept(PRELOAD_PREFIX, key)
    if lexicon is None:   # an unwritable cache, or the config changed meanwhile: each worker builds its own
        return
    _preloaded = (key, lexicon)


def _keep_apart(config_path: str, key: str) -> None:
    """In a child process: the lexicon of the config at *config_path* kept under *key*, if
    that config still has that key. The forkserver has no threads yet, so it may fork."""
    try:
        pid = os.fork()
    except OSError:   # no process to spare: left to the workers
        return
    if pid:
        os.waitpid(pid, 0)
        return
    try:
        die_with_parent()   # the forkserver, killed with the crawl process while it loads
        from monitor.config import load_config

        config = load_config(config_path)
        if lexicon_key(config) == key:
            keep(PRELOAD_PREFIX, key, lexicon_for(config))
    finally:
        os._exit(0)


def _start_worker(config: Config, crawl_pid: int) -> None:
    """A worker's tools: the forkserver's lexicon when built from the same inputs (shared
    pages), else its own.
    It ends with the crawl process *crawl_pid*, however that ends (``exit_with``)."""
    global _tools
    exit_with(crawl_pid)
    if _preloaded is not None and _preloaded[0] == lexicon_key(config):
        _tools = Tools(_preloaded[1], Sketcher(config.dedup.shingle_size, config.dedup.num_perm),
                       config.extract.fallback)
        return
    _tools = tools_for(config)


def _read_in_worker(item: ArticleItem) -> ArticleItem:
    return read_article(item, _tools)


def _shares_lexicon() -> bool:
    """In a worker: whether it reads with the forkserver's lexicon (pages shared) or its own."""
    return _preloaded is not None and _tools.lexicon is _preloaded[1]


def analyse_in_worker(texts: list[tuple[str | None, str | None]]) -> list[Coding] | None:
    """``monitor rematch``'s share: the coding of each (text, published) with this worker's
    lexicon; None when the config has no watchlists (nothing to match)."""
    if not _tools.lexicon.enabled:
        return None
    return [analyse(text, published, _tools.lexicon) for text, published in texts]


class Workers:
    """The worker processes of one config, started on first use, for the life of that config."""

    def __init__(self, config: Config):
        self.config = config
        self.count = config.extract.workers or usable_cores()
        self._executor: ProcessPoolExecutor | None = None
        self._booted: ProcessPoolExecutor | None = None   # the executor once every worker has answered
        self._inline: Tools | None = None

    def serves(self, config: Config) -> bool:
        """Whether these workers read pages as *config* would (same lexicon, sketch and count)."""
        old = self.config
        return config is old or (
            config.extract == old.extract and config.dedup == old.dedup and config.matching == old.matching
            and config.watchlists == old.watchlists and config.gazetteer_digests == old.gazetteer_digests)

    @property
    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            start_forkserver()
            self._executor = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("forkserver"),
                                                 initializer=_start_worker,
                                                 initargs=(self.config, os.getpid()))
            atexit.register(self._executor.shutdown, cancel_futures=True)
        return self._executor

    def start(self) -> None:
        """Boot every worker now instead of at the first page.

        From a thread: handing a worker its config blocks until the forkserver, importing
        the text stack, takes it, and the reactor must not wait for that.
        """
        if self._executor is None:
            executor, started = self.executor, time.monotonic()

            def boot() -> None:
                try:
                    shared = [future.result() for future in [executor.submit(_shares_lexicon)
                                                             for _ in range(self.count)]]
                except BrokenProcessPool:
                    return    # the first page says so, and is read anyway (``read``)
                self._booted = executor
                log.info("workers ready in %.1fs (processes: %d), %s", time.monotonic() - started, self.count,
                         "sharing the forkserver's lexicon" if all(shared) else "each with a lexicon of its own")

            threading.Thread(target=boot, name="workers-start", daemon=True).start()

    async def read(self, item: ArticleItem) -> ArticleItem:
        """``read_article`` in a worker process.

        A worker that died (killed, out of memory) breaks the whole pool: it is replaced
        for later pages, and this page is read here, in the crawl process, so nothing is lost.
        """
        executor = self.executor
        try:
            if executor is self._booted:
                # The workers answered, so the forkserver has booted: a submit never waits
                # for it, and a thread hop would cost the crawl process 0.1 ms a page.
                future = executor.submit(_read_in_worker, item)
            else:
                # From a thread: a submit that starts a worker holds the pool's lock while the
                # forkserver boots, and the reactor must go on downloading meanwhile.
                future = await asyncio.to_thread(executor.submit, _read_in_worker, item)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            log.warning("extraction worker died: workers replaced, %s read in the crawl process", item.url)
            if self._executor is executor:
                self._drop_executor(cancel_futures=True)
            if self._inline is None:
                self._inline = tools_for(self.config)
            return read_article(item, self._inline)

    def close(self) -> None:
        """Let the pages in hand finish, then stop the processes."""
        if self._executor is not None:
            self._drop_executor(cancel_futures=False)

    def _drop_executor(self, cancel_futures: bool) -> None:
        executor, self._executor = self._executor, None
        atexit.unregister(executor.shutdown)
        executor.shutdown(wait=False, cancel_futures=cancel_futures)
