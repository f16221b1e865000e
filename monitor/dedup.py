"""Fold syndicated copies into stories: MinHash LSH over word shingles, vetoed by dates, figures and targets.

    >>> from datetime import datetime, timezone
    >>> seen_at = datetime(2024, 7, 3, tzinfo=timezone.utc)
    >>> body = ("A Turkish drone struck a car near Qamishli on Tuesday, killing two SDF fighters, "
    ...         "a war monitor said. The car burned on the road to Amuda.")
    >>> index = StoryIndex(threshold=0.5, shingle_size=3, num_perm=128, window_days=7)
    >>> first = index.place(body, "hash-1", seen_at)        # the folded body's hash (extract.content_hash)
    >>> first.story_id is None                              # a new story
    True
    >>> index.confirm(first.ticket, article_id=1, story_id=1, first_id=1)   # once stored
    >>> copy_body = body + " Local sources said the drone flew in from the north."
    >>> sketch = index.sketcher.sketch(copy_body)           # the pure part, in a worker process
    >>> sorted(sketch.facts)                                # a figure, a target, a weekday
    ['n:2', 't:vehicle', 'w:1']
    >>> copy = index.place_sketch(sketch, "hash-2", seen_at)
    >>> copy.story_id, copy.duplicate_of, copy.similarity
    (1, 1, 0.6484)
    >>> index.confirm(copy.ticket, article_id=2, story_id=1, first_id=1)

``Sketcher.sketch`` also takes a ``monitor.text.document.Document``: the body as text
analysis folded it, the same sketch without folding it twice.

How a new article finds its story
1. Exact copy: the folded body hash (``content_hash``) of an indexed article -> its story,
   similarity 1.0, no sketch needed.
2. Near copy: the body is folded as the matcher folds it (``monitor.normalize``: case,
   diacritics, Arabic letter variants and article, Arabic-Indic digits), punctuation
   dropped, numbers kept as tokens with their value (``1,200`` -> ``1200``), cut into word
   shingles of ``shingle_size`` and sketched with MinHash (``minhash``: datasketch's
   ``affine32`` scheme, uint32 values, 4 bytes a permutation). The LSH index (``Bands``:
   16 bands x 4 rows) proposes candidates; each is kept when its estimated Jaccard
   similarity (share of equal signature values) is at least ``threshold``.
3. Same report, not the same template: every candidate is checked against the new
   article's *facts* (see ``facts_conflict``). A story is joined only if none of its
   candidates conflicts, and the most similar eligible story wins. A revised toll (up to
   ``MAX_REPLACED_FIGURES`` figures replaced, the targets kept) or an added paragraph
   (more facts, none lost on both sides) is an update of the same story; two strike
   reports written from one template but naming different days, or replacing most of
   their figures *and* a target, are two stories.

Numbers are shingle tokens too, so a replaced figure also lowers the similarity: the
fact check only vetoes, it never merges what the shingles did not already find similar.

Why not datasketch itself: any import of it imports its LSH module, and that imports
SciPy (for LSH parameters we give explicitly): about 45 MiB in the crawl process and as
much in the workers' forkserver, for two dozen lines of numpy. The signatures are
datasketch's bit for bit (``tests/test_dedup.py`` checks pinned values), so stored ones
stay valid.

Bounds: only articles first seen within ``window_days`` are candidates; older ones are
expired from memory (``expire``). What the index keeps per article is its signature
(``num_perm`` x 4 bytes), its facts as one short string and one key per LSH band;
``bench/dedup.py`` reports the measured bytes.

Crash safety: LSH keys are in-memory tickets. A ticket becomes an article only through
``confirm`` after the store committed the article (its signature row is written in the
same transaction); ``discard`` forgets a ticket whose article was dropped. At start-up
the index is loaded from the ``signatures`` table (``load``), so no entry can exist
without its article.
"""

from __future__ import annotations

import re
import zlib
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

import numpy as np

# The events stage's target lexicon (depot, convoy, checkpoint …) and its numbers and dates,
# all over the matcher's folding of the text.
from monitor.text.events import TARGET_PATTERN, TARGETS
from monitor.text.document import Document
from monitor.text.figures import DIGITS, days_and_numbers, parse_number
from monitor.normalize import normalize

