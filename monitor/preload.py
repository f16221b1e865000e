"""Imported by the worker processes' forkserver as it starts: it builds the tools (lexicon,
sketcher) of the crawl's config once, and every worker it forks inherits them
(``monitor.workers.preload``)."""

from monitor.workers import preload

preload()
