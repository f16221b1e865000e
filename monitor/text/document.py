"""One article's text as every stage of analysis reads it: folded once, split once.

    >>> doc = Document.of("A drone struck al-Hajin.  Three were killed.")
    >>> doc.spans
    ((0, 24), (26, 44))
    >>> doc.sentence_of(30), doc.sentences[1].text
    (1, 'three were killed.')
    >>> doc.fold(15, 24), doc.before(15)
    ('al hajin.', 'a drone struck ')
    >>> doc.sentences[0].span(15, 23)        # folded [15, 23) of sentence 0 -> its original [15, 23)
    (15, 23)

``analyse`` builds it; watchlist matching, the decision, the places and the events read
its folded text (``monitor.normalize``) instead of folding slices of the text again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Union

from monitor.normalize import Normalized, normalize
from monitor.text.sentences import sentence_spans


@dataclass(frozen=True)
class Folded:
    """A piece of the document's folded text with the way back to the original, in offsets
    from the piece's own start: what ``normalize`` of that piece gives, without folding it."""

    text: str
    whole: Normalized
    folded_start: int           # where the piece starts in the whole folded text
    start: int                  # where it starts in the original text

    def origin(self, index: int) -> int:
        """Folded index in the piece -> original index in the piece."""
        return self.whole.origin(self.folded_start + index) - self.start

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The piece's original [start, end) covered by its folded [start, end) (``Normalized.span``)."""
        first, last = self.whole.span(self.folded_start + start, self.folded_start + end)
        return first - self.start, last - self.start


@dataclass(frozen=True)
class Document:
    text: str
    folded: Normalized                      # the whole text folded, with the way back
    spans: tuple[tuple[int, int], ...]      # sentences: (start, end) in the text
    sentences: tuple[Folded, ...]           # each sentence's folded slice
    starts: tuple[int, ...]                 # where each sentence starts (sentence_of's bisection)

    @classmethod
    def of(cls, text: Union[str, "Document"]) -> "Document":
        """The document of *text* (a document is its own)."""
        if isinstance(text, Document):
            return text
        folded = normalize(text)
        spans = tuple(sentence_spans(text))
        positions = _positions(folded)
        sentences = []
        for start, end in spans:
            first, last = positions(start), positions(end)
            sentences.append(Folded(folded.text[first:last], folded, first, start))
        return cls(text, folded, spans, tuple(sentences), tuple(start for start, _ in spans))

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding (or last starting before) the text's *offset*."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def fold(self, start: int, end: int) -> str:
        """The folded text of the original [start, end)."""
        positions = _positions(self.folded)
        return self.folded.text[positions(max(start, 0)):positions(min(end, len(self.text)))]

    def before(self, offset: int, width: int = 40) -> str:
        """The few folded words of the *width* characters before *offset*, ending in one space."""
        return self.fold(offset - width, offset).strip() + " "


def _positions(folded: Normalized):
    """A function from an original offset to the folded index of the first character folded
    from it or after it (the way there; ``Normalized.origin`` is the way back)."""
    indices = range(len(folded.text))

    def position(offset: int) -> int:
        return bisect.bisect_left(indices, offset, key=folded.origin)

    return position
