"""Structured events, named as in ACLED's codebook, one per strike an article reports.

    >>> from monitor.config import load_config
    >>> from monitor.text.decision import decide_strike_report
    >>> from monitor.text.document import Document
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> doc = Document.of("Turkish drones struck a car in Amuda, killing two. Turkish artillery shelled "
    ...                   "villages near Tal Tamr, wounding a child, local sources said.")
    >>> matches = match_watchlists(doc, lexicon)
    >>> decision = decide_strike_report(doc, matches, lexicon.matching)
    >>> events = build_events(doc, "2024-07-03T10:00:00Z", matches, lexicon, decision)
    >>> [(event["location"], event["sub_event_type"], event["fatalities"], event["injured"]) for event in events]
    [('Amuda', 'Air/drone strike', 2, None), ('Tal Tamr', 'Shelling/artillery/missile attack', None, 1)]

The watchlists named ``strike``, ``actors`` and ``sources`` and the gazetteer-backed
ones (``places``) feed the event; an event is a dict of ``events`` columns with lists
for actors, targets, source and evidence (the store writes them as JSON).

A report of strikes on three villages, or a governorate's daily round-up, gives one event
per strike (``group_strikes``); a toll stated for several of them together is none of theirs.

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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from copy import deepcopy
from datetime import date, datetime, timedelta
from functools import cached_property, wraps
from typing import Callable, Container, Iterable, NamedTuple, TypeVar

from haversine import haversine

from monitor.gazetteer import Place
from monitor.text import figures
from monitor.text.decision import AIRCRAFT, BODIES_RECOVERED, OTHER_INCIDENT, VICTIMS, Decision, foreground, news_end, sentence_type
from monitor.normalize import Normalized, normalize
from monitor.patterns import compile_alternation
from monitor.text.document import Document, Folded
from monitor.text.sentences import closing_tags, list_before, list_item, list_start, toll_item
from monitor.text.places import (BELONGS_TO, COUNTRYSIDE_KM, closing_hashtag, off_by_direction, GOVERNORATE_AFTER, GOVERNORATE_BEFORE, SAME_PLACE_KM, SEAT_SURROUNDINGS_KM, SITE_NOUNS,
                                 STOPLIST, TOWARDS, Located, clause_groups, cue_needed, first_end, in_region, introduced_names, is_namesake,
                                 locate_strike,
                                 line_head, names_an_area_around, region_labels, says_city, second_end, someones_place, spelling_key,
                                 tolerant_matches)
from monitor.text.watchlists import Lexicon, Match
from monitor.vocabulary import (ARABIZI_ADJECTIVES, BACKING_AIRCRAFT, COUNTRYSIDE_AFTER, COUNTRYSIDE_OF, AR_WEEKDAY_NAME_HEADS, WIDE_CUES, AIR, DEFINITE, TARGETS, STATE_ENEMY, FOREIGN_ENEMY, TERRORISTS_SAID, STATE_ENEMY_WORDS, STATE_OWN_FORCES, INITIAL_TOLL, ANALYSTS_VIEW, OWN_AVIATION, STRIKE_DENIED_AFTER, OWN_FORCES_MEDIA, OUR_FORCES_STRUCK, SHELLING, ATTRIBUTED_BEFORE, DEAD_ARE_ITS_AFTER, DEAD_OF_BEFORE, NEUTRALISED_BEFORE, NEXT_DAY, SAME_DAY, UMBRELLA_GROUPS, ACTOR_RESPONDS_AFTER, KIN_OF_BEFORE, MOURNS_AFTER, MOURNED_OWN_AFTER, ACTOR_ACCUSED_BEFORE, ACCUSED_OF_STRIKING_AFTER, ACTOR_ADJECTIVES, ACTOR_AFTER_OPENING_VERB, MASDAR_BEFORE, MASDAR_OBJECT_AFTER, ACTOR_DESCRIBES_AFTER, ACTOR_DESCRIBES_BEFORE, LAUNCHED_FROM_BEFORE, LAID_BY_BEFORE, HOSTED_BEFORE,
                                ACTOR_CLAIMS_AFTER, AIRCRAFT_PREDICATE, ALTERNATIVE_AFTER, SUSPECTED_AIRCRAFT_BEFORE, SUSPECTED_ALTERNATIVE_BEFORE, DENIAL, DENIED_PART_BEFORE, THE_STRIKE_NAMED, ACTOR_FIRED_BACK_AFTER, ACTOR_HIT_AFTER, ACTOR_LOST_AFTER, ACTOR_NEUTRALISED_AFTER, ACTOR_HIT_BEFORE, ACTOR_REACTS_BEFORE, ACTOR_TARGET_HIT_AFTER, ACTOR_SPEAKS_AFTER,
                                ACTOR_SPEAKS_BEFORE, ACTOR_STRUCK_AFTER, ACTOR_STRUCK_BEFORE, ACTORS, AIR_FORCES, BEHIND_STRIKE_AFTER, GROUND_SIDES,
                                JOINED_STRIKER, STATEMENT_HEAD,
                                ANOTHER_TIME, GOVERNMENT_FORCES, BACKGROUND_BEFORE, CAPITALISED_ACTORS, CAPITALISED_TERMS, CLASH, GROUP_AGAIN, GROUP_AGAIN_WORDS, CLASH_BETWEEN_BEFORE, CLASH_LATER, CLASH_SUPPORT_APART, CLASH_SUPPORT_BEFORE, CLASH_SUPPORT_AIRCRAFT_BEFORE,
                                CLASH_SUBJECT_AFTER,
                                CLASH_PAIR_AFTER, CLASH_EACH_OTHER_AFTER, CLASH_PAIR_JOINED, CLASH_UNNAMED_AFTER, CLASH_SUPPORTS_AFTER,
                                CLASH_SUBJECT_BEFORE, CLASH_WITH_BEFORE, CLASH_WITH_OWN, CLAUSE_START, CONJUNCTION, COUNTRYSIDE, TOLL_ROSE, TOLL_ROSE_AR, WOUNDED_AR, CIVILIAN_VICTIMS, DISRUPTED, EVERY_STRIKE, IED, NOT_STRIKE,
                                NAME_CLAUSE_END, NEGATED, PERIOD_TOTAL, RAISED_TOTAL, RUNNING_TOTAL, SOURCES, STATE_FORCES, STOPPED_BY_BEFORE, STRIKE,
                                STRIKE_CLAIMED_AFTER, SUB_EVENT_TYPES, TERRITORY, TERRITORY_LOST_AFTER, TERRITORY_LOST_BEFORE, TERRORISTS, CAME_UNDER_BETWEEN, UNDER_FIRE_AFTER, RECAP_KILLING,
                                RECAP_OPENING, BARE_ARMY, BARE_REGIME, REGIME_FORCES, REGIME_FELL, NAMED_ARMY_AFTER, ARMY_WORD, ARMIES, DENIES_FOR, STRIKING_DENIED, ACCUSING_VERB_BEFORE, ACCUSED_ALONE_AFTER, ACCUSED_ALONE_BEFORE, ARMY_AVIATION,
                                ACCUSER_PLACE, ACCUSER_PLACE_AFTER, AIMED_AT_BEFORE, APPEAL_ADDRESSEE_BEFORE, STOPPED_AT_AFTER, DESCRIBED_AS_BEFORE, PERSON_OF_AFTER, SLASHED_AS)

# Two places this close are one site of one strike (one village under two gazetteer rows);
# a place "near X" this close to a strike's place is that strike's.
SAME_SITE_KM, NEAR_KM = 3.0, 15.0
# No single strike in this region has killed more; a larger figure is a war's or a year's toll.
PLAUSIBLE_TOLL = 1000
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))(?: \w+)? $"
                             r"|(?:ثاني|ثالث|رابع|خامس|اخير)\w*(?: \w+)? $")
# In one sentence: figures of separate strikes add up; differing reports give the lowest.
_SEPARATE = re.compile(r"\b(?:the (?:first|second|third|other)|another (?:strike|raid|drone|killed|hit|struck))\b"
                       # (not a body's: "جثة ثالثة قد تكون بقيت في الموقع" is one dead more, no strike)
                       r"|(?:^|(?<!جثه)\s)(?:اولي|ثانيه|ثالثه|اخري)\b")
# A toll revised later in the text: "the toll rose to ten", "raising the death toll to three", "ارتفعت حصيلة القتلى
# الى سبعه", "لترتفع حصيلة القتلى الى اربعه" (a campaign's running total is none of the strike's: RUNNING_TOTAL);
# the strike it is of may stand between, within its clause: "the toll from this afternoon's strike near X has risen to
# three".
REVISED_TOLL = compile_alternation(rf"\b(?:death )?toll (?:(?:\S+ ){{0,4}}?|(?:[^\s,;:]+ ){{5,14}}?)(?:{TOLL_ROSE}|jumped) to\b"
                          r"|\b(?:raising|bringing|pushing|taking) the (?:death )?toll(?: to)?\b"
                          rf"|\bnumber of (?:the )?(?:dead|killed)(?: \S+){{0,3}}? (?:{TOLL_ROSE}|jumped) to\b"
                          rf"|(?:^|\s)[وفل]?(?:{TOLL_ROSE_AR}|ارتفاع) (?:\S+ ){{0,3}}?(?:حصيله|عدد) "
                          r"|(?:^|\s)حصيله (?:\S+ ){0,8}?[ول]?(?:ارتفعت|ترتفع|ارتفع)\b"
                          # a coded note's toll field is its coder's last word on the event ("Fatalities: 3")
                          r"|" + figures.TOLL_FIELD)
# The count of the wounded revised: "the number of injured had risen to three", "ارتفع عدد المصابين إلى ثلاثة"
REVISED_WOUNDED = re.compile(rf"\bnumber of (?:the )?(?:injured|wounded)(?: \S+){{0,3}}? (?:{TOLL_ROSE}) to\b"
                             rf"|(?:^|\s)[وفل]?(?:{TOLL_ROSE_AR}|ارتفاع) (?:\S+ ){{0,3}}?عدد (?:{WOUNDED_AR})\b"
                             rf"|(?:^|\s)عدد (?:{WOUNDED_AR}) (?:\S+ ){{0,2}}?(?:ارتفعت|ترتفع|ارتفع)\b")
REVISED = {"killed": REVISED_TOLL, "injured": REVISED_WOUNDED}
# A death told by its ordinal is the toll revised to it: "UPDATE: a third passenger died of his wounds", "وفاة جريح
# ثالث متأثراً بجراحه" (folded)
_DEATH_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                   "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6}
_ORDINAL_DEATH = re.compile(r"\b(?:an?|the) (second|third|fourth|fifth|sixth) (?:[\w-]+ ){0,2}?"
                            r"(?:died|was killed|has died|had died|succumbed|passed away)\b"
                            r"|(?:^|\s)[وفل]?(?:وفاه|توفي|توفيت|استشهاد|استشهد|استشهدت|مقتل|مصرع) (?:\S+ )?"
                            r"(ثاني|ثالث|رابع|خامس|سادس)ه?(?!\w)")
# One of the wounded who died later, with no new figure: the toll one more than told ("One of the wounded died later in
# hospital", "وتوفي أحد الجرحى متأثراً بجراحه", folded); the figure a revision gives is the toll ("…, raising the toll
# to four"): REVISED_TOLL
# (the day between commas: "توفي، اليوم الاثنين، أحد الجرحى الثلاثة"; the wounded counted and told where: "one of the two
# men wounded in the shelling of X died of his injuries")
_WOUNDED_DIED = re.compile(r"\bone of (?:the|those) (?:wounded|injured)(?: \w+){0,2}? (?:died|succumbed|passed away)\b"
                           r"|\bone of the (?:two|three|four|five|six|\d+) (?:\w+ )?(?:wounded|injured)\b(?: [\w,]+){0,12}?"
                           r" (?:died|succumbed|passed away)\b"
                           r"|(?:^|\s)[وف]?(?:توفي|توفيت|وفاه|استشهد|استشهدت|استشهاد)(?:،? [^،.]{1,40}،| \S+)? (?:احد|احدي) (?:ال)?"
                           r"(?:جرحي|مصابين|جريحين|مصابتين)(?!\w)"
                           # (one told to have died of his wounds, the day named between: "توفي، صباح اليوم، شاب متأثراً
                           # بجروح أصيب بها جراء الاستهداف")
                           r"|(?:^|\s)[وف]?(?:توفي|توفيت)(?:، [^،.]{1,40}،)? (?:\S+ ){1,2}?متاثر(?:ا|ه|ين)? ب(?:جروح|جراح)")
# The strike's first toll told as given back then ("Thursday's strike had killed a third man", "killed two men, local
# sources said at the time", "وكانت الغارة قد أسفرت في حينها عن مقتل راعٍ ثالث", folded): the bodies recovered since,
# told in a sentence of their own (BODIES_RECOVERED), are more dead, added to it
_TOLD_BACK_THEN = compile_alternation(r"\bat the time\b|\bhad (?:initially )?killed\b|(?:^|\s)(?:في )?(?:حينه|حينها|وقتها)(?!\S)")
# A toll of the attack the strike answered and of the strike together, part of its dead the attackers (folded): "the
# attack and the strike left six dead in all, four of them attackers", "حصيلة الهجوم خمسة قتلى بينهم ثلاثة من
# المهاجمين": no toll of the strike (not "all of them attackers", the strike's own)
_BOTH_ACTIONS = re.compile(r"\b(?:attack|assault|ambush|clash(?:es)?|fighting) and the (?:\w+ )?(?:strikes?|air ?strikes?|raids?"
                           r"|shelling|bombardment)\b"
                           rf"|\b(?:\d+|{'|'.join(figures.EN_UNITS[2:])}) of them (?:were )?(?:the )?(?:attackers|assailants)\b"
                           r"|(?:^|\s)(?:بينهم|منهم) \S+(?: \S+)? (?:من )?مهاجمين(?!\S)")
# One more dead told in a sentence of his own after the toll ("The driver, a civilian from the town, was also killed"):
# added to it
_ALSO_KILLED = re.compile(r"\b(?:was|were) also (?:killed|martyred|slain)\b")
# … told of a strike apart, right after the death: "a third was killed in a separate strike"
_SEPARATE_STRIKE = re.compile(r"(?: \S+){0,3}? (?:in|by) (?:a|another) separate\b")
_ANY_REVISED = re.compile("|".join(revised.pattern for revised in REVISED.values()))   # one scan: _revises
# what every revision wording names as revised (each alternative of REVISED holds one): a sentence without
# any of them is passed over without a regex scan
REVISED_NOUNS = ("toll", "number of", "حصيله", "عدد", "fatalities")
# ("for its part", "من جهته", "بدوره": the next source's word on the strike, "من جهته، قال المرصد إن القصف أسفر عن مقتل
# ثلاثة" after the outlet's own four)
_ANOTHER_REPORT = re.compile(r"\W*(?:in contrast|by contrast|on the other hand|for (?:its|his|her|their) part"
                             r"|و?(?:في |ب)(?:ال)?مقابل|و?من جهت(?:ه|ها|هم)|و?بدور(?:ه|ها|هم)"
                             # (or another outlet, named by its kind: "وبحسب شبكة "نهر ميديا" المحلية، فإن …", "According
                             # to the local Nahr Media network, …")
                             r"|و?(?:بحسب|حسب|وفق) (?:شبكه|وكاله|موقع|منصه|قناه)"
                             r"|according to (?:the )?(?:[\w-]+ ){0,3}?(?:network|agency|outlet|channel|website)\b)\b")
# … or a source that gives its own figure, anywhere in its sentence: "A news agency close to the PKK put the death toll
# at four", "A security official gave a lower figure", "فيما قدّم مصدر محلي حصيلة أقل"
_ANOTHER_FIGURE = compile_alternation(r"\b(?:put|puts|putting|placed|places|gave|gives|giving) the (?:death )?toll at\b"
                             r"|\b(?:gave|gives|giving|put|reported|cited) (?:a |its own )?(?:lower|higher|different|smaller"
                             r"|larger|conflicting) (?:figure|toll|death toll|number|count)s?\b"
                             r"|(?:^|\s)(?:حصيله|رقما|ارقاما|عددا) (?:اقل|اعلي|اكبر|مختلفه|مختلفا|مغايره|مغايرا)(?=\s|$)")
# An outlet that says it could not verify a figure gives none (folded, after its name): "إلا أن عنب بلدي لم تتمكن من
# التحقق من الرقم", "Reuters could not independently verify the toll": the figure is another's report
_UNVERIFIED = re.compile(r"\W*(?:\S+ ){0,2}?(?:could not|couldn't|was unable to|were unable to|cannot|has not been able to"
                         r"|لم (?:تتمكن|يتمكن|تستطع|يستطع)) (?:من )?(?:independently )?(?:verify|confirm|(?:ال)?تحقق|(?:ال)?تاكد)")
# The other side's dead, told by the martyrdom its own side's dead are told with, after the first side's (folded): "Two
# terrorists were killed …, while a soldier was martyred", "أسفر عن قتل أربعة إرهابيين، فيما استشهد أحد أبطال قواتنا":
# both sides' dead, no differing report
_OWN_SIDES_DEAD = re.compile(r"\b(?:while|whereas) (?:\S+ ){0,3}?(?:was|were|had been) martyred\b"
                             r"|(?:^|\s)(?:فيما|بينما|في حين) (?:\S+ ){0,2}?(?:استشهد|استشهدوا|استشهاد)(?=\s|$)")
_DIFFERING = re.compile(r"\b(?:while|whereas|but|other sources|put the toll|put the death toll)\b"
                        r"|(?:^|\s)(?:فيما|بينما|في حين)\b")

# The lookahead for a target's first letter passes over every other character at one test (a
# whole body's targets, the dedup facts: 0.16 -> 0.12 ms).
TARGET_STARTS = "".join(sorted({target[0] for target in TARGETS}))
TARGET_PATTERN = re.compile(r"(?=[%s])(?:^|(?<=\s)|(?<=\s[وبل]))(%s)\b" % (
    TARGET_STARTS, "|".join(sorted(map(re.escape, TARGETS), key=len, reverse=True))))


class Strike(NamedTuple):
    """One strike an article reports: its sentences (indices of ``sentence_spans``), the
    place mentions hidden from it (the other places of a "villages of A, B and C" list), and
    its clause of a sentence that reports several strikes clause by clause: (sentence, start,
    end) in text offsets ("5 were killed in a blast on X and shelling hit Y": X's clause holds the 5)."""

    sentences: tuple[int, ...]
    hidden: frozenset[Match] = frozenset()
    clauses: tuple[tuple[int, int, int], ...] = ()


@dataclass
class _Article:
    """What every strike of one article is coded from: the document, its sentences (start, end,
    folded text, read only near strike sentences), which strike owns each sentence."""

    doc: Document
    matches: list[Match]
    lexicon: Lexicon
    decision: Decision
    sentences: list[tuple[int, int, str]]
    folded: dict[int, Folded | Normalized]   # sentence -> its fold (the way back to the text)
    fore: dict[int, str]                   # sentence -> its folded text before its background
    strike_sentences: list[int]
    published_day: date | None
    revisions: frozenset[int] = frozenset()   # sentences revising a toll paragraphs after the strike (build_events)
    evening_day: date | None = None   # the day "this evening" and "tonight" name, when not published_day (_evening_day)
    memo: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)   # locate's, _per_article's answers

    @property
    def text(self) -> str:
        return self.doc.text

    def in_sentence(self, offset: int) -> int:
        return self.doc.sentence_of(offset)

    @cached_property
    def recap(self) -> tuple[int, int]:
        """``recap_end`` of the article (asked by the grouping, the places and every sentence's dates)."""
        return recap_end(self.doc, self.matches)

    def locate(self, sentences: list[int], hidden: set[Match] = frozenset()) -> Located:
        """``places.locate_strike`` for the strike of *sentences*, the *hidden* mentions left out (kept in the memo: the
        grouping and the coding of the strikes locate the same sentences again)."""
        key = (locate_strike, tuple(sentences), frozenset(hidden))
        if key not in self.memo:
            self.memo[key] = locate_strike(self.doc, self.matches, self.lexicon, sentences, frozenset(hidden))
        return self.memo[key]


T = TypeVar("T")


def _per_article(function: Callable[[_Article, Match, int], T]) -> Callable[[_Article, Match, int], T]:
    """*function* of an article, a match and a sentence, a pure function of them (an article is never changed once
    built), with its answers kept in the article's memo: each strike of a report asks again of the same actors."""
    @wraps(function)
    def kept(article: _Article, match: Match, index: int) -> T:
        key = (function, match, index)
        if key not in article.memo:
            article.memo[key] = function(article, match, index)
        return article.memo[key]
    return kept


def build_events(text: str | Document, published: str | None, matches: list[Match], lexicon: Lexicon,
                 decision: Decision) -> list[dict]:
    """Every strike *decision* found in the text (or its Document), in text order, each an
    event: its place, date, type, figures, actors, sources (see ``group_strikes`` for what
    makes one strike).

    *published* is the article's ISO timestamp (the fallback event date).
    """
    doc = Document.of(text)
    spans = doc.spans
    # where people fled or troops moved to is not where the strike was ("ونزوح عائلات نحو مدينة الحسكة"), nor where the
    # aircraft came from ("entered Syrian airspace from the direction of the Tanf zone", "took off from the Qasrak base")
    # (nor is a capital its accuser names for its government: "الإدارة الذاتية تتهم دمشق"; nor one an appeal addresses)
    matches = [m for m in matches if not _destination(doc, matches, m, lexicon) and not _named_army(doc, m)
               and not _aimed_at(doc, m, lexicon, decision)
               and not (m.watchlist in lexicon.place_watchlists and (_FROM_DIRECTION.search(doc.before(m.start))
                                                                     or LAUNCHED_FROM_BEFORE.search(doc.before(m.start))
                                                                     or ACCUSING_VERB_BEFORE.search(doc.before(m.start))
                                                                     or _accusers_place(doc, m, matches)
                                                                     or _among_the_named_dead(doc, m)
                                                                     or APPEAL_ADDRESSEE_BEFORE.search(doc.before(m.start))))]
    # the sentences reporting the event (decision.py), else every sentence with an event term
    strike_sentences = list(decision.sentences) or sorted(
        {doc.sentence_of(m.start) for m in matches if m.watchlist == STRIKE})
    # names the gazetteer has under another spelling, seen by every step as the names it has ("… and a third hit
    # Haqlaniya town": a clause of its own)
    # (and on the lines of a list a strike sentence heads: "Turkish shelling, Derik countryside:" over "- Tel Alam"; such
    # a line is then a strike of the list, as the decision takes a line of a name it knows)
    items = {item for index in strike_sentences for item in _items_under(doc, index, strike_sentences)}
    spelled = tolerant_matches(doc, matches, lexicon, sorted({*strike_sentences, *items}))
    matches = _with_spelled_again(doc, matches, spelled, lexicon, strike_sentences)
    strike_sentences = sorted({*strike_sentences, *(items & {doc.sentence_of(match.start) for match in spelled})})
    published_day = _local_day(published, timedelta(hours=lexicon.matching.utc_offset_hours))
    lookback = timedelta(seconds=lexicon.matching.event_date_lookback)
    # beside the article's news, a strike it dates before the lookback is an earlier incident recalled (a
    # report dated so throughout, an ACLED note "On 7 February 2024, …", is that strike's)
    news = {index: doc.once(foreground, doc.sentence(index).text) for index in strike_sentences}
    recalled = {index for index, fore in news.items() if _dated_before(fore, published_day, lookback) or _WEEKS_TOTAL.search(fore)
                or _in_a_past_scene(doc, index, published_day)}
    if _about_an_earlier_strike(doc, matches, strike_sentences, recalled):
        # an anniversary's or an inquiry's report: its strike sentences tell the earlier strike, unless one dates
        # its own strike within the lookback ("… as a strike near Nabatieh on Sunday killed two")
        strike_sentences = [index for index in strike_sentences if figures.dates_in(news[index], published_day)
                            and index not in recalled]
        if not strike_sentences:
            return []
    if len(recalled) < len(strike_sentences):
        strike_sentences = [index for index in strike_sentences if index not in recalled]
    # only the event's sentences and their neighbours are read (as figures count: a vowelled dual a count of two)
    unnumbered = figures.vowelled_duals(_without_numbered_names(doc.text, matches))
    read = {near for index in strike_sentences for near in (index - 1, index, index + 1) if 0 <= near < len(spans)}
    read |= {item for index in strike_sentences for item in _items_under(doc, index, strike_sentences)}
    # (and a headline over its lead, a dateline line between them: what striker it names, _code reads)
    read |= {0} if spans and min(strike_sentences, default=len(spans)) <= 2 and _HEADLINE.match(doc.text) else set()
    # a toll revised paragraphs after its strike ("In a later statement, the command said the toll had risen to
    # seven", "By the afternoon the number of injured had risen to three"): read too, the latest word on the
    # strike before it (_owners)
    # (so is the paragraph that names the dead, the toll only in it: "ووثق المرصد هويات الضحايا، وهم ثلاثة شبان", "The
    # dead were identified as …")
    revisions = frozenset(index for index in range(min(strike_sentences, default=len(spans)) + 1, len(spans))
                          if index not in read and (_revises(doc, index) or _DEAD_NAMED.search(doc.sentence(index).text)))
    read |= revisions
    folded = {index: _sentence_fold(doc, unnumbered, index) for index in read}
    sentences = [(start, end, folded[index].text if index in read else "") for index, (start, end) in enumerate(spans)]
    fore = {index: doc.once(foreground, fold.text) for index, fold in folded.items()}
    article = _Article(doc, matches, lexicon, decision, sentences, folded, fore, strike_sentences, published_day,
                       revisions, _evening_day(published, timedelta(hours=lexicon.matching.utc_offset_hours)))
    strikes, summary = group_strikes(article) if _several(article) else ([], ())
    if len(strikes) <= 1:   # one strike: every sentence about it is its, as the article's summary too
        # (but another incident's news told apart, "Separately, two soldiers were killed in clashes in Hakkari": its toll
        # and its kind are none of the strike's)
        placed = {article.in_sentence(m.start) for m in matches if m.watchlist in lexicon.place_watchlists}
        apart = tuple(index for index in strike_sentences[1:] if index not in placed
                      and _SEPARATE_OPENING.match(article.fore.get(index, "")))
        strikes = [_past_the_recap(article, tuple(index for index in strike_sentences if index not in apart))]
        return _sides_told_later(article, strikes, [_code(article, strikes[0], 0, _owners(article, strikes, apart))])
    owners = _owners(article, strikes, summary)
    lead = _lead(article, strikes, owners)
    events = [_code(article, strike, n, owners, shared=summary, lead=lead) for n, strike in enumerate(strikes)]
    _tolls_by_place(article, events)
    _nobody_in_all(article, events)
    for before, event in zip(events, events[1:]):   # a round-up states the day once: the strikes after share it
        if not any(item["kind"] == "date" for item in event["evidence"]) and before["event_date"]:
            event["event_date"] = before["event_date"]
            event["notes"] = summarize(event)
    for before, event, strike, previous in zip(events, events[1:], strikes[1:], strikes):
        # "another strike near Al-Qaim destroyed a truck", "the forces also shelled Khasham", "the shelling then
        # reached Y": the side that struck before struck again, the same way ("in a separate incident, a roadside bomb" is no strike of its)
        # ("… killing 3 IS members; a second strike hit a cave near Y": whom it struck too, in the same sentence,
        # unless its clause says it hit civilians)
        own = [article.fore[index] for index in strike.sentences if index in article.fore]
        again = event["sub_event_type"] == before["sub_event_type"] \
            and (any(_ORDINAL.search(fore) or _ALSO.search(fore) for fore in own) or _continues(article, strike)) \
            and not any(_SEPARATE_INCIDENT.search(fore) for fore in own) \
            and not any(UNKNOWN_STRIKER.search(fore) for fore in own)
        # (and the side named for the second of one sentence's strikes, the first naming none, struck the first too: "قتل
        # عنصران بغارة على X، فيما قتل ثالث بغارة ثانية على Y. ويرجح ناشطون أن الطائرات تابعة للتحالف")
        if again and before["actor1"] is None and event["actor1"] and set(strike.sentences) & set(previous.sentences) \
                and before["actor2"] != event["actor1"]:
            before["actor1"] = event["actor1"]
        if event["actor1"] in (None, before["actor1"]) and again:
            event["actor1"] = before["actor1"]
            if event["actor2"] is None and before["actor2"] != event["actor1"] \
                    and set(strike.sentences) & set(previous.sentences) and not _civilians_hit(article, strike):
                event["actor2"] = before["actor2"]
            if event["actor2"] is None and event["sub_event_type"] in (AIR, SHELLING):   # (a state's forces again:
                # "وأضاف البيان أن طائرات F-16 نفذت ضربة ثانية استهدفت وكراً": whom their statements strike)
                event["actor2"] = _state_enemy(article, strike.sentences, event["country"], event["actor1"], event["targets"])
    kept = _without_areas_told_finer(article, events, strikes)
    # a post's closing line of hashtags ("… fi 3 jar7a\n#DeirEzzor") files it under its area: no strike of its own
    # beside the strikes its words tell
    kept = [n for n in kept if len(kept) == 1 or not all(
        closing_tags(doc.text, doc.spans[index]) for index in strikes[n].sentences)]
    return _sides_told_later(article, [strikes[n] for n in kept], [events[n] for n in kept])


def _among_the_named_dead(doc: Document, place: Match) -> bool:
    """Whether a *place* mention lies among the dead a sentence names one by one ("killing Ahmed Salih, 34; his cousin
    …": Salih is no place)."""
    sentence = doc.sentence(doc.sentence_of(place.start))
    offset = place.start - sentence.start
    return any(lo <= offset < hi for lo, hi in (sentence.span(*span) for span in doc.once(figures.named_dead, sentence.text)))


def _accusers_place(doc: Document, place: Match, matches: list[Match]) -> bool:
    """Whether *place* (of *matches*) is the seat of a side accusing another of the strike (``ACCUSER_PLACE``): after
    the Arabic accusing verb and its accuser, the accused named next ("وحمّلت الإدارة الذاتية في سنجار تركيا"), or an
    office's before the English verb ("the Autonomous Administration in Sinjar blamed Turkey")."""
    before = " ".join(doc.before(place.start, 60).split()) + " "
    hi = doc.spans[doc.sentence_of(place.start)][1]
    after = " ".join(doc.fold(place.end, min(hi, place.end + 60)).split()) + " "
    return bool(ACCUSER_PLACE.search(before)) and (bool(ACCUSER_PLACE_AFTER.match(after)) if before.isascii() else any(
        m.watchlist == ACTORS and 0 < m.start - place.end <= 2 for m in matches))


def _sides_told_later(article: _Article, strikes: list[Strike], events: list[dict]) -> list[dict]:
    """*events* (one per strike of *strikes*) with the sides the rest of the article tells: the side the dead were
    of, a striker named or claiming in a later sentence (and each split by the days it names: ``_per_day``)."""
    _sides_of_the_dead(article, strikes, events)
    _strikers_named_later(article, strikes, events)
    _strikers_claiming_later(article, strikes, events)
    return [day for strike, event in zip(strikes, events) for day in _per_day(article, strike, event)]


# "On 4 October 2026 and 6 October 2026, drones struck X", "on 4 and 6 October": strikes on two named days at one place
_TWO_DAYS = re.compile(r"\bon (\d{1,2})((?: [a-z]+(?: \d{4})?)?) and (?:on )?(\d{1,2} [a-z]+(?: \d{4})?)\b")


def _per_day(article: _Article, strike: Strike, event: dict) -> list[dict]:
    """*event* once per day its one strike sentence names "on D1 and D2" (ACLED codes an event a day), each dated so;
    a toll no day is tied to is split evenly between the days (the codebook's rule, the remainder on the first)."""
    found = [found for index in strike.sentences[:1] if (found := _TWO_DAYS.search(article.fore.get(index, "")))]
    if not found or article.published_day is None:
        return [event]
    first, month, second = found[0].groups()
    days = figures.dates_in(f"{first}{month or ' ' + second.split(' ', 1)[1]} and {second}", article.published_day)
    if len(days) != 2 or days[0] == days[1]:
        return [event]
    events = [dict(deepcopy(event), event_date=day.isoformat()) for day in days]
    for key in ("fatalities", "injured"):
        if event[key]:
            for n, split in enumerate(events):
                split[key] = event[key] // 2 + (event[key] % 2 if n == 0 else 0)
    for split in events:
        split["notes"] = summarize(split)
    return events


