"""Kinds of local post the blind sets tests/fixtures/matching/articles_heldout_posts18/19/20.yaml measure (issue 16:
every strike of a local post its own event, no extra one, its place within 25 km and never a precise place far off):
a thread of time-stamped lines whose confirmation names no place of its own, two strikes in one sentence each at a
village a town or district labels.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts

PUBLISHED = "2026-11-28T20:00:00Z"


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published late in November."""
    return facts(text, lexicon, "location", "fatalities", published=PUBLISHED)


@pytest.mark.parametrize("text, strikes", [
    ("Amuda updates\n"
     "[21:05] Heavy explosion heard near the village of Daquriyah west of Amuda\n"
     "[21:12] Confirmed: a Turkish drone hit a motorcycle on the road, two young men killed", [("Daquriyah", 2)]),
    ("📌 18:40 | دوي انفجار قوي قرب قرية تل حجر شرقي ديريك\n"
     "📌 18:52 | مصادر محلية: مسيرة تركية استهدفت دراجة نارية ومقتل شابين", [("Tall Hajar", 2)]),
])
def test_a_timed_thread_places_its_confirmation_by_the_alert_before(shipped, text, strikes):
    """A thread of time-stamped updates minutes apart: the line that confirms the strike names no place, the alert
    line before it does; one strike, at the alert's place."""
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("text, places", [
    ("Two Turkish strikes this morning: a drone hit a house in Sekrin village of Amedi (Duhok), and warplanes bombed "
     "near Zewa village in Sidakan (Erbil), no casualties.", ["Sikrin", "Zaywah Biramus"]),
    ("غارة لمسيرة تركية على أطراف قرية سكرين في قضاء العمادية، وقصف مدفعي على قرية كيستة التابعة لناحية شيلادزي في "
     "دهوك، دون إصابات", ["Sikrin", "Kaystah"]),
])
def test_the_town_that_labels_a_village_of_two_strikes_is_no_third(shipped, text, places):
    """Two strikes in one sentence, each at a village a town or district labels ("X village of Amedi", "قرية X التابعة
    لناحية Y في دهوك"): two events, none at the label."""
    assert [place for place, _ in coded(text, shipped)] == places


@pytest.mark.parametrize("text", [
    "شنكال | مسيرة تركية تقصف سيارة تابعة لوحدات حماية سنجار على طريق قرية عين الحصان، ومقتل مقاتل",
    "مسيرة تركية تستهدف مقراً لوحدات حماية شنكال قرب قرية عين الحصان جنوبي الجبل، وأنباء عن قتيل",
])
def test_the_ybs_under_its_other_arabic_name_is_no_place(shipped, text):
    """The YBŞ named "وحدات حماية سنجار" (the units protecting Sinjar): the target, not a strike at Sinjar town, which
    would put a precise place 30 km off the village the post names."""
    assert facts(text, shipped, "location", "actor2", published=PUBLISHED) == [("Hisan", "Sinjar Resistance Units")]


@pytest.mark.parametrize("text, strikers", [
    ("عاجل | مسيرتان تركيتان تنفذان هجومين متتاليين: الأولى استهدفت سيارة قرب قرية خزيموك شرق القحطانية، والثانية "
     "قصفت دراجة نارية قرب قرية تل حجر شرق ديريك", [("Khuzaymuk", "Turkish Armed Forces"),
                                                    ("Tall Hajar", "Turkish Armed Forces")]),
    ("مسيرتان تركيتان تستهدفان سيارة قرب قرية خزيموك شرق القحطانية", [("Khuzaymuk", "Turkish Armed Forces")]),
    ("استهداف سيارة بطائرتين مسيرتين أمريكيتين قرب قرية الكشمة شرق دير الزور", [("Deir ez-Zor", "US forces")]),
])
def test_two_aircraft_in_the_arabic_dual_name_their_striker(shipped, text, strikers):
    """Two aircraft in the Arabic dual, noun, adjective and verb ("مسيرتان تركيتان … الأولى … والثانية …",
    "تستهدفان", "بطائرتين مسيرتين أمريكيتين"): the state the adjective names strikes, each strike of the pair."""
    assert facts(text, shipped, "location", "actor1", published=PUBLISHED) == strikers


@pytest.mark.parametrize("text, tolls", [
    ("Turkish drones carried out two strikes before dawn: one on a pickup near Zewa village in Sidakan (Erbil), "
     "killing its driver, and one on a house in Sharanish village of Zakho (Duhok), wounding three.",
     [(1, None), (None, 3)]),
    ("مسيرتان تركيتان تنفذان ضربتين خلال ساعتين: الأولى استهدفت دراجة نارية قرب قرية خزيموك شرق القحطانية وأصيب "
     "راكبها، والثانية قصفت منزلاً في قرية تل حجر شرق ديريك دون إصابات", [(None, 1), (0, 0)]),
])
def test_each_toll_of_a_two_strike_sentence_stays_in_its_clause(shipped, text, tolls):
    """Two strikes told in one sentence, each clause with its own toll: "one on X, killing its driver, and one on Y"
    (the second "one" is a strike, the verb elided, no victim), "الأولى … وأصيب راكبها، والثانية … دون إصابات" (the
    count "ضربتين" heads the clauses, so "no casualties" is the second's only)."""
    assert facts(text, shipped, "fatalities", "injured", published=PUBLISHED) == tolls


@pytest.mark.parametrize("text, tolls", [
    ("Rudaw: Turkish drone hit a pickup near Sharanish village in Zakho; the driver, believed to be a PKK cadre, "
     "was killed", [(1, None)]),
    ("A drone struck a motorbike near Khuzaymuk village, east of Qahtaniyah; the rider, reportedly an SDF fighter, "
     "was wounded", [(None, 1)]),
])
def test_a_victim_described_with_a_hedge_between_commas_is_counted(shipped, text, tolls):
    """One victim a post describes between commas with a hedge before the verb ("the driver, believed to be a PKK cadre,
    was killed", "the rider, reportedly an SDF fighter, was wounded"): one killed or wounded, as without the hedge."""
    assert facts(text, shipped, "fatalities", "injured", published=PUBLISHED) == tolls
