"""Watchlist matching: every watchlist term, folded, in one Aho-Corasick automaton.

    >>> from monitor.config import load_config
    >>> lexicon = lexicon_for(load_config("config.yaml"))    # built once per config
    >>> matches = match_watchlists("غارة بطائرة مسيرة على البوكمال", lexicon)   # whole-word, longest, EN+AR folded
    >>> [(match.watchlist, match.matched_text) for match in matches]
    [('strike', 'غارة'), ('strike', 'طائرة مسيرة'), ('places', 'البوكمال')]
    >>> matches = match_watchlists(Document.of("Strike on Abu Kamal"), lexicon)   # an analysed text: folded already

``start``/``end``/``matched_text`` of a Match refer to the original text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import re

import ahocorasick

from monitor.text.lexicon_cache import cached_lexicon
from monitor.gazetteer import read_homographs
from monitor.memory import collections_held
from monitor.normalize import PROCLITICS, normalize_term
from monitor.patterns import compile_alternation
from monitor.vocabulary import ACTORS, AIR, ATTACK, CLASH, CUES, DRONE_AS_INSTRUMENT, SOURCES, STRIKE, VERBLESS_DRONE_STRIKE
from monitor.text.document import Document
from monitor.text.places import (CLITIC_LOOKALIKES, PLACE_RULES, VILLAGE_WORD, Place, at_line_head, caseless, hill_spellings, listed_spellings, looks_like_place, seat_names,
                                 alone_on_list_line, on_district_line, unmarked_names, usable_variant)

if TYPE_CHECKING:  # the arrows run config -> vocabulary/gazetteer/normalize <- text: config's types only
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
    folded: str = ""                    # the folded variant matched (a key of Lexicon.places for a place)

    def row(self, article_id: int) -> dict:
        """The ``matches`` table row."""
        return {"article_id": article_id, "watchlist": self.watchlist, "term": self.term,
                "matched_text": self.matched_text, "start": self.start, "end": self.end}


@dataclass(frozen=True, eq=False)   # (one lexicon is one build: hashed by identity, a key of a document's memo)
class Lexicon:
    automaton: ahocorasick.Automaton | None
    places: dict[str, tuple[Place, ...]]   # folded variant of a gazetteer watchlist -> every place it names
    place_watchlists: frozenset[str]
    matching: MatchingConfig
    variants: int                       # keys in the automaton
    areas: dict[tuple[str, str], Place] = field(default_factory=dict)  # (admin1, admin2 or "") -> its place
    seats: dict[tuple[str, str], Place] = field(default_factory=dict)  # (admin1, admin2) -> its main town
    place_rules: frozenset[str] = PLACE_RULES   # what a place match must pass (places.looks_like_place)
    area_places: dict[str, tuple[Place, ...]] = field(default_factory=dict)   # governorate -> its places
    # governorate -> (spelling key -> places, folded name -> places), filled on a governorate's first
    # tolerant lookup (places.find_tolerantly)
    spellings: dict[str, tuple[dict, dict]] = field(default_factory=dict)
    homographs: frozenset[str] = frozenset()   # folded place names that are also everyday words

    @property
    def enabled(self) -> bool:
        return self.automaton is not None


@collections_held()   # (its hundred thousand entries live on: the collections their making sets off free nothing)
def compile_lexicon(watchlists: dict[str, WatchlistConfig], gazetteers: dict[str, tuple[Place, ...]],
                    matching: MatchingConfig, place_rules: frozenset[str] = PLACE_RULES,
                    homographs: frozenset[str] | None = None) -> Lexicon:
    """One automaton over every folded variant of every watchlist (a gazetteer gives places).

    A place variant names every gazetteer place that has it; its entry's term is the most
    salient of them (the ``matches.term`` written). *homographs*: the folded names that need a
    place cue as everyday words too (default: seeds/homographs.csv).
    """
    keys: dict[str, dict[str, Entry]] = {}
    places: dict[str, list[Place]] = {}
    areas: dict[tuple[str, str], Place] = {}
    seats: dict[tuple[str, str], Place] = {}
    for name, watchlist in watchlists.items():
        if watchlist.gazetteer:
            own: dict[str, list[Place]] = {}
            district_names = {(p.admin1, p.admin2): {normalize_term(p.admin2), *seat_names(p)}
                              for p in gazetteers.get(name, ()) if p.kind == "district"}
            for place in gazetteers.get(name, ()):
                names = {normalize_term(v) for v in (place.name, *place.variants)}
                names |= unmarked_names((place.name, *place.variants))
                if "hashtags" in place_rules and (place.curated or place.kind == "governorate"):
                    names |= hashtag_names(names)
                names |= tribe_names(names)
                if "nahiya" in place_rules and place.kind != "subdistrict":   # (a sub-district row has its own)
                    names |= subdistrict_names(names)
                if place.kind in ("governorate", "district"):
                    areas.setdefault((place.admin1, place.admin2 if place.kind == "district" else ""), place)
                elif names & district_names.get((place.admin1, place.admin2), set()):   # the district's seat
                    seat = seats.setdefault((place.admin1, place.admin2), place)
                    if place.salience > seat.salience:
                        seats[place.admin1, place.admin2] = place
                for folded in names:
                    if folded and usable_variant(folded, place, place_rules):
                        own.setdefault(folded, []).append(place)
            shared: dict[tuple[str, str], Entry] = {}   # one Entry per place name, not per variant
            for folded, candidates in own.items():
                best = max(candidates, key=lambda p: p.salience)
                entry = shared.setdefault((best.name, best.kind), Entry(name, best.name, best.kind, 1.0))
                keys.setdefault(folded, {}).setdefault(name, entry)
                places.setdefault(folded, []).extend(candidates)
            continue
        for term in watchlist.terms:
            for variant in (term.term, *term.variants):
                folded = normalize_term(variant)
                if folded:  # one entry per watchlist: the config check rejects clashes
                    keys.setdefault(folded, {}).setdefault(name, Entry(name, term.term, term.category, term.weight))
    automaton = None
    if keys:
        automaton = ahocorasick.Automaton()
        # (in sorted order: a node's children are then laid out, and searched, in the order of their letters, and a
        # subtree's nodes are allocated together; the same matches, the scan of a text ~15 % quicker)
        for folded, entries in sorted(keys.items()):
            automaton.add_word(folded, (len(folded), tuple(entries.values())))
        automaton.make_automaton()
    place_watchlists = frozenset(name for name, w in watchlists.items() if w.gazetteer)
    area_places: dict[str, list[Place]] = {}
    for name in place_watchlists:
        for place in gazetteers.get(name, ()):
            area_places.setdefault(place.admin1, []).append(place)
    return Lexicon(automaton, {k: tuple(v) for k, v in places.items()}, place_watchlists, matching, len(keys),
                   areas, seats, place_rules, {k: tuple(v) for k, v in area_places.items()},
                   homographs=read_homographs() if homographs is None else homographs)


_cache: tuple[Config, Lexicon] | None = None


def lexicon_for(config: Config) -> Lexicon:
    """The lexicon (compiled watchlists and places) of *config*, once per config (a reload is
    a new config); from the disk cache when a process built it before (``lexicon_cache``)."""
    global _cache
    if _cache is None or _cache[0] is not config:
        # (the gazetteer files, read only when no lexicon of their bytes is kept)
        _cache = (config, cached_lexicon(compile_lexicon, config.watchlists, config.gazetteer_files(), config.matching))
    return _cache[1]


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


# What stands before a place's name: its preposition, or the bracket of a coded note's location ("… in Kubaysah
# (Hit, Al-Anbar)")
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:near|in|of|outside|around|at|from|to|towards)\s|\()$")


def hashtag_names(names: set[str]) -> set[str]:
    """The Latin names of several words written as one, as a post's hashtag writes them ("#DeirEzzor",
    "#AlQaim"; rule "hashtags"; the region's towns and governorates only, whose joined names are no words).

    >>> sorted(hashtag_names({"deir ez zor", "hajin", "دير الزور"}))
    ['deirezzor']
    """
    return {name.replace(" ", "") for name in names if " " in name and name.isascii()}


# A tribe's village (folded): its "Albu" (البو) joined to the name or apart from it, however the gazetteer writes it
_TRIBE_PREFIX = re.compile(r"^(?:albu|al bu|بو) ?(?=\w{3})")


# The sub-district name of Who's On First's Iraqi seats ("Nāḩiyat az Zāb", folded "nahiyat az zab")
_NAHIYAT = re.compile(r"nahiyat (?:(?:a[lnrsdtz]|ash|ath|adh) )?")


def subdistrict_names(names: set[str]) -> set[str]:
    """The English writings of a seat's sub-district name, "Nāḩiyat az Zāb": "the Zab sub-district", "the al-Zab
    subdistrict" (rule "nahiya": a name this short is no place alone, min_length; its sub-district word makes it one).

    >>> sorted(subdistrict_names({"nahiyat az zab", "hawija"}))
    ['az zab sub district', 'az zab subdistrict', 'zab sub district', 'zab subdistrict']
    """
    found = set()
    for name in names:
        if nahiyat := _NAHIYAT.match(name):
            found |= {f"{written} {word}" for written in (name[nahiyat.end():], name[len("nahiyat "):])
                      for word in ("sub district", "subdistrict")}
    return found


def tribe_names(names: set[str]) -> set[str]:
    """The other writings of the folded names of a tribe's village: "Albu Hardan" and "Al Bu Hardan" for the
    gazetteer's Albuhardan, "البو حردان" (folded "بو حردان") for its "البوحردان".

    >>> sorted(tribe_names({"albuhardan", "بو عليوي", "hajin"}))
    ['al bu hardan', 'albu hardan', 'albuhardan', 'بو عليوي', 'بوعليوي']
    """
    found = set()
    for name in names:
        if prefix := _TRIBE_PREFIX.match(name):
            rest = name[prefix.end():]
            found |= {f"بو{rest}", f"بو {rest}"} if "بو" in prefix.group() else {f"{tribe}{rest}" for tribe in ("albu", "albu ", "al bu ")}
    return found


def cue_words_apart(string: str, found: list[tuple[int, int, "Entry"]]) -> list[tuple[int, int, "Entry"]]:
    """Place candidates without a name that starts with its settlement word when a longer name starts
    inside it: "قرية قصر الديب" is the village Qasr ad Dib, not the village "قرية القصر" of Babil followed by
    a word (rule "settlement").

    >>> cue_words_apart("قريه قصر ديب", [(0, 8, "a"), (5, 12, "b")])
    [(5, 12, 'b')]
    """
    return [(start, end, entry) for start, end, entry in found
            if not (VILLAGE_WORD.match(string[start:end])
                    and any(start < other < end < other_end for other, other_end, _ in found))]


def places_in_longer_names(spans: list[tuple[int, int, str]], place_watchlists) -> set[tuple[int, int, str]]:
    """The place matches of *spans* ((start, end, watchlist)) that lie inside a longer match of another
    watchlist ("Deir Ezzor 24" is a source, no place). Each place is compared only with the matches that
    start at most the longest match's length before it (not with every match of a long text).

    >>> places_in_longer_names([(0, 13, "sources"), (0, 10, "places"), (20, 24, "places"), (19, 24, "places")], {"places"})
    {(0, 10, 'places')}
    """
    spans = sorted(spans)
    starts = [start for start, _, _ in spans]
    longest = max((end - start for start, end, _ in spans), default=0)
    return {(start, end, watchlist) for start, end, watchlist in spans if watchlist in place_watchlists and any(
        other != watchlist and end <= other_end and other_end - other_start > end - start
        for other_start, other_end, other in spans[bisect_left(starts, start - longest):bisect_right(starts, start)])}


def heads_of_longer_names(found: list[tuple], rejected: list[tuple[int, int]]) -> list[tuple]:
    """The place matches of *found* ((start, end, …)) that do not open a longer place name the text writes there,
    *rejected* as no place ((start, end): a village wanting its village word): its first words are that name's,
    no place of their own ("في باب السلام" is the village Bab as Salam unintroduced, not El-Bab's "باب").

    >>> heads_of_longer_names([(3, 6, "el-bab"), (20, 24, "x")], [(3, 12)])
    [(20, 24, 'x')]
    """
    if not rejected:
        return found
    return [hit for hit in found
            if not any(start == hit[0] and end > hit[1] for start, end in rejected)]


# Kurmanji's oblique case on a name in Latin letters, its "ê" (after a vowel "yê"): "gundê X yê Qamişloyê", "li
# Dêrikê", "navçeya Amûdê" name Qamişlo, Dêrik (the name a place's variants give, the ending apart)
_KURMANJI_OBLIQUE = re.compile(r"y?ê(?![^\W\d_])")


def match_watchlists(text: str | Document, lexicon: Lexicon) -> list[Match]:
    """Every whole-word watchlist match in *text* (or its Document), longest first within each watchlist.

    Within one watchlist overlapping matches resolve leftmost-longest ("Kataib
    Hezbollah" hides "Hezbollah"). Across watchlists overlaps stand ("Turkish drone" is
    an actor, "drone strike" a strike term), except a place inside a longer name of
    another watchlist, which is no place ("Deir Ezzor 24" is a source).
    """
    if not lexicon.enabled:
        return []
    doc = Document.of(text)
    text, folded = doc.text, doc.folded
    string = folded.text
    candidates: dict[str, list[tuple[int, int, Entry]]] = {}
    hits = []
    for last, (length, entries) in lexicon.automaton.iter(string):
        start, end = last - length + 1, last + 1
        if end < len(string) and string[end].isalnum() and not (
                string[start].isascii() and _KURMANJI_OBLIQUE.match(text, folded.span(start, end)[1])):
            continue
        if start > 0 and string[start - 1].isalnum():
            word_start = start - 1
            while word_start > 0 and string[word_start - 1].isalnum():
                word_start -= 1
            # (a proclitic comes before the article: after it, the letter is the word's own, "الفرقة" is
            # the division, not "ف" + Raqqa's "رقة"; folding gave the dropped article to that letter)
            if not (_is_arabic(string[start]) and string[word_start:start] in PROCLITICS) \
                    or text[slice(*folded.span(word_start, start))].startswith("ال") \
                    or string[word_start:end] in CLITIC_LOOKALIKES:
                continue
        hits.append((start, end, entries))
    # the names a post hashtags ("#الدردارة"): places wherever it names them (rule "hashtags")
    tagged = {string[start:end] for start, end, _ in hits if string[start - 1:start] == "#"}
    small_letters = caseless(text)
    rejected: list[tuple[int, int]] = []
    for start, end, entries in hits:
        # an outlet's name that is a village's too ("هاوار | استشهد طفل …": the Hawar agency, not Havar of Halabja;
        # "Shafaq |") is a place only after a cue, as a homograph is: heading the post it is the byline
        outlet = any(entry.watchlist == SOURCES for entry in entries)
        for entry in entries:
            if entry.watchlist in lexicon.place_watchlists and not looks_like_place(
                    string, start, end, text[slice(*(span := folded.span(start, end)))], lexicon.places[string[start:end]],
                    lexicon.place_rules, outlet or string[start:end] in lexicon.homographs, text[span[1]:span[1] + 48],
                    not outlet and (at_line_head(text, *span) or on_district_line(text, span[0])
                                    or alone_on_list_line(text, *span)),
                    string[start:end] in tagged, text[max(0, span[0] - 60):span[0]], small_letters):
                rejected.append((start, end))
                continue
            candidates.setdefault(entry.watchlist, []).append((start, end, entry))
    for watchlist in lexicon.place_watchlists & candidates.keys():
        candidates[watchlist] = heads_of_longer_names(candidates[watchlist], rejected)
    if "settlement" in lexicon.place_rules:
        for watchlist in lexicon.place_watchlists & candidates.keys():
            candidates[watchlist] = cue_words_apart(string, candidates[watchlist])
    chosen: list[tuple[int, int, Entry]] = []
    for found in candidates.values():
        found.sort(key=lambda c: (c[0], c[0] - c[1]))
        reached = -1
        for start, end, entry in found:
            if start >= reached:
                chosen.append((start, end, entry))
                reached = end
    hidden = places_in_longer_names([(start, end, entry.watchlist) for start, end, entry in chosen],
                                    lexicon.place_watchlists)
    chosen = [c for c in chosen if (c[0], c[1], c[2].watchlist) not in hidden]
    # a capitalised place after its preposition or bracket is the place, no word of another watchlist: "a farm near
    # Hit" (the town of Heet), not the verb "hit"; so is the first word of a longer place name, "(Hit district, Al-Anbar)"
    places: dict[int, int] = {}
    for start, end, entry in chosen:
        if entry.watchlist in lexicon.place_watchlists:
            places[start] = max(end, places.get(start, end))
    chosen = [c for c in chosen if c[2].watchlist in lexicon.place_watchlists or places.get(c[0], -1) < c[1]
              or not (_PLACE_PREPOSITION.search(string, 0, c[0]) or places[c[0]] > c[1])
              or not text[folded.span(c[0], c[1])[0]].isupper()]
    # a price is no strike: "costs 2,000 Syrian pounds", "a million pounds" (money, not "jets pound X")
    chosen = [c for c in chosen if not (string[c[0]:c[1]] in _POUNDS and _MONEY_BEFORE.search(string, 0, c[0]))]
    matches = []
    for start, end, entry in sorted(chosen, key=lambda c: (c[0], c[1], c[2].watchlist)):
        key = string[start:end]
        start, end = folded.span(start, end)
        matches.append(Match(entry.watchlist, entry.term, text[start:end], start, end,
                             entry.category, entry.weight, key))
    if {"marks", "tolerant"} <= lexicon.place_rules:
        matches = in_text_order(matches, listed_spellings(doc, matches, lexicon))
    if "tolerant" in lexicon.place_rules:
        matches = in_text_order(matches, hill_spellings(doc, matches, lexicon))
    return exchanges_of_fire(doc, fire_opened_apart(
        text, verbless_drone_strikes(doc, armed_group_killings(text, acled_actor_names(text, matches)))))


# The currency's name (folded) and what names an amount of it before it: a figure, a multiple, a country's adjective
_POUNDS = ("pound", "pounds")
_MONEY_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|syrian|lebanese|egyptian|sudanese|british))"
                           r" $")


def in_text_order(matches: list[Match], added: list[Match]) -> list[Match]:
    """*matches* (in text order) with the terms a pass *added*, in text order, as every reader of matches expects.

    >>> a, b = Match(STRIKE, "strike", "strike", 10, 16), Match(ACTORS, "Islamic State", "ISIS", 0, 4)
    >>> [m.matched_text for m in in_text_order([a], [b])], in_text_order([a], []) == [a]
    (['ISIS', 'strike'], True)
    """
    return sorted(matches + added, key=lambda m: (m.start, m.end, m.watchlist)) if added else matches


# An armed group that kills a civilian attacks him (ACLED: Violence against civilians / Attack), though "killed" alone is
# no attack word: the group the subject, the killing its verb, the civilian its object within two words ("ISIS
# militants killed a shepherd", "خلايا داعش تقتل مدنياً"). Only a non-state group's: a state's forces killing civilians
# are mostly the toll of their strike told again ("the coalition killed two civilians" after its air strike).
_GROUPS = ("rebel group", "militia")
# (the group's men named after it: "ISIS members killed a shepherd")
_KILLED_OBJECT = re.compile(r"\s+(?:(?:members|fighters|elements|operatives|cells|men) )?(?:(?:also|reportedly) )?(?P<verb>killed|kill|kills|murdered|murder|murders|قتلت|قتلوا|قتل|تقتل|يقتل"
                            r"|يقتلون)(?=\s)", re.IGNORECASE)


def armed_group_killings(text: str, matches: list[Match]) -> list[Match]:
    """*matches* with an Attack term on the verb of each armed group's killing of a civilian (``_KILLED_OBJECT``).

    >>> m = [Match(ACTORS, "Islamic State", "ISIS militants", 0, 14, "rebel group"),
    ...      Match(CUES, "civilian target", "shepherd", 24, 32, "civilian target")]
    >>> [(x.matched_text, x.category) for x in armed_group_killings("ISIS militants killed a shepherd", m)][1]
    ('killed', 'Attack')
    >>> len(armed_group_killings("ISIS militants killed a soldier and a shepherd", m[:1]))    # no civilian object
    1
    """
    objects = [m for m in matches if m.watchlist == CUES and m.category == "civilian target"]
    killings = []
    for group in (m for m in matches if m.watchlist == ACTORS and m.category in _GROUPS):
        verb = _KILLED_OBJECT.match(text, group.end)
        if verb and any(verb.end() < m.start and len(text[verb.end():m.start].split()) <= 2 for m in objects):
            killings.append(Match(STRIKE, "gunmen", verb.group("verb"), verb.start("verb"), verb.end(), ATTACK))
    return in_text_order(matches, killings)


def verbless_drone_strikes(doc: Document, matches: list[Match]) -> list[Match]:
    """*matches* with a drone strike term on each verbless drone strike of a local post, the drone and what it hit
    (``VERBLESS_DRONE_STRIKE``: "مسيرة تركية عالسيارة", "مسيرة على دراجة نارية"), and on each drone a strike word's
    object names as its instrument (``DRONE_AS_INSTRUMENT``: "استهداف سيارة بمسيرة"), which no watchlist term tells.

    >>> [(m.matched_text, m.category) for m in verbless_drone_strikes(Document.of("مسيرة تركية عالسيارة .. ٣ جرحى"), [])]
    [('مسيرة تركية عالسيارة', 'Air/drone strike')]
    >>> [(m.matched_text, m.category) for m in verbless_drone_strikes(Document.of("عاجل: استهداف سيارة بمسيرة الآن"), [])]
    [('بمسيرة', 'Air/drone strike')]
    >>> verbless_drone_strikes(Document.of("مسيرة على الأقدام نحو المدينة"), [])   # a march on foot
    []
    """
    folded = doc.folded
    strikes = [Match(STRIKE, "drone strike", doc.text[slice(*(span := folded.span(*hit.span(group))))], *span, AIR, 1.0,
                     hit.group(group))
               for pattern, group in ((VERBLESS_DRONE_STRIKE, 0), (DRONE_AS_INSTRUMENT, "drone"))
               for hit in pattern.finditer(folded.text)]
    return in_text_order(matches, strikes)


# Arabic puts the verb first and its subject between "أطلق" and "النار": 'أطلق حرس الحدود التركي "الجندرما"، فجر اليوم
# السبت، النار على شاب', "أطلقت الجندرمة التركية النار على مهربين" (the cue "أطلق النار" with the side apart; the fire
# "on" someone, not "أطلقت قسد سراح": no fire; the text as written, both spellings of "على")
_FIRE_VERB_BEFORE = re.compile(r"(?:^|\s)(?P<verb>[وف]?[أا]طلق(?:ت|وا)?)\s+[\"«“]?$")
_FIRE_AFTER = re.compile(r"[^.!؟\n]{0,60}?(?<!\S)(?P<fire>النار|الرصاص)\s+(?:عل[ىي]|باتجاه|صوب)\s")


def fire_opened_apart(text: str, matches: list[Match]) -> list[Match]:
    """*matches* with an Attack term on "النار" where a side named between the verb and its fire opened fire on
    someone (``_FIRE_VERB_BEFORE``, ``_FIRE_AFTER``).

    >>> m = [Match(ACTORS, "Turkish Armed Forces", "الجندرمة التركية", 6, 22, "state forces")]
    >>> [(x.matched_text, x.category) for x in fire_opened_apart("أطلقت الجندرمة التركية النار على مهربين", m)][1]
    ('النار', 'Attack')
    >>> len(fire_opened_apart("أطلقت الجندرمة التركية سراح مهربين", m))
    1
    """
    fired = []
    for side in (m for m in matches if m.watchlist == ACTORS):
        fire = _FIRE_VERB_BEFORE.search(text, max(0, side.start - 12), side.start) and _FIRE_AFTER.match(text, side.end)
        if fire:
            fired.append(Match(STRIKE, "gunmen", fire.group("fire"), fire.start("fire"), fire.end("fire"), ATTACK))
    return in_text_order(matches, fired)


# The parties' exchange of fire with the guns named between (folded): "exchanged heavy machine-gun and sniper fire",
# "traded mortar and rifle fire", "تبادلت قسد وقوات النظام إطلاق النار" (the parties between the verb and the fire)
_EXCHANGED_FIRE = compile_alternation(r"\b(?:exchanged|traded)(?: [\w-]+,?){1,6}? fire\b"
                             r"|(?:^|\s)[وف]?(?:تبادل|تبادلت|تبادلوا|يتبادلون|تتبادل)(?: \S+){1,6}? (?:اطلاق )?(?:ال)?نار\b")


def exchanges_of_fire(doc: Document, matches: list[Match]) -> list[Match]:
    """*matches* with an Armed clash term on each exchange of fire whose words no clash term holds (``_EXCHANGED_FIRE``).

    >>> [(m.matched_text, m.category) for m in exchanges_of_fire(Document.of("they traded mortar and rifle fire"), [])]
    [('traded mortar and rifle fire', 'Armed clash')]
    >>> exchanges_of_fire(Document.of("they exchanged prisoners on Monday"), [])
    []
    """
    folded = doc.folded
    exchanges = []
    for hit in _EXCHANGED_FIRE.finditer(folded.text):
        start, end = folded.span(hit.start() + len(hit.group()) - len(hit.group().lstrip()), hit.end())
        if not any(m.watchlist == STRIKE and m.start < end and start < m.end for m in matches):
            exchanges.append(Match(STRIKE, "clashes", doc.text[start:end], start, end, CLASH, 1.0, hit.group().strip()))
    return in_text_order(matches, exchanges)


# ACLED's actor-list name: the abbreviation, a colon and the full name ("PKK: Kurdistan Workers Party"), and a state's
# forces with their period in brackets ("Military Forces of Syria (2024-)", "Police Forces of Iraq (2003-2011)")
_ABBREVIATION_COLON = re.compile(r" ?: ?")
_ACLED_PERIOD = re.compile(r" ?\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\)")


def acled_actor_names(text: str, matches: list[Match]) -> list[Match]:
    """*matches* with each actor named as ACLED's actor list writes it, its abbreviation, a colon and its full
    name ("PMF: Popular Mobilization Forces fighters clashed …"), or its name and period ("Military Forces of Syria
    (2024-) and QSD fighters clashed"), as one mention: the colon heads no statement of the abbreviation's side, the
    bracket stands between no two sides, and what follows is what that side did.

    >>> m = [Match(ACTORS, "PKK", "PKK", 2, 5), Match(ACTORS, "PKK", "Kurdistan Workers Party", 7, 30)]
    >>> [(x.start, x.end, x.matched_text) for x in acled_actor_names("2 PKK: Kurdistan Workers Party members", m)]
    [(2, 30, 'PKK: Kurdistan Workers Party')]
    >>> m = [Match(ACTORS, "Syrian army", "Military Forces of Syria", 0, 24)]
    >>> [(x.end, x.matched_text) for x in acled_actor_names("Military Forces of Syria (2024-) and QSD", m)]
    [(32, 'Military Forces of Syria (2024-)')]
    """
    if ":" not in text and "-)" not in text:
        return matches
    merged: list[Match] = []
    for match in matches:
        head = next((m for m in reversed(merged) if m.watchlist == ACTORS and m.end <= match.start), None)
        if match.watchlist == ACTORS and head is not None and head.term == match.term \
                and _ABBREVIATION_COLON.fullmatch(text, head.end, match.start) and ":" in text[head.end:match.start]:
            merged[merged.index(head)] = replace(head, matched_text=text[head.start:match.end], end=match.end)
            continue
        if match.watchlist == ACTORS and (period := _ACLED_PERIOD.match(text, match.end)):
            match = replace(match, matched_text=text[match.start:period.end()], end=period.end())
        merged.append(match)
    return merged
