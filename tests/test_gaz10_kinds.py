"""Places (helper gaz10, issue 16 points 1-3): a sub-district (nahiya) named as the area struck is
that area at precision 2, never its seat town as a precise place, in Syria and Iraq alike; and a
sub-district of OCHA's Iraqi layer is found by its labelled names even where its seat is spelled
otherwise (each test fails without its rule: rule "nahiya" of monitor/text/places.py, the labels
of tolerant finds, and the labelled names seeds/build_gazetteer.py keeps on a seated sub-district)."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2026-12-06T10:00:00Z"   # texts of the same day
first = partial(conftest.first, published=PUBLISHED)


@pytest.mark.parametrize("text,place,admin1", [
    # a seat whose Arabic variant carries the word (a curated town, a Who's On First village)
    ("قصف مدفعي تركي استهدف ناحية حمام العليل جنوب الموصل مساء أمس دون إصابات", "Hammam al-Alil", "Ninewa"),
    ("طائرة مسيرة تركية تقصف ناحية بارزان في محافظة أربيل وتقتل راعيين", "Barzan", "Erbil"),
    # … and its English one
    ("Turkish artillery shelled the Rabia subdistrict west of Mosul overnight, wounding a farmer.", "Rabia", "Ninewa"),
    # Who's On First's "Nahiyat X" rows: the sub-district's seat under the sub-district's name
    ("An explosion hit Nahiyat al Karmah east of Fallujah on Sunday, killing a policeman.", "Nahiyat al Karmah", "Anbar"),
    # the seat's name, its final hamza written before the word (Who's On First calls Mare' town Defterdar)
    ("Opposition factions shelled Mare' sub-district north of Aleppo, wounding three civilians.", "Defterdar", "Aleppo"),
])
def test_a_sub_district_named_with_its_word_is_the_area_not_its_seat_town(shipped, text, place, admin1):
    """«ناحية حمام العليل», "the Rabia subdistrict", "Nahiyat al Karmah": the text names the sub-district;
    its seat at precision 2 (as ACLED codes a named sub-district), not the town at precision 1."""
    assert first(text, shipped, "location", "admin1", "geo_precision") == (place, admin1, 2)


def test_a_sub_district_found_by_its_spelling_is_the_area_too(shipped):
    """"the Al-Rummaneh sub-district of Anbar": OCHA's spelling is found tolerantly as the village Ar
    Rummanah, the sub-district's seat; labelled by its word, it is the area at precision 2."""
    text = "A roadside bomb struck a patrol in the Al-Rummaneh sub-district of Anbar on Friday, killing two soldiers."
    assert first(text, shipped, "location", "admin1", "geo_precision") == ("Ar Rummanah", "Anbar", 2)


@pytest.mark.parametrize("text", [
    "قصفت مسيرة تركية سيارة على أطراف قرية شيروان مازن في ناحية بارزان بمحافظة أربيل",
    "A Turkish drone struck a car near the village of Sherwan Mazin in the Barzan subdistrict, killing the driver.",
])
def test_a_finer_place_inside_the_sub_district_is_the_strike_s(shipped, text):
    """The sub-district labels the village named inside it; the strike is at the village (its outskirts: 2)."""
    assert first(text, shipped, "location", "admin1", "geo_precision") == ("Shirwan Mazin", "Erbil", 2)


@pytest.mark.parametrize("text,place,admin1", [
    # "ناحية سنجار" was only Idlib's Sanjar sub-district: Iraq's had no name of its own (its seat has "سنجار")
    ("قصف مدفعي تركي على ناحية سنجار دون وقوع إصابات", "Sinjar", "Ninewa"),
    # OCHA's Arabic names, which no seat of the gazetteer carries, the area at its seat or at its own point
    ("قصفت طائرات تركية مرتفعات ناحية الحج عمران صباح اليوم", "Hajj 'Umran", "Erbil"),
    # (its seat Kallallah, Galala, is also called "Balak", a name of the sub-district's row: places12's seat rule)
    ("قصف مدفعي تركي على ناحية بالك دون خسائر بشرية", "Kallallah", "Erbil"),
    ("قصف تركي على ناحية باتيل في دهوك", "Bateel Subdistrict", "Duhok"),
])
def test_an_iraqi_sub_district_keeps_its_labelled_names_beside_its_seat(shipped, text, place, admin1):
    """OCHA's Iraqi sub-districts whose seat lies beside their point keep "ناحية X" and "X subdistrict"
    (seeds/build_gazetteer.py): no namesake sub-district of Syria, no sub-district unknown; named so, the area
    is its seat spelled alike within SAME_PLACE_KM (places._seat_spelled_alike), else its own point."""
    assert first(text, shipped, "location", "admin1", "geo_precision") == (place, admin1, 2)


@pytest.mark.parametrize("text,place", [
    ("A drone strike targeted the Al-Amirya subdistrict on Monday, killing a tribal fighter.", "Nahiyat al 'Amiriyah"),
    # (a seat named alike in three governorates: the sub-district is Erbil's alone)
    ("A Turkish drone struck the Barzan subdistrict on Monday, killing two shepherds.", "Barzan"),
    ("Turkish warplanes bombed the Khoshnaw subdistrict of Erbil, residents said.", "Khoshnaw Subdistrict"),
])
def test_a_name_with_its_sub_district_word_carries_its_own_cue(shipped, text, place):
    """"the Al-Amirya subdistrict" after "targeted the": the sub-district word places the name as a
    settlement word does ("بلدة X"); no preposition needed."""
    assert first(text, shipped, "location", "admin1", "geo_precision")[0::2] == (place, 2)


@pytest.mark.parametrize("text,latitude", [
    ("Iranian missiles struck a residential compound in the Kasnazan area east of Erbil city, killing four civilians.",
     36.20067),
    ("A drone hit a poultry farm in Kasnazan, some 25 km south-west of Erbil, on Monday.", 35.9379),
])
def test_of_namesakes_around_a_town_the_one_where_the_text_places_it(shipped, text, latitude):
    """Two villages called Kasnazan lie 11 km east and 30 km south-west of Erbil, both within NEARBY_KM of it:
    "east of Erbil" tells them apart (rule "bearing"); without it the strike stays at Erbil's district."""
    event = analyse(text, "2026-12-06T10:00:00Z", shipped).event or {}
    assert (event.get("location") in ("Kasnazan", "Kesnezan"), event.get("latitude")) == (True, latitude)
