"""Watchlist matching and the strike-report decision.

    >>> compiled = compiled_for(config)                  # one Aho-Corasick automaton per config
    >>> matches = match_watchlists(body, compiled)       # whole-word, longest match, EN+AR folded
    >>> decision = decide_strike_report(body, matches, compiled.matching)
    >>> decision.is_strike_report, decision.score

``start``/``end``/``matched_text`` of a Match refer to the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import ahocorasick

from monitor.config import Config, MatchingConfig, WatchlistConfig
from monitor.gazetteer import Place
from monitor.normalize import PROCLITICS, normalize, normalize_term


@dataclass(frozen=True)
class Entry:
    """What a folded variant stands for in one watchlist."""

    watchlist: str
    term: str
    category: str | None
    weight: float


@dataclass(frozen=True)
class Match:
    watchlist: str
    term: str
    matched_text: str
    start: int
    end: int
    category: str | None = None
    weight: float = 1.0

    def row(self, article_id: int) -> dict:
        """The ``matches`` table row."""
        return {"article_id": article_id, "watchlist": self.watchlist, "term": self.term,
                "matched_text": self.matched_text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Compiled:
    automaton: ahocorasick.Automaton | None
    places: dict[str, Place]            # term of a gazetteer watchlist -> its place
    place_watchlists: frozenset[str]
    matching: MatchingConfig
    variants: int                       # keys in the automaton

    @property
    def enabled(self) -> bool:
        return self.automaton is not None


@dataclass(frozen=True)
class Decision:
    is_strike_report: bool
    score: float


def compile_watchlists(watchlists: dict[str, WatchlistConfig], gazetteers: dict[str, tuple[Place, ...]],
                       matching: MatchingConfig) -> Compiled:
    """One automaton over every folded variant of every watchlist (a gazetteer gives places)."""
    keys: dict[str, dict[str, Entry]] = {}
    places: dict[str, Place] = {}
    for name, watchlist in watchlists.items():
        if watchlist.gazetteer:
            terms = [(p.name, p.kind, 1.0, p.variants) for p in gazetteers.get(name, ())]
            places.update((p.name, p) for p in gazetteers.get(name, ()))
        else:
            terms = [(t.term, t.category, t.weight, t.variants) for t in watchlist.terms]
        for term, category, weight, variants in terms:
            for variant in (term, *variants):
                folded = normalize_term(variant)
                if folded:  # one entry per watchlist: the config check rejects clashes
                    keys.setdefault(folded, {}).setdefault(name, Entry(name, term, category, weight))
    automaton = None
    if keys:
        automaton = ahocorasick.Automaton()
        for folded, entries in keys.items():
            automaton.add_word(folded, (len(folded), tuple(entries.values())))
        automaton.make_automaton()
    place_watchlists = frozenset(name for name, w in watchlists.items() if w.gazetteer)
    return Compiled(automaton, places, place_watchlists, matching, len(keys))


_cache: tuple[Config, Compiled] | None = None


def compiled_for(config: Config) -> Compiled:
    """The compiled watchlists of *config*, built once per config (a reload is a new config)."""
    global _cache
    if _cache is None or _cache[0] is not config:
        _cache = (config, compile_watchlists(config.watchlists, config.gazetteers, config.matching))
    return _cache[1]


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def match_watchlists(text: str, compiled: Compiled) -> list[Match]:
    """Every whole-word watchlist match in *text*, longest first within each watchlist.

    Within one watchlist overlapping matches resolve leftmost-longest ("Kataib
    Hezbollah" hides "Hezbollah"). Across watchlists overlaps stand ("Turkish drone" is
    an actor, "drone strike" a strike term), except a place inside a longer name of
    another watchlist, which is no place ("Deir Ezzor 24" is a source).
    """
    if not compiled.enabled or not text:
        return []
    folded = normalize(text)
    string = folded.text
    candidates: dict[str, list[tuple[int, int, Entry]]] = {}
    for last, (length, entries) in compiled.automaton.iter(string):
        start, end = last - length + 1, last + 1
        if end < len(string) and string[end].isalnum():
            continue
        if start > 0 and string[start - 1].isalnum():
            word_start = start - 1
            while word_start > 0 and string[word_start - 1].isalnum():
                word_start -= 1
            if not (_is_arabic(string[start]) and string[word_start:start] in PROCLITICS):
                continue
        for entry in entries:
            candidates.setdefault(entry.watchlist, []).append((start, end, entry))
    chosen: list[tuple[int, int, Entry]] = []
    for found in candidates.values():
        found.sort(key=lambda c: (c[0], c[0] - c[1]))
        reached = -1
        for start, end, entry in found:
            if start >= reached:
                chosen.append((start, end, entry))
                reached = end
    chosen = [c for c in chosen if c[2].watchlist not in compiled.place_watchlists or not any(
        o[2].watchlist != c[2].watchlist and o[0] <= c[0] and c[1] <= o[1] and o[1] - o[0] > c[1] - c[0]
        for o in chosen)]
    matches = []
    for start, end, entry in sorted(chosen, key=lambda c: (c[0], c[1], c[2].watchlist)):
        start, end = folded.span(start, end)
        matches.append(Match(entry.watchlist, entry.term, text[start:end], start, end,
                             entry.category, entry.weight))
    return matches


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?؟]+[\"'”’»)]*\s+|\s*\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at . ! ? ؟ before a space (not in "U.S."), and at newlines.

    >>> sentence_spans("One. Two in the U.S. now.\\nThree")
    [(0, 4), (5, 25), (26, 31)]
    """
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        stop = end.start() + len(end.group().rstrip())
        if text[start:stop].strip():
            spans.append((start, stop))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def windows(text: str, matches: list[Match], window: str | int) -> list[list[Match]]:
    """Groups of matches that count as co-occurring: per sentence, or within N words of a match."""
    if window == "sentence":
        spans = sentence_spans(text)
        starts = [s for s, _ in spans]
        groups: dict[int, list[Match]] = {}
        for match in matches:
            groups.setdefault(max(bisect.bisect_right(starts, match.start) - 1, 0), []).append(match)
        return list(groups.values())
    word_starts = [m.start() for m in re.finditer(r"\S+", text)]
    position = [bisect.bisect_right(word_starts, m.start) for m in matches]
    return [[m for m, p in zip(matches, position) if abs(p - centre) <= window] for centre in position]


def match_article(text: str | None, compiled: Compiled) -> tuple[list[Match], Decision | None]:
    """Matches and decision for one article body (None: no watchlists, matching is off)."""
    if not compiled.enabled:
        return [], None
    matches = match_watchlists(text or "", compiled)
    return matches, decide_strike_report(text or "", matches, compiled.matching)


def decide_strike_report(text: str, matches: list[Match], matching: MatchingConfig) -> Decision:
    """Strike report when one window holds every required watchlist and scores min_score.

    The score of a window is the sum of the weights of its matches from the ``score``
    watchlists; the article's match_score is its best window's.
    """
    best = 0.0
    for group in windows(text, matches, matching.window):
        present = {m.watchlist for m in group}
        if all(name in present for name in matching.require):
            best = max(best, sum(m.weight for m in group if m.watchlist in matching.score))
    return Decision(best >= matching.min_score and best > 0, round(best, 3))
