"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts13.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

import pytest

from test_post_kinds import coded, facts   # posts of the same day, coded as the daemon codes them


def test_the_first_words_of_a_village_name_are_no_town_of_their_own(shipped):
    """"- جريح في باب السلام": the village Bab as Salam, unintroduced, is no place there; its first word "باب" is not
    El-Bab, the Aleppo town 200 km off (watchlists.heads_of_longer_names)."""
    text = "قصف مدفعي تركي على قرية تل كنبر بريف الدرباسية\n- جريح في باب السلام"
    assert facts(text, shipped, "location") == [("Tall Kanbar",)]


@pytest.mark.parametrize("text", [
    "Militias in Al-Bukamal moved their families after Israeli strikes on south Lebanon",
    "ميليشيات في البوكمال تخلي مقراتها بعد الغارات الإسرائيلية على جنوب لبنان",
])
def test_a_strike_on_a_side_of_a_country_abroad_is_none_here(shipped, text):
    """"after Israeli strikes on south Lebanon", "على جنوب لبنان": a country's side is the country abroad
    (vocabulary._ABROAD_EN, _ABROAD_AR)."""
    assert coded(text, shipped) == (False, [])


def test_the_forces_stationed_where_the_rockets_fell_are_the_side_struck(shipped):
    """"near X base where coalition forces are stationed.": their station is the place just struck, they are no
    striker (vocabulary.ACTOR_HIT_AFTER)."""
    text = "Two rockets fell near Qasrak base in Tal Tamr countryside where coalition forces are stationed. No casualties"
    assert facts(text, shipped, "actor1", "actor2") == [(None, "US-led coalition")]


def test_a_side_after_a_past_strike_verb_is_struck(shipped):
    """"helicopters pounded ISIS remnants": the side right after "pounded", "shelled", "bombed" is the target, no
    striker (vocabulary.ACTOR_HIT_BEFORE)."""
    text = "Helicopters pounded ISIS remnants near Al-Baghdadi in the Anbar desert, 3 killed"
    assert facts(text, shipped, "actor1", "actor2") == [(None, "Islamic State")]


def test_an_oil_field_named_after_a_village_places_the_strike_around_it(shipped):
    """"حقل خورملة النفطي": the field is named after the village it lies at; the strike is around the village (2),
    not at the governorate named as a reference (places._PLACE_WORDS, NEAR)."""
    text = "مسيرة مفخخة تضرب حقل خورملة النفطي غربي أربيل ليلة أمس"
    assert facts(text, shipped, "location", "geo_precision") == [("Xurmle", 2)]


def test_an_old_man_is_one_dead(shipped):
    """"واستشهاد مسن": an old man (مسن, مسنة) is one person killed (figures._AR_SINGLE)."""
    text = "قصف مدفعي تركي على قرية تل كنبر بريف الدرباسية، واستشهاد مسن"
    assert facts(text, shipped, "fatalities") == [(1,)]


def test_an_emir_is_one_dead(shipped):
    """"an ISIS emir killed": a group's local leader is one person (figures._PERSON)."""
    text = "Coalition helicopters struck a house in Al-Jadla village in Hajin area, an ISIS emir killed"
    assert facts(text, shipped, "fatalities") == [(1,)]


def test_the_toll_now_of_an_update_is_the_events(shipped):
    """"UPDATE: … toll now 2": the toll as it now stands revises the first report's (figures, "toll … now N")."""
    text = ("Unknown drone hit a car near Al-Busayrah, the driver killed.\n"
            "UPDATE: a passenger died of his wounds, toll now 2")
    assert facts(text, shipped, "fatalities") == [(2,)]


def test_a_lower_case_town_heading_its_countryside_is_a_name(shipped):
    """"in Kundek village, derik countryside": a poster's lower-case town before "countryside" or "district" is the
    town's area, which bounds the village's tolerant lookup (places._LOWER_CASE_AREA in rule "capitalised")."""
    text = "turkish drone hit a car in Kundek village, derik countryside, 2 civilians killed"
    assert facts(text, shipped, "location", "admin1") == [("Kundak", "Al-Hasakah")]
