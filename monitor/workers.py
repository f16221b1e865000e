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
import logging
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import threading
import time
from collections import deque
from typing import NamedTuple

from monitor.config import Config
from monitor.dedup import Sketcher
from monitor.forkserver import die_with_parent, exit_with, lexicon_key, start_forkserver
from monitor.items import ArticleItem
from monitor.kept import keep, read_kept
from monitor.memory import reuse_page_memory
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
    reuse_page_memory()
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


class WorkerDied(Exception):
    """A worker process ended (killed, out of memory) with a call in hand."""


class Workers:
    """The worker processes of one config, started on first use, for the life of that config.

    Each worker is a process forked by the forkserver with a socket of its own: the event
    loop writes a call (a pickled function and its arguments) to it and reads the answers,
    in order, as they come (``_Worker``). No thread of the crawl process takes part:
    concurrent.futures' pool cost it a management thread and a queue feeder thread, 0.8 ms
    of CPU a page between them (measured per thread in a 600-page ``monitor once``). A worker holds at most
    ``AHEAD`` calls, so it finds the next one waiting when it answers; later calls wait here,
    unpickled, for the first worker free.

        answer = await workers.call(os.getpid)        # any picklable function, in a worker

    Everything runs on the event loop of the first call (``start`` too); ``close`` ends
    the workers once they have answered what they hold.
    """

    AHEAD = 2   # calls in a worker's hands: the one it reads and the next

    def __init__(self, config: Config):
        self.config = config
        self.count = config.extract.workers or usable_cores()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._workers: list[_Worker] = []
        self._starting = 0        # processes being started (from a thread: the forkserver may still boot)
        self._waiting: deque[tuple[object, tuple, asyncio.Future]] = deque()   # calls no worker can take yet
        self._closing = False
        self._ended: asyncio.Future | None = None   # set when a worker ends (``wait_closed``)
        self._inline: Tools | None = None

    def serves(self, config: Config) -> bool:
        """Whether these workers read pages as *config* would (same lexicon, sketch and count)."""
        old = self.config
        return config is old or (
            config.extract == old.extract and config.dedup == old.dedup and config.matching == old.matching
            and config.watchlists == old.watchlists and config.gazetteer_digests == old.gazetteer_digests)

    def start(self) -> None:
        """Boot every worker now instead of at the first call (on the running event loop)."""
        if self._loop is not None:
            return
        self._loop, started = asyncio.get_running_loop(), time.monotonic()

        async def ready(joins: list[asyncio.Task]) -> None:
            workers = [worker for worker in await asyncio.gather(*joins) if worker is not None]
            try:
                shared = await asyncio.gather(*(worker.shares_lexicon for worker in workers))
            except WorkerDied:
                return
            log.info("workers ready in %.1fs (processes: %d), %s", time.monotonic() - started, self.count,
                     "sharing the forkserver's lexicon" if shared and all(shared) else "each with a lexicon of its own")

        self._spawn(self.count, then=ready)

    async def read(self, item: ArticleItem) -> ArticleItem:
        """``read_article`` in a worker process.

        A worker that dies (killed, out of memory) is replaced for later pages, and the
        pages it held are read here, in the crawl process, so nothing is lost.
        """
        try:
            return await self.call(_read_in_worker, item)
        except WorkerDied:
            log.warning("extraction worker died: %s read in the crawl process", item.url)
            if self._inline is None:
                self._inline = tools_for(self.config)
            return read_article(item, self._inline)

    async def call(self, function, *args):
        """``function(*args)`` in the first worker free; its exception is raised here,
        ``WorkerDied`` when the worker died with it in hand (it is replaced)."""
        self.start()
        if not self._workers and not self._starting:   # none could be started so far: try again
            self._spawn(self.count)
        answer = self._loop.create_future()
        self._waiting.append((function, args, answer))
        self._dispatch()
        return await answer

    def _dispatch(self) -> None:
        """Hand waiting calls to the least busy workers, up to ``AHEAD`` each."""
        while self._waiting:
            worker = min(self._workers, key=_Worker.held, default=None)
            if worker is None or worker.held() >= self.AHEAD:
                return
            worker.send(*self._waiting.popleft())

    def _spawn(self, count: int, then=None) -> None:
        """Start *count* worker processes from a thread: handing one its config blocks until
        the forkserver (importing the text stack at start-up) takes it, and the loop must
        not wait for that. Each joins once forked; ``then(joins)`` after (the join tasks)."""
        loop, self._starting = self._loop, self._starting + count

        def fork() -> None:
            forked = []
            for _ in range(count):
                try:
                    forked.append(_fork_worker(self.config))
                except Exception as error:   # no forkserver, no process to spare
                    forked.append(error)
            loop.call_soon_threadsafe(joined, forked)

        def joined(forked: list) -> None:
            joins = [loop.create_task(self._join(*started)) if isinstance(started, tuple) else self._failed(started)
                     for started in forked]
            if then is not None:
                loop.create_task(then([join for join in joins if join is not None]))

        start_forkserver()   # at once if it runs (``monitor once`` and ``run`` start it first thing)
        threading.Thread(target=fork, name="workers-start", daemon=True).start()

    async def _join(self, process, connection: socket.socket) -> _Worker | None:
        try:
            _, worker = await self._loop.create_unix_connection(lambda: _Worker(self, process), sock=connection)
        except OSError as error:
            connection.close()
            self._failed(error)
            return None
        return worker

    def _joined(self, worker: _Worker) -> None:
        """*worker*'s socket is on the loop: it takes calls, the first whether it shares the
        forkserver's lexicon (asked before any page, so a short crawl that closes the workers
        after its one page still hears the answer)."""
        self._starting -= 1
        self._workers.append(worker)
        worker.shares_lexicon = self._loop.create_future()
        # (a replacement's answer nobody awaits: a worker that dies first must not log an unread exception)
        worker.shares_lexicon.add_done_callback(lambda answer: answer.cancelled() or answer.exception())
        worker.send(_shares_lexicon, (), worker.shares_lexicon)
        if self._closing:
            worker.close_when_idle()
        self._dispatch()

    def _failed(self, error: Exception) -> None:
        """A worker could not be started."""
        self._starting -= 1
        self._wake_closing()
        log.error("cannot start an extraction worker (%s)", error)
        self._fail_waiting(f"cannot start a worker ({error})")

    def _lost(self, worker: _Worker) -> None:
        """*worker*'s process ended: unless these workers are closing, another replaces it, if
        this one had answered a call (one that dies as it starts would only be followed by
        another: the next call starts workers again, as the first did)."""
        self._workers.remove(worker)
        self._wake_closing()
        if self._closing:
            return
        ended = f"extraction worker {worker.process.pid} ended (exit code {worker.process.exitcode})"
        if worker.answered:
            log.warning("%s: replaced", ended)
            self._spawn(1)
        else:
            log.error("%s before its first answer", ended)
            self._fail_waiting(ended)

    def _fail_waiting(self, reason: str) -> None:
        """When no worker runs or is starting, the waiting calls fail (``read`` reads their pages here)."""
        if self._workers or self._starting:
            return
        while self._waiting:
            *_, answer = self._waiting.popleft()
            if not answer.done():
                answer.set_exception(WorkerDied(reason))

    def _answered(self, worker: _Worker) -> None:
        self._dispatch()
        if self._closing and not self._waiting:
            worker.close_when_idle()

    def close(self) -> None:
        """Let the calls in hand finish, then stop the processes."""
        self._closing = True
        if not self._waiting:
            for worker in self._workers:
                worker.close_when_idle()

    async def wait_closed(self) -> None:
        """After ``close``: until every worker has ended and its socket is closed (a loop
        that stops after this leaves none open)."""
        while self._workers or self._starting:
            self._ended = self._loop.create_future()
            await self._ended

    def _wake_closing(self) -> None:
        if self._ended is not None and not self._ended.done():
            self._ended.set_result(None)


