"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes8.yaml:
ACLED-style event notes, weighted to the other events most easily taken for strikes, and to the names around an
event that are not its sides): each codebook rule on sentences of its own, not the fixture's, through ``analyse``
as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest

import pytest


PUBLISHED = "2024-09-21T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ what happened
@pytest.mark.parametrize("text", [
    # the side attacked fights back: the parties fought
    "On 20 September 2024, IS militants attacked an Iraqi army post near Rawa (Anbar) with machine guns, killing a "
    "soldier. The troops responded with artillery fire.",
    "On 20 September 2024, gunmen attacked a Peshmerga outpost near Makhmour (Erbil) with mortars; the Peshmerga "
    "repelled the assault, killing two of the attackers.",
])
def test_an_attack_the_side_attacked_fights_back_is_a_clash(shipped, text):
    """"responded with artillery fire", "repelled the assault": the side attacked fought back, so the guns and
    mortars of the exchange are an Armed clash, as an exchange of fire is (no shelling, no strike report)."""
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


@pytest.mark.parametrize("text", [
    "On 20 September 2024, IS militants attacked an SDF post near Markada (Hasakah), supported by mortar fire, "
    "killing two SDF fighters.",
    "On 20 September 2024, Iraqi forces attacked IS hideouts near Akashat (Anbar) with mortars and machine guns, "
    "supported by army helicopters, killing four militants.",
    "On 20 September 2024, the army clashed with IS remnants near Al-Baaj (Ninewa), with army drones striking "
    "their hideouts during the fighting.",
])
def test_guns_or_aircraft_supporting_the_fighting_are_part_of_the_clash(shipped, text):
    """Guns or aircraft that support an attack on an armed side or the fighting ("supported by mortar fire",
    "supported by army helicopters", drones striking "during the fighting") are part of the battle, as air support
    of a clash is: an Armed clash, no strike."""
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


def test_aircraft_backing_a_side_are_neither_side_of_the_clash(shipped):
    """"with coalition drones backing the SDF": the aircraft support the clash (an Armed clash) and are none of its
    sides, by their name or by their adjective."""
    text = ("On 20 September 2024, the SDF clashed with tribal gunmen in Al-Busayrah (Deir ez-Zor), with coalition "
            "drones backing the SDF.")
    assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Armed clash", "Syrian Democratic Forces")])


@pytest.mark.parametrize("text", [
    "Arrests: On 20 September 2024, the SDF, supported by coalition aircraft, detained three IS suspects in a raid "
    "near Al-Shuhayl (Deir ez-Zor).",
    "Looting: On 20 September 2024, gunmen looted the wreckage of a Turkish drone that had struck a car near Amuda "
    "(Hasakah).",
])
def test_a_note_labelled_with_a_non_violent_type_codes_no_event(shipped, text):
    """ACLED's notes of strategic developments open with their own type ("Arrests:", "Looting:"): no violent
    event, whatever aircraft or strikes the note names."""
    assert coded(text, shipped, "sub_event_type") == (False, [])


def test_a_labelled_disrupted_weapons_use_keeps_its_event(shipped):
    """The label of a violent type ("Disrupted weapons use:") is no strategic development to drop."""
    text = "Disrupted weapons use: On 20 September 2024, Peshmerga forces shot down a drone near Gwer (Erbil)."
    assert coded(text, shipped, "sub_event_type") == (False, [("Disrupted weapons use",)])


def test_a_strike_suggested_as_a_blast_s_cause_is_no_strike(shipped):
    """"Some residents suggested a drone strike": a guess at an explosion's cause reports no strike; the
    explosion is the event."""
    text = ("On 20 September 2024, a blast of unknown cause hit a PMF depot near Al-Qaim (Anbar), wounding two "
            "guards. Some residents speculated that an Israeli airstrike had hit the depot.")
    assert coded(text, shipped, "sub_event_type") == (False, [("Remote explosive/landmine/IED",)])


# ------------------------------------------------------------------ who
def test_and_joined_sides_that_clashed_fought_each_other(shipped):
    """"X and Y clashed" (no "with" after): X fought Y; the aircraft "supporting" one of them is neither side."""
    text = ("On 20 September 2024, Peshmerga and PKK fighters clashed near Sidakan (Erbil), with Turkish drones "
            "supporting the Peshmerga. Two PKK fighters were killed.")
    assert coded(text, shipped, "actor1", "actor2") == (False, [("Peshmerga", "PKK")])


