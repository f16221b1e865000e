"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts7.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("A drone hit a car outside Hajin this morning, killing two", [("Hajin", 2)]),
    ("Turkish artillery shelled farmland outside Zakho, no casualties", [("Zakho", 2)]),
    ("مسيرة تركية تستهدف سيارة قرب #تل_تمر ومقتل شخصين", [("Tal Tamr", 2)]),
])
def test_outside_or_near_a_town_is_precision_2(shipped, text, expected):
    """"outside X", "قرب #X": activity near a town is coded to the town at precision 2, the ACLED codebook's
    "near a town or a city" (the convention every labelled set now holds)."""
    assert facts(text, shipped, "location", "geo_precision") == expected


def test_outside_a_home_in_a_town_is_in_the_town(shipped):
    assert facts("A drone hit a car outside his home in Hajin this morning, killing two", shipped, "location", "geo_precision") == [("Hajin", 1)]


@pytest.mark.parametrize("text, expected", [
    ("مسيرة تستهدف حاجز الدردارة قرب تل تمر ومقتل عنصرين", "Dardarah"),
    ("قصف بقذائف الهاون على حاجز الجرنية غربي الرقة", "Al Jarniyah"),
])
def test_a_checkpoint_named_by_its_place_is_there(shipped, text, expected):
    """"حاجز الدردارة": a checkpoint named after its village is at that village, as a place word would say."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report
    assert coding.event["location"] == expected


@pytest.mark.parametrize("text", [
    "مسيرة تستهدف حاجز طيار لقسد في ريف الحسكة الجنوبي",
    "مسيرة تستهدف حاجز طيار في ريف الرقة الشمالي",
])
def test_a_flying_checkpoint_is_no_village(shipped, text):
    """"حاجز طيار" is a flying (mobile) checkpoint, not the village Tayyar: the strike stays in the area named."""
    assert analyse(text, PUBLISHED, shipped).event["geo_precision"] == 3


@pytest.mark.parametrize("text", [
    "قصف بالهاون على مقر مال الحشد في القائم",
    "استهداف السيطرة مال الحشد على طريق الرطبة بصاروخ",
])
def test_the_iraqi_possessive_names_the_hashd_struck(shipped, text):
    """"مال الحشد" (Iraqi "of the Hashd") names the PMF; "السيطرة مال الحشد", its checkpoint, was struck."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["actor1"], event["actor2"]) == (None, "Popular Mobilization Forces")


def test_an_area_of_control_names_its_holder_no_target(shipped):
    """"مناطق سيطرة قوات النظام": the regime holds the areas the fire came from; it struck, it was not struck."""
    event = analyse("قصف مدفعي من مناطق سيطرة قوات النظام على بلدة ذيبان", PUBLISHED, shipped).event
    assert (event["actor1"], event["actor2"]) == ("Syrian army", None)


def test_a_post_headed_by_a_town_and_an_emoji_is_at_that_town(shipped):
    """"جل آغا 🔻 مسيرة …": a channel's line opens with its town and an emoji for a colon."""
    coding = analyse("جل آغا 🔻 مسيرة تستهدف سيارة وسط المدينة ومقتل شخصين", PUBLISHED, shipped)
    assert coding.is_strike_report
    assert coding.event["location"] == "Al Jawadiyah"


def test_a_settlement_word_is_the_cue_of_the_longer_name(shipped):
    """"قرية حويجة الزيدية": the village Hawijat az Zaydiyah, not a village "قرية الحويجة" and a word after it."""
    assert analyse("غارة جوية على قرية حويجة الزيدية في الأنبار ومقتل ٣ من داعش", PUBLISHED, shipped).event["location"] \
        == "Hawijat az Zaydiyah"


@pytest.mark.parametrize("text, expected", [
    ("#عامودا\nقصف مدفعي على قرية ديكية بريف عامودا الغربي", "Dikiyah"),
    ("#ديرك\nمسيرة تركية تستهدف سيارة في قرية حياكة بريف ديرك", "Hayakah"),
    ("Turkish drone strikes a car in the village of Dikiyah in the Amuda countryside #Amude", "Dikiyah"),
])
def test_a_town_named_as_the_countryside_labels_its_village(shipped, text, expected):
    """"قرية X بريف عامودا" under the post's "#عامودا": the town names the area the village lies in; the strike
    is at the village."""
    assert analyse(text, PUBLISHED, shipped).event["location"] == expected


