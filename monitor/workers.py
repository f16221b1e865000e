"""Worker processes: everything one page needs that no other page does, in one call.

    workers = Workers(config)               # extract.workers processes (0: one per core)
    workers.start()                         # optional: boot them while feeds download
    item = await workers.read(item)         # an ArticleItem with html -> with body, sketch, coding
    workers.close()

``read_article`` is that call as a plain function: trafilatura extraction and the choice
of body (``monitor.extract``), the dedup sketch (``monitor.dedup.Sketcher``: signature and
facts) and text analysis (``monitor.text.analyse``: matches, decision, event). The crawl
process keeps only what is shared: fetching, the dedup index placement, the writes.

Workers fork from a forkserver (forking the threaded crawl process is unsafe). The server
builds the lexicon and sketcher of the config it starts with, once, as soon as a poll
begins (``prepare``), and every worker forked from it inherits them: none builds its own
(1.2 s each with the shipped 31,000-place gazetteer) and they share that memory. A worker
given another config (a reload) builds that config's tools when it starts. The config
reaches the server as a pickle in a temporary file named by ``$MONITOR_WORKER_PRELOAD``
(the server removes it once read); pickling the config is cheaper than pickling a built
lexicon (0.06 s and 4.6 MB against 0.3 s and 23 MB).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import pickle
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from monitor.config import Config
from monitor.dedup import Sketcher
from monitor.extract import apply_extraction, extract
from monitor.items import ArticleItem
from monitor.text import Lexicon, analyse, lexicon_for

log = logging.getLogger("monitor.extract")



class Tools(NamedTuple):
    """What ``read_article`` needs of a config, built once per worker process."""

    lexicon: Lexicon
    sketcher: Sketcher
    fallback: bool      # extract.fallback: trafilatura's fallback extractors


PRELOAD = "MONITOR_WORKER_PRELOAD"   # env: the pickled config the forkserver builds its tools for

_tools: Tools | None = None   # this worker process's, set by _start_worker
_preloaded: tuple[Config, Tools] | None = None   # the forkserver's, inherited by every worker it forks
_forkserver_config: Config | None = None   # in the crawl process: the config the forkserver was started with


def read_article(item: ArticleItem, tools: Tools) -> ArticleItem:
    """Fill *item* from its page: body and metadata, canonical link, sketch, matches,
    decision and event; the page itself is dropped (``item.html`` None)."""
    page = item.html and extract(item.html, item.url, with_date=not item.entry_published, fallback=tools.fallback)
    apply_extraction(item, page or None)
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


def reads_alike(a: Config, b: Config) -> bool:
    """Whether *a* and *b* read pages alike (same extraction, sketch, watchlists, places, matching)."""
    return a is b or (a.extract == b.extract and a.dedup == b.dedup and a.matching == b.matching
                      and a.watchlists == b.watchlists and a.gazetteers == b.gazetteers)


def preload() -> None:
    """In the forkserver, as it starts (it imports ``monitor.preload``): build the tools of
    the config pickled at ``$MONITOR_WORKER_PRELOAD`` for the workers it will fork."""
    global _preloaded
    path = os.environ.pop(PRELOAD, None)
    if not path:
        return
    try:
        with open(path, "rb") as file:
            config = pickle.load(file)
        os.unlink(path)
        _preloaded = (config, None)
        _preloaded = (config, tools_for(config))
    except FileNotFoundError:   # the crawl process ended (removing it) before the server read it
        return
    except Exception:   # must not take the server down: the workers then build their own
        log.exception("worker tools not preloaded from %s", path)
        return


def _start_worker(config: Config | None) -> None:
    """A worker's initializer; *config* None: the forkserver's, whose tools it inherited."""
    global _tools
    preloaded_config, preloaded_tools = _preloaded or (None, None)
    config = config or preloaded_config
    if config is None:
        raise RuntimeError(f"the workers' forkserver could not read its config from ${PRELOAD}")
    _tools = preloaded_tools if preloaded_tools and reads_alike(config, preloaded_config) else tools_for(config)


def _read_in_worker(item: ArticleItem) -> ArticleItem:
    return read_article(item, _tools)


def start_forkserver(config: Config) -> None:
    """Start the workers' forkserver now, building *config*'s tools, unless it runs already
    (one serves every ``Workers`` of this process). It boots beside the caller, which goes
    on: call it as early as a crawl is known to come.

        >>> start_forkserver(config)     # monitor once/run, as soon as the config is read
    """
    global _forkserver_config
    if _forkserver_config is not None:
        return
    _forkserver_config = config
    with tempfile.NamedTemporaryFile("wb", prefix="monitor-workers-", suffix=".pickle", delete=False) as file:
        pickle.dump(config, file, protocol=pickle.HIGHEST_PROTOCOL)
    # Removed by the server once read; by this process at exit if the server never read it.
    atexit.register(lambda: os.path.exists(file.name) and os.unlink(file.name))
    multiprocessing.set_forkserver_preload(["monitor.preload"])
    os.environ[PRELOAD] = file.name
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        del os.environ[PRELOAD]   # the server has it; processes started later must not


class Workers:
    """The worker processes of one config, started on first use, for the life of that config."""

    def __init__(self, config: Config):
        self.config = config
        self.count = config.extract.workers or usable_cores()
        self._executor: ProcessPoolExecutor | None = None
        self._inline: Tools | None = None

    def serves(self, config: Config) -> bool:
        """Whether these workers read pages as *config* would (same lexicon, sketch and count)."""
        return reads_alike(config, self.config)

    @property
    def executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            start_forkserver(self.config)
            # The forkserver's own config is not sent again (4.6 MB to unpickle per worker).
            config = None if reads_alike(self.config, _forkserver_config) else self.config
            self._executor = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("forkserver"),
                                                 initializer=_start_worker, initargs=(config,))
            atexit.register(self._executor.shutdown, cancel_futures=True)
        return self._executor

    def start(self) -> None:
        """Boot every worker now instead of at the first page.

        From a thread: handing a worker its config blocks until the forkserver, importing
        the text stack and building the tools, takes it, and the reactor must not wait for that.
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