def test_a_claim_beside_the_event_names_who_did_it(shipped):
    """"IS later claimed responsibility" in the sentence after an IED's names the side that set it off."""
    text = ("On 20 September 2024, a roadside bomb struck a PMF vehicle near Tal Afar (Ninewa), wounding three "
            "fighters. IS later claimed responsibility.")
    assert coded(text, shipped, "actor1", "actor2") == (False, [("Islamic State", "Popular Mobilization Forces")])


@pytest.mark.parametrize("text", [
    "On 20 September 2024, Turkish jets bombed caves in the Gara region (Duhok). Turkey's defence ministry said "
    "that six PKK fighters were neutralized.",
    "On 20 September 2024, a coalition drone struck a house in Al-Susah (Deir ez-Zor). Two IS members were killed.",
])
def test_the_side_whose_dead_a_passive_toll_names_was_struck(shipped, text):
    """"six PKK fighters were neutralized", whoever says it: the side whose dead the toll names is the side
    struck, in the sentence after the strike too."""
    assert coded(text, shipped, "actor2")[1][0][0] in ("PKK", "Islamic State")


def test_what_the_striker_claims_its_target_was_is_no_side(shipped):
    """"a house which it claimed was an Israeli spy headquarters": the striker's claim about a civilian target names
    no side struck."""
    text = ("On 20 September 2024, the IRGC fired ballistic missiles at a house in Erbil city (Erbil) which it claimed "
            "was an Israeli spy headquarters, killing two civilians.")
    assert coded(text, shipped, "actor1", "actor2") == (True, [("IRGC", None)])


@pytest.mark.parametrize("text, actor1, actor2", [
    ("On 20 September 2024, US drones struck a convoy of IRGC-affiliated militias near Al-Mayadin (Deir ez-Zor).",
     "US forces", "Iran-backed militias"),
    ("On 20 September 2024, SDF mortars hit regime positions in Al-Tabni (Deir ez-Zor).",
     "Syrian Democratic Forces", "Syrian army"),
    ("On 20 September 2024, US air defenses at Conoco base (Deir ez-Zor) intercepted a drone launched by "
     "Iran-backed militias.", "US forces", "Iran-backed militias"),
])
def test_sides_named_by_their_positions_patrons_and_guns(shipped, text, actor1, actor2):
    """Militias named by their patron ("IRGC-affiliated militias"), the regime by its positions, US forces by
    their air defences."""
    assert coded(text, shipped, "actor1", "actor2")[1] == [(actor1, actor2)]


def test_missiles_fired_at_a_place_are_a_missile_attack(shipped):
    """"fired missiles at a house": a missile attack, as "fired rockets at" is (the bare "missiles" stays no
    strike term: air defences fire them too)."""
    text = "On 20 September 2024, the IRGC fired missiles at a farm near Koya (Erbil), wounding two shepherds."
    assert coded(text, shipped, "sub_event_type", "actor1") == (True, [("Shelling/artillery/missile attack", "IRGC")])


def test_the_side_a_clash_is_with_is_never_its_first_side(shipped):
    """"soldiers clashed with IS remnants": IS is the other side of the clash (actor2), even when the first side
    is named by no actor's name."""
    text = "On 20 September 2024, soldiers clashed with IS remnants near Al-Baaj (Ninewa), killing two militants."
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (False, [("Armed clash", None, "Islamic State")])


# ------------------------------------------------------------------ how many
def test_wounding_another_counts_one_wounded(shipped):
    """"killing a shepherd and wounding another": one other wounded, as "واصيب اخر" is."""
    text = "On 20 September 2024, Turkish artillery shelled a pasture near Sidakan (Erbil), killing a shepherd and wounding another."
    assert coded(text, shipped, "fatalities", "injured") == (True, [(1, 1)])


# ------------------------------------------------------------------ where
@pytest.mark.parametrize("text, place, precision", [
    ("On 20 September 2024, Turkish drones struck a bakery in Tal Hmis, wounding a baker.", "Tall Hamis", 1),
    ("On 20 September 2024, a grenade hit a shop in Al-Hasakeh city, wounding a boy.", "Hasakah", 1),
    ("On 20 September 2024, Turkish drones struck a car in Tal Hmis sub-district (Hasakah), wounding a driver.",
     "Tall Hamis", 2),
])
def test_a_sub_district_s_spelling_of_its_seat_names_the_seat(shipped, text, place, precision):
    """"in Tal Hmis", "Al-Hasakeh city": a spelling only the sub-district's row holds, with no sub-district word,
    names its seat, the town of its district spelled alike (Tall Hamis, Hasakah), as precise as the town; "Tal Hmis
    sub-district" is the area (at its seat, precision 2)."""
    assert coded(text, shipped, "location", "geo_precision")[1] == [(place, precision)]
