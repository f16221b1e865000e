"""Imported by the workers' forkserver only (``monitor.forkserver``), never by the crawl.

It imports the text stack (trafilatura, the text package) and loads the lexicon of the
config named by ``$MONITOR_WORKER_CONFIG`` once, here, so every worker forked from this
server shares those pages instead of reading a lexicon of its own
(``monitor.workers.preload_lexicon``).
"""

import os

from monitor.forkserver import WORKER_CONFIG_ENV
from monitor.workers import preload_lexicon

preload_lexicon(os.environ.get(WORKER_CONFIG_ENV))
