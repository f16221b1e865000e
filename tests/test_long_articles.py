"""Every strike of a long news article as its own event, with its own toll (issue 16: full news articles).

Our own sentences, in the styles of the blind set tests/fixtures/matching/articles_heldout_news3.yaml
(wire copy and regional outlets): each test names the kind of miss it guards against.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from monitor.config import load_config
from monitor.text import analyse, lexicon_for


@pytest.fixture(scope="module")
def shipped():
    return lexicon_for(load_config(ROOT / "config.yaml"))


def coded(text: str, lexicon, published: str = "2025-07-08T10:00:00Z") -> list[tuple]:
    return [(event["location"], event["fatalities"], event["injured"])
            for event in analyse(text, published, lexicon).events]


def test_a_place_of_another_strike_still_names_the_governorate_a_village_is_looked_up_in(shipped):
    # the second strike's village is looked up in the governorates the text names: Ninewa too (by the first
    # strike's Sinjar), not only the Duhok of the background, where no Khana Sor is
    text = ("A Turkish drone struck a car in Sinjar town on Tuesday, killing two fighters, the mayor of Sinjar "
            "district said. Several hours later, a second drone targeted a house in the village of Khana Sor. "
            "Many Yazidis still live in camps in Duhok province.")
    assert [event[0] for event in coded(text, shipped)] == ["Sinjar", "Khanah Sur"]
