"""Kinds of full news articles whose strikes were lost or mistyped (issue 16: events found in full articles, the
residue of tests/fixtures/matching/articles_heldout_news13.yaml): a strike told after "came … after" under news that
is no strike ("The dispute came two days after jets struck …"), which is the article's strike, not background;
a strike that came after (or before) an exchange of fire ("shortly after an exchange of mortar fire", "بعد ساعات من
تبادل القصف"), an episode of its own: the strike keeps its type; the
pair said killed by the passive's verbal noun ("وتم قتلهما"), the toll two; a total over several strikes ("killed five
in two strikes", "بضربتين جويتين"), no one strike's toll.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_strike_told_after_came_after_under_news_that_is_no_strike_is_coded(shipped):
    text = ("Kurdish and federal officials traded accusations on Tuesday over security in the disputed areas. "
            "The row came two days after Turkish drones struck a PKK hideout near the village of Tall Nasri on "
            "Sunday, killing four fighters, a local source said.")
    assert facts(text, shipped, "location", "fatalities") == [("Tall Nasri", 4)]


def test_a_strike_that_came_days_after_another_keeps_the_other_as_background(shipped):
    text = ("A Turkish drone struck a car near the village of Tall Nasri on Tuesday, killing two SDF fighters. "
            "The strike came three days after a drone attack on Tall Tamr killed a woman.")
    assert facts(text, shipped, "location", "fatalities") == [("Tall Nasri", 2)]


def test_a_strike_shortly_after_an_exchange_of_fire_is_a_strike(shipped):
    text = ("A Turkish drone struck an SDF post near the village of Tall Nasri on Tuesday, shortly after an exchange "
            "of artillery fire along the road, killing two fighters.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Tall Nasri", "Air/drone strike")]
    text = ("استهدفت طائرة مسيرة تركية نقطة لقسد قرب قرية تل نصري مساء الثلاثاء، بعد ساعات من تبادل القصف المدفعي "
            "على الطريق، ما أدى إلى مقتل عنصرين.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Tall Nasri", "Air/drone strike")]


def test_the_two_said_killed_by_the_passives_verbal_noun_are_the_toll(shipped):
    text = ("استهدفت طائرة مسيرة تركية صباح اليوم عنصرين من حزب العمال الكردستاني قرب قرية تل نصري وتم قتلهما، "
            "بحسب مصدر محلي.")
    assert facts(text, shipped, "location", "fatalities") == [("Tall Nasri", 2)]


def test_a_total_over_two_strikes_is_neither_strikes_toll(shipped):
    text = ("Turkish drones killed five PKK militants in two strikes in the countryside of Tal Tamr and Darbasiyah, the "
            "defence ministry said on Tuesday. A drone hit a car near the village of Tall Nasri on Monday evening, "
            "killing three militants, it said. A second drone struck a house in the village of Tall Baqar early on "
            "Tuesday, killing two.")
    tolls = dict(facts(text, shipped, "location", "fatalities"))
    assert (tolls["Tall Nasri"], tolls["Tall Baqar"]) == (3, 2)
