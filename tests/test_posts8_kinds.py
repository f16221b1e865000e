"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts8.yaml):
each rule or data row on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets bombed the hills around Sheladize overnight, no casualties", ("Shiladiza", "Duhok", 2)),
    ("مسيرة تركية تستهدف عجلة في ناحية شيلادزي ومقتل مقاتلين", ("Shiladiza", "Duhok", 2)),
    ("قصف جوي تركي على جبل قرب ناحية ديرلوك دون إصابات", ("Dereluk", "Duhok", 2)),
    ("Turkish artillery shelled farmland near Deraluk this morning", ("Dereluk", "Duhok", 2)),
])
def test_the_seats_of_amedi_sub_districts_are_found(shipped, text, expected):
    """Sheladize and Deraluk, seats of Amedi-district sub-districts Who's On First lists as villages with no Arabic
    name (seeds/aliases.csv, sources in its header): "ناحية X", "near X" is the seat at precision 2."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [expected]


def test_a_village_the_gazetteer_has_only_in_latin_is_found_in_arabic(shipped):
    """"الصبحة": Deir ez-Zor's Sabhah, whose GeoNames name Şabḩah romanizes صبحة."""
    assert facts("قصف بالهاون على بلدة الصبحة شرقي دير الزور وإصابة طفل", shipped, "location", "admin1", "geo_precision")[0] == ("Sabhah", "Deir ez-Zor", 1)


def test_the_kurdish_spelling_of_a_sinjar_village_is_that_village(shipped):
    """"Borek" is Sinjar's Burk (Kurdish بورك), not Birki whose consonants it shares (b-r-k) 30 km south."""
    assert facts("A drone strike hit a car in Borek village, Shingal; one killed", shipped, "location", "admin1", "geo_precision") == [("Burk", "Ninewa", 1)]


def test_two_terrains_after_a_dual_area_word_are_two_events(shipped):
    """"منطقتي زاب وبرادوست": the dual names two areas, each its own event; "زاب" alone is Zap (seeds/terrain.csv)."""
    assert [place for place, _, _ in facts("قصف جوي تركي يطال منطقتي زاب وبرادوست", shipped, "location", "admin1", "geo_precision")] == ["Zap", "Bradost"]


@pytest.mark.parametrize("text, expected", [
    ("شنكال | مسيرة تركية تقصف سيارة في مجمع القحطانية جنوب جبل سنجار", ("Al Qahtaniyah", "Ninewa", 1)),
    ("A drone hit a car in Qahtaniya, south of Sinjar, killing two YBS fighters", ("Al Qahtaniyah", "Ninewa", 1)),
    ("قصف تركي على القحطانية شرقي القامشلي", ("Al Qahtaniyah", "Al-Hasakah", 1)),
])
def test_a_namesake_is_the_one_near_the_other_places_named(shipped, text, expected):
    """Rule "namesakes": a name that only the size of its namesakes chose (the Hasakah town over the Sinjar village)
    yields to the namesake near the text's other places, when the one chosen lies far from all of them."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("#مقاطعة_قامشلو | مسيرة تركية تستهدف سيارة في قرية هرم جمو ومقتل شخص", ("Haram Jammu", 1)),
    ("مسيرة تركية تقصف منزلاً في قرية هرم جمو التابعة لمقاطعة قامشلو", ("Haram Jammu", 1)),
    ("Kobanî canton: a Turkish drone hit a car near Jiqur village, one killed", ("Jiqur", 2)),
    ("Derik countryside: Turkish artillery hit Diwar village, two hurt", ("Diwar", 1)),
])
def test_a_canton_or_a_countryside_label_yields_to_the_village(shipped, text, expected):
    """"مقاطعة X", "X canton" (the north-east Syrian administration's cantons) and a line headed "X countryside:"
    label the land around X, as a district does: the village named in it is the strike's place."""
    assert [(place, precision) for place, _, precision in facts(text, shipped, "location", "admin1", "geo_precision")] == [expected]


@pytest.mark.parametrize("text", [
    "سقوط قذائف هاون على ناحية زمار شمال الموصل وإصابة مدني",
    "قصف مدفعي على ناحية زمار غربي الموصل دون إصابات",
])
def test_a_sub_district_placed_by_a_direction_is_the_sub_district(shipped, text):
    """"ناحية X شمال Y": Y only says where X lies (a reference point); the sub-district label does not yield to it."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Zumar", "Ninewa", 2)]


def test_who_left_old_ordnance_is_not_its_target(shipped):
    """"مقذوف من مخلفات داعش": the group that left the ordnance is no side struck (nor the striker)."""
    event = analyse("انفجار مقذوف من مخلفات داعش في قرية تل قصب وإصابة راعي", PUBLISHED, shipped).event
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Remote explosive/landmine/IED", None, None)


def test_the_remnants_of_a_group_are_still_struck(shipped):
    assert analyse("قصف جوي للتحالف على بقايا داعش في صحراء الحضر", PUBLISHED, shipped).event["actor2"] == "Islamic State"


@pytest.mark.parametrize("text, injured", [
    ("Drone strike on a house in Amuda, a woman and her son wounded", 2),
    ("Shelling on Amuda, the driver and a passenger were injured", 2),
    ("Shelling on Amuda killed two fighters; a man and his two daughters were wounded", 3),
    # the dead named first are not among the wounded the list counts
    ("A drone strike on a car near Amuda left one man dead and two others wounded", 2),
])
def test_the_wounded_listed_before_their_verb_are_counted(shipped, text, injured):
    """"a woman and her son wounded": every person of the list the wound verb closes is wounded."""
    assert analyse(text, PUBLISHED, shipped).event["injured"] == injured


@pytest.mark.parametrize("text, expected", [
    ("استهداف نقطة للجيش العراقي قرب ناحية ربيعة بقذائف هاون وإصابة جندي", ("Rabia", "Ninewa", 2)),
    ("SNA factions shelled Tel Shamiram village, a woman hurt", ("Tall Shamran Fawqani", "Al-Hasakah", 1)),
    ("قصف مدفعي تركي على قرية تل شميرام بريف تل تمر وإصابة امرأة", ("Tall Shamran Fawqani", "Al-Hasakah", 1)),
])
def test_rabia_sub_district_and_tell_shamiram_are_found(shipped, text, expected):
    """"ناحية ربيعة" is also Ninewa's Rabia sub-district (its centre the town, not only Latakia's Rabee'a); Tell
    Shamiram is the village Who's On First calls Tall Shamran Fawqani (seeds/aliases.csv, sources in its header)."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [expected]


def test_the_villages_of_a_sub_district_are_its_area(shipped):
    """"قرى تابعة لناحية X": the villages of the sub-district, its seat at precision 2 (the proclitic ل of "لناحية")."""
    assert facts("قصف مدفعي تركي يطال قرى تابعة لناحية ديرلوك في قضاء العمادية", shipped, "location", "admin1", "geo_precision") == [("Dereluk", "Duhok", 2)]
