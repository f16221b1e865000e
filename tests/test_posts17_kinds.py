"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts17.yaml): each
rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-10-02T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_name_alone_on_a_list_line_is_a_listed_place(shipped):
    """"Turkish drones struck villages of Qamishli countryside tonight:" over "- Khirbet Khaled" and "- Qutiki", "قصف
    مدفعي تركي على قرى بريف القامشلي:" over "▪️ خربة خالد" and "▪️ قوتكي": a list's line that holds a name alone after
    its bullet introduces it as a place word would (places.alone_on_list_line, rule "heads"), and a line of a name
    under a line of the same bullet and shape is an item of the list, not a place line heading the next
    (sentences._listed_name): a strike at each village, not the town of the countryside."""
    assert facts("Turkish drones struck villages of Qamishli countryside tonight:\n- Khirbet Khaled\n- Qutiki\n"
                 "No word on casualties.", shipped, "location") == [("Khirbat Khalid",), ("Qutiki",)]
    assert facts("قصف مدفعي تركي على قرى بريف القامشلي:\n▪️ خربة خالد\n▪️ قوتكي\nلا معلومات عن إصابات",
                 shipped, "location") == [("Khirbat Khalid",), ("Qutiki",)]


def test_a_coloured_marker_opening_a_post_is_its_lead_not_a_list_item(shipped):
    """"🔴 قصف مدفعي تركي على قرى:" over "▪️ خربة خالد: …" and "▪️ قوتكي: …": the marker opening the post's first line,
    which no other line opens with, marks the lead, not an item of a list (sentences.list_item): the lead heads the list
    of the strike's places."""
    assert facts("🔴 قصف مدفعي تركي على قرى:\n▪️ خربة خالد: أضرار مادية\n▪️ قوتكي: لا إصابات",
                 shipped, "location") == [("Khirbat Khalid",), ("Qutiki",)]
    assert facts("🔴 Turkish artillery shelled villages of Qamishli countryside:\n▪️ Khirbet Khaled: a house damaged\n"
                 "▪️ Qutiki: no injuries", shipped, "location") == [("Khirbat Khalid",), ("Qutiki",)]


def test_a_village_said_to_belong_to_the_town_heading_the_post_is_the_strikes(shipped):
    """"ديرك ⬅️ … قرية خراب بنيان التابعة لناحية ديرك", "Derik | … Tell Hasanat village affiliated to Derik": a village
    introduced with the area it belongs to is the strike's place (places._LABELLED_BY_TOWN_BETWEEN,
    _VILLAGE_LABELLED_BETWEEN), however often the post names the town, heading it too."""
    assert facts("ديرك ⬅️ قصفت مسيرة تركية قرية خراب بنيان التابعة لناحية ديرك، وإصابة امرأة",
                 shipped, "location", "geo_precision") == [("Kharab Bunyan", 1)]
    assert facts("Derik | A Turkish drone struck Tell Hasanat village affiliated to Derik, wounding a woman",
                 shipped, "location", "geo_precision") == [("Kul al Hasanak", 1)]


def test_a_post_headed_by_a_towns_area_files_a_village_of_it(shipped):
    """"ريف عامودا الشرقي ⬅️ مسيرة تركية تستهدف منزلا في قرية قوتكي", "Tal Tamr front 🔴 … shells Tell Jumaa village":
    a line head naming a town's countryside or front (places.area_head) labels the area as a hashtag of the town does
    (rule "countryside"): the strike is at the village of that area the line names, not at the town."""
    assert facts("ريف عامودا الشرقي ⬅️ مسيرة تركية تستهدف منزلا في قرية قوتكي، ولا إصابات",
                 shipped, "location", "geo_precision") == [("Qutiki", 1)]
    assert facts("Tal Tamr front 🔴 Turkish artillery shells Tell Jumaa village, a house damaged",
                 shipped, "location", "geo_precision") == [("Tall Jum`ah", 1)]


