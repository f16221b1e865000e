"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news13.yaml measures (issue 16:
no confident wrong place, every toll of its own strike): a toll said to be none with both its happening and "any"
("مؤكداً عدم وقوع أي خسائر بشرية", "without causing any casualties"); an Arabic dateline closed by a second dash or
with its outlet in brackets ("بغداد - الميادين نت - …", "دهوك (روداو) - …"), where the report was filed; the town
of the hospital the wounded were taken to named as a town ("نقلا إلى مشفى في بلدة X"); where a quoted analyst or
diplomat works ("a political analyst in Damascus", "الخبير العسكري في بغداد") and a capital as the government one talks
with ("مسار الحوار مع دمشق"), no strike places; the wreckage of a downed drone falling ("a field where debris
fell"), which hit nothing; the side whose air defences shot a drone down, named after the word ("shot down by the
air defences of X"), the side that stopped it.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_toll_said_to_be_none_with_its_happening_and_any_is_zero(shipped):
    text = ("قصفت المدفعية التركية صباح اليوم أطراف قرية تل نصري بريف تل تمر، وأكد مصدر محلي عدم وقوع أي خسائر "
            "بشرية.")
    assert facts(text, shipped, *TOLLS) == [("Tall Nasri", 0, 0)]
    text = ("Turkish artillery shelled the outskirts of the village of Tall Nasri on Tuesday without causing any "
            "casualties, a local source said.")
    assert facts(text, shipped, *TOLLS) == [("Tall Nasri", 0, 0)]


def test_an_arabic_dateline_closed_by_a_second_dash_is_no_strike_place(shipped):
    text = ("بغداد - وكالات - شنت طائرات حربية إسرائيلية فجر اليوم غارات على ميناء الحديدة في اليمن، فيما حذرت "
            "فصائل عراقية من أنها سترد على أي تصعيد.")
    assert facts(text, shipped, "location") == []


def test_an_arabic_dateline_with_its_outlet_in_brackets_is_no_strike_place(shipped):
    text = ("دمشق (وكالات) - استهدفت طائرة مسيرة تركية، مساء أمس، سيارة عسكرية لقوات سوريا الديمقراطية قرب قرية تل "
            "نصري بريف تل تمر، ما أدى إلى مقتل عنصرين.")
    assert facts(text, shipped, "location", "fatalities") == [("Tall Nasri", 2)]


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_no_strike_place(shipped):
    text = ("أصيب رجلان بجروح جراء استهداف طائرة مسيرة تركية دراجة نارية قرب قرية تل بقر بريف الدرباسية، ونقلا إلى "
            "مشفى في بلدة تل تمر لتلقي العلاج.")
    assert facts(text, shipped, "location") == [("Tall Baqar",)]


def test_where_a_quoted_analyst_works_is_no_strike_place(shipped):
    text = ("A Turkish drone struck a car near the village of Tall Nasri on Monday, killing two SDF fighters. "
            "\"Ankara is sending a message,\" said Hassan Ali, a political analyst in Damascus.")
    assert facts(text, shipped, "location") == [("Tall Nasri",)]
    text = ("قصفت طائرة مسيرة تركية سيارة قرب قرية تل نصري، ما أدى إلى مقتل عنصرين من قسد. وقال الخبير العسكري في "
            "دمشق، أحمد حسن، إن أنقرة تريد الضغط على قسد.")
    assert facts(text, shipped, "location") == [("Tall Nasri",)]


def test_a_capital_as_the_government_one_talks_with_is_no_strike_place(shipped):
    text = ("قصفت طائرة مسيرة تركية سيارة قرب قرية تل نصري، ما أدى إلى مقتل عنصرين من قسد. وقالت قسد إن القصف "
            "يهدف إلى عرقلة مسار الحوار مع دمشق.")
    assert facts(text, shipped, "location") == [("Tall Nasri",)]


def test_the_wreckage_of_a_downed_drone_falling_hit_nothing(shipped):
    text = ("A drone was shot down near the town of Makhmour late on Sunday, security officials said. Police cordoned "
            "off a patch of farmland where debris fell and bomb disposal teams removed the remains of the drone.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Makhmour", "Disrupted weapons use")]


def test_the_side_whose_air_defences_shot_a_drone_down_stopped_it(shipped):
    text = ("A drone was shot down near the town of Makhmour late on Sunday. It was intercepted by the air defences "
            "of the Iraqi army before reaching the town, officials said.")
    assert facts(text, shipped, "sub_event_type", "actor1") == [("Disrupted weapons use", "Iraqi army")]
