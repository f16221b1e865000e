"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts6.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, sub_event_type", [
    ("قصف موقع لقسد قرب بلدة الصور بمسيرتين انتحاريتين صباح اليوم", "Air/drone strike"),
    ("استهداف منزل في بلدة هجين بطائرتين مسيرتين", "Air/drone strike"),
    ("سقوط قذيفتين على منازل المدنيين في بلدة هجين", "Shelling/artillery/missile attack"),
    ("استهداف سيارة بقذيفتين قرب بلدة الباغوز", "Shelling/artillery/missile attack"),
])
def test_two_weapons_in_the_dual_are_a_strike(shipped, text, sub_event_type):
    """"بطائرتين مسيرتين", "بمسيرتين", "قذيفتين", "قذيفتي هاون": Arabic names two drones or two shells by the dual
    of the word; the strike is told as with one."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report
    assert coding.event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text", [
    "استهداف رتل عسكري على طريق القائم بصاروخين من مسيرة مجهولة",
    "قصف تعزيزات لقسد بطائرة مسيرة قرب بلدة هجين",
])
def test_a_convoy_a_strike_hits_is_its_target(shipped, text):
    """"استهداف رتل", "قصف تعزيزات": the convoy or reinforcements a strike word hits are what was struck, not
    troops moving after the strikes (an aftermath cue governs the strike words after it only when no target)."""
    assert analyse(text, PUBLISHED, shipped).is_strike_report


def test_a_convoy_moving_after_strikes_is_still_aftermath(shipped):
    """Troops moving after the strikes report no strike of their own: the rule reads only a convoy hit."""
    assert not analyse("وصول رتل من التعزيزات إلى القائم بعد قصف الطائرات التركية", PUBLISHED, shipped).is_strike_report


@pytest.mark.parametrize("text, actor1", [
    ("القوة الجوية العراقية تدمر مضافة لداعش قرب راوة، ومقتل اثنين من عناصره", "Iraqi Air Force"),
    ("The Iraqi air force destroys an IS hideout near Anah, killing two militants", "Iraqi Air Force"),
])
def test_the_air_force_that_destroys_is_the_aircraft(shipped, text, actor1):
    """"القوة الجوية تدمر", "the air force destroys": the air force names its aircraft, the subject of a strike
    verb or of "destroyed" as a drone or a jet is; its name stays the striker."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report
    assert (coding.event["sub_event_type"], coding.event["actor1"]) == ("Air/drone strike", actor1)


def test_the_air_force_named_without_a_strike_is_none(shipped):
    assert not analyse("قائد القوة الجوية العراقية يتفقد قاعدة قرب حديثة", PUBLISHED, shipped).is_strike_report


@pytest.mark.parametrize("text, expected", [
    ("Turkish drone strikes today, Soran district:\n• Kuzek – two shepherds wounded\n• Jiliya village – a house destroyed",
     [("Kuzek", 1, 2), ("Jiliya", 1, None)]),
    ("قصف مدفعي تركي منذ الصباح على قرى ناحية كاني ماسي:\n▪️ ديرشك – احتراق بساتين\n▪️ زارلوكي – أضرار في المنازل",
     [("Dayrishk", 1, None), ("Zarluki", 1, None)]),
])
def test_bullet_lines_headed_by_a_place_and_a_dash_are_strikes_of_their_own(shipped, text, expected):
    """"• Topzawa – farmland on fire", "▪️ X – …": a place heading a list's line before a dash is that line's
    strike as before a colon or a bar (places rule "heads"); such a line is no dateline ("SINJAR – …")."""
    events = analyse(text, PUBLISHED, shipped).events
    assert [(e["location"], e["geo_precision"], e["injured"]) for e in events] == expected


def test_a_hamlet_the_gazetteer_lacks_is_no_village_whose_letters_meet_across_its_words(shipped):
    """"Tall Luwayb": the spelling key drops vowels and doubled letters, within a word only; merged across the
    words it read "tlb", the key of At Tallabah, 75 km north. The hamlet is the area the text names."""
    coding = analyse("Mortar shells hit the hamlet of Tall Luwayb in the Hajin countryside, wounding a boy", PUBLISHED, shipped)
    assert (coding.event["location"], coding.event["geo_precision"]) == ("Hajin", 2)


