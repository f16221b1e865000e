"""Kinds of local-post layout and wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts5.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("🔴 الشدادي\nمسيرة تستهدف سيارة عند مدخل المدينة الجنوبي", ("Shaddadi", "Al-Hasakah")),
    ("⚡️ Hajin\nDrone hits a pickup by the main market, 2 dead", ("Hajin", "Deir ez-Zor")),
])
def test_an_emoji_led_place_line_heads_the_line_under_it(shipped, text, place):
    """"⭕️ القامشلي" over "مسيرة تستهدف سيارة …": a short line led by an emoji, a town alone, places the strike of
    the line under it as "📍 X" does."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report
    assert facts(text, shipped, "location", "admin1") == [place]


def test_an_emoji_led_strike_line_stays_a_line_of_its_own(shipped):
    """"🔴 غارة على X" over "🔴 غارة على Y": a strike line of its own (a preposition in it), two strikes."""
    text = "🔴 غارة على هجين\n🔴 غارة على الشعفة"
    assert facts(text, shipped, "location", "admin1") == [("Hajin", "Deir ez-Zor"), ("Al-Shaafa", "Deir ez-Zor")]


@pytest.mark.parametrize("text, expected", [
    ("حصيلة قصف المسيرات التركية اليوم\nتل حميس: سيارة عسكرية ومقتل ٢ من المقاتلين\nتل براك: منزل وإصابة طفل",
     [("Tall Hamis", "Al-Hasakah", 2, None), ("Tall Birak", "Al-Hasakah", None, 1)]),
    ("Turkish drone strikes today\nDerik | a car, 1 killed\nTirbespî | a house, 3 wounded",
     [("Al-Malikiyah", "Al-Hasakah", 1, None), ("Al Qahtaniyah", "Al-Hasakah", None, 3)]),
])
def test_lines_headed_by_a_place_under_a_strike_line_are_its_strikes(shipped, text, expected):
    """A line a place heads before a colon or a bar, under a strike line: a strike of that line at its place,
    with that line's toll (rule 6 of decision.py; places rule "heads": the head needs no other cue)."""
    events = analyse(text, PUBLISHED, shipped).events
    assert [(e["location"], e["admin1"], e["fatalities"], e["injured"]) for e in events] == expected


@pytest.mark.parametrize("text, expected", [
    ("قصف صاروخي منذ ساعات الصباح على: هجين + الشعفة + السوسة",
     [("Hajin", "Deir ez-Zor"), ("Al-Shaafa", "Deir ez-Zor"), ("Al-Susah", "Deir ez-Zor")]),
    ("Unknown jets bombed Hajin / Al-Shaafah / Al-Susah an hour ago",
     [("Hajin", "Deir ez-Zor"), ("Al-Shaafa", "Deir ez-Zor"), ("Al-Susah", "Deir ez-Zor")]),
    # two names of one area a few km apart, a town and its terrain region: two strikes of a list
    ("مسيرات تركية تقصف سيدكان / برادوست", [("Sidakan", "Erbil"), ("Bradost", "Erbil")]),
])
def test_a_list_marked_by_plus_or_slash_is_one_strike_per_place(shipped, text, expected):
    """"كاني ماسي + شيلادزي + باتيفا", "Mayadin / Boukamal / Ashara": each item of a post's list is a place (a
    village needs no other cue) and a strike of its own (places rule "marks")."""
    assert facts(text, shipped, "location", "admin1") == expected


@pytest.mark.parametrize("text, place", [
    ("Turkish artillery pounding Batifa / Bamerni since dawn", "Bamarni"),       # Bamarni (Amadiya)
    ("قصف مدفعي تركي على قرية باتيفا + شيلادزي", "Shiladiza"),
])
def test_a_list_item_spelled_otherwise_is_found_by_spelling(shipped, text, place):
    """An item of a "+"/"/" list the gazetteer spells otherwise (vowels, "e" for "a") is the one place of the
    governorate of the list's other items spelled alike (``places.listed_spellings``)."""
    assert (place, "Duhok") in facts(text, shipped, "location", "admin1")


