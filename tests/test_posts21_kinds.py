"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts21.yaml and
posts18-19's residue): each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes
them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-12-08T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_two_aircraft_in_the_dual_strike_with_their_verb_alone(shipped):
    """"طائرتان حربيتان تركيتان قصفتا محيط قرية X", "طائرتين حربيتين تركيتين قصفتا أطراف قرية X": two aircraft named in the
    dual and their verb in the dual, no strike noun: the aircraft word counts as its singular does (config.yaml
    warplanes), so the post is a strike report at the village."""
    assert coded("طائرتان حربيتان تركيتان قصفتا محيط قرية تل رجب شمال غرب الحسكة", shipped,
                 "location", "geo_precision", "actor1") == (True, [("Tall Rajab", 2, "Turkish Armed Forces")])
    assert coded("طائرتين حربيتين تركيتين قصفتا أطراف قرية كفركي في قضاء العمادية", shipped,
                 "location", "sub_event_type") == (True, [("Kafarki", "Air/drone strike")])


def test_an_arabizi_strike_verb_in_the_past_tense_makes_the_strike(shipped):
    """"tayyarat torkiyya 2esfat 2aryet X" (قصفت), "msayyara estahdafet siyyara" (استهدفت): Arabizi's past tense of the
    strike verbs (config.yaml struck) beside the aircraft: a strike report."""
    assert coded("tayyarat torkiyya 2esfat 2aryet kafarki fi amedi", shipped, "location") == (True, [("Kafarki",)])
    assert coded("tayara 7arbiye 2asafat 2aryet kafarki fi amedi el yom", shipped, "location")[0] is True


def test_an_arabizi_adjective_after_its_noun_names_the_striker(shipped):
    """"qasf torki 3la qaryet X", "tayara 7arbiye torkiye 2asafat …": Arabizi puts the state's adjective after its noun
    as Arabic does ("قصف تركي"; vocabulary.ARABIZI_ADJECTIVES): the strike is Turkey's (decision.construction's "state",
    events._adjective_words), not the bare noun's unknown striker."""
    assert coded("qasf torki 3la qaryet kafarki fi amedi", shipped, "location", "actor1") == (
        True, [("Kafarki", "Turkish Armed Forces")])
    assert facts("tayara 7arbiye turkiyya 2asafat 2aryet kafarki fi amedi", shipped, "actor1") == [("Turkish Armed Forces",)]


def test_arabizi_says_nobody_was_hurt_in_the_dialects_words(shipped):
    """"mako esabat", "ma fi isabat": the Iraqi and Syrian "there are none" before Arabizi's injuries (figures
    _NO_CASUALTIES): no one killed or hurt, 0 and 0, as "ماكو إصابات" is."""
    assert facts("2asf madfa3i torki 3ala 2aryet kafarki fi amedi, mako esabat", shipped, "fatalities", "injured") == [(0, 0)]
    assert facts("msayyara torkiyye darbet siyyara 3ind madkhal 2aryet kafarki fi amedi, ma fi isabat", shipped,
                 "fatalities", "injured") == [(0, 0)]


def test_an_arabizi_drone_shot_down_is_disrupted_weapons_use(shipped):
    """"dfa3at el jaysh as2atet msayyara fo2 2aryet X" (أسقطت): Arabizi's verb of shooting the drone down
    (config.yaml's Disrupted weapons use): no strike report, the downing archived."""
    assert coded("dfa3at el jaysh as2atet msayyara majhoule fo2 2aryet kafarki fi amedi", shipped,
                 "sub_event_type") == (False, [("Disrupted weapons use",)])


def test_a_road_named_by_the_village_it_leads_to_is_beside_that_village(shipped):
    """"on the road to X village, west of Y", "على الطريق الواصل إلى قرية X", "على طريق قرية X", "mo7eet 2aryet X": the
    strike on a village's road, or in its surroundings, is beside the village (places.NEAR: precision 2), and the road
    to a village is its own, no road elsewhere as the road to a town is (places origin(), _ROAD_TO)."""
    assert facts("Turkish drone hits a car on the road to Kafarki village in Amadiya district", shipped,
                 "location", "geo_precision") == [("Kafarki", 2)]
    assert facts("Drone strike on the road to Tall Rajab village, north-west of Hasakah; two wounded", shipped,
                 "location", "geo_precision") == [("Tall Rajab", 2)]
    assert facts("مسيرة تركية تستهدف سيارة على الطريق الواصل إلى قرية كفركي في قضاء العمادية", shipped,
                 "location", "geo_precision") == [("Kafarki", 2)]
    assert facts("msayyara torkiyye darbet mo7eet 2aryet kafarki fi amedi", shipped,
                 "location", "geo_precision") == [("Kafarki", 2)]


def test_a_junction_named_after_a_village_places_it(shipped):
    """"at the Al-Fayziyah junction near Al-Qaim": a junction, crossroads or intersection named after its village
    introduces the name as a checkpoint or a roundabout does (places._CUE_AFTER): the village, not the town near it."""
    assert coded("Unidentified drone targets a PMF pickup at the Al-Fayziyah junction near Al-Qaim; two killed", shipped,
                 "location") == (True, [("Al Fayziyah",)])


def test_a_kurmanji_town_in_the_oblique_case_labels_its_village(shipped):
    """"gundê X yê girêdayî Qamişloyê", "gundê X yê Dêrikê": Kurmanji puts the town that labels a village in the
    oblique case ("-ê", "-yê" after a vowel); the town is still its name (watchlists._KURMANJI_OBLIQUE), so the village
    is looked up in its area, or the strike placed in that area, not at a namesake of another governorate."""
    assert coded("Firokeya bêmirov a dewleta Tirk êrîşî gundê Umrîkê yê girêdayî Qamişloyê kir, 2 welatî birîndar bûn",
                 shipped, "location", "admin1") == (True, [("Umrik", "Al-Hasakah")])
    assert facts("Dronek a dewleta Tirk êrîşî gundê Kundik yê Dêrikê kir, welatiyek birîndar bû", shipped,
                 "admin1") == [("Al-Hasakah",)]


def test_kurmanji_names_the_sides_by_their_own_words(shipped):
    """"Droneke artêşa dagirker a Tirk êrîşî wesayîteke leşkerî ya QSD … kir": Kurmanji's "occupying army of Turkey"
    is Turkey's army (config.yaml), and the vehicle, checkpoint or centre before a side's ezafe ("wesayîteke leşkerî ya
    QSD", "xaleke", "navenda") is that side's, the side struck (vocabulary.ACTOR_HIT_BEFORE); "Çeteyên SMO" are the
    Syrian National Army's factions, and the state they are "girêdayî" (affiliated to) only describes them
    (vocabulary.ACTOR_DESCRIBES_BEFORE)."""
    assert facts("Droneke artêşa dagirker a Tirk êrîşî wesayîteke leşkerî ya QSD li nêzî gundê Umrîkê yê Qamişloyê kir, "
                 "şervanek birîndar bû", shipped, "actor1", "actor2") == [("Turkish Armed Forces", "Syrian Democratic Forces")]
    assert facts("Çeteyên SMO yên girêdayî dewleta Tirk gundê Jamîliyê yê Ain Îsayê bi hawanan topbaran kirin", shipped,
                 "location", "actor1", "actor2") == [("Jamiliye", "Syrian National Army", None)]
