"""Kinds of sentence found on the tuning half of UCDP GED's Syria headlines (bench/ged.py, even ids)
that the coder got wrong: each a codebook rule for a kind of report. Every sentence here is our own
wording of that kind, not a GED headline."""

from __future__ import annotations

import pytest

from conftest import ROOT
from monitor.config import load_config
from monitor.text import analyse, lexicon_for

DAY = "2024-03-05T10:00:00Z"


@pytest.fixture(scope="module")
def shipped():
    return lexicon_for(load_config(ROOT / "config.yaml"))


def _coded(text, lexicon):
    return [(e["location"], e["sub_event_type"], e["actor1"], e["actor2"]) for e in analyse(text, DAY, lexicon).events]


@pytest.mark.parametrize("text, second", [
    ("Coalition airstrikes hit Shaddadi, while IS clashes with YPG in Hasakah countryside",
     ("Al-Hasakah Governorate", "Armed clash", "Islamic State", "YPG")),
    ("Turkish drones struck a car in Amuda, while the SDF clashed with Islamic State fighters near Tal Tamr.",
     ("Tal Tamr", "Armed clash", "Syrian Democratic Forces", "Islamic State")),
])
def test_a_clause_of_its_own_strike_has_its_own_type_and_sides(shipped, text, second):
    """A sentence reporting two events clause by clause: the second clause's own event word names its type
    (a battle, not the first clause's air strike) and its own sides (not the first clause's striker)."""
    first, other = _coded(text, shipped)
    assert first[1] == "Air/drone strike" and first[2] in ("US-led coalition", "Turkish Armed Forces")
    assert other == second


def test_a_clause_without_a_subject_of_its_own_keeps_the_striker_before_it(shipped):
    """"Turkish drones struck X and shelled Y": the second clause's verb has the first clause's subject."""
    events = _coded("Turkish drones struck an SDF post in Amuda and shelled a PKK position near Tal Tamr.", shipped)
    assert [(e[1], e[2]) for e in events] == [("Air/drone strike", "Turkish Armed Forces"),
                                             ("Shelling/artillery/missile attack", "Turkish Armed Forces")]
