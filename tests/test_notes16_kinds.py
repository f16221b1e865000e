"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes15.yaml (issue 16, round 2):
each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ what: ordnance named as a hazard went off nowhere
def test_the_risk_of_unexploded_shells_types_no_shelling_as_an_ied(shipped):
    """"… because of the danger of unexploded shells": a hazard, no old ordnance going off; the shelling stays
    shelling, by the side that shelled."""
    text = ("On 3 May 2025, Turkish artillery shelled the outskirts of Kani Masi (Duhok), local officials said. "
            "Firefighters could not reach the burning slopes because of the danger of unexploded shells.")
    assert coded(text, shipped, "location", "sub_event_type", "actor1") == (
        True, [("Ain Nuni", "Shelling/artillery/missile attack", "Turkish Armed Forces")])


def test_land_contaminated_with_mines_is_no_event(shipped):
    """"the slopes are still contaminated with mines and unexploded ordnance": no explosion at Kani Masi."""
    text = ("On 3 May 2025, Turkish warplanes bombed the Metina area (Duhok). Farmers in Kani Masi say the slopes "
            "are still contaminated with mines and unexploded ordnance.")
    assert coded(text, shipped, "location") == (True, [("Metina",)])


def test_fields_cleared_of_landmines_are_no_event(shipped):
    """"clearing the fields of Abu Rasin of landmines": demining, no blast; "littered with war remnants" likewise."""
    for hazard in ("Engineers have been clearing the fields of Abu Rasin of landmines since the battle.",
                   "Farmers say the fields near Abu Rasin are littered with war remnants."):
        text = f"On 3 May 2025, SDF artillery shelled Tall Tamr countryside (Al-Hasakah). {hazard}"
        assert coded(text, shipped, "location") == (True, [("Tal Tamr",)])


def test_arabic_land_contaminated_with_mines_is_no_event(shipped):
    """"ملوثة بالألغام ومخلفات الحرب": the land is a hazard, no explosion at Umm Kahaf."""
    text = ("قصفت المدفعية التركية قرية الدردارة في ريف تل تمر. "
            "وتبقى الأراضي الزراعية في قرية أم الكيف ملوثة بالألغام ومخلفات الحرب.")
    assert coded(text, shipped, "location") == (True, [("Dardarah",)])


def test_a_mine_that_went_off_is_still_its_event(shipped):
    """The hazard is only the ordnance it names: "a landmine exploded …; locals warned of the danger of landmines"
    keeps the explosion."""
    text = ("On 3 May 2025, a landmine exploded near Tall Tamr (Al-Hasakah), killing a shepherd. "
            "Locals warned of the danger of landmines.")
    assert coded(text, shipped, "location", "sub_event_type") == (
        False, [("Tal Tamr", "Remote explosive/landmine/IED")])


# ------------------------------------------------------------------ who: the second strike of the same round
def test_a_second_strike_struck_the_same_side(shipped):
    """"… killing 2 PKK members; another strike hit a cave near Y": the same striker again, at the same side."""
    text = ("On 3 May 2025, Turkish drones struck a PKK position near Kani Masi (Duhok), killing 2 PKK members; "
            "another strike hit a cave near Batifa (Duhok).")
    assert coded(text, shipped, "location", "actor1", "actor2") == (
        True, [("Ain Nuni", "Turkish Armed Forces", "PKK"), ("Batufe", "Turkish Armed Forces", "PKK")])


def test_a_second_strike_that_killed_a_shepherd_struck_no_side(shipped):
    """"… a second strike hit a car near Y, killing a shepherd": its own clause names a civilian hit, no side."""
    text = ("On 3 May 2025, Turkish drones struck a PKK position near Kani Masi (Duhok), killing 2 PKK members; "
            "a second strike hit a car near Batifa (Duhok), killing a shepherd.")
    assert coded(text, shipped, "location", "actor2") == (True, [("Ain Nuni", "PKK"), ("Batufe", None)])
