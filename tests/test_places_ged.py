"""Codebook rules found on the tuning half of UCDP GED's Syria headlines (bench/ged.py, even ids).
Every sentence here is our own wording of a kind of report, not a GED headline."""

from __future__ import annotations

import pytest

from conftest import ROOT
from monitor.config import load_config
from monitor.text import analyse, lexicon_for
from monitor.text.places import PLACE_RULES, locate
from monitor.text.watchlists import compile_lexicon

DAY = "2024-03-05T10:00:00Z"


@pytest.fixture(scope="module")
def shipped():
    return lexicon_for(load_config(ROOT / "config.yaml"))


def without(*rules):
    config = load_config(ROOT / "config.yaml")
    return compile_lexicon(config.watchlists, config.places(), config.matching, PLACE_RULES - set(rules))


@pytest.mark.parametrize("text, location, admin1", [
    ("Two children were hurt when artillery shells fell on al-Houla at dawn.", "Houla", "Homs"),
    ("Rebels drove government troops out of al-Tulaysiyah overnight.", "Tulaysiyah", "Hama"),
])
def test_a_transliterated_article_carries_the_cue_before_it(shipped, text, location, admin1):
    """Rule "article": "on al-Houla" is "on Houla" (a village needs a preposition before it; the
    article written before a name the gazetteer has without it is the name's)."""
    place, _, _ = locate(text, shipped)
    assert (place.name, place.admin1) == (location, admin1)
    assert locate(text, without("article")).place is None


@pytest.mark.parametrize("text, location", [
    ("A colonel from Latakia and his driver were shot dead in the capital Damascus.", "Damascus"),
    ("Rockets fired from Daraa city struck the centre of Sweida, wounding four.", "As-Suwayda"),
])
def test_where_someone_came_from_yields_to_where_it_happened(shipped, text, location):
    """Rule "origin": the place of the victims, not the place the victim or the attackers came from."""
    assert locate(text, shipped).place.name == location
    assert locate(text, without("origin")).place.name != location
