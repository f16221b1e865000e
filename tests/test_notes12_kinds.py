"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes12.yaml:
ACLED-style event notes of the seven border governorates, Iraq weighted, one in five with Kurdish or Arabic
spellings): each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes
them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ who: the side that fired back
def test_the_side_that_returned_fire_was_attacked(shipped):
    """"gunmen attacked a Peshmerga checkpoint …; the Peshmerga returned fire": an Armed clash whose unnamed attackers
    are actor1 and the Peshmerga, who fired back, the side attacked, not the attacker."""
    text = ("On 3 May 2025, gunmen attacked a Peshmerga checkpoint near Gwer (Makhmour district, Erbil), injuring "
            "2 Peshmerga members; the Peshmerga returned fire.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (False, [("Armed clash", None, "Peshmerga")])


def test_the_side_that_fired_back_was_attacked(shipped):
    """"unknown gunmen opened fire on an SDF patrol …, and the SDF fired back": the SDF is the side attacked."""
    text = ("On 3 May 2025, unknown gunmen opened fire on an SDF patrol near Al-Busayrah (Deir-ez-Zor), and the "
            "SDF fired back, killing one gunman.")
    assert coded(text, shipped, "actor1", "actor2") == (False, [(None, "Syrian Democratic Forces")])


# ------------------------------------------------------------------ who: the government's weapons
def test_a_governments_drones_are_its_army(shipped):
    """"Syrian government drones struck SDF positions": the state's weapons named by its government are its army's
    (ACLED's Military Forces of Syria), not the government as a political actor."""
    text = ("On 13 January 2026, Syrian government drones struck SDF positions near Al-Tabqa (Ar-Raqqa), "
            "injuring 2 SDF fighters.")
    assert coded(text, shipped, "actor1", "actor2") == (True, [("Syrian army", "Syrian Democratic Forces")])


def test_a_governments_warplanes_are_its_army(shipped):
    """"Syrian government warplanes bombed …": the army's aircraft."""
    text = "On 20 January 2026, Syrian government warplanes bombed SDF positions near Maadan (Ar-Raqqa). No casualties."
    assert coded(text, shipped, "actor1", "actor2") == (True, [("Syrian army", "Syrian Democratic Forces")])
