"""Kinds of sentence that name who struck whom (issue 16 point 7: actor1 the side that struck, actor2 the side struck)
that the sets tolls4, actors8, posts19 and notes22 still missed: the toll listed place by place under a line that
names no striker, below the lead that does; the side whose post was hit, described by its patron's initials ("the
U.S.-backed SDF"); a member a group's name describes ("a PKK-affiliated cadre"); the side the dead were of, before the
striker's word for them.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts

PUBLISHED = "2026-11-25T10:00:00Z"


def sides(text: str, lexicon) -> list[tuple]:
    """[(place, actor1, actor2) of each event] of *text*."""
    return facts(text, lexicon, "location", "actor1", "actor2", published=PUBLISHED)


def test_a_listed_toll_is_the_strikes_the_lead_names(shipped):
    """A lead names the striker ("لقصف مدفعي تركي"), a line that names none heads the toll listed village by village:
    each item's strike is the lead's striker's."""
    text = ("تعرضت قرى تابعة لناحية شيلادزي، ظهر اليوم، لقصف مدفعي تركي.\n"
            "ونشر مدير الناحية حصيلة القصف كما يلي:\n"
            "- قرية ديرشيش: مقتل مزارع\n"
            "- قرية سبنة: إصابة طفلين")
    assert ("Dere Shish", "Turkish Armed Forces", None) in sides(text, shipped)


def test_a_post_of_the_side_its_patron_backs_was_hit(shipped):
    """"a position of the U.S.-backed SDF": the patron's initials describe the side whose post was hit (actor2), no
    striker."""
    text = "An explosive-laden drone hit a position of the U.S.-backed SDF near Ain Issa on Friday, wounding two men."
    assert sides(text, shipped) == [("Ain Issa", None, "Syrian Democratic Forces")]


@pytest.mark.parametrize("text, struck", [
    ("A Turkish drone struck a car carrying a PKK-affiliated cadre near Ain Issa, killing him.", "PKK"),
    ("A drone strike killed two PKK-affiliated fighters in a car near Sinjar on Monday.", "PKK"),
    # an affiliated group is its patron's ally, not the patron
    ("A drone strike hit a car of an Iran-affiliated militia near Al-Qaim, killing two.", "Iran-backed militias"),
])
def test_an_affiliated_member_is_of_the_side_struck(shipped, text, struck):
    """"a PKK-affiliated cadre": a member the group's name describes is of the side struck (a militia "affiliated"
    to a state is its ally, the state no side)."""
    assert sides(text, shipped)[0][2] == struck


@pytest.mark.parametrize("text", [
    "A drone struck a car near Khanasor on Tuesday evening, killing the two men in it, local officials said.\n"
    "Their families said the men killed were members of the Sinjar Resistance Units. The Turkish Defence Ministry said "
    "on Wednesday that two PKK terrorists had been neutralised in an air operation in the area.",
    "استهدفت طائرة مسيرة سيارة قرب خانصور مساء الثلاثاء، ما أدى إلى مقتل شخصين كانا فيها.\n"
    "وقال ذوو القتيلين إنهما من مقاتلي وحدات مقاومة سنجار. وأعلنت وزارة الدفاع التركية تحييد إرهابيين اثنين من حزب "
    "العمال بعملية جوية في المنطقة.",
])
def test_the_side_the_dead_were_of_before_the_strikers_word(shipped, text):
    """The side the report says the dead were of ("the men killed were members of the YBŞ") is the side struck, not
    the striker's word for them ("two PKK terrorists had been neutralised")."""
    assert sides(text, shipped) == [("Khanah Sur", "Turkish Armed Forces", "Sinjar Resistance Units")]
