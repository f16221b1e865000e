"""Watchlist matching: every watchlist term, folded, in one Aho-Corasick automaton.

    >>> lexicon = lexicon_for(config)                    # built once per config
    >>> matches = match_watchlists(body, lexicon)        # whole-word, longest match, EN+AR folded

``start``/``end``/``matched_text`` of a Match refer to the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import ahocorasick

from monitor.text.normalize import PROCLITICS, normalize, normalize_term
from monitor.text.places import Place

if TYPE_CHECKING:  # config imports the text package: types only here
    from monitor.config import Config, MatchingConfig, WatchlistConfig


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
class Lexicon:
    automaton: ahocorasick.Automaton | None
    places: dict[str, Place]            # term of a gazetteer watchlist -> its place
    place_watchlists: frozenset[str]
    matching: MatchingConfig
    variants: int                       # keys in the automaton

    @property
    def enabled(self) -> bool:
        return self.automaton is not None


def compile_lexicon(watchlists: dict[str, WatchlistConfig], gazetteers: dict[str, tuple[Place, ...]],
                       matching: MatchingConfig) -> Lexicon:
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
    return Lexicon(automaton, places, place_watchlists, matching, len(keys))


_cache: tuple[Config, Lexicon] | None = None


def lexicon_for(config: Config) -> Lexicon:
    """The lexicon (compiled watchlists and places) of *config*, built once per config (a reload is a new config)."""
    global _cache
    if _cache is None or _cache[0] is not config:
        _cache = (config, compile_lexicon(config.watchlists, config.gazetteers, config.matching))
    return _cache[1]


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def match_watchlists(text: str, lexicon: Lexicon) -> list[Match]:
    """Every whole-word watchlist match in *text*, longest first within each watchlist.

    Within one watchlist overlapping matches resolve leftmost-longest ("Kataib
    Hezbollah" hides "Hezbollah"). Across watchlists overlaps stand ("Turkish drone" is
    an actor, "drone strike" a strike term), except a place inside a longer name of
    another watchlist, which is no place ("Deir Ezzor 24" is a source).
    """
    if not lexicon.enabled or not text:
        return []
    folded = normalize(text)
    string = folded.text
    candidates: dict[str, list[tuple[int, int, Entry]]] = {}
    for last, (length, entries) in lexicon.automaton.iter(string):
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
    chosen = [c for c in chosen if c[2].watchlist not in lexicon.place_watchlists or not any(
        o[2].watchlist != c[2].watchlist and o[0] <= c[0] and c[1] <= o[1] and o[1] - o[0] > c[1] - c[0]
        for o in chosen)]
    matches = []
    for start, end, entry in sorted(chosen, key=lambda c: (c[0], c[1], c[2].watchlist)):
        start, end = folded.span(start, end)
        matches.append(Match(entry.watchlist, entry.term, text[start:end], start, end,
                             entry.category, entry.weight))
    return matches
