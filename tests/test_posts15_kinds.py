"""Kinds of local-post wording (issue 16, the residue of tests/fixtures/matching/articles_heldout_posts13.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-06-02T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_the_victims_described_after_a_toll_are_part_of_it(shipped):
    """"3 civilians killed one of them is child": "one of them is …" describes one of the three, no toll of its own
    (figures._NOT_PART); "killing one of them" still counts one."""
    text = "Turkish drone hit a motorcycle near Tal Tamr, 3 civilians killed one of them is child"
    assert facts(text, shipped, "fatalities") == [(3,)]


def test_one_killed_inside_the_place_struck_is_one_dead(shipped):
    """"a PKK cadre killed inside": "inside" (where he was) ends the clause of "killed" as "in" does
    (figures._CLAUSE_END)."""
    text = "Turkish jets bombed a cave near Sinjar mountain yesterday, a PKK cadre killed inside says local source"
    assert facts(text, shipped, "fatalities") == [(1,)]


def test_the_army_aviation_of_no_state_is_the_army_of_the_country_struck(shipped):
    """"Army aviation helicopters destroyed …" (no state named): the army's own helicopter arm, the army of the
    country the strike is in (vocabulary.ARMY_AVIATION, ARMIES)."""
    text = "Army aviation helicopters destroyed an ISIS hideout in the Hamrin mountains near Tuz Khurmatu, 2 terrorists killed"
    assert facts(text, shipped, "actor1") == [("Iraqi army",)]


def test_a_village_of_the_hashtag_towns_district_is_finer_than_the_town(shipped):
    """"#Derik … in Kundak village, Derik countryside": a hashtag opening the post names its town, the village named
    in the text is the strike's place, a village of the town's own district however far from it (Kundak, 30.3 km)
    (places.post_hashtag; rule "countryside")."""
    text = "#Derik Turkish drone targeted a motorcycle in Kundak village, Derik countryside, one wounded"
    assert facts(text, shipped, "location", "geo_precision") == [("Kundak", 1)]
