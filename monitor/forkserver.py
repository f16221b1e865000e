"""The worker processes' forkserver, started first thing by ``monitor once`` and ``monitor run``.

    >>> start_for_command(["once", "--config", "config.yaml"])  # doctest: +SKIP
    >>> start_forkserver("config.yaml")   # doctest: +SKIP
    >>> exit_with(crawl_pid)              # doctest: +SKIP

``start_for_command`` runs before the CLI's imports; ``start_forkserver`` returns at once and
the server loads meanwhile; ``exit_with``, in a worker, ends it when the crawl process ends.
(Not run as doctests: each starts or ends processes; tests/test_workers.py drives them.)

Forking the crawl process (threaded) is unsafe, so workers fork from this server, which
imports ``monitor.workers`` (trafilatura, the text package: half a second) once and loads
the config's lexicon once (``monitor.preload``), for every worker to share. Started before
the crawl process makes its imports (``monitor.cli``'s alone take 0.4 s) and reads the
config, that time is off the path to the first article. This module imports nothing
more at first (so that it can).

A worker holds the forkserver's "alive" pipe and its own task queue open, so neither
sees the crawl process die: after a ``kill -9`` of ``monitor run`` they would wait for
ever (hundreds of MB). ``exit_with`` makes each worker follow the crawl process; once
the workers are gone the forkserver and the resource tracker read end-of-file and exit.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import multiprocessing.forkserver
import os
import select
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.config import Config

PR_SET_PDEATHSIG = 1           # linux/prctl.h
PARENT_POLL_S = 1.0            # the watchdog's interval where no pidfd can be waited on


WORKER_CONFIG_ENV = "MONITOR_WORKER_CONFIG"


def lexicon_key(config: Config) -> str:
    """What a config's lexicon is built from, cheaply (a digest): its watchlists and matching
    settings, each gazetteer file's path, size and time (not its 31,000 places) and the text
    package's code."""
    files = []
    for watchlist in config.watchlists.values():
        if watchlist.gazetteer:
            path = config.resolve_input(watchlist.gazetteer)
            try:
                stat = path.stat()
            except OSError:
                return ""    # unreadable: never equal, the worker builds its own
            files.append((str(path.resolve()), stat.st_size, stat.st_mtime_ns))
    from monitor.text.lexicon_cache import code_digest   # here: the text package takes 0.1 s to import

    inputs = repr((config.model_dump(include={"watchlists", "matching"}, mode="json"), files, code_digest()))
    return hashlib.sha256(inputs.encode("utf-8")).hexdigest()


# monitor.cli's commands that crawl (``config_options(crawls=True)``)
CRAWLING_COMMANDS = ("once", "run")


def start_for_command(args: list[str]) -> None:
    """Start the forkserver for ``monitor`` *args* (``sys.argv[1:]``) when they name a
    crawling command and its ``--config``, before the CLI imports anything (``monitor.__main__``);
    the command starts it otherwise, once click has read its options.

    >>> start_for_command(["once", "--config", "config.yaml"])
    """
    if not args or args[0] not in CRAWLING_COMMANDS:
        return
    for option, value in zip(args, args[1:] + [""]):
        if option == "--config" and value:
            return start_forkserver(value)
        if option.startswith("--config="):
            return start_forkserver(option.removeprefix("--config="))


def start_forkserver(config_path: Path | str | None = None) -> None:
    """Start the forkserver unless it runs (one serves every pool of this process).

    *config_path*: the config whose lexicon the server loads for its workers to share
    (``monitor.preload``), passed in its environment; it may be started before this process
    has read that config (the workers check the lexicon is theirs: ``lexicon_key``).
    """
    if config_path is not None:
        os.environ[WORKER_CONFIG_ENV] = str(Path(config_path).resolve())
    multiprocessing.set_forkserver_preload(["monitor.preload"])
    multiprocessing.forkserver.ensure_running()


def exit_with(pid: int) -> None:
    """End this process when process *pid* (the crawl) ends, whatever killed it.

    On Linux the kernel sends SIGKILL when this process's parent (the forkserver) dies
    (``PR_SET_PDEATHSIG``); a daemon thread waits on *pid* itself (a pidfd; elsewhere it
    polls) and exits at once when it is gone.
    """
    die_with_parent()
    threading.Thread(target=_watch, args=(pid,), name="exit-with-crawl", daemon=True).start()


def die_with_parent(signum: int = signal.SIGKILL) -> None:
    """Have the kernel send *signum* to this process when its parent dies (Linux only;
    ``0`` cancels it).

    >>> die_with_parent()    # the forkserver while it loads, a worker for its life
    >>> die_with_parent(0)   # loaded: the forkserver ends when its "alive" pipe closes
    """
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)


def _watch(pid: int) -> None:
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):   # not Linux >= 5.3, or already gone
        pidfd = None
    if pidfd is not None:
        select.select([pidfd], [], [])      # readable once the process has exited
    else:
        while _alive(pid):
            time.sleep(PARENT_POLL_S)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # alive, someone else's (the pid was reused): not ours, but not gone either
        pass
    return True