# Bump when tokens, shingles or facts change: stored signatures of another scheme are rebuilt.
NORMALISATION_VERSION = 4
SCHEME = "affine32"
SIGNATURE_DTYPE = np.dtype("<u4")
# datasketch's affine32 permutations (its default seed, 1): stored signatures were made with them.
PERMUTATION_SEED = 1
# LSH banding: 16 bands of 4 rows. A pair at Jaccard 0.64 (the least similar true copy of the
# syndication set) becomes a candidate with p = 0.95, at 0.5 with p = 0.64; datasketch's own
# choice for threshold 0.5 (25 x 5) finds fewer (0.94, 0.55) with 1.6x the memory (a set per bucket).
LSH_BANDS, LSH_ROWS = 16, 4
# A later version of a report may revise this many figures (killed, wounded) and stay the same story.
MAX_REPLACED_FIGURES = 2

_TOKEN = re.compile(rf"{DIGITS}|[^\W\d_]+")


def tokens(text: str) -> list[str]:
    """Words and numbers of folded *text*; punctuation dropped, ``1,200`` -> ``1200``.

    >>> tokens("At least 1,200 people (AP) -- 3.5 km, في الغارة")
    ['at', 'least', '1200', 'people', 'ap', '3.5', 'km', 'في', 'غاره']
    """
    return _tokens_of(normalize(text).text)


def _tokens_of(folded: str) -> list[str]:
    return [_number(token) if token[0].isdigit() else token for token in _TOKEN.findall(folded)]


def shingles(words: list[str], size: int) -> set[str]:
    """Word *size*-grams; a text shorter than *size* words is one shingle.

    >>> sorted(shingles(["a", "b", "c"], 2))
    ['a b', 'b c']
    """
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[start:] for start in range(size)))))   # the slices' loop in C


def facts(text: str) -> frozenset[str]:
    """The dates (``d:month-day``), weekdays (``w:0``..``w:6``), figures (``n:12``) and strike
    targets (``t:weapons_depot``, the events stage's lexicon) of *text*.

    Dates and weekdays as written (``monitor.text.figures.days_named``), not resolved to days;
    figures are the numbers ``monitor.text.figures.numbers_in`` finds, in digits or in English
    or Arabic words ("five killed" == "5 killed"), the day numbers of dates not among them.

    >>> sorted(facts("On Tuesday, March 12, a drone hit a depot: five were killed and 1,200 fled."))
    ['d:3-12', 'n:1200', 'n:5', 't:weapons_depot', 'w:1']
    """
    return _facts_of(normalize(text).text)


def _facts_of(folded: str) -> frozenset[str]:
    found = {"t:" + TARGETS[match[1]].replace(" ", "_") for match in TARGET_PATTERN.finditer(folded)}
    days, numbers = days_and_numbers(folded)
    for day in days:
        if day.weekday is not None:
            found.add(f"w:{day.weekday}")
        elif day.month is not None:
            found.add(f"d:{day.month}-{day.day}")
    found.update(f"n:{value}" for value in numbers)
    return frozenset(found)


def facts_conflict(a: frozenset[str], b: frozenset[str]) -> str | None:
    """Why two similar texts report different events, or None when one can update the other.

    - Days: both name calendar dates and share none, or both name weekdays and share
      none -> different days. Each kind on its own: template reports of two strikes can
      share a weekday word while their dates differ, or share the dateline's date
      ("BAGHDAD, Nov 19 (Reuters)") while their weekdays differ; an update that adds
      "on Wednesday" to a report of Tuesday's strike still shares Tuesday.
    - Figures: a figure is replaced when each side has figures the other lacks. More
      than ``MAX_REPLACED_FIGURES`` replaced means different figures. A revised toll
      ("six killed, three wounded" -> "nine killed, five wounded") replaces few figures and
      keeps the text, so it passes even when it replaces all of them; an added paragraph
      only adds facts and passes.
    - Figures and targets: at least half the figures replaced *and* a target replaced
      (each side names a target the other lacks: "a depot" vs "a checkpoint") is another
      strike reported from the same template.

    >>> facts_conflict(facts("Tuesday: 6 killed, 3 wounded"), facts("Tuesday: 9 killed, 5 wounded"))
    >>> facts_conflict(facts("Tuesday: 5 killed"), facts("Thursday: 5 killed"))
    'different days'
    >>> facts_conflict(facts("Tuesday: a depot hit, 6 killed"), facts("Tuesday: a checkpoint hit, 4 killed"))
    'different figures and targets'
    """
    for kind in "dw":
        days_a, days_b = _kind(a, kind), _kind(b, kind)
        if days_a and days_b and not days_a & days_b:
            return "different days"
    figures_a, figures_b = _kind(a, "n"), _kind(b, "n")
    replaced = min(len(figures_a - figures_b), len(figures_b - figures_a))
    if replaced > MAX_REPLACED_FIGURES:
        return "different figures"
    targets_a, targets_b = _kind(a, "t"), _kind(b, "t")
    if replaced and replaced >= len(figures_a & figures_b) and targets_a - targets_b and targets_b - targets_a:
        return "different figures and targets"
    return None


