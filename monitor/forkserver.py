"""The worker processes' forkserver, started first thing by ``monitor once`` and ``monitor run``.

    >>> start_forkserver()     # returns at once; the server imports the text stack meanwhile

Forking the crawl process (threaded) is unsafe, so workers fork from this server, which
imports ``monitor.workers`` (trafilatura, the text package: half a second) once. Started
before the crawl's own imports, that half second is off the path to the first article.
This module imports nothing heavy, so that it can.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver


def start_forkserver() -> None:
    """Start the forkserver unless it runs (one serves every pool of this process)."""
    multiprocessing.set_forkserver_preload(["monitor.workers"])
    multiprocessing.forkserver.ensure_running()
