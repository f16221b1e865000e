"""Text normalisation for English and Arabic matching, with a map back to the original.

    >>> folded = normalize("Al-Bukamal’s strikes")
    >>> folded.text
    'al bukamal s strikes'
    >>> folded.span(0, 10)                # normalised [0, 10) -> original [0, 10)
    (0, 10)

Folding, applied identically to watchlist variants and to article text:
case (casefold), diacritics and Arabic tashkeel (dropped), hyphens, apostrophes and
whitespace (one space), Arabic alef forms (أ إ آ ٱ → ا), ya (ى ی → ي), ta marbuta
(ة → ه), hamza seats (ؤ → و, ئ → ي), tatweel (dropped), Arabic-Indic digits (→ 0-9),
and the Arabic article: a token-initial ``ال`` is dropped (also after one of the
proclitics و ف ب ك (or two of them), and ``لل`` → ``ل``), so ``الغارة الجوية`` and ``غارة جوية`` fold
alike. The remaining proclitics (و ف ب ل ك) are accepted by the matcher at a
word's start (see ``PROCLITICS``), so ``بغارة`` matches ``غارة``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# One-letter Arabic prefixes (and the pairs they form) allowed before a matched word.
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})

_SPECIAL = {
    "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ە": "ه", "ٱ": "ا", "ـ": "",
    "‐": " ", "‑": " ", "‒": " ", "–": " ", "—": " ", "-": " ", "_": " ",
    "'": " ", "’": " ", "‘": " ", "ʼ": " ", "ʿ": " ", "ʾ": " ", "`": " ", "´": " ",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
}
# Token-initial Arabic article, optionally after a proclitic: the article letters go.
_ARTICLE = re.compile(r"(?<![\w])([وف]?[بك]?)(ال)(?=\w\w)|(?<![\w])([وف]?ل)(ل)(?=\w\w)")


@dataclass(frozen=True)
class Normalized:
    """Folded text and, for each of its characters, the index of the original character."""

    text: str
    origin: list[int]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covered by normalised [start, end).

        Dropped letters right before the start (an Arabic article) and marks right after
        the end (tashkeel, tatweel) belong to the word, so they are included.
        """
        first = self.origin[start]
        floor = self.origin[start - 1] + 1 if start > 0 else 0
        while first > floor and self.original[first - 1].isalnum():
            first -= 1
        last = self.origin[end - 1] + 1
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
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return "".join(_SPECIAL.get(c, c) for c in folded)


def normalize(text: str) -> Normalized:
    """Fold *text* for matching, keeping where every folded character came from."""
    parts = [fold_char(char) for char in text]
    chars, origin = [], []
    previous_space = True  # also drops leading spaces
    for index, part in enumerate(parts):
        for char in part:
            if char == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            chars.append(char)
            origin.append(index)
    folded = "".join(chars)
    if "ال" in folded or "لل" in folded:
        folded, origin = _drop_articles(folded, origin)
    return Normalized(folded, origin, text)


def _drop_articles(folded: str, origin: list[int]) -> tuple[str, list[int]]:
    drop: set[int] = set()
    for match in _ARTICLE.finditer(folded):
        group = 2 if match.group(2) else 4
        drop.update(range(match.start(group), match.end(group)))
    if not drop:
        return folded, origin
    keep = [i for i in range(len(folded)) if i not in drop]
    return "".join(folded[i] for i in keep), [origin[i] for i in keep]


def normalize_term(text: str) -> str:
    """A watchlist variant folded exactly as article text is."""
    return normalize(text).text.strip()