@pytest.mark.parametrize("text", [
    "قصف مدفعي تركي منذ الصباح على باتيفا",      # four words between the strike and "على"
    "قصف مدفعي تركي على: باتيفا",                      # a colon opening what was shelled
])
def test_a_village_after_a_strike_and_على_however_worded(shipped, text):
    """"قصف … على X": the strike's "على" introduces its place as a place word does, a few words after the strike
    noun and before a colon too."""
    assert facts(text, shipped, "location", "admin1") == [("Batufe", "Duhok")]


@pytest.mark.parametrize("text", [
    "سقطت مسيرة على خيمة لرعاة الأغنام قرب الشحيل وانفجرت، وأصيب راعيان",
    "سقوط مسيرة تركية على مقر عسكري في البصيرة",
])
def test_a_drone_that_fell_on_a_target_is_a_drone_strike(shipped, text):
    """"سقطت مسيرة … على X … وانفجرت": a drone that fell on what it hit struck it (Air/drone strike, not the IED
    its explosion alone would say)."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report
    assert coding.event["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "سقوط طائرة مسيرة مجهولة في أرض زراعية قرب البصيرة دون أن تنفجر، والأهالي يتجمعون حولها",
    "سقطت مسيرة قرب الشحيل ولم تنفجر",
    "A kamikaze drone came down in a field outside Al-Busayrah without exploding.",
])
def test_a_drone_that_fell_without_exploding_is_no_strike(shipped, text):
    """A drone that fell or crashed and did not go off (not_strike's "no blast", anywhere in the sentence)."""
    assert not analyse(text, PUBLISHED, shipped).is_strike_report


@pytest.mark.parametrize("text, place", [
    ("#عامودا\nقصف تركي على قرية تل حبش وأضرار في المنازل", ("Tall Habash", "Al-Hasakah")),
    ("#Qamishli #Rojava\nA Turkish drone hit a car in the village of Tal Hamis, south-east of Qamishli",
     ("Tall Hamis", "Al-Hasakah")),
])
def test_a_post_filed_under_a_town_is_at_the_finer_place_its_body_names(shipped, text, place):
    """"#كوباني" over "… في قرية زور مغار غربي كوباني": the town of the post's place line files the post under its
    area (as "X: …" does); the village the strike line names, of that governorate, is the strike's."""
    assert facts(text, shipped, "location", "admin1") == [place]


@pytest.mark.parametrize("text, place", [
    ("قصف مدفعي تركي يطال محيط مجمع خانصور شمال سنجار", ("Khanah Sur", "Ninewa")),
    ("مسيرة تركية تستهدف دراجة نارية في تربه سبيه", ("Al Qahtaniyah", "Al-Hasakah")),
])
def test_kurdish_media_arabic_spellings_of_towns(shipped, text, place):
    """Arabic spellings Kurdish and Iraqi media write (seeds/aliases.csv): "خانصور" (Khanasor), "تربه سبيه"."""
    assert facts(text, shipped, "location", "admin1") == [place]


def test_the_rider_of_a_motorbike_is_one_dead(shipped):
    event = analyse("A motorbike was hit by a drone near Al-Busayrah, the rider was killed.", PUBLISHED, shipped).event
    assert event["fatalities"] == 1


@pytest.mark.parametrize("text, actor2", [
    ("Al-Busayrah: SDF checkpoint hit by a drone, 2 killed", "Syrian Democratic Forces"),
    ("PMF truck targeted near Al-Qaim, 2 killed", "Popular Mobilization Forces"),
])
def test_a_sides_target_hit_in_a_passive_headline_is_the_side_struck(shipped, text, actor2):
    """"SDF checkpoint hit, 1 killed": the side's target, then the bare participle: the side was struck."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["actor1"], event["actor2"]) == (None, actor2)


@pytest.mark.parametrize("text", ["عاجل: غارات جوية مجهولة على مواقع للميليشيات", "خاص | قصف مدفعي على تجمع للميليشيات",
                                  "فيديو: مسيرة تستهدف سيارة عسكرية"])
def test_a_posts_header_word_heading_its_line_is_no_place(shipped, text):
    """"عاجل:", "خاص |", "فيديو:" head a post's line as a place does, yet are words (villages of Aleppo, Sulaymaniyah
    and Latakia by those names): no place."""
    assert facts(text, shipped, "location", "admin1") == []
