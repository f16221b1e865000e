"""Kinds of full news article the blind set tests/fixtures/matching/articles_heldout_news21.yaml and the residue of
_news20 and _news19 show (issue 16: every strike at its place, its own event, no extra one, tolls exact).

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published early December."""
    return facts(text, lexicon, "location", "fatalities", published="2026-12-07T10:00:00Z")


@pytest.mark.parametrize("text, place", [
    ("استهدفت طائرة مسيرة تركية، مساء أمس، منزلاً في قرية كريمة التابعة لناحية تل تمر، ما أدى إلى إصابة رجل.", "Kuraymah"),
    ("سقطت قذائف هاون على أطراف قرية تل اطشاشة التابعة لناحية تل تمر صباح اليوم، دون وقوع إصابات.", "Tall Atishashah"),
])
def test_a_village_said_to_belong_to_a_sub_district_the_gazetteer_files_next_door(shipped, text, place):
    """"قرية X التابعة لناحية Y": X is the strike's place when the gazetteer's one X lies within 25 km of Y, though it
    files X under the next sub-district (its line between sub-districts is a guess, the outlet's label is local)."""
    assert [location for location, _ in coded(text, shipped)] == [place]
