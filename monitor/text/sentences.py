"""Sentences of a text and the windows in which matches count as co-occurring.

    >>> sentence_spans("One. Two in the U.S. now.\\nThree")
    [(0, 4), (5, 25), (26, 31)]
"""

from __future__ import annotations

import bisect
import re


# A newline ends a sentence too; the spaces before it are trimmed off the sentence. The
# lookahead first: the engine skips to candidate characters instead of trying every one.
_SENTENCE_END = re.compile(r"(?=[.!?؟\n])(?:(?<!\b[A-Z])[.!?؟]+[\"'”’»)]*\s+|\n\s*)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at . ! ? ؟ before a space (not in "U.S."), and at newlines.

    >>> sentence_spans("One. Two in the U.S. now.\\nThree")
    [(0, 4), (5, 25), (26, 31)]
    """
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        stop = end.start() + len(end.group().rstrip())
        stop = start + len(text[start:stop].rstrip())
        if stop > start:
            spans.append((start, stop))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def windows(text: str, matches: list, window: str | int, spans: list[tuple[int, int]] | None = None) -> list[list]:
    """Groups of matches that count as co-occurring: per sentence (*spans*: the text's
    sentence_spans, when the caller has them), or within N words of a match."""
    if window == "sentence":
        spans = spans if spans is not None else sentence_spans(text)
        starts = [s for s, _ in spans]
        groups: dict[int, list[Match]] = {}
        for match in matches:
            groups.setdefault(max(bisect.bisect_right(starts, match.start) - 1, 0), []).append(match)
        return list(groups.values())
    word_starts = [m.start() for m in re.finditer(r"\S+", text)]
    position = [bisect.bisect_right(word_starts, m.start) for m in matches]
    return [[m for m, p in zip(matches, position) if abs(p - centre) <= window] for centre in position]




def sentence_index(starts: list[int]):
    """A function from a text offset to the index of its sentence, given the sentences' starts."""

    def index(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    return index
