"""Kinds of news articles the blind set tests/fixtures/matching/articles_heldout_news14.yaml measures (issue 16:
every strike of a full news article at its place, its toll and its sides): a strike told only in the body of
political news, after "the signing came a day after" / "ويأتي اللقاء بعد يومين من".

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from monitor.text import analyse


def coded(text: str, lexicon, published: str = "2026-11-12T10:00:00Z") -> list[tuple]:
    return [(event["location"], event["fatalities"], event["injured"])
            for event in analyse(text, published, lexicon).events]


@pytest.mark.parametrize("text, strikes", [
    # political news that "came a day after" a strike tells that strike (the day before the news)
    ("Kurdish and Turkish officials met in Ankara on Wednesday to discuss the reopening of border crossings. "
     "The meeting came a day after a Turkish drone strike killed three men near the town of Mergasur.",
     [("Mergasur", 3, None)]),
    # … and in Arabic, the news that "comes" two days after it
    ("وقّع الجانبان في دمشق اتفاقاً لتبادل المحتجزين برعاية أممية. "
     "وتأتي الاتفاقية بعد يومين من مقتل ثلاثة مدنيين بقصف مسيّرة تركية على أطراف بلدة عامودا.",
     [("Amuda", 3, None)]),
])
def test_a_strike_the_political_news_came_after_is_the_news(shipped, text, strikes):
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("text, strikes", [
    # a strike that "came a day after" another tells its own news; the one it followed is older
    ("A Turkish drone struck a car near Amuda on Tuesday, killing two. The strike came a day after a drone attack "
     "killed a man near Darbasiyah.", [("Amuda", 2, None)]),
    ("قتل شخصان بقصف مسيّرة تركية على سيارة قرب عامودا اليوم. ويأتي القصف بعد يومين من هجوم مماثل قرب الدرباسية.",
     [("Amuda", 2, None)]),
])
def test_a_strike_that_came_after_another_keeps_the_other_as_background(shipped, text, strikes):
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("text, strikes", [
    # the recalled strikes named again by "those", or their toll "at the time", are no toll of today's
    ("A drone struck a PMF depot near Al-Qaim on Monday, wounding four. It was the first such strike since 2024, when "
     "US jets hit militia sites in the area. Those strikes killed 18 fighters.", [("Al-Qaim", None, 4)]),
    ("A drone struck a PMF depot near Al-Qaim on Monday, wounding four. At the time, US jets struck militia sites in "
     "the area, killing 18 fighters.", [("Al-Qaim", None, 4)]),
    ("أصيب أربعة بقصف مسيّرة على مقر للحشد قرب القائم اليوم الاثنين. وردت واشنطن حينها بغارات أسفرت عن مقتل 18 مقاتلاً.",
     [("Al-Qaim", None, 4)]),
])
def test_the_recalled_strikes_named_again_give_no_toll(shipped, text, strikes):
    assert coded(text, shipped) == strikes


def test_an_incident_said_unrelated_to_the_shelling_is_no_strike(shipped):
    # a round-up's item of a fire "unrelated to the shelling" reports no strike at its place
    text = ("A fire destroyed a barley field near Amuda on Tuesday, but the civil defence said it was unrelated to the "
            "Turkish shelling.")
    assert coded(text, shipped) == []



def test_the_strikes_own_moment_keeps_its_none_toll(shipped):
    # "empty at the time" is the strike's moment, not a recalled one: its none-toll stays
    text = ("A Turkish drone struck an empty school near Amuda on Monday. No one was hurt because the building was "
            "empty at the time, a local official said.")
    assert coded(text, shipped) == [("Amuda", 0, 0)]