def _without_areas_told_finer(article: _Article, events: list[dict], strikes: list[Strike]) -> list[int]:
    """The indexes of *events* (of *strikes*) to keep: not a strike coded at a governorate whose strikes the
    article codes at finer places, where the governorate labels them ("أطراف بلدة العمادية في محافظة دهوك"), a lead
    sums them up ("Turkish strikes on Duhok") or a habit names the region ("Turkish drones have also struck targets
    in Hasakah"). The countryside struck in the sentence of a finer strike is one more strike ("Jets bombed al-Bab
    and the Aleppo countryside"); an event of another kind there is its own ("airstrikes hit Shaddadi, while IS
    clashes with YPG in Hasakah countryside")."""
    def kind(event: dict) -> tuple[str, str]:
        return event["admin1"], "strike" if event["sub_event_type"] in (AIR, SHELLING) else event["sub_event_type"]

    finer: dict[tuple[str, str], set[int]] = {}
    for event, strike in zip(events, strikes):
        if event["geo_precision"] in (1, 2):
            finer.setdefault(kind(event), set()).update(strike.sentences)

    def own(event: dict, strike: Strike) -> bool:
        shared = finer.get(kind(event), set()) & set(strike.sentences)
        return kind(event) not in finer or any(COUNTRYSIDE.search(article.sentences[index][2]) for index in shared)

    return [n for n, (event, strike) in enumerate(zip(events, strikes)) if event["geo_precision"] != 3 or own(event, strike)]


def _with_spelled_again(doc: Document, matches: list[Match], found: list[Match], lexicon: Lexicon,
                        sentences: list[int]) -> list[Match]:
    """*matches* with the names the gazetteer has under another spelling (*found*), and the other mentions, in the
    strike *sentences*, of the place names matched there with the cue they need ("قرية X") that stand bare where no
    other match does ("… قرب قرية حزيمة" … "قُتل شاب جراء استهداف الدراجة النارية في حزيمة": the same place, whose
    toll that clause gives)."""
    text, spans = doc.text, [doc.spans[index] for index in sentences]
    # a name found by spelling is the place of its span: the gazetteer's namesakes of other governorates only that the
    # same words match are not a place of the text too ("near Rawda village (Deir-ez-Zor)": Rawdah, no Rawda of Tartus)
    # (a name in plain Latin letters: an Arabic name's Latin key is looser, "المشيرفة" is no Mushayrifah Sharqiyah)
    # (nor is a shorter name inside it, whatever its governorate: "Burj Gharbiya" is Burj Gharbiyah, not Burj; unless
    # the shorter name is also the found place's, "Al-Ramadi villages" the Ar Ramadi of Deir ez-Zor)
    matches = [m for m in matches if m.watchlist not in lexicon.place_watchlists or not any(
        f.start < m.end and m.start < f.end and f.matched_text.isascii()
        and (not {p.admin1 for p in lexicon.places.get(m.folded, ())} & {p.admin1 for p in lexicon.places.get(f.folded, ())}
             or f.start <= m.start and m.end <= f.end and f.end - f.start > m.end - m.start
             and not set(lexicon.places.get(m.folded, ())) & set(lexicon.places.get(f.folded, ()))) for f in found)]
    # (a name matched without a cue stands bare elsewhere for a reason: a group's or an office's name; nor a common word)
    cued = [m for m in matches if m.watchlist in lexicon.place_watchlists and m.folded in lexicon.places
            and m.folded not in STOPLIST and m.folded not in SITE_NOUNS
            and cue_needed(m.folded, lexicon.places[m.folded], lexicon.place_rules)]
    named = {m.matched_text: m for m in cued if any(start <= m.start < end for start, end in spans) and len(m.folded) > 3}
    # (nor in a dateline, where the report was filed: "زركان/ هاوار - أصيب طفل … في ريف ناحية زركان")
    taken = sorted((m.start, m.end) for m in (*matches, *found)) + doc.once(_datelines, text)
    again = []
    for name, match in named.items():
        if text.count(name) < 2:    # (most names are matched wherever they stand: no search)
            continue
        for start, end in spans:
            at = text.find(name, start, end)
            while at >= 0:
                bare = not (text[at - 1:at].isalnum() and not _CLITIC_BEFORE.search(text[max(at - 3, 0):at])) \
                    and not text[at + len(name):at + len(name) + 1].isalnum()
                if bare and not any(lo < at + len(name) and at < hi for lo, hi in taken):
                    again.append(replace(match, start=at, end=at + len(name)))
                at = text.find(name, at + len(name), end)
    return matches + found + again


_CLITIC_BEFORE = re.compile(r"(?:^|\W)[وفبل]{1,2}$")   # "وحزيمة", "بحزيمة": the name, a proclitic before it


def _items_under(doc: Document, index: int, strikes: Container[int]) -> range:
    """The list items sentence *index* heads (none if it is an item itself; *strikes* the sentences that tell a strike):
    read as its own, "غارتان على بلدتي
    الكشكية والبحرة: ▪️ مقتل ٣ عناصر في الكشكية ▪️ إصابة عنصرين في البحرة".

    >>> doc = Document.of("غارتان على بلدتي الكشكية والبحرة:\\n▪️ مقتل ٣ في الكشكية\\n▪️ إصابة عنصرين في البحرة\\nخبر آخر")
    >>> list(_items_under(doc, 0, {0})), list(_items_under(doc, 1, {0}))
    ([1, 2], [])
    """
    if list_item(doc.text, doc.spans[index][0]):
        return range(0)
    # (past a heading of a toll that tells no strike, "الحصيلة حسب المناطق:"; or the toll listed right before it, under
    # such a heading: sentences.list_before)
    end = start = list_start(doc.text, doc.spans, index, strikes)
    while end < len(doc.spans) and list_item(doc.text, doc.spans[end][0]):
        end += 1
    return range(start, end) if end > start else list_before(doc.text, doc.spans, index, strikes)


def _refers_back(article: _Article, index: int, figure: figures.Figure) -> bool:
    """Whether a killed *figure* of sentence *index* (folded) names the dead again ("القتيلين", "the two dead")."""
    start, end, _ = article.sentences[index]
    return figures.refers_back(article.text[start:end], *article.folded[index].span(figure.start, figure.end))


def _toll_told_before(article: _Article, index: int) -> bool:
    """Whether a strike sentence before sentence *index* tells a toll of the dead: "القتيلين", "the two dead" after it
    refer back to those dead (_refers_back), no toll of the strike of their own sentence ("مقتل شخصين" at Burk …
    "أعلنت الوحدات أن القتيلين في ضربة بورك من رفاقها" beside Rabia's strike that wounded three)."""
    return any(not _refers_back(article, earlier, figure) for earlier in article.strike_sentences
               if earlier < index and earlier in article.fore
               for figure in figures.casualty_figures(article.fore[earlier])["killed"])


_TOLL_FIELD = re.compile(figures.TOLL_FIELD + r"[1-9]")


def _field_restates(article: _Article, index: int, me: int, owners: dict[int, int]) -> bool:
    """Whether sentence *index* is a coded note's closing toll field ("Fatalities: 2") that restates the toll the own
    sentence of another of the note's strikes tells ("… struck a vehicle near X, killing 2 PKK members. On the same
    day, warplanes struck the mountains above Y. Fatalities: 2."): the field is that strike's, not Y's."""
    return bool(_TOLL_FIELD.search(article.fore.get(index, ""))) and any(
        owner not in (me, SUMMARY) and other != index and figures.killed_figures(article.fore.get(other, ""))
        for other, owner in owners.items())


# The dead named or their bodies received, paragraphs after their strike (folded): "هويات الضحايا", "وصول جثماني
# الشهيدين", "the victims were identified as"
_DEAD_NAMED = re.compile(r"(?:^|\s)(?:هويه|هويات|اسماء|جثث|جثامين|جثماني|جثمان|جثتي)(?: \S+)? (?:ضحايا|ضحيتين|قتلي|قتيلين"
                         r"|شهداء|شهيدين)(?=\s|$|[،,.])|\b(?:identified|named) the (?:dead|victims)\b"
                         r"|\bthe (?:dead|victims) (?:were|have been) (?:identified|named)\b")


def _revises(doc: Document, index: int) -> bool:
    """Whether sentence *index* revises a toll before any background clause ("the toll had risen to seven").
    The whole sentence is searched first: most sentences of a long article revise nothing, and their
    foreground is then not needed."""
    text = doc.sentence(index).text
    return bool(any(noun in text for noun in REVISED_NOUNS) and _ANY_REVISED.search(text)
                and _ANY_REVISED.search(doc.once(foreground, text)))


def _sides_of_the_dead(article: _Article, strikes: list[Strike], events: list[dict]) -> None:
    """The side struck, for a strike whose own sentences name none, as a later sentence of the news names the
    dead's side: "the HPG said the three men killed near X were its fighters", "the men killed were members of
    Iran-backed militias", "أعلنت قوات الدفاع الشعبي أن القتلى هم من مقاتليها", "نعت قوى الأمن الداخلي (الأسايش)
    عنصرين من منتسبيها", or as the striker claims whom it struck ("the ministry said it had neutralised two PKK
    terrorists", "حيّدت إرهابيين اثنين، في إشارة إلى مقاتلي حزب العمال"). The sentence's strike is the one whose
    place it names, else the last strike reported before it; never the striker's own side."""
    doc, first = article.doc, min(article.strike_sentences, default=len(article.sentences))
    for match in article.matches:
        index = doc.sentence_of(match.start)
        if match.watchlist != ACTORS or index <= first:
            continue
        start, end = doc.spans[index]
        speaker = ACTOR_SPEAKS_AFTER.match(doc.fold(match.end, end)[:60].lstrip(" ()\"”’,")) \
            or ACTOR_SPEAKS_BEFORE.search(doc.before(match.start, 40))   # "(HPG) said", "أعلنت قوات الدفاع الشعبي"
        if not (speaker and DEAD_ARE_ITS_AFTER.search(doc.fold(match.end, end)) or DEAD_OF_BEFORE.search(doc.before(match.start, 60))
                or NEUTRALISED_BEFORE.search(doc.before(match.start, 90))):
            continue
        fold = doc.sentence(index)   # (its background only where it names the dead's side: most sentences do not)
        kept = news_end(fold.text, doc.once(foreground, fold.text))
        if kept < len(fold.text) and match.start >= start + fold.origin(kept):
            continue    # background: "… members of the PKK, which has fought Turkey since 1984"
        event = _told_of(article, strikes, events, index)
        # (not a strike that hit civilians: "ونعت قسد عنصريها" mourns the other strike's dead; nor one this sentence says
        # killed civilians, whom the striker claims as its enemy: "said it had neutralised two PKK terrorists, but
        # officials said the dead were civilians")
        if event and event["actor2"] is None and STATE_FORCES.get(match.term, match.term) != event["actor1"] \
                and not _civilians_hit(article, strikes[events.index(event)], [index]):
            event["actor2"] = match.term


def _told_of(article: _Article, strikes: list[Strike], events: list[dict], index: int) -> dict | None:
    """The event a later sentence *index* tells of: the one whose place it names, else the last strike reported
    before it (None: no strike before it)."""
    doc = article.doc
    named = {m.term for m in article.matches if m.watchlist in article.lexicon.place_watchlists
             and doc.sentence_of(m.start) == index}
    n = next((n for n, event in enumerate(events) if event["location"] in named), None)
    if n is None:    # (a headline naming every strike reports none of them last)
        n = max(((max(i for i in strike.sentences if i < index), n) for n, strike in enumerate(strikes)
                 if min(strike.sentences) < index), default=(None, None))[1]
    return events[n] if n is not None else None


def _strikers_named_later(article: _Article, strikes: list[Strike], events: list[dict]) -> None:
    """The side that struck, for strikes whose own sentences name none, as a later sentence of the report attributes
    them: "Two security officials attributed both strikes to Turkish drones" (every such strike), "… attributed
    the strike to a Turkish drone" (the strike whose place the sentence names, else the last reported before it)."""
    doc, first = article.doc, min(article.strike_sentences, default=len(article.sentences))
    if "attribut" not in doc.text:    # (most reports attribute nothing: no sentence to look up)
        return
    for match in article.matches:
        if match.watchlist != ACTORS or (index := doc.sentence_of(match.start)) <= first \
                or "attribut" not in doc.text[doc.spans[index][0]:match.start]:
            continue
        said = ATTRIBUTED_BEFORE.search(doc.before(match.start, 80))
        if not said:
            continue
        striker = STATE_FORCES.get(match.term, match.term)
        if said.group(1).endswith("s") or " both " in said.group() or " all " in said.group():   # "both strikes"
            chosen = events
        else:
            chosen = [event] if (event := _told_of(article, strikes, events, index)) else []
        for event in chosen:
            if event["actor1"] is None and event["actor2"] != striker:
                event["actor1"] = striker



_SAID_AFTER = re.compile(r"^(?:\S+ ){0,3}?(?:said|says|announced|stated|(?:قد )?(?:اعلنت|اعلن|قالت|قال|ذكرت|ذكر|اكدت|اكد))(?!\S)")


def _strikers_claiming_later(article: _Article, strikes: list[Strike], events: list[dict]) -> None:
    """The side that struck, for a strike whose own sentences name none, as a later sentence of the report has it
    claim the strike in its own words, or accuses it of the strike undenied, and names no other place: "وكانت القيادة المركزية الأمريكية قد أعلنت أنها
    استهدفت منشآت تستخدمها كتائب حزب الله في المنطقة", "CENTCOM said it had struck an IS hideout in the area" (the
    strike whose place the sentence names, else the last reported before it; never the side struck, nor a claim
    of another time)."""
    doc, first = article.doc, min(article.strike_sentences, default=len(article.sentences))
    located = {event["location"] for event in events}
    for match in article.matches:
        if match.watchlist != ACTORS or (index := doc.sentence_of(match.start)) <= first:
            continue
        lo, hi = doc.spans[index]
        # the side a later sentence accuses of the strike, undenied, struck it ("The SDF blamed Turkey; Ankara did not
        # comment", "وحمّلت الإدارة الذاتية في سنجار تركيا مسؤولية الهجوم": the accuser's own place is none of a strike)
        accused = _actor_role(article, match, index) == "struck" \
            and ACTOR_ACCUSED_BEFORE.search(" ".join(doc.before(match.start, 60).split()) + " ")
        # (a sentence that claims a strike elsewhere tells of another: "… said it had struck X last month"; one that
        # denies claims none: "نفى التحالف الدولي في بيان تنفيذ أي ضربة جوية")
        if any(m.watchlist in article.lexicon.place_watchlists and (match.start if accused else lo) <= m.start < hi
               and m.term not in located for m in article.matches) \
                or _in_another_time(article, match, index) or STRIKING_DENIED.search(doc.fold(lo, hi)):
            continue
        after = " ".join(_QUOTES.sub("", doc.fold(match.end, hi)[:80]).split())
        # (a side said to claim it: "وفرضت قسد طوقاً حول مكان الاستهداف" cordons the site off)
        if not accused and (not (_SAID_AFTER.match(after) or ACTOR_SPEAKS_BEFORE.search(doc.before(match.start, 40)))
                            or not ACTOR_CLAIMS_AFTER.match(after)):
            continue
        striker = STATE_FORCES.get(match.term, match.term)
        event = _told_of(article, strikes, events, index)
        if event and event["actor1"] is None and event["actor2"] != striker:
            event["actor1"] = striker

# A total over a week or longer ("its forces had neutralised 14 militants in the Zap and Metina regions over the
# past week", "خلال الأسبوع الماضي") adds up strikes the article does not report one by one: none of its places
# is a strike of the article (a day's tally, "in the past 24 hours", reports its strikes).
_WEEKS_TOTAL = re.compile(r"\b(?:in|during|over) the (?:past|last) (?:\w+ )?(?:weeks?|months?|years?)\b"
                          r"|خلال (?:\S+ )?(?:اسبوع|اسابيع|شهر|اشهر|شهور|عام|اعوام|سنه|سنوات|سنين) (?:ماضي|ماضيه|اخير|اخيره)")


def _about_an_earlier_strike(doc: Document, matches: list[Match], strike_sentences: list[int], recalled: set[int]) -> bool:
    """Whether the article reports on an earlier strike, not a new one: its headline names a strike it does not
    report (a reaction cue governs it, "Three years on, families mark deadly shelling", "Committee questions
    officials over drone strike", or it is background, "Six years after Baghouz, …") and its first strike sentence
    dates that strike before the lookback (*recalled*: "The strike, on January 12, hit a car …").

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> coding = analyse("Committee questions officials over deadly drone strike near Sinjar\\n"
    ...                  "The strike, on January 12, hit a car near Sinjar, killing three.", "2025-02-11",
    ...                  lexicon_for(load_config("config.yaml")))
    >>> coding.events, coding.is_strike_report
    ([], False)
    """
    body = [index for index in strike_sentences if index > 0]
    return bool(body and body[0] in recalled and 0 not in strike_sentences and _HEADLINE.match(doc.text)
                and any(m.watchlist == STRIKE and m.start < doc.spans[0][1] for m in matches))


def _in_a_past_scene(doc: Document, index: int, published: date | None) -> bool:
    """Whether strike sentence *index*, naming no day of its own, is told in a paragraph that opens in a month past
    ("On a spring morning in April, Karwan was pruning his trees when he heard the buzz. Minutes later a drone struck
    a car, killing two men", "في صباح من آذار الماضي، كان أبو خالد يجلس أمام دكانه … طائرة مسيّرة استهدفت سيارة"): a
    feature's opening scene, an earlier strike."""
    if published is None or figures.dates_in(doc.sentence(index).text, published):
        return False
    opening = doc.sentence_of(doc.text.rfind("\n", 0, doc.spans[index][0]) + 1)
    return opening < index and figures.past_month(doc.sentence(opening).text, published)


def _dated_before(fore: str, published: date | None, lookback: timedelta) -> bool:
    """Whether a strike sentence (its folded ``foreground``) dates what it reports only to days more than
    *lookback* (``matching.event_date_lookback``) before publication ("SOHR also documented on May 2 the
    death of three IS members in a coalition strike near Hajin", published May 13).

    >>> _dated_before("on may 2 a strike near hajin killed three", date(2025, 5, 13), timedelta(days=7))
    True
    """
    days = figures.dates_in(fore, published) if published else []
    return bool(days) and all(day < published - lookback for day in days)


def _tolls_by_place(article: _Article, events: list[dict]) -> None:
    """A sentence that splits the toll by place, clause by clause, gives each strike its own:
    "Six of the dead were at the depot in Al-Jalaa and three in Mayadin", "أربعة منهم قتلوا في
    العشارة، واثنين في حطلة", "… ما أدى إلى مقتل طفل في الطابية، وإصابة ثلاثة مدنيين في خشام". A clause
    (between a comma, "and", "while" …) naming one strike's place (as the article named it, a cue or
    not) states that strike's figure, of its own kind or of the clause before's ("and three in
    Mayadin"): the finest figure the report gives for that place, over one stated for several. Not a
    clause of a list of places ("… in the shelling on A and B", "attacks in A and B leave 140 dead"),
    nor a period's or a campaign's total."""
    located: dict[str, dict | None] = {}
    for event in events:   # (a name two strikes share is neither's)
        located[event["location"]] = None if event["location"] in located else event
    # (a name as written too: the gazetteer's spelling of one found by its spelling is not the text's, "Tel Elo"; and a
    # name whose namesake the strike was placed at, by the spelling both share: "Al-Ramadi" near Albu Kamal, Ar Ramadi)
    spelled = {spelling_key(event["location"]): event for event in located.values() if event}
    names = {key: event for m in article.matches if m.watchlist in article.lexicon.place_watchlists
             for event in [located.get(m.term) or spelled.get(spelling_key(m.term))] if event
             for key in {m.folded, article.doc.fold(m.start, m.end).strip()}}
    if len(set(map(id, names.values()))) < 2:
        return
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    named = re.compile(r"(?:^|(?<=\s))[وبلف]{0,2}(%s)(?!\w)" % alternatives)
    # a clause that opens with a place continues a list of places ("and Deir Ezzor", "وخشام")
    listed = re.compile(r"\W*(?:and |و ?)?(?:the )?(?:(?:town|village|city) of )?(?:(?:ال)?(?:قريه|بلده|مدينه) )?"
                        r"(?:%s)(?!\w)" % alternatives)
    # (the sentence right after the one that named the places together, or an item of the list it heads, naming one
    # of them: "غارتان … على بلدتي الكشكية والبحرة: ▪️ مقتل ٣ عناصر في الكشكية ▪️ إصابة عنصرين في البحرة", "shelled Tel
    # Kefji and Tel Maghas. A woman was wounded in Tel Kefji.")
    together = min((index for index, fore in article.fore.items()
                    if len({id(names[found.group(1)]) for found in named.finditer(fore)}) > 1), default=None)
    following = set() if together is None else {together + 1, *_items_under(article.doc, together, article.strike_sentences)}
    # (… and so on while each names one of them: "قرى A وB وC. القصف على A أسفر عن … في B … . أما في C فاقتصرت الأضرار
    # على الماديات": the places told one by one)
    after = None if together is None else together + 1
    while after is not None and named.search(article.fore.get(after, "")):
        after += 1
        following.add(after)
    for index, fore in article.fore.items():
        places = len({id(names[found.group(1)]) for found in named.finditer(fore)})
        # (not another report's figure for one of them: "وبحسب شبكة "نهر ميديا"، فإن حصيلة القتلى في X بلغت خمسة" is
        # one of the differing reports each strike's toll weighs, _code)
        if places < 2 and not (places and index in following) or _period_total(fore) or _ANOTHER_REPORT.match(fore):
            continue
        running = RUNNING_TOTAL.search(fore)
        stated = [(key, figure) for key, found in figures.casualty_figures(fore).items() for figure in found
                  if figure.value <= PLAUSIBLE_TOLL and not (running and figure.start >= running.end())]
        # (a clause of a number and its place begins at its "and", comma or not: "killing two in X and three in Y")
        cuts = sorted({0, *(found.start() for found in CLAUSE_START.finditer(fore)), *figures.elliptic_starts(fore),
                       len(fore)})
        clauses = list(zip(cuts, cuts[1:]))
        if places == 1 and len(clauses) > 1 and named.search(fore, 0, clauses[0][1]):
            # (a sentence that opens with the place tells of it in the clause after: "In Sarsing, there was only damage")
            clauses[:2] = [(0, clauses[1][1])]
        _nobody_by_place(article, index, fore, clauses, named, names, listed)
        kind = None
        for n, (lo, hi) in enumerate(clauses):
            # (a figure that adds up the clauses after it, "two in X and three" = 5, is read in its own clause)
            own = [(key, figure) if figure.end <= hi else (key, _clause_figure(fore, lo, hi, key, figure))
                   for key, figure in stated if lo <= figure.start < hi]
            elliptic = figures.elliptic_figure(fore[lo:hi]) if not own and kind else None
            own = own or ([(kind, elliptic._replace(start=lo + elliptic.start, end=lo + elliptic.end))] if elliptic else [])
            kind = own[-1][0] if own else kind
            strikes = {id(names[found.group(1)]): names[found.group(1)] for found in named.finditer(fore, lo, hi)}
            in_list = listed.match(fore, lo) or (n + 1 < len(clauses) and listed.match(fore, hi))
            if len(strikes) != 1 or not own or in_list:
                continue
            (event,) = strikes.values()
            start, end = article.sentences[index][:2]
            for key, figure in own:
                event["fatalities" if key == "killed" else "injured"] = figure.value
                evidence = {"kind": key, "figure": figure.value, "sentence": article.text[start:end],
                            "span": list(article.folded[index].span(figure.start, figure.end))}
                event["evidence"] += [] if evidence in event["evidence"] else [evidence]
            event["notes"] = summarize(event)


# Every strike of the article, named together: "في القريتين" (in both villages), "في الضربتين", "in both strikes",
# "in either attack" (folded)
_EVERY_STRIKE_NAMED = re.compile(r"(?:^|\s)[فب]?(?:قريتين|بلدتين|ضربتين|غارتين|هجومين|حادثتين|موقعين)(?=[\s،,.]|$)"
                                 r"|\b(?:both|either|the two) (?:villages|strikes|attacks|raids|incidents|sites)\b")


def _nobody_in_all(article: _Article, events: list[dict]) -> None:
    """A sentence that says nobody was hurt in all the strikes of an article of two ("القصف لم يسفر عن إصابات في
    القريتين", "no one was hurt in either strike") says it of each: a toll not told otherwise is 0."""
    if len(events) != 2:
        return
    for index, fore in article.fore.items():
        # (in the clause that names them all: not "مسيرتان تنفذان ضربتين: الأولى …، والثانية … دون إصابات", the count
        # of a heading whose second clause alone says nobody was hurt)
        cuts = [0, *(found.start() for found in CLAUSE_START.finditer(fore)), len(fore)]
        if not any(figures.says_no_casualties(fore[lo:hi]) for lo, hi in zip(cuts, cuts[1:])
                   if any(lo <= found.start() < hi for found in _EVERY_STRIKE_NAMED.finditer(fore))):
            continue
        sentence = article.text[slice(*article.sentences[index][:2])]
        for event in events:
            if event["fatalities"] is None:
                event["fatalities"] = 0
                event["injured"] = 0 if event["injured"] is None and figures.says_nobody_hurt(fore) else event["injured"]
                event["evidence"] += [{"kind": "no casualties", "figure": 0, "sentence": sentence}]
                event["notes"] = summarize(event)


def _nobody_by_place(article: _Article, index: int, fore: str, clauses: list[tuple[int, int]], named: re.Pattern,
                     names: dict[str, dict], listed: re.Pattern) -> None:
    """A clause of sentence *index* (*fore*, cut at *clauses*) naming one strike's place that says nobody was hurt says
    it of that strike only: "a farmer wounded in Jatal, no casualties in Ghanamiye", "- أضرار مادية … بتل كوران دون
    إصابات" (an item under "قريتي تل أم كهف وتل كوران"). That strike's toll is 0; the sentence's word is no other's."""
    scoped = {}
    for lo, hi in clauses:
        strikes = {id(names[found.group(1)]): names[found.group(1)] for found in named.finditer(fore, lo, hi)}
        if len(strikes) == 1 and not listed.match(fore, lo) and figures.says_no_casualties(fore[lo:hi]):
            scoped[next(iter(strikes))] = (next(iter(strikes.values())), figures.says_nobody_hurt(fore[lo:hi]))
    if not scoped:
        return
    sentence = article.text[slice(*article.sentences[index][:2])]
    for event in {id(event): event for event in names.values()}.values():
        said = [e for e in event["evidence"] if e["kind"] == "no casualties" and e["sentence"] == sentence]
        if id(event) in scoped:
            event["fatalities"] = 0 if event["fatalities"] is None else event["fatalities"]
            event["injured"] = 0 if event["injured"] is None and scoped[id(event)][1] else event["injured"]
            event["evidence"] += [] if said else [{"kind": "no casualties", "figure": 0, "sentence": sentence}]
        elif said and len(said) == sum(e["kind"] == "no casualties" for e in event["evidence"]):
            event["evidence"] = [e for e in event["evidence"] if e not in said]
            event["fatalities"] = None if event["fatalities"] == 0 else event["fatalities"]
            event["injured"] = None if event["injured"] == 0 else event["injured"]
        event["notes"] = summarize(event)


def _clause_figure(fore: str, lo: int, hi: int, key: str, figure: figures.Figure) -> figures.Figure:
    """The *key* figure (killed, injured) the clause [lo, hi) of *fore* states alone, of one that reaches past it
    (*figure*, else): "killing two in tal tamr" of "killing two in tal tamr and three in zirgan"."""
    alone = figures.casualty_figures(fore[lo:hi])[key]
    return alone[0]._replace(start=lo + alone[0].start, end=lo + alone[0].end) if alone else figure


# The road that leads to a place is where a blast on it was, no way taken: "on the road leading to the Conoco field",
# "على الطريق المؤدي إلى حقل كونيكو" (folded)
_ROAD_TO = re.compile(r"\b(?:road|highway|route)(?: (?:leading|that leads|which leads))? to(?: the)? $"
                      r"|(?:^|\s)طريق (?:مودي|واصل|ذاهب) (?:الي|ل) ?$")


# (folded text before a place: where the aircraft or the fire came from, "from the direction of the Tanf zone", "من جهة
# قاعدة التنف", "قادمة من اتجاه"; not "ناحية", also the sub-district: "القريبة من ناحية الدبس")
_FROM_DIRECTION = re.compile(r"\bfrom the direction of(?: the)? $|(?:^|\s)من (?:جهه|اتجاه)(?: (?:منطقه|قاعده))? $")


_JOINED_NAME = re.compile(r"^(?:,? (?:and|or) (?:the )?(?:(?:city|town|village) of )?|\s?و ?(?:مدينه |بلده )?)$")   # folded


def _destination(doc: Document, matches: list[Match], place: Match, lexicon: Lexicon) -> bool:
    """Whether the place mention is where people fled or troops moved to: after the way to it, with
    an ``aftermath`` cue (flight, reinforcements) before it in its sentence; not a road's end ("a blast hit a
    convoy on the road leading to X")."""
    if place.watchlist not in lexicon.place_watchlists:
        return False
    # (the second of the places fled to: "to flee towards Tal Tamr and Al-Hasakah city", "نحو تل تمر والحسكة")
    joined = [m for m in matches if m.watchlist in lexicon.place_watchlists and m.end <= place.start
              and _JOINED_NAME.match(doc.fold(m.end, place.start))]
    if joined and _destination(doc, matches, joined[-1], lexicon):
        return True
    before = doc.before(place.start)
    if not TOWARDS.search(before) or _ROAD_TO.search(before):
        return False
    start = doc.spans[doc.sentence_of(place.start)][0]
    return any(m.watchlist == NOT_STRIKE and m.category == "aftermath" and start <= m.start < place.start
               for m in matches)


def _aimed_at(doc: Document, place: Match, lexicon: Lexicon, decision: Decision) -> bool:
    """Whether the place mention is the target a weapon was aimed at (``AIMED_AT_BEFORE``: "a rocket launch pad aimed
    at Ain al-Asad base near X") while its sentence, of a Disrupted weapons use (*decision*'s type of it: seized,
    intercepted, shot down), places the weapon at another place after it (``STOPPED_AT_AFTER``: "near X", "over X";
    not a bracket's governorate label, "a rocket fired at Ain al-Asad air base (Al-Anbar)"): it never reached its
    target. (A weapon that hit its target struck there: "rockets fired at Ain al-Asad from X" is no such sentence.)"""
    if place.watchlist not in lexicon.place_watchlists or not AIMED_AT_BEFORE.search(doc.before(place.start, 60)):
        return False
    sentence = doc.sentence_of(place.start)
    return decision.type_of([sentence]) == DISRUPTED and bool(
        STOPPED_AT_AFTER.search(doc.text, place.end, doc.spans[sentence][1]))


def _several(article: _Article) -> bool:
    """Whether the strike sentences may report several strikes: they name two places (by
    name) or two days, or two are items of a list, or one tells another strike at a stated time after one
    (``_later_again``: the rescuers struck an hour later at the same place); most articles name one, and need no
    grouping."""
    names = {m.folded for m in article.matches if m.watchlist in article.lexicon.place_watchlists
             and article.in_sentence(m.start) in article.strike_sentences
             and m.start < _foreground_end(article, article.in_sentence(m.start))}
    # (a village the gazetteer has under another spelling is a name too: "near the village of Tal Jumaa")
    places = [m for m in article.matches if m.watchlist in article.lexicon.place_watchlists]
    unknown = "tolerant" in article.lexicon.place_rules and any(
        not any(m.start < end and start < m.end for m in places)
        for index in article.strike_sentences for start, end in introduced_names(article.doc, index))
    return len(names) + unknown > 1 or len({_day_named(article, index) for index in article.strike_sentences} - {None}) > 1 \
        or sum(_item(article, index) for index in article.strike_sentences) > 1 \
        or any(_later_again(article.fore[index]) for index in article.strike_sentences)


