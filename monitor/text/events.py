"""Structured events, named as in ACLED's codebook, from an article that reports one.

    >>> decision = decide_strike_report(body, matches, lexicon.matching)
    >>> event = build_event(body, "2024-01-01T10:00:00Z", matches, lexicon, decision)
    >>> event["location"], event["fatalities"], event["sub_event_type"]
    ('Boukamal', 9, 'Air/drone strike')

The watchlists named ``strike``, ``actors`` and ``sources`` and the gazetteer-backed
ones (``places``) feed the event; an event is a dict of ``events`` columns with lists
for actors, targets, source and evidence (the store writes them as JSON).

Fatalities as ACLED's codebook counts them: the people killed in this event as the report
states them; 0 only when it says nobody died, None when it gives no figure ("casualties
unknown"). In one sentence, figures of separate strikes ("the first killed three … the
second four") add up and differing reports ("seven, while X put the toll at four") give
the lowest; across the article the highest stated figure is the total, unless the figures
are differing sources' (sentences attributed to different ``sources`` terms: the lowest);
a figure over ``PLAUSIBLE_TOLL`` (a war's toll), a period's total (``PERIOD_TOTAL``) or in a
background clause is none of this
event's. Injured likewise.

Every article keeps its own events, copies too; the reports of one strike (copies,
other outlets, other languages) meet in its incident (monitor/incidents.py), which counts
the figures across them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from monitor.text import figures
from monitor.text.decision import Decision, foreground
from monitor.text.normalize import normalize
from monitor.text.places import locate_strike
from monitor.text.sentences import sentence_index, sentence_spans
from monitor.text.watchlists import Lexicon, Match

STRIKE, ACTORS, SOURCES = "strike", "actors", "sources"
# No single strike in this region has killed more; a larger figure is a war's or a year's toll.
PLAUSIBLE_TOLL = 1000
# A toll over a period ("in the past 24 hours", "during the last five days", "خلال الأيام
# الماضية") adds up several events: it is none of them, so the event's toll stays unknown.
PERIOD_TOTAL = re.compile(
    r"\b(?:in|during|over|within) (?:the )?(?:past|last) (?:\d+ |\w+ )?(?:hours|days|weeks|week|month)\b"
    r"|\b(?:in|within) (?:\d+|twenty four|forty eight|seventy two) hours\b"
    r"|\b(?:during|over|in|after) (?:\d+|two|three|four|five|six|seven|ten|several) (?:days|weeks|months) of\b"
    r"|خلال (?:\d+ |\w+ )?(?:ساعات|ساعه|ايام|اسبوع|اسابيع)(?: \w+)? (?:ماضيه|ماضي|اخيره|اخير)"
    r"|خلال (?:24|48|72) ساعه|في غضون (?:\d+ )?(?:ساعه|ساعات|ايام|يوم)")
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))(?: \w+)? $"
                             r"|(?:ثاني|ثالث|رابع|خامس|اخير)\w*(?: \w+)? $")
# In one sentence: figures of separate strikes add up; differing reports give the lowest.
_SEPARATE = re.compile(r"\b(?:the (?:first|second|third|other)|another (?:strike|raid|drone))\b"
                       r"|(?:^|\s)(?:اولي|ثانيه|ثالثه|اخري)\b")
_DIFFERING = re.compile(r"\b(?:while|whereas|but|other sources|put the toll|put the death toll)\b"
                        r"|(?:^|\s)(?:فيما|بينما|في حين)\b")

TARGETS = {
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
TARGET_PATTERN = re.compile(r"(?:^|(?<=\s)|(?<=\s[وبل]))(%s)\b" % "|".join(sorted(map(re.escape, TARGETS), key=len, reverse=True)))


def build_event(text: str, published: str | None, matches: list[Match], lexicon: Lexicon,
                decision: Decision) -> dict:
    """The event *decision* found in the text: place, date, type, figures, actors, sources.

    *published* is the article's ISO timestamp (the fallback event date).
    """
    spans = sentence_spans(text)
    in_sentence = sentence_index([start for start, _ in spans])
    # the sentences reporting the event (decision.py), else every sentence with an event term
    strike_sentences = list(decision.sentences) or sorted(
        {in_sentence(m.start) for m in matches if m.watchlist == STRIKE})
    # (start, end, folded text): folded only for the event's sentences and their neighbours, which are read
    unnumbered = _without_numbered_names(text, matches)
    read = {near for index in strike_sentences for near in (index - 1, index, index + 1)}
    sentences = [(start, end, normalize(unnumbered[start:end]).text if index in read else "")
                 for index, (start, end) in enumerate(spans)]
    score = decision.score
    evidence: list[dict] = []

    place, precision, place_evidence = locate_strike(text, matches, lexicon, sentences, strike_sentences)
    evidence.extend(place_evidence)

    # Figures and dates come from the sentences about this strike and the ones beside them.
    background = {index for index in read if 0 <= index < len(sentences) and not foreground(sentences[index][2]).strip()}
    about_strike = [index for index in strike_sentences if index not in background] or strike_sentences
    beside = sorted({near for index in about_strike for near in (index - 1, index, index + 1)
                     if 0 <= near < len(sentences)} - (background - set(about_strike)))

    published_day = _local_day(published, timedelta(hours=lexicon.matching.utc_offset_hours))
    lookback = timedelta(seconds=lexicon.matching.event_date_lookback)
    event_date, date_from_text = published_day, False
    for index in [*about_strike, *(index for index in beside if index not in about_strike)]:
        start, end, folded = sentences[index]
        # an explicit date only from a strike sentence: "talks are planned for March 20" is no strike's date
        days = figures.dates_in(folded, published_day, explicit=index in strike_sentences) if published_day else []
        found = next((day for day in days if _plausible(day, published_day, lookback)), None)
        if found:
            event_date, date_from_text = found, True
            evidence.append({"kind": "date", "figure": found.isoformat(), "sentence": text[start:end]})
            break

    killed, injured, counts, no_casualties = [], [], [], False
    attributed: dict[int, set[str]] = {}
    for match in matches:
        if match.watchlist == SOURCES:
            attributed.setdefault(in_sentence(match.start), set()).add(match.term)
    for index in beside:
        start, end, folded = sentences[index]
        folded = foreground(folded)
        named = figures.dates_in(folded, published_day) if published_day else []
        if named and event_date not in named and min(named) < event_date:
            continue   # "on January 3 a strike killed five": an earlier incident
        period_total = _period_total(sentences[index][2])
        for kind, values in (("killed", figures.killed_figures(folded)), ("injured", figures.injured_figures(folded))):
            values = [value for value in values if value <= PLAUSIBLE_TOLL and not period_total]
            if not values:
                continue
            for value in values:
                evidence.append({"kind": kind, "figure": value, "sentence": text[start:end]})
            (killed if kind == "killed" else injured).append(
                (sentence_toll(folded, values), frozenset(attributed.get(index, ()))))
        if figures.says_no_casualties(folded):
            no_casualties = True
            evidence.append({"kind": "no casualties", "figure": 0, "sentence": text[start:end]})
        if index in about_strike:
            counts.extend(figures.strike_counts(folded))

    actors = _distinct(m.term for m in sorted(matches, key=lambda m: (in_sentence(m.start) not in strike_sentences,
                                                                       m.start)) if m.watchlist == ACTORS)
    sources = _distinct(m.term for m in matches if m.watchlist == SOURCES)
    targets = _distinct(TARGETS[found.group(1)] for index in strike_sentences
                        for found in TARGET_PATTERN.finditer(sentences[index][2]))
    event = {
        "event_date": event_date.isoformat() if event_date else None,
        "event_type": decision.event_type,
        "sub_event_type": decision.sub_event_type,
        "location": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": precision,
        "fatalities": article_toll(killed) if killed else (0 if no_casualties else None),
        "injured": article_toll(injured) if injured else None,
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


def sentence_toll(folded: str, values: list[int]) -> int:
    """One sentence's figure from the figures it states (see the module's docstring).

    >>> sentence_toll("the first killed three and the second killed four", [3, 4])
    7
    >>> sentence_toll("it killed seven, while others put the toll at four", [7, 4])
    4
    """
    if len(values) > 1 and _SEPARATE.search(folded):
        return sum(values)
    if len(values) > 1 and _DIFFERING.search(folded):
        return min(values)
    return max(values)


def article_toll(tolls: list[tuple[int, frozenset]]) -> int:
    """The article's figure from its sentences' (figure, sources the sentence names).

    >>> article_toll([(6, frozenset()), (9, frozenset())])            # the highest: the total
    9
    >>> article_toll([(7, frozenset({"SOHR"})), (4, frozenset({"Deir Ezzor 24"}))])   # differing sources
    4
    """
    sources = {named for _, named in tolls if named}
    if len(sources) > 1 and len({figure for figure, named in tolls if named}) > 1:
        return min(figure for figure, named in tolls if named)
    return max(figure for figure, _ in tolls)


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


def _without_numbered_names(text: str, matches: list[Match]) -> str:
    """*text* with the names that hold a number ("Deir Ezzor 24", "Kurdistan 24") blanked, same
    length: "Deir Ezzor 24 said four were killed" counts four, not 24."""
    numbered = [m for m in matches if m.watchlist != STRIKE and any(c.isdigit() for c in m.matched_text)]
    for match in numbered:
        text = text[:match.start] + "_" * (match.end - match.start) + text[match.end:]
    return text


def _period_total(folded: str) -> bool:
    """Whether the folded sentence gives a period's toll ("killed 40 in the past 24 hours"),
    not when the period counts strikes ("the third strike in the past week").

    >>> _period_total("strikes killed 40 in the past 24 hours"), _period_total("the third in the past week")
    (True, False)
    """
    return any(not _ORDINAL_BEFORE.search(folded[max(0, found.start() - 30):found.start()])
               for found in PERIOD_TOTAL.finditer(folded))


def _local_day(timestamp: str | None, region_offset: timedelta) -> date | None:
    """The publication day in the region: a bare day as given, a time with an offset in that
    offset (the outlet's own), a UTC or zone-less time in the region's (*region_offset*).

    An article stamped 21:40Z was written after midnight in Syria and Iraq (UTC+3), and
    its "yesterday" or "early on Wednesday" counts from that local day.

    >>> three = timedelta(hours=3)
    >>> _local_day("2024-03-05T21:40:00Z", three), _local_day("2024-03-05T21:40:00+01:00", three)
    (datetime.date(2024, 3, 6), datetime.date(2024, 3, 5))
    """
    try:
        moment = datetime.fromisoformat(timestamp) if timestamp else None
    except ValueError:
        return None
    if moment is None or len(timestamp) <= 10:
        return moment and moment.date()
    if moment.utcoffset() in (None, timedelta(0)):
        moment = moment.replace(tzinfo=None) + region_offset
    return moment.date()


def _plausible(day: date, published: date, lookback: timedelta) -> bool:
    """A strike is reported within days: its date is on or shortly before publication (a
    day of slack for time zones); an older date in a strike sentence is another incident's."""
    return published - lookback <= day <= published + timedelta(days=1)


def _distinct(values) -> list:
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
