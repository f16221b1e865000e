"""Text analysis: from an article's text to its coding (matches, decision, event).

One entry point, used by the live pipeline, the worker processes and ``monitor rematch``:

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))   # once per config; picklable for workers
    >>> body = ("A drone strike on a car near Boukamal killed nine fighters on Tuesday, "
    ...         "the Syrian Observatory for Human Rights said.")
    >>> coding = analyse(body, "2024-07-03T10:00:00Z", lexicon)   # published (the fallback date)
    >>> coding.decision.is_strike_report
    True
    >>> [(event["location"], event["event_date"], event["fatalities"]) for event in coding.events]
    [('Boukamal', '2024-07-02', 9)]

The modules, in the order a text goes through them: ``document`` (the text folded once by
``monitor.normalize`` and split into sentences once: what every stage reads), ``watchlists``
(the Aho-Corasick lexicon), ``places`` (the gazetteer and which place is the strike's),
``figures`` (numbers, casualties, dates),
``decision`` (which ACLED event the text reports, if any, and whether it is a strike
report), ``events`` (ACLED-style event coding: one event per strike the text reports;
each article keeps its own events, and monitor/incidents.py fuses the reports of one strike).
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from monitor.text.decision import Decision, decide_strike_report
from monitor.text.document import Document
from monitor.text.events import build_events, outside_datelines
from monitor.text.places import in_region
from monitor.text.watchlists import Lexicon, Match, lexicon_for, match_watchlists

__all__ = ["Coding", "Decision", "Lexicon", "Match", "analyse", "lexicon_for"]


class Coding(NamedTuple):
    """What text analysis says of one article: its watchlist matches, the decision (None
    when the config has no watchlists) and the events it reports, one per strike in text
    order: strikes, or violent events of another ACLED type (IED, clash, interception …:
    ``decision.is_event`` without ``is_strike_report``)."""

    matches: list[Match] = []
    decision: Decision | None = None
    events: list[dict] = []

    @property
    def event(self) -> dict | None:
        """The first event (None: no event)."""
        return self.events[0] if self.events else None

    @property
    def is_strike_report(self) -> bool:
        return bool(self.decision and self.decision.is_strike_report)


def analyse(text: str | Document | None, published: str | None, lexicon: Lexicon) -> Coding:
    """The coding of *text* (or its Document), published at the ISO time *published* (the
    fallback event date). The text is folded and split into sentences once, here.

    A pure function of its arguments: the same text and lexicon give the same coding in
    any process.
    """
    if not lexicon.enabled:
        return Coding([])
    doc = Document.of(text or "")
    matches = match_watchlists(doc, lexicon)
    # where the report was filed is no place of its events (a strike sentence naming it again is)
    coded = outside_datelines(doc, matches, lexicon)
    decision = decide_strike_report(doc, coded, lexicon.matching)
    events = build_events(doc, published, coded, lexicon, decision) if decision.is_event else []
    region = lexicon.matching.region
    # an event outside the region is archived when located, and makes no strike report
    events = [event for event in events if event["location"] or in_region(event, region)]
    # a strike report: one of its events is a strike in the region (a round-up's IED and drone strike is)
    is_strike_report = any(event["sub_event_type"] in lexicon.matching.strike_types and in_region(event, region)
                           for event in events)
    if decision.is_strike_report != is_strike_report:
        decision = replace(decision, is_strike_report=is_strike_report)
    return Coding(matches, decision, events)
