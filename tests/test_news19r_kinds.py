"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news18.yaml left over (issue 16:
every strike of an article, at its place, with its toll): the district a local source speaks from, and the point that
places it; a village the body places by its bearing from "the sub-district" it just named, under a headline's
countryside; rockets found or dismantled before launch; a habit of the sky ("the drone is always there").

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import coded, facts

PUBLISHED = "2026-12-03T12:00:00Z"   # a Thursday


def located(text: str, lexicon, *keys: str) -> list[tuple]:
    """[(place, *keys) of each event] of *text*."""
    return facts(text, lexicon, "location", *keys, published=PUBLISHED)


def test_a_local_sources_seat_is_no_strike(shipped):
    """A lead that places its source ("مصدر محلي في قضاء X شمال شرقي Y"): X and Y tell where the source is, no strike
    of the lead's own, so the lead's figures of two strikes are neither's (each body sentence gives its own)."""
    text = ("مسيّرة تركية تقتل مقاتلاً في جومان.. وقصف يصيب مزارعاً\n"
            "أفاد مصدر محلي في قضاء جومان شمال شرقي أربيل، اليوم الخميس، بمقتل مقاتل من حزب العمال الكوردستاني بضربة "
            "لطائرة مسيّرة تركية، وإصابة مزارع بقصف مدفعي تركي.\n"
            "وقال المصدر إن \"المسيّرة استهدفت، مساء أمس الأربعاء، سيارة كان يستقلها المقاتل قرب قرية بندايزان، ما أدى "
            "إلى مقتله على الفور\".\n"
            "وأضاف أن \"المدفعية التركية قصفت، صباح اليوم الخميس، الحقول المحيطة بقرية شيلان، ما أدى إلى إصابة مزارع "
            "بجروح طفيفة\".")
    assert located(text, shipped, "fatalities", "injured") == [("Bin Dayzan", 1, None), ("Shilan", None, 1)]


@pytest.mark.parametrize("text, place", [
    ("قذائف تركية على ريف الدرباسية\n"
     "سقطت قذائف أطلقها جيش الاحتلال التركي، مساء اليوم الخميس، على المناطق الحدودية في ريف ناحية الدرباسية، "
     "وأصابت إحداها منزلاً في قرية المدور شرقي الناحية.", "Al Mudawwar"),
    ("قصف تركي على ريف الدرباسية\n"
     "قصفت المدفعية التركية، صباح اليوم الخميس، المناطق الحدودية في ريف الدرباسية، وطالت القذائف قرية المدور "
     "شرقي المدينة.", "Al Mudawwar"),
])
def test_a_village_placed_by_the_town_just_named_is_the_strike(shipped, text, place):
    """"قرية X شرقي الناحية", "قرية X غربي المدينة": a village the body places by its bearing from the word of the town
    it just named is the strike's place, not the headline's countryside of that town."""
    assert [location for location, in located(text, shipped)] == [place]


@pytest.mark.parametrize("text", [
    "عثرت قوة من الجيش العراقي، اليوم الخميس، على ثلاثة صواريخ كاتيوشا معدة للإطلاق في صحراء قضاء الرطبة، "
    "وتم تفكيكها قبل إطلاقها.",
    "أعلنت خلية الإعلام الأمني ضبط منصة صواريخ في ناحية الوليد، وتم نقل الصواريخ إلى مكان آمن لإتلافها.",
    "Iraqi troops found three Katyusha rockets primed for launch in the desert near Rutba on Thursday and dismantled "
    "them before they could be fired.",
    "Security forces seized a rocket launcher near Al-Qaim, and the rockets were taken away to be destroyed.",
])
def test_rockets_seized_before_launch_are_no_shelling(shipped, text):
    """Rockets made ready, found or taken away before launch ("معدة للإطلاق", "قبل إطلاقها", "لإتلافها", "primed
    for launch", "before they could be fired"): nothing was fired, no strike."""
    assert coded(text, shipped, "location", published=PUBLISHED)[0] is False


def test_rockets_fired_beside_one_dismantled_are_shelling(shipped):
    """A sentence that tells a rocket hit is a strike, whatever rocket it says was dismantled."""
    text = ("Three Katyusha rockets hit near Al-Qaim on Wednesday, security sources said; a fourth rocket found ready "
            "to be fired was dismantled.")
    assert coded(text, shipped, "location", published=PUBLISHED)[0] is True


def test_no_launches_recorded_is_no_strike(shipped):
    """"ولم تسجل في المنطقة أي عمليات إطلاق صواريخ": the acts a sentence says were not recorded are none."""
    text = "ولم تسجل في قضاء القائم أي عمليات إطلاق صواريخ خلال الأسابيع الماضية، بحسب مصدر أمني."
    assert coded(text, shipped, "location", published=PUBLISHED)[0] is False


@pytest.mark.parametrize("text", [
    "Drones over the Euphrates\nDrone strikes have become a fixture of life along the Euphrates in Deir ez-Zor "
    "province, residents say.\n\"The drone is always there. You hear it at night,\" said a teacher in Hajin.",
    "مسيّرات فوق الفرات\nباتت ضربات المسيّرات جزءاً من حياة سكان ريف دير الزور.\nوقال معلم من هجين إن \"المسيّرة "
    "دائماً هناك، نسمعها في الليل\".",
])
def test_a_habit_of_the_sky_is_no_strike(shipped, text):
    """What the sky always holds ("the drone is always there", "a fixture of life", "المسيّرة دائماً فوقنا"): a
    habit, no strike."""
    assert coded(text, shipped, "location", published=PUBLISHED)[0] is False
