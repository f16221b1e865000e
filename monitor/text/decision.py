"""The coding decision: which violent event an article reports, and whether it is a strike report.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> doc = Document.of("A drone strike on a car near Boukamal killed nine fighters on Tuesday.")
    >>> decision = decide_strike_report(doc, match_watchlists(doc, lexicon), lexicon.matching)
    >>> decision.is_event, decision.sub_event_type, decision.is_strike_report, decision.score
    (True, 'Air/drone strike', True, 1.5)

The codebook, sentence by sentence: what the sentence says happened, not which words co-occur.

1. An event term (watchlist ``strike``) reports nothing when a ``not_strike`` cue governs
   it: a ``modality`` cue (threat, plan, condition, denial) in the 8 words before it; a
   ``reaction`` or ``aftermath`` cue (protest, funeral, anniversary, analysis; flight,
   aid, troop movements) anywhere before it in the sentence, an aftermath cue only when
   the sentence states no toll ("fled as shelling hit the town, killing two" is a
   strike); an ``other sense`` cue (labour or hunger strike, sport) anywhere in the
   sentence; a ``no attack`` cue (reconnaissance, flying over, a cargo plane landing) voids
   the aircraft terms within 3 words of it: aircraft that strike nothing; a ``no blast`` cue ("دون أن
   تنفجر", "without exploding") voids the sentence's aircraft terms: a drone that crashed; a habit in the
   term's clause ("drones have struck the area frequently": ``HABIT``) is no strike. A background
   clause (a war toll, an earlier incident: ``BACKGROUND``) and what follows it report no
   event of this article; nor does a sentence that opens "Elsewhere" (``ELSEWHERE``) and names
   no place of ours: a strike outside the region, in a wire story's round-up. An article whose headline
   or lead reacts to a strike (an inquiry, a funeral, a condemnation: a reaction cue governs every event
   term of its first sentence with one) reports no event: the strike it recalls is of days before.
2. A sentence with an event term left reports an event of the type its terms and cues
   say, the first rule that applies: Suicide bomb; old ordnance going off (a ``remnant``
   cue: "an unexploded shell exploded", "من مخلفات الحرب") is Remote explosive/landmine/IED;
   a clash term with an ``exchange`` cue ("the fighters returned fire") or a ``conjunction``
   cue (clashes "in conjunction with" airstrikes) is Armed clash, an exchange cue alone too; an interception term, or an IED with a
   ``defused`` cue, without an ``impact`` cue (Disrupted weapons use; a downed drone that "fell in
   a field" hit nothing: ``FELL_HARMLESSLY``); Grenade; Remote
   explosive/landmine/IED; Air/drone strike; Armed clash (clashes, also with shelling
   "amid clashes"); Shelling/artillery/missile attack; gunmen, shootings and executions
   (Attack, an Armed clash on an ``armed target`` named after them); "attacked" (an Armed
   clash, an Attack on a ``civilian target`` named after it); then the generic senses: a strike of unstated kind (Air/drone strike) or a
   blast of unstated cause (Remote explosive/landmine/IED).
3. The article's event is the type of its first sentence typed by a remnant or exchange
   cue (the codebook settles those whatever the other sentences call the strike), else
   the type most of its sentences name by a specific term (a tie: the first), else the first sentence's generic type; an interception with no impact in
   any event sentence makes it Disrupted weapons use (else the attack that hit is the
   event). It is an event when one window holds every ``require`` watchlist and an
   unvoided event term, and scores ``min_score``.
4. A strike report is an event of one of ``matching.strike_types``.
5. Wire copy tells the strike first and its place with its victims: "US forces conducted a
   strike in eastern Syria that killed an IS official. … the official was killed near
   Al-Busayrah". A strike sentence that lacks a ``require`` watchlist (the place) takes it
   from a following sentence that reports the strike's victims (a ``casualties`` term) and
   reports no event (another strike, or a strike sentence of its own; "was planning attacks"
   reports none), no other time
   (``ANOTHER_TIME``), no background (``BACKGROUND``) and no other incident ("separately",
   "meanwhile", "وفي سياق اخر"), with no such sentence between (``PLACE_LATER`` sentences
   on at most): that sentence reports the strike too. So does the sentence right before it that
   placed the victims the strike sentence names again (``VICTIMS_AGAIN``: "Turkish forces
   neutralised three PKK terrorists in the Metina region. The terrorists were hit by armed drones").
6. A post's list under a strike line places its strikes: each item right under it (a bullet
   line, or a line a place heads before a colon or a bar) that names a place and no event term of
   its own reports a strike of that line's type ("قصف تركي بالمسيرات على ريف ديرك" over "▪️ سيارة
   على طريق كركي لكي: ٣ جرحى", "حصيلة قصف المسيرات اليوم" over "عامودا: منزل وإصابة امرأة").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.text import figures
from monitor.text.document import Document
from monitor.text.places import line_head
from monitor.text.sentences import closing_tags, list_before, list_item, list_start, windows
from monitor.vocabulary import (WIDE_CUES, AIRCRAFT_SENT, DROPPED, AIRCRAFT_SUMMONED, BACKING_AIRCRAFT, RAID_ARREST, DEFINITE, THE_BEFORE, FORMER_MEMBER, NO_EVENT_LABEL, EVENT_LABEL, NOTE_TAG, ACTORS, AIR, AIRCRAFT_AFTER_GAP, AIRCRAFT_AGENT, AIRCRAFT_BEFORE_GAP, BY_STRIKE_GAP, DOING_BEFORE, GROUND_ARM_AFTER, GROUND_ARM_BEFORE, ARM_AIRCRAFT, HEARD, NONE_OF, WRECKED, AIRCRAFT_DESTROYED, ANOTHER_MOMENT, ANOTHER_TIME, PERFECT_HABIT,
                                APART_FROM_EXCHANGE, ARABIC_DAYS_AFTER, ATTACK, CONDEMNING, BACKGROUND, BOMBARD, CAME_AFTER, CAME_AFTER_AR, HOURS_AFTER, CLASH, CLAUSE_START, CUES, WHERE_CLAUSE, NEWS_RESUMES, HABIT, DENIAL, DENIED_REPORTS, DISRUPTED, DURING_BEFORE, ELSEWHERE, OVERHEAD, STRIKE_ABROAD, STRUCK_TODAY, STRUCK_WITH_AIRCRAFT, STRUCK_YESTERDAY, UNDONE, UNFIRED, PLANTING_BEFORE, HAZARD, FELL_HARMLESSLY, WRECKAGE, FRAME, GENERIC, GROUND_ATTACK, IED,
                                GROUND_SIDES, NAME_CLAUSE_END, NEGATED, NOT_STRIKE, OLD_FOOTAGE, PERIOD_TOTAL, PLACELESS, SHELLING,
                                STATE_AFTER_STRIKE, STATE_BEFORE_STRIKE, STRIKE,
                                STRIKE_NOUN_AFTER, STRIKE_SUBJECT, STRIKE_SUBJECT_AR, STRIKING_SIDES, SUB_EVENT_TYPES, TALLY)

if TYPE_CHECKING:
    from monitor.config import MatchingConfig
    from monitor.text.watchlists import Match

# Rule 2's order of the specific types (the interception rule sits after Suicide bomb).
_PRECEDENCE = ["Suicide bomb", "Grenade", IED, AIR, CLASH, SHELLING]
MODAL_SCOPE = 8    # words after a modality cue that it governs
AIRCRAFT_SCOPE = 3    # words either side of a "no attack" cue (reconnaissance, flying over) it governs
LEAD = 2              # the headline and the lead: the sentences whose event is the article's (rule 1)
PLACE_LATER = 2       # sentences after a strike sentence that may tell its place with its victims (rule 5)
# A strike sentence opening on the victims the sentence before it placed, named again (text as written): "The terrorists
# were hit by armed drones", "They were targeted …", "وأوضحت الوزارة أن الإرهابيين استهدفوا بضربة جوية" (rule 5)
VICTIMS_AGAIN = re.compile(r"\W*(?:(?:The|These|Those|All|Both)(?: \w+)? (?:terrorists|militants|fighters|members|men|victims)"
                           r"|They)\b|(?:\S+ ){0,5}?(?:أن|بأن) (?:الإرهابيين|الإرهابيون|المسلحين|المسلحون|العناصر|القتلى)(?=\s)")
# A thread's update opening its line with its time: "[14:09] …", "09:31 – …", "📌 18:40 | …", "23:50 — …" (rule 5)
TIMED_LINE = re.compile(r"[^\w\s]{0,3}\s*(?:\[\d{1,2}[:.]\d{2}\]|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[-–—|])\s", re.IGNORECASE)
VICTIMS = "casualties"   # the watchlist whose terms tell a strike's victims (rule 5)
# A sentence about another incident than the one before it (rule 5): "Separately, two men were killed in X".
OTHER_INCIDENT = re.compile(r"\b(?:separately|meanwhile|elsewhere|also|another|other|earlier|later|in a (?:separate|similar))\b"
                            r"|(?:^|\s)(?:و?في (?:سياق|حادث\w*|تطور) (?:اخر|منفصل\w*)|من (?:جهه|ناحيه) اخري|و?كما|ايضا|بدوره"
                            r"|في وقت (?:سابق|لاحق)|و?في غضون)(?=\s|$)")
# The codebook's cues that settle a sentence's type whatever else the event's sentences say:
# old ordnance going off is an IED ("an unexploded shell exploded"), a strike in an exchange
# of fire between the parties an Armed clash ("the fighters returned fire").
DECISIVE = {"remnant": IED, "exchange": CLASH, "conjunction": CLASH, "unexplained": IED, "side's drone": CLASH}
# Event terms naming an aircraft (not what it did): "a reconnaissance drone", "planes seen above".
AIRCRAFT = re.compile(r"drone|plane|aircraft|jet|helicopter|bomber|f.?16|air force|aviation|طائر|طاير|طيار|طيران|مسير|مروحي|مقاتلات|درون"
                      # (a drone named by its model: "A Bayraktar TB2 struck", "طائرة بيرقدار", "أقنجي" folded)
                      r"|قو[ةه] (?:ال)?جوي|bayraktar|akinci|akıncı|\btb2\b|بيرقدار|[اأآ]قنجي|[اأآ]كي?نجي"
                      # (Kurmanji's and Sorani's aircraft, as written: "firokeya bêmirov", "balafirên şer", "dronê",
                      # "فڕۆکەی بێفڕۆکەوان", "درۆنێک")
                      r"|firoke|balafir|dron|فڕۆکە|درۆن")

_WORD = re.compile(r"\S+")
# A coded note's type label ("Armed clash: ", EVENT_LABEL) -> the type it names, where the coder has that type
_LABELLED_TYPES = {name.casefold(): name for name in SUB_EVENT_TYPES}


@dataclass(frozen=True)
class Decision:
    is_strike_report: bool
    score: float
    sub_event_type: str | None = None      # the event's ACLED type; None: no violent event
    sentences: tuple[int, ...] = ()        # indices (sentence_spans) of the sentences reporting it
    kinds: tuple[tuple[str, bool], ...] = ()   # each of those sentences' (type, named by a specific term)
    impact: bool = False                   # a sentence says something hit (rule 3)
    decisive: tuple[int, ...] = ()         # sentences a codebook cue typed (rule 3)

    @property
    def is_event(self) -> bool:
        return self.sub_event_type is not None

    @property
    def event_type(self) -> str | None:
        return SUB_EVENT_TYPES.get(self.sub_event_type)

    def type_of(self, sentences: list[int]) -> str | None:
        """The type of the event that *sentences* (some of ``self.sentences``) report (rule 3).

        >>> from monitor.config import load_config
        >>> from monitor.text import analyse, lexicon_for
        >>> decision = analyse("Turkish drones struck a car in Amuda, killing two. Turkish artillery "
        ...                    "shelled villages near Tal Tamr.", None, lexicon_for(load_config("config.yaml"))).decision
        >>> decision.type_of([0]), decision.type_of([1])   # each strike of a round-up: its own sentences' type
        ('Air/drone strike', 'Shelling/artillery/missile attack')
        """
        kinds = {index: kind for index, kind in zip(self.sentences, self.kinds) if index in sentences}
        return article_type(kinds, self.impact, set(self.decisive)) if kinds else self.sub_event_type


def decide_strike_report(doc: Document, matches: list[Match], matching: MatchingConfig) -> Decision:
    """The article's event (type, reporting sentences) and whether it is a strike report.

    The score of a window is the sum of the weights of its matches from the ``score``
    watchlists; the article's match_score is its best window's that reports an event.
    """
    text, spans = doc.text, doc.spans
    if NO_EVENT_LABEL.match(text):      # a coded note of a strategic development or protest
        return Decision(False, 0.0)
    if label := EVENT_LABEL.match(text):   # a coded note's type label: no term of its sentence
        matches = [m for m in matches if m.start >= label.end()]
    # … and the type ACLED's coder gave the note, where it is one of ours ("Armed clash: … a drone …": the clash)
    labelled = label and _LABELLED_TYPES.get(label.group().strip().rstrip(":").strip().casefold())
    by_sentence: dict[int, list[Match]] = {}
    for match in matches:
        by_sentence.setdefault(doc.sentence_of(match.start), []).append(match)
    live: set[Match] = set()              # event terms no cue voids
    built: dict[Match, str] = {}          # weak event terms a strike construction makes a strike -> its kind
    types: dict[int, tuple[str, bool]] = {}   # sentence -> (type, named by a specific term)
    decisive: set[int] = set()            # sentences a codebook cue typed (DECISIVE)
    impact = False
    for index, found in by_sentence.items():
        terms = reported_terms(doc, index, found)
        if not terms or (ELSEWHERE.match(doc.fold(*spans[index]))
                         and not any(m.watchlist in matching.require and m.watchlist != STRIKE for m in found)):
            continue    # "Elsewhere in the region, an air strike on a car in southern Lebanon …": no place of ours
        live.update(terms)
        built.update((term, kind) for term in terms if (kind := construction(doc, spans[index], term, found)))
        # (a grenade a drone drops is the drone's strike: ACLED's Air/drone strike, a non-state actor's drone too)
        built.update((term, "aircraft") for term in terms if dropped_from_aircraft(doc, term, terms))
        # (… as is the killing an aircraft "assassinates": "مسيرة تركية تغتال قيادياً", "اغتالت طائرة مسيرة قيادياً")
        built.update((term, "aircraft") for term in terms if assassinated_by_aircraft(doc, term, found))
        # who was hit is named after the attack ("militants executed three men": no armed target)
        attacked = min((m.start for m in terms if m.category in (ATTACK, GROUND_ATTACK)), default=0)
        cues = {m.category for m in found if m.watchlist == CUES and not _governed(text, found, m)
                and m.category not in TARGETS
                and not (m.category == "impact" and (NEGATED.search(doc.fold(spans[index][0], m.start).strip() + " ")
                                                     or _intercepting(text, found, m)
                                                     or _downed_aircraft_fell(text, found, m)
                                                     or FELL_HARMLESSLY.match(doc.fold(m.end, spans[index][1]))
                                                     or _wreckage(doc, m)))
                and not (m.category == "remnant" and (_hazard(doc, spans[index], m) or _planted(doc, spans[index], m, terms)))
                # an exchange said not to have happened is none: "There was no exchange of fire" (a raid after a strike)
                and not (m.category == "exchange" and _no_exchange_in_it(doc.fold(spans[index][0], m.start)))}
        cues |= victim(text, found, attacked)
        sentence = doc.fold(*spans[index])
        cues |= {cue for cue, wording in WIDE_CUES.items() if (said := wording.search(sentence))
                 and not (cue == "exchange" and _no_exchange_in_it(sentence[:said.start()]))}
        named = [{"aircraft": AIR, "ground": SHELLING}.get(built.get(m), m.category) for m in terms]
        # (a ground arm's bombardment shells unless an aircraft is named: "Army helicopters bombard X" is an air strike)
        categories = [DISRUPTED if _dismantled(text, found, m)
                      else SHELLING if m.category == "strike" and built.get(m, "state") == "state" and AIR not in named
                      and _ground_arm(doc, spans[index], m)
                      else category for m, category in zip(terms, named)]
        # an exchange of fire is a battle whether or not a clash word names it
        types[index] = sentence_type(categories + [CLASH] * ("exchange" in cues), cues)
        if types[index][0] in {DECISIVE[cue] for cue in cues & DECISIVE.keys()}:
            decisive.add(index)
        # a toll says something hit too ("استشهد ثلاثة عسكريين جراء عدوان جوي")
        impact = impact or "impact" in cues or _tolled(doc, spans[index], background_start(doc, index))
    if reaction_lead(doc, by_sentence, types) or other_sense_lead(by_sentence, live):
        return Decision(False, 0.0)
    listed = listed_strikes(doc, by_sentence, types, matching.require)
    for item, head in listed.items():
        types[item] = (types[head][0], False)
    best = 0.0
    # (aircraft aside a ground force's act type nothing, yet weigh in its window: "SNA factions attacked …, supported by
    # Turkish drones")
    kept = [m for m in matches if m.watchlist != STRIKE or m in live or m.category == AIR and AIRCRAFT.search(
        m.matched_text.casefold()) and aircraft_aside(doc, spans[doc.sentence_of(m.start)], m)]
    told_later = {}      # sentence telling a strike's place with its victims -> that strike's sentence (rule 5)
    groups = windows(doc, kept, matching.window)
    if matching.window == "sentence":
        told_later = place_told_later(doc, by_sentence, {doc.sentence_of(m.start) for m in live}, matching.require)
        merged = {doc.sentence_of(group[0].start): group for group in groups}
        for later, index in told_later.items():
            merged[index] = merged[index] + merged.pop(later)
        # (a toll list set out before the sentence that tells its strike places that strike: one window)
        for item, head in listed.items():
            if item < head and item in merged and head in merged:
                merged[head] = merged[head] + merged.pop(item)
        groups = list(merged.values())
    for later, index in told_later.items():
        types[later] = (types[index][0], False)
        impact = impact or _tolled(doc, spans[later], spans[later][1])
    for group in groups:
        present = {m.watchlist for m in group}
        if STRIKE in present and all(name in present for name in matching.require):
            best = max(best, sum(1.0 if m in built else m.weight for m in group if m.watchlist in matching.score))
    score = round(best, 3)
    if labelled:    # the labelled note is one event of its label's type, its sentences all the event's
        types = {index: (labelled, True) for index in (types or range(len(spans)))}
    elif not (best >= matching.min_score and best > 0) or not types:
        return Decision(False, score)
    sub_event_type = article_type(types, impact, decisive)
    return Decision(sub_event_type in matching.strike_types, score, sub_event_type, tuple(sorted(types)),
                    tuple(types[index] for index in sorted(types)), impact, tuple(sorted(decisive)))


def reaction_lead(doc: Document, by_sentence: dict[int, list[Match]], types: dict[int, tuple[str, bool]]) -> bool:
    """Whether the article's lead event is a reaction to a strike of days before (rule 1): the headline or the
    lead is the first sentence with an event term, and a reaction cue governs every event term of it ("Kurdistan
    parliament opens inquiry into deadly strike near Shaqlawa", "القامشلي تشيّع ضحايا الضربة التركية"). The strike
    the article goes on to recall is its background; a strike report that also tells its victims' funeral
    leads with the strike. A strike of today condemned ("أدانت … العدوان الذي استهدف فجر اليوم") is news, so is
    one of yesterday whose funeral or protest the headline or the lead tells ("the funeral of two young men killed by
    a drone strike … the previous evening": ``STRUCK_YESTERDAY``), and so is one during the reaction ("والمدفعية تقصف متينا خلال التشييع": a sentence of *types*, the event
    sentences, dated by it). *by_sentence* holds each sentence's matches.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> def lead_of(text):
    ...     doc = Document.of(text)
    ...     by_sentence = {}
    ...     for match in match_watchlists(doc, lexicon):
    ...         by_sentence.setdefault(doc.sentence_of(match.start), []).append(match)
    ...     return reaction_lead(doc, by_sentence, {})
    >>> lead_of("Hundreds mourn victims of Turkish drone strike in Amuda. The strike hit a car on Tuesday.")
    True
    >>> lead_of("A Turkish drone strike killed two in Amuda. Hundreds attended their funeral.")
    False
    """
    first = min((index for index, found in by_sentence.items() if any(m.watchlist == STRIKE for m in found)),
                default=LEAD)
    if first >= LEAD:
        return False
    found = by_sentence[first]
    reactions = [m for m in found if m.watchlist == NOT_STRIKE and m.category == "reaction"]
    if not reactions or any(STRUCK_TODAY.match(doc.text, term.end) for term in found if term.watchlist == STRIKE):
        return False
    if any(STRUCK_YESTERDAY.match(doc.text, term.end) for index in range(first, LEAD)
           for term in by_sentence.get(index, ()) if term.watchlist == STRIKE):
        return False
    # a condemnation that counts the strike's dead or wounded, in the headline or in the lead right under it, reports it
    lead = next((index for index in sorted(by_sentence) if index > first
                 and any(m.watchlist == STRIKE for m in by_sentence[index])), first)
    if all(_condemning(cue) for cue in reactions) and any(
            _tolled(doc, doc.spans[index], background_start(doc, index)) for index in {first, lead}):
        return False
    during = any(m.watchlist == NOT_STRIKE and m.category == "reaction"
                 and DURING_BEFORE.search(doc.text[max(m.start - 30, 0):m.start]) for index in types for m in by_sentence[index])
    # (nor when an event sentence tells the strike the reaction came hours after: "The protest came hours after a drone
    # strike near X killed two" is that strike's report)
    hours = any(HOURS_AFTER.search(doc.sentence(index).text) for index in types if index >= first)
    return not during and not hours and all(any(_governs(doc.text, cue, term) for cue in reactions)
                              for term in found if term.watchlist == STRIKE)


def other_sense_lead(by_sentence: dict[int, list[Match]], live: set[Match]) -> bool:
    """Whether the article tells another sense of "strike" (rule 1): its headline or lead is of another sense (an
    "other sense" cue: a match, a labour strike), and every event term the article has left is a generic one
    (``GENERIC``: "struck", "hit", "exploded"), the story's metaphors ("a thunderous strike into the top corner", "the
    crowd exploded"), no weapon named. *by_sentence* holds each sentence's matches, *live* the event terms no cue
    voids."""
    return any(m.watchlist == NOT_STRIKE and m.category == "other sense"
               for index in range(LEAD) for m in by_sentence.get(index, ())) \
        and all(m.category in GENERIC for m in live)


def listed_strikes(doc: Document, by_sentence: dict[int, list[Match]], types: dict[int, tuple[str, bool]],
                   require: list[str]) -> dict[int, int]:
    """The list items that place the strikes of the strike sentence heading their list (rule 6):
    {item: its head}. *types* holds the strike sentences, *by_sentence* each sentence's matches. An
    item is a bullet line, or a line a place heads ("كركي لكي: سيارة مدنية", "Amuda | a house").

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> doc = Document.of("قصف تركي على ريف ديرك\\n▪️ سيارة على طريق كركي لكي: ٣ جرحى\\n▪️ منزل في تربه سبي")
    >>> by_sentence = {}
    >>> for match in match_watchlists(doc, lexicon):
    ...     by_sentence.setdefault(doc.sentence_of(match.start), []).append(match)
    >>> listed_strikes(doc, by_sentence, {0: (AIR, False)}, ["strike", "places"])
    {1: 0, 2: 0}
    >>> # (after a line that is a strike of its own, a line naming no victims is no strike)
    >>> listed_strikes(doc, by_sentence, {0: (AIR, False), 1: (AIR, False)}, ["strike", "places"])
    {}
    """
    listed = {}
    for head in sorted(types):
        if list_item(doc.text, doc.spans[head][0]):
            continue
        # (a toll list under a heading of its own that tells no strike, "Casualties by location:", "الحصيلة حسب
        # المناطق:", is the list of the strike sentence above that heading, or, set out before its strike, of the
        # sentence on the line right after the list: "Dargal – 2 killed" over "The toll follows Turkish airstrikes …")
        item, struck = list_start(doc.text, doc.spans, head, types), False
        listed.update({before: head for before in list_before(doc.text, doc.spans, head, types) if before not in listed
                       and STRIKE not in (own := {m.watchlist for m in by_sentence.get(before, [])})
                       and set(require) - {STRIKE} <= own})
        # (a bullet line with a strike word of its own is one of the list, which goes on after it with the lines that
        # tell their victims: "1. Kurd Ahwal village – a car hit, 2 killed" then "2. near Mahriqan – no casualties",
        # not "3- هدوء حذر في هجين")
        while item < len(doc.spans) and (list_item(doc.text, doc.spans[item][0]) or item not in types and any(
                m.watchlist in require and m.watchlist != STRIKE and line_head(doc.text, m) for m in by_sentence.get(item, []))):
            own = {m.watchlist for m in by_sentence.get(item, [])}
            struck = struck or item in types
            if item not in types and STRIKE not in own and set(require) - {STRIKE} <= own and (
                    not struck or VICTIMS in own):
                listed[item] = head
            elif item in types and not types[item][1] and types[head][1]:
                listed[item] = head   # "1. Girik – a house hit" under "Turkish shelling today:": its head's weapon
            item += 1
    return listed


def place_told_later(doc: Document, by_sentence: dict[int, list[Match]], strikes: set[int],
                     require: list[str]) -> dict[int, int]:
    """The sentences that tell the place of the strike of an earlier sentence with its victims
    (rule 5): {that sentence: the strike's sentence}. *by_sentence* holds each sentence's
    matches, *strikes* the sentences with an event term that reports an event.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> doc = Document.of("A strike killed an IS official, CENTCOM said. He was killed near Al-Busayrah.")
    >>> by_sentence = {}
    >>> for match in match_watchlists(doc, lexicon_for(load_config("config.yaml"))):
    ...     by_sentence.setdefault(doc.sentence_of(match.start), []).append(match)
    >>> place_told_later(doc, by_sentence, {0}, ["strike", "places"])   # sentence 1 places sentence 0's strike
    {1: 0}
    """
    told = {}
    for index in sorted(strikes):
        found = by_sentence.get(index, [])
        wanted = set(require) - {m.watchlist for m in found}
        if not wanted or wanted & {STRIKE, VICTIMS}:
            continue
        # the first later sentence with the place and victims, unless one up to it turns to another strike or time
        # (most strikes have none: no sentence is searched for background)
        # (or the tags closing the post, its place when it names none: "Drone strike on a car. 2 killed. #Derik")
        # (or the line under the strike's that names its place alone: "قصف مسيرة تركية الآن" then "دوكر، تربه سبيه")
        later = next((later for later in range(index + 1, min(index + 1 + PLACE_LATER, len(doc.spans)))
                      if wanted <= {m.watchlist for m in by_sentence.get(later, [])}
                      and (any(m.watchlist == VICTIMS for m in by_sentence[later])
                           or closing_tags(doc.text, doc.spans[later])
                           or (later == index + 1 and _names_only(doc, later, by_sentence[later], wanted)))), None)
        if later is not None and not any(between in strikes or _turns_away(doc.sentence(between).text)
                                         for between in range(index + 1, later + 1)):
            told[later] = index
        # (or the sentence right before, whose victims in that place the strike's names again: "Turkish forces
        # neutralised three PKK terrorists in the Metina region." then "The terrorists were hit by armed drones"; an
        # attack it says they prepared is no event of its own: "who were detected preparing an attack on a base")
        elif index and (before := index - 1) not in told \
                and wanted <= {m.watchlist for m in by_sentence.get(before, [])} \
                and (any(m.watchlist == VICTIMS for m in by_sentence[before]) or _tolled(doc, doc.spans[before], doc.spans[before][1])) \
                and VICTIMS_AGAIN.match(doc.text, *doc.spans[index]):
            told[before] = index
        # (or, in a thread of time-stamped lines minutes apart, the nearest line before that names the place: "[14:02]
        # Explosion heard near X" then "[14:09] Confirmed: a drone struck a car"; the confirmation's place is the alert's)
        elif (before := next((before for before in range(index - 1, max(-1, index - 1 - PLACE_LATER), -1)
                              if wanted <= {m.watchlist for m in by_sentence.get(before, [])}), None)) is not None \
                and before not in told and all(_timed_line(doc, line) for line in range(before, index + 1)):
            told[before] = index
    return told


def _timed_line(doc: Document, index: int) -> bool:
    """Whether sentence *index* opens a line with its time, a thread's update: "[14:09] …", "09:31 – …", "📌 18:40 | …"."""
    start = doc.spans[index][0]
    return not doc.text[doc.text.rfind("\n", 0, start) + 1:start].strip() and bool(TIMED_LINE.match(doc.text, start))


def _names_only(doc: Document, index: int, found: list[Match], names: set[str]) -> bool:
    """Whether sentence *index* is a line of names alone (*found* its matches, *names* the watchlists of the names):
    "Girê Reş – Derik", "دوكر، تربه سبيه"; no word but the places' own.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("Shelling now\\nTal Baz – Derik")
    >>> _names_only(doc, 1, [Match("places", "Tall Baz", "Tal Baz", 13, 20), Match("places", "Derik", "Derik", 23, 28)],
    ...             {"places"})
    True
    >>> _names_only(doc, 1, [Match("places", "Derik", "Derik", 23, 28)], {"places"})
    False
    """
    start, end = doc.spans[index]
    if "\n" not in doc.text[max(0, start - 1):start]:
        return False
    rest = list(doc.text[start:end])
    for match in found:
        if match.watchlist in names:
            rest[match.start - start:match.end - start] = " " * (match.end - match.start)
    return not any(char.isalnum() for char in rest)


def _turns_away(folded: str) -> bool:
    """Whether a folded sentence turns to background, another time or another incident."""
    return bool(BACKGROUND.search(folded) or ANOTHER_TIME.search(folded) or OTHER_INCIDENT.search(folded))


def construction(doc: Document, span: tuple[int, int], term: Match, found: list[Match]) -> str | None:
    """The strike construction a weak event term of the sentence at *span* (whose matches are
    *found*) stands in: "state" (a state's adjective governs the strike noun), "aircraft" (an
    aircraft of the watchlists, or one of the ``STRIKING_SIDES``, struck), "ground" (one of the
    ``GROUND_SIDES`` bombarded: shelling), or None.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> def construction_of(sentence, word):
    ...     doc = Document.of(sentence)
    ...     found = match_watchlists(doc, lexicon)
    ...     return construction(doc, doc.spans[0], next(m for m in found if m.matched_text == word), found)
    >>> construction_of("قصف تركي على محيط بلدة عين عيسى", "قصف")
    'state'
    >>> construction_of("قصفت مسيرة تركية قرية في ريف القامشلي", "قصفت")
    'aircraft'
    >>> construction_of("A car was blown up by a drone near Hajin", "drone")
    'aircraft'
    >>> construction_of("مقتل قيادي في وحدات حماية الشعب بقصف لمسيرة تركية في القامشلي", "قصف")
    'aircraft'
    """
    if term.weight >= 1:
        return None
    after = " " + doc.fold(term.end, span[1]).strip()
    before = doc.fold(span[0], term.start).strip() + " "
    if term.category == AIR and AIRCRAFT.search(term.matched_text.casefold()):
        return "aircraft" if AIRCRAFT_DESTROYED.match(after) or AIRCRAFT_AGENT.search(before) else None
    if term.category != "strike":
        return None
    if STATE_AFTER_STRIKE.match(after) or STATE_BEFORE_STRIKE.search(before) and STRIKE_NOUN_AFTER.match(after):
        return "state"
    arabic = not term.matched_text.isascii()
    bombard = bool(BOMBARD.match(doc.fold(term.start, term.end).strip()))
    # (in Arabic the construct's second noun first: "مقتل قيادي في وحدات حماية الشعب بقصف مسيرة تركية" is the drone's
    # strike, not the bombardment of the side named before it)
    for subject in sorted(found, key=lambda match: match.start < term.start) if arabic else found:
        # an aircraft did it ("aircraft"), a side that strikes from afar ("state": its
        # weapon, if the sentence names one, gives the type: "قصفت المدفعية التركية" is shelling), or a
        # side without aircraft bombarded ("ground": "قوات النظام قصفت بلدة ذيبان" is shelling)
        kind = "aircraft" if AIRCRAFT.search(subject.matched_text.casefold()) else (
            "ground" if bombard and subject.watchlist == ACTORS and subject.term in GROUND_SIDES else "state")
        if subject.watchlist not in (STRIKE, ACTORS) or kind == "state" and subject.term not in STRIKING_SIDES:
            continue
        if arabic and subject.start >= term.end and AIRCRAFT_AFTER_GAP.match(doc.fold(term.end, subject.start)):
            return kind
        if subject.end <= term.start and AIRCRAFT_BEFORE_GAP.match(doc.fold(subject.end, term.start).strip() + " ") and not (
                arabic and BY_STRIKE_GAP.match(doc.fold(subject.end, term.start))
                and not DOING_BEFORE.search(doc.fold(span[0], subject.start))):
            return kind
    return None


# An assassination verb (folded), gunmen's act unless an aircraft is its subject
_ASSASSINATES = re.compile(r"[وف]?(?:اغتال|اغتالت|اغتالوا|يغتال|تغتال|يغتالون)")


def assassinated_by_aircraft(doc: Document, term: Match, found: list[Match]) -> bool:
    """Whether Attack term *term* is an assassination verb whose subject is an aircraft of its sentence's matches *found*
    (before it, or right after the verb): the drone that assassinates struck, an Air/drone strike.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("مسيرة تركية تغتال قيادياً")
    >>> drone, verb = Match("actors", "x", "مسيرة تركية", 0, 11), Match("strike", "gunmen", "تغتال", 12, 17, ATTACK)
    >>> assassinated_by_aircraft(doc, verb, [drone, verb]), assassinated_by_aircraft(doc, verb, [verb])
    (True, False)
    """
    if term.category != ATTACK or not _ASSASSINATES.fullmatch(doc.fold(term.start, term.end).strip()):
        return False
    return any(subject.watchlist in (STRIKE, ACTORS) and AIRCRAFT.search(subject.matched_text.casefold()) and (
        subject.end <= term.start and AIRCRAFT_BEFORE_GAP.match(doc.fold(subject.end, term.start).strip() + " ")
        or subject.start >= term.end and AIRCRAFT_AFTER_GAP.match(doc.fold(term.end, subject.start))) for subject in found)


def dropped_from_aircraft(doc: Document, term: Match, terms: list[Match]) -> bool:
    """Whether Grenade term *term* names the munition an aircraft term of its sentence's *terms* drops (``DROPPED``
    between the two, five words at most, or right before the aircraft named first): an air/drone strike.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("IS used a drone to drop a grenade on a post.")
    >>> drone, grenade = Match("strike", "drone", "drone", 10, 15, AIR), Match("strike", "grenade attack", "grenade", 26, 33, "Grenade")
    >>> dropped_from_aircraft(doc, grenade, [drone, grenade]), dropped_from_aircraft(doc, grenade, [grenade])
    (True, False)
    """
    if term.category != "Grenade":
        return False
    for aircraft in terms:
        if aircraft.category != AIR or not AIRCRAFT.search(aircraft.matched_text.casefold()):
            continue
        first, second = sorted((aircraft, term), key=lambda match: match.start)
        between = doc.text[first.end:second.start]
        if len(between.split()) <= 5 and (DROPPED.search(between) or first is aircraft and DROPPED.search(
                " ".join(doc.text[max(0, first.start - 20):first.start].split()[-1:]))):
            return True
    return False


def _ground_arm(doc: Document, span: tuple[int, int], term: Match) -> bool:
    """Whether generic strike term *term* of the sentence at *span* is the bombardment of a ground arm (an army, troops,
    bases: ``GROUND_ARM_AFTER``, ``GROUND_ARM_BEFORE``), which shells.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("قصفت القواعد العسكرية التركية أطراف القرى")
    >>> _ground_arm(doc, doc.spans[0], Match("strike", "struck", "قصفت", 0, 4, "strike"))
    True
    """
    before = doc.fold(max(span[0], term.start - 60), term.start).strip() + " "
    # (not the arm hit "بقصف": "إصابة ثلاثة من عناصر الجيش السوري بقصف موقعهم" is a bombardment of the army)
    return bool(GROUND_ARM_AFTER.match(" " + doc.fold(term.end, span[1]).strip())
                or ((arm := GROUND_ARM_BEFORE.search(before)) and not ARM_AIRCRAFT.search(before, arm.start())
                    and not (BY_STRIKE_GAP.match(before[-3:].strip()) and not DOING_BEFORE.search(before[:arm.start()]))))


def _struck_with(doc: Document, terms: list[Match], aircraft: Match) -> bool:
    """Whether aircraft term *aircraft* is the instrument or agent of a generic strike word of *terms* right before it
    (``STRUCK_WITH_AIRCRAFT``): it struck, though a "flying over" cue beside it tells of other aircraft.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("استهداف سيارة بطائرة مسيرة وسط تحليق مكثف للطيران")
    >>> strike, drone = Match("strike", "struck", "استهداف", 0, 7, "strike"), Match("strike", "drone", "طائرة مسيرة", 15, 26, AIR)
    >>> _struck_with(doc, [strike, drone], drone), _struck_with(doc, [drone], drone)
    (True, False)
    """
    return any(other.category == "strike" and other.end <= aircraft.start
               and STRUCK_WITH_AIRCRAFT.match(doc.fold(other.end, aircraft.start)) for other in terms)


def _wreckage(doc: Document, impact: Match) -> bool:
    """Whether the impact word *impact* tells a downed weapon's wreckage falling (``WRECKAGE``), which hit nothing.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("Troops cordoned off farmland where debris fell.")
    >>> _wreckage(doc, Match("event_cues", "hit", "fell", 42, 46, "impact"))
    True
    """
    return bool(WRECKAGE.search(doc.fold(max(0, impact.start - 50), impact.start))
                or WRECKAGE.match(doc.fold(impact.end, impact.end + 30)))


def reported_terms(doc: Document, index: int, found: list[Match]) -> list[Match]:
    """The event terms of sentence *index* (its matches *found*) that report an event (rule 1)."""
    terms = [m for m in found if m.watchlist == STRIKE]
    if not terms:
        return []
    cues = [m for m in found if m.watchlist == NOT_STRIKE]
    if any(cue.category == "other sense" for cue in cues) or OLD_FOOTAGE.search(doc.sentence(index).text):
        return []   # no weapon ("hunger strike"), or old footage of a strike reposted
    text, span = doc.text, doc.spans[index]
    cut = background_start(doc, index)
    # aircraft that strike nothing: "a reconnaissance drone", "drones flying over the town", a drone that fell
    # and did not go off ("سقوط طائرة مسيرة … دون أن تنفجر": a "no blast" cue anywhere in the sentence)
    # (and an aircraft named with where it flies: "Drones over Tal Afar", "طائرة فوق رؤوسهم"); a strike said not
    # made is none, nor are the sentence's aircraft ("حلقتا لساعات من دون أن تنفذا أي استهداف")
    before = {term.start: doc.fold(span[0], term.start) for term in terms}   # each term's sentence before it, folded once
    undone = [term for term in terms if UNDONE.search(before[term.start].strip() + " ")
              or term.category in (IED, "Suicide bomb") and _hazard(doc, span, term)   # ordnance as a hazard: "the risk of mines"
              or term.category == SHELLING and _unfired(doc, span, found) and not _dismantled(text, found, term)]
    # a weapon only heard is none, nor one said not to have happened ("No fighting was reported"), yet either leaves the
    # sentence's aircraft theirs ("إنزال جوي لمروحيات … وسماع أصوات إطلاق نار")
    heard = [term for term in terms if term.category not in GENERIC and HEARD.search(before[term.start].strip() + " ")
             or NONE_OF.search(before[term.start].strip() + " ")]
    # (air strikes that back a ground force's act are its support, no strike of their own either: "troops, backed by
    # airstrikes, recaptured the hills", "بإسناد غارات جوية"; a clash they back stays a clash: WIDE_CUES)
    idle = undone + heard + [term for term in terms if term.category == AIR and (BACKING_AIRCRAFT.search(
        before[term.start].strip() + " ") or AIRCRAFT.search(term.matched_text.casefold()) and (
        undone or OVERHEAD.match(doc.fold(term.end, span[1])) or WRECKED.search(before[term.start].strip() + " ")
        or aircraft_aside(doc, span, term) or any(
            cue.category == "no attack" and _near(text, cue, term, AIRCRAFT_SCOPE) and not _struck_with(doc, terms, term)
            or cue.category == "no blast" for cue in cues)))]
    # "طائرة مسيرة انتحارية", "هجوم بطائرات مسيرة مفخخة": the word right after an aircraft term is the
    # drone's kind (a loitering munition: an air/drone strike), not a suicide bombing or a car bomb; so it is after the
    # drone's state ("طائرة مسيرة إيرانية مفخخة")
    drones_kind = [term for term in terms if term.category in ("Suicide bomb", IED) and any(
        other.category == AIR and 0 <= term.start - other.end and _DRONES_STATE.fullmatch(doc.fold(other.end, term.start))
        for other in terms)]
    # a bomb the side an aircraft struck was planting is what its men did, not the weapon ("مروحية للتحالف تستهدف عناصر
    # من داعش أثناء زرعهم لغماً", "a drone struck militants while they were planting an IED"); a bomb that went off on
    # its planters, no aircraft in the sentence, stays the weapon
    planted = [term for term in terms if term.category == IED and _planted(doc, span, term, [t for t in terms if t not in idle])]
    # a strike on a country abroad ("after Israeli strikes on Iran") is background, however near a place of ours
    abroad = [term for term in terms if STRIKE_ABROAD.match(doc.fold(term.end, span[1]))]
    # air defence systems asked for, sent or deployed ("demanded air defence systems", "يطالبون بمنظومات دفاع جوي")
    # intercepted nothing, nor struck the drones they are meant to stop ("systems capable of detecting drones",
    # "قادرة على رصد الطائرات المسيرة") (not systems that fought a drone: "تصدت منظومات الدفاع الجوي لمسيرة")
    equipment = [term for term in terms if term.category == DISRUPTED and (
        _SYSTEMS_BEFORE.search(before[term.start]) or _SYSTEMS_AFTER.match(text, term.end))
        and _SYSTEMS_WANTED.search(before[term.start])
        or term.category == AIR and _DEFENDED_AGAINST.search(before[term.start])]
    ground_raid = [term for term in terms if term.category == "strike" and term.matched_text.casefold() in ("raid", "raids")
                   and RAID_ARREST.search(doc.fold(*span))]
    tags = [tag.span() for tag in NOTE_TAG.finditer(text, *span)]   # a coded note's tag: "[women targeted: …]"
    terms = [term for term in terms if term not in idle and term not in drones_kind and term not in planted and term not in abroad
             and term not in equipment
             and term not in ground_raid and not _habitual(doc, span, term)
             and not any(start <= term.start < end for start, end in tags)]
    # "استهداف رتل شاحنات", "a drone struck an aid convoy": a convoy a strike term hits is its target, no
    # troop movement or aid after the strikes
    cues = [cue for cue in cues if cue.category not in ("no attack", "no blast") and not (
        cue.category == "aftermath" and _struck(text, terms, cue))]
    governed = [term for term in terms if any(_governs(text, cue, term) and not _hours_after(doc, cue, term) for cue in cues)]
    if governed and _tolled(doc, span, cut) and all(cue.category == "aftermath" or _condemning(cue)
                                                    for cue in cues if any(_governs(text, cue, term) for term in governed)):
        governed = []   # "fled as shells hit the town, killing two": flight beside a strike's toll is its news (so is
        # the strike a statement condemns with its toll: "condemned a drone strike that killed two civilians near X")
    terms = [term for term in terms if term.start < cut and term not in governed]
    # "the attack", "الهجوم" after another event term of the sentence tells that event again, no ground attack of its
    # own ("A strike hit a house …, while activists said the attack killed two", "… وأسفر الهجوم عن مقتل رجل")
    terms = [term for term in terms if not (term.category == GROUND_ATTACK and _named_again(doc, term)
                                            and any(other.start < term.start for other in terms))]
    return _told_hours_before(doc, index, terms)


def _told_hours_before(doc: Document, index: int, terms: list[Match]) -> list[Match]:
    """The event terms of sentence *index* that tell the strike its subject "came hours after" (``HOURS_AFTER``), in
    that strike's clause: "The protest came hours after a drone strike on a car near X killed two", "وجاء الانفجار بعد
    ساعات من ضربة جوية … قرب قرية X، أسفرت عن …, رجح أن تكون العبوة قد زرعت" reports the strike, not the explosion its
    subject names again nor the bomb of a later clause; *terms* unchanged in a sentence without that subject."""
    folded = doc.sentence(index)
    came = HOURS_AFTER.search(folded.text)
    if not came or not re.match(r"\s?[وف]?(?:came|comes|come|ياتي|تاتي|جاء|جاءت)\b", came.group()):
        return terms    # (", hours after a drone hit X": the sentence's own strike before it is news too)
    start, end = doc.spans[index][0] + folded.origin(came.end()), doc.spans[index][1]
    after = [term for term in terms if term.start >= start]
    if not after:
        return terms
    stop = _BREAK.search(doc.text, after[0].end, end)
    return [term for term in after if term.start < (stop.start() if stop else end)]


def aircraft_aside(doc: Document, span: tuple[int, int], term: Match) -> bool:
    """Whether aircraft term *term* of the sentence at *span* names aircraft beside a ground force's act, no strike of
    their own: backing it ("the army, backed by army aviation, launched a clearing operation": ``BACKING_AIRCRAFT``),
    covering it or sent for once it was over ("helicopters covered the raid", "aircraft were then called in":
    ``AIRCRAFT_SENT``, ``AIRCRAFT_SUMMONED``). They strike nothing, yet count to the act's score (a clash "supported
    by Turkish drones" is an event).

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("IS attacked a post; aircraft were then called in.")
    >>> aircraft_aside(doc, doc.spans[0], Match("strike", "warplanes", "aircraft", 20, 28, AIR))
    True
    """
    before = doc.fold(span[0], term.start).strip() + " "
    return bool(AIRCRAFT_SENT.match(doc.fold(term.end, span[1])) or BACKING_AIRCRAFT.search(before)
                or AIRCRAFT_SUMMONED.search(before))


def _named_again(doc: Document, term: Match) -> bool:
    """Whether event term *term* is a noun with its article ("the attack", "الهجوم"), naming an event told before.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("Gunmen attacked a post; the attack killed two. وأسفر الهجوم عن مقتل رجل")
    >>> [_named_again(doc, Match("strike", "attack", doc.text[start:end], start, end)) for start, end in ((7, 15), (28, 34), (53, 59))]
    [False, True, True]
    """
    return bool(THE_BEFORE.search(doc.fold(max(0, term.start - 6), term.start)) or DEFINITE.match(term.matched_text))


_DRONES_STATE = re.compile(r" ?(?:\S+(?:ي|يه) )?")
# The equipment an air-defence word names (folded text before it, raw text after it): "منظومات دفاع جوي", "air
# defence systems", "air-defence batteries"
_SYSTEMS_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:منظومه|منظومات|بطاريه|بطاريات|انظمه|نظام|شبكه)\s*$")
_SYSTEMS_AFTER = re.compile(r"[\s-]+(?:systems?|batter(?:y|ies)|units?|network|umbrella)\b", re.IGNORECASE)
# … and the words that ask for them, send or deploy them (folded text before them in their sentence)
_SYSTEMS_WANTED = re.compile(r"\b(?:urg\w*|call\w* for|ask\w*|demand\w*|request\w*|suppl\w*|deliver\w*|send\w*|sent|deploy\w*"
                             r"|install\w*|buy\w*|bought|purchas\w*|acquir\w*|provid\w*|bringing in|brought in)\b"
                             r"|(?:^|\s)[وف]?(?:طالب\S*|يطالب\S*|تطالب|مطالب\S*|دعا|دعوا|دعت|يدعو|تزويد\S*|تسليم|ارسال|نشر|شراء|نصب"
                             r"|توفير|امتلاك|صفق\S*|حصول)(?:\s|$)")
# A purpose of defence before an aircraft term (folded text): "capable of detecting drones", "to intercept drones",
# "قادرة على رصد الطائرات المسيّرة", "للتصدي للمسيرات"
_DEFENDED_AGAINST = re.compile(r"(?:\b(?:capable of|able to|designed to|meant to|to) (?:detect|detecting|track|tracking|intercept"
                               r"|intercepting|counter|countering|shoot down|shooting down)(?: \S+)?"
                               r"|(?:^|\s)(?:(?:قادره|قادر|قادرين) علي |ل)(?:رصد|اعتراض|تصدي|مواجهه|اسقاط)(?: ل)?)\s?$")


def _hazard(doc: Document, span: tuple[int, int], match: Match) -> bool:
    """Whether ordnance *match* (in the sentence at *span*) is named as a hazard (``HAZARD``), nothing that went off.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("Teams could not reach the fields because of the risk of unexploded shells.")
    >>> _hazard(doc, doc.spans[0], Match("strike", "war remnant", "unexploded shells", 56, 73, IED))
    True
    >>> doc = Document.of("An unexploded shell went off near Hajin.")
    >>> _hazard(doc, doc.spans[0], Match("strike", "war remnant", "unexploded shell", 3, 19, IED))
    False
    """
    return bool(HAZARD.search(doc.fold(span[0], match.start).strip() + " "))


def _planted(doc: Document, span: tuple[int, int], match: Match, terms: list[Match]) -> bool:
    """Whether the bomb or mine *match* names (in the sentence at *span*) is one the side an aircraft struck was
    planting (``PLANTING_BEFORE``): what its men were doing, not the weapon that hit them. The aircraft is an event
    term of *terms* or, in a headline that names it alone, an aircraft word ("مسيرة للتحالف تقتل عنصرين أثناء زرعهما
    عبوة ناسفة")."""
    return bool(PLANTING_BEFORE.search(doc.fold(span[0], match.start))) and (
        any(term.category == AIR for term in terms) or bool(AIRCRAFT.search(doc.fold(*span))))


def _unfired(doc: Document, span: tuple[int, int], found: list[Match]) -> bool:
    """Whether the sentence at *span* (its matches *found*) tells rockets or shells made ready, found or taken away
    before launch (``UNFIRED``) and nothing hit: "ضبط منصة صواريخ معدة للإطلاق", "dismantled before they could be
    fired" (a seizure, no shelling)."""
    return not any(m.watchlist == CUES and m.category == "impact" for m in found) and bool(UNFIRED.search(doc.fold(*span)))


def _habitual(doc: Document, span: tuple[int, int], term: Match) -> bool:
    """Whether the clause of the event *term* (in the sentence at *span*) tells a habit (``HABIT``), no strike:
    "Turkish drones and artillery have since struck SDF-held areas frequently", "تقصف المدفعية القرى بشكل متكرر".

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> doc = Document.of("Drones have struck the area frequently, and a drone strike hit a car in Amuda on Monday.")
    >>> [(m.term, _habitual(doc, doc.spans[0], m)) for m in match_watchlists(doc, lexicon_for(load_config("config.yaml")))
    ...  if m.watchlist == STRIKE]
    [('drone', True), ('struck', True), ('drone strike', False), ('struck', False)]
    """
    before, after = doc.fold(span[0], term.start), doc.fold(term.end, span[1])
    if not HABIT.search(before + " " + after):
        return False
    # (a clause ends at a comma, "while", a dash: not at "and", which joins its subjects, "drones and artillery")
    opened = max((found.end() for found in NAME_CLAUSE_END.finditer(before)), default=0)
    closed = next((found.start() for found in NAME_CLAUSE_END.finditer(after)), len(after))
    return bool(HABIT.search(before[opened:] + " " + after[:closed]))


def _struck(text: str, terms: list[Match], cue: Match) -> bool:
    """Whether *cue* is what an event term right before it (a word between at most) hit."""
    return any(term.end <= cue.start and len(_WORD.findall(text[term.end:cue.start])) <= 1 for term in terms)


def _tolled(doc: Document, span: tuple[int, int], cut: int) -> bool:
    """Whether the sentence (before its background clause) states how many were killed or hurt."""
    folded = doc.fold(span[0], cut)
    return bool(figures.killed_figures(folded) or figures.injured_figures(folded))


def background_start(doc: Document, index: int) -> int:
    """Where sentence *index* turns to background (an offset into the text; its end if
    it never does): "a strike killed 3, while the war since 2011 has killed 500,000"."""
    start, end = doc.spans[index]
    folded = doc.sentence(index)
    cut = news_end(folded.text, doc.once(foreground, folded.text))
    return start + folded.origin(cut) if cut < len(folded.text) else end


def foreground(folded: str) -> str:
    """The part of a folded sentence before its background: before a background cue, and
    before the clause of a cumulative total ("…, while 900 have been killed since the campaign began")
    or of another moment ("shelling of Haditha in 2021 killed four").

    >>> foreground("a drone killed 3 in hajin, while 900 civilians were killed since the campaign began")
    'a drone killed 3 in hajin'
    >>> foreground("a drone killed 3 in hajin, and shelling of haditha in 2021 killed four")
    'a drone killed 3 in hajin'
    >>> foreground("a drone killed 3, while attacks have killed 61 and wounded 150 since the start of the year")
    'a drone killed 3'
    >>> foreground("a drone killed 3 in hajin, pointing to strikes in salahuddin and baghdad in 2019")
    'a drone killed 3 in hajin'
    >>> foreground("the statement added that the factions had shelled villages around ain issa on wednesday")
    'the statement added that the factions had shelled villages around ain issa on wednesday'
    """
    if ("without" in folded or "where" in folded or "دون" in folded) and PLACELESS.search(folded):
        return ""   # a figure said for no place
    found = BACKGROUND.search(folded)
    # reported speech's pluperfect tells the news (not a period's total: "said its forces had neutralised 14
    # militants over the past week")
    # (and so does a narrative's "earlier that morning, a drone had struck": the same day's news)
    while found and _REPORTED_PAST.match(found.group()) and not PERIOD_TOTAL.search(folded, found.end()) and (_REPORTING.search(
            folded, max((end.end() for end in NAME_CLAUSE_END.finditer(folded, 0, found.start())), default=0), found.start())
            or _SAME_DAY_EARLIER.search(folded, 0, found.start())):
        found = BACKGROUND.search(folded, found.end())
    # (nor does an update's pluperfect that recalls the strike's own first toll: "the strike had initially killed two
    # and wounded five", "وكان القصف قد أسفر في حصيلة أولى عن مقتل شخصين", "وكانت الخلية قد أعلنت في حينه مقتل ثلاثة")
    while found and (first := _FIRST_TOLL.match(folded, found.start())):
        found = BACKGROUND.search(folded, first.end())   # (past its "حينها" too, no cue of its own there)
    while found and (news := _came_after_news(folded, found.start())):
        found = BACKGROUND.search(folded, news)
    # (nor does the strike whose dead were pulled from the rubble days later: "civil defence pulled two bodies from the
    # rubble, three days after a shell hit the house", "انتشلت الفرق جثتين من تحت الأنقاض … كان قد تعرض لقصف"; its toll
    # grows)
    while found and BODIES_RECOVERED.search(folded, 0, found.start()):
        found = BACKGROUND.search(folded, found.end())
    # (the Arabic pluperfect of today's strike is the news a headline reacted to: "وكانت مسيرة تركية قد استهدفت ظهر
    # اليوم نقطة للمجلس")
    while found and _PLUPERFECT_TODAY.match(found.group()) and _TODAY_AFTER.match(folded, found.end()):
        found = BACKGROUND.search(folded, found.end())
    # (so is what a session or a statement "came at a time" or "as" of, dated today: "وجاءت الجلسة في وقت تعرضت فيه
    # منطقة X، منذ فجر اليوم، لقصف مدفعي", "the meeting came as artillery shelled X this morning": no state of things)
    while found and _CAME_AT_A_TIME.search(found.group()) and _TODAY_IN_CLAUSE.match(folded, found.end()):
        found = BACKGROUND.search(folded, found.end())
    if not found:
        return folded
    gap = _background_clause(folded, found.start())
    if gap:     # (the clause alone is background: the news goes on after it)
        return folded[:gap[0]] + " " * (gap[1] - gap[0]) + foreground(folded[gap[1]:])
    cut = found.start()
    if FRAME.match(folded, cut) or ANOTHER_MOMENT.match(folded, cut) or (
            (habit := PERFECT_HABIT.search(folded)) and habit.start() < cut < habit.end()):
        # (a monitor's tally before the cue is the total's figure: its clause is background too)
        frame = FRAME.match(folded, cut)
        tally = frame and TALLY.search(folded, 0, cut)
        cut = max((clause.start() for clause in CLAUSE_START.finditer(folded, 0, tally.start() if tally else cut)
                   if not _SECOND_FIGURE.match(folded, clause.start())
                   and (frame or not _LISTED_NAME.fullmatch(folded, clause.start(), cut))), default=0)
    return folded[:cut]


# Bodies pulled from a strike's rubble (folded): "pulled the bodies of two men from the rubble", "انتشلت جثتي طفلين من
# تحت أنقاض منزل"; or of the missing found where it hit: "recovered the bodies of two men who had been missing since
# the airstrike", "انتشلت جثتي راعيين من وادٍ …، كانا في عداد المفقودين منذ الغارة"
BODIES_RECOVERED = re.compile(r"\b(?:pulled|recovered|retrieved|dug out|found)\b(?: \S+){0,3}? bod(?:y|ies)\b(?: \S+){0,12}?"
                               r" (?:rubble|debris|ruins|missing)\b"
                               r"|(?:^|\s)[وف]?(?:انتشل\S*|انتشال|استخرج\S*|استخراج|عثر\S*)(?: \S+){0,6}? (?:جثه|جثتي|جثتين|جثث"
                               r"|جثمان|جثماني|جثامين)(?: \S+){0,6}? (?:انقاض|ركام)"
                               r"|(?:^|\s)[وف]?(?:انتشل\S*|انتشال|عثر\S*)(?: \S+){0,6}? (?:جثه|جثتي|جثتين|جثث|جثمان|جثماني|جثامين)"
                               r"(?: \S+){0,12}? (?:مفقود|مفقوده|مفقودين)(?!\S)")


def _background_clause(folded: str, cue: int) -> tuple[int, int] | None:
    """The span of a place's background told in a "where"/"حيث" clause that holds the cue at *cue* when the news goes
    on after it ("the road near x where a drone hit a car last week, wounding two") or the clause ends the sentence
    ("gunmen shot a man near x, where a drone had hit a car two days earlier": the news told before it); None when no
    such clause does.

    >>> _background_clause("an ied exploded near x where a drone hit a car last week, wounding two", 47)
    (23, 56)
    >>> _background_clause("gunmen shot a man near x, where a drone had hit a car days earlier.", 41)
    (26, 67)
    >>> _background_clause("a drone struck x last week, wounding two", 17) is None
    True
    """
    where = None
    for where in WHERE_CLAUSE.finditer(folded, 0, cue):
        pass
    if not where or _BREAK.search(folded, where.end(), cue):
        return None
    resume = _BREAK.search(folded, cue)
    if resume is None:
        return where.start(), len(folded)
    return (where.start(), resume.start()) if NEWS_RESUMES.match(folded, resume.start()) else None


def news_end(folded: str, fore: str) -> int:
    """Where folded sentence *folded* turns to background, its foreground being *fore*: the start of a background
    clause the news goes on after (a gap of blanks in *fore*), else the foreground's end.

    >>> news_end("a drone hit x last week, wounding two", "a drone hit x last week, wounding two")
    37
    >>> news_end("a mine hit x where a drone hit y last week, wounding two", "a mine hit x " + " " * 29 + ", wounding two")
    13
    """
    # (their common prefix found by halving: a slice compares in C, where os.path.commonprefix loops in Python)
    low, high = 0, min(len(folded), len(fore))
    while low < high:
        middle = (low + high + 1) // 2
        if folded[:middle] == fore[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _no_exchange_in_it(before: str) -> bool:
    """Whether the folded text *before* an exchange's wording says it did not happen or was another episode.

    >>> _no_exchange_in_it("there was no")
    True
    >>> _no_exchange_in_it("a drone struck a post shortly after an ")
    True
    >>> _no_exchange_in_it("pkk fighters and turkish troops")
    False
    """
    before = before.strip() + " "
    return bool(NEGATED.search(before) or APART_FROM_EXCHANGE.search(before))


def _came_after_news(folded: str, cue: int) -> int:
    """Where the strike told after the cue at *cue* begins when the cue is "came … after" (Arabic "يأتي X بعد يومين من")
    said of news that is no strike; 0 when it is not.

    >>> _came_after_news("the dispute came two days after iraqi jets struck a cave", 12)
    31
    >>> _came_after_news("the signing came a day after a turkish drone strike near x", 12)
    28
    >>> _came_after_news("the strike came two days after a drone attack on hit", 11)
    0
    >>> _came_after_news("وياتي لقاء بعد يومين من مقتل شخص بقصف مسيره", 11)
    23
    >>> _came_after_news("وياتي ذلك بعد يومين من هجوم", 10)
    0
    """
    if hours := HOURS_AFTER.match(folded, cue):
        return hours.end()
    came = CAME_AFTER.match(folded, cue)
    if came:
        return 0 if STRIKE_SUBJECT.search(folded, 0, cue) else came.end()
    days = ARABIC_DAYS_AFTER.match(folded, cue)
    subject = days and CAME_AFTER_AR.search(folded, max(0, cue - 60), cue)
    return days.end() if subject and not STRIKE_SUBJECT_AR.search(" " + subject["subject"]) else 0


# Reported speech puts the news in the pluperfect: "the statement added that the factions had shelled villages
# around Ain Issa", "the ministry said its jets had struck …": that "had struck" is no earlier incident.
_REPORTED_PAST = re.compile(r"had (?!been )")
# (and the first toll of the strike named by its day, beside its dead found since: "Thursday's strike had killed a third man")
_FIRST_TOLL = re.compile(r"had initially\b|(?<= s strike )had killed\b|(?<= s airstrike )had killed\b"
                         r"|(?<= s shelling )had killed\b|(?<= s attack )had killed\b|(?:^|\s)و?كانت? (?:\S+ ){0,3}?قد (?:\S+ )?(?:في|ب) حصيله (?:اوليه|اولي)\b"
                         r"|(?:^|\s)و?كانت? (?:\S+ ){0,4}?قد \S+ (?:في )?(?:حينه|حينها|وقتها)(?!\S)"
                         # (the strike itself, by its noun, no other like it: "وكان الاستهداف قد أدى إلى مقتل سائق الدراجة")
                         r"|(?:^|\s)و?كانت? (?:استهداف|قصف|غاره|ضربه|هجوم)(?! (?:مماثل|مماثله|اخر|اخري|سابق|سابقه)\b)(?: \S+)? قد"
                         r" (?:ادي|ادت|اسفر|اسفرت|خلف|خلفت|اوقع|اوقعت) (?:الي |عن )?(?:مقتل|استشهاد|مصرع|اصابه|سقوط)")
_BREAK = re.compile(r"[,;:،؛]")
_REPORTING = re.compile(r"\b(?:said|says|added|adds|reported|reports|announced|stated|confirmed|told \w+(?: \w+)?)"
                        r"(?: \w+){0,3}? that\b")
# The Arabic pluperfect ("وكانت … قد") and today in the two words after it (folded, its article dropped: "ظهر يوم"),
# not a day it names ("يوم الجمعة", "يوم أمس", "الليلة الماضية", "ذلك اليوم"); or yesterday in the four words after it:
# "وكانت مسيرة تركية قد استهدفت، ظهر أمس الأربعاء، دراجة نارية" is the news the day's statement, meeting or story
# leads with, the wire's way of telling it under a political headline (not the day before yesterday, "أمس الأول", nor
# the day a report was made: "وكان المرصد قد وثق أمس مقتل طفلة … جراء قصف … قبل أسبوع")
_PLUPERFECT_TODAY = re.compile(r"(?:^|\s)و?كان")
_TODAY_AFTER = re.compile(r" (?:\S+ ){0,2}?(?<!ذلك )(?<!تلك )(?<!نفس )(?<!ذات )(?:ال)?(?:يوم|ليله)"
                          r"(?![^\s،,.]| (?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه"
                          r"|امس|ماضي|سابق|\d))"
                          r"| (?![وف]?(?:وثق|اشار|افاد|اعلن|ذكر|قال|نشر|اكد|اورد|نقل)\S*)(?:\S+ ){0,3}?(?:يوم )?"
                          r"(?:امس|بارحه|ليله ماضيه)(?![^\s،,.]|،? اول(?![^\s،,.]))")
_CAME_AT_A_TIME = re.compile(r"(?:ياتي|تاتي|جاء|جاءت) (?:\S+ )?(?:في ظل|وسط|في وقت)$|\b(?:came|comes|come) (?:as|amid)$")
_TODAY_IN_CLAUSE = re.compile(r"[^.؟!;؛]{0,80}?(?:(?<!\S)(?<!ذلك )(?<!تلك )(?<!نفس )(?<!ذات )(?:ال)?يوم"
                              r"(?![^\s،,.]| (?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|امس|ماضي|سابق|\d))"
                              r"|\b(?:today|this (?:morning|afternoon|evening)|earlier (?:today|in the day))\b)")
_SAME_DAY_EARLIER = re.compile(r"\bearlier (?:that|this|in the) (?:day|morning|afternoon|evening|night)\b"
                               r"|\bearlier on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# "attacks have killed 61 and wounded 150 since …": an "and" before the total's second figure opens no clause
_SECOND_FIGURE = re.compile(r"\sand (?:\w+ )?(?:wounded|injured|killed|maimed)\b")
# "strikes on depots in Salahuddin and Baghdad in 2019": an "and" a name or two before another moment joins the names
# of its list, the clause begins before them (not before a total's verb: "shelling and drone strikes have killed 71 since")
_LISTED_NAME = re.compile(r"\sand (?:\S+ ){1,2}")


def _hours_after(doc: Document, cue: Match, term: Match) -> bool:
    """Whether "came hours after" (``HOURS_AFTER``) stands between a reaction cue and the event term after it: "The
    protest came hours after a drone strike on a car near X killed two" tells that strike, the same day's, as news."""
    return bool(HOURS_AFTER.search(doc.fold(cue.end, term.start)))


def _governs(text: str, cue: Match, term: Match) -> bool:
    if cue.start >= term.start:
        return False
    if cue.category == "modality":
        between = text[cue.end:term.start]
        if len(_WORD.findall(between)) <= MODAL_SCOPE:
            return True
        # a denial governs what the reports it denies tell, however long its subject ("نفت قيادة
        # العمليات المشتركة، مساء اليوم، الأنباء التي تحدثت عن قصف جوي") and however long the reports' own
        # clause ("نفت … الأنباء التي تداولتها مواقع التواصل عن تعرض مواقع … في قضاء القائم لقصف جوي")
        report = DENIED_REPORTS.search(between) if DENIAL.match(cue.matched_text.casefold()) else None
        return bool(report) and len(_WORD.findall(between[:report.start()])) <= 2 * MODAL_SCOPE \
            and not NAME_CLAUSE_END.search(between, report.end())
    if cue.category == "reaction" and DURING_BEFORE.search(text[max(cue.start - 30, 0):cue.start]):
        return False    # "During the funeral, artillery shelled X": the funeral is when, the shelling the news
    return cue.category in ("reaction", "aftermath")


def _condemning(cue: Match) -> bool:
    """Whether a reaction cue condemns the strike ("condemned", "أدانت"), not mourning, protesting or probing it."""
    return cue.category == "reaction" and bool(CONDEMNING.fullmatch(cue.matched_text))


def _near(text: str, cue: Match, term: Match, words: int) -> bool:
    """Whether *term* is within *words* words of *cue*, either side (or overlaps it)."""
    between = text[cue.end:term.start] if cue.start <= term.start else text[term.end:cue.start]
    return len(_WORD.findall(between)) <= words


TARGETS = ("armed target", "civilian target")


def victim(text: str, found: list[Match], attacked: int) -> set[str]:
    """The target cue of whom an attack (its first term at *attacked*) hit: the first target named after it
    ("shot dead a civilian at a checkpoint": a civilian; "attacked a checkpoint, killing a shepherd": an armed
    target), a former member of a force being a civilian ("shot dead a former regime soldier"); none named: {}."""
    first = min((m for m in found if m.watchlist == CUES and m.category in TARGETS and m.start > attacked
                 and not _governed(text, found, m)), key=lambda m: m.start, default=None)
    if first is None:
        return set()
    if first.category == "armed target" and FORMER_MEMBER.search(text, max(0, first.start - 30), first.start):
        return {"civilian target"}
    return {first.category}


def _governed(text: str, found: list[Match], cue: Match) -> bool:
    """An event cue under a modality cue says nothing happened ("before it could hit")."""
    return any(m.watchlist == NOT_STRIKE and m.category == "modality" and _governs(text, m, cue) for m in found)


def _intercepting(text: str, found: list[Match], impact: Match) -> bool:
    """Whether an impact word is what an interception did, right after its interceptor ("air
    defences destroyed two drones", "الدفاعات الجوية أسقطت"): the drones hit nothing."""
    return any(term.category == DISRUPTED and term.end <= impact.start and len(text[term.end:impact.start].split()) <= 2
               for term in found)


def _dismantled(text: str, found: list[Match], term: Match) -> bool:
    """Whether rockets or shells (a shelling term) are the object of a ``defused`` cue right before them ("found and
    dismantled 3 rockets ready to be launched", "فككت ثلاثة صواريخ معدة للإطلاق"): disarmed before launch, they hit
    nothing (Disrupted weapons use, as a defused IED is)."""
    return term.category == SHELLING and any(
        cue.category == "defused" and cue.end <= term.start and len(text[cue.end:term.start].split()) <= 3 for cue in found)


_FELL = re.compile(r"fell|falls|crashed|crashes|سقطت|سقط|تحطمت|تحطم", re.IGNORECASE)
_HIT_BY = re.compile(r"\s*by\b", re.IGNORECASE)
# The aircraft a fall tells of, as a pronoun right before the verb (text before it): "Ankara says it crashed", "وقالت
# أنقرة إنها سقطت بسبب عطل فني"
_IT_BEFORE = re.compile(r"(?:\b(?:it|they)|(?:^|\s)[إأا]نها)\s+$", re.IGNORECASE)


def _downed_aircraft_fell(text: str, found: list[Match], impact: Match) -> bool:
    """Whether an impact word tells an aircraft brought down, in a sentence that names what brought it down (a
    ``Disrupted weapons use`` term): its own fall ("a Turkish drone fell in X", "سقطت طائرة مسيرة", "Ankara says it
    crashed") or its being hit
    by the guns ("after it was hit by SDF anti-aircraft fire"). It hit nothing.

    >>> from monitor.text.watchlists import Match
    >>> text = "a drone fell in a field after being hit by anti-aircraft fire"
    >>> drone, fell = Match("strike", "drone", "drone", 2, 7, AIR), Match("event_cues", "hit", "fell", 8, 12, "impact")
    >>> hit = Match("event_cues", "hit", "hit", 36, 39, "impact")
    >>> downed = Match("strike", "intercepted", "anti-aircraft fire", 43, 61, DISRUPTED)
    >>> [_downed_aircraft_fell(text, [drone, fell, hit, downed], cue) for cue in (fell, hit)]
    [True, True]
    >>> _downed_aircraft_fell(text, [drone, fell, hit], fell)
    False
    """
    downed = [term for term in found if term.category == DISRUPTED]
    if not downed:
        return False
    if _HIT_BY.match(text, impact.end) and any(
            impact.end <= term.start and len(text[impact.end:term.start].split()) <= 3 for term in downed):
        return True
    return bool(_FELL.fullmatch(impact.matched_text)) and (any(
        term.category == AIR and AIRCRAFT.search(term.matched_text.casefold())
        and len((text[term.end:impact.start] if term.end <= impact.start else text[impact.end:term.start]).split()) <= 1
        for term in found) or bool(_IT_BEFORE.search(text, max(0, impact.start - 12), impact.start)))


def sentence_type(categories: list[str | None], cues: set[str | None]) -> tuple[str, bool]:
    """The ACLED type one sentence reports (rule 2), and whether a specific term named it.

    *categories* are its event terms' in text order: of two generic senses the first names
    the event ("the explosion that hit the market", "a strike hit … causing an explosion").
    """
    if "Suicide bomb" in categories:
        return "Suicide bomb", True
    if "remnant" in cues and "defused" not in cues:   # old ordnance going off, not shelled
        return IED, True
    if "unexplained" in cues:    # a blast of unknown origin: no weapon the sentence names caused it
        return IED, True
    # strikes in an exchange of fire, or supporting the fighting or an attack on a side ("IS attacked a PMF position …,
    # supported by army aviation"): a battle
    if cues & {"exchange", "conjunction"} and (CLASH in categories or GROUND_ATTACK in categories):
        return CLASH, True
    if "side's drone" in cues and CLASH in categories:   # a drone a side used in a clash a clash word names: the clash's
        return CLASH, True
    if "impact" not in cues and (DISRUPTED in categories or IED in categories and "defused" in cues):
        return DISRUPTED, True
    for kind in _PRECEDENCE:
        if kind in categories:
            return kind, True
    if ATTACK in categories:            # gunmen, shootings, executions: on civilians unless armed
        return (CLASH if "armed target" in cues else ATTACK), True
    if GROUND_ATTACK in categories:     # "attacked": a battle unless civilians were hit
        return (ATTACK if "civilian target" in cues and "armed target" not in cues else CLASH), False
    generic = next((GENERIC[category] for category in categories if category in GENERIC), None)
    if generic:
        return generic, False
    return (DISRUPTED, True) if DISRUPTED in categories else (AIR, False)


def article_type(types: dict[int, tuple[str, bool]], impact: bool, decisive: set[int] = frozenset()) -> str:
    """The article's event type from its sentences' (rule 3): a codebook cue's type (*decisive*
    sentences: old ordnance, an exchange of fire) settles it."""
    settled = sorted(index for index in types if index in decisive)
    if settled:
        return types[settled[0]][0]
    kinds = [kind for kind, _ in types.values()]
    if DISRUPTED in kinds and not impact:
        return DISRUPTED
    named = Counter(kind for index, (kind, specific) in sorted(types.items()) if specific and kind != DISRUPTED)
    if named:
        order = [kind for _, (kind, _) in sorted(types.items())]
        return max(named, key=lambda kind: (named[kind], -order.index(kind)))
    return types[min(types)][0]
