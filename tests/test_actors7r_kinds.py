"""Kinds of who-struck-whom and strike-type wording (issue 16 point 7, the residue of articles_heldout_actors5,
_actors6, _news3 and _notes20): the side named before Arabic "بقصف" (the one hit, not the bombarder), the air raid
as a verb ("أغارت"), the feminine dual of the dead ("مقاتلتان"), a source in a body with the party's name in
brackets (a speaker, not the side struck), fire from areas under a side's control (the striker), and the sides of a
downed drone (a state's drone is its forces'; the Arabic verb before the side that downed it). Each rule on
sentences of its own, not the fixtures', through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2026-11-12T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text", [
    "مقتل عنصرين من قوات سوريا الديمقراطية بقصف سيارة في ريف عين عيسى\n"
    "عين عيسى - قتل عنصران من قسد، مساء الأحد، إثر استهداف سيارتهما بطائرة مسيرة تركية على طريق قرية في ريف عين "
    "عيسى الشمالي.",
    "إصابة ثلاثة من عناصر الجيش السوري بقصف موقعهم في ريف دير الزور\n"
    "أصيب ثلاثة عسكريين، اليوم الأحد، جراء استهداف طائرة مسيرة مجهولة موقعاً لهم قرب بلدة الصالحية بريف دير الزور.",
])
def test_side_named_before_arabic_by_bombardment_is_the_one_hit(shipped, text):
    """A headline's "مقتل/إصابة N من X بقصف …": X is whom the bombardment hit, so it does not make the bombardment a
    ground side's shelling; the lead's drone types the strike."""
    assert {event_type for (event_type,) in facts(text, shipped, "sub_event_type")} == {"Air/drone strike"}


def test_side_doing_arabic_by_bombardment_still_shells(shipped):
    """"قامت قوات النظام بقصف …": the verb of doing makes the side named before "بقصف" its agent (a ground side's
    bombardment: shelling)."""
    text = "قامت قوات النظام بقصف أطراف بلدة ذيبان بريف دير الزور الشرقي، ما أدى لإصابة مدنيين اثنين."
    assert facts(text, shipped, "sub_event_type", "actor1") == [("Shelling/artillery/missile attack", "Syrian army")]


@pytest.mark.parametrize("text", [
    "أعلن الجيش الإسرائيلي أن طائراته أغارت على مستودعات لحزب الله في مدينة البوكمال شرقي سوريا.",
    "وأغارت طائرات مجهولة فجر اليوم على مواقع للميليشيات الإيرانية في مدينة البوكمال.",
])
def test_arabic_raid_verb_is_an_air_strike(shipped, text):
    """The air raid told by its verb ("أغارت على", raided): an air strike, whatever other word the sentence has."""
    assert [event_type for (event_type,) in facts(text, shipped, "sub_event_type")] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "استشهاد مقاتلتين من وحدات حماية المرأة بقصف مسيرة تركية على قرية قرب عامودا.",
    "مقتل مواطنتين بقصف مسيرة تركية على قرية قرب عامودا.",
])
def test_feminine_dual_of_the_dead_counts_two(shipped, text):
    """The feminine dual of a person noun ("مقاتلتان", two women fighters; "مواطنتين"): a toll of two."""
    assert [killed for (killed,) in facts(text, shipped, "fatalities")] == [2]


@pytest.mark.parametrize("text", [
    "استهدفت طائرة مسيرة تركية سيارة مدنية قرب مدينة سوران، ما أدى إلى مقتل شخصين.\n"
    "وقال مصدر في مديرية الأمن (الأسايش) إن الطائرة استهدفت السيارة بناءً على معلومات خاطئة.",
    "A Turkish drone struck a civilian car near Soran, killing two people.\n"
    "A source in the security directorate (Asayish) said the drone had targeted the car by mistake.",
])
def test_source_in_a_body_named_in_brackets_is_a_speaker(shipped, text):
    """"A source in <office> (<party>) said …": the party is the one speaking, not the side struck."""
    assert facts(text, shipped, *SIDES) == [("Soran", "Turkish Armed Forces", None)]


def test_fire_from_areas_under_a_sides_control_is_its_strike(shipped):
    """A shell "fired from areas under the control of X": X fired it (actor1)."""
    text = ("On 9 November 2026, a mortar shell fell on Dhiban (Deir ez-Zor), fired from areas under the control of "
            "Syrian government forces. One civilian was wounded.")
    assert facts(text, shipped, "location", "actor1") == [("Dhiban", "Syrian army")]


@pytest.mark.parametrize("text, sides", [
    ("SDF air defences shot down a Turkish drone over Tal Tamr on Monday.",
     [("Tal Tamr", "Syrian Democratic Forces", "Turkish Armed Forces")]),
    ("The air defences of Iran-backed militias shot down an Israeli drone over Al-Mayadin on Monday.",
     [("Mayadin", "Iran-backed militias", "IDF")]),
    ("أسقطت الدفاعات الجوية للميليشيات الإيرانية طائرة مسيرة إسرائيلية فوق مدينة الميادين.",
     [("Mayadin", "Iran-backed militias", "IDF")]),
    ("أسقطت قوات سوريا الديمقراطية طائرة مسيرة تركية في ريف تل تمر.",
     [("Tal Tamr", "Syrian Democratic Forces", "Turkish Armed Forces")]),
    # (the weapon itself named after the verb is no side that downed it)
    ("قسد تسقط طائرة مسيرة تركية في سماء ريف تل تمر.",
     [("Tal Tamr", "Syrian Democratic Forces", "Turkish Armed Forces")]),
])
def test_downed_drone_sides(shipped, text, sides):
    """A drone shot down: the side that downed it (named after the Arabic verb, or owning the air defences) is
    actor1; a state's drone is its armed forces' (actor2)."""
    assert facts(text, shipped, *SIDES) == sides


@pytest.mark.parametrize("text, places", [
    ("مسيرة تركية تستهدف سيارة قرب سنجار\n"
     "دهوك - استهدفت طائرة مسيرة تركية، مساء الأحد، سيارة قرب مجمع سنوني شمالي قضاء سنجار، ما أسفر عن مقتل شخص.",
     ["Sinuni"]),
    ("قصف تركي على ريف تل تمر\n"
     "الحسكة - قصفت المدفعية التركية، صباح اليوم، قرية أم الكيف بريف تل تمر دون ورود معلومات عن إصابات.",
     ["Tal Tamr"]),
])
def test_arabic_city_alone_before_the_ledes_dash_is_a_dateline(shipped, text, places):
    """"<city> - <the lede's verb> …": the city the report was filed from, not a strike's place."""
    assert [location for (location,) in facts(text, shipped, "location")] == places