@pytest.mark.parametrize("text, place", [
    ("#عين_عيسى #فاطسة\nمسيرة تركية تستهدف سيارة في فاطسة ومقتل شخصين", ("Fatisah", 1)),
])
def test_a_village_the_post_hashtags_is_a_place_wherever_the_post_names_it(shipped, text, place):
    """"#الدردارة" over "… في الدردارة": a village a channel hashtags is a name it vouches for as a place, in its
    hashtag and in the body after a preposition alone (places rule "hashtags"); the strike is at it, not at the
    town of the other hashtag."""
    assert [(e["location"], e["geo_precision"]) for e in analyse(text, PUBLISHED, shipped).events] == [place]


@pytest.mark.parametrize("text, expected", [
    ("Turkish shelling hit Bozan and Jiliya villages in the Sidakan sub-district", ["Bozan", "Jiliya"]),
    # one of them spelled otherwise (Tall Baz): found by its spelling, and still a strike apart
    ("Turkish artillery shelled Tel Arbush and Tel Baz villages, south of Hasakah", ["Tell Arbush", "Tall Baz"]),
])
def test_two_names_joined_by_and_before_a_plural_place_word_are_two_strikes(shipped, text, expected):
    """"X and Y villages": both names are villages (the plural after them is their place word) and each a
    strike of its own, as "the villages of X and Y" are."""
    assert [e["location"] for e in analyse(text, PUBLISHED, shipped).events] == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets bombed the Haftanin area, while a drone struck a car in Batifa town, Zakho district, killing two",
     [("Haftanin", None), ("Batufe", 2)]),
    ("Turkish jets bombed the Metina area, while a drone struck a tractor in Sheladze town, Amadiya district, "
     "killing a farmer", [("Metina", None), ("Shiladiza", 1)]),
])
def test_a_district_named_after_a_place_and_its_comma_labels_it(shipped, text, expected):
    """"X town, Y district": the district labels the place before it, no strike of its own beside it (and the
    clause's toll stays the place's)."""
    assert [(e["location"], e["fatalities"]) for e in analyse(text, PUBLISHED, shipped).events] == expected


@pytest.mark.parametrize("text, toll", [
    ("Drone hits a pickup near Hajin; driver killed, passenger wounded", (1, 1)),
    ("Turkish shelling on Kani Masi: shepherd wounded", (None, 1)),
])
def test_a_post_s_bare_noun_opening_its_clause_counts_one(shipped, text, toll):
    """"driver killed, passenger wounded": a post drops the article; one person, as "the driver was killed"."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["fatalities"], event["injured"]) == toll


@pytest.mark.parametrize("text, toll", [
    ("ضربة درون على عجلة بطريق حديثة، ماكو خسائر بالأرواح", (0, None)),
    ("مسيرة مجهولة تقصف صهريجاً قرب البوكمال ونجاة سائقه", (0, None)),
    ("مسيرة تستهدف سيارة على طريق الشدادي، والسائق ينجو بأعجوبة", (0, None)),
    ("A drone struck a tanker near Boukamal; the driver escaped unhurt", (0, 0)),
])
def test_a_survivor_or_no_loss_of_life_is_no_dead(shipped, text, toll):
    """"ماكو خسائر بالأرواح" (Iraqi: no loss of life), "نجاة السائق", "السائق ينجو", "escaped unhurt": nobody
    died (fatalities 0); the wounded only when it says none were hurt."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["fatalities"], event["injured"]) == toll


def test_a_numbered_item_at_a_place_not_known_lends_no_toll_to_the_item_before(shipped):
    """"1. … in X, rider killed" / "2. Shells hit homes in <a place the gazetteer lacks>, 3 wounded": the second
    item is a strike of its own; its wounded are not the first item's (it names no place, so it makes no event)."""
    text = ("Round-up of the day:\n1. A drone hit a car in Tall Hamis, driver killed\n"
            "2. Artillery shells hit homes in Kherbet Zanubi, 2 wounded\n3. A drone struck a pickup in Amuda, 1 killed")
    assert [(e["location"], e["fatalities"], e["injured"]) for e in analyse(text, PUBLISHED, shipped).events] == [
        ("Tall Hamis", 1, None), ("Amuda", 1, None)]


@pytest.mark.parametrize("text", [
    "Loud blast in Haditha was a controlled detonation of old ordnance, police said",
    "الأصوات التي سمعها أهالي حديثة ناتجة عن تفجير مسيطر عليه لمخلفات حربية",
])
def test_a_controlled_detonation_is_no_event(shipped, text):
    """Ordnance destroyed on purpose ("controlled detonation", "تفجير مسيطر عليه") attacks no one: no IED, no
    event of the region to archive (a denial's usual explanation of the blasts heard)."""
    assert analyse(text, PUBLISHED, shipped).events == []
