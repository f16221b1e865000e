"""What a process derives from large inputs, kept on disk for the next process (a pickle a file).

    >>> digest = files_digest([Path("seeds/region.opml")])   # of its inputs
    >>> read_kept("example-", digest) is None            # not kept yet
    True
    >>> keep("example-", digest, {"feeds": 54})           # whole or not at all; False if it cannot be written
    True
    >>> read_kept("example-", digest)
    {'feeds': 54}

The folder is ``$MONITOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/border-strike-monitor``, else
``~/.cache/border-strike-monitor``. Of each kind of file (its name's prefix) the ``KEEP``
most recently used stay. A folder that cannot be read or written is no error: the caller
derives the value again, as without one. A value read again in the same process while its file
is unchanged (a reload of an unchanged config, every doctest's ``load_config``) is the object
read or kept before, not unpickled anew: kept values are read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from monitor.memory import collections_held

log = logging.getLogger("monitor.kept")

# Of each prefix, the file last read or kept by this process, its identity then and its value
_last: dict[str, tuple[Path, tuple[int, int, int], object]] = {}

KEEP = 4


def cache_dir() -> Path:
    """Where derived values are kept (see the module's docstring)."""
    if os.environ.get("MONITOR_CACHE_DIR"):
        return Path(os.environ["MONITOR_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "border-strike-monitor"


def files_digest(paths: list[Path]) -> str:
    """A digest of the files at *paths* (the code a kept value was derived by)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def kept_path(prefix: str, digest: str) -> Path:
    """The file of the value named *digest* among the files of *prefix*."""
    return cache_dir() / f"{prefix}{digest[:32]}.pickle"


def read_kept(prefix: str, digest: str):
    """The value kept under *digest* among the files of *prefix*, marked as recently used;
    None when there is none or it is unreadable (truncated, or pickled by another Python or
    library version)."""
    path = kept_path(prefix, digest)
    last = _last.get(prefix)
    if last is not None and last[0] == path and _identity(path) == last[1]:
        with contextlib.suppress(OSError):
            os.utime(path)
        return last[2]
    try:
        with open(path, "rb") as file:
            identity = _identity(file.fileno())
            with collections_held():   # a million objects unpickled: collections on the way free nothing
                value = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception as error:
        log.warning("kept file %s unreadable (%s): derived anew", path, error)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)   # recently used: kept
    _last[prefix] = (path, identity, value)
    return value


def keep(prefix: str, digest: str, value) -> bool:
    """Keep *value* under *digest* among the files of *prefix*, whole or not at all (another
    process may be reading it), then let go of the least recently used files of *prefix*
    beyond ``KEEP``; False when the folder cannot be written."""
    path = kept_path(prefix, digest)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".tmp-", delete=False) as file:
            try:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            except OSError:
                os.unlink(file.name)
                raise
        os.replace(file.name, path)
        _last[prefix] = (path, _identity(path), value)
    except OSError as error:
        log.warning("%s not written (%s)", path, error)
        return False
    for old in sorted(folder.glob(f"{prefix}*.pickle"), key=_last_used)[:-KEEP]:
        old.unlink(missing_ok=True)
    return True


def _identity(file: Path | int) -> tuple[int, int, int] | None:
    """Device, inode and size of a file (a path or an open descriptor): a file replaced by
    ``keep`` or cut short is another; None when there is none."""
    try:
        stat = os.stat(file)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino, stat.st_size


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:   # removed by another process meanwhile
        return 0.0
