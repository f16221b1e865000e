"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts12.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text", [
    "Militias in Al-Qaim raised their alert after Israeli strikes on Yemen overnight",
    "أعلنت فصائل في البوكمال الاستنفار عقب غارات إسرائيلية على لبنان فجر اليوم",
])
def test_a_strike_on_a_country_abroad_is_none_here(shipped, text):
    """"after Israeli strikes on Iran", "بعد الغارات على الضاحية الجنوبية لبيروت": a strike whose target, right after
    it, is a country or city abroad is background, whatever place of ours the sentence names
    (vocabulary.STRIKE_ABROAD, decision.reported_terms)."""
    coding = analyse(text, PUBLISHED, shipped)
    assert not coding.is_strike_report and coding.events == []


def test_a_side_named_after_a_state_abroad_is_still_struck_here(shipped):
    """"strikes on Iran-backed militias in Albu Kamal": a side, not the country; the strike is ours."""
    text = "Israeli strikes on Iran-backed militias in Albu Kamal killed 3 fighters"
    assert facts(text, shipped, "location", "fatalities") == [("Boukamal", 3)]


@pytest.mark.parametrize("text", [
    "Drones circled over Hajin all evening and residents say they fear a strike tonight",
    "الأهالي في بلدة هجين يخشون من غارة جديدة بعد تحليق مكثف للمسيرات",
])
def test_a_strike_feared_is_none(shipped, text):
    """"they fear a raid tonight", "يخشون من غارة": the fear as a verb governs the strike word as "for fear of"
    does (config.yaml not_strike, modality)."""
    assert not analyse(text, PUBLISHED, shipped).is_strike_report


@pytest.mark.parametrize("text", [
    "Turkish drones struck villages of Amuda countryside again and again this year, killing 15 civilians",
    "المسيرات التركية تقصف قرى ريف عامودا مرارا وتكرارا منذ أشهر",
])
def test_strikes_again_and_again_are_a_habit(shipped, text):
    """"again and again", "time and again", "مرارا وتكرارا": strikes told as a series, no one strike and no toll of
    one (vocabulary._HABIT)."""
    coding = analyse(text, PUBLISHED, shipped)
    assert not coding.is_strike_report and coding.events == []


def test_a_name_with_its_article_written_otherwise_is_the_namesake_near_the_texts_places(shipped):
    """"Al-Ramadi village east of Al-Bukamal": the gazetteer's Ar Ramadi of Deir ez-Zor, not Ramadi, the city of
    Anbar 300 km off that "Al-Ramadi" names exactly (places._namesakes in rules "namesakes" and "nearby")."""
    text = "A drone hit a militia post in Al-Ramadi village east of Al-Bukamal this morning"
    assert facts(text, shipped, "location", "admin1") == [("Ar Ramadi", "Deir ez-Zor")]


def test_the_toll_of_a_name_placed_at_its_namesake_is_its_own(shipped):
    """"3 militiamen killed in Al-Ramadi, no word on losses in Al-Sukkariyah": the clause naming Al-Ramadi states
    the toll of the strike placed at Ar Ramadi, the spelling both share (events._tolls_by_place)."""
    text = ("US strikes hit Al-Sukkariyah and Al-Ramadi villages near Albu Kamal. "
            "3 militiamen killed in Al-Ramadi, no word on losses in Al-Sukkariyah")
    assert facts(text, shipped, "location", "fatalities") == [("As Sukkariyah", None), ("Ar Ramadi", 3)]


@pytest.mark.parametrize("text, expected", [
    ("Turkish shelling hit Kildanin and Tell Jadaya villages near Til Temir, a child wounded in Kildanin, "
     "no casualties in Tell Jadaya", [("Kildanin", None, 1), ("Tell Jadaya", 0, 0)]),
    ("قصف مدفعي تركي على قريتي كلدانين وتل جدايا بريف تل تمر\n- استشهاد مدني في كلدانين\n- أضرار في المنازل بتل جدايا"
     " دون إصابات", [("Kildanin", 1, None), ("Tell Jadaya", 0, 0)]),
])
def test_no_casualties_said_in_one_places_clause_is_that_places_toll(shipped, text, expected):
    """"a child wounded in X, no casualties in Y", "- أضرار … بY دون إصابات": nobody hurt in Y's own clause or item is
    Y's toll (0 and 0), not X's (events._nobody_by_place)."""
    assert facts(text, shipped, "location", "fatalities", "injured") == expected