def group_strikes(article: _Article) -> tuple[list[Strike], tuple[int, ...]]:
    """The strikes of an article (in text order), and its summary sentences: those about
    several of them ("drones struck three villages of Duhok on Tuesday, killing four").

    A strike sentence names its strike's place (``locate_strike`` over that sentence):
    sentences naming one place (the same gazetteer place, or points within
    ``SAME_SITE_KM``; "near X" within ``NEAR_KM`` of one strike) on one day are one strike,
    a headline and the body alike. A list after a plural place word ("the villages of A,
    B and C", "قرى A وB") is one strike per place. A governorate named alone ("rural Deir
    ez-Zor") is the strike in it when there is one, its own coarse strike when there is
    none, else a summary. A lead's place that a later sentence tells in detail is that
    strike's (``_detailed_later``). A sentence naming no place belongs to the strike before it, or
    to the only one; before several it is a summary.
    """
    units: list[tuple[int, Located, date | None, frozenset[Match], tuple[int, int] | None]] = []
    unplaced: list[int] = []
    lists: set[int] = set()     # sentences that list places: each name is a strike of its own however near
    counted: set[int] = set()   # sentences that count their strikes ("the first … the second"): each part its own
    places = [m for m in article.matches if m.watchlist in article.lexicon.place_watchlists]
    for index in article.strike_sentences:
        start, end, _ = article.sentences[index]
        news_end = _foreground_end(article, index)
        # (not someone's place, which locates no strike: "a fighter of the Manbij Military Council was killed … in
        # Arimah, a town west of Manbij" names one strike's clause, not two)
        # (a headline's opening recap names the earlier news's places: "After less than 72 hours of the Zardana
        # massacre, warplanes kill …": recap_end)
        recap = article.recap[1] if index == 0 else start
        own = [m for m in places if max(start, recap) <= m.start < news_end and not (
            "elsewhere" in article.lexicon.place_rules
            and article.doc.once_with(someones_place, m, article.lexicon.place_rules))]
        # a name after the sentence turns to background is none of its strike's candidates ("… rare in Sumel, after
        # Turkish strikes over the past years centred on Amadiya and Zakho", "pointing to strikes in Salahuddin in 2019")
        past = frozenset(m for m in places if news_end <= m.start < end or start <= m.start < recap)
        # (a toll revised on a later day names the day of that news, not the strike's: "وصباح الاثنين، أعلن المشفى وفاة
        # الابن متأثراً بجراحه، لترتفع حصيلة القصف على رطلة إلى قتيلين")
        day = None if _revises(article.doc, index) else _day_named(article, index)
        listed = _listed(article.doc, own, article.lexicon.place_rules)
        if listed:
            lists.add(index)
        apart, seat = ([], frozenset()) if listed else _clauses_apart(article, index, own)
        past |= seat
        labelled = _label_parts(article.doc, apart)
        # (… or at the time after which it tells another strike: "وبعد ساعة عادت مسيرة أخرى لتستهدف … في X")
        ordinal = [] if listed or labelled else (_ordinal_parts(article, index, own) or (
            _ordinal_parts(article, index, own, _LATER) if _later_again(article.fore[index]) else []))
        if ordinal:
            counted.add(index)
        parts = [frozenset(m for m in listed if m.folded != member.folded) for member in listed] \
            or labelled or ordinal or [frozenset()]
        # a list's toll is the list's ("the villages of A, B and C, killing four"); clauses have their own (a name
        # that labels them all opens none: _clauses_apart)
        spans = dict(zip(parts, _clause_spans(article, index, apart or own, parts))) if not listed and len(parts) > 1 else {}
        found = False
        # a heading before a colon over the strikes after it ("تصعيد تركي على ريف كوباني: مسيّرة … صرين …، فيما قصفت …
        # الشيوخ"): its place is their area, no strike's own
        heading = _heading_end(article, index, own) if len(parts) > 1 else start
        opening = frozenset(m for m in own if m.start < heading)
        for hidden in parts:
            if all(m in opening for m in own if m not in hidden):
                continue
            # (a name the sentence introduces in its background is none: "The strike came on the third consecutive day
            # of Turkish attacks on the X area")
            located = article.locate([index], hidden | opening | past) if own or any(
                name < news_end for name, _ in introduced_names(article.doc, index)) else Located()
            if located.place is not None and located.evidence[0]["sentence"] == article.text[start:end]:
                # (a clause naming its own day is that day's: "…، فيما تجدد القصف صباح اليوم على قرية Y")
                units.append((index, located, _clause_day(article, spans.get(hidden)) or day, hidden | opening | past,
                              spans.get(hidden)))
                found = True
        if not found and _filed_under_head(article, (index,)) and (head := _list_head(article, index)) is not None:
            # an item naming no place is at the place its list is filed under ("تحديثات شنكال:\n١- طيران مسير
            # يقصف مقراً بخانصور"): an area around it, not the head's town itself
            located = article.locate([head])
            # (a place the head itself names: not one of another item the lookup falls back to)
            if located.place is not None and located.evidence[0]["sentence"] == article.text[slice(*article.sentences[head][:2])]:
                units.append((index, located._replace(precision=max(located.precision, 2)), day, frozenset(), None))
                found = True
        if not found:
            unplaced.append(index)
    groups: list[dict] = []    # {"sentences", "place", "precision", "day", "hidden"}
    # a strike line over a list of strikes at their own places ("قصف تركي على ريف ديرك" over "▪️ … كركي لكي",
    # "▪️ … تربه سبي") announces them: their summary, no strike of its own
    summary: list[int] = [index for index in {unit[0] for unit in units} if _heads_placed_list(article, index, units)]
    units = [unit for unit in units if unit[0] not in summary]
    kinds = dict(zip(article.decision.sentences, article.decision.kinds))
    # "shelling hit three villages in the Ain Issa countryside" over the villages the article names (a strike "near" a
    # village too: "قرب قرية محسنلي"): their summary
    summary += [index for index, located, *_ in units if located.precision == 2
                and (located.place.kind != "village" or _VILLAGES_OF_AREA.search(article.fore[index]))
                and _VILLAGES.search(article.fore[index]) and any(
                    other != index and (place.precision == 1 or place.place.kind == "village")
                    and place.place.admin1 == located.place.admin1
                    and haversine(place.place.point, located.place.point) <= NEAR_KM for other, place, *_ in units)]
    units = [unit for unit in units if unit[0] not in summary]
    for index, located, day, hidden, span in sorted(units, key=lambda unit: (unit[1].precision, unit[0])):
        # (two clauses of one sentence at two places, one a terrain region, are two strikes however near: a
        # region's point is its district's); a sentence that says it reports another strike ("Separately, jets
        # bombed the Bradost area") at a place of another name is not the strike of the place around it
        again = _STRUCK_AGAIN.search(article.fore[index])
        # (a clause's own: "… on Sunday evening, and a second strike on Monday hit a house in Y" names no part of Y's day)
        day_parts = _day_parts(article.doc.fold(*span) if span else article.fore[index])
        # (two items of a list at places of two names are two strikes: "1) jets struck near Rawa … 2) helicopters
        # hit a hideout near Anah"; a thread's numbered updates alike)
        fits = [group for group in groups if (_same_strike(group, located, day, _same_kind(kinds, group["sentences"], index))
                                              or _headline_seat(article, group, index, located)) and not (
            span and index in group["sentences"] and group["place"] != located.place
            and ("region" in (group["place"].kind, located.place.kind) or index in counted
                 or ("countryside_apart" in article.lexicon.place_rules and located.precision == 3)
                 # (or beyond each other's surroundings: the clauses _clauses_apart told apart by their own strike words;
                 # beyond one site when those name two weapons or set one against the other: "drones struck X, while
                 # artillery shelled Y" 6 km off)
                 or haversine(group["place"].point, located.place.point) > (
                     SAME_SITE_KM if _set_apart(article, group, index, span) else SEAT_SURROUNDINGS_KM)))
            and not ((again or _reported_after(article, group, index) or (index in lists and index in group["sentences"]))
                     and group["place"].name != located.place.name)
            and not _apart_in_day(group, day_parts, located)
            and not (group["place"].name == located.place.name
                     and (_later_again(article.doc.fold(*span) if span else article.fore[index])
                          and not _told_so(article, group, _AGAIN.search) or _told_so(article, group, _later_again)))
            and not (group["place"].name != located.place.name and _item(article, index)
                     and any(_item(article, other) for other in group["sentences"]))]
        # (a terrain region is a place of its own, no area around another strike: "Five were neutralised in the Gara
        # region. The other three were hit in the Avashin-Basyan region")
        if not fits and located.precision == 2 and located.place.kind not in ("village", "region") and not span \
                and not _ORDINAL.search(article.fore[index]) and not again \
                and not figures.counts_strikes(article.fore[index]):
            # "south-west of Kirkuk": the one strike of that kind around; not a clause apart of its own
            # sentence, nor a sentence that says it is another strike ("A separate strike hit … near Al-Qaim",
            # "Hours later, warplanes pounded … Ain Issa", "The shelling also hit the outskirts of Amuda"),
            # nor a sentence that counts the strikes ("تستهدف ريف الرقة مرتين"), nor another item of a round-up's list,
            # nor a live blog's entry ("17:40 - U.S. forces answered with
            # artillery fire on the outskirts of Mayadin": each entry tells its own news), nor a strike near a
            # village (a place as fine as a strike's)
            fits = [] if _timed_entry(article, index) else [
                group for group in groups if group["place"].admin1 == located.place.admin1
                and index not in group["sentences"] and not _reported_after(article, group, index)
                and not (_item(article, index) and any(_item(article, other) for other in group["sentences"]))
                and _same_kind(kinds, group["sentences"], index) and not (group["day"] and day and day != group["day"])
                and not _apart_in_day(group, day_parts, located)]
            fits = fits if len(fits) == 1 else []
        # (a governorate, or the countryside of a town, over several strikes in it: "قرى ريف عين عيسى" over its villages')
        # (… and a governorate's sentence that counts the strikes over two or more the article places finer: "مقتل خمسة
        # إرهابيين بضربتين جويتين في محافظتي نينوى والأنبار" before each strike's own sentence)
        if (located.precision == 3 or located.precision == 2 and located.place.kind != "village") and len(fits) > 1 \
                or located.precision == 3 and figures.counts_strikes(article.fore[index]) \
                and sum(group["precision"] < 3 for group in groups) > 1:
            summary.append(index)
        elif fits:
            # of the strikes it may be, the one at its own place before one merely near it ("the first raid hit a house
            # in Al-Susah …, while the second hit a house on the outskirts of Baghuz": Baghuz's, 7 km off)
            fits.sort(key=lambda group: group["place"] != located.place)
            # (the other parts of its sentence stay the other strikes': a headline's "in Anbar and Nineveh" joined to
            # the body's Haditha strike gives it no Nineveh)
            fits[0]["hidden"] = _hidden_joined(article, fits[0], hidden, index)
            fits[0]["sentences"].append(index)
            fits[0]["day"] = fits[0]["day"] or day
            fits[0]["parts"] |= day_parts
            fits[0]["clauses"] += [(index, *span)] if span else []
        else:
            groups.append({"sentences": [index], "place": located.place, "precision": located.precision,
                           "day": day, "parts": day_parts, "hidden": hidden, "clauses": [(index, *span)] if span else []})
    # a lead naming the places of strikes later sentences tell in detail ("three strikes in the Derik, Amuda and
    # Kobanê countrysides" over "… the village of Tal Hebash, west of Amuda"): the same strikes, not more
    several = {index for index, count in Counter(unit[0] for unit in units).items() if count > 1}
    groups = [group for group in groups if not _detailed_later(article, group, groups, several)]
    # a lead that counts the strikes ("two air strikes in the governorates of Ninewa and Kirkuk", "three strikes in the
    # Derik, Amuda and Kobanê countrysides") over as many the body tells after it: their summary, no strike of its own
    leads = [group for group in groups if _counts_those_after(article, group, groups)]
    summary += [index for group in leads for index in group["sentences"]]
    groups = [group for group in groups if group not in leads]
    # a headline naming only the city a governorate is named after ("Drone attack kills two in Deir Ezzor countryside",
    # "Warplanes strike militia positions in Deir Ezzor, killing seven") over strikes the body places in that
    # governorate: their summary, no strike of its own (its toll may add theirs up)
    heading = [group for group in groups if group["sentences"] == [0] and _HEADLINE.match(article.text)
               and is_namesake(group["place"]) and any(other is not group and other["place"].admin1 == group["place"].admin1
                                                       for other in groups)]
    # … or placing its strike by a distance and a bearing from a city ("Iraqi jets kill three 50 km west of Mosul", "غارة
    # تقتل اثنين على بعد 30 كم شمال غرب دير الزور") over a strike the body places within that reach: the city is the
    # reader's landmark, the strike the body's
    heading += [group for group in groups if group["sentences"] == [0] and _HEADLINE.match(article.text)
                and (reach := _headline_reach(article, group)) is not None and any(
                    other is not group and haversine(other["place"].point, group["place"].point) <= reach + NEAR_KM
                    for other in groups)]
    summary += [0] if heading else []
    groups = [group for group in groups if group not in heading]
    # … or naming the countryside of a town, or a town the strike was near ("… في ريف القامشلي", "… near Sidakan"), over
    # a village the body places within that countryside: the town is the reader's landmark, the village the strike's
    # (the headline leaves the village's strike, and is no strike of its own)
    if _headline_area(article, units):
        summary.append(0)
        for group in groups:
            group["sentences"] = [index for index in group["sentences"] if index != 0]
        groups = [group for group in groups if group["sentences"]]
    summary += [index for index in several if not any(index in group["sentences"] for group in groups)]
    # the strike before a sentence is the one its nearest placed sentence reports, not the one a
    # headline naming both opened ("Rockets hit Ain al-Asad; U.S. strikes back in Al-Qaim" … "X claimed the attack")
    placed = sorted((index, n) for n, group in enumerate(groups) for index in group["sentences"])
    listed_after: set[int] = set()   # the sentences that tell the strike of a toll set out before them
    for index in unplaced:
        before = [n for first, n in placed if first < index]
        # a statement's "the first strike … killed X" is the strike the article places as "the first strike hit a car
        # near Y", before or after it
        ordinals = strike_ordinals(article.fore.get(index, ""))
        named_so = [n for n, group in enumerate(groups) if len(ordinals) == 1
                    and any(ordinals <= strike_ordinals(article.fore.get(other, "")) for other in group["sentences"])]
        if len(named_so) == 1:
            groups[named_so[0]]["sentences"].append(index)
            continue
        # "المسيّرة الأولى استهدفت السيارة …", "the first drone hit the car …" after a sentence of several strikes (no
        # other sentence naming that order): the strike of that order among that sentence's, as it told them
        told_before = sorted((group for group in groups if before and max(first for first, _ in placed if first < index)
                              in group["sentences"]), key=_text_order)
        if len(ordinals) == 1 and len(told_before) > 1 and max(ordinals) <= len(told_before):
            told_before[max(ordinals) - 1]["sentences"].append(index)
            continue
        # "the first strike killed two …, the second wounded three", "الغارة الأولى أدت إلى مقتل شخصين، في حين أسفرت
        # الغارة الثانية عن …": each clause its ordinal's strike's, the strikes in the order the article told them
        told = _ordinal_clauses(article, index)
        if told and max(number for number, *_ in told) <= len(groups):
            in_order = sorted(groups, key=_text_order)
            for number, lo, hi in told:
                in_order[number - 1]["sentences"].append(index)
                in_order[number - 1]["clauses"].append((index, lo, hi))
            continue
        # (a list's item that reports a strike of its own at a place not known is no part of the item before it:
        # "1. … in Gharanij, rider killed" / "2. Mortar rounds hit homes in X, 3 wounded"; nor is the sentence that
        # tells the strike of a toll set out place by place before it, "The toll follows Turkish airstrikes on the
        # villages late on Thursday": the summary of them all, as is a sentence of no place right after it, "The mayor
        # urged both sides to keep their fighting away")
        if list_before(article.text, article.doc.spans, index, article.strike_sentences) or index - 1 in listed_after:
            summary.append(index)
            listed_after.add(index)
        elif before and _item(article, index) and any(_item(article, other) for other in groups[before[-1]]["sentences"]):
            summary.append(index)
        # (a sentence that counts the strikes is about all of them: "Iraqi F-16s killed six militants in two airstrikes
        # over the weekend" before "the first strike … killing four. The second … killing two")
        elif len(groups) > 1 and figures.counts_strikes(article.fore.get(index, "")):
            summary.append(index)
        # (… as is a lead after a headline naming them all, before any one's own sentence, over strikes told by their
        # order: "Iraqi jets struck two hideouts on Sunday and Monday, killing five" before "In the first raid … killing
        # three" and "The second, on Monday, …")
        elif len(groups) > 1 and all(all(first in group["sentences"] for group in groups)
                                     for first, _ in placed if first < index) \
                and {1, 2} <= {number for other in article.strike_sentences if other > index
                               for number in strike_ordinals(article.fore.get(other, ""))}:
            summary.append(index)
        # (a sentence that opens as another incident's news at a place not known, "Separately, two soldiers were killed
        # in clashes in Hakkari", "وفي حادث منفصل، …", tells none of the strike before: neither its toll nor its kind)
        elif _SEPARATE_OPENING.match(article.fore.get(index, "")):
            summary.append(index)
        elif before or len(groups) == 1:
            groups[before[-1] if before else 0]["sentences"].append(index)
        else:
            summary.append(index)
    strikes = [Strike(tuple(sorted(set(group["sentences"]))), group["hidden"], tuple(group["clauses"]))
               for group in sorted(groups, key=_text_order)]
    return strikes, tuple(sorted(summary))


def _set_apart(article: _Article, group: dict, index: int, span: tuple[int, int]) -> bool:
    """Whether the clause *span* of sentence *index* and the clause of the strike *group* (of ``group_strikes``) in that
    sentence are two strikes by their own strike words: they name two weapons, or the later is set against the earlier
    by "while" / "فيما" with a strike word of its own (``_clauses_apart``'s reach of one site)."""
    for lo, hi in [(lo, hi) for sentence, lo, hi in group["clauses"] if sentence == index]:
        first, second = sorted([(lo, hi), span])
        weapons = {_clause_weapon(article, *first), _clause_weapon(article, *second)}
        turn = _CONTRAST.search(article.text, second[0], min(second[0] + 12, second[1]))
        if (None not in weapons and len(weapons) == 2) or (turn and any(
                m.watchlist == STRIKE and turn.end() <= m.start < second[1] for m in article.matches)):
            return True
    return False


# A live blog's entry opens its line with its time: "13:20 - A drone struck …", "08:30 – مسيرة …".
_TIMESTAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[-–—|]\s")


_HOURS_LATER = re.compile(r"\b(?:an?|one|two|three|four|five|several|few) (?:hours?|minutes?) later\b")


def _hidden_joined(article: _Article, group: dict, hidden: frozenset[Match], index: int) -> frozenset[Match]:
    """The mentions the strike *group* (of ``group_strikes``) hides once the part of sentence *index* that hides
    *hidden* joins it: the other parts' of a sentence new to it; of a sentence it has, only what neither part names.
    """
    if index not in group["sentences"]:
        return group["hidden"] | hidden
    own = {m for m in group["hidden"] if article.in_sentence(m.start) == index}
    return (group["hidden"] - own) | (own & hidden)


def _detailed_later(article: _Article, group: dict, groups: list[dict], several: set[int]) -> bool:
    """Whether the strike *group* (of ``group_strikes``) is only a lead's mention, in a sentence of *several*
    places, of a strike a later sentence of one place tells in detail: at that place, in its surroundings
    (``SEAT_SURROUNDINGS_KM``) or in the governorate the lead names, on the same day, and not said to be
    another strike ("another drone struck …"). A place no later sentence details stays a strike of its own.

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> coding = analyse("Turkish drones carried out two strikes in the Amuda and Kobani countrysides on "
    ...                  "Monday, killing three. A drone struck a farm near the village of Tall Habash, west "
    ...                  "of Amuda, killing one man.", "2024-12-03", lexicon_for(load_config("config.yaml")))
    >>> sorted(event["location"] for event in coding.events)    # Amuda's is Tall Habash's strike; Kobani's is told only there
    ['Kobani', 'Tall Habash']
    """
    if not set(group["sentences"]) <= several:
        return False
    last, place = max(group["sentences"]), group["place"]
    return any(
        min(other["sentences"]) > last and not set(other["sentences"]) & several
        and not (group["day"] and other["day"] and group["day"] != other["day"])
        # ("Two hours later, a drone struck a car near Se Girka": the body's order of its strikes, each one a lead's)
        and not OTHER_INCIDENT.search(_HOURS_LATER.sub("", article.fore[min(other["sentences"])]))
        and (other["place"].name == place.name
             or (group["precision"] == 3 and other["place"].admin1 == place.admin1)
             # (a terrain region's point is its district's: only its own name tells it)
             or ("region" not in (place.kind, other["place"].kind)
                 and haversine(place.point, other["place"].point) <= SEAT_SURROUNDINGS_KM))
        for other in groups)


def _counts_those_after(article: _Article, group: dict, groups: list[dict]) -> bool:
    """Whether the strike *group* (of ``group_strikes``) is a round-up's lead: sentences that count two strikes or
    more and name two places or more, before at least as many strikes (two when the count is no number) that later
    sentences tell.

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> coding = analyse("Turkish drones carried out two strikes in the Derik and Amuda countrysides on Monday, "
    ...                  "killing three. A drone hit a car near the village of Ain Diwar, in the far northeast of the "
    ...                  "Derik (al-Malikiyah) countryside, killing two fighters. Another struck a farm near the village "
    ...                  "of Tall Habash, west of Amuda, killing a farmer.", "2024-12-03",
    ...                  lexicon_for(load_config("config.yaml")))
    >>> [(event["location"], event["fatalities"]) for event in coding.events]
    [('Diwar', 2), ('Tall Habash', 1)]
    """
    fore, sentences = article.fore, set(group["sentences"])
    if not all(figures.counts_strikes(fore[index]) for index in sentences) or len(
            {m.folded for m in article.matches if m.watchlist in article.lexicon.place_watchlists
             and article.in_sentence(m.start) in sentences}) < 2:
        return False
    counted = max((count for index in sentences for count in figures.strike_counts(fore[index])), default=2)
    return sum(min(other["sentences"]) > max(sentences) for other in groups) >= max(counted, 2)


def _heading_end(article: _Article, index: int, own: list[Match]) -> int:
    """Where a heading that ends in a colon opens sentence *index* (its strike places *own*) and
    places are named both before and after it, as a text offset; the sentence's start else.

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> coding = analyse("Turkish drones struck the Qamishli countryside twice on Friday: the first hit a house in "
    ...                  "Tall Ziwan in the morning, the second a motorcycle near Tall Hajar in the afternoon.",
    ...                  "2026-04-10", lexicon_for(load_config("config.yaml")))
    >>> [event["location"] for event in coding.events]
    ['Tall Ziwan', 'Tall Hajar']
    """
    start, end, _ = article.sentences[index]
    colon = _HEADING_COLON.search(article.text, start, end)
    if colon is None or not any(m.start < colon.start() for m in own) or not any(m.start > colon.start() for m in own):
        return start
    return colon.end()


_HEADING_COLON = re.compile(r":\s")   # (not a clock's "10:30")


def _timed_entry(article: _Article, index: int) -> bool:
    """Whether sentence *index* opens a live blog's entry (``_TIMESTAMP``)."""
    start = article.sentences[index][0]
    line = article.text.rfind("\n", 0, start) + 1
    return not article.text[line:start].strip() and bool(_TIMESTAMP.match(article.text, start))


def _reported_after(article: _Article, group: dict, index: int) -> bool:
    """Whether the strike of *group* is first reported after sentence *index*, by a sentence that says
    it is another strike ("A second strike shortly afterwards hit … Boukamal", "Later in the day, a drone
    struck … Zakho"): not the strike sentence *index* reports."""
    first = min(group["sentences"])
    return first > index and bool(_STRUCK_AGAIN.search(article.fore[first]))


def _text_order(group: dict) -> tuple[int, int]:
    """Where a strike's report begins: its first sentence, and there its clause (strikes of one sentence
    in the order it reports them)."""
    first = min(group["sentences"])
    return first, min((start for index, start, _ in group["clauses"] if index == first), default=0)


def _clause_spans(article: _Article, index: int, own: list[Match], parts: list[frozenset[Match]]) -> list[tuple[int, int]]:
    """The text span of each part (the mentions it hides) of sentence *index*: from the clause
    start before its first own place to the clause start before the next part's first place
    (a comma, "and", "while", "،" … in between; else that place itself)."""
    start, end, _ = article.sentences[index]
    firsts = sorted((min((m.start for m in own if m not in hidden), default=end), n) for n, hidden in enumerate(parts))
    cuts = [start]
    for (_, before), (first, _) in zip(firsts, firsts[1:]):
        last = max((m.end for m in own if m not in parts[before]), default=cuts[-1])
        between = article.doc.fold(last, first)
        boundary = [found.start() for found in CLAUSE_START.finditer(between)
                    if not figures.joins_victims(between, found.start())]   # "… his wife and son in Y"
        # else the Arabic "و" that opens the clause of the next event word ("… عين الأسد وضربة مسيرة تقتل ثلاثة … قرب
        # القائم", "… في ديرك وإصابة ثلاثة مدنيين بقصف على عين عيسى"), else that event word
        opening = [m.start for m in article.matches if m.watchlist == STRIKE and last <= m.start < first][:1]
        joins = [found.start() + 1 for found in _ARABIC_AND.finditer(article.text, last, opening[0])] if opening else []
        cut = article.doc.folded.origin(article.doc.folded.position(last) + boundary[-1]) if boundary \
            else (joins or opening or [first])[0]
        # (the clause opens at its "while" / "فيما" when the last break closes an aside on its subject: "…, while
        # unidentified aircraft, most likely Israeli, struck Y": the striker the aside names is that clause's)
        turns = list(_CONTRAST.finditer(article.text, last, cut))
        cuts.append(turns[-1].start() if turns and _ASIDE.fullmatch(article.text, turns[-1].end(), cut) else cut)
    cuts.append(end)
    spans = {n: (lo, hi) for (_, n), lo, hi in zip(firsts, cuts, cuts[1:])}
    return [spans[n] for n in range(len(parts))]


_ARABIC_AND = re.compile(r"\sو(?=[^\W\d_])")
# A clause's subject with an aside up to the break before its verb: "unidentified aircraft, most likely Israeli",
# "طائرات مجهولة، يرجح أنها إسرائيلية"
_ASIDE = re.compile(r"[^,،.;؛]{1,40}[,،]\s?[^,،.;؛]{1,40}")     # "و" opening an Arabic word: its clause, in an unpunctuated headline


def _item(article: _Article, index: int) -> bool:
    """Whether sentence *index* stands on a line of a list (``sentences.list_item``)."""
    return list_item(article.text, article.sentences[index][0])


def _heads_placed_list(article: _Article, index: int, units: list[tuple]) -> bool:
    """Whether sentence *index* (not a list item) heads a list of which two items or more are
    placed strikes (*units*: the placed strike sentences of ``group_strikes``)."""
    if _item(article, index):
        return False
    placed, item = {unit[0] for unit in units}, index + 1
    while item < len(article.sentences) and _item(article, item):
        item += 1
    return len(placed & set(range(index + 1, item))) >= 2


def _list_head(article: _Article, index: int) -> int | None:
    """The sentence that heads the list item *index* is on: the line before the list's first item; when that line is a
    heading of a toll that tells no strike ("Casualties by location:"), the strike sentence the list is of, above the
    heading or on the line after the list (``sentences.list_start``, ``sentences.list_before``)."""
    head = index - 1
    while head >= 0 and _item(article, head):
        head -= 1
    spans, strikes = article.doc.spans, article.strike_sentences
    if head > 0 and list_start(article.text, spans, head - 1, strikes) == head + 1:
        return head - 1
    below = index + 1
    while below < len(spans) and _item(article, below):
        below += 1
    if below < len(spans) and index in list_before(article.text, spans, below, strikes):
        return below
    return head if head >= 0 else None


def _filed_under_head(article: _Article, sentences: tuple[int, ...]) -> bool:
    """Whether *sentences* are list items that name no place: theirs is the one their list's head names."""
    places = article.lexicon.place_watchlists
    return all(_item(article, index) for index in sentences) and not any(
        m.watchlist in places and article.in_sentence(m.start) in sentences for m in article.matches)


def _same_strike(group: dict, located: Located, day: date | None, same_kind: bool = True) -> bool:
    """Whether a sentence that names *located* on *day* (a strike of the *same_kind* as the group's, or none
    named) reports the strike of *group*."""
    if group["day"] and day and group["day"] != day:
        return False
    place, other = located.place, group["place"]
    if (place.name, place.admin1) == (other.name, other.admin1):
        return True
    if located.precision == 3:
        return place.admin1 == other.admin1
    if group["precision"] == 3:
        return False
    if place.kind == other.kind == "region":
        return False   # a terrain region's point is its district's: the Metina and Zap regions share one
    if place.kind == other.kind == "village":
        # two villages of two names are two sites, "near" one or not ("أطراف قرية X" … "قرية Y المجاورة"); one
        # village under two rows shares its name's key ("Tall Hafyan", "Tall Hafyan Gharbi")
        keys = sorted((spelling_key(place.name), spelling_key(other.name)), key=len)
        return keys[0] in keys[1] and haversine(place.point, other.point) <= SAME_SITE_KM
    # ("near" a town: the strike of that kind there, not a drone strike beside a village's shelling)
    near = 2 in (located.precision, group["precision"]) and same_kind
    return haversine(place.point, other.point) <= (NEAR_KM if near else SAME_SITE_KM)


_HEADLINE = re.compile(r"[^\n]*[^\s.!?؟:]\s*\n\s*\S")   # a first line without a full stop, a body after it


def _headline_seat(article: _Article, group: dict, index: int, located: Located) -> bool:
    """Whether a headline naming a district's seat ("Turkish shelling kills farmer in Zakho") and a body sentence
    naming a place of that district ("… the outskirts of Batifa in Zakho district") report one strike; the lead
    alike, the wire's "near the town of Tabqa" before "near the village of Hawra, east of Tabqa" (the lead names
    the town the reader knows, the body the village: one strike, the village's; of one kind, the body's village placed
    by that town: "… responded by shelling the village of Y" or "On the same day, a drone hit … the village of Y" is
    another strike)."""
    headline = bool(_HEADLINE.match(article.text))
    opening = (0, 1) if headline else (0,)
    first = group["sentences"][0]
    if first not in opening and index not in opening:
        return False
    lead_first = first in opening and first < index
    seat, other = (group["place"], located.place) if lead_first else (located.place, group["place"])
    if not (headline and 0 in (first, index)):
        later = index if lead_first else first
        if not _same_kind(dict(zip(article.decision.sentences, article.decision.kinds)), group["sentences"], index) \
                or not any(m.watchlist in article.lexicon.place_watchlists and article.in_sentence(m.start) == later
                           and seat in article.lexicon.places.get(m.folded, ()) for m in article.matches):
            return False
    return (article.lexicon.seats.get((seat.admin1, seat.admin2)) == seat and seat != other
            and (other.admin1, other.admin2) == (seat.admin1, seat.admin2)
            and (haversine(seat.point, other.point) > SEAT_SURROUNDINGS_KM or other.kind == "village")
            and not (group["day"] and _day_named(article, index) and group["day"] != _day_named(article, index)))


def _headline_area(article: _Article, units: list[tuple]) -> bool:
    """Whether the headline names one town's countryside or surroundings (a place of precision 2 that is no village nor
    terrain region) and a body sentence a village within ``COUNTRYSIDE_KM`` of that town in its governorate, or one of
    its district the sentence labels by the town ("near the village of X in the Sidakan subdistrict") (the *units* of
    ``group_strikes``): the headline names the body's strike by the town the reader knows."""
    if not _HEADLINE.match(article.text):
        return False
    heads = [located for index, located, *_ in units if index == 0]
    # (a governorate's namesake city has its rule: group_strikes' heading; a body of several strikes may be told by a
    # headline of them all, "Turkish drones strike twice near Derik", whose sides are not each one's)
    if len(heads) != 1 or heads[0].precision != 2 or heads[0].place.kind in ("village", "region") \
            or is_namesake(heads[0].place) or len({located.place for index, located, *_ in units if index != 0}) != 1:
        return False
    area = heads[0].place
    # the town's mentions in the village's sentence: each its countryside, its sub-district or a bearing from it (not
    # a struck place of its own: "on the road between the villages of X and Tal Tamr")
    mentions = {index: [m for m in article.matches if m.watchlist in article.lexicon.place_watchlists
                        and article.in_sentence(m.start) == index and area in article.lexicon.places.get(m.folded, ())]
                for index, *_ in units}
    labels = {index: all(COUNTRYSIDE_OF.search(article.doc.before(m.start)) or COUNTRYSIDE_AFTER.match(article.text, m.end)
                         or _SUBDISTRICT_OF.search(article.doc.before(m.start)) or _SUBDISTRICT_AFTER.match(article.text, m.end)
                         or off_by_direction(article.doc, m.start) for m in found) for index, found in mentions.items()}
    return any(index != 0 and (located.place.kind == "village" or located.precision == 1) and labels[index]
               and located.place.admin1 == area.admin1 and located.place != area
               and (haversine(located.place.point, area.point) <= COUNTRYSIDE_KM
                    or located.place.admin2 == area.admin2 and mentions[index])
               for index, located, *_ in units)


# A town named as its sub-district (folded before, as written after): "التابعة لناحية X", "X subdistrict"
_SUBDISTRICT_OF = re.compile(r"(?:^|\s)[لب]?(?:ناحيه|قضاء) $")
_SUBDISTRICT_AFTER = re.compile(r"\s+(?:sub-?district|district)\b", re.IGNORECASE)


# A bearing, with or without a distance, before a headline's place (folded): "50 km west of ", "west of ", "30 كم
# شمال غرب ", "غربي "
_MEASURED_BEARING = re.compile(r"(?:(?:^|\s)(\d+) ?(?:km|kilomet\w+) (?:to the )?|\s)"
                               r"(?:(?:north|south)(?: ?-?(?:east|west))?|east|west)(?:ern)? of (?:the )?(?:city of |town of )?$"
                               r"|(?:(?:^|\s)(\d+) ?(?:كم|كيلومتر\S*) |(?:^|\s))[بف]?(?:(?:شمال|جنوب)(?:ي|يه)?"
                               r"(?: (?:شرق|غرب)(?:ي|يه)?)?|(?:شرق|غرب)(?:ي|يه)?)(?: (?:مدينه|بلده))? $")