def test_a_towns_countryside_alone_is_around_the_town(shipped):
    assert facts("قصف مدفعي على ريف عامودا", shipped, "location", "geo_precision") == [("Amuda", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Regime forces shelled Al-Husayniyah village from across the river, a child wounded. #DeirEzzor",
     ("Al Husayniyah", "Deir ez-Zor")),
    ("Drone strike on a PMF truck on the highway, 2 killed #AlQaim", ("Al-Qaim", "Anbar")),
])
def test_a_hashtag_of_several_words_written_as_one_names_the_area(shipped, text, expected):
    """"#DeirEzzor", "#AlQaim": a town's or governorate's name of several words written as one hashtag names it,
    and binds a village name several governorates share to it."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["location"], event["admin1"]) == expected


def test_a_name_near_which_a_strike_fell_is_looked_up_by_spelling_in_the_district_named(shipped):
    """"near Yousifan, Shingal": a name after a bare "near" the gazetteer spells otherwise (Yusufan) is found by
    its spelling key among the places of the district the text names, when one place fits."""
    event = analyse("Turkish drone hits a YBŞ vehicle near Yousifan, Shingal; two killed", PUBLISHED, shipped).event
    assert (event["location"], event["geo_precision"]) == ("Yusufan", 2)


def test_a_word_after_in_is_no_village_spelled_like_it(shipped):
    """Not after "في": "في شمال العراق" would be a village of Duhok spelled like شمال (Ishmaylah)."""
    coding = analyse("قصف مدفعي تركي على قرى في شمال العراق قرب العمادية", PUBLISHED, shipped)
    assert "Ishmaylah" not in [e["location"] for e in coding.events]


@pytest.mark.parametrize("text", [
    "إطلاق نار ابتهاجاً بحفل زفاف في بلدة الشدادي يصيب شاباً بجروح",
    "Celebratory gunfire at a wedding in Rmelan wounds a boy",
])
def test_celebratory_fire_is_no_event(shipped, text):
    """Shots fired in celebration at a wedding or a match are aimed at no one: no attack, no event."""
    assert analyse(text, PUBLISHED, shipped).events == []


def test_its_rider_killed_is_one_killed(shipped):
    """"its rider killed": a post's possessive and its one person, the verb's auxiliary dropped."""
    assert analyse("Drone strike on a motorbike outside Amuda, its rider killed", PUBLISHED, shipped).event["fatalities"] == 1


def test_a_depot_of_a_party_names_the_party_struck(shipped):
    """"مستودعاً للميليشيات": the depot's owner was struck (no "دعا", called, inside "مستودعا")."""
    event = analyse("غارة جوية تستهدف مستودعاً للميليشيات الإيرانية قرب الميادين", PUBLISHED, shipped).event
    assert event["actor2"] == "Iran-backed militias"


@pytest.mark.parametrize("text, actor2", [
    ("مسيرة تستهدف حاجز الدردارة لقسد قرب تل تمر", "Syrian Democratic Forces"),
    ("قصف بقذائف الهاون على حاجز عسكري لقوات النظام قرب الميادين", "Syrian army"),
])
def test_the_holder_of_a_named_checkpoint_was_struck(shipped, text, actor2):
    """"حاجز الدردارة لقسد": the side whose checkpoint was hit is the side struck, its name after the checkpoint's."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["actor1"], event["actor2"]) == (None, actor2)


def test_a_side_joined_after_the_striker_struck_with_it(shipped):
    """"قصف مدفعي لقوات النظام والميليشيات الإيرانية": the militias joined by "و" to the regime struck with it;
    nobody named was struck."""
    event = analyse("قصف مدفعي لقوات النظام والميليشيات الإيرانية يطال بلدة ذيبان", PUBLISHED, shipped).event
    assert (event["actor1"], event["actor2"]) == ("Syrian army", None)
