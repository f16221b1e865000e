"""Kinds of news articles the blind set tests/fixtures/matching/articles_heldout_news15.yaml measures (issue 16:
every strike of a full news article at its place): the headline's or the lead's town against the body's finer
village, a village spelled otherwise whose namesakes lie in two governorates, ordnance found after a strike, a
background of "repeated attacks" on a side.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts
from monitor.text import analyse


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published mid-November."""
    return facts(text, lexicon, "location", "fatalities", published="2026-11-12T10:00:00Z")


@pytest.mark.parametrize("text, strikes", [
    # the village the body introduces with its article ("the village of Al-X", the gazetteer's name without it) is the
    # strike's place, the headline's town its countryside
    ("Drone strike kills man in Albu Kamal countryside\n"
     "A drone struck a motorcycle near the village of Al-Baktal in the countryside of Albu Kamal on Friday, killing "
     "its rider.", [("Baktal", 1)]),
    # … and in Arabic, a village placed in the desert of the town the headline names
    ("غارة عراقية تقتل ثلاثة من داعش في صحراء القائم\n"
     "قتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات F-16 فجر اليوم على وكر قرب قرية السمة في صحراء القائم.",
     [("As Simmah", 3)]),
])
def test_the_body_village_beats_the_headline_town(shipped, text, strikes):
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("text, strikes", [
    # a wire's lead names the town the reader knows, the body the village of its district: one strike, the village's
    ("Drone strike kills two in Raqqa province\n"
     "A drone strike killed two men on Monday near the town of Tabqa, local officials said. The drone hit their car "
     "near the village of Hidaj, west of Tabqa.", [("Hidaj", 2)]),
    ("Turkish drone kills shepherd in Duhok province\n"
     "A Turkish drone strike killed a shepherd on Tuesday near the town of Zakho, the mayor said. The drone fired a "
     "missile at him on a hillside near the village of Dubank, east of Zakho.", [("Dubank", 1)]),
])
def test_the_lead_town_and_the_body_village_are_one_strike(shipped, text, strikes):
    assert coded(text, shipped) == strikes


def test_a_village_spelled_otherwise_is_the_namesake_of_its_sentence_governorate(shipped):
    # "Deikani" is spelled like a village of Anbar (Hit) and one of Salah al-Din (Baiji): the sentence names Baiji
    text = ("Iraqi jets struck a cave near the Syrian border near al-Qaim on Saturday, killing three militants. On "
            "Sunday the jets hit a hideout near the village of Deikani, in the desert north of Baiji, killing two more.")
    assert coded(text, shipped) == [("Al-Qaim", 3), ("Ad Daykani", 2)]


@pytest.mark.parametrize("text", [
    # ordnance the troops found after the strike went off nowhere: the strike keeps its type
    "The strike hit a cave used by militants near Rawa late on Sunday, killing four, the military said. Troops later "
    "reached the site and found rifles, an explosive belt and food supplies.",
    "قتل أربعة إرهابيين بضربة استهدفت كهفاً قرب راوة ليلة أمس، وعثرت القوات في المكان على حزام ناسف وبنادق.",
    "قتل أربعة إرهابيين بضربة استهدفت كهفاً قرب راوة ليلة أمس، وتم العثور في المكان على حزام ناسف وبنادق.",
])
def test_ordnance_found_after_a_strike_is_no_suicide_bombing(shipped, text):
    assert [event["sub_event_type"] for event in analyse(text, "2026-11-12T10:00:00Z", shipped).events] \
        == ["Air/drone strike"]


def test_repeated_attacks_on_a_side_in_the_background_name_no_side_struck(shipped):
    # "وهجمات متكررة على حواجز قسد": the area's habit of attacks, after the strike, no side of this one
    text = ("قتل شخصان بقصف مسيرة مجهولة على سيارة قرب الشحيل أمس. وتشهد المنطقة توتراً أمنياً، وسط اعتقالات "
            "وهجمات متكررة على حواجز قسد.")
    assert [(event["location"], event["actor2"]) for event in analyse(text, "2026-11-12T10:00:00Z", shipped).events] \
        == [("Al-Shuhayl", None)]


@pytest.mark.parametrize("text, strikes", [
    # the strikes residents fear are none: drones circling over a district report no strike
    ("Drones circle over Amuda villages as farmers fear more shelling\n"
     "Turkish drones flew low over villages near Amuda on Friday, residents said. No strike was reported.", []),
    # … while a strike beside the fear of more is the news
    ("Turkish drone strike kills two near Amuda, residents fear more attacks\n"
     "A Turkish drone struck a car near Amuda on Friday, killing two men.", [("Amuda", 2)]),
])
def test_strikes_feared_are_none(shipped, text, strikes):
    assert coded(text, shipped) == strikes