class _Worker(asyncio.Protocol):
    """One worker process and its socket: calls written in order, answered in order.

    A message either way is its length (``_LENGTH``) and a pickle: a call is (function,
    arguments), an answer (True, value) or (False, exception).
    """

    def __init__(self, workers: Workers, process):
        self.workers, self.process = workers, process
        self.transport: asyncio.Transport | None = None
        self.answers: deque[asyncio.Future] = deque()   # of the calls in hand, in order
        self.received = bytearray()
        self.answered = False   # a call at least: it started well
        self.shares_lexicon: asyncio.Future | None = None   # its first answer (``Workers._joined``)

    def held(self) -> int:
        return len(self.answers)

    def send(self, function, args: tuple, answer: asyncio.Future) -> None:
        call = pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL)
        self.answers.append(answer)
        self.transport.write(_LENGTH.pack(len(call)))
        self.transport.write(call)

    def close_when_idle(self) -> None:
        """End the process if it has answered all: it reads end-of-file and exits."""
        if not self.answers and not self.transport.is_closing():
            self.transport.write_eof()

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.workers._joined(self)

    def data_received(self, data: bytes) -> None:
        self.received += data
        held = len(self.answers)
        while len(self.received) >= _LENGTH.size:
            end = _LENGTH.size + _LENGTH.unpack_from(self.received)[0]
            if len(self.received) < end:
                break
            with memoryview(self.received) as view:
                ok, value = pickle.loads(view[_LENGTH.size:end])
            del self.received[:end]
            answer = self.answers.popleft()
            if answer.done():   # cancelled
                continue
            if ok:
                answer.set_result(value)
            else:
                answer.set_exception(value)
        if len(self.answers) < held:
            self.answered = True
            self.workers._answered(self)

    def connection_lost(self, error: Exception | None) -> None:
        self.process.join(0)   # its exit code, for the log
        while self.answers:
            answer = self.answers.popleft()
            if not answer.done():
                answer.set_exception(WorkerDied(f"worker {self.process.pid} ended (exit code {self.process.exitcode})"))
        self.workers._lost(self)


