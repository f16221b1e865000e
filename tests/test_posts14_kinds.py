"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts14.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-07-21T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_drone_that_drops_a_munition_strikes_from_the_air(shipped):
    """"Turkish drone dropped a bomb on a car", "مسيرة ألقت قنبلة على سيارة": the munition a drone drops is an air
    strike however small, told by the verb alone (config.yaml watchlists, the "drone strike" term; not a grenade
    attack for its grenades); a hand's grenade is thrown and stays none."""
    assert coded("Turkish drone dropped a bomb on a car in Tall Tayir village east of Qamishli.",
                 shipped, "location", "sub_event_type") == (True, [("Tall Tayir", "Air/drone strike")])
    assert coded("An ISIS drone dropped grenades on an SDF post in Al Harami village, eastern Deir ez-Zor countryside",
                 shipped, "location", "sub_event_type") == (True, [("Al Harami", "Air/drone strike")])
    assert coded("مسيرة تركية ألقت قنبلة على سيارة في قرية الحرامي بريف دير الزور الشرقي",
                 shipped, "location", "sub_event_type") == (True, [("Al Harami", "Air/drone strike")])
    assert coded("مسيرة ترمي قنبلة على سيارة في قرية تل طاير بريف قامشلو",
                 shipped, "location", "sub_event_type") == (True, [("Tall Tayir", "Air/drone strike")])
    assert coded("A man threw a grenade at a house in Tall Tayir village east of Qamishli", shipped)[0] is False


def test_the_tags_closing_a_post_name_its_town_as_an_opening_one_does(shipped):
    """"… in X village, derik countryside. 1 killed #Derik #Rojava": the hashtags that close a post, after its last
    words, are the post's own tags as a hashtag opening it is; the town tagged and otherwise named only as the
    countryside the village lies in labels the area, the village is the strike's place (places.post_hashtag; rule
    "countryside")."""
    text = "turkish drone hit a car in Tall Na'ur village, derik countryside. 1 killed #Derik #Rojava"
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Na`ur", 1)]
    text = "Turkish drone struck a pickup in Kurayfat village, derik countryside.\nno casualties\n#Derik #Rojava"
    assert facts(text, shipped, "location", "geo_precision") == [("Kurayfat", 1)]


def test_the_area_of_a_village_lies_around_it(shipped):
    """"the X village area": the land around the village, as "the X area" is (precision 2; places._AREA_AFTER)."""
    text = "Turkish jets pounded the Tolax village area in Mergasur overnight, no casualties"
    assert facts(text, shipped, "location", "geo_precision") == [("Tolax", 2)]
    text = "Iranian artillery shelled the Timas village area near Penjwen, fires in the pastures"
    assert facts(text, shipped, "location", "geo_precision") == [("Timas", 2)]


def test_the_verb_reaches_ends_the_words_before_the_place_struck(shipped):
    """"قصف … مصدره مواقع الفصائل يطال قرية X", "قصف تركي عنيف شمال الحدود يطال قرية X": "يطال" (reaches) is a strike
    verb as "يستهدف" is; the words before it, where the fire came from or a direction of something else, do not make
    X the origin of the fire nor the place around which it fell (places.REACHES in NEAR and _ROLE_BEFORE)."""
    text = "قصف بقذائف الهاون مصدره مواقع الفصائل يطال قرية تل طاير"
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Tayir", 1)]
    text = "قصف تركي عنيف شمال الحدود يطال قرية كريفات"
    assert facts(text, shipped, "location", "geo_precision") == [("Kurayfat", 1)]
    text = "قصف مدفعي تركي من مواقعه شمال الحدود يطال قرية كريفات بريف ديرك"
    assert facts(text, shipped, "location", "geo_precision") == [("Kurayfat", 1)]
