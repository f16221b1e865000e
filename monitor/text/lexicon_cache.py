"""Built lexicons kept on disk: a process gets its lexicon in 0.5 s instead of 1.2 s.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import compile_lexicon
    >>> config = load_config("config.yaml")
    >>> lexicon = cached_lexicon(compile_lexicon, config.watchlists, config.gazetteer_files(), config.matching)
    >>> lexicon.enabled
    True

Building the shipped config's lexicon (31,000 gazetteer places, every name folded) takes
about 1.2 s; reading it back takes about 0.5 s. Every process that reads pages needs one
(each worker process, ``monitor rematch``), at every start and after every reload.

A file is named by a digest of everything the lexicon is built from: the inputs
(watchlists, gazetteer places or the bytes of their files, matching settings) and the source of this package and of
the folding, gazetteer and vocabulary modules, so an edit to any of them builds anew. It is
kept as ``monitor.kept`` keeps things (its folder, the ``KEEP`` most recently used). A cache
that cannot be read or written is no error: the lexicon is built, as without one.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from monitor.gazetteer import HOMOGRAPHS, read_gazetteer
from monitor.kept import files_digest, keep, read_kept

if TYPE_CHECKING:
    from monitor.config import MatchingConfig, WatchlistConfig
    from monitor.gazetteer import Place
    from monitor.text.watchlists import Lexicon

_PREFIX = "lexicon-"
# this package, the modules outside it that it builds with (the folding, the gazetteer, the
# vocabulary) and the homograph list every lexicon reads
_SOURCES = sorted([*Path(__file__).parent.glob("*.py"), HOMOGRAPHS,
                   *(Path(__file__).parent.parent / name for name in ("normalize.py", "gazetteer.py", "vocabulary.py"))])


def code_digest() -> str:
    """A digest of this package's sources (the folding and the place rules): a lexicon
    built by other code is built anew."""
    return files_digest(_SOURCES)


def cached_lexicon(build: Callable[..., Lexicon], watchlists: dict[str, WatchlistConfig],
                   gazetteers: dict[str, tuple[Place, ...] | Path], matching: MatchingConfig) -> Lexicon:
    """``build(watchlists, places, matching)``, read from the cache when built before from
    equal inputs and sources. *gazetteers*: each gazetteer watchlist's places, or the file they
    are read from, known by the digest of its bytes and read only when the lexicon is built
    (digesting the file takes a hundredth of a second; reading and pickling its 34,000 places
    to digest them, 0.6 s of the 0.9 s a cached lexicon took).
    """
    raw = {name: path.read_bytes() for name, path in gazetteers.items() if isinstance(path, Path)}
    # Places are strings, numbers and tuples, whose pickle is the same in every process; the
    # config sections hold sets, whose order follows the process's string hashing.
    digest = hashlib.sha256(_canonical((watchlists, matching)).encode("utf-8"))
    digest.update(pickle.dumps({name: hashlib.sha256(raw[name]).hexdigest() if name in raw else given
                                for name, given in sorted(gazetteers.items())}, protocol=pickle.HIGHEST_PROTOCOL))
    digest.update(code_digest().encode())
    key = digest.hexdigest()
    lexicon = read_kept(_PREFIX, key)
    if lexicon is None:
        places = {name: tuple(read_gazetteer(given, raw[name])) if name in raw else given
                  for name, given in gazetteers.items()}
        lexicon = build(watchlists, places, matching)
        keep(_PREFIX, key, lexicon)
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
