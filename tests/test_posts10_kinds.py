"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts10.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("قصف بمسيرة تابعة للاحتلال التركي على أطراف بلدة عامودا", [("Amuda", "Air/drone strike")]),
    ("هجوم بمسيرة على سيارة في بلدة الباغوز", [("Baghuz", "Air/drone strike")]),
])
def test_a_strike_noun_with_its_drone_after_bi_is_a_drone_strike(shipped, text, expected):
    """"قصف بمسيرة", "هجوم بمسيرات": the strike noun and its weapon by "ب" (a bare "مسيرة" is a march; config.yaml's
    drone strike variants)."""
    report = analyse(text, PUBLISHED, shipped)
    assert report.is_strike_report and facts(text, shipped, "location", "sub_event_type") == expected


@pytest.mark.parametrize("text, expected", [
    ("مسيرة مجهولة تستهدف شاحنة على الطريق الواصل بين المراشدة والسوسة بريف البوكمال", [("Al Marashidah", 2)]),
    ("A drone hit a truck on the road between Al Marashidah and Al-Susah in the Albu Kamal countryside",
     [("Al Marashidah", 2)]),
])
def test_a_village_at_a_roads_end_is_a_place(shipped, text, expected):
    """"الطريق الواصل بين X وY", "the road between X and Y": the road's words introduce its ends as place words do
    (places._PLACE_WORDS), so a village the gazetteer needs a cue for is found, and the strike is at its first end
    (precision 2), not at the countryside the post names."""
    assert facts(text, shipped, "location", "geo_precision") == expected


@pytest.mark.parametrize("text, expected", [
    ("هاوار | استشهد مواطن بقصف مدفعي تركي على قرية تل نصري", [("Tall Nasri", 1)]),
    ("هاوار | مسيرة تركية تستهدف سيارة قرب بلدة تل براك، واستشهاد مقاتلين اثنين", [("Tall Birak", 2)]),
])
def test_an_outlet_heading_a_post_is_no_place(shipped, text, expected):
    """"هاوار |": an outlet's name that is a village's too (Havar of Halabja; Shafaq of Ninewa) is a place only after a
    cue, as a homograph is; heading the post it is the byline, no place of the strike (watchlists.match_watchlists)."""
    assert facts(text, shipped, "location", "fatalities") == expected


@pytest.mark.parametrize("text, expected", [
    ("قصف مدفعي تركي على قريتي تل نصري وتل جمعة بريف تل تمر:\n- إصابة طفلين في تل نصري\n- مقتل شاب في تل جمعة",
     [("Tall Nasri", None, 2), ("Tall Jum`ah", 1, None)]),
    ("Turkish drones struck Tall Nasri and Tall Jumaa villages near Tal Tamr. A shepherd was wounded in Tall Jumaa.",
     [("Tall Nasri", None, None), ("Tall Jum`ah", None, 1)]),
])
def test_a_line_naming_one_of_the_places_holds_its_toll(shipped, text, expected):
    """A list item, or a sentence of its own after the one that named the places together, naming one of them
    states that strike's toll (events._items_under, _tolls_by_place)."""
    assert facts(text, shipped, "location", "fatalities", "injured") == expected


@pytest.mark.parametrize("text, fatalities", [
    ("مسيرة تركية تستهدف سيارة قرب سنوني، واستشهاد شخصين\nتحديث | ارتفاع حصيلة شهداء الاستهداف إلى ٤", 4),
    ("A drone struck a car near Sinuni, killing two.\nUPDATE: a third man died of his wounds overnight.", 3),
    ("مسيرة تركية تستهدف سيارة قرب سنوني، ومقتل شخصين. تحديث: وفاة جريح ثالث متأثراً بجراحه", 3),
])
def test_a_later_word_revises_the_toll(shipped, text, fatalities):
    """"ارتفاع حصيلة شهداء … إلى N" (figures: the martyrs' toll as the dead's), "a third man died", "وفاة جريح ثالث"
    (events._ORDINAL_DEATH: the toll is now that ordinal)."""
    assert [e["fatalities"] for e in analyse(text, PUBLISHED, shipped).events] == [fatalities]


@pytest.mark.parametrize("text, expected", [
    ("Iraqi F-16s struck an ISIS cave east of Al Qush, Tilkaif district, killing 3 militants", [("Al Qush", 2)]),
])
def test_a_village_placed_by_a_direction_beats_its_district_label(shipped, text, expected):
    """"north of X, Y district": X is the point the strike is placed from and the district its label; the strike is
    around X (precision 2), not at the district's seat (places.locate_strike, rule "nested")."""
    assert facts(text, shipped, "location", "geo_precision") == expected


@pytest.mark.parametrize("text, expected", [
    ("Asayish statement: a drone targeted one of our vehicles at the entrance of Qamishli", [(None, "Asayish")]),
    ("قسد: هجوم بطائرة مسيرة على إحدى نقاطنا قرب تل تمر", [(None, "Syrian Democratic Forces")]),
    ("الأسايش: طائرة مسيرة تستهدف إحدى عجلاتنا قرب القامشلي", [(None, "Asayish")]),
])
def test_a_side_heading_its_own_statement_was_struck(shipped, text, expected):
    """"X statement: … one of our vehicles", "X: … إحدى عجلاتنا": the side heading a post with its statement speaks of its
    own loss, it struck nothing (vocabulary.ACTOR_SPEAKS_AFTER, events._OWN_LOSS)."""
    assert facts(text, shipped, "actor1", "actor2") == expected


def test_a_side_stationed_where_the_strike_fell_was_struck(shipped):
    """"… حيث تتمركز القوات الأمريكية": the side stationed at the place hit is the side struck, as a base "that houses"
    it (vocabulary.ACTOR_HIT_BEFORE)."""
    text = "سقوط صواريخ على محيط قاعدة خراب الجير بريف رميلان، حيث تتمركز القوات الأمريكية، دون إصابات"
    assert facts(text, shipped, "actor1", "actor2") == [(None, "US forces")]
