"""Imported by the workers' forkserver only (``monitor.forkserver``), never by the crawl.

It imports the text stack (trafilatura, the text package) and loads the lexicon of the
config named by ``$MONITOR_WORKER_CONFIG`` once, here, so every worker forked from this
server shares those pages instead of reading a lexicon of its own
(``monitor.workers.preload_lexicon``). It returns freed memory to the system, as the
crawl process does (``monitor.memory``).
"""

import os

from monitor.memory import return_freed_memory

return_freed_memory()   # before the imports and the lexicon: the workers inherit it

from monitor.forkserver import WORKER_CONFIG_ENV  # noqa: E402
from monitor.workers import preload_lexicon  # noqa: E402

preload_lexicon(os.environ.get(WORKER_CONFIG_ENV))
