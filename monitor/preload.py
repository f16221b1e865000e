"""Imported by the workers' forkserver only (``monitor.forkserver``), never by the crawl.

It imports the text stack (trafilatura, the text package) and loads the lexicon of the
config named by ``$MONITOR_WORKER_CONFIG`` (its ``lexicon_key`` in
``$MONITOR_LEXICON_KEY``) once, here, so every worker forked from this
server shares those pages instead of reading a lexicon of its own
(``monitor.workers.preload_lexicon``).
"""

import os

from monitor.forkserver import LEXICON_KEY_ENV, WORKER_CONFIG_ENV
from monitor.workers import preload_lexicon

preload_lexicon(os.environ.get(WORKER_CONFIG_ENV), os.environ.get(LEXICON_KEY_ENV))
