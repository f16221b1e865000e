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


def _fatalities(text, lexicon):
    return [e["fatalities"] for e in analyse(text, DAY, lexicon).events]


@pytest.mark.parametrize("text", [
    "Shelling on Hajin raises the death toll of today to 19 civilians",
    "Warplanes pound Hajin and raise the death toll to 235 in the province",
    "Regime shelling on Hajin raises the death toll to more than 540 in the truce areas",
    "Clashes go on in Hajin, raising the death toll to more than 650 since the offensive began",
])
def test_a_toll_raised_for_a_day_an_area_or_a_campaign_is_no_event_s_toll(shipped, text):
    """A monitor's running total ("the death toll of today", "in the province", "since …") adds up many events:
    the event's own toll stays unknown (None), as for a period's total."""
    assert _fatalities(text, shipped) == [None]


def test_a_toll_raised_for_the_event_itself_stays_its_toll(shipped):
    assert _fatalities("More casualties raise the death toll to 10 in an airstrike on Hajin", shipped) == [10]


@pytest.mark.parametrize("text, killed", [
    ("28 civilians among the 39 casualties were killed when a car bomb exploded in Hajin", 28),
    ("Three of the 12 people hit by the shelling on Hajin were killed", 3),
])
def test_the_dead_among_the_casualties_are_the_toll_not_the_whole(shipped, text, killed):
    """"N among the M casualties were killed": casualties are the dead and the hurt; N is the toll."""
    assert _fatalities(text, shipped) == [killed]
