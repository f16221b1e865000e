"""Structured strike events, named as in ACLED's codebook, from a strike report.

    >>> event = build_event(body, "2024-01-01T10:00:00Z", matches, compiled, score=2.5)
    >>> event["location"], event["fatalities"], event["sub_event_type"]
    ('Boukamal', 9, 'Air/drone strike')
    >>> merged = merge_events(story_event, later_copy_event)   # one event per story

The watchlists named ``strike``, ``actors`` and ``sources`` and the gazetteer-backed
ones (``places``) feed the event; an event is a dict of ``events`` columns with lists
for actors, targets, source and evidence (the store writes them as JSON).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date

from monitor import figures
from monitor.match import Compiled, Match, sentence_spans
from monitor.normalize import normalize

EVENT_TYPE = "Explosions/Remote violence"
STRIKE, ACTORS, SOURCES = "strike", "actors", "sources"
LIST_COLUMNS = ("actors", "targets", "source", "evidence")

_NEAR = re.compile(r"(?:near|outskirts of|north|south|east|west|around|countryside|desert|vicinity of"
                   r"|قرب|بالقرب من|محيط|اطراف|ريف|باديه|شمال|جنوب|شرق|غرب)\w*(?: of)?(?: \w+){0,4} $")
# "south of X", "جنوبي X": X is the reference point, not where the strike was.
_DIRECTION = re.compile(r"(?:(?:north|south|east|west)(?:ern)? of|(?:شمال|جنوب|شرق|غرب)\w*)(?: \w+)? $")
_TARGETS = {
    "vehicle": "vehicle", "car": "vehicle", "truck": "vehicle", "trucks": "convoy", "convoy": "convoy",
    "motorcycle": "motorcycle", "base": "military base", "outpost": "military base", "garrison": "military base",
    "positions": "military positions", "posts": "military positions", "position": "military positions",
    "headquarters": "headquarters", "warehouse": "weapons depot", "depot": "weapons depot",
    "weapons depots": "weapons depot", "checkpoint": "checkpoint", "patrol": "patrol", "house": "residential",
    "residential area": "residential", "villages": "villages", "hideout": "hideout", "hideouts": "hideout",
    "سياره": "vehicle", "عجله": "vehicle", "شاحنات": "convoy", "قافله": "convoy", "دراجه ناريه": "motorcycle",
    "قاعده": "military base", "مقر": "headquarters", "مقرا": "headquarters", "موقع": "military positions",
    "مواقع": "military positions", "مستودع": "weapons depot", "مستودعا": "weapons depot", "حاجز": "checkpoint",
    "دوريه": "patrol", "منزل": "residential", "منازل": "residential", "قري": "villages", "اوكار": "hideout",
}
_TARGET = re.compile(r"(?:^|(?<=\s)|(?<=\s[وبل]))(%s)\b" % "|".join(sorted(map(re.escape, _TARGETS), key=len, reverse=True)))


def build_event(text: str, published: str | None, matches: list[Match], compiled: Compiled, score: float) -> dict:
    """The event a strike report describes: place, date, type, figures, actors, sources.

    *published* is the article's ISO timestamp (the fallback event date).
    """
    sentences = [(start, end, normalize(text[start:end]).text) for start, end in sentence_spans(text)]
    in_sentence = _sentence_index(sentences)
    strike_sentences = sorted({in_sentence(m.start) for m in matches if m.watchlist == STRIKE})
    evidence: list[dict] = []

    place, place_match = _strike_place(text, matches, compiled, strike_sentences, in_sentence)
    precision = None
    if place is not None:
        precision = place.precision
        start, end, _ = sentences[in_sentence(place_match.start)]
        if precision == 1 and _NEAR.search(_words_before(text, place_match.start)):
            precision = 2   # "near X", "the outskirts of X", "ريف X": around the place, not in it
        evidence.append({"kind": "place", "figure": place.name, "sentence": text[start:end]})

    killed, injured, counts, no_casualties = [], [], [], False
    for index, (start, end, folded) in enumerate(sentences):
        for kind, values in (("killed", figures.killed_figures(folded)), ("injured", figures.injured_figures(folded))):
            for value in values:
                evidence.append({"kind": kind, "figure": value, "sentence": text[start:end]})
            (killed if kind == "killed" else injured).extend(values)
        if figures.says_no_casualties(folded):
            no_casualties = True
            evidence.append({"kind": "no casualties", "figure": 0, "sentence": text[start:end]})
        if index in strike_sentences:
            counts.extend(figures.strike_counts(folded))

    published_day = _day(published)
    event_date, date_from_text = published_day, False
    for index in [*strike_sentences, *range(len(sentences))]:
        start, end, folded = sentences[index]
        found = published_day and figures.date_in(folded, published_day)
        if found:
            event_date, date_from_text = found, True
            evidence.append({"kind": "date", "figure": found.isoformat(), "sentence": text[start:end]})
            break

    strike_terms = [m for m in matches if m.watchlist == STRIKE]
    categories = Counter(m.category for m in strike_terms if m.category)
    actors = _distinct(m.term for m in sorted(matches, key=lambda m: (in_sentence(m.start) not in strike_sentences,
                                                                       m.start)) if m.watchlist == ACTORS)
    sources = _distinct(m.term for m in matches if m.watchlist == SOURCES)
    targets = _distinct(_TARGETS[found.group(1)] for index in strike_sentences
                        for found in _TARGET.finditer(sentences[index][2]))
    event = {
        "event_date": event_date.isoformat() if event_date else None,
        "event_type": EVENT_TYPE,
        "sub_event_type": max(categories, key=lambda c: (categories[c], -_first(strike_terms, c)))
        if categories else None,
        "location": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": precision,
        "fatalities": max(killed) if killed else (0 if no_casualties else None),
        "injured": max(injured) if injured else None,
        "strike_count": max(counts) if counts else None,
        "actor1": actors[0] if actors else None,
        "actor2": actors[1] if len(actors) > 1 else None,
        "actors": actors,
        "targets": targets,
        "source": sources,
        "confidence": round(min(1.0, 0.3 + 0.2 * min(score, 2.0) + 0.1 * (precision == 1)
                                + 0.1 * date_from_text + 0.1 * bool(sources)), 2),
        "evidence": evidence,
    }
    event["notes"] = summarize(event)
    return event


def merge_events(existing: dict, new: dict) -> dict:
    """One story's event after another copy of the story reported it.

    Highest figures win, actors/targets/sources are united, evidence is appended, and
    the more precise place wins (the first one on a tie).
    """
    merged = dict(existing)
    for column in ("fatalities", "injured", "strike_count", "confidence"):
        values = [v for v in (existing.get(column), new.get(column)) if v is not None]
        merged[column] = max(values) if values else None
    for column in ("actors", "targets", "source"):
        merged[column] = _distinct([*(existing.get(column) or []), *(new.get(column) or [])])
    merged["evidence"] = [*(existing.get("evidence") or []),
                          *(e for e in new.get("evidence") or [] if e not in (existing.get("evidence") or []))]
    if new.get("location") and (not existing.get("location")
                                or (new.get("geo_precision") or 9) < (existing.get("geo_precision") or 9)):
        for column in ("location", "admin1", "country", "latitude", "longitude", "geo_precision"):
            merged[column] = new.get(column)
    for column in ("sub_event_type", "event_date", "actor1", "actor2"):
        merged[column] = existing.get(column) or new.get(column)
    merged["notes"] = summarize(merged)
    return merged


def summarize(event: dict) -> str:
    """One sentence: what, where, when, how many, who says so."""
    where = event.get("location") or "an unlocated place"
    if event.get("admin1"):
        where += f" ({event['admin1']}, {event['country']})"
    text = f"{event.get('sub_event_type') or 'Strike'} in {where} on {event.get('event_date') or 'an unknown date'}"
    if event.get("fatalities") is not None:
        text += f", {event['fatalities']} killed"
    if event.get("injured") is not None:
        text += f", {event['injured']} injured"
    if event.get("source"):
        text += f", according to {', '.join(event['source'])}"
    return text + "."


def _strike_place(text, matches, compiled, strike_sentences, in_sentence):
    """The strike's place: beside a strike term, precise over province, not a mere reference
    point ("south of X"), most mentioned, first mentioned."""
    mentions: dict[str, list[Match]] = {}
    for match in matches:
        if match.watchlist in compiled.place_watchlists and match.term in compiled.places:
            mentions.setdefault(match.term, []).append(match)
    if not mentions:
        return None, None

    def rank(name):
        found = mentions[name]
        beside = [m for m in found if in_sentence(m.start) in strike_sentences]
        located = [m for m in beside if not _DIRECTION.search(_words_before(text, m.start))]
        return (bool(beside), compiled.places[name].precision < 3, len(located), len(beside), len(found),
                -found[0].start)

    name = max(mentions, key=rank)
    beside = [m for m in mentions[name] if in_sentence(m.start) in strike_sentences]
    return compiled.places[name], (beside or mentions[name])[0]


def _words_before(text: str, offset: int) -> str:
    """The few words before *offset*, folded, ending in one space."""
    return normalize(text[max(0, offset - 40):offset]).text.rstrip() + " "


def _sentence_index(sentences):
    starts = [start for start, _, _ in sentences]

    def index(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    return index


def _day(timestamp: str | None) -> date | None:
    try:
        return date.fromisoformat(timestamp[:10]) if timestamp else None
    except ValueError:
        return None


def _first(matches: list[Match], category: str) -> int:
    return next(m.start for m in matches if m.category == category)


def _distinct(values) -> list:
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
