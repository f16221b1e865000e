"""Kinds found by bilingual_blind16.yaml (issue 17, nineteenth session): one strike named by its village in one report
and by the land of a town, sub-district or district in another, and two strikes of one striker a few km apart.
Our own sentences, none of that set's; each test names the kind of sentence its rule codes or fuses."""

import pytest

from conftest import facts
from monitor.incidents import fuse
from monitor.text import analyse

PUBLISHED = "2027-12-20T11:00:00Z"


def reports(texts: list[str], lexicon) -> list[dict]:
    """The events of *texts* as reports of one article each (in order), published at PUBLISHED."""
    return [{**event, "article_id": n, "story_id": n, "outlet": f"outlet{n}.example", "language": "en",
             "published_at": PUBLISHED}
            for n, text in enumerate(texts) for event in analyse(text, PUBLISHED, lexicon).events]


# ---------------------------------------------------------------- "a village of X": X's land, not X

@pytest.mark.parametrize("text, place", [
    ("An unidentified drone hit a pickup truck in a village of Hajin on Sunday, wounding its driver.", "Hajin"),
    ("A coalition drone struck a motorcycle in one of the villages of Al-Busayrah on Sunday.", "Al-Busayrah"),
    ("مسيرة مجهولة تستهدف سيارة في إحدى قرى بلدة هجين بريف دير الزور الشرقي اليوم، وإصابة سائقها.", "Hajin"),
])
def test_a_village_of_a_town_is_in_the_towns_land_not_the_town(shipped, text, place):
    """"in a village of Hajin", "one of the villages of Al-Busayrah", "في إحدى قرى بلدة هجين": an unnamed village of
    the town's land (places.NEAR), the town's area at precision 2, not the town itself; "the village of X" still names
    X."""
    assert facts(text, shipped, "location", "geo_precision", published=PUBLISHED) == [(place, 2)]
    assert facts(text.replace("in a village of", "in the village of"), shipped, "geo_precision",
                 published=PUBLISHED) == [(1 if "in a village of" in text else 2,)]


def test_a_village_of_a_town_and_the_village_named_are_one_strike(shipped):
    """The Arabic naming the village (Al-Bahrah, 8 km from Hajin) and the English "a village of Hajin": one incident."""
    told = reports(["مسيرة مجهولة تستهدف سيارة في قرية البحرة بريف دير الزور الشرقي اليوم، وإصابة سائقها.",
                    "An unidentified drone hit a car in a village of Hajin on Sunday, wounding its driver."], shipped)
    assert len(told) == 2 and len(fuse(told)) == 1


# ---------------------------------------------------------------- "X subdistrict in Y": Y is X's district

@pytest.mark.parametrize("text, place", [
    ("A Turkish drone struck a car near Zummar subdistrict in Tal Afar on Saturday morning, wounding two.", "Zumar"),
    ("A Turkish drone hit a tractor near Sinune subdistrict in Sinjar on Tuesday, killing the farmer.", "Sinuni"),
    ("مسيرة تركية تستهدف جراراً زراعياً قرب ناحية سنوني في شنكال ظهر اليوم، ومقتل سائقه.", "Sinuni"),
])
def test_a_town_after_a_subdistrict_placed_in_it_is_its_district_not_the_strikes_place(shipped, text, place):
    """"near Zummar subdistrict in Tal Afar", "قرب ناحية سنوني في شنكال": the town after "in" is the sub-district's
    district named by its seat (places._label_area, ``_SUBDISTRICT_IN_BEFORE``), not where the strike was: the
    sub-district's area at precision 2, as "near Sinune subdistrict" alone."""
    assert facts(text, shipped, "location", "geo_precision", published=PUBLISHED) == [(place, 2)]


def test_a_subdistrict_in_its_district_and_the_subdistrict_alone_are_one_strike(shipped):
    """Rudaw's "near Sinune subdistrict in Shingal" and Shafaq's "قرب ناحية سنوني": one incident (the first was
    coded as Sinjar town, 22 km off)."""
    told = reports(["A Turkish drone hit a tractor near Sinune subdistrict in Shingal on Monday, killing the farmer.",
                    "مسيرة تركية تستهدف جراراً زراعياً قرب ناحية سنوني ظهر اليوم، ومقتل سائقه."], shipped)
    assert len(told) == 2 and len(fuse(told)) == 1


# ---------------------------------------------------------------- "the X district": the district, not X's land

@pytest.mark.parametrize("text, place", [
    ("An unidentified drone struck an oil tanker in the Mayadin district on Monday, killing its driver.", "Mayadin"),
    ("مسيرة مجهولة تقصف صهريج نفط في منطقة الميادين اليوم، ومقتل سائقه.", "Mayadin"),
    ("A Turkish drone hit a car in Sinjar district on Monday, killing two.", "Sinjar"),
    ("مسيرة تركية تقصف عجلة في قضاء سنجار اليوم، ومقتل سائقها.", "Sinjar"),
])
def test_a_district_named_by_its_word_is_coded_at_its_seat_as_a_district(shipped, text, place):
    """"in the Mayadin district", "منطقة الميادين", "قضاء سنجار": the district at its seat (precision 2, as ACLED codes
    it) with place_kind "district" (places.named_unit), not the seat's own kind: the fusion reads a city's or town's
    area as the land around it, which holds no other town."""
    assert facts(text, shipped, "location", "geo_precision", "place_kind", published=PUBLISHED) == [
        (place, 2, "district")]


def test_a_district_named_by_its_word_holds_a_town_of_it_and_the_towns_land_does_not(shipped):
    """"an oil tanker in the Mayadin district" and the Arabic naming Al-Ashara, a town of that district 16 km from the
    city: one strike; "near Al-Mayadin" (the city's own land, which holds no other town beyond its outskirts) and
    Al-Ashara: two."""
    ashara = "مسيرة مجهولة تقصف صهريج نفط في بلدة العشارة اليوم، ومقتل سائقه."
    district = "An unidentified drone struck an oil tanker in the Mayadin district on Monday, killing its driver."
    assert len(fuse(reports([ashara, district], shipped))) == 1
    assert len(fuse(reports([ashara, district.replace("in the Mayadin district", "near Al-Mayadin")], shipped))) == 2
