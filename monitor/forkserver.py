"""The worker processes' forkserver, started first thing by ``monitor once`` and ``monitor run``.

    >>> start_forkserver()     # returns at once; the server imports the text stack meanwhile
    >>> exit_with(crawl_pid)   # in a worker: it ends when the crawl process ends, however

Forking the crawl process (threaded) is unsafe, so workers fork from this server, which
imports ``monitor.workers`` (trafilatura, the text package: half a second) once. Started
before the crawl's own imports, that half second is off the path to the first article.
This module imports nothing heavy, so that it can.

A worker holds the forkserver's "alive" pipe and its own task queue open, so neither
sees the crawl process die: after a ``kill -9`` of ``monitor run`` they would wait for
ever (hundreds of MB). ``exit_with`` makes each worker follow the crawl process; once
the workers are gone the forkserver and the resource tracker read end-of-file and exit.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.forkserver
import os
import select
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1           # linux/prctl.h
PARENT_POLL_S = 1.0            # the watchdog's interval where no pidfd can be waited on


def start_forkserver() -> None:
    """Start the forkserver unless it runs (one serves every pool of this process)."""
    multiprocessing.set_forkserver_preload(["monitor.workers"])
    multiprocessing.forkserver.ensure_running()


def exit_with(pid: int) -> None:
    """End this process when process *pid* (the crawl) ends, whatever killed it.

    On Linux the kernel sends SIGKILL when this process's parent (the forkserver) dies
    (``PR_SET_PDEATHSIG``); a daemon thread waits on *pid* itself (a pidfd; elsewhere it
    polls) and exits at once when it is gone.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    threading.Thread(target=_watch, args=(pid,), name="exit-with-crawl", daemon=True).start()


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
