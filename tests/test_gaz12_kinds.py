"""Places (helper gaz12, issue 16): kinds the blind sets news11 and blind9 left, each test failing without its rule of
monitor/text/places.py: a town placed by a direction through a longer phrase ("west of the north-eastern Syrian town
of X") a reference point, not the strike's place (``off_by_direction``'s window); an independent administration of
the Kurdistan Region ("إدارة سوران المستقلة") a district's label (``_DISTRICT_BEFORE``)."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2026-12-06T10:00:00Z"   # texts of the same day
first = partial(conftest.first, published=PUBLISHED)


@pytest.mark.parametrize("text", [
    "Two fighters were killed when a drone struck their post near Tal Halaf, west of the north-eastern Syrian town of "
    "Ras al-Ain, on Monday.",
    "A drone hit a pick-up truck near Tell Halaf, some 5 km west of the border town of Ras al-Ain, killing two.",
    "Turkish artillery shelled the outskirts of Tall Halaf, west of the town of Ras al-Ain, wounding a farmer.",
])
def test_a_town_placed_by_a_long_direction_is_a_reference_point(shipped, text):
    """"X, west of the north-eastern Syrian town of Y": Y is where X lies from, however many words qualify the
    town; the strike is at X (Tall Halaf, found by its spelling), not at the town the words introduce."""
    assert first(text, shipped, "location", "admin1", "geo_precision")[:2] == ("Tall Halaf", "Al-Hasakah")


@pytest.mark.parametrize("text,place", [
    ("قصفت طائرة مسيرة تركية موقعاً في المرتفعات المطلة على ناحية ديانا التابعة لإدارة سوران المستقلة بمحافظة أربيل",
     "دیانا"),
    ("مسيرة تركية تقصف سيارة في ناحية ديانا بإدارة سوران المستقلة وتقتل شخصين", "دیانا"),
    ("قصف مدفعي تركي يستهدف أطراف ناحية سيدكان التابعة لإدارة سوران المستقلة دون إصابات", "Sidakan"),
])
def test_an_independent_administration_labels_its_sub_district(shipped, text, place):
    """"إدارة سوران المستقلة": the Kurdistan Region's independent administrations (Soran, Raparin, Garmiyan) label
    a district as "قضاء" does; the sub-district named in it is the strike's place (its seat, precision 2), not Soran."""
    assert first(text, shipped, "location", "admin1", "geo_precision") == (place, "Erbil", 2)
