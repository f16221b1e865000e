"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes14.yaml:
ACLED-style event notes of the seven border governorates, with ACLED's actor names and the Kurdish or Arabic
spellings reports use): each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the
daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ how many: two weapons, two events
def test_a_drone_strike_and_a_shelling_of_villages_close_by_are_two_events(shipped):
    """"Drones struck X, and artillery shelled Y": two clauses, each with its own weapon, at villages 4 km apart
    (nearer than a town's surroundings) are two events, an air strike and a shelling, as ACLED codes them."""
    text = ("On 3 May 2025, Turkish drones struck PKK positions near Af Gani village (Zakho district, Duhok), and "
            "Turkish artillery shelled the outskirts of Hizawah village (Zakho, Duhok).")
    assert coded(text, shipped, "location", "sub_event_type") == (
        True, [("Af Gani", "Air/drone strike"), ("Hizawah", "Shelling/artillery/missile attack")])


# ------------------------------------------------------------------ what: strikes for the ground fighting
def test_strikes_in_support_of_the_ground_troops_are_part_of_the_clash(shipped):
    """"Soldiers clashed with X; helicopters struck the area in support of the ground troops": the strikes back one
    side of the fighting, so the event is an Armed clash (no strike report)."""
    text = ("On 3 May 2025, Turkish soldiers clashed with PKK fighters in the hills near Kani Masi (Amadiya district, "
            "Duhok); Turkish helicopters struck the area in support of the ground troops.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Turkish Armed Forces", "PKK")])


# ------------------------------------------------------------------ who: ACLED's actor-list names
def test_a_state_force_with_its_period_in_brackets_is_one_side_of_the_clash(shipped):
    """"Military Forces of Turkey (2016-) and PKK: … fighters clashed": the bracketed period belongs to the name, so
    the sides are named in that order (actor1 the first)."""
    text = ("On 3 May 2025, Military Forces of Turkey (2016-) and PKK: Kurdistan Workers Party fighters clashed near "
            "Kani Masi (Amadiya, Duhok). Fatalities unknown.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Turkish Armed Forces", "PKK")])


# ------------------------------------------------------------------ where: spellings the gazetteer holds otherwise
def test_a_doubled_letter_the_gazetteer_writes_single(shipped):
    """"Assilla village" is Asila of Al-Hasakah: its doubled letters written once, as the gazetteer does."""
    text = "On 3 May 2025, a coalition drone struck a motorcycle near Assilla village (Al-Hasakeh), killing 2 IS members."
    assert coded(text, shipped, "location", "admin1") == (True, [("Asila", "Al-Hasakah")])


def test_kurdish_latin_c_is_the_j_of_english_spellings(shipped):
    """"Jujer Mezin" is the gazetteer's Cucer Mezin (Jujar al Kabir of Aqra): Kurdish Latin writes j as c."""
    text = "On 3 May 2025, a Turkish drone struck a car near Jujer Mezin village (Ninewa), killing 2 PKK members."
    assert coded(text, shipped, "location", "admin1") == (True, [("Jujar al Kabir", "Ninewa")])


def test_the_place_a_coded_tag_names_is_looked_up_by_spelling(shipped):
    """"On the road between Bakir Sufla and Zawita … [coded to Bakir Sufla]": the tag introduces the name as the
    strike's place (Bakr Suflah), at the road's end (precision 2)."""
    text = ("On 3 May 2025, a Turkish drone struck a car on the road between Bakir Sufla and Zawita (Duhok), killing 2 "
            "PKK members. [coded to Bakir Sufla]")
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Bakr Suflah", 2)])


# ------------------------------------------------------------------ what: whom a checkpoint shoots
def test_a_man_a_checkpoint_shoots_is_a_civilian_target(shipped):
    """"Asayish members shot dead a man at a checkpoint": the man is whom they shot, the checkpoint where; violence
    against a civilian is an Attack, not an Armed clash."""
    text = ("On 3 May 2025, Asayish members shot dead a man at a checkpoint near Tal Hmis (Al-Hasakeh) when he did "
            "not stop his car.")
    assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Attack", "Asayish")])
