"""Worker processes: everything one page needs that no other page does, in one call.

    workers = Workers(config)               # extract.workers processes (0: one per core)
    workers.start()                         # optional: boot them while feeds download
    item = await workers.read(item)         # an ArticleItem with html -> with body, sketch, coding
    workers.close()

``read_article`` is that call as a plain function: trafilatura extraction and the choice
of body (``monitor.extract``), the dedup sketch (``monitor.dedup.Sketcher``: signature and
facts) and text analysis (``monitor.text.analyse``: matches, decision, event). The crawl
process keeps only what is shared: fetching, the dedup index placement, the writes.

Workers fork from a forkserver (forking the threaded crawl process is unsafe) that
imports the text stack once; ``monitor once`` and ``monitor run`` start it first thing
(``monitor.forkserver``), so its half second of imports overlaps their own start-up. Each
worker gets the config and takes its lexicon from the disk cache
(``monitor.text.lexicon_cache``: 0.5 s, against 1.2 s to build it with the shipped
31,000-place gazetteer). Building the lexicon once in the forkserver for every worker to
inherit was measured too: it starts no sooner (the lexicon is on the same path either
way), and each worker soon copies most of the pages it inherits, so it cost 45 MiB more
at 2,000 pages (the server keeps a third copy).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from monitor.config import Config
from monitor.dedup import Sketcher
from monitor.extract import apply_extraction, extract
from monitor.forkserver import exit_with, start_forkserver
from monitor.items import ArticleItem
from monitor.text import Lexicon, analyse, lexicon_for

log = logging.getLogger("monitor.extract")


class Tools(NamedTuple):
    """What ``read_article`` needs of a config, built once per worker process."""

    lexicon: Lexicon
    sketcher: Sketcher
    fallback: bool      # extract.fallback: trafilatura's fallback extractors


_tools: Tools | None = None   # this worker process's, set by _start_worker


def read_article(item: ArticleItem, tools: Tools) -> ArticleItem:
    """Fill *item* from its page: body and metadata, canonical link, sketch, matches,
    decision and event; the page itself is dropped (``item.html`` None)."""
    # The feed's timestamp wins over the page's date: none is sought when the feed gave one.
    apply_extraction(item, extract(item.html, item.url, with_date=not item.entry_published, fallback=tools.fallback)
                     if item.html else None)
    item.sketch = tools.sketcher.sketch(item.body)
    coding = analyse(item.body, item.published_at or item.fetched_at, tools.lexicon)
    item.matches = coding.matches
    if coding.decision is not None:
        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
    item.events = [coding.event] if coding.event else []
    return item


def tools_for(config: Config) -> Tools:
    """What ``read_article`` needs of *config*: its lexicon, its dedup sketcher, its extraction setting."""
    return Tools(lexicon_for(config), Sketcher(config.dedup.shingle_size, config.dedup.num_perm),
                 config.extract.fallback)


def usable_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _start_worker(config: Config, crawl_pid: int) -> None:
    global _tools
    exit_with(crawl_pid)      # a worker never outlives the crawl process (kill -9 included)
    _tools = tools_for(config)
    # This copy of the config is not read again, and a lexicon from the cache has places of
    # its own: the copy's (its gazetteer) would be 13 MiB of duplicates in every worker.
    config.gazetteers.clear()


def _read_in_worker(item: ArticleItem) -> ArticleItem:
    return read_article(item, _tools)


class Workers:
    """The worker processes of one config, started on first use, for the life of that config."""

    def __init__(self, config: Config):
        self.config = config
        self.count = config.extract.workers or usable_cores()
        self._executor: ProcessPoolExecutor | None = None
        self._inline: Tools | None = None

    def serves(self, config: Config) -> bool:
        """Whether these workers read pages as *config* would (same lexicon, sketch and count)."""
        old = self.config
        return config is old or (
            config.extract == old.extract and config.dedup == old.dedup and config.matching == old.matching
            and config.watchlists == old.watchlists and config.gazetteers == old.gazetteers)

    @property
    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            start_forkserver()
            self._executor = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("forkserver"),
                                                 initializer=_start_worker, initargs=(self.config, os.getpid()))
            atexit.register(self._executor.shutdown, cancel_futures=True)
        return self._executor

    def start(self) -> None:
        """Boot every worker now instead of at the first page.

        From a thread: handing a worker its config blocks until the forkserver, importing
        the text stack, takes it, and the reactor must not wait for that.
        """
        if self._executor is None:
            executor = self.executor
            threading.Thread(target=lambda: [executor.submit(os.getpid) for _ in range(self.count)],
                             name="workers-start", daemon=True).start()

    async def read(self, item: ArticleItem) -> ArticleItem:
        """``read_article`` in a worker process.

        A worker that died (killed, out of memory) breaks the whole pool: it is replaced
        for later pages, and this page is read here, in the crawl process, so nothing is lost.
        """
        executor = self.executor
        try:
            # Submitted from a thread: a submit that starts a worker holds the pool's lock
            # while the forkserver boots, and the reactor must go on downloading meanwhile.
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
