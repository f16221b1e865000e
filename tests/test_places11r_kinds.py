"""Kinds of place the held-out posts and the bilingual blind set 17 still placed wrong (issue 16: no precise place
more than 25 km off): Kurdistan towns under the Latin names Kurdish media write (Khanasor, Mergasor).

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, precision, district) of each event] of *text*, published early December."""
    return facts(text, lexicon, "location", "geo_precision", "admin2", published="2026-12-05T10:00:00Z")


@pytest.mark.parametrize("text, events", [
    # Khanasor, the Yazidi collective town of Sinjar district (Who's On First's Khanah Sur), bare or with Shingal
    ("A Turkish drone hit a vehicle in Khanasor, killing a YBS fighter", [("Khanah Sur", 1, "Sinjar")]),
    ("Two Yazidi fighters were killed when a Turkish drone struck their car in Khanasor in Shingal on Monday",
     [("Khanah Sur", 1, "Sinjar")]),
    # Mergasor, the Erbil town that seats its district: not Zakho's village Mayrgah Sur, 60 km off
    ("Turkish shelling hit Mergasor, wounding a shepherd", [("Mergasur", 1, "Mergasur")]),
    ("A Turkish drone struck a pickup in the market of the town of Mergasor", [("Mergasur", 1, "Mergasur")]),
])
def test_a_kurdistan_town_under_its_kurdish_latin_name(shipped, text, events):
    """A report names a Kurdistan town as Kurdish media write it in Latin letters (seeds/aliases.csv)."""
    assert coded(text, shipped) == events

