"""Arabic cue words written as folded text reads them.

Most cue patterns run on text folded by ``monitor.normalize``: the article goes at a word's start ("اليمن" reads
"يمن", "بالتنسيق" reads "بتنسيق", "الآن" reads "ان"), alef, ya, ta marbuta and hamza seats are unified ("أثناء" reads
"اثناء", "الأخرى" "اخري", "قذائف" "قذايف", "تؤكد" "توكد"). A cue written unfolded in such a pattern never fires, and
nothing says so: "غارات على اليمن" was no strike abroad, "مرة تلو الأخرى" no habit, "في مثل هذا اليوم" no other time.
"""

from __future__ import annotations

import importlib
import re

import pytest

from monitor.normalize import normalize
from monitor.text.events import UNKNOWN_STRIKER
from monitor.vocabulary import (ACTOR_AFTER_OPENING_VERB, ANOTHER_MOMENT, ANOTHER_TIME, FRAME, HABIT, NEXT_DAY,
                                STRIKE_ABROAD)

MODULES = ("monitor.vocabulary", "monitor.text.events", "monitor.text.decision", "monitor.text.places",
           "monitor.text.figures", "monitor.text.sentences", "monitor.text.watchlists")

# Patterns that read the text as written, on purpose (both spellings, or the article itself, are their point).
RAW = {
    "DENIAL",               # decision: the cue's own words, casefolded
    "DENIED_REPORTS",       # decision: the original text between the denial and the term
    "DURING_BEFORE",        # decision: doc.text before the term
    "STRUCK_TODAY",         # "اليوم", "الليلة" right after the term in doc.text
    "STRUCK_YESTERDAY",     # "أمس", "الليلة الماضية" later in the term's clause in doc.text
    "AIRCRAFT",             # decision: both the folded term and the casefolded words
    "_ALSO_AT_AR", "_AND_JOIN", "_KIND_AND_JOIN", "_AREA_AROUND_AR",   # events: article.text between places
    "_ARABIC_HEAD_END",     # places: the original words before a name
    "_PLACED", "_INTRODUCED", "_INTRODUCING",   # places: the sentence as written (capitalised names, "قرية"/"قريه" both)
    "_UNIT_AFTER",          # places: doc.text after a name
    "_PREPOSITION_AS_WRITTEN",   # places: a name's words as written ("على", not the name "علي")
    "_ROAD_WORD_BEFORE",    # places: doc.text before a road's first end
    "_REPLY", "_PLACE_LINE", "_TOLL_ITEM", "_TOLL_LIST_HEAD",   # sentences: the text as written
    "_BARE_ITEM", "_BARE_LIST_HEAD",   # sentences: a post's lines as written
    "_FIRE_VERB_BEFORE", "_FIRE_AFTER",   # watchlists: the text as written around an actor's match ("أطلق … النار")
    "THE_STRIKE_NAMED", "AIRCRAFT_PREDICATE",   # events: the strike and its aircraft with or without the article
    "VICTIMS_AGAIN",        # decision: the victims named again with their article, in doc.text
    "DROPPED",              # decision: the verb an aircraft drops its munition with, in doc.text ("ألقتها" folds away)
}
# Words folding would change that folded text still holds: a stem that opens with alef and lam keeps them after the
# article ("الآليات" reads "اليات", "الآلاف" "الاف", "الألغام" "الغام"; bare "آليات" reads "يات"), and after "و"
# a word keeps its article (two و are no proclitic pair: "مقتله ووالدته" keeps "والدته").
LIVE_IN_CONTEXT = {"اليات", "الاف", "الغام", "والدت"}

_WORDS = re.compile(r"\[[^\]]*\]|([\u0621-\u064a\u0660-\u06ff]+(?: [\u0621-\u064a\u0660-\u06ff]+)*)")


def dead_words(source: str) -> list[str]:
    """The Arabic words of a pattern's *source* that folded text never holds (character classes aside).

    A word is live when it folds to itself, or when folded text holds it all the same (``LIVE_IN_CONTEXT``).

    >>> dead_words(r"(?:علي|في) (?:ايران|اليمن)|[ةه]")
    ['اليمن']
    >>> dead_words("اليات|يات|بالقرب من")
    ['بالقرب من']
    """
    words = (found.group(1) for found in _WORDS.finditer(source) if found.group(1))
    return [word for word in words if normalize(word).text != word and word not in LIVE_IN_CONTEXT]


def _source(value) -> str | None:
    """A pattern's source, or the strings and patterns a list, a dict or a tuple of them holds."""
    if isinstance(getattr(value, "pattern", None), str):
        return value.pattern
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = [*value, *value.values()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return " | ".join(source for item in value if (source := _source(item)) is not None)
    return None


def _patterns():
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            source = _source(value)
            if source is not None and not name.startswith("__") and name not in RAW:
                yield module_name, name, source


def test_every_arabic_word_of_a_folded_pattern_is_folded():
    dead = {f"{module}.{name}": words for module, name, source in _patterns() if (words := dead_words(source))}
    assert not dead, f"Arabic words folded text never holds (write them folded): {dead}"


def folded(text: str) -> str:
    return normalize(text).text


@pytest.mark.parametrize("after", [
    "على اليمن الليلة الماضية",                 # the article folds away: "علي يمن"
    "في الأردن",
    "على الحديدة غرب اليمن",
    "على إسرائيل",                             # hamza seat: "اسراييل"
])
def test_a_strike_on_a_country_abroad(after):
    """A strike term whose target is abroad tells no strike here (``STRIKE_ABROAD``, on the folded text after it)."""
    assert STRIKE_ABROAD.search(" " + folded(after))


def test_a_series_of_strikes_is_a_habit():
    assert HABIT.search(folded("وتقصف المسيرات التركية القرى الحدودية مرة تلو الأخرى"))
    assert ANOTHER_TIME.search(folded("وتؤكد الوزارة أنها تستهدف مواقع الحزب"))


def test_no_claim_so_far_is_no_other_frame():
    """"حتى الآن" (so far) is no toll to date's cue: it folds as "حتى أن" (even) does, and a strike's own sentence
    says no one has claimed it so far."""
    assert not FRAME.search(folded("ولم تتبنَّ أي جهة الهجوم حتى الآن."))
    assert not FRAME.search(folded("حتى أن القصف طال المدارس"))


def test_the_day_after_and_this_day_years_ago():
    assert NEXT_DAY.search(folded("وفي صباح اليوم الذي تلاه، استهدفت مسيّرة سيارة"))
    assert ANOTHER_MOMENT.search(folded("وفي مثل هذا اليوم قبل خمس سنوات قصفت الطائرات البلدة"))


def test_no_one_knows_which_side():
    assert UNKNOWN_STRIKER.search(folded("ولا يعرف أحد الجهة التي نفذت الهجوم"))


def test_a_strike_verb_after_a_fronted_at_the_same_time():
    assert ACTOR_AFTER_OPENING_VERB.match(folded("وبالتزامن مع ذلك، قصفت "))
