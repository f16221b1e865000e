"""Kinds of official statements and terrain reports the blind sets found no event in (issue 16; the misses of
tests/fixtures/incidents/bilingual_blind10.yaml and articles_heldout_news12.yaml): the heights a village gives its
name to ("مرتفعات X", "قمة X"), the report's Arabic ب where the gazetteer writes the Persian/Kurdish پ; a bridge
named after the village at its end ("جسر X", "the X bridge"); an army's helicopters told by what they destroyed
("army helicopters destroyed their hideout").

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_the_heights_named_after_a_village_are_its_area_whatever_letter_the_report_writes(shipped):
    # the gazetteer writes ناوپردان (Kurdish پ), the report ناوبردان
    text = "قصفت طائرة مسيرة تركية مساء الأحد مرتفعات ناوبردان التابعة لقضاء جومان، دون ورود أنباء عن إصابات."
    assert facts(text, shipped, "location", "geo_precision", "sub_event_type") == [
        ("Nawpirdan", 2, "Air/drone strike")]


def test_an_arabic_bridge_is_at_the_village_it_is_named_after(shipped):
    text = "استهدفت طائرة مسيرة تركية صباح اليوم عربة عسكرية لقوات سوريا الديمقراطية على جسر قره قوزاق شرقي حلب."
    assert facts(text, shipped, "location", "actor1") == [("Qarah Qawzaq", "Turkish Armed Forces")]


def test_an_english_bridge_is_at_the_village_it_is_named_after(shipped):
    text = "A Turkish drone hit a military vehicle crossing the Qara Qozak bridge on Sunday, local sources said."
    assert facts(text, shipped, "location", "actor1") == [("Qarah Qawzaq", "Turkish Armed Forces")]


def test_helicopters_told_by_what_they_destroyed_struck_from_the_air(shipped):
    text = ("Iraqi army helicopters destroyed two ISIS tunnels in the Haditha desert on Thursday, the Security "
            "Media Cell said in a statement.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Haditha", "Air/drone strike")]
