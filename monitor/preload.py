"""Imported by the workers' forkserver only (``monitor.forkserver``), never by the crawl.

It imports the text stack (trafilatura, the text package) and loads the lexicon of the
config named by ``$MONITOR_WORKER_CONFIG`` once, here, so every worker forked from this
server shares those pages instead of reading a lexicon of its own
(``monitor.workers.preload_lexicon``). It returns freed memory to the system, as the
crawl process does (``monitor.memory``).
"""

import os

from monitor.forkserver import WORKER_CONFIG_ENV, die_with_parent
from monitor.memory import freeze_start_up, hold_collections, return_freed_memory

# The server starts before the crawl process has read its config: when that config is
# invalid the crawl exits at once, and the server (which reads its "alive" pipe only once
# loaded) would outlive it by the seconds its imports and lexicon take.
die_with_parent()
return_freed_memory()   # before the imports and the lexicon: the workers inherit it
hold_collections()   # the imports' collections freed nothing: 0.17 of the server's 0.9 s of CPU

import monitor.extract  # noqa: E402,F401  (trafilatura: read_article imports it where it runs, here for every worker)
from monitor.workers import preload_lexicon  # noqa: E402

preload_lexicon(os.environ.get(WORKER_CONFIG_ENV))
# No collection first: it would walk the lexicon's 420,000 objects (0.15 s of CPU at every
# start) to free the few left by reading the config, which now stay, frozen. The workers
# fork from here and collect again, without the shared objects.
freeze_start_up()
die_with_parent(0)   # loaded: from now on it ends as multiprocessing's forkserver does, when the pipe closes
