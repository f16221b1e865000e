"""One archive, one writer: the lock ``monitor once``, ``run`` and ``rematch`` take at start.

    >>> hold_writer_lock(Path("archive.db"))      # returns; the lock lives as long as this process
    >>> hold_writer_lock(Path("archive.db"))      # in a second process, while the first runs:
    ArchiveInUse: archive.db is written by another monitor (pid 4242) …

The lock is ``fcntl.flock`` on ``<archive>.lock`` beside the archive: the kernel drops it
when its holder exits however it ends (``kill -9`` included), so it is never stale. The
holder's pid is written into the file for the message. Readers (``serve``, Datasette,
``feeds``, ``alerts``) take no lock: SQLite's WAL lets them read while the writer writes.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

_held: dict[Path, int] = {}    # archive -> the open lock file (closing it would release the lock)


class ArchiveInUse(Exception):
    """Another process holds the archive's writer lock; the text names the archive and its pid."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def hold_writer_lock(db_path: Path) -> None:
    """Take the writer lock of *db_path* for the life of this process; raise ArchiveInUse
    when another process has it. Raises OSError when the lock file cannot be created."""
    db_path = Path(db_path).resolve()
    if db_path in _held:
        return
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
        os.close(fd)
        raise ArchiveInUse(f"{db_path} is written by another monitor (pid {holder}); "
                           "one archive has one writer: stop that one first (`monitor serve` may run alongside)") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    _held[db_path] = fd
