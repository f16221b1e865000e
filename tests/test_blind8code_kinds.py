"""Kinds of report the coder missed on the blind incidents set tests/fixtures/incidents/bilingual_blind8.yaml
(BLIND8_MISSES in tests/test_incidents.py): a village of the other country named like a landmark of the text's
own, the area across a river from a town, places the gazetteer lacked under the spellings reports use, and the
side "neutralised" in a defence ministry's wording. Every sentence here is our own wording of that kind, not a
fixture case."""

from __future__ import annotations

import pytest

from monitor.text import analyse

DAY = "2026-09-02T12:00:00Z"


@pytest.mark.parametrize("text", [
    "An unidentified drone hit a fuel truck near Hajin, not far from the ruins of Dura in eastern Syria, on Monday, "
    "killing its driver.",
    "A drone struck a pick-up truck near the town of Al-Salihiyah, close to the ruins of Dura Europos in Syria, on "
    "Monday.",
])
def test_a_village_of_the_other_country_is_no_strike_place_of_a_text_about_one_country(shipped, text):
    """"Dura" is a variant of Dawray, a village of Erbil 400 km off: a text saying its news is in Syria ("in eastern
    Syria", "Syria's") whose other places are Syria's makes no strike of it, precise or not."""
    events = analyse(text, DAY, shipped).events
    assert events and {event["admin1"] for event in events} == {"Deir ez-Zor"}


@pytest.mark.parametrize("text, town", [
    ("A drone struck an oil tanker in a village across the Euphrates from the town of Hajin on Monday, wounding "
     "its driver.", "Hajin"),
    ("Artillery shells fell on farmland opposite Al-Mayadin on Monday evening, a local source said.", "Mayadin"),
    ("مسيرة مجهولة تستهدف سيارة في الضفة المقابلة لمدينة الميادين مساء اليوم.", "Mayadin"),
    ("قصف مدفعي يستهدف أراضي زراعية في قرية مقابل مدينة هجين صباح اليوم.", "Hajin"),
])
def test_across_a_river_from_a_town_is_the_area_of_that_town(shipped, text, town):
    """"across the Euphrates from X", "opposite X", "الضفة المقابلة لمدينة X", "مقابل X" name the area by X, as
    "near X" does: precision 2, never X itself."""
    [event] = analyse(text, DAY, shipped).events
    assert (event["location"], event["geo_precision"]) == (town, 2)


@pytest.mark.parametrize("text, place, admin1", [
    ("A Turkish drone hit a car in Jaabar on the shore of Lake Assad on Sunday, wounding two.", "West Jabar", "Raqqa"),
    ("مسيرة تركية تستهدف سيارة في قرية جعبر بريف الطبقة صباح اليوم، وإصابة شخصين.", "West Jabar", "Raqqa"),
    ("An unidentified drone struck a motorcycle in Swedan, east of Deir ez-Zor, on Monday, killing its rider.",
     "Suwaydan Jazirah", "Deir ez-Zor"),
])
def test_places_under_the_spellings_reports_use(shipped, text, place, admin1):
    """Ja'bar by Qal'at Ja'bar (Who's On First's West Jabar; "جعبر" was read as Je'aiber, 28 km north) and Suwaydan
    Jazirah ("Swedan"), each under the spellings reports write: the village itself, precision 1."""
    [event] = analyse(text, DAY, shipped).events
    assert (event["location"], event["admin1"], event["geo_precision"]) == (place, admin1, 1)


@pytest.mark.parametrize("text, striker", [
    ("Four PKK terrorists hiding in caves in the Gara region were neutralised in an air operation on Sunday, the "
     "ministry said.", None),
    ("Three PKK terrorists spotted in the Zap region were neutralized by air strikes, the Ministry of National "
     "Defense announced on Monday.", "Turkish Armed Forces"),
])
def test_a_group_whose_members_were_neutralised_is_the_side_struck(shipped, text, striker):
    """Turkey's defence ministry's wording: "N PKK terrorists … were neutralised" makes the PKK the side struck,
    however far the verb from the name, and the ministry that says so (Turkey's "Ministry of National Defence") the
    side that struck."""
    [event] = analyse(text, DAY, shipped).events
    assert (event["actor1"], event["actor2"]) == (striker, "PKK")
