"""Places (helper places10): a direction read through the possessive of the area that holds
the place, a direction that only says where a named place lies from another, and the suburbs
of a town at the town's area (each test fails without its rule).

Session 20 (the blind set articles_heldout_places10.yaml; our own sentences, none of that set's): a village with its
district in brackets the Arabic way under a post's head that names that district, a crossing, plant, base or island
named after a town, a border crossing named by its town, a town introduced in apposition with words between ("X, a
Syriac Christian town"), an island named so."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2026-06-29T10:00:00Z"   # texts of the same day
first = partial(conftest.first, published=PUBLISHED)


@pytest.mark.parametrize("text,place,direction", [
    ("A Turkish drone strike killed two fighters north of Iraq's Sinjar on Monday, security sources said.",
     "Sinjar", "north"),
    ("An unidentified drone struck a truck west of Syria's Hasakah on Tuesday, killing its driver.",
     "Hasakah", "west"),
    ("Turkish artillery shelled villages south-east of Syria's Qamishli overnight, a local source said.",
     "Qamishli", "south-east"),
])
def test_a_direction_reads_through_the_possessive_of_the_area_holding_the_place(shipped, text, place, direction):
    """"north of Iraq's Sinjar": the country's possessive stands between the direction and the
    place; the strike is in Sinjar's northern part (an area named by its part), not at Sinjar."""
    location, precision, _, said = first(text, shipped, "location", "geo_precision", "place_kind", "direction")
    assert (location, precision, said) == (place, 2, direction)


@pytest.mark.parametrize("text,place", [
    ("مسيرة تركية تستهدف عجلة لوحدات مقاومة سنجار في ناحية سنوني شمال قضاء سنجار، ما أسفر عن مقتل اثنين.", "Sinuni"),
    ("قصف مدفعي تركي يستهدف أطراف ناحية بامرني شمال مدينة دهوك مساء اليوم.", "Bamarni"),
])
def test_a_direction_before_another_labelled_place_says_where_the_place_lies_not_its_part(shipped, text, place):
    """«ناحية سنوني شمال قضاء سنجار»: Sinuni lies north of Sinjar; the direction is no part of Sinuni."""
    location, _, _, said = first(text, shipped, "location", "geo_precision", "place_kind", "direction")
    assert (location, said) == (place, None)


@pytest.mark.parametrize("text", [
    "قصف مدفعي تركي على ضواحي مدينة زاخو في محافظة دهوك اليوم دون وقوع إصابات.",
    "A Turkish drone struck a car in the suburbs of Zakho on Monday, wounding its driver.",
])
def test_the_suburbs_of_a_town_are_its_area_of_its_kind(shipped, text):
    """«ضواحي مدينة زاخو», "the suburbs of Zakho": around the town (precision 2), coded with the
    town's own kind, as «أطراف مدينة X» and "the outskirts of X" are."""
    assert first(text, shipped, "location", "geo_precision", "place_kind", "direction")[:3] == ("Zakho", 2, "city")


def placed(text: str, lexicon) -> list[tuple]:
    """[(place, governorate, precision) of each event] of *text*."""
    return conftest.facts(text, lexicon, "location", "admin1", "geo_precision", published=PUBLISHED)


