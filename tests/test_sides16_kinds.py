"""Kinds of who-struck-whom and missed-event wording left by tests/fixtures/matching/articles_heldout_notes17.yaml
(issue 16): each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ who: Turkey's border guards
@pytest.mark.parametrize("text, place", [
    ("On 3 May 2025, Turkish border guards opened fire on smugglers near Amuda (Al-Hasakah), killing one.", "Amuda"),
    ("On 3 May 2025, Turkish border guards shot dead a young man trying to cross the border near Tal Abyad (Raqqa).",
     "Tal Abyad"),
    ("On 3 May 2025, a Turkish border guard shot and wounded a farmer near Al-Malikiyah (Al-Hasakah).",
     "Al-Malikiyah"),
])
def test_turkish_border_guards_firing_are_turkey_s_forces(shipped, text, place):
    """Turkey's border guards (its gendarmerie, as "Jandarma" and "حرس الحدود التركي" are) who open fire or shoot are
    the Turkish Armed Forces, the side that struck: an Attack on the people they fire at (no side struck)."""
    assert coded(text, shipped, "location", "sub_event_type", "actor1", "actor2") == (
        False, [(place, "Attack", "Turkish Armed Forces", None)])


def test_turkish_border_guards_in_a_round_up_strike_nothing_else(shipped):
    """SOHR's round-up headline joins the guards' killing to another event: the bare name is no striker of it."""
    text = "Intensive raids target Aleppo countryside and Turkish border guards kill a child in the countryside of Aleppo"
    assert ("Turkish Armed Forces" not in
            [side for event in coded(text, shipped, "actor1", "actor2")[1] for side in event])


# ------------------------------------------------------------------ what: an armed group kills a civilian
@pytest.mark.parametrize("text, place, killed", [
    ("On 3 May 2025, ISIS militants killed a shepherd near Hajin (Deir ez-Zor).", "Hajin", 1),
    ("On 3 May 2025, IS militants killed two farmers near Tuz Khurmatu (Salah ad-Din).", "Tuz Khurmatu", 2),
    ("خلايا داعش تقتل مدنياً في بلدة الشحيل بريف دير الزور الشرقي", "Al-Shuhayl", 1),
])
def test_an_armed_group_killing_a_civilian_attacks_him(shipped, text, place, killed):
    """ACLED codes an armed group's killing of a civilian as Violence against civilians / Attack, though "killed"
    ("تقتل") alone is no attack word: the group its subject, the civilian its object ("a shepherd", "two farmers",
    "مدنياً"). The group is the side that struck; civilians are no side."""
    assert coded(text, shipped, "location", "sub_event_type", "actor1", "actor2", "fatalities") == (
        False, [(place, "Attack", "Islamic State", None, killed)])


@pytest.mark.parametrize("text", [
    "On 3 May 2025, ISIS militants killed two soldiers near Hatra (Ninewa).",     # no civilian: a battle's toll
    "On 3 May 2025, US forces killed a civilian near Al-Busayrah (Deir ez-Zor).",   # a state's: its strike's toll
])
def test_a_killing_that_is_no_group_s_of_a_civilian_is_no_attack(shipped, text):
    """Only a non-state armed group's killing of a civilian: soldiers killed are no civilians, and a state's
    forces killing civilians is mostly the toll of their strike told again."""
    assert coded(text, shipped, "sub_event_type")[1] != [("Attack",)]


def test_a_strike_that_killed_a_civilian_stays_a_strike(shipped):
    """A drone's toll is the strike's, not an attack: the weapon, not a group, killed."""
    text = "On 3 May 2025, a Turkish drone struck a car near Qamishli (Al-Hasakah), killing a civilian."
    assert coded(text, shipped, "sub_event_type", "actor1") == (True, [("Air/drone strike", "Turkish Armed Forces")])


# ------------------------------------------------------------------ who: a clash with an unnamed side
@pytest.mark.parametrize("text, side", [
    ("On 3 May 2025, SDF fighters and gunmen exchanged fire near Hajin (Deir ez-Zor), wounding two SDF fighters.",
     "Syrian Democratic Forces"),
    ("On 3 May 2025, Peshmerga forces and unknown gunmen clashed near Makhmur (Erbil), injuring a Peshmerga fighter.",
     "Peshmerga"),
])
def test_a_side_and_unnamed_gunmen_who_fought_is_the_first_side(shipped, text, side):
    """"X and unidentified gunmen exchanged fire": X is the clash's first side (actor1) and the unnamed gunmen its
    second (null); X's member wounded after is no sign that X was the side struck."""
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (False, [("Armed clash", side, None)])
