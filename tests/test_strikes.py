"""One event per strike an article reports (ACLED): which sentences make one strike, and whose toll is whose."""

from __future__ import annotations

import pytest

from conftest import ROOT
from monitor.config import load_config
from monitor.text import analyse, lexicon_for


@pytest.fixture(scope="module")
def shipped():
    return lexicon_for(load_config(ROOT / "config.yaml"))


def coded(text: str, lexicon) -> list[tuple]:
    return [(event["location"], event["fatalities"], event["injured"], event["sub_event_type"])
            for event in analyse(text, "2024-03-06T10:00:00Z", lexicon).events]


@pytest.mark.parametrize("text", [
    "Drone strike hits Hajin. A drone strike hit a motorcycle in Hajin on Tuesday, killing two men.",
    "A drone struck a car in Hajin on Tuesday. The strike on Hajin killed two men, Deir Ezzor 24 said.",
    "غارة بطائرة مسيرة على هجين. استهدفت طائرة مسيرة دراجة نارية في بلدة هجين ما أدى إلى مقتل شخصين.",
    # the headline names the area the body's strike is in
    "IED kills two soldiers south-west of Kirkuk. An IED hit an army vehicle in Hawija district, killing two soldiers.",
])
def test_a_headline_and_the_body_or_two_sentences_about_one_place_are_one_event(shipped, text):
    (event,) = coded(text, shipped)
    assert event[1] == 2


@pytest.mark.parametrize("text, events", [
    ("Coalition jets struck the towns of Hajin, Al-Shaafa and Al-Susah on Tuesday, killing six militants.",
     [("Hajin", None, None), ("Al-Shaafa", None, None), ("Al-Susah", None, None)]),
    ("غارات للتحالف على بلدات هجين والشعفة والسوسة أسفرت عن مقتل ستة عناصر.",
     [("Hajin", None, None), ("Al-Shaafa", None, None), ("Al-Susah", None, None)]),
    # a governorate's round-up: each strike its own toll
    ("A Turkish drone struck a car in Qamishli on Monday, killing two SDF fighters. Separately, Turkish artillery "
     "shelled the village of Tal Tamr, wounding three civilians. In Deir ez-Zor, a drone strike on Hajin killed a man.",
     [("Qamishli", 2, None), ("Tal Tamr", None, 3), ("Hajin", 1, None)]),
    ("قصفت طائرة مسيرة تركية سيارة في القامشلي، ما أدى إلى مقتل شخصين. كما استهدف قصف مدفعي تركي قرية تل تمر وأصيب "
     "ثلاثة مدنيين.", [("Qamishli", 2, None), ("Tal Tamr", None, 3)]),
])
def test_strikes_on_several_places_are_one_event_each_and_a_common_toll_is_none_of_theirs(shipped, text, events):
    assert [event[:3] for event in coded(text, shipped)] == events


def test_the_day_of_a_round_up_is_its_strikes_and_a_strike_on_another_day_is_another_event(shipped):
    text = ("Coalition jets struck Hajin on Tuesday, killing four militants. Another raid hit Al-Shaafa. "
            "On Monday, a drone struck Hajin too, wounding a child.")
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [(event["location"], event["event_date"]) for event in events] == [
        ("Hajin", "2024-03-05"), ("Al-Shaafa", "2024-03-05"), ("Hajin", "2024-03-04")]


@pytest.mark.parametrize("text, spans", [
    ("A drone strike on Hajin killed five civilians and wounded 3 others on Tuesday.",
     [("killed", "five civilians"), ("injured", "3")]),
    ("قُتل ثلاثة عناصر من قسد وأصيب آخران بجروح في غارة على هجين.", [("killed", "ثلاثة عناصر")]),
    ("استشهد طفلان بقصف على هجين", [("killed", "طفلان")]),
])
def test_a_toll_points_at_its_words_in_its_sentence(shipped, text, spans):
    (event,) = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [(item["kind"], item["sentence"][slice(*item["span"])]) for item in event["evidence"]
            if "span" in item] == spans
