"""One article's text as every stage of analysis reads it: folded once, split once.

    >>> doc = Document.of("A drone struck al-Hajin.  Three were killed.")
    >>> doc.spans
    ((0, 24), (26, 44))
    >>> doc.sentence_of(30), doc.sentence(1).text
    (1, 'three were killed.')
    >>> doc.fold(15, 24), doc.before(15)
    ('al hajin.', 'a drone struck ')
    >>> doc.sentence(0).span(15, 23)         # folded [15, 23) of sentence 0 -> its original [15, 23)
    (15, 23)

``analyse`` builds it; watchlist matching, the decision, the places and the events read
its folded text (``monitor.normalize``) instead of folding slices of the text again.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from monitor.normalize import Normalized, normalize
from monitor.text.sentences import sentence_spans

K = TypeVar("K")
T = TypeVar("T")


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
    """An article's text, its fold and its sentences: built once by ``Document.of``."""

    text: str
    folded: Normalized                      # the whole text folded, with the way back
    spans: tuple[tuple[int, int], ...]      # sentences: (start, end) in the text
    starts: tuple[int, ...]                 # where each sentence starts (sentence_of's bisection)
    sliced: dict[int, Folded] = field(default_factory=dict, repr=False, compare=False)   # sentence() so far
    memo: dict[tuple[Callable, object], object] = field(default_factory=dict, repr=False, compare=False)   # once() so far

    @classmethod
    def of(cls, text: str | Document) -> Document:
        """The document of *text* (a document is its own)."""
        if isinstance(text, Document):
            return text
        folded = normalize(text)
        spans = tuple(sentence_spans(text))
        return cls(text, folded, spans, tuple(start for start, _ in spans))

    def sentence(self, index: int) -> Folded:
        """Sentence *index*'s folded slice (sliced on first use: most sentences are never read)."""
        sliced = self.sliced.get(index)
        if sliced is None:
            start, end = self.spans[index]
            first = self.folded.position(start)
            sliced = self.sliced[index] = Folded(self.folded.text[first:self.folded.position(end)], self.folded,
                                                 first, start)
        return sliced

    def once(self, function: Callable[[str], T], piece: str) -> T:
        """``function(piece)`` of a pure *function* of a piece of this document's text (folded or not),
        computed once per document: the stages ask the same of the same piece (a sentence's foreground:
        decision and events; the datelines).

        >>> from monitor.text.decision import foreground
        >>> doc = Document.of("A drone struck Hajin, days after a blast killed two.")
        >>> doc.once(foreground, doc.sentence(0).text) is doc.once(foreground, doc.sentence(0).text)
        True
        """
        key = (function, piece)
        if key not in self.memo:
            self.memo[key] = function(piece)
        return self.memo[key]

    def memoized(self, function: Callable[[K], T]) -> Callable[[K], T]:
        """*function* of one hashable argument, pure while this document is read, with its values kept in this
        document's memo (``once``): locating a strike tests each place name several times, with tests it makes
        anew at each call (functools.cache costs ~3 us to make, this a tenth of it).

        >>> doc = Document.of("A drone struck Hajin.")
        >>> pair = doc.memoized(lambda name: [name, name])
        >>> pair("hajin") is pair("hajin")
        True
        """
        return lambda piece: self.once(function, piece)

    def once_with(self, function: Callable[..., T], *pieces) -> T:
        """``function(document, *pieces)`` of a pure *function* of this document and pieces of it (a match),
        computed once per document (``once``): where a place's mention stands is asked for each strike of
        the article. (The key is the pieces alone: a document's hash would read its whole text.)

        >>> doc = Document.of("A drone struck Hajin.")
        >>> doc.once_with(Document.before, 15, 20), doc.memo[Document.before, (15, 20)]
        ('a drone struck ', 'a drone struck ')
        """
        key = (function, pieces)
        if key not in self.memo:
            self.memo[key] = function(self, *pieces)
        return self.memo[key]

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding (or last starting before) the text's *offset*."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def fold(self, start: int, end: int) -> str:
        """The folded text of the original [start, end) (kept in the memo: the rules fold the words around one
        match again and again)."""
        key = (Document.fold, (start, end))
        folded = self.memo.get(key)
        if folded is None:
            folded = self.memo[key] = self.folded.text[self.folded.position(max(start, 0)):self.folded.position(end)]
        return folded

    def before(self, offset: int, width: int = 40) -> str:
        """The few folded words of the *width* characters before *offset*, ending in one space (kept in the memo, as
        ``once_with`` keeps them: five calls in six ask again for words asked before)."""
        key = (Document.before, (offset, width))
        words = self.memo.get(key)
        if words is None:
            words = self.memo[key] = self.fold(offset - width, offset).strip() + " "
        return words
