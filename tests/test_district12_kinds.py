"""Kinds of place wording left by tests/fixtures/matching/articles_heldout_notes12.yaml (issue 16): a place named with
its district, a mountain named by its noun. Each codebook rule on sentences of
its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)


# ------------------------------------------------------------------ a place named with its district
def test_a_longer_name_labelled_by_its_district_is_that_districts(shipped):
    """"near Mirza Rustam (Shaqlawa district, Erbil)": "Mirza" alone is a town of Choman; the name the district labels
    is Shaqlawa's Mirza Rawstam, spelled alike, not the namesake of another district."""
    text = ("On 5 May 2025, a Turkish drone struck a vehicle near Mirza Rustam (Shaqlawa district, Erbil), killing two "
            "PKK members.")
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Mirza Rawstam", "Shaqlawa", 2)]


def test_a_name_labelled_by_its_district_seat_is_that_districts(shipped):
    """"near Jatal Milliya (Qamishli, Al-Hasakah)": the seat labels its district, whose Jatal Milliyah it is (the
    village Jatal is of Ras al-Ain)."""
    text = "On 5 May 2025, a Turkish drone struck a car near Jatal Milliya (Qamishli, Al-Hasakah), injuring two SDF members."
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Jatal Milliyah", "Qamishli", 2)]


def test_a_village_the_district_lacks_is_the_district(shipped):
    """"Hasan village (Tilkaif district, Ninewa)": Hasan is a name of Hisan in Sinjar district, 80 km off; Tilkaif has
    no place so spelled, so the district stands at its seat, precision 2 (no confident wrong village)."""
    text = "On 5 May 2025, Turkish artillery shelled Hasan village (Tilkaif district, Ninewa). No casualties were reported."
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Telkafe", "Tilkaif", 2)]


def test_a_place_in_the_district_named_after_it(shipped):
    """"near Mirza in the Soran district of Erbil": Erbil's Mirza is a town of Choman; said to be of Soran, it is
    none of Choman's, and the district stands."""
    text = "On 5 May 2025, a Turkish drone struck a car near Mirza in the Soran district of Erbil, killing a PKK member."
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Soran", "Soran", 2)]


def test_a_village_of_the_district_spelled_otherwise(shipped):
    """"Sheikhan village (Choman district, Erbil)": the Sheikhan spellings of the gazetteer are other districts'
    villages; Choman's is written Shaykhan/Shaikhan, found by its spelling inside the district."""
    text = ("On 5 May 2025, Iranian artillery shelled the outskirts of Sheikhan village (Choman district, Erbil). "
            "No casualties were reported.")
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Shaykhan", "Choman", 2)]


# ------------------------------------------------------------------ a mountain named by its noun
def test_mount_before_a_terrain_name(shipped):
    """"Mount Matina near Amedi": the Metina terrain, not the town the mountain is placed by."""
    text = "On 5 May 2025, Turkish jets struck PKK positions on Mount Matina near Amedi (Duhok)."
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Metina", "Amadiya", 2)]


def test_mountains_after_a_terrain_name(shipped):
    """"the Matin mountains in Duhok": the Metina terrain of the governorate named, not Duhok city."""
    text = "On 5 May 2025, Turkish warplanes bombed the Matin mountains in Duhok, killing 3 PKK fighters."
    assert facts(text, shipped, "location", "admin2", "geo_precision") == [("Metina", "Amadiya", 2)]
