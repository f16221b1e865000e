"""Kinds of sentence found on the tuning half of UCDP GED's Syria headlines (bench/ged.py, even ids)
that the coder got wrong: each a codebook rule for a kind of report. Every sentence here is our own
wording of that kind, not a GED headline."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


DAY = "2024-03-05T10:00:00Z"
facts = partial(conftest.facts, published=DAY)


@pytest.mark.parametrize("text, second", [
    ("Coalition airstrikes hit Shaddadi, while IS clashes with YPG in Hasakah countryside",
     ("Al-Hasakah Governorate", "Armed clash", "Islamic State", "YPG")),
    ("Turkish drones struck a car in Amuda, while the SDF clashed with Islamic State fighters near Tal Tamr.",
     ("Tal Tamr", "Armed clash", "Syrian Democratic Forces", "Islamic State")),
])
def test_a_clause_of_its_own_strike_has_its_own_type_and_sides(shipped, text, second):
    """A sentence reporting two events clause by clause: the second clause's own event word names its type
    (a battle, not the first clause's air strike) and its own sides (not the first clause's striker)."""
    first, other = facts(text, shipped, "location", "sub_event_type", "actor1", "actor2")
    assert first[1] == "Air/drone strike" and first[2] in ("US-led coalition", "Turkish Armed Forces")
    assert other == second


def test_a_state_s_adjective_in_another_clause_is_no_side_of_a_battle(shipped):
    """"Clashes in X; Turkish jets strike Y": the battle's clause names no side; "Turkish" is Y's striker only."""
    events = facts("Clashes in the Nashabiyah area; Turkish jets strike Afrin", shipped, "location", "sub_event_type", "actor1", "actor2")
    assert [(e[1], e[2]) for e in events] == [("Armed clash", None), ("Air/drone strike", "Turkish Armed Forces")]


def test_a_clause_without_a_subject_of_its_own_keeps_the_striker_before_it(shipped):
    """"Turkish drones struck X and shelled Y": the second clause's verb has the first clause's subject."""
    events = facts("Turkish drones struck an SDF post in Amuda and shelled a PKK position near Tal Tamr.", shipped, "location", "sub_event_type", "actor1", "actor2")
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
    ("Three of the 12 casualties of the shelling on Hajin were killed", 3),
    ("Five children among the 15 people killed in the airstrikes on Hajin", 15),
])
def test_the_dead_among_the_casualties_are_the_toll_not_the_whole(shipped, text, killed):
    """"N among the M casualties were killed": casualties are the dead and the hurt; N is the toll."""
    assert _fatalities(text, shipped) == [killed]


@pytest.mark.parametrize("text, killed", [
    ("Gunmen kill a colonel with his wife and son in Mayadin", [3]),
    ("An airstrike on Hajin killed a commander with his son", [2]),
    ("Gunmen killed a man with a knife in Hajin", [1]),
    # the victims joined by "and" stay in their clause: no clause of another strike begins at "and son"
    ("Drones struck a car near Hajin, and gunmen kill a colonel with his wife and son in Mayadin", [None, 3]),
    # (a victim with a verb of its own opens the clause of the place after it)
    ("Aerial shelling on Hama countryside and a woman was killed in missile shelling on Daraa countryside",
     [None, 1]),
])
def test_the_victims_killed_with_the_first_are_counted(shipped, text, killed):
    """"X with his wife and son", "with wife and son" (a headline drops the article): all were killed."""
    assert _fatalities(text, shipped) == killed


@pytest.mark.parametrize("text, killed", [
    ("After an infiltration killed 11 IS members, clashes flare again in the eastern suburbs of Hajin", [None]),
    ("After the airstrike on Hajin killed three, rescuers searched the rubble", [3]),
])
def test_a_toll_in_an_opening_after_clause_is_the_earlier_event_s(shipped, text, killed):
    """"After X killed 11, clashes flare in Y": the opening clause recalls what came before the news, its toll
    was that event's; the news after it is Y's, with no toll of its own. When nothing new follows ("…, rescuers
    searched"), the clause is the news."""
    assert _fatalities(text, shipped) == killed


@pytest.mark.parametrize("text", [
    "Clashes in the Al-Marj area in the Eastern Ghouta; Turkey says its Afrin operation will go on",
    "Clashes in the Al-Marj area of the Eastern Ghouta; Turkish jets strike Afrin",
])
def test_a_name_labelled_by_a_terrain_region_is_a_place_of_that_region_or_none(shipped, text):
    """"X area in the Eastern Ghouta": a village X of another governorate the text names (Al Marj near Afrin, Aleppo)
    is no candidate, whatever lies near that other place; the gazetteer has no Al-Marj of the Ghouta, so the
    region stands for the clash, at its own precision (rule "bound"; the region labels the name it follows)."""
    first = analyse(text, DAY, shipped).events[0]
    assert (first["location"], first["admin1"], first["geo_precision"]) == ("Eastern Ghouta", "Rural Damascus", 2)
    assert not any(e["location"] == "Al Marj" for e in analyse(text, DAY, shipped).events)


def test_a_side_named_in_quotes_opens_a_clause_of_its_own_strike(shipped):
    """Monitors quote a side's name ("“Turkish Forces” target countryside of Afrin"): after a semicolon, that clause
    reports a strike apart, 27 km from the first, not the first strike's place."""
    events = analyse("Aerial bombardment hits the town of Hayan;“Turkish Forces” target countryside of Afrin", DAY,
                     shipped).events
    assert [(e["location"], e["geo_precision"]) for e in events] == [("Hayyan", 1), ("‘Afrīn", 2)]


def test_a_strike_reported_in_sentences_of_its_own_keeps_their_type_beside_a_battle_clause(shipped):
    """The clause's own kind types only a strike the clauses alone report: shelling reported in a sentence of its
    own stays shelling when a later sentence's clause names its place in a battle."""
    events = facts("Turkish-backed factions shelled villages near Ain Issa on Sunday, killing a woman. Clashes between "
                   "the SDF and the factions broke out around Ain Issa and Tal Tamr.", shipped, "location", "sub_event_type", "actor1", "actor2")
    assert events[0][:2] == ("Ain Issa", "Shelling/artillery/missile attack")