def _kind(found: frozenset[str], kind: str) -> set[str]:
    return {fact for fact in found if fact[0] == kind}


def _number(token: str) -> str:
    # A number token as its value ("1,200" -> "1200"); digits that are no quantity ("1.2.3") as they are.
    value = parse_number(token)
    return token if value is None else str(value)


def _shingle_hashes(found: set[str]) -> list[int]:
    # Stable across processes (unlike hash()); minhash mixes them with MurmurHash3's finaliser.
    crc32 = zlib.crc32
    return [crc32(shingle.encode()) for shingle in found]


def permutations(num_perm: int) -> np.ndarray:
    """The (a, b) pairs of *num_perm* random affine maps h -> a*h + b mod 2^32, ``a`` odd
    (a bijection: no two hashes collide), drawn as datasketch's affine32 scheme draws them.

    >>> permutations(128).shape
    (2, 128)
    """
    draw = np.random.RandomState(PERMUTATION_SEED)
    a = draw.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


def minhash(hashes: list[int], permutation_pairs: np.ndarray) -> np.ndarray:
    """The MinHash signature (uint32, one value per permutation) of a set given as its
    members' 32-bit *hashes*: each hash mixed by MurmurHash3's finaliser, then mapped by
    every permutation, the least value kept per permutation (datasketch's affine32
    ``MinHash.update_batch``; uint32 arithmetic wraps, which is the modulo 2^32).

    >>> minhash([1, 2, 3], permutations(4)).dtype
    dtype('uint32')
    """
    a, b = permutation_pairs
    return (fmix32(np.array(hashes, dtype=np.uint32).reshape(-1, 1)) * a + b).min(axis=0)


