"""Places (helper gaz13, issue 16 points 1-3): kinds the last closing note and the blind set
articles_heldout_places6.yaml left, each test failing without its rule — of seeds/build_gazetteer.py (a name whose
only namesakes are its parts is the area around them: ``part_areas``; a sub-district whose only namesake beyond
SAME_PLACE_KM is spelled alike, not named alike, keeps its names: ``subdistrict_places``, ``seat_towns``; a village
named with its word for village is also named without it: ``village_word_names``) or of monitor/text/places.py (a
line's head is no mention that places the strike: ``locate_strike``; a direction that describes a settlement is no
"near": ``near_before``; a village named after its valley, "وادي المر", carries its cue and names the valley:
``TERRAIN_WORD``; an adjective of a people is no place name to look up: ``NATIONALITY_ADJECTIVES``)."""

from __future__ import annotations

from functools import partial

import sys
from pathlib import Path

import pytest

from monitor.gazetteer import Place
from monitor.text.document import Document
from monitor.text.places import tolerant_matches
from monitor.text.watchlists import match_watchlists

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "seeds"))
import build_gazetteer  # noqa: E402
import conftest


PUBLISHED = "2026-12-06T10:00:00Z"   # texts of the same day
first = partial(conftest.first, published=PUBLISHED)


def village(name, variants, lat, lon, admin1="Ninewa", admin2="Mosul", source="wof:1"):
    return Place(name, tuple(variants), lat, lon, "Iraq", admin1, "village", admin2, source)


# ------------------------------------------------------------------ a name known only by its parts

def test_a_name_whose_only_namesakes_are_its_parts_is_the_area_between_them():
    """"Tall 'Abtah al Janubi" and "Tall 'Abtah ash Shimali", 7 km apart, and no "Tall 'Abtah": the bare name is a
    place of its own midway, an area (precision 2) beyond ONE_VILLAGE_KM, a village within it; the part's variant
    that is the bare name moves to it. A lone part ("Tall Shamran Fawqani") or parts far apart stay as they are."""
    south = village("Tall 'Abtah al Janubi", ["تل عبطة الجنوبي"], 35.89003, 42.60292, source="wof:2")
    north = village("Tall 'Abtah ash Shimali", ["تل عبطة الشمالي", "Tall ‘Abţah"], 35.94742, 42.56476, source="wof:3")
    big = village("Jujar al Kabir", ["جوجر الكبير"], 36.60422, 43.68578, source="wof:4")
    small = village("Jujar as Saghir", ["جوجر الصغير"], 36.59819, 43.69531, source="wof:5")
    lone = village("Tall Shamran Fawqani", ["Tall Shamrān"], 36.63848, 40.35726, "Al-Hasakah", "Al-Hasakah")
    east = village("Rambus Sharqi", [], 36.0, 42.0, source="wof:6")
    west = village("Rambus Gharbi", [], 36.0, 41.65, source="wof:7")
    places, count = build_gazetteer.part_areas([south, north, big, small, lone, east, west])
    areas = {p.name: p for p in places[7:]}
    assert count == 2 and set(areas) == {"Tall 'Abtah", "Jujar"}
    abtah = areas["Tall 'Abtah"]
    assert (abtah.kind, abtah.precision, abtah.point) == ("area", 2, (35.91873, 42.58384))
    assert abtah.source == "parts:wof:2+wof:3" and "تل عبطة" in abtah.variants
    assert "Tall ‘Abţah" not in places[1].variants and places[4] == lone
    assert (areas["Jujar"].kind, areas["Jujar"].precision) == ("village", 1)


def test_a_namesake_near_the_parts_keeps_their_common_name():
    """A village named as the parts' common name within SAME_PLACE_KM of them is the place the name means: no area."""
    parts = [village("Hubarah Kabirah", [], 36.876, 41.206, "Al-Hasakah", "Qamishli"),
             village("Hubarah Saghirah", [], 36.905, 41.214, "Al-Hasakah", "Qamishli"),
             village("Hubarah", [], 36.89, 41.25, "Al-Hasakah", "Qamishli")]
    assert build_gazetteer.part_areas(parts) == (parts, 0)


@pytest.mark.parametrize("text,place,precision", [
    ("قصفت طائرات عراقية وكراً لداعش في منطقة تل عبطة جنوب غربي الموصل", "Tall 'Abtah", 2),
    ("Iraqi jets struck IS remnants in the Tall Abtah area, south-west of Mosul, killing three.", "Tall 'Abtah", 2),
    ("استهدفت مسيرة تركية دراجة نارية في قرية حبارة جنوب القامشلي", "Hubarah", 1),
    ("Iraqi F-16s struck a hideout in Tiskharab village, Al-Hamdaniya district (Ninewa).", "Tiskharab", 1),
])
def test_the_shipped_gazetteer_places_a_name_of_two_parts_between_them(shipped, text, place, precision):
    """The shipped gazetteer (rebuilt) has the areas: a report naming the bare name is coded there, not at one part,
    the district or the city it is placed from."""
    assert first(text, shipped, "location", "geo_precision") == (place, precision)


# ------------------------------------------------------------------ sub-districts and "Qaryat X"

