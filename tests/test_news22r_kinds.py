"""Kinds of full news articles whose strikes or tolls the sets articles_heldout_news21/tolls5/news20/tolls4.yaml
still missed (issue 16: every strike of a full article, its toll exact, no extra event): a striker's claim set against a
later local figure, a match report's play, an unnamed village in a district, an update's label before its headline, a
valley placed beside a village.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts

PUBLISHED = "2026-12-06T10:00:00Z"


def coded(text: str, lexicon, *keys: str) -> list[tuple]:
    """[the *keys* of each event] of *text*, published on a Sunday in December."""
    return facts(text, lexicon, *(keys or ("location", "fatalities")), published=PUBLISHED)


@pytest.mark.parametrize("text, strikes", [
    # the local source in the accusative ("مصدراً محلياً") is a source of its own: the lowest of two sources' figures
    ("أعلنت وزارة الدفاع التركية، اليوم الأحد، \"تحييد\" خمسة من مسلحي حزب العمال الكردستاني بغارة جوية على منطقة "
     "زاب شمالي دهوك.\nغير أن مصدراً محلياً أكد لاحقاً أن الغارة أسفرت عن مقتل ثلاثة من مقاتلي الحزب.",
     [("Zap", 3)]),
    # a party named after the apposition that places it speaks: "the X Council, part of the SDF, said"
    ("The Turkish Defence Ministry said on Sunday its forces had \"neutralised\" nine YPG terrorists with artillery "
     "fire near Tal Tamr.\nThe Khabur Guards, part of the SDF, said later that three of its fighters were killed when "
     "the shelling hit the village of Tal Shamiran.", [("Tall Shamran Fawqani", 3)]),
])
def test_the_claim_against_a_later_local_figure_gives_the_lowest(shipped, text, strikes):
    assert coded(text, shipped) == strikes


@pytest.mark.parametrize("text", [
    "Zakho SC bombarded the Duhok goal in the second half and equalised through a header from a corner.",
    "Erbil pounded the Zakho defence after halftime and struck again with a free kick in Duhok.",
    "وقصف مهاجمو دهوك دفاع زاخو في الشوط الثاني قبل أن يسجلوا هدف التعادل بضربة رأسية.",
])
def test_a_match_reports_play_is_no_strike(shipped, text):
    assert coded(text, shipped) == []


@pytest.mark.parametrize("text", [
    "قصف جوي تركي يطال قرية في زاخو ويقتل ثلاثة مدنيين",
    "A Turkish air strike on a village in Zakho killed three civilians on Sunday.",
])
def test_an_unnamed_village_in_a_district_is_the_district_area(shipped, text):
    """"قرية في زاخو", "a village in Zakho": a village of the district, not the town at precision 1."""
    assert coded(text, shipped, "location", "geo_precision") == [("Zakho", 2)]


def test_an_updates_label_is_the_headlines(shipped):
    """"تحديث.. ارتفاع ضحايا …": the label opens the headline, which names the body's village by its district."""
    text = ("تحديث.. ارتفاع ضحايا القصف التركي على قرية في زاخو إلى مدنيين اثنين\n"
            "دهوك - شفق نيوز\n"
            "ارتفعت حصيلة ضحايا القصف الجوي التركي الذي استهدف قرية كانيا تويا التابعة لقضاء زاخو، ظهر اليوم الأحد، "
            "إلى قتيلين.")
    assert coded(text, shipped) == [("Kaniya Tuya", 2)]


@pytest.mark.parametrize("text", [
    "نفذت طائرات القوة الجوية العراقية ضربتين استهدفتا مضافات لداعش في وادي الجرن المحاذي لقرية ابطيشة جنوب غربي "
    "الموصل.",
    "نفذت طائرات F-16 ضربات على أوكار داعش في وادي الجرن ووادي السويدية المحاذيين لقرية ابطيشة جنوب غربي الموصل.",
])
def test_a_valley_beside_a_village_is_the_villages(shipped, text):
    """The valley's name is its own; the village the text places it beside is where the strike was."""
    assert [location for location, _ in coded(text, shipped)] == ["Abtayshah"]



@pytest.mark.parametrize("text, place", [
    ("Rescue teams on Sunday pulled the bodies of three men from the rubble of a house in the village of Batifa, "
     "two days after a Turkish drone strike hit it.", "Batufe"),
    ("انتشل عناصر الدفاع المدني، اليوم الأحد، جثث ثلاثة رجال من تحت أنقاض منزل في بلدة ذيبان بريف دير الزور، كان "
     "قد تعرض لقصف جوي يوم الخميس الماضي.", "Dhiban"),
])
def test_bodies_pulled_from_the_rubble_report_the_strike(shipped, text, place):
    """Bodies pulled from a strike's rubble days later: the strike is the news (its toll grows)."""
    assert [location for (location,) in coded(text, shipped, "location")] == [place]


def test_the_strike_of_bodies_pulled_from_the_rubble_is_on_its_own_day(shipped):
    """The Arabic pluperfect of the strike's day ("كان قد تعرض لقصف … يوم الخميس الماضي"), not the recovery's."""
    text = ("انتشل عناصر الدفاع المدني، اليوم الأحد، جثتي طفلين من تحت أنقاض منزل في بلدة ذيبان، كان قد تعرض لقصف "
            "مدفعي يوم الخميس الماضي.")
    assert coded(text, shipped, "event_date") == [("2026-12-03",)]


@pytest.mark.parametrize("text", [
    "مسيرة تركية تغتال قيادياً في قسد قرب قرية خزيموك بريف القامشلي",
    "اغتالت طائرة مسيرة تركية، مساء اليوم، مسؤولاً في الإدارة الذاتية قرب قرية خزيموك بريف القامشلي.",
])
def test_a_drone_that_assassinates_strikes_from_the_air(shipped, text):
    """SOHR's "مسيرة تركية تغتال …": the drone is the assassin, an Air/drone strike, not gunmen's attack."""
    assert coded(text, shipped, "sub_event_type") == [("Air/drone strike",)]


def test_gunmen_who_assassinate_still_attack(shipped):
    """Gunmen who assassinate attack; no aircraft is the subject."""
    text = "مسلحون مجهولون يغتالون قيادياً في قسد قرب قرية خزيموك بريف القامشلي"
    assert coded(text, shipped, "sub_event_type") == [("Attack",)]


def test_centcoms_defensive_strike_is_an_air_strike(shipped):
    """CENTCOM's "conducted a defensive strike against …": its air strike, whatever attack it answered."""
    text = ("U.S. Central Command forces conducted a defensive strike on Sunday against an Iran-backed militia rocket "
            "launcher near Al-Mayadin, after it was used to attack U.S. forces.")
    assert coded(text, shipped, "location", "sub_event_type")[:1] == [("Mayadin", "Air/drone strike")]
