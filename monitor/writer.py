"""One archive, one writer: the lock ``monitor once``, ``run`` and ``rematch`` take at start.

    >>> hold_writer_lock(Path("archive.db"))  # doctest: +SKIP
    >>> hold_writer_lock(Path("archive.db"))  # doctest: +SKIP
    ArchiveInUse: archive.db is written by another monitor (pid 4242) …

The first call returns and the lock lives as long as the process; the second, in another
process meanwhile, raises.

The lock is ``fcntl.flock`` on ``<archive>.lock`` beside the archive: the kernel drops it
when its holder exits however it ends (``kill -9`` included), so it is never stale. The
holder's pid is written into the file for the message. ``archive_problem`` says, in words
an operator can act on, why the archive could not be opened or written. Readers (``serve``, Datasette,
``feeds``, ``alerts``) take no lock: SQLite's WAL lets them read while the writer writes.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sqlite3
from pathlib import Path

FULL_DISK_BYTES = 64 * 1024    # less free space than this beside the archive: "the disk is full"

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


def archive_problem(db_path: Path, error: Exception) -> str:
    """What *error* (raised opening or writing *db_path*) says about the file.

    >>> archive_problem(Path("a.db"), sqlite3.DatabaseError("file is not a database"))
    'archive a.db is damaged or not an SQLite database (file is not a database): restore it from a backup or move it aside (a new archive is then created)'
    """
    text = str(error)
    if isinstance(error, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return (f"archive {db_path} is damaged or not an SQLite database ({text}): restore it from a backup "
                "or move it aside (a new archive is then created)")
    folder = Path(db_path).resolve().parent
    if "disk is full" in text or getattr(error, "errno", None) == errno.ENOSPC or (
            folder.is_dir() and shutil.disk_usage(folder).free < FULL_DISK_BYTES):
        return f"archive {db_path} cannot be written: the disk is full ({text})"
    if "readonly" in text or not os.access(folder, os.W_OK) or (
            Path(db_path).exists() and not os.access(db_path, os.W_OK)):
        return (f"archive {db_path} cannot be written ({text}): the file or its directory {folder} is "
                "read-only (SQLite also writes its -wal and -shm files beside the archive)")
    return f"archive {db_path} cannot be opened: {text}"
