"""monitor.patterns: alternations compiled with each alternative opening with a character find what
``re.compile`` finds, at the same place."""

import random
import re
from re import _constants as sre
from re import _parser

import pytest

from monitor import vocabulary
from monitor.patterns import Prefiltered, _lead, compile_alternation
from monitor.text import events, figures, places

SENTENCES = [
    "a drone struck a car near hajin on tuesday, killing two, while 900 civilians were killed since the campaign began",
    "the statement added that the factions had shelled villages around ain issa on wednesday",
    "shelling of haditha in 2021 killed four, days after a blast in the market",
    "turkish drones frequently target the region; the war since 2011 has killed 500,000",
    "the strike came three days after a drone attack on ain al asad, a year after the strikes",
    "no one was killed, the ministry said, and no casualties were reported so far this year",
    "قصفت مسيرة تركية قرية في ريف القامشلي منذ عام 2019 وكانت ضربة مماثلة قد اسفرت عن مقتل اثنين",
    "غاره علي الميادين الاسبوع الماضي بعد يوم من غاره تركيه، ولا تزال المسيرات تحلق شبه يومي",
    "in june, a strike hit the base; between 2018 and 2024 some 150 strikes; last autumn near qamishli",
    "unidentified drones struck a truck; it was not clear who, said our correspondent in hajin, forces stationed in",
    "قصف مصدره مواقع قوات النظام في الميادين يستهدف قريه، ونقلوا الي مشفي مدينه الرقه، طائره مجهوله",
    "the sides exchanged heavy fire and the fighters responded with mortar fire, backed by iraqi jets during the fighting",
    "air defences intercepted one of the drones; an old shell exploded, elsewhere renewed shelling raises the death toll to 9",
    "the death toll rose to 235 in the province, medical sources said, without naming the places, in the past 24 hours",
    "تبادل الطرفان القصف واسقطت الدفاعات مسيره ثانيه ونجا السائق، وبذلك يرتفع عدد القتلى في اليوم نفسه دون تحديد اماكن",
    "old footage of a strike; the same day, after an attack on the base, no one was killed and not one was hurt",
]
PATTERNS = {"BACKGROUND": vocabulary.BACKGROUND, "FRAME": vocabulary.FRAME, "ANOTHER_TIME": vocabulary.ANOTHER_TIME,
            "UNKNOWN_STRIKER": events.UNKNOWN_STRIKER, "_ROLE_BEFORE": places._ROLE_BEFORE,
            "ANOTHER_MOMENT": vocabulary.ANOTHER_MOMENT, "_NO_CASUALTIES": figures._NO_CASUALTIES,
            "_CASUALTY_WORDS": figures._CASUALTY_WORDS, "_UNNAMED_SOURCE": events._UNNAMED_SOURCE,
            **{f"WIDE_CUES[{cue}]": wording for cue, wording in vocabulary.WIDE_CUES.items()},
            **{name: getattr(vocabulary, name) for name in ("OLD_FOOTAGE", "BACKGROUND_BEFORE", "RAISED_TOTAL", "RUNNING_TOTAL",
                                                            "PERIOD_TOTAL", "SAME_DAY", "NEGATED", "PLACELESS", "ELSEWHERE")}}


def _word_salads(count: int) -> list[str]:
    """Sentences of the patterns' own words in random order: the cues meet at every position."""
    words = " ".join(SENTENCES).replace(",", " ,").replace(";", " ;").split()
    rng = random.Random(16)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize("name", PATTERNS)
def test_the_same_matches_as_written(name):
    fast, written = PATTERNS[name], re.compile(PATTERNS[name].pattern, PATTERNS[name].flags)
    for text in SENTENCES + _word_salads(3000):
        for position in (0, 5):
            for method in ("search", "match"):
                found, expected = getattr(fast, method)(text, position), getattr(written, method)(text, position)
                assert (found and found.span()) == (expected and expected.span()), (text, position, method)


def test_every_alternative_opens_with_a_character():
    tree = _parser.parse(r"\bsince (?:\w+ )?\d{4}|(?:^|\s)منذ \d{4}|\b(?:the|its) (?:civil )?war|(?:بشكل )?شبه يومي")
    _lead(tree)
    (op, (_, alternatives)), = tree.data
    assert op is sre.BRANCH and len(alternatives) == 7    # since, ^منذ, \sمنذ, the, its, بشكل شبه, شبه
    assert all(alternative.data[0][0] in (sre.LITERAL, sre.IN) for alternative in alternatives)


def test_alternatives_opening_with_one_character_are_tried_under_it():
    tree = _parser.parse(r"ab|c|ad|\sx|ae|[a-z]y|af")
    _lead(tree)
    (op, (_, alternatives)), = tree.data
    # a(?:b|d|e), c, \sx, [a-z]y, af: the class that takes "a" closes its group, so "af" stays after it
    assert [alternative.data[0] for alternative in alternatives][:3] == [(sre.LITERAL, ord("a")), (sre.LITERAL, ord("c")),
                                                                          alternatives[2].data[0]]
    assert len(alternatives) == 5 and alternatives[-1].data == [(sre.LITERAL, ord("a")), (sre.LITERAL, ord("f"))]
    assert compile_alternation(r"ab|c|ad|\sx|ae|[a-z]y|af").findall("ad c ae ay af") == ["ad", "c", "ae", "ay", "af"]


def test_a_pattern_with_groups_is_compiled_as_written():
    assert compile_alternation(r"\b(since) (\d{4})").match("since 2019").groups() == ("since", "2019")


def test_an_alternation_finds_through_the_alternatives_whose_words_the_text_holds():
    background = vocabulary.BACKGROUND
    assert isinstance(background, Prefiltered) and background.of("a drone struck a car") is None
    assert background.of("the war since 2011 has killed 500,000").pattern.count("|") < background.pattern.count("|")
    written = re.compile(background.pattern)
    for text in SENTENCES + _word_salads(1000):
        assert [m.span() for m in background.finditer(text)] == [m.span() for m in written.finditer(text)], text
        assert background.findall(text, 3) == written.findall(text, 3), text