# How far a headline's bearing without a distance reaches ("a militia base west of Baghdad": Habbaniyah, 75 km)
_BEARING_REACH_KM = 80.0


def _headline_reach(article: _Article, group: dict) -> float | None:
    """The distance in km a headline states between its strike and the place of *group* it names as a landmark
    ("… 50 km west of Mosul": 50; "… west of Baghdad": _BEARING_REACH_KM), else None."""
    for m in article.matches:
        if m.watchlist in article.lexicon.place_watchlists and article.in_sentence(m.start) == 0 \
                and group["place"] in article.lexicon.places.get(m.folded, ()):
            found = _MEASURED_BEARING.search(article.doc.before(m.start, 40))
            if found:
                distance = found.group(1) or found.group(2)
                return float(distance) if distance else _BEARING_REACH_KM
    return None


_DAY_PARTS = {"dawn": re.compile(r"\bdawn\b|(?:^|\s)[وب]?فجر"), "morning": re.compile(r"\bmorning\b|(?:^|\s)[وب]?صباح"),
              "afternoon": re.compile(r"\bafternoon\b|(?:^|\s)(?:بعد )?[وب]?(?:ظهر|عصر)"),
              "evening": re.compile(r"\bevening\b|(?:^|\s)[وب]?مساء"),
              "night": re.compile(r"\b(?:night|overnight)\b|(?:^|\s)[وب]?(?:ليل|ليله|منتصف ليل)(?:\s|$)")}