def test_a_strike_said_not_there_in_the_dialect_is_none(shipped):
    """"درون للتحالف فوق السوسة، ما صار في ضربات لهلأ", "طيارات التحالف بسما هجين من ساعة بس ما في ضربات": the
    dialects' "there is none" ("ما في", "ما صار", "ماكو") before a strike word says no strike was made, and the aircraft
    of the sentence struck nothing (vocabulary.UNDONE)."""
    assert coded("درون للتحالف فوق السوسة، ما صار في ضربات لهلأ", shipped, "location") == (False, [])
    assert coded("طيارات التحالف بسما هجين من ساعة بس ما في ضربات", shipped, "location") == (False, [])


def test_a_strike_named_after_the_village_it_hit_places_it(shipped):
    """"Death toll of the Qutiki drone strike rises to 4", "the toll of yesterday's Kharab Bunyan airstrike": an update
    names the strike after the village it hit; the strike word after the name is its place cue (places._CUE_AFTER)."""
    assert facts("Death toll of the Qutiki drone strike rises to 4", shipped, "location", "fatalities") \
        == [("Qutiki", 4)]
    assert facts("Update: the toll of yesterday's Kharab Bunyan airstrike rose to 3", shipped, "location") \
        == [("Kharab Bunyan",)]


def test_a_head_of_a_village_and_its_district_places_the_line(shipped):
    """"📍Qutiki, Qamishli – a Turkish drone hit a motorbike", "خربة خالد، القامشلي | مسيرة تركية تستهدف دراجة نارية":
    a line headed by a village and its district after a comma, before a dash or a bar, reads as a line of the two
    alone (places._PLACE_DISTRICT_HEAD, district_line): the village introduced, the town its label; the strike is at
    the village, not at the town at precision 1."""
    assert facts("📍Qutiki, Qamishli – a Turkish drone hit a motorbike, 1 wounded",
                 shipped, "location", "geo_precision") == [("Qutiki", 1)]
    assert facts("خربة خالد، القامشلي | مسيرة تركية تستهدف دراجة نارية وإصابة شاب",
                 shipped, "location", "geo_precision") == [("Khirbat Khalid", 1)]


def test_the_side_whose_positions_the_fire_came_from_struck(shipped):
    """"سقطت قذائف هاون على منازل في قرية قوتكي من مواقع مرتزقة تركيا", "قصف مدفعي على قرية خربة خالد من مواقع قوات
    النظام": the side the fire came from, "من مواقع X" with no verb as "from positions of X" says it, is the striker
    (vocabulary.ACTOR_STRUCK_BEFORE), not the side struck."""
    assert facts("سقطت قذائف هاون على منازل في قرية قوتكي من مواقع مرتزقة تركيا، وإصابة طفل",
                 shipped, "actor1", "actor2") == [("Syrian National Army", None)]
    assert facts("قصف مدفعي على قرية خربة خالد من مواقع قوات النظام، دون إصابات",
                 shipped, "actor1", "actor2") == [("Syrian army", None)]


def test_no_casualties_said_under_a_list_of_strikes_is_said_of_each(shipped):
    """"Turkish drones struck villages …:" over "- Khirbet Khaled", "- Qutiki" and "No casualties reported.": a line
    under a list whose items are strikes apart, naming no place of its own, says no one was hurt in any of them
    (events, the strike's tolls), not only in the last item's."""
    text = "Turkish drones struck villages of Qamishli countryside tonight:\n- Khirbet Khaled\n- Qutiki\nNo casualties reported."
    assert facts(text, shipped, "location", "fatalities", "injured") == [("Khirbat Khalid", 0, 0), ("Qutiki", 0, 0)]
    text = "قصف مدفعي تركي على قرى ريف القامشلي:\n- خربة خالد\n- قوتكي\nدون إصابات"
    assert facts(text, shipped, "location", "fatalities", "injured") == [("Khirbat Khalid", 0, 0), ("Qutiki", 0, 0)]
