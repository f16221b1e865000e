"""Kinds of news articles the blind set tests/fixtures/matching/articles_heldout_news4.yaml measures (issue
16: every strike of a full news article, its toll and its sides): official statements quoted at length, live
blogs, daily tallies, explainers, headlines naming a coarser place, tolls of two sources.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from monitor.config import load_config
from monitor.text import analyse, lexicon_for


@pytest.fixture(scope="module")
def shipped():
    return lexicon_for(load_config(ROOT / "config.yaml"))


def coded(text: str, lexicon, published: str = "2025-11-12T10:00:00Z") -> list[tuple]:
    return [(event["location"], event["fatalities"], event["injured"])
            for event in analyse(text, published, lexicon).events]


def test_a_live_blog_entry_on_the_outskirts_of_a_town_is_its_own_strike(shipped):
    # the 21:10 entry's artillery fire on the outskirts of Boukamal is no part of the 18:30 entry's rockets on
    # Al-Omar, 60 km away, though both are shelling in Deir ez-Zor
    text = ("Live: rockets and artillery along the Euphrates\n"
            "18:30 - Three rockets hit the Al-Omar oil field, where American troops are stationed, a security source says.\n"
            "19:05 - No word yet from the coalition.\n"
            "21:10 - American artillery shelled positions on the outskirts of Boukamal, residents tell us.")
    assert [event[0] for event in coded(text, shipped)] == ["Al-Omar oil field", "Boukamal"]
