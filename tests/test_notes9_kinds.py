"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes9.yaml:
ACLED-style event notes of the seven border governorates, in the proportion of strikes and other events of the
hidden sample): each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon
codes them."""

from __future__ import annotations

from functools import partial

import conftest

import pytest


PUBLISHED = "2024-09-21T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ what happened
@pytest.mark.parametrize("text", [
    "On 20 September 2024, fighting broke out between Peshmerga forces and PKK militants near Sidakan (Erbil).",
    "On 20 September 2024, heavy weapons were used after fighting erupted between two clans near Rawa (Anbar).",
])
def test_fighting_said_to_break_out_is_a_clash(shipped, text):
    """"fighting broke out", "fighting erupted": ground fighting said to begin is an Armed clash, as "clashes broke
    out" is (no strike)."""
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


@pytest.mark.parametrize("text", [
    "On 20 September 2024, Iraqi border guards and smugglers exchanged gunfire near Rabia (Ninewa), wounding a guard.",
    "On 20 September 2024, SNA factions and the SDF traded heavy machine-gun fire near Tal Tamr (Hasakah).",
])
def test_an_exchange_of_the_guns_of_ground_fighting_is_a_clash(shipped, text):
    """"exchanged gunfire", "traded heavy machine-gun fire": the parties fought with the guns of ground fighting,
    an Armed clash with no other event word."""
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


def test_the_side_attacked_answering_with_guns_or_drones_is_a_clash(shipped):
    """"the PMF responded with mortars and drones" after an attack on its post: the side attacked fought back at
    once, so its guns and drones are part of the Armed clash (no strike report), as "responded with artillery fire"
    is."""
    text = ("On 20 September 2024, IS militants attacked a PMF post near Al-Qaim (Anbar) with machine guns; the PMF "
            "responded with mortars and drones.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Islamic State", "Popular Mobilization Forces")])


def test_a_strike_said_to_answer_another_attack_stays_a_strike(shipped):
    """A strike that "responded with drone strikes to an attack on its troops" answers another event: the strike is
    its own (no exchange of fire)."""
    text = ("On 20 September 2024, Turkish drones struck PKK positions near Batifa (Duhok); the ministry said it "
            "responded with drones and artillery to an attack on its troops.")
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


def test_a_cluster_bomblet_is_old_ordnance(shipped):
    """"a cluster bomblet killed a boy": a cluster munition's bomblet found later is old ordnance, a Remote
    explosive/landmine/IED event (no strike), even with no verb of exploding."""
    text = "On 20 September 2024, a cluster bomblet killed a boy who picked it up in a field near Hit (Anbar)."
    assert coded(text, shipped, "sub_event_type", "fatalities") == (False, [("Remote explosive/landmine/IED", 1)])


def test_a_device_that_went_off_exploded(shipped):
    """"a bomb planted under a car went off": "went off" is a verb of exploding, whatever words stand between it and
    the device (an explosion, by default a Remote explosive/landmine/IED event)."""
    text = "On 20 September 2024, a bomb planted under a car went off in Tal Afar (Ninewa), wounding two passers-by."
    assert coded(text, shipped, "sub_event_type", "injured") == (False, [("Remote explosive/landmine/IED", 2)])


# ------------------------------------------------------------------ who, and how many
@pytest.mark.parametrize("text, actor", [
    ("On 20 September 2024, Asayish members shot and wounded a teenager in Amuda (Hasakah).", "Asayish"),
    ("On 20 September 2024, Syrian National Army members shot and injured a shepherd near Suluk (Raqqa).",
     "Syrian National Army"),
])
def test_a_side_s_men_who_shoot_a_person_attack_him(shipped, text, actor):
    """"X members shot and wounded a teenager": shooting a person who survives is an Attack, and the side whose men
    shot is its actor1 (not a side hit, as "X members were wounded" would be); one wounded."""
    assert coded(text, shipped, "sub_event_type", "actor1", "injured") == (False, [("Attack", actor, 1)])


def test_a_side_s_fighters_who_clash_are_its_first_side(shipped):
    """"YBS fighters clashed with cattle smugglers": the side whose fighters clashed is actor1 even when the other
    side is no named actor."""
    text = "On 20 September 2024, YBS fighters clashed with cattle smugglers near Sinuni (Ninewa)."
    assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Armed clash", "Sinjar Resistance Units")])


@pytest.mark.parametrize("text, injured", [
    ("On 20 September 2024, a landmine exploded under a tractor near Rabia (Ninewa), injuring the driver.", 1),
    ("On 20 September 2024, a roadside bomb exploded near a minibus in Tal Afar (Ninewa), wounding its driver.", 1),
])
def test_one_person_wounded_named_by_the_definite_article(shipped, text, injured):
    """"injuring the driver", "wounding its driver": one person wounded, as "killing the driver" counts one dead."""
    assert coded(text, shipped, "injured") == (False, [(injured,)])


# ------------------------------------------------------------------ where
def test_a_sub_district_named_by_its_seat_s_name_is_the_seat_village(shipped):
    """"in Al-Tabni (Deir ez-Zor)": a name only the sub-district's row spells so, without a sub-district word, is its
    seat, the one place of its district spelled alike, also where Who's On First calls the seat a village (At Tibni,
    12 km from the sub-district's own point), at precision 1."""
    text = "On 20 September 2024, a Turkish drone struck a motorcycle in Al-Tabni (Deir ez-Zor), killing its rider."
    assert coded(text, shipped, "location", "geo_precision") == (True, [("At Tibni", 1)])


def test_a_road_named_by_a_governorate_s_namesake_is_no_strike_place_beside_a_finer_one(shipped):
    """"on the Raqqa-Tabqa road near Al-Mansurah (Raqqa)": the road's first end is the governorate's namesake, named
    again as the label; beside a finer place the strike is at that place (the road is a reference point). A road
    alone stays its first end's, around it."""
    text = ("On 20 September 2024, a drone struck a car on the Raqqa-Tabqa road near Al-Mansurah (Raqqa), killing "
            "two.")
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Al Mansurah", 2)])
    text = "On 20 September 2024, a drone struck a car on the Raqqa-Tabqa road, killing two."
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Raqqa", 2)])


def test_the_front_line_of_a_town_is_around_it(shipped):
    """"on the front line of Tal Tamr": the front line at a town is around it (precision 2), as "محور X" is."""
    text = "On 20 September 2024, Turkish artillery shelled SDF positions on the front line of Tal Tamr (Hasakah)."
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Tal Tamr", 2)])


@pytest.mark.parametrize("text, location", [
    ("On 20 September 2024, Turkish drones struck the Jafra gas plant (Deir ez-Zor), causing a fire.", "Jafrah"),
    ("On 20 September 2024, Turkish warplanes struck the Khurmala oil field near Makhmour (Erbil).", "Xurmle"),
])
def test_a_plant_or_field_named_after_a_village_is_at_that_village(shipped, text, location):
    """"the Jafra gas plant", "the Khurmala oil field": a plant or an oil or gas field named after the village it
    lies at is at that village (a village's name counts after a cue, as "the Rabia checkpoint" does)."""
    assert coded(text, shipped, "location") == (True, [(location,)])
