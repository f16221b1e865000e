"""Kinds of place wording the blind set tests/fixtures/matching/articles_heldout_places12.yaml measures (issue 16:
every strike at its right place): the hashtags that close a post after its words name the place, a line headed by
its town whose strike is on the town's outskirts, a sub-district named alone, a village named with its district in
brackets, a neighbourhood of a city and a village's upper or lower part.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts

PUBLISHED = "2026-12-07T10:00:00Z"


def places(text: str, lexicon) -> list[tuple]:
    """[(location, geo_precision) of each event] of *text*."""
    return facts(text, lexicon, "location", "geo_precision", published=PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("Turkish artillery shelled the hills of Sidakan subdistrict this morning, no casualties reported #KRG #Soran",
     ("Sidakan", 2)),
    ("قصف تركي على أطراف ناحية باتيفا ولا إصابات #دهوك #زاخو", ("Batufe", 2)),
    ("A Turkish drone struck a car in the Mergasur district, two wounded #Erbil #Soran", ("Mergasur", 2)),
])
def test_the_tags_closing_a_post_file_it_under_its_area(shipped, text, place):
    """"… the outskirts of X village, nobody hurt so far #Erbil #Soran": the hashtags that close a post file it under
    an area, as a line head does; the place its words name beside the strike is the strike's, and the tags are no
    strike of their own (places.locate_strike's tags_post, events._clauses_apart: places.closing_hashtag)."""
    assert places(text, shipped) == [place]


@pytest.mark.parametrize("text, place", [
    ("Zakho: Turkish artillery shelled the outskirts of Zakho town, no casualties so far #Duhok #KRG", ("Zakho", 2)),
    ("الحسكة | مسيّرة تركية تستهدف سيارة على أطراف مدينة الحسكة، وإصابة شخصين.", ("Hasakah", 2)),
    ("#Sidakan: Turkish jets bombed the outskirts of Sidakan town, no casualties so far #KRG #Soran", ("Sidakan", 2)),
])
def test_a_headed_line_on_the_outskirts_of_its_town_is_around_it(shipped, text, place):
    """"X: … on the outskirts of X": the line's head files it under the town, the line's own "the outskirts of X" /
    "أطراف X" says where the strike was, around the town (precision 2), as its "محيط X" does; the tags closing the
    post stay no strike of their own (places.locate_strike, places11's rule b43786c restored)."""
    assert places(text, shipped) == [place]


@pytest.mark.parametrize("text, place", [
    ("Turkish artillery shelled the hills of Zawita subdistrict overnight, locals said.", ("Zawitah", 2)),
    ("قصف مدفعي تركي على ناحية زاويتة بريف دهوك دون إصابات.", ("Zawitah", 2)),
    ("غارة لطيران التحالف على مزرعة في ناحية الهول شرقي الحسكة.", ("Al-Hawl", 2)),
    ("A coalition drone struck a motorcycle in the Markada subdistrict, killing its rider.", ("Markadah", 2)),
    ("طيران مسيّر يستهدف سيارة في ناحية العريشة جنوبي الحسكة.", ("`Arishah", 2)),
])
def test_a_subdistrict_named_alone_is_its_seat(shipped, text, place):
    """"ناحية X" / "the X subdistrict" named alone, no village: the sub-district's seat town at precision 2 (ACLED: an
    area named is coded at its main town; notes/common.md), the seat named as any name of the sub-district's row
    ("ناحية الهول": Al-Hawl), within a countryside's reach of its point (Markada's, 27 km), and of two places so named
    the one whose own name the row spells (Zawitah, not its upper part) (places._seat_spelled_alike)."""
    assert places(text, shipped)[:1] == [place]


@pytest.mark.parametrize("text, place", [
    ("قصفت قوات الحكومة بقذائف الهاون قرية على الضفة الشرقية للفرات قرب بلدة ذيبان، ما أدى إلى إصابة طفل.",
     ("Dhiban", 2)),
    ("قصف مدفعي تركي يطال بساتين قرية حدودية في قضاء العمادية.", ("Amadiya", 2)),
])
def test_a_word_describing_the_village_is_no_name(shipped, text, place):
    """"قرية على ضفة الخابور" (a village on the bank), "قرية حدودية" (a border village): the word after "قرية" says where
    or what the village is, it names none; no village "العلي" nor one spelled like "حدودية" is coded, the area the
    sentence names is (places._DESCRIBES_SETTLEMENT, in looks_like_place and _tolerant_place)."""
    assert places(text, shipped) == [place]
