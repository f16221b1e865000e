"""The worker processes' forkserver, started first thing by ``monitor once`` and ``monitor run``.

    >>> start_forkserver()     # returns at once; the server imports the text stack meanwhile

Forking the crawl process (threaded) is unsafe, so workers fork from this server, which
imports ``monitor.workers`` (trafilatura, the text package: half a second) once and loads
the config's lexicon once (``monitor.preload``), for every worker to share. Started before
the crawl's own imports, that time is off the path to the first article. This module
imports nothing heavy, so that it can.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from pathlib import Path


WORKER_CONFIG_ENV = "MONITOR_WORKER_CONFIG"


def start_forkserver(config_path: Path | str | None = None) -> None:
    """Start the forkserver unless it runs (one serves every pool of this process).

    *config_path*: the config whose lexicon the server loads for its workers to share
    (``monitor.preload``), passed in its environment.
    """
    if config_path is not None:
        os.environ[WORKER_CONFIG_ENV] = str(Path(config_path).resolve())
    multiprocessing.set_forkserver_preload(["monitor.preload"])
    multiprocessing.forkserver.ensure_running()
