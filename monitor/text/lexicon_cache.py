"""Built lexicons kept on disk: a process gets its lexicon in 0.5 s instead of 1.2 s.

    >>> lexicon = cached_lexicon(compile_lexicon, config.watchlists, config.places(), config.matching)

Building the shipped config's lexicon (31,000 gazetteer places, every name folded) takes
about 1.2 s; reading it back takes about 0.5 s. Every process that reads pages needs one
(each worker process, ``monitor rematch``), at every start and after every reload.

A file is named by a digest of everything the lexicon is built from: the inputs
(watchlists, gazetteer places, matching settings) and the source of this package and of
the folding, gazetteer and vocabulary modules, so an edit to any of them builds anew. The folder is
``$MONITOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/border-strike-monitor``, else
``~/.cache/border-strike-monitor``; the ``KEEP`` most recently used files stay. A cache that
cannot be read or written is no error: the lexicon is built, as without one.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from monitor.gazetteer import HOMOGRAPHS

if TYPE_CHECKING:
    from monitor.config import MatchingConfig, WatchlistConfig
    from monitor.gazetteer import Place
    from monitor.text.watchlists import Lexicon

log = logging.getLogger("monitor.text")

KEEP = 4
_PREFIX = "lexicon-"
# this package, the modules outside it that it builds with (the folding, the gazetteer, the
# vocabulary) and the homograph list every lexicon reads
_SOURCES = sorted([*Path(__file__).parent.glob("*.py"), HOMOGRAPHS,
                   *(Path(__file__).parent.parent / name for name in ("normalize.py", "gazetteer.py", "vocabulary.py"))])


def cache_dir() -> Path:
    """Where built lexicons are kept (see the module's docstring)."""
    if os.environ.get("MONITOR_CACHE_DIR"):
        return Path(os.environ["MONITOR_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "border-strike-monitor"


def code_digest() -> str:
    """A digest of this package's sources (the folding and the place rules): a lexicon
    built by other code is built anew."""
    digest = hashlib.sha256()
    for source in _SOURCES:
        digest.update(source.read_bytes())
    return digest.hexdigest()


def cached_lexicon(build: Callable[..., Lexicon], watchlists: dict[str, WatchlistConfig],
                   gazetteers: dict[str, tuple[Place, ...]], matching: MatchingConfig) -> Lexicon:
    """``build(watchlists, gazetteers, matching)``, read from the cache when built before from
    equal inputs and sources."""
    # Places are strings, numbers and tuples, whose pickle is the same in every process; the
    # config sections hold sets, whose order follows the process's string hashing.
    digest = hashlib.sha256(_canonical((watchlists, matching)).encode("utf-8"))
    digest.update(pickle.dumps(gazetteers, protocol=pickle.HIGHEST_PROTOCOL))
    digest.update(code_digest().encode())
    folder = cache_dir()
    path = folder / f"{_PREFIX}{digest.hexdigest()[:32]}.pickle"
    try:
        with open(path, "rb") as file:
            lexicon = pickle.load(file)
    except FileNotFoundError:
        pass
    except Exception as error:   # truncated, or of another Python or pyahocorasick: build anew
        log.warning("lexicon cache %s unreadable (%s): building anew", path, error)
    else:
        with contextlib.suppress(OSError):
            os.utime(path)   # recently used: kept
        return lexicon
    lexicon = build(watchlists, gazetteers, matching)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".tmp-", delete=False) as file:
            try:
                pickle.dump(lexicon, file, protocol=pickle.HIGHEST_PROTOCOL)
            except OSError:
                os.unlink(file.name)
                raise
        os.replace(file.name, path)   # whole or absent: another process may be reading it
    except OSError as error:
        log.warning("lexicon cache %s not written (%s)", folder, error)
        return lexicon
    for old in sorted(folder.glob(f"{_PREFIX}*.pickle"), key=_last_used)[:-KEEP]:
        old.unlink(missing_ok=True)
    return lexicon


def _canonical(value) -> str:
    """The same text for equal config sections in any process."""
    if hasattr(value, "model_dump"):       # a config section
        value = value.model_dump()
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{_canonical(k)}:{_canonical(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(map(_canonical, value))) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(map(_canonical, value)) + "]"
    return repr(value)


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:   # removed by another process meanwhile
        return 0.0