@pytest.mark.parametrize("text, where", [
    ("سنوني | مسيرة تركية تستهدف سيارة في قرية كرسي (منطقة سنوني) ومقتل شخصين.", [("Karsi", "Ninewa", 1)]),
    ("عين عيسى | مسيرة تركية تستهدف منزلاً في قرية الهيشة (منطقة عين عيسى) وإصابة طفل.", [("Al Hishah", "Raqqa", 1)]),
])
def test_a_village_with_its_district_in_brackets_under_the_districts_head(shipped, text, where):
    """A post headed by a town ("سنوني | …") that names the struck village with that town's area in brackets the
    Arabic way ("قرية X (منطقة Y)"): the bracket labels the village's area, as "التابعة لناحية Y" does, so the head
    files the post under it and names no place of its own; the village is the strike's place."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("قصفت قوات الحكومة بقذائف الهاون معبر البصيرة النهري مساء أمس، ما أدى إلى إصابة شخصين.",
     [("Al-Busayrah", "Deir ez-Zor", 2)]),
    ("سقوط ثلاث قذائف صاروخية على قاعدة الشدادي دون وقوع إصابات.", [("Shaddadi", "Al-Hasakah", 2)]),
    ("A drone struck a tanker at the Al-Busayrah crossing on the Euphrates on Monday, killing its driver.",
     [("Al-Busayrah", "Deir ez-Zor", 2)]),
    ("Turkish jets struck the Rmelan oil facility overnight, setting a storage tank ablaze.",
     [("Rmelan", "Al-Hasakah", 2)]),
])
def test_a_crossing_base_or_plant_named_after_a_town_is_its_area(shipped, text, where):
    """A river crossing, a base or a plant named after the town it lies at or by ("معبر X النهري", "قاعدة X", "the X
    crossing", "the X oil facility") that the gazetteer has no row of: the town's area (precision 2), not the town
    itself; a namesake town elsewhere is then no confident wrong place."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("استهدفت طائرة مسيرة مجهولة شاحنة عند معبر حصيبة الحدودي، ما أدى إلى مقتل سائقها.",
     [("Al-Qaim border crossing", "Anbar", 1)]),
])
def test_a_border_crossing_named_by_its_town_is_the_crossing(shipped, text, where):
    """A border crossing named by the town it stands at under a name the gazetteer's crossing row lacks ("معبر X",
    "the X crossing"): the crossing row by that town (within 10 km), at precision 1."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("A drone struck a boat at a small island in the Euphrates off Darnaj on Monday, killing two men.",
     [("Darnaj", "Deir ez-Zor", 2)]),
    ("Government artillery shelled an island off Darnaj overnight, a local source said.",
     [("Darnaj", "Deir ez-Zor", 2)]),
])
def test_a_river_island_off_a_town_is_its_area(shipped, text, where):
    """"an island in the Euphrates off X": the island by the town, the town's area (precision 2), as "opposite X" is."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("A drone struck a house in Batnaya, a Chaldean Christian town north of Mosul, wounding a woman.",
     [("Batnay", "Ninewa", 1)]),
    ("A Turkish drone struck a car in Bahzany, a predominantly Yazidi town near Bashiqa, wounding one.",
     [("Qaryat Bahzani", "Ninewa", 1)]),
    ("Iraqi jets bombed IS militants on Huwaijat Hanish, an island in the Euphrates near Hit, killing three.",
     [("Hawijat Hanish", "Anbar", 1)]),
])
def test_a_town_or_island_in_apposition_with_its_peoples_words(shipped, text, where):
    """"X, a Syriac Christian town east of Y", "X, a predominantly Yazidi town near Y", "X, an island in the Euphrates
    near Y": the apposition introduces X as a place with the people's or a qualifying word before the place word (an
    island too), so X, spelled otherwise than the gazetteer, is looked up by spelling; not the reference town Y."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("قصف مدفعي تركي قرب سد الموصل شمال المحافظة دون وقوع إصابات.", [("Mosul Dam", "Ninewa", 2)]),
    ("A drone struck a car at the Mosul Dam on Monday, killing two.", [("Mosul Dam", "Ninewa", 1)]),
])
def test_the_mosul_dam_is_not_mosul(shipped, text, where):
    """The Mosul Dam ("سد الموصل"), some 45 km north of Mosul: a place of its own (seeds/gazetteer.csv, its point from
    a public source), not the city its name holds."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("A drone hit a truck near the Rabia crossing west of Mosul, killing its driver.",
     [("Rabia border crossing", "Ninewa", 2)]),
    ("قصف جوي على سيارة عند منفذ ربيعة الحدودي وإصابة شخصين.", [("Rabia border crossing", "Ninewa", 1)]),
])
def test_the_rabia_crossing_is_the_iraqi_side(shipped, text, where):
    """"the Rabia crossing", "منفذ ربيعة": the Iraqi side (Ninewa) of the crossing Syria calls Al-Yarubiyah's, named
    after the town Rabia, not the Syrian crossing row of Al-Hasakah."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, toll", [
    ("A drone struck a boat near Al-Busayrah on the Euphrates on Monday; a fisherman was killed.", [("Al-Busayrah", 1)]),
    ("Regime shelling hit a ferry at Darnaj at dawn; the ferryman was killed.", [("Darnaj", 1)]),
])
def test_a_boatman_killed_at_a_river_crossing_is_one_killed(shipped, text, toll):
    """"a boatman ferrying passengers was killed", "the ferryman was killed": one person named by his work on the river
    (where crossings and river islands are struck) is a toll of one, as "the driver was killed" is."""
    assert conftest.facts(text, shipped, "location", "fatalities", published=PUBLISHED) == toll


@pytest.mark.parametrize("text, where", [
    ("قصف مدفعي تركي على مواقع لقسد في جبل عبد العزيز غرب الحسكة.", [("Mount Abdulaziz", "Al-Hasakah", 2)]),
    ("Turkish jets bombed SDF posts on the Abdulaziz mountains overnight, the SDF said.",
     [("Mount Abdulaziz", "Al-Hasakah", 2)]),
])
def test_mount_abdulaziz_is_its_ridge(shipped, text, where):
    """"جبل عبد العزيز", "the Abdulaziz mountains": the ridge west-south-west of Hasakah (seeds/terrain.csv, its point
    from a public source), an area (precision 2), not the governorate's point 40 km off; the given name alone is none."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("A drone struck a PMF checkpoint in Tilkaif on Monday, wounding two fighters.", [("Telkafe", "Ninewa", 1)]),
    ("An explosive-laden drone hit a house in Telkaif on Sunday night.", [("Telkafe", "Ninewa", 1)]),
])
def test_tel_keppe_under_its_english_names(shipped, text, where):
    """Tel Keppe under the English names reports use, "Tilkaif", "Telkaif" (seeds/aliases.csv): the town, as "Tel
    Keppe" and "تلكيف" are, not an unplaced report."""
    assert placed(text, shipped) == where


@pytest.mark.parametrize("text, where", [
    ("Turkish howitzers shelled SDF posts on Mount Kawkab overnight, wounding a fighter.",
     [("Kawkab", "Al-Hasakah", 2)]),
])
def test_mount_named_after_its_village(shipped, text, where):
    """"Mount X" after its village X, as "جبل X": the mountain's word introduces the village as a place word does, at
    the village's area (precision 2)."""
    assert placed(text, shipped) == where
