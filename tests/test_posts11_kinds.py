"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts11.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("Turkish artillery shelled Girka and Gereguh villages in Amadiya district, no casualties",
     [("Girka", 0, 0), ("Gereguh", 0, 0)]),
    ("قصف مدفعي تركي يطال قريتي كيسته وبازيڤ في ناحية كاني ماسي، دون وقوع إصابات", [("Kaystah", 0, 0), ("Bazif", 0, 0)]),
])
def test_no_casualties_in_the_sentence_listing_the_places_is_said_of_each(shipped, text, expected):
    """"قصف يطال قريتي X وY، دون وقوع إصابات": the sentence that lists the places (their summary, no one strike's
    own) says nobody was hurt in any of them, as a sentence after them would (events._code)."""
    assert facts(text, shipped, "location", "fatalities", "injured") == expected


@pytest.mark.parametrize("text, expected", [
    ("غارة بمسيرة مجهولة على قرية الحمام في ريف الرقة الغربي", [("Al Hammam", "Raqqa")]),
    ("قصف بمسيرة تركية على قرية جدالة في قضاء سنجار", [("Jaddalah", "Ninewa")]),
])
def test_the_village_word_before_a_name_of_the_texts_area_is_its_cue(shipped, text, expected):
    """"قرية X": a gazetteer name with the word village in it (Qaryat al Hamam of Al-Qadisiyah, Qaryat Jaddalah of
    Mosul district) is the word and X where the governorate, else the district, a place of the text may be holds X
    and not it (places.village_word_is_cue), though that place's name is ambiguous ("الرقة")."""
    assert facts(text, shipped, "location", "admin1") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish drones struck the Sheladize (شيلادزي) area overnight", [("Shiladiza", 2)]),
    ("Turkish jets bombed the Dinarta (دينارتة) area, no casualties", [("Dinartah", 2)]),
])
def test_the_area_of_a_name_with_its_other_name_in_brackets_is_around_it(shipped, text, expected):
    """"the X (X') area": the name's other name in brackets does not part it from "area"; the land around it
    (precision 2), as "the X area" is (places._OTHER_NAME)."""
    assert facts(text, shipped, "location", "geo_precision") == expected


def test_a_dash_after_a_line_head_opens_no_clause(shipped):
    """"Shingal - a drone hit … near Khanasor": the line head's own mark, as "Shingal |" and "Shingal:", files the
    line under its head; no clause of its own, so no event at Sinjar (places.clause_groups)."""
    text = "Shingal - a turkish drone hit a car near Khanasor, 2 wounded"
    assert facts(text, shipped, "location", "injured") == [("Khanah Sur", 2)]


@pytest.mark.parametrize("text, expected", [
    ("غارة بمسيرة مجهولة على منطقة البو حردان بقضاء القائم", [("Albuhardan", "Anbar")]),
    ("A drone hit a PMF truck in the Al Bu Hardan area near Al-Qaim", [("Albuhardan", "Anbar")]),
])
def test_a_tribes_village_is_found_with_its_albu_apart_or_joined(shipped, text, expected):
    """"Albu Hardan", "Al Bu Hardan", "البو حردان": the gazetteer's Albuhardan (البوحردان), its "Albu" written
    apart; not Hardan, a variant of Hardin in Erbil (watchlists.tribe_names)."""
    assert facts(text, shipped, "location", "admin1") == expected


def test_a_tag_line_names_no_place_of_its_own(shipped):
    """"#سري_كانيه #زركان" under the post: its tags name no place of the strike; the nahiya the body names only as the
    countryside of a village labels it, and the village is the strike's (places._label_area)."""
    text = "قصف مدفعي تركي يستهدف قرية الداودية في ريف ناحية زركان\n#سري_كانيه #زركان"
    assert facts(text, shipped, "location", "geo_precision") == [("Ad Dawudiyah", 1)]


@pytest.mark.parametrize("text, expected", [
    ("turkish army shelled Mashouk village in the Derik countryside", [("Ma`shuq", "Al-Malikiyah")]),
    ("turkish army shelled Mashuq village in Serêkaniyê countryside", [("Ma`shuq", "Ras Al Ain")]),
])
def test_a_village_spelled_otherwise_is_of_the_district_whose_countryside_the_text_names(shipped, text, expected):
    """"X village in the Y countryside": Y's district bounds the tolerant lookup as "Y district" does, and of same-name
    villages of one governorate the one in the district of a place the sentence names is the strike's (rule
    "beside"), not the governorate they share."""
    assert facts(text, shipped, "location", "admin2") == expected


def test_the_orchards_of_a_village_introduce_it_and_are_around_it(shipped):
    """"the X orchards": farmland words introduce a name as "X area" does (the gazetteer's "Al Karmah" found for
    "Karmah") and place the strike around it (places._FARMLAND)."""
    text = "Iraqi jets struck an ISIS hideout in the Karmah orchards east of Fallujah"
    assert facts(text, shipped, "location", "geo_precision") == [("Karma", 2)]


def test_a_sides_backed_adjective_is_one_word_of_the_dead(shipped):
    """"2 Iran-backed militia fighters killed": "X backed" describes the dead, no word too many between the number
    and "killed" (figures._KILLED)."""
    text = "a drone struck a car in Al-Hari, 2 Iran-backed militia fighters killed"
    assert facts(text, shipped, "location", "fatalities") == [("Al-Hari", 2)]


def test_a_side_that_claimed_it_struck(shipped):
    """"X claimed it (in a statement)": a claim of the attack, as "X claimed the attack" is (vocabulary._CLAIMED);
    "X claimed it was not involved" is a statement."""
    claimed = "A drone attack targeted Ain al-Asad base, no casualties. Kataib Hezbollah claimed it in a statement"
    denied = "A drone attack targeted Ain al-Asad base, no casualties. Kataib Hezbollah claimed it was not involved"
    assert facts(claimed, shipped, "actor1") == [("Kataib Hezbollah",)]
    assert facts(denied, shipped, "actor1") == [(None,)]


@pytest.mark.parametrize("text, expected", [
    ("SDF fighters backed by coalition helicopters clashed with an ISIS cell in Al-Hawl town; 2 ISIS members killed "
     "and 1 SDF fighter wounded.", [("Syrian Democratic Forces", "Islamic State")]),
    ("Iraqi army troops backed by army aviation clashed with ISIS remnants near Qayyarah; 3 militants killed and a "
     "soldier wounded", [("Iraqi army", "Islamic State")]),
])
def test_a_side_backed_by_aircraft_is_the_clashs_subject(shipped, text, expected):
    """"X backed by Y clashed with Z": the support between the side and its verb does not part them; X is the clash's
    first side (vocabulary.CLASH_SUBJECT_AFTER)."""
    assert facts(text, shipped, "actor1", "actor2") == expected


def test_a_states_adjective_after_a_base_names_whose_base_was_struck(shipped):
    """"قاعدة عين الأسد الأمريكية": the adjective after a base names the side it houses, struck, not the striker
    (vocabulary.ACTOR_HIT_BEFORE)."""
    text = "سقوط ٣ صواريخ على قاعدة عين الأسد الأمريكية غربي الأنبار، دون تسجيل إصابات"
    assert facts(text, shipped, "actor1") == [(None,)]
