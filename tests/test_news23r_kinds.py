"""Kinds of full news article the sets articles_heldout_news22.yaml and articles_heldout_tolls6.yaml measure (issue
16: every strike of a report its own event, no extra one): the earlier strike a sentence of no place of its own recalls
("The strike came weeks after a drone hit a car near X") is no place of the strike reported.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published mid-November."""
    return facts(text, lexicon, "location", "fatalities", published="2026-11-12T10:00:00Z")


@pytest.mark.parametrize("text, strikes", [
    ("A Turkish drone killed a farmer on Tuesday as he worked his land near Sidakan, in Erbil province, "
     "local officials said.\n"
     "The farmer's brother said he had no link to any armed group.\n"
     "The attack came three weeks after a Turkish drone struck a pickup truck near the resort town of Dereluk in Amadiya "
     "district, killing two men.", [("Sidakan", 1)]),
    ("Two fighters of the Syrian Democratic Forces were killed on Tuesday when a Turkish drone hit their car in the "
     "town of Amuda, a military source said.\n"
     "The strike came ten days after a drone attack on a motorcycle near the town of Darbasiyah, west of "
     "Amuda, killed a civilian.", [("Amuda", 2)]),
])
def test_a_recalled_strike_is_no_place_of_the_news(shipped, text, strikes):
    """A sentence that names no place of its own before it turns to an earlier strike ("The strike came three weeks
    after a drone hit a car near X"): X is the earlier strike's, no place of the one reported."""
    assert coded(text, shipped) == strikes


def test_the_operations_a_strike_came_only_days_after_are_background(shipped):
    """A strike sentence's clause of what the strike came "only" days after ("الذي يأتي بعد أسبوع فقط من إعلانها بدء
    عمليات … في مناطق X وY"): background, its areas no strikes of their own."""
    text = ("قتل راع، صباح اليوم الأربعاء، جراء قصف طائرة مسيّرة تركية قرب بلدة ديرلوك التابعة لقضاء العمادية في "
            "محافظة دهوك.\nولم تعلق أنقرة على القصف، الذي يأتي بعد أسبوع فقط من إعلانها بدء عمليات جوية جديدة ضد "
            "مواقع الحزب في مناطق حفتانين والزاب.")
    assert coded(text, shipped) == [("Dereluk", 1)]


def test_where_a_security_official_sits_is_no_strike(shipped):
    """A security source or official placed where he sits ("A security official in Duhok said the drone had come from
    the south"), as Arabic's "مصدر أمني في X": his seat, no strike of its own beside the village struck."""
    text = ("A Turkish drone struck a farm near Batifa, a village in the Zakho district, on Monday, killing one man.\n"
            "A security official in Duhok, speaking on condition of anonymity, said the drone had come from the north.")
    assert coded(text, shipped) == [("Batufe", 1)]


def test_the_repeated_shelling_residents_complain_of_is_no_strike(shipped):
    """The repetition of strikes residents complain of ("ويشكو أهالي القرى في X وY من تكرار القصف"): a habit, its
    towns no strikes beside the village struck."""
    text = ("أصيب راع بجروح، صباح اليوم الأحد، جراء قصف مدفعي تركي طال أطراف قرية كاني ماسي الحدودية.\n"
            "ويشكو أهالي القرى الجبلية في العمادية وزاخو من تكرار القصف الذي أحرق البساتين ودمر الطرق.")
    assert len(coded(text, shipped)) == 1
