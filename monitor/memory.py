"""Freed memory goes back to the system, in the daemon's long-lived processes; the crawl
process's start-up stays out of the garbage collector's way.

    >>> return_freed_memory()   # once, early, in the crawl process and in the workers' forkserver
    >>> hold_collections()      # first thing in a crawling command: no collection during its imports
    >>> freeze_start_up()       # before its reactor runs: collections resume, without the start-up's objects

glibc serves an allocation above its mmap threshold with a mapping of its own, unmapped
when freed; smaller ones come from the heap, whose free holes stay mapped. The threshold
starts at 128 KiB but rises to the largest block freed so far (up to 32 MiB), so after the
first pages every page's bytes, decoded text and parse tree (hundreds of KiB each) come
from the heap and leave holes there. Holding the threshold at 128 KiB keeps them out of
it: about 17 MiB PSS less over the processes of a 600-page crawl (``bench/throughput.py``),
for no measurable CPU. Workers fork from the forkserver and inherit its setting. Where the
C library is not glibc nothing changes.
"""

from __future__ import annotations

import ctypes
import gc
import sys

M_MMAP_THRESHOLD = -3           # glibc's malloc.h
MMAP_THRESHOLD = 128 * 1024     # bytes: glibc's own starting value, held


def return_freed_memory() -> None:
    """Hold this process's mmap threshold at ``MMAP_THRESHOLD`` (see the module docstring)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):   # a C library without mallopt
        return
    mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)


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