_LENGTH = struct.Struct("<Q")   # bytes of the pickle that follows


def _fork_worker(config: Config):
    """A worker process (from the forkserver) and the crawl side of its socket."""
    ours, theirs = socket.socketpair()
    try:
        process = multiprocessing.get_context("forkserver").Process(
            target=_serve, args=(theirs, config, os.getpid()), name="monitor-worker", daemon=True)
        process.start()
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    ours.setblocking(False)
    return process, ours


def _serve(connection: socket.socket, config: Config, crawl_pid: int) -> None:
    """A worker's life: its tools, then each call read from *connection* answered on it, until
    end-of-file (``Workers.close``; or the crawl process is gone: ``exit_with``). Ctrl-C in a
    terminal reaches the whole process group: the crawl process decides what stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _start_worker(config, crawl_pid)
    with connection, connection.makefile("rb") as calls, connection.makefile("wb") as answers:
        while header := calls.read(_LENGTH.size):
            function, args = pickle.loads(calls.read(_LENGTH.unpack(header)[0]))
            try:
                answer = pickle.dumps((True, function(*args)), pickle.HIGHEST_PROTOCOL)
            except Exception as error:
                answer = _pickled_error(error)
            answers.write(_LENGTH.pack(len(answer)))
            answers.write(answer)
            answers.flush()


def _pickled_error(error: Exception) -> bytes:
    try:
        return pickle.dumps((False, error), pickle.HIGHEST_PROTOCOL)
    except Exception:   # an exception that does not pickle: its type and words
        return pickle.dumps((False, RuntimeError(f"{type(error).__name__}: {error}")), pickle.HIGHEST_PROTOCOL)