# The time of day a strike sentence states, as the local hour it names ("at dawn": 5, "around 3 pm": 15, "عصر اليوم":
# 15, "الساعة السادسة مساءً": 18): a part of the day read only with its day ("فجر اليوم", "صباح الثلاثاء") or in its
# adverb form ("مساءً", "ظهراً"); the night only as tonight ("ليل اليوم", "tonight"), else it straddles two days
# (monitor.incidents.hours_apart)
_PART_HOURS = {"dawn": 5, "morning": 9, "noon": 12, "afternoon": 15, "evening": 19, "night": 22}
_ARABIC_PARTS = {"فجر": "dawn", "صباح": "morning", "ظهر": "noon", "عصر": "afternoon", "مساء": "evening"}
_ENGLISH_PARTS = {"daybreak": "dawn", "midday": "noon"}
_ARABIC_HOURS = {word: hour for hour, word in enumerate(
    ("واحده", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه", "عاشره"), start=1)}
_LATER_PARTS = {"noon", "afternoon", "evening"}   # a clock hour of these ("الواحدة ظهراً") is one after noon
_TIME_SPREAD = 3   # the hours apart one strike's stated times may lie ("at dawn … around 6 a.m.")
_WEEKDAYS_AR = "احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت"
# (the day a part is said of: "this morning", "فجر اليوم" the publication's; "yesterday evening", "مساء أمس" the day
# before; a weekday or none, whichever the strike's date is)
_STATED_TIME = re.compile(
    r"\b(?P<clock>\d{1,2})(?::\d\d)? ?(?P<half>[ap])\.? ?m\b"
    r"|\b(?:(?P<this>this|yesterday) )?(?P<part>dawn|daybreak|morning|noon|midday|afternoon|evening)\b"
    r"(?: (?P<then>today|yesterday)\b)?"
    r"|(?:^|\s)ساعه (?P<hour>\d{1,2}|" + "|".join(_ARABIC_HOURS) + r")(?::\d\d)?(?: و(?:نصف|ربع))? (?P<of>فجرا|صباحا|ظهرا|عصرا|مساء)"
    r"|(?:^|\s)(?P<after>بعد )?[وب]?(?P<arabic>فجر|صباح|ظهر|عصر|مساء)"
    rf"(?: (?P<day>يوم(?! (?:{_WEEKDAYS_AR})\b)|امس)(?!\w)|(?= (?:يوم )?(?:{_WEEKDAYS_AR})\b)|(?<=مساء)(?=[\s،,.]|$)"
    r"|ا(?=[\s،,.]|$))"
    rf"|\b(?P<tonight>tonight)\b|(?:^|\s)[وب]?(?:ليل|ليله) (?P<today>يوم)(?! (?:{_WEEKDAYS_AR})\b)(?!\w)")
_DAYS_BACK = {"this": 0, "today": 0, "يوم": 0, "yesterday": 1, "امس": 1}


def _stated_hours(folded: str) -> set[tuple[int, int | None]]:
    """The local hours a folded strike sentence states its strike at (``_STATED_TIME``), each with the days before
    publication of the day it is said of (0: "this morning", "فجر اليوم"; 1: "مساء أمس"; None: unsaid or a weekday).

    >>> sorted(_stated_hours("مسيره تقصف سياره فجر يوم")), sorted(_stated_hours("struck a car at around 3 pm"))
    ([(5, 0)], [(15, None)])
    >>> sorted(_stated_hours("قرابه ساعه سادسه مساء")), sorted(_stated_hours("اعلن ظهر تنظيم في منطقه"))
    ([(18, None)], [])
    >>> sorted(_stated_hours("مساء امس")), sorted(_stated_hours("فجر يوم ثلاثاء")), sorted(_stated_hours("died this morning"))
    ([(19, 1)], [(5, None)], [(9, 0)])
    >>> sorted(_stated_hours("قصف ليل يوم")), sorted(_stated_hours("قصف ليلا")), sorted(_stated_hours("late on monday night"))
    ([(22, 0)], [], [])
    """
    hours = set()
    for found in _STATED_TIME.finditer(folded):
        if found["clock"]:
            hours.add((int(found["clock"]) % 12 + 12 * (found["half"] == "p"), None))
        elif found["part"]:
            said = found["this"] or found["then"]
            hours.add((_PART_HOURS[_ENGLISH_PARTS.get(found["part"], found["part"])], _DAYS_BACK.get(said)))
        elif found["hour"]:
            hour = int(found["hour"]) if found["hour"].isdigit() else _ARABIC_HOURS[found["hour"]]
            hours.add((hour % 12 + 12 * (_ARABIC_PARTS[found["of"].removesuffix("ا")] in _LATER_PARTS), None))
        elif found["tonight"] or found["today"]:
            hours.add((_PART_HOURS["night"], 0))
        else:
            part = "afternoon" if found["after"] and found["arabic"] == "ظهر" else _ARABIC_PARTS[found["arabic"]]
            hours.add((_PART_HOURS[part], _DAYS_BACK.get(found["day"])))
    return hours


def _time_of_day(article: _Article, strike: Strike, me: int, owners: dict[int, int], day: date | None) -> int | None:
    """The local hour *strike*'s own sentences state it at on its event date *day* (``_stated_hours``: "the wounded
    man died this morning" of a strike last night is not), a clause's of a sentence it shares clause by clause; None
    when they state none, or hours that need not be one strike's ("at dawn … and at 3 pm")."""
    clauses = {index: (lo, hi) for index, lo, hi in strike.clauses}
    stated = set()
    for index in strike.sentences:
        if index in clauses:
            stated |= _stated_hours(article.doc.fold(*clauses[index]))
        elif owners.get(index, me) == me:
            stated |= _stated_hours(article.fore.get(index, ""))
    hours = {hour for hour, back in stated if back is None or (
        article.published_day and day and article.published_day - timedelta(days=back) == day)}
    if not hours or max(hours) - min(hours) > _TIME_SPREAD:
        return None
    return round(sum(hours) / len(hours))


def _apart_in_day(group: dict, parts: set[str], located: Located) -> bool:
    """Whether a sentence naming the day's *parts* at *located* reports another strike than *group*'s, at
    another place at another time of day (the morning's shelling of a village, the evening's drone strike
    near the town beside it)."""
    return bool(parts and group["parts"]) and not parts & group["parts"] and group["place"] != located.place


def _day_parts(folded: str) -> set[str]:
    """The parts of the day a strike sentence names ("on Friday morning", "مساء اليوم").

    >>> sorted(_day_parts("وفي مساء، استهدفت مسيرة")), sorted(_day_parts("shelled x on friday"))
    (['evening'], [])
    """
    return {part for part, pattern in _DAY_PARTS.items() if pattern.search(folded)}


def _same_kind(kinds: dict[int, tuple[str, bool]], sentences: list[int], index: int) -> bool:
    """Whether sentence *index* may report the event of *sentences*: no specific type of
    theirs differs from its ("a blast" and "an IED" may be one; "shelling" and "a drone strike" not)."""
    kind, specific = kinds.get(index, (None, False))
    return not specific or all(other == kind for other, named in (kinds.get(i, (None, False)) for i in sentences)
                               if named)


# A sentence opening with the time since an earlier strike (folded): "A week after a coalition drone strike killed
# three men in X, their families say …", "Six days after …", "بعد أسبوع على الغارة التي …، يطالب الأهالي …"
_DAYS_SINCE = re.compile(
    r"\W*(?P<n>a|one|two|three|four|five|six|seven|\d{1,2}) (?P<unit>day|days|week|weeks) after\b"
    r"|\W*و?بعد (?:(?P<one>يوم|اسبوع)|(?P<two>يومين|اسبوعين)|(?P<k>ثلاثه|اربعه|خمسه|سته|سبعه|\d{1,2}) (?P<units>ايام|اسابيع))"
    r" (?:علي|من)(?!\w)")
_NUMBERS_SINCE = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7}


def _days_since(article: _Article, index: int) -> int | None:
    """The days before publication of the earlier strike a follow-up sentence *index* opens by (``_DAYS_SINCE``): a
    report told days later, when the sentence past its first comma tells no strike of its own (its families speak,
    its residents mourn); None otherwise: "A day after an attack on an Asayish post, a Turkish drone struck a car" is
    the day's strike.

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> [e["event_date"] for e in analyse("A week after a Turkish drone strike killed two men in a car in Amuda, their "
    ...                                   "relatives say the men were farmers.", "2025-06-20T10:00:00Z", lexicon).events]
    ['2025-06-13']
    >>> [e["event_date"] for e in analyse("A day after an attack on a checkpoint, a Turkish drone struck a car in "
    ...                                   "Amuda.", "2025-06-20T10:00:00Z", lexicon).events]
    ['2025-06-20']
    """
    start, end, folded = article.sentences[index]
    found = _DAYS_SINCE.match(folded)
    text = article.text[start:end]
    comma = min((at for at in (text.find(","), text.find("،")) if at >= 0), default=-1)
    if not found or comma < 0 or any(m.watchlist == STRIKE and start + comma <= m.start < end for m in article.matches):
        return None
    if found["n"]:
        return (_NUMBERS_SINCE.get(found["n"]) or int(found["n"])) * (7 if found["unit"].startswith("week") else 1)
    if found["one"] or found["two"]:
        return (1 if found["one"] else 2) * (7 if (found["one"] or found["two"]).startswith("اسبوع") else 1)
    return (_NUMBERS_SINCE.get(found["k"]) or int(found["k"])) * (7 if found["units"] == "اسابيع" else 1)


def _days_after_the_strike_before(fore: str) -> int | None:
    """How many days after the strike told before a strike sentence (folded) dates its own: 0 "the same day", 1 "the
    next day", None when it says neither.

    >>> _days_after_the_strike_before("وفي صباح يوم تالي استهدفت مسيره"), _days_after_the_strike_before("on monday")
    (1, None)
    """
    return 0 if SAME_DAY.search(fore) else 1 if NEXT_DAY.search(fore) else None


def recap_end(doc: Document, matches: list[Match]) -> tuple[int, int]:
    """Where a headline's opening recap of earlier killing ends (``RECAP_OPENING``: "After yesterday's massacres,
    …"), as an offset in its folded text and in the text, (0, 0) when it has none: a recap a strike term follows,
    whose days and places are that earlier news's.

    >>> doc = Document.of("After yesterday's massacres, the warplanes kill 16 in the Eastern Ghouta")
    >>> strike = Match("strike", "warplanes", "warplanes", 33, 42)
    >>> recap_end(doc, [strike]), recap_end(doc, [])
    ((28, 28), (0, 0))
    """
    found = RECAP_OPENING.match(doc.sentence(0).text)
    if not found or not RECAP_KILLING.search(found[1]):
        return 0, 0
    start, end = doc.spans[0]
    after = start + doc.sentence(0).origin(found.end())
    return (found.end(), after) if any(m.watchlist == STRIKE and after <= m.start < end for m in matches) else (0, 0)


def _past_the_recap(article: _Article, sentences: tuple[int, ...]) -> Strike:
    """The one strike of *sentences*, told by the headline's clause past its opening recap of earlier killing
    (``recap_end``) when that clause names a place of its own: the recap's places hidden, its words of another
    type and toll not the strike's ("72 hours after massacres by helicopters and warplanes west of Aleppo, the regime
    forces shell towns south of Idlib" is Idlib's shelling)."""
    recap = article.recap[1]
    places = [m for m in article.matches if m.watchlist in article.lexicon.place_watchlists]
    if not any(m.start >= recap for m in places) or not any(m.start < recap for m in places):
        return Strike(sentences)
    return Strike(sentences, frozenset(m for m in places if m.start < recap), ((0, recap, article.sentences[0][1]),))


def _past_recap(article: _Article, index: int, folded: str) -> str:
    """Sentence *index*'s folded text (or its foreground) past a headline's opening recap, whose days are the earlier
    news's (``recap_end``: "After yesterday's massacres, the warplanes kill 16 …" is today's)."""
    return folded[article.recap[0]:] if index == 0 else folded


def _clause_day(article: _Article, span: tuple[int, int] | None) -> date | None:
    """The strike day a clause of a sentence (its text *span*) names itself, if any ("… مساء أمس قرية X، فيما تجدد القصف
    صباح اليوم على قرية Y": Y's is today)."""
    if span is None or article.published_day is None:
        return None
    lookback = timedelta(seconds=article.lexicon.matching.event_date_lookback)
    days = figures.dates_in(article.doc.fold(*span), article.published_day, evening=article.evening_day)
    return next((day for day in days if _plausible(day, article.published_day, lookback)), None)


def _day_named(article: _Article, index: int) -> date | None:
    """The strike day a strike sentence names itself, if any."""
    if article.published_day is None:
        return None
    lookback = timedelta(seconds=article.lexicon.matching.event_date_lookback)
    fore = article.fore[index]
    if (later := _days_after_the_strike_before(fore)) is not None:
        # "the same day" (its "مساء اليوم نفسه" no "this evening") or "the next day" ("صباح اليوم التالي", no "this
        # morning"): counted from the day the sentence names before it ("On 25 August, drones struck X; later that day
        # artillery shelled Y"), else from the strike sentence before it
        cue = (SAME_DAY if later == 0 else NEXT_DAY).search(fore)
        named = figures.dates_in(fore[:cue.start()], article.published_day, evening=article.evening_day)
        before = next((day for day in named if _plausible(day, article.published_day, lookback)), None) or next(
            (day for earlier in reversed(article.strike_sentences) if earlier < index
             and (day := _day_named(article, earlier))), None)
        return before and before + timedelta(days=later)
    if figures.spoken_days_only(article.fore[index]):
        return None     # "announced on Friday an air strike": the day a source spoke, no strike's
    days = figures.dates_in(article.fore[index], article.published_day, evening=article.evening_day)
    return next((day for day in days if _plausible(day, article.published_day, lookback)), None)


# "the villages of A, B and C", "قرى A وB وC": one strike on each (and the dual: "قصف قريتين في ريف زركان")
_VILLAGES = re.compile(r"\b(?:villages|hamlets)\b|(?:^|\s)(?:قري|بلدات|قريتين|قريتان|بلدتين|بلدتان)(?:\s|$)")
# … of an area a village's name labels ("قرى ناحية كاني ماسي", "villages of the Kani Masi subdistrict"): the area, no
# village of that name
_VILLAGES_OF_AREA = re.compile(r"\b(?:villages|hamlets) (?:of|in) (?:the )?(?:\S+ ){1,2}(?:sub-?district|district|area)\b"
                               r"|(?:^|\s)(?:قري|بلدات) (?:ناحيه|قضاء|منطقه)\s")
# (and Kurmanji's villages, folded: "gundên A û B", its "and" "û")
_PLURAL_PLACE = re.compile(r"(?:villages|towns|areas|localities|hamlets|neighbou?rhoods|sites|gunden"
                           r"|قري|بلدات|مناطق|قريتي|بلدتي|احياء|مواقع)(?: of)?(?: \w+)? $")
_LIST_JOIN = re.compile(r"\s*(?:[,،]\s*)?(?:(?:and|or|û)\s+|و\s*|او\s+)?", re.IGNORECASE)
# "كاني ماسي + شيلادزي + باتيفا", "Mayadin / Boukamal / Ashara": a post's list (place rule "marks")
_MARK_JOIN = re.compile(r"\s*[+/]\s*")
# "warplanes struck in Khan Shaykhun and Sinjar", "غارات على بلدة الشعفة والسوسة": places joined by "and"
# after one preposition, the first places of their sentence, are struck each (a comma alone is a label there:
# "in Hajin, Deir ez-Zor"; place rule "coordinated")
_ONE_PREPOSITION = re.compile(r"(?:^|\s)(?:(?:in|on|at)(?: the)?(?: (?:town|village|city|area)s? of)?"
                              r"|[وفب]?(?:في|علي)(?: (?:بلده|قريه|مدينه|منطقه))?) $")
# (the second may have its own settlement word: "في مدينة العشارة وقرية حطلة", "in Hajin and the town of Al-Susah")
_AND_JOIN = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?"
                       r"|\s*و\s*(?:(?:ال)?(?:قرية|بلدة|مدينة|منطقة)\s+)?", re.IGNORECASE)
# "Til Nasrî and Til Baz villages", "Derhol, Jorja and Klachin villages": names joined by commas and a last "and"
# that a plural place word follows
_COMMA, _COMMA_AND = re.compile(r"\s*[,،]\s*"), re.compile(r"\s*,\s*(?:and|or)\s+", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+(?:villages|towns|hamlets)\b", re.IGNORECASE)
# "Kenco (Al-Qasimiyah) and Tel Elo villages", "Khanasor (Sinjar, Ninewa) and Sinuni": a bracket after a name (its
# other name, its label) is no gap between list items
_BRACKET_AFTER = re.compile(r"\s*\([^()\d\n]{2,40}\)")


def _without_brackets(doc: Document, mentions: list[Match]) -> tuple[list[Match], dict[Match, int]]:
    """The *mentions* (in text order) but those inside a bracket right after a name, and where each name ends with
    that bracket (``_BRACKET_AFTER``)."""
    kept, ends = [], {}
    for m in mentions:
        if kept and m.start < ends.get(kept[-1], -1):
            continue
        kept.append(m)
        if bracket := _BRACKET_AFTER.match(doc.text, m.end):
            ends[m] = bracket.end()
    return kept, ends


def _listed(doc: Document, mentions: list[Match], rules: frozenset[str] = frozenset()) -> list[Match]:
    """The place mentions (one per name) of a list after a plural place word, or of two names joined by "and"
    before one (or, with the place rule "coordinated", of names joined by "and" after one preposition; with
    "marks", of names joined by "+" or "/"), if it has two or more (in text order: a name found by its spelling
    comes after the others in *mentions*)."""
    mentions, ends = _without_brackets(doc, sorted(mentions, key=lambda m: m.start))
    for first, mention in enumerate(mentions):
        if first_end(doc, mention):   # "بين بلدتي ذيبان والحوايج": the two ends of one stretch, no list
            continue
        end = ends.get(mention, mention.end)
        marked = "marks" in rules and first + 1 < len(mentions) and bool(
            _MARK_JOIN.fullmatch(doc.text, end, mentions[first + 1].start))
        paired = _named_before_plural(doc, mentions[first:], ends)
        if len(paired) > 1:
            return paired
        join = _LIST_JOIN if _PLURAL_PLACE.search(doc.before(mention.start)) else _MARK_JOIN if marked else _AND_JOIN if (
            "coordinated" in rules and first == 0 and _ONE_PREPOSITION.search(doc.before(mention.start))) else None
        if join is None:
            continue
        members = [mention]
        for following in mentions[first + 1:]:
            if not join.fullmatch(doc.text[ends.get(members[-1], members[-1].end):following.start]):
                break
            members.append(following)
        distinct = list({m.folded: m for m in reversed(members)}.values())[::-1]
        if len(distinct) > 1:
            return distinct
    return []


def _named_before_plural(doc: Document, mentions: list[Match], ends: dict[Match, int]) -> list[Match]:
    """The names from the first of *mentions* on, joined by commas and a last "and"/"or", that a plural place word
    follows ("Til Nasrî and Til Baz villages", ACLED's "near Derhol, Jorja and Klachin villages": each a place of the
    list, as after "the villages of"), or [] (*ends*: where a name's bracket ends, ``_without_brackets``)."""
    for count, (before, after) in enumerate(zip(mentions, mentions[1:]), 2):
        gap = doc.text[ends.get(before, before.end):after.start]
        if _AND_JOIN.fullmatch(gap) or _COMMA_AND.fullmatch(gap):
            return list({m.folded: m for m in reversed(mentions[:count])}.values())[::-1] \
                if _PLURAL_AFTER.match(doc.text, ends.get(after, after.end)) else []
        if not _COMMA.fullmatch(gap):
            return []
    return []


# "a drone hit Hajin, a second (or a separate) strike Al-Shaafa, and a third Al-Susah", "غارة ثانية على الشعفة،
# وثالثة على السوسة": an ordinal (or "another") strike begins another strike of the sentence;
# not a count over a period ("the third strike on X this week") nor a time ("for the second time")
_ORDINAL = compile_alternation(r"(?:(?<!for )\b(?:an?|the) (?:second|third|fourth|fifth|sixth|separate)\b|\banother (?=\w+ (?:strike|raid|hit|struck))"
                      r"|\banother (?:strike|raid|drone|air ?strike|shell)|(?<!مره )(?<!\w)و?(?:ثانيه|ثالثه|رابعه"
                      r"|خامسه|سادسه)\b|(?:غاره|ضربه|قصف|استهداف) اخري\b)"
                      r"(?!(?: \S+){0,5} (?:(?:this|that|last|past) (?:week|month|year)|in (?:\w+ )?(?:days|weeks|hours)"
                      r"|since|time|هذا|هذه|خلال|منذ|مره)\b)")


# A strike again, at another time or place: "separately", "hours later", "later in the afternoon", "also hit", "بعد
# ساعات", "كما استهدف", "في هجوم منفصل"
_STRUCK_AGAIN = re.compile(r"\b(?:separately|in a (?:separate|related) (?:attack|strike|raid|incident|development)"
                           # a time of day or another strike opening the sentence: "In the evening, a drone …",
                           # "Hours earlier, artillery shelled …", "A second strike shortly afterwards hit …"
                           r"|^(?:in the (?:morning|afternoon|evening)|(?:hours|minutes) earlier|earlier (?:in the day|on \w+|that day))"
                           r"|^(?:an?|the) (?:second|third|fourth|separate|further) (?:strike|raid|drone|air ?strike|attack)"
                           r"|(?:hours|minutes|moments|shortly|a day|days) (?:later|afterwards?)|later (?:that|the same|in the|on)"
                           r" (?:day|night|evening|afternoon|morning)|also (?:hit|struck|shelled|targeted|pounded|bombed)"
                           r"|(?:hit|struck|shelled|targeted|pounded|bombed) also)\b"
                           r"|(?:^|\s)و?(?:بعد (?:نحو |حوالي )?(?:ساعات|ساعه|ساعتين|دقايق)|لاحقا|كما (?:استهدف|قصف|طال|شن|ضرب)\w*"
                           r"|في (?:هجوم|حادث|سياق|تطور) (?:منفصل|اخر|متصل)"
                           # "وفي غارة أخرى", "في ضربة منفصلة", "استهدفت مسيّرة أخرى": another strike, another drone's
                           r"|(?:غاره|ضربه|مسيره|طايره) (?:اخري|منفصله)(?!\w))")

# Another strike at a stated time after one ("and an hour later another drone strike in X hit the rescuers", "Five
# hours later, a second strike in X …", "وبعد ساعة عادت المسيرة لتستهدف …"; folded): a strike of its own at the
# same place, as ACLED codes two attacks a report tells apart (``_later_again``)
_LATER = re.compile(r"\b(?:hours?|minutes?|an hour|half an hour) later\b|\blater (?:that|the same) (?:day|morning|afternoon"
                    r"|evening)\b|(?:^|\s)و?بعد (?:نحو |حوالي )?(?:ساعه|ساعتين|ساعات|\S+ ساعات|دقايق|نصف ساعه)(?!\w)")
_AGAIN = re.compile(r"\b(?:another|a second|again)\b|(?:^|\s)و?(?:اخري|ثانيه|مجددا|تعود|عادت|عاد)(?!\w)")


def _later_again(folded: str) -> bool:
    """Whether a strike clause (*folded*) tells another strike at a stated time after one: a time later and
    another strike ("an hour later another drone strike", "بعد ساعة عادت المسيرة")."""
    return bool(_LATER.search(folded)) and bool(_AGAIN.search(folded))


def _told_so(article: _Article, group: dict, says: Callable[[str], object]) -> bool:
    """Whether a clause or sentence of *group* (folded) *says* so: tells its strike as another at a stated time after
    one (``_later_again``: no strike told before it at its place is that one), or as another at all (``_AGAIN``:
    "فيما قصفت مسيّرة أخرى منزلاً في X" is the strike a later "وبعد ساعة، قصفت مسيّرة ثانية … في X" tells again)."""
    clauses = {index: (lo, hi) for index, lo, hi in group["clauses"]}
    return any(says(article.doc.fold(*clauses[index]) if index in clauses else article.fore[index])
               for index in group["sentences"])


# A sentence opening as another incident's news: "Separately, …", "In an unrelated incident, …", "وفي حادث منفصل، …"
# (folded)
# What another incident is called, as the two patterns below read it: "a separate incident", "حادث آخر"
_INCIDENT_NOUNS = "incident|attack|development"
_SEPARATE_OPENING = re.compile(rf"\W*(?:separately|in (?:a|an|another) (?:separate |unrelated )?(?:{_INCIDENT_NOUNS}))\b"
                               r"|\W*و?في (?:حادث\w*|هجوم|تطور|سياق) (?:منفصل|اخر)(?!\w)")


# A strike a statement names by its order ("the first strike, on Aug. 31, killed …", "The second hit a house in …",
# "الضربة الأولى", "ضربة ثانية نفذتها الطائرات"; folded): the same strike wherever the article names it so
# … and a bare ordinal where the strike is the subject: "the first strike killed two, the second wounded three", "The
# second, on Monday, targeted …", "استهدفت الأولى منزلاً … فيما استهدفت الثانية سيارة", "… والثانية أصابت" (not "the
# second day", "للمرة الثانية", "الساعة الثانية")
_STRIKE_VERBS_AR = r"(?:استهدفت|اصابت|طالت|ادت|اسفرت|قتلت|خلفت|دمرت|ضربت)"
# (and the aircraft that struck, named by its order: "the first drone hit the car", "المسيرة الأولى استهدفت السيارة")
_STRIKE_ORDINAL = re.compile(r"\bthe (first|second|third|fourth) (?:(?:air|drone) ?)?(?:strike|raid|attack|hit|one|drone)\b"
                             r"|(?:^|\s)[\"«“]?[وف]?(?:ال)?(?:ضربه|غاره|هجوم) (?:ال)?(اولي|ثانيه|ثالثه|رابعه)(?!\w)"
                             r"|(?:^|\s)[وف]?(?:ال)?(?:مسيره|طايره) (?:ال)?(اولي|ثانيه|ثالثه|رابعه)(?!\w)"
                             r"|(?:^|, |\b(?:while|whereas|and) )the (first|second|third|fourth)(?=,| (?:hit|struck|targeted"
                             r"|killed|wounded|injured|destroyed|left|caused)\b)"
                             rf"|(?:^|\s)(?:[وف]|فيما |بينما |في حين )?{_STRIKE_VERBS_AR} (?:ال)?(اولي|ثانيه|ثالثه|رابعه)(?!\w)"
                             r"|(?:^|\s)(?:و|فيما |بينما )(?:ال)?(ثانيه|ثالثه|رابعه)(?= \S)(?! (?:من|في|علي|الي)\b)")
_ORDINAL_NUMBERS = {"first": 1, "اولي": 1, "second": 2, "ثانيه": 2, "third": 3, "ثالثه": 3, "fourth": 4, "رابعه": 4}


def strike_ordinals(fore: str) -> set[int]:
    """The strikes a (folded) sentence names by their order.

    >>> strike_ordinals("the statement said the first strike on aug 31 killed a senior official")
    {1}
    >>> strike_ordinals("واضاف البيان ان ضربه ثانيه نفذتها الطايرات"), strike_ordinals("a second drone circled")
    ({2}, set())
    """
    return {_ORDINAL_NUMBERS[_ordinal_word(found)] for found in _STRIKE_ORDINAL.finditer(fore)}


def _ordinal_word(found: re.Match) -> str:
    """The ordinal a ``_STRIKE_ORDINAL`` match names ("second", "ثانيه")."""
    return next(word for word in found.groups() if word)


def _ordinal_clauses(article: _Article, index: int) -> list[tuple[int, int, int]]:
    """The strikes sentence *index* tells by their order, clause by clause: (ordinal, start, end) in text offsets,
    each from its ordinal to the next ("the first strike killed two people, | the second wounded three",
    "الغارة الأولى أدت إلى مقتل شخصين، في حين | أسفرت الغارة الثانية عن احتراق السيارة"); [] unless it names two
    or more, each once."""
    start, end, _ = article.sentences[index]
    fold, fore = article.folded[index], article.fore.get(index, "")
    matches = list(_STRIKE_ORDINAL.finditer(fore))
    # (a clause told before its ordinal opens at its own start: "… اثنين، فيما قتل ثلاثة في الضربة الثانية", "…, while
    # three were killed in the second strike")
    found = [(_ORDINAL_NUMBERS[_ordinal_word(match)], start + fold.origin(match.start() if not n else max(
        [opening.start() for opening in CLAUSE_START.finditer(fore, matches[n - 1].end(), match.start())],
        default=match.start()))) for n, match in enumerate(matches)]
    if len(found) < 2 or len({number for number, _ in found}) < len(found):
        return []
    bounds = [start, *(at for _, at in found[1:]), end]
    return [(number, lo, hi) for (number, _), lo, hi in zip(found, bounds, bounds[1:])]


def _ordinal_parts(article: _Article, index: int, own: list[Match], cue: re.Pattern = _ORDINAL) -> list[frozenset[Match]]:
    """The strikes of one sentence split at its ordinals (or another *cue*: ``_LATER``'s "an hour later"), as the
    place mentions each hides (the other parts'); [] unless two parts name a place."""
    start, end, _ = article.sentences[index]
    fold = article.folded[index]
    cuts = [start + fold.origin(found.start()) for found in cue.finditer(fold.text)]
    bounds = [start, *cuts, end]
    parts = [part for lo, hi in zip(bounds, bounds[1:]) if (part := {m for m in own if lo <= m.start < hi})]
    if len(parts) < 2:
        return []
    return [frozenset(m for m in own if m not in part) for part in parts]


# "… and a militia headquarters in": the strike verb's next object after "and" ("و" in Arabic)
_ANOTHER_OBJECT = re.compile(r"^\s*[,،]?\s*(?:and (?:an?|the|another|its|their) |و\s*)")   # (", وأخرى مقراً في Y")
# (Arabic's "while" too: "…، فيما دكت طائرات F-16 مضافة في Y")
_NEW_CLAUSE = re.compile(r"\s(?:and|while|whereas)[\s,]|[;؛]|(?:^|\s)و(?=\S)|[،,]\s*(?:فيما|بينما|في حين)\s",
                         re.IGNORECASE)   # a clause's conjunction
# A conjunction that sets a clause against the one before: "…, while artillery shelled Y", "…، فيما دكت طائرات Y"
_CONTRAST = re.compile(r"\s(?:while|whereas)[\s,]|[،,]\s*(?:فيما|بينما|في حين)\s", re.IGNORECASE)
# After the conjunction, up to a clause's own place: a few words (what was hit, when: "and, minutes later, another
# one near") and a preposition ("near", "a silo in"), and the area around the place ("on villages west of"); a
# side named in quotes is words too ("; “Turkish Forces” target countryside of Afrin")
_AREA_AROUND = r"(?:villages?|towns?|outskirts|countryside|areas?)\s+(?:(?:north|south|east|west)\w*\s+)?(?:of|around|near)\s+(?:the\s+)?"
_ALSO_AT = re.compile(rf"[\s,]*(?:(?:an?|the|[\w“”\"’]+),?\s+){{0,6}}(?:(?:in|near|on|at|around|outside)\s+(?:the\s+)?"
                      rf"(?:{_AREA_AROUND})?|{_AREA_AROUND})", re.IGNORECASE)
# … in Arabic, from the place before, the next object after a comma and "و", as a list of objects is written: "… نقطة
# عسكرية في محيط بلدة X، ومحطة لضخ المياه في بلدة Y" (not what the strike caused: "ما أدى إلى مقتل عامل، وانقطاع
# التيار عن القرى في ريف Y", nor "و" without a comma: "مقتل عامل وانقطاع التيار …")
_AREA_AROUND_AR = r"(?:(?:ال)?(?:قرية|قرى|بلدة|مدينة|منطقة|محيط|أطراف|اطراف|ريف)\s+)"
_ALSO_AT_AR = re.compile(rf"(?:(?!أدى|ادى|أسفر|اسفر|مما|تسبب|خلف)[^،,.])*[،,]\s*و\s*(?:[^\s،,.]+\s+){{0,6}}"
                         rf"(?:في|قرب|على|عند|داخل)\s+{_AREA_AROUND_AR}{{0,2}}")


# "A and B", "A city and B", "A and other areas of B", "A and the countryside of B", "A وريف B", "A village and the
# vicinity of B village", "قرية A ومحيط قرية B" (rules "coordinated_apart", "countryside_apart")
_KIND_AND_JOIN = re.compile(r"(?:\s+(?:city|town|village|area))?(?:\s+(?:and|or)\s+(?:the\s+)?"
                            r"(?:(?:town|village|city)\s+of\s+|(?:other|several|some)\s+(?:areas|parts|villages|towns)\s+"
                            r"(?:of|in)\s+(?:the\s+)?|(?:(?:rest|remainder)\s+of\s+the\s+)?(?:\w+ern\s+)?countryside\s+of\s+"
                            r"|(?:vicinity|outskirts|surroundings|environs)\s+of\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?)?"
                            r"|\s*و\s*(?:(?:محيط|أطراف|اطراف)\s+)?(?:(?:ال)?(?:قرية|بلدة|مدينة|منطقة)\s+|(?:باقي\s+)?ريف\s*)?)",
                            re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:\bbetween|(?:^|\s)بين)(?: \S+){0,2} $")
# An official's title after the seat he is named by: "Sidakan subdistrict director Ihsan Chalabi", "Amedi mayor"
_TITLE_AFTER = re.compile(r"(?:[\s-]+(?:sub-?\s?district|district|nahiya|municipality))?\s+(?:director|mayor|administrator"
                          r"|qaimaqam|governor|officials?)\b", re.IGNORECASE)
_ANNOUNCES = re.compile(r"(?:^|\s)(?:اعلنت|اعلن|قالت|قال|ذكرت|ذكر|افادت|افاد)(?:\s|$)|\b(?:announced|said|reported|told)\b")
_DISTRICT_LABEL = re.compile(r"(?:\s+(?:town|village|city|hamlet))?\s*,\s*", re.IGNORECASE)
_VILLAGE_APPOSITION = re.compile(r",\s+an?\s+(?:village|town|hamlet)\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
_DISTRICT_NAMED = re.compile(r"\s*(?:sub-?\s?)?district\b", re.IGNORECASE)
# What ends the clause a label may stand in ("… target Jabal al-Akrad in conjunction with renewed raids on Idlib
# countryside": the countryside is the raids' own place, no label of the mountain)
_LABEL_ENDS = re.compile(rf"[,،;؛]|{CONJUNCTION.pattern}|\swith\s|(?:^|\s)و(?=\S)", re.IGNORECASE)


# "the Conoco gas field in Deir ez-Zor", "the Al-Omar oil field in eastern Deir ez-Zor", "قرية سكرين في العمادية":
# what stands between a place and the area it lies in
_IN_AREA = re.compile(r"(?:\s+in(?: the)?(?: (?:north|south|east|west)\w*(?:[ -](?:north|south|east|west)\w*)?)?"
                      r"|\s+في(?: (?:شمال|جنوب|شرق|غرب)\S*)?)\s+")
# … and past the other end, a name the gazetteer lacks, of a road between two places: "the road between Deraluk and
# Bamarni in Duhok province's Amedi district" (one strike, the area labels both)
_OTHER_END_IN_AREA = re.compile(r"\s+and(?:\s+[A-Z][\w'’-]*){1,3}" + _IN_AREA.pattern)
_POSSESSIVE_JOIN = re.compile(r"['’]s\s+")
# What stands between a village and the town it lies by or in ("Sheikh Ali village near Tal Tamr", "a hamlet of Amedi"),
# the village's word before its name ("the village of X near Y", "قرية X قرب بلدة Y") or after it (folded text)
_BY_TOWN = re.compile(r" (?:(?:near|outside|close to|of|in) (?:the )?(?:(?:town|city|district|sub-?district) of )?"
                      r"|(?:قرب|بقرب من|في|ب?محيط) (?:(?:بلده|مدينه|ناحيه|قضاء) )?)")
_VILLAGE_BY = re.compile(r" (?:village|hamlet)" + _BY_TOWN.pattern)
_VILLAGE_WORD_BEFORE = re.compile(r"(?:\bvillage of|قريه|بلده)\s*$")


def _other_end_in_area(doc: Document, head: Match, area: Match) -> bool:
    """Whether *area* labels a road *head* is one end of: "between Deraluk and Bamarni in Duhok province"."""
    return bool(_OTHER_END_IN_AREA.fullmatch(doc.text, head.end, area.start)
                and _BETWEEN_BEFORE.search(doc.before(head.start, 30)))


def _village_by(doc: Document, village: Match, town: Match) -> bool:
    """Whether *town* labels the *village* named right before it: "X village near Y", "X village of Y", "the village of X
    near Y", "قرية X قرب بلدة Y"."""
    between = f" {doc.fold(village.end, town.start).strip()} "
    return bool(_VILLAGE_BY.fullmatch(between) or (
        _VILLAGE_WORD_BEFORE.search(doc.before(village.start, 30)) and _BY_TOWN.fullmatch(between)))


def _label_parts(doc: Document, mentions: list[Match]) -> list[frozenset[Match]]:
    """The strikes of a sentence's place *mentions* (``_clauses_apart``), as the mentions each hides:
    one per name, but a name that labels the one before it ("X (Qamishli, Al-Hasakah), …, and Y
    (Al-Yarubiyah, Al-Hasakah)", "X بريف الحسكة", "X in the countryside of Hama") is no strike of its
    own: it stays with that name, hidden from the others."""
    owner: dict[Match, Match] = {}      # label -> the name it labels
    heads: list[Match] = []
    last = None
    for m in sorted(mentions, key=lambda m: m.start):
        # (the same words matched under two spellings, "قرية الداودية" as two names: one name)
        if heads and (m.start < last.end or doc.text.rfind("(", 0, m.start) > doc.text.rfind(")", 0, m.start)
                      # "ناحية سيدكان التابعة لقضاء سوران شمالي أربيل": a district or a reference point
                      or (not _LABEL_ENDS.search(doc.text, heads[-1].end, m.start) and names_an_area_around(doc, m))
                      or region_labels(doc, last, m)     # "the Al-Marj area in the Eastern Ghouta"
                      or BELONGS_TO.fullmatch(f" {doc.fold(heads[-1].end, m.start).strip()} ")   # "X التابعة لناحية Y"
                      # a label's own part: "X in Duhok province's Amedi district" (the district labels X too)
                      or (last in owner and _POSSESSIVE_JOIN.fullmatch(doc.text, last.end, m.start))
                      # "X village near Y", "Y village of Z", "قرية X قرب بلدة Y": the town the village lies by or in
                      or _village_by(doc, heads[-1], m)
                      # … and the area that town lies in: "قرية X التابعة لناحية Y في أربيل" (Erbil labels Y, so X)
                      or (last in owner and _IN_AREA.fullmatch(doc.text, last.end, m.start))
                      # "Sheladize town, Amedi district": a district named after a place and its comma (or its
                      # apposition: "Bersive, a village in the Zakho district")
                      or ((_DISTRICT_LABEL.fullmatch(doc.text, heads[-1].end, m.start)
                           or _VILLAGE_APPOSITION.fullmatch(doc.text, heads[-1].end, m.start))
                          and bool(_DISTRICT_NAMED.search(m.matched_text) or _DISTRICT_NAMED.match(doc.text, m.end)))
                      or ((GOVERNORATE_BEFORE.search(doc.before(m.start))     # in its clause, no clause of its own
                           or _IN_AREA.fullmatch(doc.text, heads[-1].end, m.start)   # "X in eastern Deir ez-Zor"
                           or _other_end_in_area(doc, heads[-1], m)
                           or GOVERNORATE_AFTER.match(doc.text[m.end:m.end + 45]))   # "X in the Idlib countryside"
                          and (not _LABEL_ENDS.search(doc.text, heads[-1].end, m.start)
                               or _other_end_in_area(doc, heads[-1], m)   # ("between X and Y in G")
                               # "X in the countryside of Idlib and Aleppo": both label X
                               or (last in owner and _AND_JOIN.fullmatch(doc.text, last.end, m.start))))):
            owner[m] = heads[-1]
        else:
            heads.append(m)
        last = m
    return [frozenset(m for m in mentions if owner.get(m, m).folded != head.folded and owner.get(m) is not head)
            for head in heads]


def _between_governorates(article: _Article, group: list[Match]) -> bool:
    """Whether a clause's names are the two ends of a stretch between governorates ("in the Nukhaib desert, on the
    route between Anbar and Karbala"): a road or desert the clause before is placed by, no strike of its own."""
    def governorate(m: Match) -> bool:
        return any(p.kind == "governorate" or is_namesake(p) for p in article.lexicon.places[m.folded])

    return (len(group) == 2 and first_end(article.doc, group[0]) and second_end(article.doc, group[1])
            and all(map(governorate, group)))


_LABEL_KINDS = frozenset({"governorate", "district"})


def _labels_district_of(article: _Article, before: list[Match], group: list[Match]) -> bool:
    """Whether a clause of labels only (a governorate, a district) names the district of a place of the clause
    *before*: "Dinarta, in Duhok province's Akre district" labels Dinarta, though the gazetteers put Akre in
    Ninewa and Kurdish media in Duhok (no strike at the governorate, whichever governorate a label says)."""
    places = article.lexicon.places
    kinds = [{p.kind for p in places[m.folded]} for m in group]
    districts = {p.admin2 for m in group for p in places[m.folded] if p.kind == "district"}
    # (not a clause with a strike word of its own: "… hit Dinarta, while jets struck the Akre district")
    return all(kind <= _LABEL_KINDS for kind in kinds) and any(
        p.admin2 in districts for m in before for p in places[m.folded]) and not any(
        m.watchlist == STRIKE and before[-1].end <= m.start < group[0].start for m in article.matches)


def _clauses_apart(article: _Article, index: int, mentions: list[Match]) -> tuple[list[Match], frozenset[Match]]:
    """The place mentions of a sentence reporting events in several places, each in a clause of its
    own ("Airstrikes target Deir Ezzor city and renewed shelling targets al-Bab", "Clashes in the
    Eastern Ghouta and bombardment on Homs countryside"): one event per place, as GED and ACLED
    code them. Empty when its clauses name one place, or places of one governorate (rule "every_clause":
    within SAME_PLACE_KM of each other: a strike and its surroundings). Beside them, the mentions of the seat of whoever
    tells the clauses, which are none of them."""
    rules = article.lexicon.place_rules
    groups = []
    # (the tags that close a post file it under its area, no clause of their own: "… bombed the outskirts of Sidakan
    # subdistrict, no casualties so far #KRG #Soran")
    for group in clause_groups(article.doc, [m for m in mentions if not closing_hashtag(article.text, m.start)]):
        if groups and _labels_district_of(article, groups[-1], group):
            groups[-1] = groups[-1] + group
        elif not _between_governorates(article, group):
            groups.append(group)
    # without "every_clause" each name must stand in a clause of its own, and the places in two governorates
    if "clauses" not in rules or len(groups) < 2 or ("every_clause" not in rules and any(len(g) > 1 for g in groups)):
        return [], frozenset()
    # the first clause reports an event of its own unless its names are only who speaks of the next clause's strike
    # ("أعلنت مديرية ناحية سيدكان … أن الطائرات قصفت": a speech verb before them, the strike word after them)
    start = article.sentences[index][0]
    strikes = [m.start for m in article.matches if m.watchlist == STRIKE and start <= m.start]
    first_own = not _ANNOUNCES.search(article.doc.fold(start, groups[0][0].start)) or any(
        s < groups[0][-1].end for s in strikes) or not any(groups[0][-1].end <= s < groups[1][0].start for s in strikes)
    # … nor a clause at all before two that are ("قال مدير ناحية كاني ماسي إن الطائرات قصفت X، فيما قصفت المدفعية Y",
    # "According to Sidakan subdistrict director Ihsan Chalabi, jets bombed X, while artillery pounded Y"): the seat of
    # whoever tells them, the clauses after it are the sentence's
    seat = set()
    if len(groups) > 2 and not any(s < groups[0][-1].end for s in strikes) \
            and (not first_own or _TITLE_AFTER.match(article.text, groups[0][-1].end)):
        seat, groups = {m.folded for m in groups[0]}, groups[1:]
        first_own = any(s < groups[0][-1].end for s in strikes)
    located, contrasted = [], []   # contrasted: the clause's own strike word after "while" / "فيما"
    worded = []     # whether a strike word of its own opens the clause (not the clause before's, "على X وقرية Y")
    for n, group in enumerate(groups):
        own = {m.folded for m in group}
        found = article.locate([index], frozenset(m for m in mentions if m.folded not in own))
        if found.place is None:
            return [], frozenset()
        city = any(says_city(article.doc, m) for m in group)
        # a clause of its own event: an event word opens it ("…, and shelling hit Y"; not "the road X - Y")
        opening = [m.start for m in article.matches if m.watchlist == STRIKE and groups[n - 1][-1].end <= m.start
                   < group[0].start] if n else []
        worded.append(bool(opening))
        # or another object of the strike verb before it, a target ("hit a depot in A and a headquarters in B")
        if n and not opening:
            between = normalize(article.doc.text[groups[n - 1][-1].end:group[0].start])
            opening = [groups[n - 1][-1].end + between.origin(found.start())
                       for found in TARGET_PATTERN.finditer(between.text) if _ANOTHER_OBJECT.match(between.text)][:1]
        # its own: after the conjunction that opens the clause ("… and 10 raids target Aleppo"; not "a strike on
        # X, #Deir ez-Zor", nor an apposition "…, the third strike on Deir ez-Zor this week")
        joins = [found.end() for found in _NEW_CLAUSE.finditer(article.text, groups[n - 1][-1].end, group[0].start)] \
            if n else []
        # "airstrikes on X and near Y", "struck X, killing a guard, and a silo in Y": the strike word of the clause
        # before reaches a place of its own after "and" and a preposition
        also_at = bool(joins) and bool(_ALSO_AT.fullmatch(article.text, joins[-1], group[0].start)
                                       or _ALSO_AT_AR.fullmatch(article.text, groups[n - 1][-1].end, group[0].start))
        # "bombings in A and B": the strike word before reaches both names it joins (rule "coordinated_apart";
        # not "between A and B", two ends of one road or front)
        also_at = also_at or (n > 0 and "coordinated_apart" in rules
                              and bool(_KIND_AND_JOIN.fullmatch(article.text, groups[n - 1][-1].end, group[0].start))
                              and not _BETWEEN_BEFORE.search(article.doc.before(groups[n - 1][0].start, 30)))
        located.append((found, city, first_own if n == 0 else bool(opening) or also_at,
                        also_at or (bool(joins) and any(s >= joins[-1] for s in opening))))
        turns = [found.end() for found in _CONTRAST.finditer(article.text, groups[n - 1][-1].end, group[0].start)] \
            if n else []
        contrasted.append(bool(turns) and any(s >= turns[-1] for s in opening))
    # in one governorate: precise places far apart, or the areas around two towns ("… at a checkpoint near Tal Tamr
    # and a civilian whose car was hit near Qamishli") or a district ("a drone hit a car in the Sinjar district,
    # while jets struck Makhmour") further apart than a strike's surroundings reach. Its namesake city there
    # labels the area ("In Deir ez-Zor, …") unless it says it is the city or its clause's own strike word comes
    # before it ("… on Maskanah and 10 raids target Aleppo")
    named = [(found.place, found.precision) for found, city, eventful, own in located
             if eventful and found.precision in (1, 2) and (city or own or not is_namesake(found.place))]
    apart = len({found.place.admin1 for found, *_ in located}) > 1 or ("every_clause" in rules and any(
        haversine(a.point, b.point) > (SAME_PLACE_KM if precision == other == 1 else NEAR_KM)
        for n, (a, precision) in enumerate(named) for b, other in named[n + 1:]))
    # a terrain region's point is often its district's, so no distance tells two strikes apart there: clauses
    # each opened by a strike word of its own, naming different places one of which is a region, are two
    # ("shelled the Zap area, while aircraft struck Gara mountain"; "قصف على قرى ناحية سيدكان، وغارة على منطقة برادوست")
    # "airstrikes on al-Bab city and the Aleppo countryside", "an explosion in Jarablus and warplanes target Aleppo's
    # countryside": a governorate's countryside joined by "and" (or opened by its own strike word) to a place of it is
    # the rest of that countryside, a strike of its own at precision 3 (rule "countryside_apart"; "X in the
    # countryside of G", "X, G countryside" label X)
    countryside = "countryside_apart" in rules and any(
        found.precision == 3 and own and any(other.precision < 3 and other.place.admin1 == found.place.admin1
                                             for other, *_ in located[:n])
        for n, (found, _, _, own) in enumerate(located) if n)
    # so are such clauses at places beyond each other's surroundings ("Rockets struck the Al-Omar field, and a drone
    # later hit a car in Thiban", 16 km off; "rockets fell near the Haditha Dam, and a third hit Haqlaniya town")
    # (clauses whose own strike words name different weapons, "drones struck X, and artillery shelled Y" 6 km off,
    # are two sub-event types, so two events, beyond one site; so are a clause and one set against it by "while" with
    # a strike word of its own, "army aviation struck a hideout near X, while F-16s bombed a den in Y": another strike,
    # not the first's surroundings)
    weapons = [_clause_weapon(article, groups[n - 1][-1].end if n else start, group[0].start)
               for n, group in enumerate(groups)]

    # (so are two villages of two names, each clause opened by a strike word of its own: "Turkish jets struck the outskirts of
    # A and a drone hit a car near B", 9 km off: two sites, as _same_strike tells them)
    def reach(n: int, m: int) -> float:
        return SAME_SITE_KM if None not in (weapons[n], weapons[m]) and weapons[n] != weapons[m] \
            or any(contrasted[n + 1:m + 1]) or (located[n][0].place.kind == located[m][0].place.kind == "village"
                                                and all(worded[n + 1:m + 1])) else SEAT_SURROUNDINGS_KM
    terrain = ("every_clause" in rules and first_own and all(own for *_, own in located[1:])
               and len({found.place for found, *_ in located}) == len(located)
               and (any(found.place.kind == "region" for found, *_ in located)
                    # (not a post's line head: "Sinjar: clashes … in Sinuni" files its line under Sinjar)
                    or (not any(line_head(article.text, m) for m in mentions)
                        and all(found.precision < 3 for found, *_ in located)   # (a governorate: "countryside_apart")
                        and all(haversine(a.place.point, b.place.point) > reach(n, m)
                                for n, (a, *_) in enumerate(located) for m, (b, *_) in enumerate(located) if m > n))))
    # a namesake city named before any strike word and not called a city labels its governorate when a finer place
    # of it follows ("chaos continues in Idlib with bombings in A and B"): no strike of its own, it stays beside every part
    (found, city, *_), finer = located[0], {found.place.admin1 for found, *_ in located[1:] if not is_namesake(found.place)}
    label = "coordinated_apart" in rules and not city and is_namesake(found.place) and found.place.admin1 in finer \
        and not any(s < groups[0][0].start for s in strikes)
    labels = seat | ({m.folded for m in groups[0]} if label else _round_up_lead(article, index, mentions, located))
    if not (apart or terrain or countryside):
        return [], frozenset()
    return [m for m in mentions if m.folded not in labels], frozenset(m for m in mentions if m.folded in seat)


def _clause_weapon(article: _Article, start: int, end: int) -> str | None:
    """The strike type (air or shelling) the strike words between text offsets *start* and *end* name specifically,
    else None ("Turkish artillery shelled": shelling; "struck": none said)."""
    terms = [m.category for m in article.matches if m.watchlist == STRIKE and start <= m.start < end]
    kind, specific = sentence_type(terms, set()) if terms else (None, False)
    return kind if specific and kind in (AIR, SHELLING) else None


def _round_up_lead(article: _Article, index: int, mentions: list[Match], located: list[tuple]) -> set[str]:
    """The (folded) name that opens sentence *index* as a one-sentence round-up's lead (of ``_clauses_apart``: its place
    *mentions*, *located* the places of its clauses): after the words that count the strikes, an area (a governorate,
    its countryside or its namesake city) that holds every other place the sentence strikes ("ثلاث ضربات لمسيرات تركية
    في ريف الحسكة اليوم، الأولى … في مدينة المالكية، والثانية … في بلدة القحطانية، والثالثة … قرب القامشلي"): the area of
    the strikes that follow, no strike of its own. Empty when there is none.

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> coding = analyse("Turkish drones carried out three strikes in the Hasakah countryside on Thursday: the first hit "
    ...                  "a car in Derik, the second a house in Tirbespiye, and the third a post near Qamishli.",
    ...                  "2026-03-26", lexicon_for(load_config("config.yaml")))
    >>> [event["location"] for event in coding.events]
    ['Al-Malikiyah', 'Al Qahtaniyah', 'Qamishli']
    """
    first = mentions[0]
    if len({m.folded for m in mentions} - {first.folded}) < 2 \
            or not figures.counts_strikes(article.doc.fold(article.sentences[index][0], first.end)):
        return set()
    area = article.locate([index], frozenset(m for m in mentions if m.folded != first.folded))
    if area.place is None or not (area.precision == 3 or is_namesake(area.place)) or any(
            found.place.admin1 != area.place.admin1 for found, *_ in located):
        return set()
    return {first.folded}


SUMMARY = -1    # the owner of a summary sentence, and of a sentence of several strikes (a list's)


def _owners(article: _Article, strikes: list[Strike], summary: tuple[int, ...] = ()) -> dict[int, int]:
    """Which strike (its position; SUMMARY) each read sentence is about: a strike sentence
    its strike's, another the strike sentence's before it, else after it (a toll follows its strike)."""
    owners: dict[int, int] = {}
    for n, strike in enumerate(strikes):
        for index in strike.sentences:
            owners[index] = n if owners.get(index, n) == n else SUMMARY
    owners.update((index, SUMMARY) for index in summary)
    places = [m for m in article.matches if m.watchlist in article.lexicon.place_watchlists]
    for index in article.folded:
        if index in article.revisions and index - 1 not in owners:
            owners[index] = owners[max(owner for owner in owners if owner < index)]
        if index not in owners:
            near = index - 1 if index - 1 in owners else index + 1
            if near in owners and _of_another_place(article, places, index, near):
                continue
            # (an item of a toll listed place by place beside another is its own place's toll, though the gazetteer
            # knows not the place: "• Bseiss – 2 injured" under "• Bab al-Kheir – 3 killed")
            if near in owners and _item(article, near) and _item(article, index) \
                    and toll_item(article.text, article.sentences[index][0]):
                continue
            if len(strikes) > 1 and index < min(min(strike.sentences) for strike in strikes):
                # a lead before several strikes tells them all ("Turkish forces have neutralised eight PKK members in
                # northern Iraq" over five in Gara and three in Avashin): their summary, no toll of the first
                owners[index] = SUMMARY
                continue
            if near in owners:
                owners[index] = owners[near]
            if owners.get(near) == SUMMARY:
                # after a sentence of several strikes, one about a place of one of them is that strike's ("… on the
                # Girkê Legê countryside and on villages west of Derik. Two civilians wounded in Girkê Legê.")
                # (the place under any of its names: "قاعدة عين الأسد الجوية" after "قاعدة عين الأسد")
                named = {m.term for m in places if article.in_sentence(m.start) == index}
                about = [n for n, strike in enumerate(strikes) if near in strike.sentences and named & {
                    m.term for m in places if article.in_sentence(m.start) == near and m not in strike.hidden}]
                if named and len(about) == 1:
                    owners[index] = about[0]
    return owners


# What a place of a sentence beside a strike may be, yet an area holding the strike's: its toll may be the strike's.
_AREA_KINDS = frozenset({"governorate", "district", "subdistrict", "country"})


def _of_another_place(article: _Article, places: list[Match], index: int, near: int) -> bool:
    """Whether the read sentence *index* tells of another place than the strike sentence *near* beside it: both name
    places, none the same, and those of *index* are no areas that could hold the strike's ("Three of the terrorists
    were neutralised near Tal Rifaat …" before "The other two were neutralised by an air strike south of Suluk"):
    its figures are that place's, none of the strike's."""
    # (not someone's place: "medical sources at Al-Qaim General Hospital said it received five bodies")
    named = {m.folded for m in places if article.in_sentence(m.start) == index
             and not article.doc.once_with(someones_place, m, article.lexicon.place_rules)}
    beside = {m.folded for m in places if article.in_sentence(m.start) == near}
    return bool(named and beside and not named & beside and not any(
        place.kind in _AREA_KINDS for key in named for place in article.lexicon.places.get(key, ())))


def _lead(article: _Article, strikes: list[Strike], owners: dict[int, int]) -> tuple[int, ...]:
    """The read sentences before every strike's own that tell no one of them: the lead summing up the strikes
    reported after it ("Turkish security forces have neutralised eight PKK terrorists in northern Iraq" before
    "Five of the terrorists were neutralised in an air strike in the Gara region")."""
    first = min(min(strike.sentences) for strike in strikes)
    return tuple(index for index in sorted(article.folded) if index < first and owners.get(index, SUMMARY) == SUMMARY)


def _fresh(folded: str, found: list[figures.Figure]) -> list[figures.Figure]:
    """The figures of *found* (of the *folded* sentence) that are no first count the report goes on to revise
    (``INITIAL_TOLL``: "initial reports spoke of one dead", "الحصيلة الأولية")."""
    return [figure for figure in found if not INITIAL_TOLL.search(folded[:figure.start])]


def _code(article: _Article, strike: Strike, me: int, owners: dict[int, int], shared: tuple[int, ...] = (),
          lead: tuple[int, ...] = ()) -> dict:
    """The event of one *strike* (the *me*-th): figures from the sentences it owns alone, the
    date from its sentences or else from the *shared* (summary) ones, the place from its own; the
    sides it names not, from the *shared* sentences or else the article's *lead* (``_lead``)."""
    text, sentences, decision, matches = article.text, article.sentences, article.decision, article.matches
    others = {m for m in matches if m.watchlist in article.lexicon.place_watchlists
              and owners.get(article.in_sentence(m.start), me) not in (me, SUMMARY)
              and article.in_sentence(m.start) in article.strike_sentences}
    # (in a sentence it shares clause by clause whose places were not parted among the strikes, a headline, the
    # places of the other clauses are theirs: "قذيفة داخل مخيم الهول وضربة تركية قرب القامشلي" gives the second
    # strike no camp)
    parted = {article.in_sentence(m.start) for m in strike.hidden}
    spans: dict[int, list[tuple[int, int]]] = {}
    for index, lo, hi in strike.clauses:
        if index not in parted:
            spans.setdefault(index, []).append((lo, hi))
    others |= {m for m in matches if m.watchlist in article.lexicon.place_watchlists
               and (own := spans.get(article.in_sentence(m.start))) and not any(lo <= m.start < hi for lo, hi in own)}
    place, precision, place_evidence, direction, outskirts, unit = article.locate(list(strike.sentences),
                                                                                 others | strike.hidden)
    if place is not None and precision == 1 and _filed_under_head(article, strike.sentences):
        precision = 2   # the area the list is filed under (group_strikes)
    evidence: list[dict] = list(place_evidence)

    # Figures and dates come from the sentences about this strike and the ones beside them.
    background = {index for index in article.folded if not article.fore[index].strip()}
    about_strike = [index for index in strike.sentences if index not in background] or list(strike.sentences)
    # (a sentence reporting several strikes clause by clause is read for this strike's clause)
    clauses = {index: (lo, hi) for index, lo, hi in strike.clauses}
    beside = sorted({near for index in about_strike for near in (index - 1, index, index + 1)
                     if owners.get(near) == me or near in clauses} - (background - set(about_strike))
                    | {index for index in article.revisions if owners.get(index) == me})

    published_day = article.published_day
    lookback = timedelta(seconds=article.lexicon.matching.event_date_lookback)
    event_date, date_from_text = published_day, False
    # (a sentence naming only the day a source spoke is read last: "announced on Friday an air strike …; the
    # jets struck on Thursday evening" is Thursday's strike)
    for index in sorted([*about_strike, *(index for index in beside if index not in about_strike), *shared],
                        key=lambda index: figures.spoken_days_only(sentences[index][2])):
        start, end, folded = sentences[index]
        # an explicit date only from a strike sentence: "talks are planned for March 20" is no strike's date
        # (of a sentence read for this strike's clause, the day that clause names: "…، فيما تجدد القصف صباح اليوم")
        if index in clauses and (day := _clause_day(article, clauses[index])):
            days = [day]
        elif index in article.strike_sentences and _days_after_the_strike_before(article.fore[index]) is not None:
            days = [day] if (day := _day_named(article, index)) else []   # "the same day": the strike's before
        elif index in article.strike_sentences and published_day and (since := _days_since(article, index)):
            days = [published_day - timedelta(days=since)]   # a follow-up days later: the strike it recalls
        else:
            days = figures.dates_in(_past_recap(article, index, folded), published_day, explicit=index in article.strike_sentences,
                                    evening=article.evening_day) if published_day else []
        if BODIES_RECOVERED.search(folded) or _WOUNDED_DIED.search(folded):
            # the day the strike hit, not the day its dead were pulled from the rubble or one of its wounded died
            days = sorted(days)
        found = next((day for day in days if _plausible(day, published_day, lookback)), None)
        if found:
            event_date, date_from_text = found, True
            evidence.append({"kind": "date", "figure": found.isoformat(), "sentence": text[start:end]})
            break
    if not date_from_text:
        # "struck … overnight", "ليلاً": the night before publication, which began the day before (the fusion's rule
        # "overnight": monitor.incidents.overnight)
        night = next((index for index in about_strike if "night" in _day_parts(article.fore[index])), None)
        if night is not None:
            evidence.append({"kind": "night", "figure": None, "sentence": text[slice(*sentences[night][:2])]})

    killed, injured, counts, no_casualties, nobody_hurt = [], [], [], False, False
    died_later = 0   # the wounded told to have died later, no new figure given (_WOUNDED_DIED); more bodies found
    revised = {"killed": [], "injured": []}   # figures a sentence gives as the strike's revised ones ("the toll rose to ten")
    first_counts = {"killed": [], "injured": []}   # a first count told on its own, the toll when no other is given
    attributed: dict[int, set[str]] = {}
    # (the outlet of a dateline filed the report: the source of its sentence's figure only when the sentence names no
    # speaker; "ERBIL (Rudaw) - Turkey's defence ministry said its jets "neutralised" seven" is the ministry's figure,
    # another than the one "a local official told Rudaw")
    filed: dict[int, set[str]] = {}
    datelines = article.doc.once(_datelines, text)
    for match in matches:
        if match.watchlist == SOURCES and not _UNVERIFIED.match(article.doc.fold(match.end, match.end + 60)):
            dateline = any(start <= match.start < end for start, end in datelines)
            (filed if dateline else attributed).setdefault(article.in_sentence(match.start), set()).add(match.term)
    for index in beside:    # "a medical source said", "قال مصدر أمني", "the SDF said": the sources no watchlist names
        if index not in attributed and (said := _said_by(article, index) or filed.get(index)):
            attributed[index] = said
    # "In contrast, the PMF said five were killed", "في المقابل، أعلنت هيئة الحشد مقتل خمسة": another report's toll,
    # told against the one before it (a source the watchlists may not name): differing reports, the lowest (a figure
    # its sentence states: "من جهته، أشار رئيس الوفد إلى …" before the strike is no report of it)
    # (not a first count, superseded: "Initial reports had put the toll at two")
    contrasted = {index for index in beside if (_ANOTHER_REPORT.match(article.fore[index])
                  or _ANOTHER_FIGURE.search(article.fore[index])) and any(
                      _fresh(article.fore[index], found) for found in figures.casualty_figures(article.fore[index]).values())}
    told_back_then = any(_TOLD_BACK_THEN.search(sentences[index][2]) and figures.killed_figures(article.fore[index])
                         for index in beside)
    # a headline that counts two strikes or more ("ضربتان … تخلفان قتيلين وثلاثة جرحى", "Two strikes kill five"), or
    # whose lead counts the places or the strikes ("Coalition strikes kill three …" / "… killed three … in two
    # villages", "Iraqi air strikes kill eight …" / "… killed eight militants in two separate raids"), tells their
    # total: of an article that codes them apart, no one strike's toll
    several = len(set(owners.values()) - {SUMMARY}) > 1 or SUMMARY in owners.values()   # (a sentence of several strikes)
    first = article.fore.get(1, "")   # (the lead's sentence)
    headline_total = several and bool(_HEADLINE.match(text)) and (
        figures.counts_strikes(article.fore.get(0, "")) or figures.counts_places(first) or figures.counts_strikes(first))
    for index in beside:
        start, end, folded = sentences[index]
        folded = article.fore[index]
        named = figures.dates_in(_past_recap(article, index, folded), published_day, evening=article.evening_day) \
            if published_day else []
        if named and event_date not in named and min(named) < event_date:
            continue   # "on January 3 a strike killed five": an earlier incident
        period_total = _period_total(sentences[index][2]) or _BOTH_ACTIONS.search(folded)
        running = RUNNING_TOTAL.search(folded)
        raised = RAISED_TOTAL.search(folded)
        news = _news_start(article, index)
        restated = index not in strike.sentences and _field_restates(article, index, me, owners) \
            or several and figures.counts_places(folded)   # (so is the lead's toll "in two villages")
        stated = figures.casualty_figures(folded)
        died = _WOUNDED_DIED.search(folded)
        if died and (REVISED_TOLL.search(folded) or running or raised or any(
                not died.start() <= figure.start < died.end() for figure in stated["killed"])):
            died = None   # (the figure the sentence gives is the toll: "عدد القتلى ارتفع إلى أربعة بعد وفاة أحد الجريحين")
        died_later += bool(died)
        # (bodies found days later: added to the first toll, unless the sentence gives the new total too, "raised the
        # toll to six after troops found two more bodies")
        if (more := figures.more_bodies(folded)) and any(
                not more.start <= figure.start < more.end for figure in stated["killed"]):
            more = None
        if not more and told_back_then and not _TOLD_BACK_THEN.search(sentences[index][2]) \
                and (bodies := BODIES_RECOVERED.search(folded)) and (later := [
                    figure for figure in stated["killed"] if bodies.start() <= figure.start < bodies.end()]):
            more = figures.Figure(sum(figure.value for figure in later), bodies.start(), bodies.end())
        if not more and (also := _ALSO_KILLED.search(folded)) and len(stated["killed"]) == 1 and any(
                figures.killed_figures(article.fore[other]) for other in beside if other < index):
            more = figures.Figure(stated["killed"][0].value, min(also.start(), stated["killed"][0].start), also.end())
        died_later += more.value if more else 0
        for kind, found in stated.items():
            found = [figure for figure in found if figure.value <= PLAUSIBLE_TOLL and not period_total and not restated
                     and not (died and died.start() <= figure.start < died.end())
                     and not (more and more.start <= figure.start < more.end)
                     and not (index == 0 and headline_total)
                     and figure.start >= news
                     and not (running and figure.start >= running.end()) and not (raised and figure.start >= raised.start())
                     and not (kind == "killed" and _refers_back(article, index, figure) and _toll_told_before(article, index))
                     and (
                index not in clauses or clauses[index][0] <= start + article.folded[index].span(figure.start, figure.end)[0]
                < clauses[index][1])]
            if not found:
                continue
            # a first count the sentence corrects is none of the toll ("initial reports spoke of one dead, but …"); one
            # told in a sentence of its own ("Initial reports had put the toll at two", "The strike had initially killed
            # two and wounded five") is none beside a figure another sentence gives (first_counts)
            found = (fresh := _fresh(folded, found)) or found
            for figure in found:
                evidence.append({"kind": kind, "figure": figure.value, "sentence": text[start:end],
                                 "span": list(article.folded[index].span(figure.start, figure.end))})
            values = [figure.value for figure in found]
            ((killed if kind == "killed" else injured) if fresh else first_counts[kind]).append(
                (sentence_toll(folded, values, found[0].end), frozenset(attributed.get(index, ()) or (
                    {"another report"} if index in contrasted else {"a report"} if contrasted else ()))))
            revision = REVISED[kind].search(folded)
            # (a revised toll that states the wounded too revises them: "had died of his injuries, raising the toll
            # to two dead and one wounded")
            joint = kind == "injured" and not revision and REVISED_TOLL.search(folded)
            after = [figure.value for figure in found if figure.start >= (revision or joint).start()] \
                if revision or joint else []
            if (revision or after) and not running and not raised:
                # the figure the revision gives, not what led to it ("وفاة أحد الجرحى، لترتفع الحصيلة إلى
                # قتيلين، فيما …": two, not the one who died) nor what it goes on to explain ("قبل أن يرتفع عدد
                # القتلى إلى اثنين بعد وفاة أحد الجرحى", "the toll rose to two when the second man died": two)
                revised[kind].append(after[0] if after else sentence_toll(folded, values, found[0].end))
        # (not one dead of a separate strike: "two were killed near X, while a third was killed in a separate strike near
        # Y" is no toll of three revised)
        if (ordinal := _ORDINAL_DEATH.search(folded)) and not running and not raised \
                and not _SEPARATE_STRIKE.match(folded, ordinal.end()):
            revised["killed"].append(_DEATH_ORDINALS[ordinal.group(1) or ordinal.group(2)])
            evidence.append({"kind": "killed", "figure": revised["killed"][-1], "sentence": text[start:end],
                             "span": list(article.folded[index].span(*ordinal.span()))})
        if figures.says_no_casualties(_clause_text(article, index, clauses.get(index))):
            no_casualties = True
            nobody_hurt = nobody_hurt or figures.says_nobody_hurt(_clause_text(article, index, clauses.get(index)))
            evidence.append({"kind": "no casualties", "figure": 0, "sentence": text[start:end]})
        if index in about_strike:
            counts.extend(figures.strike_counts(folded))
    # "… shelled Zap, while aircraft struck Gara. No casualties were reported.": said of every strike before it; so
    # is it in the sentence that lists their places ("قصف يطال قريتي X وY، دون تسجيل خسائر بشرية")
    after = {index + 1 for index in strike.sentences} - set(beside) - set(article.strike_sentences) \
        | {index for index in strike.sentences if index not in clauses}
    for index in sorted(after):
        if owners.get(index) == SUMMARY and figures.says_no_casualties(article.fore.get(index, "")):
            no_casualties = True
            nobody_hurt = nobody_hurt or figures.says_nobody_hurt(article.fore.get(index, ""))
            evidence.append({"kind": "no casualties", "figure": 0, "sentence": text[slice(*sentences[index][:2])]})
    # "- Gêrê\n- Qirxo\nNo casualties reported.": said under a list whose items are strikes apart, of each of them
    # (naming no place of its own: "No casualties in Qirxo" is Qirxo's)
    for index in [index for index in strike.sentences if list_item(text, sentences[index][0])]:
        top, below = index, index + 1
        while top > 0 and list_item(text, sentences[top - 1][0]):
            top -= 1
        while below < len(sentences) and list_item(text, sentences[below][0]):
            below += 1
        if below not in strike.sentences and len({owners.get(item) for item in range(top, below)} - {None, SUMMARY}) > 1 \
                and figures.says_no_casualties(article.fore.get(below, "")) and not any(
                    m.watchlist in article.lexicon.place_watchlists and article.in_sentence(m.start) == below
                    for m in matches):
            no_casualties = True
            nobody_hurt = nobody_hurt or figures.says_nobody_hurt(article.fore.get(below, ""))
            evidence.append({"kind": "no casualties", "figure": 0, "sentence": text[slice(*sentences[below][:2])]})
    # "There is no indication that any civilians were injured in either strike", "دون إصابات في أي من الضربتين":
    # said of every strike, whichever owns the sentence
    for index, fore in article.fore.items():
        if index not in strike.sentences and EVERY_STRIKE.search(fore) and figures.says_no_casualties(fore):
            no_casualties = True
            nobody_hurt = nobody_hurt or figures.says_nobody_hurt(fore)
            evidence.append({"kind": "no casualties", "figure": 0, "sentence": text[slice(*sentences[index][:2])]})

    killed, injured = killed or first_counts["killed"], injured or first_counts["injured"]
    sub_event_type = _continued_type(article, strike) or clause_type(article, strike, _own_type(article, strike, owners))
    actors, actor1, actor2 = _strike_actors(article, strike, [index for index in beside if index not in strike.sentences],
                                            frozenset(index for index in strike.sentences if owners.get(index) == SUMMARY))
    if sub_event_type == AIR and actor1 in (None, BARE_ARMY, GOVERNMENT_FORCES.get(place.country) if place else None):
        # the army's own aircraft, though the country's forces, their command's media or a round-up's air force tell the
        # strike ("خلية الإعلام الأمني: طيران الجيش يدك أوكاراً", "أعلنت قيادة العمليات المشتركة مقتل إرهابيين بضربة نفذها
        # طيران الجيش", "… طائرات القوة الجوية … وأضاف البيان أن طيران الجيش نفذ ضربة ثانية"): the army's helicopters, not
        # the air force those forces strike with
        actor1 = _own_aviation(article, strike, place) or actor1
    if (shared or lead) and None in (actor1, actor2):
        # "Turkish drones pound three towns …", "The Iraqi air force targeted two Islamic State hideouts": the
        # round-up names who struck them all and whom
        _, all_struck_by, all_struck = _strike_actors(article, Strike(shared or lead))
        if all_struck is not None and actor1 == all_struck and actor2 is None:
            # the side the round-up says was struck struck none of its strikes ("Five of the terrorists were
            # neutralised … near a cave the group used as a shelter": a side named without a role)
            actor1, actor2 = None, all_struck
        actor1 = actor1 or all_struck_by
        # (not a side a strike of another kind names in its own sentences: "shelling on villages of Ain Issa and a
        # drone kills two SDF fighters" … "the drone struck an SDF post near Ain Issa": the drone's side struck)
        kinds = dict(zip(decision.sentences, decision.kinds))
        elsewhere = {m.term for m in matches if m.watchlist == ACTORS
                     and owners.get(index := article.in_sentence(m.start), me) not in (me, SUMMARY)
                     and kinds.get(index, (None, False))[1] and kinds[index][0] != sub_event_type}
        actor2 = actor2 or (all_struck if all_struck != actor1 and all_struck not in elsewhere else None)
    if actor1 is None and strike.sentences and all(_item(article, index) for index in strike.sentences) \
            and (head := _list_head(article, min(strike.sentences))) is not None:
        # "تعرضت ثلاث قرى لقصف مدفعي تركي. … الحصيلة على النحو الآتي: - قرية X: مقتل راعٍ": a list's items are the
        # strikes the lines above it tell, the nearest that names a striker (up to the list before it); it struck each
        index = head
        while index >= 0 and not _item(article, index) and actor1 is None:
            _, actor1, above_struck = _strike_actors(article, Strike((index,)))
            index -= 1
        actor2 = actor2 or (above_struck if actor1 else None)
    if actor1 is None and 0 not in strike.sentences and 0 in article.fore and owners.get(0, me) == me and _HEADLINE.match(text) \
            and not any(UNKNOWN_STRIKER.search(text[slice(*sentences[index][:2])]) for index in strike.sentences):
        # "مسيرة تركية تقتل ثلاثة مقاتلين في جبال قنديل" / "قصفت طائرة مسيرة … موقعاً في جبال قنديل": the headline of the
        # strike's own report names the striker its sentences leave unnamed (not one its sentences call unidentified)
        actor1 = _strike_actors(article, Strike((0,)))[1]
        actor1 = None if actor1 == actor2 else actor1   # (the headline's name of the side struck strikes nothing)
    if actor2 is not None and _civilians_hit(article, strike, beside, actor1):
        actor2 = None   # its own clause says it hit civilians: no side the round-up or another sentence names
    # "قصف مدفعي حكومي", "positions of government forces": the forces of the country's government (the side struck
    # when they are not also the striker: "Syrian government forces shelled X … government forces control the bank")
    # (so "the army", "قوات الجيش": the army a state the report names in full, else the country's: _army_meant)
    country = place.country if place else None
    # (and "النظام" alone: the Assad government's army until it fell)
    regime = REGIME_FORCES.get(country) if event_date is None or event_date < REGIME_FELL else None
    for term, government in (("government forces", GOVERNMENT_FORCES.get(country)), (BARE_ARMY, _army_meant(article, country)),
                             (BARE_REGIME, regime)):
        actor1 = government if actor1 == term else actor1
        # (nor the side struck when the striker is that state's forces too: "the army" beside Iraqi security forces)
        actor2 = None if actor2 == term and (government == actor1 or actor1 in STATE_OWN_FORCES.get(country, ())) \
            else government if actor2 == term else actor2
        actors = _distinct(government if side == term else side for side in actors if side != term or government)
    if actor1 is None and sub_event_type == AIR:
        actor1 = _told_by_own_media(article, strike, beside)
    if sub_event_type == AIR:     # forces that strike from the air are their air force ("أعلنت قيادة العمليات
        actor1 = AIR_FORCES.get(actor1, actor1)   # المشتركة تنفيذ ضربة جوية": the Iraqi Air Force's)
    sources = _distinct(m.term for m in matches if m.watchlist == SOURCES)
    targets = _distinct(TARGETS[found.group(1)] for index in strike.sentences
                        for found in TARGET_PATTERN.finditer(sentences[index][2]))
    # (not where the report says the dead were civilians: "وأعلنت أنقرة تحييد إرهابيين، فيما أكد مسؤولون أن القتيلين مدنيان")
    if actor2 is None and sub_event_type in (AIR, SHELLING) and not _civilians_hit(article, strike, beside, actor1):
        actor2 = _state_enemy(article, {*strike.sentences, *beside}, place.country if place else None, actor1, targets)
    if actor2 is None and sub_event_type in (AIR, SHELLING):
        actor2 = _struck_in_own_words(article, strike, beside, actor1)
    event = {
        "event_date": event_date.isoformat() if event_date else None,
        "event_type": SUB_EVENT_TYPES.get(sub_event_type),
        "sub_event_type": sub_event_type,
        "location": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 or None if place else None,
        # a city is struck several times a day (monitor.incidents.busy); its district is no city ("the X district")
        "place_kind": unit or place.kind if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": precision,
        "direction": direction,   # "ريف دير الزور الغربي": the part of the area (monitor.incidents.directions_apart)
        # "أطراف مدينة العمادية": the town's edge, not its district (monitor.incidents.on_the_edge)
        "outskirts": 1 if outskirts and precision == 2 else None,
        # "at dawn", "around 3 pm", "عصر اليوم": the local hour the text states (monitor.incidents.hours_apart)
        "time_of_day": _time_of_day(article, strike, me, owners, event_date),
        # a revised toll is the latest word on the strike, whoever gave the first ("differing sources")
        "fatalities": max(revised["killed"]) if revised["killed"] else (article_toll(killed) if killed else 0) + died_later
        if killed or died_later else (0 if no_casualties else None),
        # (the codebook's 0 = said nobody: "no casualties", "no one was hurt"; None: no figure, "no one was killed")
        "injured": max(revised["injured"]) if revised["injured"] else article_toll(injured) if injured
        else (0 if nobody_hurt else None),
        "strike_count": max(counts) if counts else None,
        "actor1": actor1,
        "actor2": actor2,
        "actors": actors,
        "targets": targets,
        "source": sources,
        "confidence": round(min(1.0, 0.3 + 0.2 * min(decision.score, 2.0) + 0.1 * (precision == 1)
                                + 0.1 * date_from_text + 0.1 * bool(sources)), 2),
        "evidence": evidence,
    }
    event["notes"] = summarize(event)
    return event


def _own_type(article: _Article, strike: Strike, owners: dict[int, int]) -> str | None:
    """The type *strike*'s sentences report, a sentence shared with other strikes (a headline naming two)
    counted only for a strike type (air, shelling) the strike's own sentences name too: "مقتل أربعة بقصف مدفعي في راوة وضربة للتحالف
    قرب عنة" … "نفذت ضربة جوية قرب عنة": the headline's shelling is Rawa's, not Anah's air strike's. Named, that is, by
    a specific term: "ولم تعلق الوزارة على الضربة" after mortars shelled Y names no air strike of Y's."""
    kinds = dict(zip(article.decision.sentences, article.decision.kinds))
    alone = {kinds[index][0] for index in strike.sentences
             if owners.get(index) != SUMMARY and index in kinds and kinds[index][1]} & {AIR, SHELLING}
    return article.decision.type_of([index for index in strike.sentences if not alone or owners.get(index) != SUMMARY
                                     or kinds.get(index, (None,))[0] in alone])


_DEFINITE_STRIKE = re.compile(r"^(?:ال|وال|فال|بال)|^the ", re.IGNORECASE)


def _continues(article: _Article, strike: Strike) -> bool:
    """Whether a strike is told by "the bombardment" of the strike before it ("وطال القصف بعد ساعة بلدة Y", "the
    shelling later reached Y"): the same side's strike, the same way."""
    # (the first strike word of the sentence that tells it: "… before the missile fell" is its own)
    first = next((m for m in article.matches if m.watchlist == STRIKE and article.in_sentence(m.start) == min(strike.sentences)),
                 None)
    return first is not None and bool(_DEFINITE_STRIKE.search(
        article.doc.before(first.start, 4)[-4:] + first.matched_text if first.matched_text.isascii() else first.matched_text))


def _continued_type(article: _Article, strike: Strike) -> str | None:
    """The type of a strike that continues the one before it (``_continues``), or of a list's item under the strike
    that heads the list ("جاءت حصيلة القصف كالتالي:" / "قرية X: استشهاد مواطن"), when its sentences name none."""
    kinds = dict(zip(article.decision.sentences, article.decision.kinds))
    own = [index for index in strike.sentences if index in kinds]
    if not own or any(kinds[index][1] for index in own) or not (
            _continues(article, strike) or all(_item(article, index) for index in strike.sentences)):
        return None
    before = [kinds[index] for index in kinds if index < min(own) and kinds[index][1]]
    return before[-1][0] if before and before[-1][0] in (AIR, SHELLING) else None


def clause_type(article: _Article, strike: Strike, sentence_kind: str | None) -> str | None:
    """The type of a *strike* reported in a clause of its own: the clause's own event words name it ("a drone
    hit X, while artillery shelled Y"; "coalition jets struck X, while IS clashed with the YPG in Y": a battle),
    not the sentence's *sentence_kind*; unless a codebook cue typed the whole sentence (an exchange of fire)."""
    clauses = [(lo, hi) for index, lo, hi in strike.clauses if index not in article.decision.decisive]
    terms = [m.category for m in article.matches if m.watchlist == STRIKE and any(lo <= m.start < hi for lo, hi in clauses)]
    kind, specific = sentence_type(terms, set()) if terms else (None, False)
    # (a battle only when the clauses are all the strike's report: "villages near X were shelled. … Fighting has
    # flared around X and Y since 2019" is shelling)
    whole = {index for index, *_ in strike.clauses} >= set(strike.sentences)
    allowed = {AIR, SHELLING, CLASH} if whole else {AIR, SHELLING}
    # (a clause of another kind than any strike's, whose words do not name the sentence's: "IS attacked a checkpoint
    # near X, killing a soldier; hours later an IED struck reinforcements near Y" is a battle at X, the blast at Y)
    own = whole and kind is not None and not {kind, sentence_kind} & {AIR, SHELLING} and sentence_kind not in {
        sentence_type([term], set())[0] for term in terms}
    return kind if specific and {kind, sentence_kind} <= allowed or own else sentence_kind


def _clause_text(article: _Article, index: int, clause: tuple[int, int] | None) -> str:
    """Sentence *index*'s folded foreground, only its *clause* (text offsets) when it reports
    several strikes clause by clause ("… killing a guard, and a silo in Y, where no casualties were reported")."""
    folded = article.fore[index]
    if clause is None:
        return folded
    start, fold = article.sentences[index][0], article.folded[index]
    def where(position: int) -> int:
        return start + fold.span(position, position + 1)[0]
    return folded[bisect_left(range(len(folded)), clause[0], key=where):bisect_left(range(len(folded)), clause[1], key=where)]


def _strike_actors(article: _Article, strike: Strike, beside: list[int] = (), shared: frozenset[int] = frozenset()
                   ) -> tuple[list[str], str | None, str | None]:
    """Every actor the article names (the strike's sentences first), the side that struck
    (actor1) and the side struck (actor2), read from the strike's own sentences.

    A name that reports or comments ("X said", "according to X", "X denied"), named as
    background ("after an attack by X", "fighting between X and Y in 2017"), in a dateline or
    a hashtag is neither. The side that struck: a name that holds its weapon ("Turkish
    drones", "المسيرات التركية", "the regime's helicopters"), that a strike verb follows ("X
    carried out", "X claimed responsibility", a headline's "Regime forces target Daraa", "قوات
    النظام تقصف") or that follows "by" ("strikes by X", "غارة للتحالف", "قصف شنه عناصر من
    داعش"), that claims the strike ("X said it had targeted"), or a
    state's adjective beside a strike word ("قصف مدفعي تركي", "US airstrikes"); a state is
    coded as its forces. The side struck: a name after "on", "against", "killing three
    members of" or before "positions", "fighters" … ("مواقع X", "عناصر من X"), never the
    striker's own state. Else the first other name struck (unless the report says the
    striker is unknown) and the next one was struck. When the strike's sentences name no
    side struck, the sentences *beside* them that the strike owns may ("the car belonged to
    a member of X"). An armed clash is between its two sides (``_clash_sides``), not the
    aircraft that supported it; old ordnance going off (a ``remnant`` cue) has neither side; a
    strike by an unidentified drone takes no striker from the report's other sentences unless
    one claims it ("X and Y have both carried out strikes in the area" is a habit). A striker
    named in a sentence *shared* with other strikes (a headline naming two: "Rockets hit Ain
    al-Asad; U.S. strikes back in Al-Qaim") yields to one the strike's own sentences name. What
    observers or analysts think ("ويرى مراقبون أن …", ``ANALYSTS_VIEW``) names neither side.
    """
    own = set(strike.sentences)
    text, in_sentence = article.text, article.in_sentence
    named = _shortened([m for m in article.matches if m.watchlist == ACTORS])
    named = [m for m in named if not _slashed_as_another(text, m, named)]
    named += _named_in_capitals(article, named, sorted({*own, *beside}))
    named = sorted([*named, *_named_again(article, named, sorted({*own, *beside}))],
                   key=lambda m: (in_sentence(m.start) not in own, m.start))
    kind = clause_type(article, strike, article.decision.type_of(list(strike.sentences)))
    # (ground taken is a battle: who took it and from whom, its air cover no side of it)
    territory, kind = kind in TERRITORY, CLASH if kind in TERRITORY else kind
    if kind == IED and any(index in article.decision.decisive
                           and not WIDE_CUES["unexplained"].search(article.doc.fold(*article.doc.spans[index])) for index in own):
        # old ordnance going off: nobody struck now; the war it is left from is background (a blast of unknown origin
        # still hit the side it hit); but the side the report says left or laid it laid the bomb ("لغم من مخلفات داعش")
        layer = next((STATE_FORCES.get(m.term, m.term) for m in named if in_sentence(m.start) in own
                      and LAID_BY_BEFORE.search(" ".join(article.doc.before(m.start, 60).split()) + " ")), None)
        return _distinct(m.term for m in named), layer, None
    struck_by: list[tuple[int, str]] = []
    adjectives: set[int] = set()    # where struck_by holds a state's adjective, not a name
    roles: dict[str, list[str]] = {"hit": [], "speaker": [], "neutral": [], "claimant": []}
    victims: list[str] = []    # the side struck as the sentences beside the strike name it
    datelines = article.doc.once(_datelines, text)
    read = [(match, in_sentence(match.start)) for match in named]
    read = [(match, index, _actor_role(article, match, index)) for match, index in read
            if (index in own or index in beside) and _in_foreground(article, index, match.start)
            and text[match.start - 1:match.start] != "#" and not _restated(match, named)
            and not any(start <= match.start < end for start, end in datelines)
            and not ANALYSTS_VIEW.match(article.sentences[index][2].strip())]
    # a strike the report says is by unknown aircraft: the sides its other sentences say struck
    # ("Israel and the US have both carried out strikes in the area") are a habit, unless they claim it or the sentence
    # attributes this strike ("a commander said the raid had been carried out by Israeli warplanes", "ورجّح المرصد أن
    # تكون الطائرات إسرائيلية": ACLED codes the side the report names)
    unknown = {index for index in own if index in article.folded and UNKNOWN_STRIKER.search(article.sentences[index][2])}
    habit = {index for match, index, role in read if unknown and index not in unknown and role == "struck"
             and not STRIKE_CLAIMED_AFTER.match(article.doc.fold(match.end, match.end + 60).strip())
             and not _attributes_this_strike(article, match, index)}
    read = [(match, index, role) for match, index, role in read if index not in habit]
    # a sentence of several strikes clause by clause: a clause with its own strike word names its own side
    # struck ("a drone hit an SDF post in X, while artillery shelled Y": nobody named struck in Y; but
    # "strikes on militia positions in X and near Y" struck the militias in both)
    # (ground taken is told by its whole sentence: the clause of its air cover names no sides of its own)
    clauses = {index: (lo, hi) for index, lo, hi in strike.clauses
               if not territory and any(m.watchlist == STRIKE and lo <= m.start < hi for m in article.matches)}
    # (the striker of another clause strikes here too, unless this clause names its own or is a battle, whose
    # sides are its own: "coalition jets struck X, while IS clashed with the YPG in Y")
    inside = [(match, index, role) for match, index, role in read
              if index in clauses and clauses[index][0] <= match.start < clauses[index][1]]
    own_striker = {index for _, index, role in inside if role == "struck"}
    # (nor in a clause that says its striker is unknown: "an unidentified drone hit a car in X, while government forces
    # shelled Y": Y's striker did not strike X)
    own_striker |= {index for index, (lo, hi) in clauses.items() if UNKNOWN_STRIKER.search(article.doc.fold(lo, hi))}
    # (nor in a clause whose own aircraft a state's adjective names: "طائرات التحالف دكت X، وقصفت طائرات F-16 العراقية
    # Y", "coalition jets struck X and Iraqi F-16s bombed Y": Y's striker is Iraq's)
    own_striker |= {index for index, (lo, hi) in clauses.items() if any(
        m.watchlist == STRIKE and lo <= m.start < hi and AIRCRAFT.search(m.matched_text.casefold())
        and any(word in ACTOR_ADJECTIVES for word in _adjective_words(article, m)) for m in article.matches)}
    # (nor the side this clause names struck: "Rockets hit the US base at X, and a US drone later hit a car in Y": the
    # base's side was struck at X, not the striker of Y's drone)
    hit_here = {(index, STATE_FORCES.get(match.term, match.term)) for match, index, role in inside if role == "hit"}
    def imported(index: int, term: str | None = None) -> bool:
        """Whether a striker named outside sentence *index*'s clause (*term*, once known) strikes in it too."""
        return index not in own_striker and kind != CLASH and (index, STATE_FORCES.get(term, term)) not in hit_here
    read = [(match, index, role) for match, index, role in read if index not in clauses
            or (match, index, role) in inside or (role == "struck" and imported(index, match.term))]
    # a side joined by "and" to the side that struck struck with it: "Turkish forces and allied SNA factions shelled X",
    # "قصف مدفعي لقوات النظام والميليشيات الإيرانية" (joined after it)
    def joined(first, second):
        return first.end <= second.start and JOINED_STRIKER.match(
            " ".join(_QUOTES.sub("", article.doc.fold(first.end, second.start)).split()))

    read = [(match, index, "struck" if role != "struck" and any(
                other_index == index and other_role == "struck" and (joined(match, other) or joined(other, match))
                for other, other_index, other_role in read) else role)
            for match, index, role in read]
    # (sides that struck together are none of them the side struck: "SNA factions and the Turkish army shelled X" …
    # "areas held by Turkish forces and the SNA"; not a clash's: "NDF militiamen and SDF fighters clashed" names its two sides)
    together = {STATE_FORCES.get(match.term, match.term) for match, index, role in read for other, other_index, other_role in read
                if kind != CLASH and role == other_role == "struck" and other_index == index
                and (joined(match, other) or joined(other, match))}
    if kind == CLASH:
        read = [(match, index, role) for match, index, role in read if not _supports_clash(article, match, index)]
        # (… read in the sentences beside it too: a note's toll line may be the one its aircraft left it)
        sides = territory and _territory_sides(article, [(match, index) for match, index, _ in read]) \
            or _clash_sides(article, [(match, index) for match, index, _ in read if index in own])
        if sides:
            # ("نفذت قسد … عملية إنزال جوي على منزل …، واشتبكت مع خلية لداعش": the side whose verb opened the raid
            # clashed with the side named after "with")
            first = sides[0] or next((match.term for match, index, role in read if index in own and role == "struck"
                                      and match.term != sides[1]), None)
            return _distinct(m.term for m in named), STATE_FORCES.get(first, first), sides[1]
    if kind == DISRUPTED and (sides := _interception_sides(article, [(match, index) for match, index, role in read
                                                                      if index in own and role])):
        return _distinct(m.term for m in named), *sides
    # the side a sentence beside the strike says claimed it ("IS claimed responsibility") or says carried it out ("The
    # coalition said Monday it had killed an IS official …", the strike told in the next sentence)
    claimants = []
    for match, index, role in read:
        if index not in own:
            victims += [match.term] if role in ("hit", "speaker") else []
            # (quotes are no words: 'أعلنت X، اليوم، "تحييد" ثلاثة'; a claim in its own words is one whatever role the
            # name's own verb gave it: "Turkish forces have neutralized two PKK terrorists")
            after = " ".join(_QUOTES.sub("", article.doc.fold(match.end, match.end + 60)).split())
            # (or the side a sentence beside it accuses of it, undenied: "The Autonomous Administration accused Turkey of
            # the attack", "وحمّلت الإدارة الذاتية تركيا مسؤولية الهجوم")
            claimants += [match.term] if role == "struck" and STRIKE_CLAIMED_AFTER.match(after) \
                or role and ACTOR_CLAIMS_AFTER.match(after) \
                or role == "struck" and ACTOR_ACCUSED_BEFORE.search(" ".join(article.doc.before(match.start, 60).split()) + " ") else []
        elif role == "struck":
            struck_by.append((match.start, match.term))
        elif role:
            roles[role].append(match.term)
    for match in article.matches:    # "قصف مدفعي تركي", "US airstrikes"
        index = in_sentence(match.start)
        if match.watchlist == STRIKE and index in own and index not in habit and match.start < _foreground_end(article, index) \
                and not _named_beside(match, named) and not (kind == CLASH and _supports_clash(article, match, index)) and (index not in clauses or clauses[index][0] <= match.start
                                                         < clauses[index][1] or imported(index)):
            words = _adjective_words(article, match)
            state = next((ACTOR_ADJECTIVES[word] for word in words if word in ACTOR_ADJECTIVES), None)
            # (nor one of two a source suspects the aircraft to be: "رجّحت مصادر أن تكون الطائرة تابعة للتحالف أو لإسرائيل")
            state = None if state and SUSPECTED_AIRCRAFT_BEFORE.search(" ".join(article.doc.before(match.start, 60).split()) + " ") \
                and ALTERNATIVE_AFTER.match(article.doc.fold(match.end, match.end + 60).strip()) else state
            # (nor whose aircraft the sentence says did not strike: 'Iraqi aircraft "did not carry out any operation"')
            state = None if state and STRIKE_DENIED_AFTER.match(
                " ".join(_QUOTES.sub("", article.doc.fold(match.end, match.end + 60)).split())) else state
            # (another clause's adjective names no striker of the side this clause says was struck)
            state = None if state and index in clauses and not clauses[index][0] <= match.start < clauses[index][1] \
                and not imported(index, state) else state
            if state and any(AIRCRAFT.search(word) for word in [match.matched_text.casefold(), *words]):
                state = AIR_FORCES.get(state, state)
            if state:
                struck_by.append((match.start, state))
                adjectives.add(match.start)
    # an adjective names only the state, a name which of its forces: "غارات عراقية" … "طائرات القوة الجوية العراقية",
    # "Iraqi helicopters strike …" … "Iraqi army helicopters struck"
    forces = {term for start, term in struck_by if start not in adjectives}
    struck_by = [(start, term) for start, term in struck_by if start not in adjectives
                 or not any(term != named and term.split()[0] == named.split()[0] for named in forces)]
    # (a sentence shared with another strike may name that strike's striker: the strike's own sentences first)
    # (a side that fights only on the ground yields an air strike to the side whose aircraft struck with it: "The SDF,
    # in conjunction with coalition jets, targeted an ISIS hideout")
    struck_by.sort(key=lambda found: (in_sentence(found[0]) in shared, kind == AIR and found[1] in GROUND_SIDES, found[0]))
    # a strike the report says is by unknown aircraft names no other side as the striker
    # (a side the strike's sentences name as hit is no striker where they name it without a role: "killed two ISIS
    # operatives 'involved in the group's financial network'"; in a clash each side is hit)
    neutral = [term for term in roles["neutral"] if kind == CLASH or term not in roles["hit"]]
    # (who planted a bomb is rarely named: a side an IED report names without a role is the one it hit)
    actor1 = next((STATE_FORCES.get(term, term) for _, term in struck_by), None) or next(
        (STATE_FORCES.get(term, term) for term in claimants), None) or (
        None if unknown or kind == IED else next((STATE_FORCES.get(term, term) for term in [*roles["claimant"], *neutral]),
                                                 None))
    # the side struck is never the striker's own state ("Turkish drones struck a camp of refugees from Turkey")
    # (a state merely named, "Iran", "إسرائيل", is no side struck: it comments, borders or is background; its
    # forces are named when struck)
    states = {m.term for m in named if m.category == "state"}
    actor2 = next(
        (term for term in [*roles["hit"], *roles["speaker"], *(t for t in neutral if t not in states), *victims]
         if STATE_FORCES.get(term, term) not in {actor1, *together}), None)
    # the side the report says the dead were of is the side struck, before the striker's word for them ("Relatives said
    # the two men were fighters of the YBŞ. … said two 'PKK terrorists' had been neutralised")
    actor2 = next((match.term for match, index, role in read if role == "hit" and DEAD_OF_BEFORE.search(
        article.doc.before(match.start, 60)) and STATE_FORCES.get(match.term, match.term) not in {actor1, *together}), actor2)
    # an umbrella's member the strike's sentences name struck is the side struck ("strikes on Iran-backed militias …
    # killing two members of Kataib Hezbollah"), unless its sentence names the umbrella struck too ("a house used by the
    # militias …, killing two members of the Fatemiyoun": the militias' house)
    umbrella = {index for match, index, role in read if match.term == actor2 and role == "hit"}
    actor2 = next((match.term for match, index, role in read if role in ("hit", "speaker") and index not in umbrella
                   and match.term in UMBRELLA_GROUPS.get(actor2, ())), actor2)
    actors = _distinct([*(m.term for m in named), *(term for _, term in struck_by)])
    # an interception told apart in a sentence that names no side ("Three rockets fired by X targeted the base. All three
    # were intercepted"): the side whose weapon was stopped is actor2, who stopped it unknown (_interception_sides)
    stopped = {in_sentence(m.start) for m in article.matches if m.watchlist == STRIKE and m.category == DISRUPTED
               and in_sentence(m.start) in own | set(beside)} if kind == DISRUPTED else set()
    if stopped and not any(m.watchlist == ACTORS and in_sentence(m.start) in stopped for m in article.matches) \
            and not any(in_sentence(start) in stopped for start, _ in struck_by):
        return actors, None, actor1
    return actors, actor1, actor2


def _army_meant(article: _Article, country: str | None) -> str | None:
    """The army a bare "the army" / "قوات الجيش" (``BARE_ARMY``) names: the forces of a state whose army the report
    names in full ("the Turkish army … the army said"), else the army of *country* (``ARMIES``; None: no place)."""
    return next((m.term for m in article.matches if m.watchlist == ACTORS and m.term != BARE_ARMY
                 and m.category == "state forces" and ARMY_WORD.search(m.matched_text)), ARMIES.get(country))


def _named_army(doc: Document, match: Match) -> bool:
    """Whether actor *match* is the bare army's term (``BARE_ARMY``) or the bare regime's (``BARE_REGIME``) on one of
    another name: a name or an adjective after it ("the army of X", "الجيش الحر", "النظام السابق"), or an Arabic "جيش" without its article ("جيش العشائر"); or on the army's
    aircraft, which _own_aviation reads ("طيران الجيش": ``ARMY_AVIATION``)."""
    if match.term == BARE_REGIME:   # (so the bare regime: "النظام السابق", "النظام الإيراني")
        return bool(NAMED_ARMY_AFTER.match(doc.text[match.end:match.end + 10]))
    return match.term == BARE_ARMY and bool(NAMED_ARMY_AFTER.match(doc.text[match.end:match.end + 10]) or (
        not match.matched_text.isascii() and not re.search(r"ال|^[وفب]?لل", match.matched_text))
        or ARMY_AVIATION.search(doc.fold(match.start - 8, match.end)))


def _adjective_words(article: _Article, match: Match) -> list[str]:
    """The words beside strike term *match* that may be a state's adjective on it (``ACTOR_ADJECTIVES``)."""
    # the adjective follows its noun in Arabic and precedes it in English ("ميليشيا حزب الله
    # العراقي بغارة": the adjective is the militia's); "غارات للتحالف": the word after may
    # carry a proclitic (ل, ب)
    if match.matched_text.isascii():
        # (a window wide enough for the adjective before a long aircraft word: "Coalition helicopters")
        # (an abbreviation's full stops are no punctuation: "U.S. jets pounded" reads "us")
        # (an emoji is no word between: "Coalition helicopters 🚁 strike")
        before = [word.strip(_PUNCTUATION).replace(".", "") for word in article.doc.before(match.start, 40).split()
                  if any(char.isalnum() for char in word)][-2:]
        # (or said of it: "the SDF said the drone was Turkish")
        said = _PREDICATE_ADJECTIVE.match(article.doc.fold(match.end, match.end + 30))
        # (Arabizi's adjective follows its noun as Arabic's does: "qasf torki", "tayara 7arbiye torkiye")
        arabizi = [word for word in article.doc.fold(match.end, match.end + 30).split()[:2] if word in ARABIZI_ADJECTIVES]
        words = [" ".join(before), *before, *([said.group(1)] if said else []), *arabizi]
    else:
        # ("طائرات حربية تركية، صباح اليوم": the adjective before a comma; "طائرات F-16 العراقية":
        # after the aircraft's model)
        # ("بغارة يُعتقد أنها إسرائيلية": the adjective after the hedge)
        # (not past a comma: "وأدانت الإدارة الذاتية القصف، داعية التحالف الدولي إلى التدخل" names whom it called on)
        after = [word.strip(_PUNCTUATION) for word in
                 _HEDGE.sub(" ", article.doc.fold(match.end, match.end + 50)).split("،")[0].split()]
        after = [word for word in after if not word.isascii()][:2]
        # (a target right after it names whose it was, no striker: "عبوة ناسفة برتل للتحالف" hit the coalition's convoy)
        after = after[:1] if after and after[0][:1] == "ب" and after[0][1:] in TARGETS else after
        words = [*after, *(word[1:] for word in after if word[:1] in "لب")]
    return words


def _told_by_own_media(article: _Article, strike: Strike, beside: list[int] = ()) -> str | None:
    """The forces whose own military media tell the strike (``OWN_FORCES_MEDIA``) when its
    sentences do not say the striker is unknown: "Iraqi Security Media Cell: F-16s destroyed an
    ISIS tunnel …" -> "Iraqi security forces" (None: no such media, or an unidentified drone). The
    media may head the post on a line of its own, *beside* the strike ("خلية الإعلام الأمني 📌" /
    "ضربة جوية دقيقة نفذتها طائرات F-16 …")."""
    own = set(strike.sentences)
    if any(UNKNOWN_STRIKER.search(article.sentences[index][2]) for index in own):
        return None
    return next((OWN_FORCES_MEDIA[m.term] for m in article.matches if m.watchlist == SOURCES
                 and m.term in OWN_FORCES_MEDIA and article.in_sentence(m.start) in own | set(beside)), None)


def _struck_in_own_words(article: _Article, strike: Strike, beside: list[int] = (), actor1: str | None = None
                         ) -> str | None:
    """The side whose own statement tells the strike on its forces in the first person (``OUR_FORCES_STRUCK``: "نقطة
    لقواتنا", "a post of our forces"): the side the post's opening names, its media office or command heading the
    statement ("المركز الإعلامي لقوات سوريا الديمقراطية:", "SDF Press Center | Statement" on a line of its own, or before
    the first colon of a one-line post), not the striker; else None."""
    if not any(OUR_FORCES_STRUCK.search(article.folded[index].text) for index in {*strike.sentences, *beside}):
        return None
    text = article.text
    opening = text.find("\n", len(text) - len(text.lstrip()))
    opening = opening if opening > 0 else text.find(":")
    return next((m.term for m in article.matches if m.watchlist == ACTORS and m.start < opening and m.term != actor1),
                None)


def _state_enemy(article: _Article, sentences: Iterable[int], country: str | None, actor1: str | None,
                 targets: list[str]) -> str | None:
    """The enemy a state's own forces (*actor1*, ``STATE_OWN_FORCES``) struck in their *country* when the strike's
    *sentences* call it only "terrorists", "militants" or its *targets* a "hideout" (``STATE_ENEMY``,
    ``STATE_ENEMY_WORDS``): Iraq's Security Media Cell, Joint Operations Command and Counter-Terrorism Service mean
    the Islamic State ("طيران الجيش … استهدفت تجمعاً للإرهابيين قرب قرية السليطية", "Iraqi F-16 jets bombed a hideout
    in the Wadi Houran valley"); so a foreign state's forces where they fight one enemy (``FOREIGN_ENEMY``: Turkey's
    "terrorists" in Iraq, the PKK). None: another striker or country, or no such words."""
    if actor1 in STATE_OWN_FORCES.get(country, ()):
        enemy, words = STATE_ENEMY[country], STATE_ENEMY_WORDS
    else:   # (a foreign state's "terrorists" only, not the "Kurdish militants" a wire says it targets)
        enemy, words = FOREIGN_ENEMY.get((actor1, country)), TERRORISTS_SAID
    if enemy is None:
        return None
    if "hideout" in targets or any(words.search(article.sentences[index][2]) for index in sentences):
        return enemy
    return None


def _own_aviation(article: _Article, strike: Strike, place: Place | None) -> str | None:
    """The army of the country struck when the strike's sentences name the army's own aircraft and no state
    (``ARMY_AVIATION``; the striker is already unnamed): "Army aviation helicopters pounded ISIS remnants near
    Ramadi" -> "Iraqi army" (None: no such words, or no place); in a sentence of several strikes, only the strike's own
    clause ('"طيران الجيش نفذ ضربة ثانية …"، فيما "استهدفت ضربة ثالثة نفذتها طائرات F-16 وكراً"': the F-16s' is no army's).
    So its air force, named without its state ("طائرات F-16 التابعة للقوة الجوية" -> "Iraqi Air Force"; ``OWN_AVIATION``),
    and F-16s named without it, by where they struck (the Kurdistan Region's border mountains: Turkey's; ``UNNAMED_F16``)."""
    clauses = {index: (start, end) for index, start, end in strike.clauses}
    if place is None:
        return None
    return next((forces.get((place.country, place.admin1)) or forces.get((place.country, place.admin2))
                 or forces.get(place.country) for words, forces in OWN_AVIATION
                 if any(words.search(_clause_text(article, index, clauses.get(index))) for index in strike.sentences)), None)


_HEADLINE_STRIKES_APART = re.compile(r"[;؛]")


def _civilians_hit(article: _Article, strike: Strike, beside: list[int] = (), striker: str | None = None) -> bool:
    """Whether the strike's first own clause (the whole sentence where it has no clauses) that names whom it
    hit names civilians and no side ("… and a second strike wounded a civilian near the village of Ratla",
    "قصفت مسيّرة أخرى محيط قرية السلحبية، ما أسفر عن إصابة مدني"): then it struck no armed side, whatever the
    article's other sentences say of another strike, a mourning statement or a campaign. ("Turkish drones
    struck SDF positions in X, killing two civilians" names the SDF hit; "no indication that any civilians
    were injured" names no victims.) The sentences *beside* the strike that it owns are read in their turn:
    what the dead were is often said after the strike ("A news agency … said all of the dead were civilians",
    "مشيراً إلى أن الاثنين من أهالي القرية"), and it outweighs the side a later sentence names as the striker's
    stated aim ("Ankara has for decades carried out operations against the PKK"). The *striker*'s own state is
    never the side struck ('demanded that Ankara "stop attacks"'), nor are those the striker says it killed where the
    report says the dead were civilians ("قسد: الضحايا مدنيون.. وأنقرة تعلن تحييد إرهابيين", ``_strikers_word``)."""
    clauses = {index: (lo, hi) for index, lo, hi in strike.clauses}
    # (a headline of two strikes, one after ";", is read after the body: "SDF shells army posts in X; government
    # shelling kills woman in Y" tells X's side struck in X's own sentence, Y's woman is Y's)
    several = bool(_HEADLINE.match(article.text)) and bool(_HEADLINE_STRIKES_APART.search(article.sentences[0][2]))
    for index in sorted({*strike.sentences, *beside}, key=lambda index: (several and index == 0, index)):
        lo, hi = clauses.get(index) or article.sentences[index][:2]
        if any(m.watchlist == ACTORS and lo <= m.start < hi and _actor_role(article, m, index) in ("hit", "speaker")
               and STATE_FORCES.get(m.term, m.term) != striker and not _strikers_word(article, m) for m in article.matches):
            return False
        folded = article.doc.fold(lo, hi)
        found = CIVILIAN_VICTIMS.search(folded)
        if found and not NEGATED.search(folded[:found.start()].strip() + " "):
            return True
    return False


def _strikers_word(article: _Article, match: Match) -> bool:
    """Whether the actor *match* is only the striker's word for those it says it killed: its "terrorists" ("حيدت
    إرهابيين اثنين") or the side its claim names ("the ministry said it had neutralised two PKK terrorists")."""
    return bool(TERRORISTS.match(article.doc.fold(match.start, match.end).strip())
                or NEUTRALISED_BEFORE.search(article.doc.before(match.start, 90)))


def _interception_sides(article: _Article, read: list[tuple[Match, int]]) -> tuple[str | None, str | None] | None:
    """The sides of an interception the first sentence naming a side reports, (actor1, actor2), or None when that
    sentence tells no interception: the side named before its last interception word stopped the weapon ("US forces … shot down two drones",
    "قسد تسقط طائرة"), the side named after it is the weapon's ("drones launched by X", "طائرة مسيرة تركية"), whatever
    holds the weapon or follows "by".

    >>> from monitor.config import load_config
    >>> from monitor.text import analyse, lexicon_for
    >>> text = "US forces at Al-Omar oil field shot down two drones launched by Iran-backed militias."
    >>> [(e["actor1"], e["actor2"]) for e in analyse(text, "2024-10-09", lexicon_for(load_config("config.yaml"))).events]
    [('US forces', 'Iran-backed militias')]
    >>> text = "A drone was shot down near Erbil. It was intercepted by the air defences of the US-led coalition near Erbil."
    >>> [(e["actor1"], e["actor2"]) for e in analyse(text, "2024-10-09", lexicon_for(load_config("config.yaml"))).events]
    [('US-led coalition', None)]
    """
    sentence = min((index for _, index in read), default=None)
    stops = [m.start for m in article.matches if m.watchlist == STRIKE and m.category == DISRUPTED
             and article.in_sentence(m.start) == sentence]
    if not stops:    # (the interception is told after the attack: "… most of the rockets were intercepted")
        return None
    before = [match.term for match, index in read if index == sentence and match.end <= stops[-1]]
    after = [match.term for match, index in read if index == sentence and match.start > stops[-1]]
    # ("shot down by the air defences of X": X stopped it, though named after the word)
    # (not the weapon itself after the Arabic verb: "قسد تسقط طائرة مسيرة تركية")
    by = next((match.term for match, index in read if index == sentence and match.start > stops[-1]
               and STOPPED_BY_BEFORE.search(article.doc.before(match.start, 80))
               and not AIRCRAFT.search(article.doc.fold(match.start, match.end))), None)
    stopped_by = STATE_FORCES.get(by, by) if by else STATE_FORCES.get(before[-1], before[-1]) if before else None
    # (… or its state's adjective on a weapon the actors' list does not hold: "intercepted a Turkish suicide drone")
    after = after or [ACTOR_ADJECTIVES[word] for match in article.matches if match.watchlist == STRIKE and match.category == AIR
                      and article.in_sentence(match.start) == sentence and match.start > stops[-1]
                      for word in _adjective_words(article, match) if word in ACTOR_ADJECTIVES]
    # (a state's weapon is its forces': "shot down an Israeli drone" stopped the IDF's)
    return stopped_by, next((STATE_FORCES.get(term, term) for term in after if STATE_FORCES.get(term, term) != stopped_by), None)


def _territory_sides(article: _Article, read: list[tuple[Match, int]]) -> tuple[str, str | None] | None:
    """The two sides of ground taken (``TERRITORY``), (actor1, actor2): the side that lost it is named after "from"
    or "held by", or withdrew ("recaptured X from the SDF", "entered X after SDF fighters withdrew"), else it is the
    next side named ("retook hills near X that ISIS had used"); the side that took it is the first other side named,
    none of its support ("SNA factions, under Turkish drone cover, captured X"); None when no side took it."""
    names = [match for match, index in read if not _supports_clash(article, match, index)]
    lost = next((match for match, index in read if match in names and (
        TERRITORY_LOST_BEFORE.search(_unquoted_before(article, match, 40))
        or TERRITORY_LOST_AFTER.match(article.doc.fold(match.end, min(match.end + 40, article.sentences[index][1])).strip()))),
                None)
    taker = next((match for match in names if lost is None or match.term != lost.term and match.start < lost.start), None)
    lost = lost or next((match for match in names if taker and match.start > taker.end and match.term != taker.term), None)
    return (STATE_FORCES.get(taker.term, taker.term), lost and lost.term) if taker else None


def _clash_sides(article: _Article, read: list[tuple[Match, int]]) -> tuple[str | None, str] | None:
    """The two sides of the clash its sentences report, (actor1, actor2), or None when they do
    not name both: "X clashed with Y", "clashes between X and Y" (X, Y); "Y were killed in clashes
    with X", "مقتل عناصر من Y خلال اشتباكات مع X" (X, Y); "clashes with its fighters" names the
    speaker's side; "X and Y clashed" (X, Y). An aircraft that supported the clash ("in conjunction with
    airstrikes by Z", "with Turkish drones supporting X") is neither side. The side named after "clashed with" alone
    is the other side, (None, Y)."""
    alone = None
    for sentence in sorted({index for _, index in read}):
        end, folded = article.sentences[sentence][1:]
        names = [match for match, index in read if index == sentence and not _supports_clash(article, match, index)]
        mutual = next((match for match in names if CLASH_EACH_OTHER_AFTER.match(
            article.doc.fold(match.end, min(match.end + 60, end)).strip())), None)
        if mutual:      # "tribal fighters clashed with each other": that side on both sides
            return mutual.term, mutual.term
        pair = next(((first, second) for first, second in zip(names, names[1:]) if first.term != second.term
                     and CLASH_PAIR_JOINED.match(" ".join(article.doc.fold(first.end, second.start).split()))
                     and CLASH_PAIR_AFTER.match(article.doc.fold(second.end, min(second.end + 60, end)).strip())), None)
        if pair:
            return pair[0].term, pair[1].term
        # "Asayish and unidentified gunmen exchanged fire": the named side first, the other unnamed (its member
        # wounded after is no side struck)
        unnamed = next((first for first in names if (after := CLASH_UNNAMED_AFTER.match(
            article.doc.fold(first.end, min(first.end + 60, end)).strip())) and not any(
            first.end < other.start < first.end + after.end() + 2 for other in names)), None)
        if unnamed:
            return unnamed.term, None
        # "a Turkish convoy came under PKK fire": the second attacked the first
        under = next(((first, second) for first, second in zip(names, names[1:]) if first.term != second.term
                      and CAME_UNDER_BETWEEN.match(" ".join(article.doc.fold(first.end, second.start).split()))
                      and UNDER_FIRE_AFTER.match(article.doc.fold(second.end, min(second.end + 40, end)).strip())), None)
        if under:
            return under[1].term, under[0].term
        between = [match for match in names if CLASH_BETWEEN_BEFORE.search(_unquoted_before(article, match, 80))]
        second = next((match for match in names for first in between[:1] if match.term != first.term
                       and match.start > first.end), None)
        if second:   # the side whose members were killed is the side struck (both lost some: the order named)
            lost = {match.term for match in names if match.term in (between[0].term, second.term)
                    and match.start > second.end and ACTOR_HIT_BEFORE.search(article.doc.before(match.start, 60))}
            return (second.term, between[0].term) if lost == {between[0].term} else (between[0].term, second.term)
        other = next((match for match in names if CLASH_WITH_BEFORE.search(article.doc.before(match.start, 60))), None)
        own = other is None and CLASH_WITH_OWN.search(folded)
        if own:
            other = next((match for match in names if ACTOR_SPEAKS_AFTER.match(article.doc.fold(match.end, match.end + 60).strip())
                          or ACTOR_SPEAKS_BEFORE.search(article.doc.before(match.start, 40))), None)
        if other is None:
            # verb-first Arabic with no "مع": "تبادلت قوات الأسايش ومسلحون مجهولون إطلاق النار", "اشتبكت قسد وخلية لداعش":
            # the side named right after the verb, and the one joined to it by "و" (unnamed: null)
            subject = next((match for match in names if CLASH_SUBJECT_BEFORE.search(_unquoted_before(article, match, 40))), None)
            if subject is not None:
                return subject.term, next((match.term for match in names if match.start > subject.end and match.term != subject.term
                                           and CLASH_PAIR_JOINED.match(" ".join(article.doc.fold(subject.end, match.start).split()))), None)
            continue
        # the side named before the clash word: the last name whose words run on to it
        first = [match for match in names if match.term != other.term and (own or match.start < other.start)
                 and (CLASH_LATER.match(article.doc.fold(match.end, min(match.end + 80, end)).strip())
                      or CLASH_SUBJECT_BEFORE.search(article.doc.before(match.start, 40)))]
        if not first:    # "the army clashed with IS remnants": IS is the other side, whoever the first is
            alone = alone or (None, other.term)
            continue
        side = first[-1]
        # sides joined by "and" fought together: the first named leads ("Iraqi army and PMF fighters clashed with IS")
        for earlier in reversed([match for match in names if match.end <= side.start and match.term != other.term]):
            if not JOINED_STRIKER.match(" ".join(article.doc.fold(earlier.end, side.start).split())):
                break
            side = earlier
        after = CLASH_SUPPORT_APART.sub("", article.doc.fold(side.end, side.end + 100), count=1).strip()
        before = article.doc.before(side.start, 40)
        subject = CLASH_SUBJECT_AFTER.match(after) or CLASH_SUBJECT_BEFORE.search(before)
        return (side.term, other.term) if subject else (other.term, side.term)
    return alone


def _unquoted_before(article: _Article, match: Match, width: int) -> str:
    """The *width* folded characters before *match* without quotes, one space apart and ending in one: the Arabic
    press quotes a side's name ('اشتباكات بين "قسد" وخلية' reads 'اشتباكات بين ')."""
    return " ".join(_QUOTES.sub("", article.doc.before(match.start, width)).split()) + " "


def _supports_clash(article: _Article, match: Match, index: int) -> bool:
    """Whether the actor *match* of sentence *index* is named as the support of a clash's side ("supported by
    the Iraqi air force", "with Turkish drones supporting the SNA"), none of its sides."""
    end = article.sentences[index][1]
    before = article.doc.before(match.start, 50)
    return bool(CLASH_SUPPORT_BEFORE.search(before) or CLASH_SUPPORT_AIRCRAFT_BEFORE.search(before)
                # (an aircraft term after its side's adjective: "SNA factions, backed by Turkish drones, attacked")
                or match.watchlist == STRIKE and BACKING_AIRCRAFT.search(before)
                or CLASH_SUPPORTS_AFTER.match(article.doc.fold(match.end, min(match.end + 80, end)).strip()))


_BRACKET_GAP = re.compile(r"^[\s\"“”«»]*\([\s\"“”«»]*$")


def _bracketed_alias(article: _Article, match: Match) -> Match | None:
    """The same side's name right before *match* when *match* is its other name in brackets ("الخاضعة لسيطرة قوات
    سوريا الديمقراطية (قسد)", "وقالت قوى الأمن الداخلي (الأسايش) في بيان"): the bracket adds a name, no role."""
    return next((other for other in article.matches if other.watchlist == ACTORS and other.term == match.term
                 and other.end <= match.start and _BRACKET_GAP.match(article.doc.text[other.end:match.start])), None)


@_per_article
def _actor_role(article: _Article, match: Match, index: int) -> str | None:
    """What the actor *match* of sentence *index* is to the strike: "struck", "hit", "speaker"
    (it reports its own loss), "neutral", or None (it only reports, comments, or is background).
    The words after it end with its sentence: a headline without a full stop is no subject of the
    next line's verb ("غارات على مواقع للميليشيات في البوكمال" / "شن الطيران الإسرائيلي …"), and
    skip an apposition ("The Sinjar Resistance Units, a Yazidi group close to the PKK, said")."""
    sentence_end = article.sentences[index][1]
    alias = _bracketed_alias(article, match)
    if alias is not None:
        return _actor_role(article, alias, index)
    # (quotes are no words: 'have "neutralized" seven PKK', 'وتبنت «المقاومة الإسلامية» الهجوم')
    before = " ".join(_QUOTES.sub("", article.doc.before(match.start, 60)).split()) + " "
    # (and its other name in brackets before its noun: "allied Syrian National Army (SNA) factions shelled")
    after = _BRACKETED_AFTER.sub("", _APPOSITION.sub("", article.doc.fold(match.end, sentence_end), count=1), count=1)
    after = _QUOTES.sub("", after[:60]).strip()
    # a side that mourns (or condemns the killing of) its own dead is the side struck: "ونعت قسد في بيان اثنين من
    # مقاتليها", "الحشد الشعبي ينعى ثلاثة من منتسبيه"
    if (ACTOR_REACTS_BEFORE.search(before) or MOURNS_AFTER.match(after)) and MOURNED_OWN_AFTER.match(after):
        return "speaker"
    if _describes_another(article, match, index) or ACTOR_REACTS_BEFORE.search(before) or ACTOR_RESPONDS_AFTER.match(after) \
            or KIN_OF_BEFORE.search(before):
        return None
    if _after_another_strike(article, match, index, before) or _in_another_time(article, match, index):
        return None
    # a side that supported the strike did not strike ("carried out … with the support of the U.S.-led coalition",
    # "بدعم من التحالف الدولي"), unless its aircraft did ("supported by coalition jets")
    if CLASH_SUPPORT_BEFORE.search(before) and not AIRCRAFT.match(after) \
            and not AIRCRAFT.search(article.doc.fold(match.start, match.end)):
        return None
    # the side whose base the aircraft took off from struck ("drones launched from the Incirlik base", "launched from Ain
    # al-Asad air base, which hosts U.S. forces", "انطلقت من قاعدة عين الأسد التي تتمركز فيها قوات التحالف"): the base
    # fires nothing at itself
    if LAUNCHED_FROM_BEFORE.search(before):
        return "struck"
    if HOSTED_BEFORE.search(before):    # (the troops of a base struck: "near Harir air base, which hosts US troops")
        return "hit"
    # "SDF checkpoint hit, 1 killed"; "the Peshmerga returned fire": the side attacked
    if ACTOR_TARGET_HIT_AFTER.match(after) or ACTOR_LOST_AFTER.match(after) or ACTOR_FIRED_BACK_AFTER.match(after):
        return "hit"
    # the side accused of the strike itself struck it: "the SDF accused Turkey of carrying out a drone strike on a car"
    # (unless the report says that side denied it: ACLED then names no striker on the accuser's word alone)
    # (or accused with no more words: "The SDF blamed Turkey; Ankara did not comment")
    if ACTOR_ACCUSED_BEFORE.search(before) and ACCUSED_OF_STRIKING_AFTER.match(after) \
            or ACCUSED_ALONE_BEFORE.search(before) and ACCUSED_ALONE_AFTER.match(article.doc.fold(match.end, sentence_end)):
        return None if _denied(article, match) else "struck"
    if DENIED_PART_BEFORE.search(before):    # "نفى … أي علاقة للقوات الأمريكية بالهجوم": neither side
        return None
    # the side the report says or suspects stood behind the strike struck it, one it calls unidentified too ("لهجوم بطائرة
    # مسيرة، يرجح أن الميليشيات الإيرانية تقف وراءه"; ACLED codes the suspected side the report names)
    if BEHIND_STRIKE_AFTER.match(after):
        return "struck"
    if ACTOR_NEUTRALISED_AFTER.match(article.doc.fold(match.end, sentence_end)[:160].strip()):
        return "hit"    # "Five PKK terrorists detected in the X region were neutralised"
    # a side heading its own statement of its loss ("PMF statement: … one of our headquarters", "قسد: … مقاتلينا"):
    # the side struck ("a checkpoint of the YBS: Sinjar Resistance Units" is no statement)
    if STATEMENT_HEAD.match(after) and not article.doc.fold(article.sentences[index][0], match.start).strip(" #"):
        if _OWN_LOSS.search(article.sentences[index][2]):
            return "speaker"
        # a state's forces heading their statement of another's strike report it ("قيادة العمليات المشتركة: طائرة
        # مسيرة تركية استهدفت عجلة مدنية", "Joint Operations Command: a Turkish drone struck a civilian car"): no side
        # (of their own forces' strike they are the striker: "قيادة العمليات المشتركة: طائرات القوة الجوية تقصف أوكاراً")
        lo, hi = article.sentences[index][:2]
        if match.category in _STATES and any(
                other.watchlist == ACTORS and lo <= other.start < hi and other.start > match.end and other.term != match.term
                and STATE_FORCES.get(other.term, other.term) != match.term and _actor_role(article, other, index) == "struck"
                for other in article.matches):
            return None
    # after "said", a name its strike verb follows is what is said ("CENTCOM said US forces conducted a strike")
    reported = not ACTOR_SPEAKS_AFTER.match(after) and ACTOR_STRUCK_AFTER.match(after)
    if ACTOR_SPEAKS_AFTER.match(after) or ACTOR_SPEAKS_BEFORE.search(before) and not reported:
        if ACTOR_CLAIMS_AFTER.match(after):     # "X said it had targeted", "أعلنت X استهداف"
            return "struck"
        # "X said drones bombed its positions"
        if _OWN_LOSS.search(article.sentences[index][2]) or match.category == "state forces" \
                and _SOLDIERS_LOST.search(article.sentences[index][2]):
            return "speaker"
        # a state's forces telling what a strike killed tell of their own ("U.S. Central Command said in a statement that
        # the first strike killed …"): the striker when no other is named
        return "claimant" if match.category in _STATES - {"state"} and _KILLED.search(article.sentences[index][2]) else None
    # its aircraft named after it: "Turkish occupation drone targets a car"
    owns_aircraft = match.matched_text.isascii() and AIRCRAFT.match(after)
    opening = _DATELINE.sub("", " ".join(article.doc.fold(article.sentences[index][0], match.start).split()), count=1)
    # (an aircraft as folded: "مسيّرة تركية" with its shadda is the drone that struck, not a target "استهداف" names)
    if AIRCRAFT.search(article.doc.fold(match.start, match.end)) or owns_aircraft or reported or ACTOR_STRUCK_BEFORE.search(before) \
            or ACTOR_AFTER_OPENING_VERB.match(opening) or ACTOR_AFTER_OPENING_VERB.match(_clause_opening(opening)) \
            or MASDAR_BEFORE.search(before) and MASDAR_OBJECT_AFTER.match(after):
        return "struck"
    # the one side a source suspects struck, itself or its aircraft, struck ("يرجح ناشطون أن التحالف يقف وراءها", "رجّحت
    # مصادر أن تكون الطائرات أمريكية"; ACLED codes the suspected side); one of two is neither, the first and the second
    # ("… تابعة للتحالف الدولي أو لإسرائيل"), nor one suspected of some of the strikes told ("يقف وراء بعضها")
    if SUSPECTED_AIRCRAFT_BEFORE.search(before):
        return None if ALTERNATIVE_AFTER.match(after) else "struck"
    if SUSPECTED_ALTERNATIVE_BEFORE.search(before):
        return None
    if ACTOR_ACCUSED_BEFORE.search(before):     # "accused Ankara of the attack": an accusation, not who struck
        return None
    # "a man … described as a PKK member", "وُصف بأنه عضو في حزب العمال" (the Arabic member's word before the name)
    if DESCRIBED_AS_BEFORE.search(before) and (PERSON_OF_AFTER.match(after) or not match.matched_text.isascii()):
        return "hit"
    if ACTOR_DESCRIBES_BEFORE.search(before) or ACTOR_DESCRIBES_AFTER.match(after):   # a patron, a border
        return None
    # (a statement's "terrorists" are the side it struck: "قُتل فيها «إرهابيان اثنان»"; not a side hit in a report the next
    # sentence denies: "Local media reported that an Iraqi army vehicle had been hit. The Defence Ministry denied that")
    if ACTOR_HIT_BEFORE.search(before) or ACTOR_HIT_AFTER.match(after) \
            or TERRORISTS.match(article.doc.fold(match.start, match.end).strip()):
        return None if _denied_next(article, index) else "hit"
    # a side named by its base beside the strike is the side struck ("two rockets landed near the US base at X", "سقطت
    # قذائف قرب القاعدة الأمريكية", "a drone struck the perimeter of the coalition base"): a base fires nothing, unless the
    # fire came from it ("shells fired from the Turkish base")
    if _BASE_NAMED.search(article.doc.fold(match.start, match.end)) and not _FROM_BEFORE.search(before):
        return "hit"
    return "neutral"


def _attributes_this_strike(article: _Article, match: Match, index: int) -> bool:
    """Whether sentence *index* attributes the strike itself to the side *match* names, not strikes by habit: it
    names the strike with its article ("said the raid had been carried out by Israeli warplanes", "بتنفيذ الضربة"),
    the aircraft with a predicate adjective ("أن تكون الطائرات إسرائيلية") or the side it suspects the aircraft to be."""
    lo, hi = article.sentences[index][:2]
    return bool(THE_STRIKE_NAMED.search(article.text[lo:hi]) or AIRCRAFT_PREDICATE.match(article.text[match.start:match.end])
                or SUSPECTED_AIRCRAFT_BEFORE.search(" ".join(article.doc.before(match.start, 60).split()) + " "))


def _denied(article: _Article, match: Match) -> bool:
    """Whether the report says the side *match* names (its state or its forces alike) denied the strike, a denial
    word in the words around another mention of it ("فيما نفى مسؤول أمريكي أي علاقة للقوات الأمريكية بالهجوم", "The
    Pentagon denied involvement") or its words after it that it did not strike ("The Defence Ministry told Enab Baladi
    that its units had not fired on the area"); or a denial after the accusation in its own sentence (a headline's "X
    accuses Y of shelling Z; Y denies") or in a sentence of its own that names no other side ("A coalition spokesman said
    the coalition had conducted no strikes"; the coalition's denial speaks for the US forces it leads, ``DENIES_FOR``)."""
    def side(term: str) -> str:
        # (a government's forces named without their state, "government forces", "the army", are its army's)
        forces = DENIES_FOR.get(STATE_FORCES.get(term, term), STATE_FORCES.get(term, term))
        return "government forces" if forces in {BARE_ARMY, *GOVERNMENT_FORCES.values(), *ARMIES.values()} else forces
    mine, doc = side(match.term), article.doc
    index = article.in_sentence(match.start)
    for other in article.matches:
        if other.watchlist != ACTORS or other.start == match.start or side(other.term) != mine:
            continue
        lo, hi = article.sentences[article.in_sentence(other.start)][:2]
        if DENIAL.search(doc.fold(max(lo, other.start - 60), min(hi, other.end + 30))) \
                or STRIKING_DENIED.search(" ".join(doc.fold(other.end, hi).split()[:12])):
            return True
    # (the words after the accusation, or a later sentence, naming no side but the accused: not "… فيما نفى التحالف الدولي
    # أي علاقة له بها" after an accusation of Israel; a later sentence naming nobody denies with a strike word, not
    # "residents denied the dead were fighters")
    for lo, hi in [(match.end, article.sentences[index][1]), *(article.sentences[later][:2]
                                                               for later in range(index + 1, len(article.sentences)))]:
        named = {side(m.term) for m in article.matches if m.watchlist == ACTORS and lo <= m.start < hi}
        if STRIKING_DENIED.search(doc.fold(lo, hi)) and (named == {mine} or not named and lo != match.end and any(
                m.watchlist == STRIKE and lo <= m.start < hi for m in article.matches)):
            return True
    return False


# A sentence denying the one before it (folded): "The ministry later denied that", "denied those reports", "ونفت الوزارة
# ذلك", "نفت هذه الأنباء"
_DENIES_THE_LAST = re.compile(r"\b(?:denied|denies|dismissed|rejected) (?:that|this|the reports?|those reports?|such reports)\b"
                              r"|(?:^|\s)[وف]?(?:نفت|نفي|تنفي|ينفي)(?: \S+){0,3}? (?:ذلك|هذه انباء|تلك انباء)(?:\s|$)")


def _denied_next(article: _Article, index: int) -> bool:
    """Whether the sentence after sentence *index* denies what it reports (``_DENIES_THE_LAST``)."""
    return index + 1 < len(article.sentences) and bool(_DENIES_THE_LAST.search(article.doc.sentence(index + 1).text))


def _named_beside(strike: Match, named: list[Match]) -> bool:
    """Whether the words where a strike word's adjective would be (after it in Arabic, before
    it in English) are an actor's name ("تستهدف المسيرات التركية", "Turkish drones strike"):
    that actor's role decides, not the adjective. A state's bare name is its adjective there
    ("غارات إسرائيلية", "ضربات أمريكية"): the adjective decides. A strike word that opens an actor's longer
    name is that actor ("القوة الجوية العراقية": its adjective is the name's)."""
    named = [actor for actor in named if actor.category != "state"]
    if any(actor.start == strike.start and strike.end < actor.end for actor in named):
        return True
    if strike.matched_text.isascii():
        return any(0 <= strike.start - actor.end <= 2 for actor in named)
    return any(0 <= actor.start - strike.end <= 2 for actor in named)


def _named_again(article: _Article, named: list[Match], sentences: list[int]) -> list[Match]:
    """The groups *sentences* name again by their kind ("the group", "the factions", "militia
    positions", "التنظيم", "الفصائل"): each the last armed group (no state nor its forces) the
    article named before it, as a match of that group at the words that name it again. "The
    factions" and "the militia" are the last group named so ("Turkish-backed factions", "الفصائل
    الموالية لإيران"), else the last militia; "the group" is the last group of any kind, and so are a statement's
    "terrorists", with or without the article ("مقتل أربعة إرهابيين" after "عصابات داعش الإرهابية")."""
    groups = [match for match in named if match.category not in _STATES]
    again = []
    for index in sentences:
        start, folded = article.sentences[index][0], article.folded.get(index)
        if not folded or not any(word in folded.text for word in GROUP_AGAIN_WORDS):
            continue
        for found in GROUP_AGAIN.finditer(folded.text):
            words = found.lastindex
            first, last = (start + offset for offset in folded.span(*found.span(words)))
            earlier = [match for match in groups if match.end <= first]
            kind = next((stems for stems in _GROUP_KINDS if any(stem in found.group(words) for stem in stems)), None)
            if kind:
                earlier = ([match for match in earlier if any(stem in article.doc.fold(match.start, match.end) for stem in kind)]
                           or [match for match in earlier if match.category == "militia"])
            if not earlier or any(match.start < last and first < match.end for match in named) or (
                    not found.group(words).isascii() and not DEFINITE.match(article.text[first:last])
                    and found.lastgroup != "terrorists"):
                continue
            again.append(Match(ACTORS, earlier[-1].term, article.text[first:last], first, last, earlier[-1].category))
    return again


def _slashed_as_another(text: str, match: Match, named: list[Match]) -> bool:
    """Whether *match* is one half of a slashed pair whose other half (of *named*) is the side the pair names
    (``SLASHED_AS``): "PKK/YPG", "YPG/PKK", "ي ب ك/بي كا كا" name the YPG."""
    def between(other: Match) -> str:
        return text[match.end:other.start] if other.start >= match.end else text[other.end:match.start]
    return any(m.term == SLASHED_AS.get(match.term) and between(m).strip() == "/" for m in named)


def _shortened(named: list[Match]) -> list[Match]:
    """*named* (in text order) with a name that shortens one named before it read as that one: the
    Kurdish media's "جيش الاحتلال" after "جيش الاحتلال التركي" is Turkey's army, not the bare phrase's
    Israeli one (a variant's first words, folded, of another term).

    >>> full = Match(ACTORS, "Turkish Armed Forces", "جيش الاحتلال التركي", 0, 19, "state forces", 1.0, "جيش احتلال تركي")
    >>> short = Match(ACTORS, "IDF", "جيش الاحتلال", 40, 52, "state forces", 1.0, "جيش احتلال")
    >>> [m.term for m in _shortened([full, short])]
    ['Turkish Armed Forces', 'Turkish Armed Forces']
    """
    seen: dict[str, Match] = {}
    read = []
    for match in named:
        longer = next((m for key, m in seen.items() if key.startswith(match.folded + " ") and m.term != match.term), None)
        match = replace(match, term=longer.term, category=longer.category) if longer else match
        seen.setdefault(match.folded, match)
        read.append(match)
    return read


def _named_in_capitals(article: _Article, named: list[Match], sentences: list[int]) -> list[Match]:
    """The groups *sentences* name by a capitalised abbreviation that folding cannot tell from
    a word ("IS shells kill 7 civilians", "Coalition airstrikes kill 8 IS": not the verb "is";
    ``CAPITALISED_ACTORS``), in a sentence not all in capitals."""
    found = []
    for index in sentences:
        start, end = article.sentences[index][:2]
        if not any(char.islower() for char in article.text[start:end]):
            continue
        for abbreviation in CAPITALISED_ACTORS.finditer(article.text, start, end):
            first, last = abbreviation.span()
            if not any(match.start < last and first < match.end for match in named):
                term = CAPITALISED_TERMS[abbreviation.group()]
                category = next((match.category for match in article.matches if match.term == term), None)
                found.append(Match(ACTORS, term, abbreviation.group(), first, last, category))
    return found


_STATES = {"state", "state forces", "coalition"}
_ALSO = re.compile(r"\balso\b|(?:^|\s)(?:كما|ايضا|كذلك)(?=\s|$)")
_SEPARATE_INCIDENT = re.compile(rf"\b(?:separate|another|unrelated) (?:{_INCIDENT_NOUNS})|حادث\w* (?:منفصل|اخر)")
_GROUP_KINDS = (("faction", "فصايل", "فصيل"), ("militia", "ميليشي", "مليشي"), ("كتايب",))
# Arabic names the group again with its article: "الفصائل", "للتنظيم", "وبالميليشيات" ("فصائل المقاومة" is another's)


def _restated(match: Match, named: list[Match]) -> bool:
    """Whether the actor *match* restates the name just before it in brackets ("قوى الأمن
    الداخلي (الأسايش)", "the Kurdistan Workers' Party (PKK)"): one mention, read once."""
    return any(other.term == match.term and 0 <= match.start - other.end <= 2 for other in named)


def _after_another_strike(article: _Article, match: Match, index: int, before: str) -> bool:
    """Whether the actor *match* is named in what its sentence's strike followed ("a drone
    struck Hajin after an attack by X": ``BACKGROUND_BEFORE``). When the sentence names no
    strike before that cue, what follows it is the strike reported ("three killed after
    shelling by X", "killed after being targeted by X"), and X is no background."""
    cue = BACKGROUND_BEFORE.search(before)
    if cue is None:
        return False
    start = article.doc.spans[index][0]
    cue_at = len(article.doc.fold(start, match.start)) - (len(before) - cue.start())   # in the sentence's fold
    return any(m.watchlist == STRIKE and start <= m.start < match.start and len(article.doc.fold(start, m.start)) < cue_at
               for m in article.matches)


def _in_another_time(article: _Article, match: Match, index: int) -> bool:
    """Whether the clause of the actor *match* in sentence *index* is set in another time
    ("fighting between X and Y in 2017") or is a habit ("وتستهدف المسيرات التركية بشكل
    متكرر"): the name is background there (``ANOTHER_TIME``). An apposition after the name
    is no end of its clause ("X, a loose alliance of Y, has claimed 165 attacks since October")."""
    start, end = article.doc.spans[index]
    left = article.doc.fold(start, match.start)
    right = _APPOSITION.sub("", article.doc.fold(match.end, end), count=1)
    left = left[max((found.end() for found in NAME_CLAUSE_END.finditer(left)), default=0):]
    if _APPOSITION_OPEN.match(left) and right[:1] in ",،":   # a name inside the apposition: the clause it describes
        right = right[1:]
    cut = NAME_CLAUSE_END.search(right)
    return bool(ANOTHER_TIME.search(f"{left} {right[:cut.start()] if cut else right}"))


# ", a loose alliance of Iran-backed groups, " / ", which spearheaded the fight against IS, " / "، وهي
# تحالف فصائل، ": what the name is, between commas
# (", part of the SDF, ", "، التابع لقسد، "; after the name's other name in brackets: "(PAK), an Iranian Kurdish group, said")
# (and a partner set off by commas, after the name's noun: "U.S. Central Command forces, in coordination with the Iraqi
# Security Forces, conducted an airstrike": the subject's verb follows)
_APPOSITION = re.compile(r"^(?: ?\([^()]{1,40}\))?(?: (?:forces|troops|aircraft|jets|warplanes))?[,،] (?:an?|the|one of|which|who|whose|part of|وهي|وهو|احد|احدي|تابع|تابعه"
                         r"|in (?:coordination|conjunction|cooperation) with|with the support of|supported by|backed by"
                         r"|بتنسيق مع|بدعم من|باسناد من) [^,،.]*[,،] ")
# (only before the name's own noun or clause, "(SNA) factions", "(SNA) they back": "(YBS) told Reuters" keeps it,
# an official's word is no loss nor strike)
_BRACKETED_AFTER = re.compile(r"^ ?\([^()]{1,40}\)"
                              r"(?= (?:factions|forces|fighters|militants|members|troops|units|they|which|that)\b)")
_APPOSITION_OPEN = re.compile(r"^ ?(?:an?|the|one of|which|who|whose|part of|وهي|وهو|احد|احدي|تابع|تابعه) ")
_QUOTES = re.compile(r"[\"“”«»]")
# Where a sentence's later clause opens with its conjunction (folded): "…، وقصفت المدفعية التركية …", "…، فيما استهدفت
# مسيرة تركية …": the name after that clause's own opening verb is its striker, as at the sentence's opening
# (ACTOR_AFTER_OPENING_VERB); not a clause that goes on with the subject before it ("طيران الجيش نفذ ضربة …، استهدفت
# إرهابيين": its object)
_CLAUSE_OPENING = re.compile(r"[،,] ?(?:(?:فيما|بينما|في حين) |(?=و))")


def _clause_opening(opening: str) -> str:
    """The last clause a conjunction opens in the folded *opening* of a sentence (empty: none)."""
    ends = [found.end() for found in _CLAUSE_OPENING.finditer(opening)]
    return opening[ends[-1]:] if ends else ""


# A dateline before the lead's first verb (folded): "عنب بلدي – الرقة: قصفت القوات التركية …", "شفق نيوز/ استهدفت …"
# (the folded text has no dashes: "عنب بلدي رقه: قصفت")
_DATELINE = re.compile(r"^\S+(?: \S+){0,4}: ?|^\S+(?: \S+)?/ ?")


def _describes_another(article: _Article, match: Match, index: int) -> bool:
    """Whether the actor *match* is named in an apposition that describes the name before it
    ("The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed";
    "The SDF, which spearheaded the fight against the Islamic State group, said"): no side."""
    start = article.doc.spans[index][0]
    left = article.doc.fold(start, match.start)
    comma = max(left.rfind(","), left.rfind("،"))
    if comma < 0 or not _APPOSITION_OPEN.match(left[comma + 1:]) or any(mark in left[comma + 1:] for mark in ".;:"):
        return False
    head = left[:comma].rstrip()
    return any(other is not match and other.watchlist == ACTORS and article.doc.fold(start, other.end).rstrip() == head
               for other in article.matches)
_PUNCTUATION = ".,،؛;:!?؟\"'()«»“”"
# (also after a comma: "تعرضت عجلة لقصف بطائرة مسيرة، يرجح أنها تركية")
_HEDGE = re.compile(r"^ ?(?:جويه |جوي )?(?:[،,] ?)?(?:يعتقد|يرجح|يشتبه|يظن|قيل)(?: ب)? ?(?:انها|انه)(?= )")
# (or hedged without the verb: "targeted by a drone believed to be Turkish", "aircraft thought to be Israeli")
_PREDICATE_ADJECTIVE = re.compile(r"s? (?:(?:was|were|is|are) (?:an? )?(?:likely |probably |believed to be )?"
                                  r"|(?:believed|thought|suspected|said|reported) to (?:be|have been) )(\w+)")
# "unidentified warplanes", "طائرة مسيرة مجهولة", "it was not clear who carried out", "no group
# claimed", "لم تتبن أي جهة": the report does not know who struck.
# (not an unknown destination or fate: "نقلت الجثتين إلى جهة مجهولة", "مصير مجهول")
UNKNOWN_STRIKER = compile_alternation(r"\b(?<!fatalities )(?<!casualties )(?<!toll )(?:unidentified|unknown|unmarked)\b|(?<!الي جهه )(?<!الي مكان )(?<!مصير )مجهول|\b(?:not (?:immediately )?clear|unclear) who\b"
                             # (a coded note's toll field, "Fatalities unknown.", "[casualties unknown]", is no striker's)
                             # "Nobody knows whose drone it was", "it is not known who fired", "لا يعرف أحد من نفذ"
                             r"|\b(?:nobody|no one) knows who|\bnot (?:yet )?known who|لا (?:يعرف|يعلم) (?:احد )?(?:من|جهه)"
                             r"|\bno (?:party|group|side|one) (?:has |had |immediately )?claimed\b|لم (?:تتبن|يتبن|تعرف|يعرف)"
                             # "ولم تعلن أي جهة مسؤوليتها": no party announced it
                             r"|لم (?:تعلن|يعلن) (?:اي )?جهه")
# A dateline names where the report was filed, no side nor the strike's place: "WASHINGTON (AP) —",
# "BAGHDAD, Iraq (Reuters) -", "QAMISHLI, Syria, Dec 3 (AFP) -", "BAGHDAD (Al-Monitor) -", a line of its own
# "الحسكة – نورث برس", "دمشق-سانا", or one before a colon or a second dash that opens the lede "شفق نيوز - نينوى: أعلنت …",
# "بغداد - الميادين نت - شنت …", a city and its outlet in brackets "أربيل (روداو) - قُتل …", or an outlet and its city by a
# slash "السومرية نيوز/ بغداد - أعلنت …".
# (a hyphen only with a space before it: "A US-led coalition drone" opens no dateline; "DEIR EZ-ZOR, Syria –" does)
# (AP abbreviates its month: "QAMISHLI, Syria, Dec. 7 (AP) —")
DATELINE = compile_alternation(r"^[A-Z][A-Z'./ -]+(?:, [A-Z][\w .]{1,25}){0,2}(?: \([\w .-]{2,20}\))?(?: [-–—]|[–—])"
                      # (a hyphen between Latin letters joins a name: "Deir ez-Zor: a drone struck …" heads a post; a
                      # quoted post's line is none: '"Blast shakes Hajin" — @channel')
                      r"|^(?![\"“«])[^\s.,،!?؟:]+(?: [^\s.,،!?؟:]+){0,2}(?: ?[–—] ?| - ?| ?- |(?<![A-Za-z])-(?![A-Za-z]))"
                      # (… or a second dash before the lede: "بغداد - الميادين نت - شنت …", "الحسكة - هاوار - استشهدت …")
                      r"[^\s.,،!?؟:]+(?: [^\s.,،!?؟:]+){0,2}(?:$|:| [-–—] )"
                      # a city and its outlet in brackets, in Arabic as wire copy writes it: "الرقة (كوردستان24) - قُتل …"
                      r"|^[^\sA-Za-z.,،!?؟:()\"“«]+(?: [^\s.,،!?؟:()]+){0,2} \([^()\n]{2,25}\) ?[-–—](?= )"
                      # an outlet and a city joined by a slash before the lede's dash or colon: "السومرية نيوز/ بغداد -",
                      # "بغداد/ واع -", "أربيل/ شفق نيوز:"
                      r"|^[^\s.,،!?؟:/]+(?: [^\s.,،!?؟:/]+){0,2} ?/ ?[^\s.,،!?؟:/-]+(?: [^\s.,،!?؟:/-]+){0,2} ?[-–—:](?= )"
                      # an Arabic city alone before the lede's dash, the lede's verb after it: "الموصل - استهدفت طائرة …"
                      r"|^[ء-ي]+(?: [ء-ي]+)? [-–—] (?=[وف]?(?:[اأ]?[ء-ي]{2,}(?:ت|وا)|قتل|قصف|شن|نفذ|استهدف|اعلن|افاد|قال)\s)",
                      re.MULTILINE)


def outside_datelines(doc: Document, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """*matches* without the places named in a dateline (``DATELINE``): where the report was filed
    ("BAGHDAD (Reuters) -", "السومرية نيوز/ بغداد -") is no strike's place, nor the place a strike
    sentence needs to report an event; a strike sentence that names the city again names it itself.
    A dateline in the watched region stays when the text names no other place: a local desk's report
    ("QAMISHLI, Syria (AP) — A Turkish drone struck a car, killing two") is of its own area.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> def places(text):
    ...     doc = Document.of(text)
    ...     return [m.term for m in outside_datelines(doc, match_watchlists(doc, lexicon), lexicon) if m.watchlist == "places"]
    >>> places("BAGHDAD (Reuters) - A drone struck a car near Sinjar.")
    ['Sinjar']
    >>> places("BAGHDAD (Reuters) - A drone struck a car, killing two.")
    []
    >>> places("QAMISHLI, Syria (AP) - A drone struck a car, killing two.")
    ['Qamishli']
    """
    datelines = doc.once(_datelines, doc.text)
    filed = [m for m in matches if m.watchlist in lexicon.place_watchlists
             and any(start <= m.start < end for start, end in datelines)]
    if not filed:
        return matches
    if any(m.watchlist in lexicon.place_watchlists and m not in filed for m in matches):
        return [m for m in matches if m not in filed]
    region = lexicon.matching.region
    return [m for m in matches if m not in filed or any(in_region({"location": place.name, "admin1": place.admin1}, region)
                                                        for place in lexicon.places.get(m.folded, ()))]


def _datelines(text: str) -> list[tuple[int, int]]:
    """Where the text's datelines are (``DATELINE``): (start, end) of each. A dateline opens a line and
    ends on it: matched at each line's start, as ``finditer`` finds them, not tried at every character.
    A list's bullet line is no dateline ("• Topzawa – farmland on fire").

    >>> _datelines("BAGHDAD (Reuters) - A drone struck a car.\\nQAMISHLI, Syria – Shelling hit a village.")
    [(0, 19), (42, 59)]
    >>> _datelines("بغداد - الميادين نت - شنت طائرات غارات"), _datelines("الرقة (كوردستان24) - قُتل مقاتل، صباح اليوم")
    ([(0, 22)], [(0, 20)])
    """
    return [found.span() for start in (0, *(newline.end() for newline in _NEWLINE.finditer(text)))
            if (found := DATELINE.match(text, start)) and not list_item(text, start)]


_NEWLINE = re.compile("\n")


# A speaker's own loss: "its positions", "their fighters", "مواقعه", "عناصرها"; a party's camp or office ("its camp
# near Koya") and the indefinite with its pronoun after it ("استهدفت مقراً له", "موقعاً لها").
_KILLED = re.compile(r"\b(?:killed|killing|neutrali[sz]ed|eliminated|destroyed)\b"
                     r"|(?:^|\s)(?:مقتل|قتل|قتلت|تحييد|حيدت|تدمير|دمرت)(?=\s)")
_OWN_LOSS = re.compile(r"\b(?:its|their|our) (?:\w+ )?(?:positions?|fighters?|members?|bases?|vehicles?|posts?|headquarters"
                       r"|camps?|offices?)\b"
                       r"|(?:مواقع|عناصر|مقاتلي|مقر|مقرات|نقاط|نقطت|عجلات|عجلت)(?:ه|ها|هم|نا)\b"
                       r"|(?:^|\s)(?:مقرا|موقعا|مركزا|نقطه|مقرات|مواقع) (?:له|لها|لهم|لنا)\b")
# A side's name that is its base: "US base", "coalition base", "القاعدة الأمريكية", "قاعدة التحالف" (folded); and the
# origin of fire before a name ("from the", "من", "قصف مدفعي … مصدره القواعد العسكرية التركية").
_BASE_NAMED = re.compile(r"\b(?:bases?|garrisons?|outposts?)\b|(?:^|\s)[وبل]?(?:قاعده|قواعد)(?:\s|$)")
_FROM_BEFORE = re.compile(r"\bfrom (?:the |a |an )?$|(?:^|\s)(?:من|انطلاقا من|مصدره|مصدرها) $")
# … a state's forces telling of soldiers the enemy's strike killed, their own ("قالت وزارة الدفاع السورية إن العدو شن
# عدواناً … ما أدى إلى استشهاد عسكريين اثنين", "the ministry said two soldiers were killed")
_SOLDIERS_LOST = re.compile(r"\bsoldiers? (?:were |was )?(?:killed|martyred|wounded|injured)\b"
                            r"|(?:^|\s)(?:استشهاد|ارتقاء|مقتل|اصابه) (?:\S+ )?(?:عسكريين|عسكري|جنود|جنديين|جندي)(?![^\s.,،])")


# A sentence that opens with what came before its news: "After the airstrikes killed 12 in X, warplanes start new
# raids on Y", "Hours after a bombing in X which killed 8… gunmen kill a civilian in Y" (folded; up to its comma or "…")
_LEADING_AFTER = re.compile(r"^(?:(?:\S+ ){0,2}(?:minutes|hours|days|weeks|an? (?:hour|day|week)) )?(?:after|following) "
                            r"(?:(?!, |\.\.\.).){4,200}?(?:, |\.\.\. ?)")


def _news_start(article: _Article, index: int) -> int:
    """Where sentence *index*'s news begins in its folded text: after an opening clause of what came before it
    (``_LEADING_AFTER``) when an event word or a toll of its own follows (its toll was that event's news, not this
    one's); else 0 ("After the strike, rescuers pulled out five bodies": the toll of the strike the clause names)."""
    folded = article.fore[index]
    # (its words first: most sentences hold neither, and the match backtracks over the sentence's first words)
    lead = ("after " in folded or "following " in folded) and _LEADING_AFTER.match(folded)
    if not lead:
        return 0
    start, fold = article.sentences[index][0], article.folded[index]
    after = start + fold.span(lead.end(), lead.end() + 1)[0]
    news = any(m.watchlist == STRIKE and after <= m.start < _foreground_end(article, index) for m in article.matches) or any(
        figure.start >= lead.end() for figure in figures.casualty_figures(folded).get("killed", ()))
    return lead.end() if news else 0


def _foreground_end(article: _Article, index: int) -> int:
    """Where sentence *index* (a read one) turns to background, as an offset into the text."""
    start, end, folded = article.sentences[index]
    kept = news_end(folded, article.fore[index])
    return start + article.folded[index].origin(kept) if kept < len(folded) else end


def _in_foreground(article: _Article, index: int, offset: int) -> bool:
    """Whether the text's *offset* in sentence *index* (a read one) is of its foreground: before it turns to
    background and in no background clause the news goes on after ("… where a drone hit a car last week, killing
    two SDF members": the SDF are the news's)."""
    start, _, folded = article.sentences[index]
    fore, position = article.fore[index], bisect_left(range(len(folded)), offset - start, key=article.folded[index].origin)
    return position < len(fore) and (fore[position] != " " or folded[position] == " ")


# Who a sentence's figures are told by when no watchlist names them: an unnamed source by its kind ("a medical
# source said", "security officials said", "قال مصدر طبي", "ناشطون محليون"), or a party that speaks ("the SDF said").
_UNNAMED_SOURCE = compile_alternation(r"\b(?:(?:medical|security|military|local|hospital|health|police|government|kurdish|iraqi"
                                      r"|syrian) )?(?:sources?|officials?|medics?|doctors?|activists?|residents?|witness(?:es)?)"
                                      # (two joined: "a local official and a relative of the victims said")
                                      r"(?= (?:\w+ ){0,4}?(?:and (?:\w+ ){1,5}?)?(?:said|says|told|reported)\b"
                                      # (or their anonymity between commas: "two security officials, speaking on
                                      # condition of anonymity because …, said", after where they serve: "a PMF
                                      # official in Anbar, speaking on condition of anonymity, said")
                                      r"|(?: (?:in|at|from)(?: [\w-]+){1,3})?,[^,.]{1,120}, (?:said|says|told|reported)\b)"
                                      # a ministry with its own figure ("the Syrian Interior Ministry said … two were
                                      # killed", "وأعلنت وزارة الداخلية مقتل اثنين")
                                      r"|\b(?:interior|defen[cs]e|health) ministry\b|\bministry of (?:the )?(?:interior|defen[cs]e|health)\b"
                                      r"|(?:^|\s)وزاره (?:داخليه|دفاع|صحه)"
                                      # (the accusative too: "لكن مصدراً محلياً قال")
                                      r"|(?:مصدرا?|مصادر) (?:امني|امنيه|طبي|طبيه|محلي|محليه|عسكري|عسكريه|ميداني|ميدانيه)"
                                      r"|(?:^|\s)(?:ناشطون|ناشطين|اهالي|شهود)(?: \w+)?")


def _said_by(article: _Article, index: int) -> set[str]:
    """Who tells sentence *index*'s figures, when no watchlist's source does: an unnamed source by its kind, or
    a party named with its verb of speech ("… killing two fighters, the SDF said"; "وقال مصدر أمني")."""
    fore = article.fore[index]
    speakers = {found.group().strip() for found in _UNNAMED_SOURCE.finditer(fore)}
    start, end = article.sentences[index][:2]
    speakers |= {match.term for match in article.matches if match.watchlist == ACTORS and start <= match.start < end
                 # (after the apposition that places it: "the Tal Tamr Military Council, part of the SDF, said")
                 and (ACTOR_SPEAKS_AFTER.match(article.doc.fold(match.end, end)[:60].strip().lstrip(" ()\"”’,"))
                      or ACTOR_SPEAKS_BEFORE.search(article.doc.before(match.start, 40)))}
    return speakers


def sentence_toll(folded: str, values: list[int], first_end: int = 0) -> int:
    """One sentence's figure from the figures it states (see the module's docstring), the first of them ending at
    *first_end*: the figures of separate strikes add up only when the next strike is named after that figure (an
    ordinal before it tells which strike the sentence's is: "a second drone struck a house, killing a man, while
    activists said two", "استهدفت مسيرة ثانية منزلاً … فيما قال ناشطون إن الهجوم أودى بحياة شخصين").

    >>> sentence_toll("the first killed three and the second killed four", [3, 4], 22)
    7
    >>> sentence_toll("it killed seven, while others put the toll at four", [7, 4])
    4
    >>> sentence_toll("the second strike killed three, while activists said four were killed", [3, 4], 30)
    3
    >>> sentence_toll("two terrorists were killed, while a soldier was martyred", [2, 1], 3)
    3
    """
    if len(values) > 1 and (_SEPARATE.search(folded, first_end) or _OWN_SIDES_DEAD.search(folded, first_end)):
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


def _sentence_fold(doc: Document, unnumbered: str, index: int) -> Folded | Normalized:
    """Sentence *index* folded as figures read it: the document's fold, unless a name holding
    a number was blanked in it (*unnumbered*: ``_without_numbered_names``), rare enough to fold again."""
    start, end = doc.spans[index]
    if unnumbered is doc.text or unnumbered[start:end] == doc.text[start:end]:
        return doc.sentence(index)
    return normalize(unnumbered[start:end])


def _without_numbered_names(text: str, matches: list[Match]) -> str:
    """*text* with the names that hold a number ("Deir Ezzor 24", "Kurdistan 24") or a weekday ("قرية حسن جمعة",
    a village named for a man) blanked, same length (*text* itself when none): "Deir Ezzor 24 said four were killed"
    counts four, not 24, and "shelling on the outskirts of Hasan Jum'ah" names no Friday.
    (Event and casualty words are no names: Arabizi writes letters as digits, "4 jar7a".)"""
    numbered = [m for m in matches if m.watchlist not in (STRIKE, VICTIMS) and (
        any(map(str.isdigit, m.matched_text)) or _weekday_in_name(m.folded))]
    for match in numbered:
        text = text[:match.start] + "_" * (match.end - match.start) + text[match.end:]
    return text


def _weekday_in_name(folded: str) -> bool:
    """Whether a name of several words (folded) holds an Arabic weekday ("حسن جمعه") that no head word before it
    already makes the name's (``AR_WEEKDAY_NAME_HEADS``: "تل جمعه" is read as no day)."""
    words = folded.split()
    return len(words) > 1 and any(word.removeprefix("ال") in figures.AR_WEEKDAYS
                                  and not (n and words[n - 1] in AR_WEEKDAY_NAME_HEADS) for n, word in enumerate(words))


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
    moment = _local_time(timestamp, region_offset)
    if moment is not None:
        return moment.date()
    try:
        return date.fromisoformat(timestamp) if timestamp else None   # a bare day
    except ValueError:
        return None


def _local_time(timestamp: str | None, region_offset: timedelta) -> datetime | None:
    """The publication time in the region (see ``_local_day``), None for a bare day or none."""
    try:
        moment = datetime.fromisoformat(timestamp) if timestamp and len(timestamp) > 10 else None
    except ValueError:
        return None
    if moment is not None and moment.utcoffset() in (None, timedelta(0)):
        moment = moment.replace(tzinfo=None) + region_offset
    return moment


# A post before this local hour is written in the night that began the day before
SMALL_HOURS_END = 4


def _evening_day(timestamp: str | None, region_offset: timedelta) -> date | None:
    """The day "this evening" and "tonight" ("مساء اليوم", "ليل اليوم") name in a post of the local small hours
    (before ``SMALL_HOURS_END``): the day before its publication day, whose night it is written in; else None
    (the publication day). A flash at 00:00 local of "a strike ليل اليوم" tells Thursday night's strike, as the
    wire's "late on Thursday" does the next morning (bilingual_blind6.yaml, Al-Sha'fah).

    >>> three = timedelta(hours=3)
    >>> _evening_day("2025-11-06T21:00:00Z", three), _evening_day("2025-11-06T19:30:00Z", three)
    (datetime.date(2025, 11, 6), None)
    """
    moment = _local_time(timestamp, region_offset)
    return moment.date() - timedelta(days=1) if moment is not None and moment.hour < SMALL_HOURS_END else None


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