def fmix32(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser of uint32 *hashes*: a bijection that spreads weak
    hashes (datasketch's affine32 pre-mix)."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


class Bands:
    """LSH banding over MinHash signatures: two signatures equal on all *rows* values of
    any one of *bands* bands are candidates. At Jaccard similarity s a pair is one with
    probability 1 - (1 - s^rows)^bands.

        >>> signature = Sketcher(3, 128).signature("A drone struck a car near Qamishli")
        >>> bands = Bands(16, 4)
        >>> bands.insert(7, signature)
        >>> bands.query(signature)
        {7}
        >>> bands.remove(7, signature)      # the signature it was inserted with
        >>> bands.query(signature)
        set()

    A bucket holds its one ticket as is, a set only once it holds more: most buckets hold one.
    """

    def __init__(self, bands: int, rows: int):
        self.rows = rows
        self.tables: list[dict[bytes, int | set[int]]] = [{} for _ in range(bands)]

    def _keys(self, signature: np.ndarray):
        return (signature[band * self.rows:(band + 1) * self.rows].tobytes() for band in range(len(self.tables)))

    def insert(self, ticket: int, signature: np.ndarray) -> None:
        for table, key in zip(self.tables, self._keys(signature)):
            held = table.setdefault(key, ticket)
            if held is ticket:
                continue
            if isinstance(held, set):
                held.add(ticket)
            else:
                table[key] = {held, ticket}

    def remove(self, ticket: int, signature: np.ndarray) -> None:
        for table, key in zip(self.tables, self._keys(signature)):
            held = table.get(key)
            if isinstance(held, set):
                held.discard(ticket)
                if len(held) == 1:
                    table[key] = held.pop()
            elif held == ticket:
                del table[key]

    def query(self, signature: np.ndarray) -> set[int]:
        found: set[int] = set()
        for table, key in zip(self.tables, self._keys(signature)):
            held = table.get(key)
            if isinstance(held, set):
                found.update(held)
            elif held is not None:
                found.add(held)
        return found


class Sketch(NamedTuple):
    """What dedup needs of a body, computed where the body is (a worker process): its
    MinHash signature and its facts."""

    signature: np.ndarray
    facts: frozenset[str]


class Sketcher:
    """MinHash sketches of bodies for *shingle_size* and *num_perm*: a pure function of the
    body, so worker processes compute them and only the index placement stays shared.

        >>> sketch = Sketcher(3, 128).sketch("A drone struck a car near Qamishli on Tuesday")
        >>> len(sketch.signature), sorted(sketch.facts)    # a target and a weekday
        (128, ['t:vehicle', 'w:1'])
        >>> Sketcher(3, 128).sketch(" -- ") is None     # no words
        True
    """

    def __init__(self, shingle_size: int = 3, num_perm: int = 128):
        self.shingle_size, self.num_perm = shingle_size, num_perm
        self.permutations = permutations(num_perm)

    def signature(self, body: str) -> np.ndarray | None:
        """The MinHash signature (uint32 x num_perm) of *body*; None when it has no words."""
        return self._signature(_tokens_of(normalize(body).text))

    def sketch(self, body: str | Document | None) -> Sketch | None:
        """Signature and facts of *body* (the text folded once for both); None when it has no words.
        A ``Document`` (``monitor.text.document``) is read as it was folded for text analysis."""
        folded = body.folded.text if isinstance(body, Document) else normalize(body or "").text
        signature = self._signature(_tokens_of(folded))
        return None if signature is None else Sketch(signature, _facts_of(folded))

    def _signature(self, words: list[str]) -> np.ndarray | None:
        found = shingles(words, self.shingle_size)
        if not found:
            return None
        return minhash(_shingle_hashes(found), self.permutations).astype(SIGNATURE_DTYPE)


@dataclass
class Entry:
    """One indexed article (or one whose store write is pending: ``article_id`` None)."""

    ticket: int
    signature: np.ndarray
    facts: str
    content_hash: str | None
    seen_at: datetime
    article_id: int | None = None
    story_id: int | None = None
    first_id: int | None = None


@dataclass(frozen=True)
class Placement:
    """Where ``StoryIndex.place`` put an article.

    ``story_id``/``duplicate_of`` None: a new story. ``waits_for``: the best match is a
    first copy not stored yet; place again once it is. ``ticket`` goes to ``confirm``.
    """

    story_id: int | None = None
    duplicate_of: int | None = None
    similarity: float | None = None
    ticket: int | None = None
    signature: np.ndarray | None = None
    facts: str = ""
    waits_for: int | None = None


@dataclass
class StoryIndex:
    """The in-memory LSH index of recent articles, keyed by ticket; see the module docstring."""

    threshold: float = 0.5
    shingle_size: int = 3
    num_perm: int = 128
    window_days: float = 7.0
    entries: dict[int, Entry] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self.lsh = Bands(min(LSH_BANDS, self.num_perm // LSH_ROWS), LSH_ROWS)
        self.sketcher = Sketcher(self.shingle_size, self.num_perm)
        self.permutations = self.sketcher.permutations
        self.by_hash: dict[str, int] = {}
        self.order: deque[Entry] = deque()
        self.next_ticket = 1

    @property
    def scheme(self) -> str:
        """Names everything a stored signature depends on; another scheme is rebuilt."""
        return f"{SCHEME}-crc32-k{self.shingle_size}-p{self.num_perm}-n{NORMALISATION_VERSION}"

    def sketch(self, body: str) -> np.ndarray | None:
        """The MinHash signature (uint32 x num_perm) of *body*; None when it has no words."""
        return self.sketcher.signature(body)

    def place(self, body: str | None, content_hash: str | None, seen_at: datetime) -> Placement:
        """Find the story of a new article and hold its place (a ticket) until ``confirm``."""
        return self.place_sketch(self.sketcher.sketch(body), content_hash, seen_at)

    def place_sketch(self, sketch: Sketch | None, content_hash: str | None, seen_at: datetime) -> Placement:
        """``place`` for an article sketched already (``Sketcher.sketch``, in a worker process)."""
        self.expire(seen_at)
        exact = self.entries.get(self.by_hash.get(content_hash, 0))
        if exact is not None:
            if exact.article_id is None:
                return Placement(waits_for=exact.ticket)
            return Placement(exact.story_id, exact.first_id, 1.0)
        if sketch is None:
            return Placement()
        return self.place_signature(sketch.signature, sketch.facts, content_hash, seen_at)

    def place_signature(self, signature: np.ndarray, own_facts: frozenset[str], content_hash: str | None,
                        seen_at: datetime) -> Placement:
        """``place`` for an article already sketched (the LSH query and the fact check)."""
        best: dict[int, tuple[float, Entry]] = {}     # story (or pending ticket) -> best match
        vetoed: set[int] = set()
        for ticket in self.lsh.query(signature):
            entry = self.entries[ticket]
            similarity = float(np.mean(entry.signature == signature))
            if similarity < self.threshold:
                continue
            story = entry.story_id if entry.article_id is not None else -entry.ticket
            if facts_conflict(own_facts, frozenset(entry.facts.split())):
                vetoed.add(story)
            elif similarity > best.get(story, (-1.0,))[0]:
                best[story] = (similarity, entry)
        eligible = [match for story, match in best.items() if story not in vetoed]
        similarity, match = max(eligible, key=lambda pair: pair[0], default=(None, None))
        if match is not None and match.article_id is None:
            return Placement(waits_for=match.ticket)
        entry = self._hold(signature, " ".join(sorted(own_facts)), content_hash, seen_at)
        if match is None:
            return Placement(ticket=entry.ticket, signature=signature, facts=entry.facts)
        return Placement(match.story_id, match.first_id, round(similarity, 4), entry.ticket,
                         signature, entry.facts)

    def confirm(self, ticket: int | None, article_id: int, story_id: int, first_id: int) -> None:
        """The store committed the article held by *ticket*: it is a candidate from now on."""
        entry = self.entries.get(ticket)
        if entry is not None:
            entry.article_id, entry.story_id, entry.first_id = article_id, story_id, first_id

    def discard(self, ticket: int | None) -> None:
        """Forget a held place whose article was not stored (dropped or failed)."""
        entry = self.entries.get(ticket)
        if entry is not None and entry.article_id is None:
            self._remove(entry)

    def load(self, rows) -> int:
        """Index stored articles: rows of (article_id, story_id, first_id, signature bytes,
        facts, content_hash, created_at datetime), oldest first. Returns how many."""
        count = 0
        for article_id, story_id, first_id, blob, found, content_hash, created_at in rows:
            signature = np.frombuffer(blob, dtype=SIGNATURE_DTYPE)
            entry = self._hold(signature, found, content_hash, created_at)
            self.confirm(entry.ticket, article_id, story_id, first_id)
            count += 1
        return count

    def expire(self, now: datetime) -> int:
        """Drop articles first seen more than ``window_days`` before *now*; returns how many."""
        horizon = now - timedelta(days=self.window_days)
        count = 0
        while self.order and self.order[0].seen_at < horizon:
            entry = self.order.popleft()
            if self.entries.get(entry.ticket) is entry:
                self._remove(entry)
                count += 1
        return count

    def __len__(self) -> int:
        return len(self.entries)

    def _hold(self, signature, found: str, content_hash, seen_at) -> Entry:
        entry = Entry(self.next_ticket, signature, found, content_hash, seen_at)
        self.next_ticket += 1
        self.entries[entry.ticket] = entry
        self.order.append(entry)
        self.lsh.insert(entry.ticket, signature)
        if content_hash:
            self.by_hash.setdefault(content_hash, entry.ticket)
        return entry

    def _remove(self, entry: Entry) -> None:
        # A discarded entry stays queued in ``order`` until its time comes: expire skips it.
        del self.entries[entry.ticket]
        self.lsh.remove(entry.ticket, entry.signature)
        if self.by_hash.get(entry.content_hash) == entry.ticket:
            del self.by_hash[entry.content_hash]


def open_index(db, settings, now: datetime) -> StoryIndex:
    """A StoryIndex for *settings* (config.dedup) loaded with the stored articles of its window.

    Signatures stored under another scheme (shingle size, permutations, normalisation
    changed) are re-sketched from the article body and stored again.
    """
    from monitor import store   # here: the workers import this module for Sketcher alone

    index = StoryIndex(settings.threshold, settings.shingle_size, settings.num_perm, settings.window_days)
    rows = []
    for row in store.indexed_signatures(db, store.iso(now - timedelta(days=index.window_days))):
        if row["scheme"] != index.scheme:
            sketch = index.sketcher.sketch(row["body"])
            if sketch is None:
                continue
            row["minhash"], row["facts"] = sketch.signature.tobytes(), " ".join(sorted(sketch.facts))
            store.replace_signature(db, row["article_id"], index.scheme, row["minhash"], row["facts"])
        rows.append((row["article_id"], row["story_id"], row["first_id"], row["minhash"], row["facts"],
                     row["content_hash"], store.parse_iso(row["created_at"])))
    index.load(rows)
    return index

