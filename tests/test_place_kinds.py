"""Kinds of place wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_places4.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2024-05-05T10:00:00Z"   # texts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("A drone struck a truck on the road between Hajin and Al-Susah, killing the driver.", ("Hajin", "Deir ez-Zor", 2)),
    ("Shelling hit farmland between Al-Baaj and Sinjar on Monday, wounding a shepherd.", ("Al-Baaj", "Ninewa", 2)),
    ("استهدفت طائرة مسيرة سيارة على الطريق بين بلدتي الشحيل والبصيرة بريف دير الزور، ما أدى لمقتل شخص", ("Al-Shuhayl", "Deir ez-Zor", 2)),
    ("غارة جوية على موقع لداعش بين القائم وعكاشات غربي الأنبار", ("Al-Qaim", "Anbar", 2)),
])
def test_between_two_places_is_one_strike_near_the_first(shipped, text, place):
    """"between A and B": the stretch between two ends, one strike at the first end's precision 2; the
    second end is only the other end (no event of its own, as a "south of X" reference point is none)."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("Turkish artillery shelled Sidakan's outskirts on Tuesday, wounding a farmer.", ("Sidakan", "Erbil", 2)),
    ("A drone struck a car on Al-Shaddadi’s outskirts, killing two.", ("Shaddadi", "Al-Hasakah", 2)),
])
def test_a_town_s_outskirts_are_around_it(shipped, text, place):
    """"X's outskirts", as "the outskirts of X": around the town, precision 2."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("A Turkish drone struck a house in Makhmour camp, killing a woman.", ("Makhmour", "Erbil", 2)),
    ("قصفت طائرة مسيرة تركية سيارة في قضاء مخمور، ما أدى لمقتل شخصين", ("Makhmour", "Erbil", 2)),
])
def test_makhmour_is_in_erbil_as_its_district_is(shipped, text, place):
    """The curated town and its district agree: Makhmur District is Erbil's in the gazetteer (Who's On
    First's Makhmur of Arbil region), so the town and the district's seat are Erbil's too."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("A Turkish drone struck a car in Kaistah, a village in the Amedi district of Duhok, killing two.",
     ("Kaystah", "Duhok", 1)),
    ("A drone hit a motorcycle in Tell Hmis, a town in the Qamishli countryside, killing an Asayish member.",
     ("Tall Hamis", "Al-Hasakah", 1)),
])
def test_a_name_introduced_by_an_apposition_is_looked_up_by_spelling(shipped, text, place):
    """"X, a village near Y": X is introduced as a place as "X village" is, so a spelling the gazetteer lacks is
    looked up tolerantly inside the area the text names, and Y stays a reference point."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("غارة جوية عراقية على مغارة لداعش في جبال زمار شمال غرب الموصل", ("Zumar", "Ninewa", 2)),
    ("قصف مدفعي تركي على وادي بامرني في قضاء العمادية", ("Bamarni", "Duhok", 2)),
    ("Turkish jets struck YBS positions on Mount Sinjar, killing three.", ("Sinjar", "Ninewa", 2)),
])
def test_the_mountains_or_valley_named_after_a_place_are_around_it(shipped, text, place):
    """"جبال X", "وادي X", "Mount X": the terrain named after a village or town is the area around it
    (precision 2), and an Arabic village after it is a place as after "قرب" (not the reference point)."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("Turkish jets struck a hill near Barzan, north-west of Mergasur, killing two PKK fighters.", ("Barzan", "Erbil", 2)),
    ("قصفت طائرة مسيرة تركية سيارة قرب سنوني شمالي جبل سنجار، ما أدى لمقتل شخص", ("Sinuni", "Ninewa", 2)),
])
def test_of_same_name_places_the_one_near_the_other_places_named(shipped, text, place):
    """Rule "nearby": Barzan is a village of Erbil, Kirkuk, Ninewa and Hasakah, Sinuni one of Ninewa and
    one of Erbil; the one within NEARBY_KM of the town the text also names is the one meant."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("Shelling hit the outskirts of Al-Arisha in rural Hasakah, wounding a child.", ("`Arishah", "Al-Hasakah", 2)),
    ("A drone struck a car on the outskirts of Tell Hmis in the Qamishli countryside, killing two.",
     ("Tall Hamis", "Al-Hasakah", 2)),
])
def test_the_outskirts_of_a_town_spelled_otherwise(shipped, text, place):
    """"the outskirts of X" introduces X as a place, so a spelling the gazetteer lacks is looked up in the
    governorate named; a short name ("Al-Arisha": two consonants) by edit distance, its sub-district's seat."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("A Turkish drone struck a car in Tal Hamis, killing two Asayish members.", ("Tall Hamis", "Al-Hasakah", 1)),
    ("A Turkish drone struck an SDF vehicle in Al-Jurniyah, killing two.", ("Al Jarniyah", "Raqqa", 1)),
    ("Government forces shelled Maadan, killing a civilian.", ("Khan Maddan", "Raqqa", 1)),
    ("A Turkish drone struck a vehicle in Sinuni, killing a YBS member.", ("Sinuni", "Ninewa", 1)),
    ("A Turkish drone struck a car near Al-Arisha, killing two Asayish members.", ("`Arishah", "Al-Hasakah", 2)),
])
def test_the_usual_spellings_of_sub_district_seats(shipped, text, place):
    """seeds/aliases.csv: the English spellings of nahiya seats Who's On First writes otherwise, and those seats
    as towns, so a report naming no governorate finds them (Al-Jurniyah was a village of Aleppo, Sinuni one of
    Erbil, Al-Arisha Harishah of Sulaymaniyah, Tal Hamis and Maadan nothing)."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, events", [
    ("Turkish drone kills shepherd in Amedi\nA shepherd was killed on Monday when a Turkish drone struck near "
     "Kani Masi village in Amedi district, Duhok.", [("Ain Nuni", "Duhok", 2)]),
    ("قتيلان بقصف تركي في سوران\nقتل مدنيان، اليوم، بقصف مدفعي تركي على قرية سيدكان التابعة لقضاء سوران في أربيل.",
     [("Sidakan", "Erbil", 1)]),
    # no headline: two sentences, two strikes
    ("A Turkish drone struck a car in Amedi, killing two. Artillery shelled Kani Masi village in Amedi district.",
     [("Amadiya", "Duhok", 1), ("Ain Nuni", "Duhok", 1)]),
    # a landmark of the town is the town's
    ("Drone kills two near Qamishli\nA drone struck a car on the outskirts of Qamishli on the road to the Qamishli "
     "airport, killing two.", [("Qamishli", "Al-Hasakah", 2)]),
])
def test_a_headline_s_town_labels_its_district_when_the_body_names_a_finer_place(shipped, text, events):
    """A headline naming a district's seat and a body naming a place of that district more than
    SEAT_SURROUNDINGS_KM away report one strike, at the finer place (ACLED's most specific), not two."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == events
