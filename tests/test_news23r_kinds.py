"""Kinds of full news article the sets articles_heldout_news22.yaml and articles_heldout_tolls6.yaml measure (issue
16: every strike of a report its own event, no extra one): what a strike came only days after, a speaker's seat, a
habit residents complain of are no places of the strike reported.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published mid-November."""
    return facts(text, lexicon, "location", "fatalities", published="2026-11-12T10:00:00Z")


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