def test_a_sub_district_spelled_like_a_far_village_keeps_its_names():
    """OCHA's Barwari Bala: Pirblah, 37 km off, shares its spelling key but not its name, so it is no seat and the
    row keeps "Barwari Bala", "برواري بالا" (it had none); Al-Walid's border village 56 km off bears its name: a
    seat, and the row keeps no bare name (the village is what "Al-Walid" means)."""
    rows = [{"source_id": "IQG09Q01N01", "name": "Barwari Bala", "alt_names": "", "names_ar": "برواري بالا",
             "names_ku": "", "lat": "37.22146", "lon": "43.34498", "admin1": "Duhok", "admin2": "Amadiya", "country": "IQ"},
            {"source_id": "IQG01Q04N02", "name": "Al-Walid", "alt_names": "", "names_ar": "الوليد", "names_ku": "",
             "lat": "33.36461", "lon": "39.53864", "admin1": "Anbar", "admin2": "Rutba", "country": "IQ"}]
    places = [village("Pirblah", ["Birbla"], 37.2, 42.93, "Duhok", "Zakho"),
              village("Al Walid", ["الوليد"], 33.26, 38.95, "Anbar", "Rutba"),
              Place("Amadiya District", (), 37.1, 43.5, "Iraq", "Duhok", "district", "Amadiya"),
              Place("Rutba District", (), 33.0, 40.3, "Iraq", "Anbar", "district", "Rutba")]
    barwari, walid = build_gazetteer.subdistrict_places(rows, lambda a1, a2: (a1, a2), places, "ocha", seated=True)
    assert {"Barwari Bala", "برواري بالا"} <= set(barwari.variants)
    assert walid.variants == ()


@pytest.mark.parametrize("text,place", [
    ("Turkish warplanes bombed the mountains around villages in Barwari Bala, Amedi district.",
     "Barwari Bala Subdistrict"),
    ("On 8 September 2025, a Turkish drone struck a vehicle in the Khoshnaw area of Shaqlawa district (Erbil).",
     "Khoshnaw Subdistrict"),
])
def test_a_sub_district_named_without_its_word_is_the_sub_district(shipped, text, place):
    assert first(text, shipped, "location", "admin1", "geo_precision")[::2] == (place, 2)


def test_a_village_named_with_its_word_for_village_is_named_without_it():
    """"Qaryat Wadi al Murr" / "قرية وادي المر" is also "Wadi al Murr" / "وادي المر"; not a one-word name ("Qaryat
    Haqqi": "حقي" is a word), nor a name another place carries (the OSM village "وادي الصفا" beside "Qaryat Wadi as
    Safa" keeps its name)."""
    murr = village("Qaryat Wadi al Murr", ["قرية وادي المر"], 35.69, 43.26)
    haqqi = village("Qaryat Haqqi", ["قرية حقي"], 33.25, 43.8, "Anbar", "Fallujah")
    safa = village("Qaryat Wadi as Safa", ["قرية وادي الصفا"], 35.81, 43.23)
    other = village("وادي الصفا", [], 35.80, 43.23)
    (murr, haqqi, safa, other), count = build_gazetteer.village_word_names([murr, haqqi, safa, other])
    assert count == 2 and {"Wadi al Murr", "وادي المر"} <= set(murr.variants)
    assert haqqi.variants == ("قرية حقي",) and safa.variants == ("قرية وادي الصفا", "Wadi as Safa")


def test_a_village_named_after_its_valley_names_the_valley(shipped):
    """"في وادي المر": the name carries its own cue (a terrain word opens it, as "قرية" does) and names the valley
    around the village (precision 2), not the town the text places it from."""
    text = "خلية الإعلام الأمني: طائرات F-16 تدك أوكاراً لداعش في وادي المر جنوب القيارة"
    assert first(text, shipped, "location", "admin1", "geo_precision") == ("Qaryat Wadi al Murr", "Ninewa", 2)


# ------------------------------------------------------------------ how a post or a wire story names the place

@pytest.mark.parametrize("text,place", [
    ("#البصيرة | استهداف بطائرة مسيرة لسيارة في محيط البصيرة بريف دير الزور الشرقي", "Al-Busayrah"),
    ("#تل_براك | قصف مسيرة تركية على نقطة لقوات الأسايش في محيط تل براك، وإصابة ثلاثة عناصر.", "Tall Birak"),
    ("القيارة | ضربة جوية على وكر لداعش في محيط القيارة جنوب الموصل", "Qayyarah"),
])
def test_a_line_head_is_no_mention_that_places_the_strike(shipped, text, place):
    """"#X | … محيط X": the head files the line under X; the line's own "محيط X" says the strike was around X
    (precision 2), not in it."""
    assert first(text, shipped, "location", "admin1", "geo_precision")[::2] == (place, 2)


@pytest.mark.parametrize("text,precision", [
    ("An unidentified drone struck a motorcycle in the eastern Syrian town of Gharanij on Sunday.", 1),
    ("A drone struck a car in the north-eastern town of Gharanij on Sunday.", 1),
    ("A drone struck a car west of the eastern Syrian town of Gharanij on Sunday.", 2),
])
def test_a_direction_that_describes_the_town_is_no_near(shipped, text, precision):
    """"the eastern Syrian town of X" is X itself; "west of the eastern … town of X" still places the strike around X."""
    assert first(text, shipped, "location", "admin1", "geo_precision") == ("Kharayij", "Deir ez-Zor", precision)


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a car near the north-eastern Syrian town of Amuda, killing two.",
    "Turkish artillery shelled the Syrian village of Tal Tamr in Al-Hasakah.",
])
def test_an_adjective_of_a_people_is_no_place_name(shipped, text):
    """"the Syrian town of X": "Syrian", capitalised before "town", is spelled as the village Sayranah of Ras al-Ain
    (Al-Hasakah) but is no unknown name of a place to look up by its spelling."""
    doc = Document.of(text)
    assert tolerant_matches(doc, match_watchlists(doc, shipped), shipped, [0]) == []
