"""Kinds of sentence that put a strike at the wrong place (issue 16: a precise place more than 25 km off <= 0.03):
the seat of an official who tells the news; a village's part word ("al-Ulya") after a bare preposition.

Our own sentences, none of the blind sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def places(text: str, lexicon) -> list[str]:
    """[the location of each event] of *text*, published early in December."""
    return [place for (place,) in facts(text, lexicon, "location", published="2026-12-06T10:00:00Z")]


@pytest.mark.parametrize("text, expected", [
    # the official's seat in the attribution ("وقال مسؤول محلي في العمادية إن …") is where he speaks from, no strike
    ("قصفت طائرة مسيرة تركية صباح اليوم قرية شيلادزي. وقال مسؤول محلي في العمادية إن القصف أدى إلى مقتل مدنيين اثنين.",
     ["Shiladiza"]),
    ("قصفت المدفعية التركية أطراف قرية كاني ماسي مساء أمس. وأكد مسؤول محلي في دهوك أن القصف لم يسفر عن إصابات.",
     ["Ain Nuni"]),
    # … while an official killed in his town is struck there
    ("قتل مسؤول محلي في سنجار بقصف طائرة مسيرة تركية استهدفت سيارته.", ["Sinjar"]),
])
def test_official_speaks_from_his_seat(text, expected, shipped):
    """An official placed where he sits, after a verb of speech, tells the news; his seat is no strike place."""
    assert places(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    # the part word after a village's name, spelled otherwise than the gazetteer's ("al-Ulya", "al-Olya"): the part
    ("Iraqi army aircraft bombed an ISIS cave near Umm Hijara al-Ulya south of Mosul on Sunday.",
     ["Umm Hijarah al 'Ulya"]),
    ("Iraqi army aircraft bombed an ISIS cave near Umm Hijara al-Olya south of Mosul on Sunday.",
     ["Umm Hijarah al 'Ulya"]),
    # … and the name alone is still the pair's place
    ("Iraqi helicopters struck ISIS hideouts near Umm Hijara south of Mosul, killing 2 militants.", ["Umm Hijarah"]),
])
def test_part_word_after_a_name_near(text, expected, shipped):
    """A village named after a bare preposition with its part word ("near X al-Ulya") is that part, not X alone."""
    assert places(text, shipped) == expected
