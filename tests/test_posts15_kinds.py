"""Kinds of local-post wording (issue 16, the residue of tests/fixtures/matching/articles_heldout_posts13.yaml, then
the misses of articles_heldout_posts15.yaml, a later session's set of the same name):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-06-02T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


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


def test_the_tags_closing_a_post_place_a_strike_its_words_do_not(shipped):
    """"Turkish drone hit a car, 2 SDF fighters killed. #Amude": a post whose words name no place is placed by the
    tags that close it, after its last stop or on a line of their own, as a place line heading it would (the
    strike's place told later, decision.place_told_later; sentences.closing_tags). The tags of a funeral stay no
    strike."""
    assert coded("Turkish drone hit a car, 2 SDF fighters killed. #Amude",
                 shipped, "location", "fatalities") == (True, [("Amuda", 2)])
    assert coded("مسيرة تركية تستهدف دراجة نارية ومقتل شاب.\n#عامودا",
                 shipped, "location", "fatalities") == (True, [("Amuda", 1)])
    assert coded("Coalition drone strike on a motorbike, 1 ISIS member killed. #Hajin #DeirEzzor",
                 shipped, "location", "actor2") == (True, [("Hajin", "Islamic State")])
    assert coded("Hundreds mourned the 3 fighters killed in the Turkish drone strike. #Amude", shipped)[0] is False


def test_a_toll_revised_after_the_whole_strike_is_named(shipped):
    """"UPDATE: the toll from Tuesday's Turkish drone strike on a motorbike near Amuda rises to 2": a post's update
    names the strike whole, its day, its side, its target and its place, before the new figure (figures: "toll …
    rose/rises to N" over up to fourteen words)."""
    text = "UPDATE: the toll from Tuesday's Turkish drone strike on a motorbike near Amuda rises to 2 after the second rider died."
    assert facts(text, shipped, "location", "fatalities") == [("Amuda", 2)]
    text = "Update: death toll from yesterday's coalition drone strike on a car in Al-Shuhayl climbed to 4"
    assert facts(text, shipped, "location", "fatalities") == [("Al-Shuhayl", 4)]


def test_where_the_side_that_fires_holds_is_not_the_place_struck(shipped):
    """"SNA factions in occupied Ras al-Ain shelled Tall Maghas village": the town named between the side and its
    fire is where the side holds, as "stationed in X" is (places._ROLES_AROUND); the side struck there stays there:
    "Two SDF fighters in Hajin were killed by a Turkish drone"."""
    text = "SNA factions in occupied Ras al-Ain shelled Tall Maghas village with mortars, no casualties."
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Maghas", 1)]
    text = "Turkish forces in Tal Abyad fired rockets at Jurah village near Ain Issa, 1 civilian wounded."
    assert facts(text, shipped, "location", "injured") == [("Jurah", 1)]
    text = "فصائل الجيش الوطني في رأس العين تقصف بالمدفعية قرية تل مغاس، دون إصابات"
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Maghas", 1)]
    assert facts("Two SDF fighters in Hajin were killed by a Turkish drone", shipped, "location") == [("Hajin",)]
    # (the side, "in" and the town, its fire right after: a clash that erupted in the town stays there)
    text = "Fighting between SDF units and tribal militias erupted in Hajin, and mortars were fired. One fighter was killed."
    assert facts(text, shipped, "location") == [("Hajin",)]


def test_a_list_line_names_its_place_before_a_comma(shipped):
    """"Turkish drone strikes in Sidakan today:\\n- Qilaytan, a farmer killed\\n- Topzawe, 2 wounded": a village that
    opens a list's line before a comma is that line's place, as one before a colon or a dash is
    (places.at_line_head): each line one strike with its own toll, not the head's town with both."""
    text = "Turkish drone strikes in Sidakan today:\n- Qilaytan, a farmer killed\n- Topzawe, 2 wounded"
    assert facts(text, shipped, "location", "fatalities", "injured") == [("Qilaytan", 1, None), ("Topzawe", None, 2)]


def test_a_groups_suspects_killed_are_the_side_struck(shipped):
    """"3 ISIS suspects killed": the members a post's striker suspects are the side struck, as "suspected ISIS
    members" are (vocabulary.ACTOR_HIT_AFTER)."""
    text = "Coalition drone strike on a motorbike near Al-Shuhayl. 2 ISIS suspects killed."
    assert facts(text, shipped, "location", "actor2") == [("Al-Shuhayl", "Islamic State")]
