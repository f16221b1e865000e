"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes15.yaml:
ACLED-style event notes of the seven border governorates, with ACLED's actor names and the spellings reports use):
each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ who: ACLED's name for the new government's forces
def test_the_transitional_governments_forces_are_its_army(shipped):
    """"Syrian transitional government forces shelled …": the government's forces are the Syrian army, the side
    that struck, not the government (a party that only governs)."""
    text = ("On 3 May 2025, Syrian transitional government forces shelled SDF positions near Dibsi Afnan "
            "(Ar-Raqqa), killing 2 SDF fighters.")
    assert coded(text, shipped, "actor1", "actor2") == (True, [("Syrian army", "Syrian Democratic Forces")])


# ------------------------------------------------------------------ where: one name, one place
def test_a_name_found_by_spelling_leaves_no_namesake_of_another_governorate(shipped):
    """"… and a drone struck … near Latifiya village (Al-Hasakeh)": the village found by spelling (Latifiyah of
    Qamishli) is the strike's place; the Al Latifiyah of Baghdad the same word names is no second event."""
    text = ("On 3 May 2025, a Turkish drone struck a car near Amuda (Al-Hasakeh), killing 2, and later a drone "
            "struck a motorcycle near Latifiya village (Al-Hasakeh), killing 1 SDF member.")
    assert coded(text, shipped, "location", "admin1") == (
        True, [("Amuda", "Al-Hasakah"), ("Latifiyah", "Al-Hasakah")])


def test_a_longer_name_ending_in_a_known_city_is_looked_up_whole(shipped):
    """"near Qaryat al-Huwaija (Haditha district, Al-Anbar)": the village spelled Qaryat al Huwayjah of Haditha,
    looked up whole, not Hawija of Kirkuk, which its last word names."""
    text = ("On 3 May 2025, an IED exploded near Qaryat al-Huwaija (Haditha district, Al-Anbar), injuring 2 "
            "soldiers.")
    assert coded(text, shipped, "location", "admin1") == (False, [("Qaryat al Huwayjah", "Anbar")])


def test_an_iya_ending_is_the_gazetteers_iyah(shipped):
    """"Duwailiya village (Al-Anbar)": the -iya ending without its h, and ai for ay, is Duwayliyah of Hit, found by
    edit distance with the ending written -iyah."""
    text = "On 3 May 2025, a landmine exploded in Duwailiya village (Al-Anbar), killing a shepherd."
    assert coded(text, shipped, "location", "geo_precision") == (False, [("Duwayliyah", 1)])


def test_the_labelled_district_holds_the_village_spelled_with_other_vowels(shipped):
    """"Al Faziyah village (Al-Qaim district, Al-Anbar)": a variant of a village of another district, but the
    district the note labels holds Al Fayziyah, its consonants the same: that village, not the district."""
    text = "On 3 May 2025, a landmine exploded near Al Faziyah village (Al-Qaim district, Al-Anbar), killing a shepherd."
    assert coded(text, shipped, "location", "geo_precision") == (False, [("Al Fayziyah", 2)])