def test_a_town_named_by_the_hospital_a_victim_died_in_is_no_strike_place(shipped):
    """"a third passenger died in Sinune hospital": the hospital's town is where a victim died, no place struck; the
    death revises the strike's toll (places._ROLES_AROUND)."""
    text = "A drone hit a car near Tall Banat village south of Sinjar, 2 killed\nUpdate: a third passenger died in Sinune hospital"
    assert facts(text, shipped, "location", "fatalities") == [("Tall Banat", 3)]


def test_a_mujahid_is_one_dead(shipped):
    """"واستشهاد مجاهد": a fighter as the factions' channels name theirs is one dead, as "مقاتل" is
    (figures._AR_SINGLE)."""
    text = "قصف بمسيرة مجهولة على مقر للحشد في قضاء القائم، واستشهاد مجاهد وإصابة آخر"
    assert facts(text, shipped, "fatalities", "injured") == [(1, 1)]


def test_n_of_its_fighters_killed_is_the_side_struck(shipped):
    """"X says 3 of its fighters killed": a partitive counts X's dead, no claim that X killed (vocabulary
    ACTOR_CLAIMS_AFTER); X is the side struck."""
    text = "A drone struck a truck near Al-Qaim at dawn, Kataib Hezbollah says 3 of its fighters killed"
    assert facts(text, shipped, "actor1", "actor2") == [(None, "Kataib Hezbollah")]


@pytest.mark.parametrize("text, expected", [
    ("مسيرة مجهولة تستهدف سيارة في قرية الحجنة شرقي ديرالزور", [("Hajnah", 1)]),
    ("قصف مدفعي على أطراف بلدة الحجنة بريف دير الزور", [("Hajnah", 2)]),
])
def test_an_arabic_name_finds_a_village_written_in_latin_only(shipped, text, expected):
    """"قرية الحجنة": a village the gazetteer names in Latin letters only (Hajnah, Hijni) is found by the Latin key of
    the Arabic letters in the governorate the text names, as a Latin name finds one named in Arabic only
    (places._tolerant_place)."""
    assert facts(text, shipped, "location", "geo_precision") == expected


def test_a_latin_only_village_found_from_arabic_letters_lies_by_the_town_the_text_names(shipped):
    """The Latin key of Arabic letters is weak evidence: "قرية جرنك بريف مدينة عامودا" is no Jirnak, the village by
    Qamishli 28 km east of Amuda (beyond SAME_PLACE_KM of every place the text names finer than its governorate), so
    the strike stays Amuda's countryside (places.find_tolerantly)."""
    text = "مسيرة تركية تستهدف دراجة نارية على طريق قرية جرنك بريف مدينة عامودا صباح اليوم"
    assert facts(text, shipped, "location", "geo_precision") == [("Amuda", 2)]


@pytest.mark.parametrize("text", [
    "دفاعات قسد الجوية تسقط طائرة مسيرة تركية في سماء قرية تل حبش بريف عامودا",
    "SDF air defences downed a Turkish drone in the sky of Tall Habash village near Amuda",
])
def test_a_drone_downed_in_the_sky_of_a_village_is_around_it(shipped, text):
    """"في سماء قرية X", "in the sky of X": the interception was over the land around X, not in X (precision 2, as
    the conventions of every labelled set have it; places.NEAR)."""
    assert facts(text, shipped, "location", "geo_precision", "sub_event_type") == [
        ("Tall Habash", 2, "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    "Turkish drone struck a pickup near Zakho, driver escaped with light injuries",
    "A drone hit a motorbike near Amuda, the rider survived with serious wounds",
])
def test_one_who_escaped_with_injuries_is_one_wounded(shipped, text):
    """"driver escaped with light injuries": nobody died and one was hurt (fatalities 0, injured 1;
    figures._INJURED)."""
    assert facts(text, shipped, "fatalities", "injured") == [(0, 1)]
