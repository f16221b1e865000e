"""Freed memory goes back to the system, in the daemon's long-lived processes; the crawl
process's start-up stays out of the garbage collector's way.

    >>> return_freed_memory()   # once, early, in the crawl process and in the workers' forkserver
    >>> reuse_page_memory()     # in each worker, as it starts
    >>> hold_collections()      # first thing in a crawling command: no collection during its imports
    >>> freeze_start_up()       # before its reactor runs: collections resume, without the start-up's objects
    >>> with collections_held():   # building or reading back a large structure that lives on
    ...     pass

glibc serves an allocation above its mmap threshold with a mapping of its own, unmapped
when freed; smaller ones come from the heap, whose free holes stay mapped. The threshold
starts at 128 KiB but rises to the largest block freed so far (up to 32 MiB), so after the
first pages every page's bytes, decoded text and parse tree (hundreds of KiB each) come
from the heap and leave holes there. Holding the threshold at 128 KiB keeps them out of
it: about 17 MiB PSS less over the processes of a 600-page crawl (``bench/throughput.py``),
for no measurable CPU in the crawl process. A worker reads one page at a time, so it holds
the threshold higher (1 MiB) and keeps 2 MiB free at the top of its heap (glibc returns
128 KiB): the next page reuses the same pages of memory instead of mapping and faulting in
new ones (300 page faults a page -> 30, 0.4 ms less system time a page), and what it
keeps is bounded by what one page needs. Where the C library is not glibc nothing changes.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3   # glibc's malloc.h
MMAP_THRESHOLD = 128 * 1024     # bytes: glibc's own starting value, held
WORKER_MMAP_THRESHOLD = 1024 * 1024   # bytes: a worker's page, its text and its tree come from the heap
WORKER_TRIM_THRESHOLD = 2 * 1024 * 1024   # and the heap keeps this much free at its top for the next page


def return_freed_memory() -> None:
    """Hold this process's mmap threshold at ``MMAP_THRESHOLD`` (see the module docstring)."""
    _mallopt({M_MMAP_THRESHOLD: MMAP_THRESHOLD})


def reuse_page_memory() -> None:
    """In a worker: the next page reuses the memory of the last (see the module docstring)."""
    _mallopt({M_MMAP_THRESHOLD: WORKER_MMAP_THRESHOLD, M_TRIM_THRESHOLD: WORKER_TRIM_THRESHOLD})


def _mallopt(settings: dict[int, int]) -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):   # a C library without mallopt
        return
    for option, value in settings.items():
        mallopt(option, value)


def hold_collections() -> None:
    """No garbage collection until ``freeze_start_up``: the start-up's imports make about
    100,000 objects that live as long as the process, and the collections their making
    set off (two full ones, 50 ms of CPU each) free next to nothing."""
    gc.disable()


def freeze_start_up() -> None:
    """Move every object made so far (imports, config, archive connection) out of the
    collector's reach for good, then let it collect again: a full collection during a
    crawl walked them all (50-75 ms of the crawl process's CPU each) and never freed one."""
    gc.freeze()
    gc.enable()


@contextlib.contextmanager
def collections_held():
    """No garbage collection inside the block; after it, collections as before it (held still if held already): the
    collections that making or unpickling a large structure that lives on sets off (the lexicon's hundred thousand
    entries and places) walk all it has made so far, full ones too, and free next to nothing (a third of building the
    shipped lexicon, a fifth of reading it back). Usable as a decorator."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
