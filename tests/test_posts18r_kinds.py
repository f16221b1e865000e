"""Kinds of local post and news line the blind sets articles_heldout_posts17.yaml and articles_heldout_places9.yaml
measure (issue 16: the strike's village, found when the gazetteer spells it otherwise): an Arabic village named
before the district that labels it ("قرية X بقضاء Y"), the numbered list of a post's villages, "X village" of a post
headed or tagged by its town, a sub-district whose short name ends in a known village's name.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, precision) of each event] of *text*, published early in December."""
    return facts(text, lexicon, "location", "geo_precision", published="2026-12-01T10:00:00Z")


def test_an_arabic_village_before_its_district_label(shipped):
    """"قرية X بقضاء Y": the village's word, its name spelled otherwise than the gazetteer's, and the district that
    labels it, whose preposition the name's two words would take: the name is the one word before it, looked up in
    that district."""
    assert coded("روداو: قصف جوي تركي يستهدف محيط قرية دارشكى بقضاء زاخو", shipped) == [("Darishkay", 2)]


@pytest.mark.parametrize("text, strikes", [
    ("قصف تركي على قرى قضاء العمادية:\n1- ديرلوك\n2- فاسيركي", [("Dereluk", 1), ("Vasirki", 1)]),
    ("Amedi villages under Turkish shelling today\n1) Deraluk – no casualties\n2) Vasirke – a shepherd wounded",
     [("Dereluk", 1), ("Vasirki", 1)]),
    ("Turkish artillery shelled Zakho villages overnight:\n1. Batifa – a house damaged\n2. Darishke – orchards on fire",
     [("Batufe", 1), ("Darishkay", 1)]),
])
def test_a_numbered_list_of_villages(shipped, text, strikes):
    """A post's numbered list of the villages struck, one of them known: each other line's name, spelled otherwise
    than the gazetteer's, is a place of the known one's governorate (its district first)."""
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("text, strike", [
    ("Derik 🔴 drone hits farmhouse in Til Elo village, a woman wounded #Derik", ("Tall Aalo", 1)),
    ("Qamishli 🔴 drone strike on a car in Qubeyq village, 1 killed #Qamishli", ("Qubayq", 1)),
    ("Drone strike in Rimelan countryside\nA drone hit a car in Til Elo village on Friday, wounding its driver, local "
     "sources said.", ("Tall Aalo", 1)),
])
def test_x_village_beside_its_town(shipped, text, strike):
    """"X village" of a post its town heads or tags, or of the town's countryside: the village, found by its
    spelling, is the strike's place, not the town."""
    assert coded(text, shipped) == [strike]


def test_a_subdistrict_named_by_a_known_villages_name(shipped):
    """"the Bir al-Helou subdistrict": a name whose last word is a known village's (Hulw, of another district) is
    looked up whole; that village labels nothing of it."""
    [(location, precision)] = coded("A Turkish drone hit a vehicle in the Bir al-Helou subdistrict east of Hasakah, "
                                    "killing two fighters.", shipped)
    assert (location, precision) == ("Bi'r Hulw", 2)


def test_a_two_word_village_opened_by_a_known_name(shipped):
    """"near Maadan Atiq": a known one-word name (Maadan, of Khan Maddan) opening a two-word name is part of it; the
    whole is looked up in the governorate the text names (Ma`din `Atiq of Deir ez-Zor)."""
    assert coded("Coalition jets bombed an Islamic State cave complex near Maadan Atiq in the Deir ez-Zor desert on "
                 "Sunday, a monitor said.", shipped) == [("Ma`din `Atiq", 2)]


def test_a_numbered_line_of_prose_names_no_village(shipped):
    """A thread's numbered updates are lines of prose, not a list of names: "١- طيران مسير يقصف" names no village
    Nuran (its first word spelled alike)."""
    assert "Nuran" not in [place for place, _ in coded(
        "أخبار شنكال اليوم:\n١- طيران مسير يستهدف عجلة بخانصور، شهيد\n٢- قصف ثان يطال محيط ناحية سنوني، ٣ جرحى", shipped)]
