"""Text normalisation for English and Arabic matching, with a map back to the original.

    >>> folded = normalize("Al-Bukamal’s strikes")
    >>> folded.text
    'al bukamal s strikes'
    >>> folded.span(0, 10)                # normalised [0, 10) -> original [0, 10)
    (0, 10)
    >>> normalize("  وبالبوكمال  غارة").text
    'وببوكمال غاره'

Folding, applied identically to watchlist variants and to article text:
case (casefold), diacritics and Arabic tashkeel (dropped), hyphens, apostrophes and
whitespace (one space), Arabic alef forms (أ إ آ ٱ → ا), ya (ى ی → ي), ta marbuta
(ة → ه), Kurdish and Persian letters to the Arabic ones written for them (گ → ك, ڤ → ف, پ → ب, چ → ج,
ژ → ز, ێ → ي, ۆ → و, ڕ → ر, ڵ → ل: "شنگال" and "شنكال" fold alike), hamza seats (ؤ → و, ئ → ي), tatweel (dropped), Arabic-Indic digits (→ 0-9) and
their separators (٬ → , and ٫ → .), invisible format characters (zero-width space,
joiners, marks: dropped), words broken to dodge filters as local pages and channels
post them ("قصـ.ـف", "استـ.ـهداف", "قـ ـصـ ـف", "ق ص ف", "kil*led", "k!lled", "str1ke": joined, and
``! 1 0 @`` between Latin letters read as ``i i o a``), and the Arabic article: a token-initial ``ال`` is
dropped (also after one of the proclitics و ف ب ك (or two of them), and ``لل`` → ``ل``), so
``الغارة الجوية`` and ``غارة جوية`` fold alike. The remaining proclitics (و ف ب ل ك) are accepted by the matcher at a
word's start (see ``PROCLITICS``), so ``بغارة`` matches ``غارة``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

# One-letter Arabic prefixes (and the pairs they form) allowed before a matched word.
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})

_SPECIAL = {
    "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ە": "ه", "ٱ": "ا",
    # Kurdish (and Persian) letters as Arabic writes the same names: "شنگال" is "شنكال", "ڤ" "ف"
    "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز", "ێ": "ي", "ۆ": "و", "ڕ": "ر", "ڵ": "ل",
    "ھ": "ه",   # Kurdish script's h (heh doachashmee): "بيدوھێ" is "بێدوهێ"
    "‐": " ", "‑": " ", "‒": " ", "–": " ", "—": " ", "-": " ", "_": " ",
    "'": " ", "’": " ", "‘": " ", "ʼ": " ", "ʿ": " ", "ʾ": " ", "`": " ", "´": " ",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
    "٬": ",", "٫": ".",
}
# A word broken to dodge filters: tatweel runs (kept by the fold so they show where a word
# was stretched), and between two letters of one word the dots, stars or tatweel-flanked
# spaces put in it ("قصـ.ـف", "قـ ـصـ ـف", "kil*led"). A plain space is never joined.
_AR = "\u0621-\u064a"
_BROKEN = re.compile(rf"(?<=[{_AR}])ـ*(?:ـ +|(?: +ـ|[.*·•]+)ـ*)(?=[{_AR}])|ـ+|(?<=[a-z])[*·•]+(?=[a-z])")
# Arabic letters spelled one by one ("ق ص ف"): three or more lone letters in a row are a word.
# (the letter class first, the word boundary after it: the engine then skips to Arabic letters)
_SPELLED = re.compile(rf"[{_AR}](?<!\w.)(?: [{_AR}]){{2,}}(?![\w])")
# Digits and signs standing for letters inside a Latin word ("str1ke", "k!lled"): same length.
_BREAKS = ("ـ", "*", "·", "•")
# (the sign class first, the letter before looked behind from the first sign: the engine then skips to the
# signs instead of stopping at every letter, 45 -> 12 us a body)
_LEET = re.compile(r"[!10@](?<=[a-z][!10@])[!10@]*(?=[a-z])")
_LEET_LETTERS = str.maketrans("!10@", "iioa")
# Arabizi, Arabic typed in Latin letters with digits for the letters Latin lacks ("2asf madfa3i 3ala 2aryet tal na3ur",
# "6ayyara", "jar7a"): a digit before a Latin letter, not after another digit nor an ordinal's or a unit's letters
# ("2nd", "3km", "7am"), is its letter, same length: 2 (the hamza local speech says for qaf) q, 3 (ayn) a space as
# the fold writes an ayn's mark ("Na`ur": "na ur"), 5 x (kh), 6 t, 7 h, 9 q
_ARABIZI = re.compile(r"(?<![0-9])[235679](?=[a-z])(?!(?:st|nd|rd|th|km|kg|mm|am|pm|[mhxdsk])\b)")
_ARABIZI_LETTERS = str.maketrans("235679", "q xthq")
# Token-initial Arabic article, optionally after a proclitic: the article letters go.
_ARTICLE = re.compile(r"(?<![\w])([وف]?[بك]?)(ال)(?=\w\w)|(?<![\w])([وف]?ل)(ل)(?=\w\w)")


@dataclass(frozen=True)
class Normalized:
    """Folded text and the way back: folded index -> original index.

    Folding is one character for one almost always; the exceptions (dropped marks, an
    expanded ligature) are mapped by ``base``, and the later deletions (extra spaces, the
    Arabic article) as cut points with the number of characters removed before them.
    """

    text: str
    original: str
    irregular: bool             # some character folds to none or several: ``base`` is needed
    cuts: list[int]             # folded index where another deletion starts counting
    shifts: list[int]           # characters deleted before that point

    @cached_property
    def base(self) -> list[int] | None:
        """Folded-before-deletions index -> original index (None: identity); built on the
        first way back, as most folded texts (dedup sketches) never need it."""
        if not self.irregular:
            return None
        base, regular_from = [], 0
        for found in _FOLD.irregular_pattern().finditer(self.original):   # the identity between them
            index = found.start()
            base.extend(range(regular_from, index))
            base.extend([index] * len(_FOLD[ord(found[0])]))
            regular_from = index + 1
        base.extend(range(regular_from, len(self.original)))
        return base

    def origin(self, index: int) -> int:
        index += self.shifts[bisect.bisect_right(self.cuts, index) - 1]
        return self.base[index] if self.base is not None else index

    def position(self, index: int) -> int:
        """The way there: original index -> the folded index of the first character folded
        from it or after it (so ``text[position(a):position(b)]`` is original [a, b) folded).

        >>> folded = normalize("Al-Bukamal  strikes")
        >>> folded.text[folded.position(12):]
        'strikes'
        """
        if self.base is not None:
            index = bisect.bisect_left(self.base, index)
        segment = bisect.bisect_right(self._resumes, index) - 1
        index -= self.shifts[segment]
        return min(index, self.cuts[segment + 1]) if segment + 1 < len(self.cuts) else index

    @cached_property
    def _resumes(self) -> list[int]:
        """Index before deletions where each kept run (after ``cuts[k]``) starts."""
        return [cut + shift for cut, shift in zip(self.cuts, self.shifts)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covered by normalised [start, end).

        Dropped letters right before the start (an Arabic article) and marks right after
        the end (tashkeel, tatweel) belong to the word, so they are included.
        """
        first = self.origin(start)
        floor = self.origin(start - 1) + 1 if start > 0 else 0
        while first > floor and self.original[first - 1].isalnum():
            first -= 1
        last = self.origin(end - 1) + 1
        while last < len(self.original) and not fold_char(self.original[last]):
            last += 1
        return first, last


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One original character folded: '' (dropped), one or several characters."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isspace():
        return " "
    if unicodedata.category(char) == "Cf":   # zero-width space/joiners, direction marks, soft hyphen
        return ""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return "".join(_SPECIAL.get(c, c) for c in folded)


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character."""

    irregular: set[str] = set()     # characters that fold to nothing or to several
    _pattern: tuple[int, re.Pattern] = (0, re.compile("(?!)"))   # (len(irregular), a class of them)

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        return folded

    def irregular_pattern(self) -> re.Pattern:
        """One of the irregular characters seen so far (compiled again when one more is seen)."""
        if self._pattern[0] != len(self.irregular):
            self._pattern = (len(self.irregular), re.compile("[%s]" % "".join(map(re.escape, sorted(self.irregular)))))
        return self._pattern[1]


_FOLD = _FoldTable()
# ASCII runs of a text: ``str.translate`` folds an ASCII string through a cache of its characters, any other
# string one character at a time (a page with one curly quote: 0.29 -> 0.11 ms a body); shorter runs are not
# worth a piece of their own.
_ASCII_RUN = re.compile(r"[\x00-\x7f]{24,}")


# Every ASCII character folds to one ASCII character: an ASCII run is folded as bytes, through one table (a str's
# translate looks each character up in _FOLD again at every call: 61 -> 47 us a body)
_ASCII_FOLD = bytes(ord(_FOLD[code]) for code in range(128)) + bytes(range(128, 256))


def _fold_ascii(text: str) -> str:
    """An ASCII *text* folded (``text.translate(_FOLD)``).

    >>> _fold_ascii("Al-Bukamal's STRIKES") == "Al-Bukamal's STRIKES".translate(_FOLD)
    True
    """
    return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")


def _fold_text(text: str) -> str:
    """*text* folded character by character (``fold_char``), its ASCII runs through the fast path.

    >>> text = "Al-Bukamal’s strikes, said the “Observatory” on Tuesday"
    >>> _fold_text(text) == text.translate(_FOLD)
    True
    """
    if text.isascii():
        return _fold_ascii(text)
    parts, done = [], 0
    for run in _ASCII_RUN.finditer(text):
        parts += (text[done:run.start()].translate(_FOLD), _fold_ascii(run.group()))
        done = run.end()
    parts.append(text[done:].translate(_FOLD))
    return "".join(parts)


# Two spaces or more (the first stays); as two literal spaces first, the engine skips to them (44 -> 8 us a body).
_EXTRA_SPACES = re.compile(r"   *")


def _folded(text: str) -> tuple[str, list[tuple[int, int]]]:
    """*text* folded character by character, and the spans of that fold which the folding then deletes (extra
    spaces, broken words' marks, the Arabic article), sorted and merged."""
    folded = _fold_text(text)
    if _LEET.search(folded):
        folded = _LEET.sub(lambda m: m[0].translate(_LEET_LETTERS), folded)
    if _ARABIZI.search(folded):
        folded = _ARABIZI.sub(lambda m: m[0].translate(_ARABIZI_LETTERS), folded)
    leading = len(folded) - len(folded.lstrip(" "))
    drops = [(0, leading)] if leading else []
    drops += [(m.start() + 1, m.end()) for m in _EXTRA_SPACES.finditer(folded, leading)]
    if any(mark in folded for mark in _BREAKS):
        drops.extend(m.span() for m in _BROKEN.finditer(folded))
    for spelled in _SPELLED.finditer(folded):
        drops.extend((space, space + 1) for space in range(spelled.start() + 1, spelled.end(), 2))
    if "ال" in folded or "لل" in folded:
        drops.extend(m.span(2 if m.group(2) else 4) for m in _ARTICLE.finditer(folded))
    return folded, _union(drops)


def _kept(folded: str, drops: list[tuple[int, int]]) -> str:
    """*folded* without its *drops*."""
    parts, position = [], 0
    for start, end in drops:
        parts.append(folded[position:start])
        position = end
    parts.append(folded[position:])
    return "".join(parts)


def normalize(text: str) -> Normalized:
    """Fold *text* for matching, keeping where every folded character came from."""
    folded, drops = _folded(text)
    cuts, shifts, removed = [0], [0], 0
    for start, end in drops:
        cuts.append(start - removed)
        removed += end - start
        shifts.append(removed)
    irregular = bool(_FOLD.irregular_pattern().search(text))
    return Normalized(_kept(folded, drops), text, irregular, cuts, shifts)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping spans merged (a broken word's space may also be an extra space)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def normalize_term(text: str) -> str:
    """A watchlist variant folded exactly as article text is (``normalize`` without the way back: the lexicon's
    build folds 117,000 names).

    >>> normalize_term(" Al-Bukamal "), normalize_term("str1ke"), normalize_term("البوكمال")
    ('al bukamal', 'strike', 'بوكمال')
    """
    if text.isascii():   # most names: their fold drops nothing (no Arabic, no signs for letters, no spaces run)
        folded = text.translate(_FOLD)
        if not _MAY_DROP_ASCII.search(folded):
            return folded.strip()
    return _kept(*_folded(text)).strip()


# What ``_folded`` may drop from a folded ASCII text besides its leading spaces: a run of spaces, a sign that stands
# for a letter (_LEET) or breaks a word (_BREAKS)
_MAY_DROP_ASCII = re.compile(r"  |[!10@*]|[235679](?=[a-z])")   # (and an Arabizi digit, which it reads as its letter)


_NOT_NAME = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)   # the locating of one article compares the same governorates' names dozens of times
def name_key(name: str) -> str:
    """Place and actor names compare without case, spaces, hyphens or punctuation.

    >>> name_key("Deir ez-Zor") == name_key("DEIR EZZOR")
    True
    """
    return _NOT_NAME.sub("", name.casefold())
