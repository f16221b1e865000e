"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts4.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
coded = partial(conftest.coded, published=PUBLISHED)
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, sub_event_type", [
    ("قصف صاروخي يستهدف حقل كونيكو بصاروخين، والدفاعات الجوية تعترض أحدهما", "Shelling/artillery/missile attack"),
    ("Air defences shot down one of the two drones that attacked the Conoco gas field base.", "Air/drone strike"),
])
def test_an_interception_of_part_of_a_salvo_leaves_the_attack(shipped, text, sub_event_type):
    """"intercepted one of the two", "تعترض أحدهما": the rest of the salvo went on, so the attack is the
    event (a strike report), not Disrupted weapons use."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report
    assert coding.event["sub_event_type"] == sub_event_type


def test_an_interception_of_the_whole_attack_stays_disrupted(shipped):
    coding = analyse("Air defences shot down a drone approaching the Conoco gas field base.", PUBLISHED, shipped)
    assert not coding.is_strike_report
    assert coding.event["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    # a sonic boom: jets breaking the sound barrier, the bang is no weapon
    "أصوات انفجارات في سماء البصيرة سببها اختراق طائرات حربية لجدار الصوت",
    "The explosions heard in Al-Qaim were warplanes breaking the sound barrier.",
    "Warplanes over Mayadin caused a sonic boom, residents say, not an airstrike.",
    # a post saying there was none: "ماكو قصف", "ما في قصف" (Iraqi and Jazira speech), "no strike"
    "ماكو قصف على سنجار اليوم، الطيارات بس دارت فوك الجبل",
    "Residents in Al-Qaim: no airstrike on the town, the blast was a fuel tank.",
    "Drone over Al-Busayrah: no strike, it only circled for an hour.",
    # old footage reposted: a video or photo of a strike said to be old (قديم, from/dates back to a year)
    "الفيديو المنتشر لقصف مدفعي على الشعفة قديم",
    "صور القصف الجوي على الميادين المتداولة اليوم تعود لعام 2019",
    "This footage of an airstrike on Mayadin is old, it was filmed in 2017.",
    "A drone strike on Amuda shown in a viral clip is from 2021, not today.",
    "نشر ناشطون مقطعا قديما لغارة جوية على هجين",
])
def test_posts_that_report_no_strike(shipped, text):
    """A sonic boom, a post saying there was no strike, old footage reposted: no strike of today."""
    assert not analyse(text, PUBLISHED, shipped).is_strike_report


@pytest.mark.parametrize("text", [
    "A video shows a Turkish drone striking a car in Amuda, killing a 5-year-old boy.",
    "A video shows a Turkish drone strike hitting the old market in Amuda, killing two.",
])
def test_footage_of_todays_strike_is_a_strike(shipped, text):
    """A video of the strike itself, with no word that the footage is old, still reports it (a "5-year-old", an
    "old market" are no old clip)."""
    assert coded(text, shipped, "location", "admin1") == (True, [("Amuda", "Al-Hasakah")])


@pytest.mark.parametrize("text, place", [
    ("تصحيح: الغارة لم تكن على الميادين بل على بلدة البصيرة", ("Al-Busayrah", "Deir ez-Zor")),
    ("Correction: the strike was not in Qamishli, a drone hit a car in Amuda.", ("Amuda", "Al-Hasakah")),
])
def test_a_correction_s_wrong_place_is_none(shipped, text, place):
    """"وليس X", "not in X", "rather than X": the place a correction says the strike was not at is none."""
    assert facts(text, shipped, "location", "admin1") == [place]


@pytest.mark.parametrize("text, place", [
    ("طائرة مسيرة تستهدف عجلة قرب جسر حديثة ومقتل سائقها", ("Haditha", "Anbar")),
    ("درون ضربت عجلة يم القائم والعجلة انحرقت", ("Al-Qaim", "Anbar")),
])
def test_a_town_named_by_its_landmark_or_a_dialect_preposition(shipped, text, place):
    """A town in construct after its landmark ("جسر حديثة", "سوق القائم") or after Iraqi "يم" (near): the town,
    even one whose name is an everyday word (حديثة "modern", القائم "standing")."""
    assert facts(text, shipped, "location", "admin1") == [place]


@pytest.mark.parametrize("text, place", [
    ("قصف مدفعي على منازل أبناء عشيرة البكارة في محيميدة", ("Muhaymidah", "Deir ez-Zor")),
    ("مسيرة تستهدف سيارة لأحد وجهاء عشيرة الشعيطات في القورية", ("Al Qurayya", "Deir ez-Zor")),
])
def test_a_tribe_s_village(shipped, text, place):
    """"عشيرة البكارة في محيميدة": a village after a tribe's name and "في" is where the tribe lives (an Arabic
    village otherwise needs a place word such as "قرية")."""
    assert facts(text, shipped, "location", "admin1") == [place]


def test_a_village_named_by_its_landmark_in_english(shipped):
    """"the Al-Hishah checkpoint", "the X shrine": a village named before its landmark is a place."""
    assert facts("A drone struck a car at the Al-Hishah checkpoint, killing two SDF fighters.", shipped, "location", "admin1") == [
        ("Al Hishah", "Raqqa")]


@pytest.mark.parametrize("text, place", [
    ("غارة جوية على مستودع ذخيرة عند جسر السياسية", ("Deir ez-Zor", "Deir ez-Zor")),
    ("Drone strike on a car by the Sherfedin shrine, one killed.", ("Sharaf ad Din", "Ninewa")),
])
def test_a_landmark_named_alone_is_its_place(shipped, text, place):
    """seeds/aliases.csv: landmarks posts name without their town (the Siyasiyah bridge of Deir ez-Zor city,
    the Sharaf ad-Din shrine of Sinjar) stand for the place they are part of."""
    assert facts(text, shipped, "location", "admin1") == [place]


@pytest.mark.parametrize("text, fatalities, injured", [
    ("هسع مسيرة ضربت سيارة بالبصيرة وخمسة راحو الله يرحمهم", 5, None),
    ("درون ضربت عجلة بالقائم والسايق انصاب", None, 1),
    ("قصف مدفعي على هجين من الصبح، تلاتة انجرحو", None, 3),
])
def test_tolls_in_the_region_s_speech(shipped, text, fatalities, injured):
    """Jazira and Iraqi speech: "راحوا" with the blessing of the dead ("الله يرحمهم"), "ماتوا", "انصاب", "انجرحوا"."""
    event = analyse(text, PUBLISHED, shipped).event
    assert (event["fatalities"], event["injured"]) == (fatalities, injured)


def test_went_without_the_blessing_of_the_dead_is_no_toll(shipped):
    """"تنين راحو عالسوق": two went to the market; only the blessing makes "راحوا" a death."""
    assert analyse("قصف مدفعي على هجين، تنين راحو عالسوق قبل القصف", PUBLISHED, shipped).event["fatalities"] is None


@pytest.mark.parametrize("text", [
    "مسيرة ضربت سيارة بالبصيرة قبل شوي",
    "مسيرة مجهولة استهدفت دراجة نارية في هجين",
])
def test_a_bare_drone_that_struck_is_a_drone_strike(shipped, text):
    """"مسيرة" alone is a march in prose, a drone before a strike verb: a post's past tense and dialect verb too."""
    coding = analyse(text, PUBLISHED, shipped)
    assert coding.is_strike_report and coding.event["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "قصف مدفعي لمرتزقة الاحتلال التركي على قرى ريف تل تمر",
    "Artillery shelling by mercenaries of the Turkish occupation hit villages near Tal Tamr.",
])
def test_the_turkish_occupation_s_mercenaries_are_the_sna(shipped, text):
    """Kurdish media's "مرتزقة الاحتلال التركي" are the Syrian National Army, not Turkey's army (whose adjective
    "التركي" sits inside the name)."""
    assert analyse(text, PUBLISHED, shipped).event["actor1"] == "Syrian National Army"


@pytest.mark.parametrize("text", [
    "سقوط قذائف على قاعدة للتحالف في حقل كونيكو",
    "Rockets fell on a coalition base at the Al-Omar oil field, no casualties.",
])
def test_the_coalition_s_base_is_the_side_struck(shipped, text):
    """Rockets on "قاعدة التحالف", "a coalition base": the coalition is the side struck."""
    assert analyse(text, PUBLISHED, shipped).event["actor2"] == "US-led coalition"
