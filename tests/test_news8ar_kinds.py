"""Kinds of Arabic full news article the coder missed on tests/fixtures/matching/articles_heldout_news8ar.yaml
(bench/coding.py), each a rule with sentences of our own wording of that kind, not a fixture case."""

from __future__ import annotations

import pytest

from monitor.text import analyse
from conftest import facts, locations


def test_a_day_by_its_ordinal_dates_the_strike(shipped):
    """"في الثالث والعشرين من الشهر الجاري": a day of this month by its ordinal is the strike's day (not the day
    before publication)."""
    text = ("قتيلان بغارة على سيارة قرب الميادين\n"
            "دير الزور – خاص: قُتل شخصان بغارة لطائرة مسيّرة استهدفت سيارتهما في الثالث والعشرين من الشهر الجاري "
            "قرب مدينة الميادين.")
    assert facts(text, shipped, "location", "event_date", "fatalities", "injured", published="2025-11-26") == [
        ("Mayadin", "2025-11-23", 2, None)]


def test_a_strike_dated_by_its_ordinal_weeks_before_is_recalled(shipped):
    """"وفي الرابع عشر من تشرين الأول، طال القصف قرية أم الكيف، دون إصابات": a day of a named (or the last) month
    more than the lookback before publication is an earlier strike's; its "no injuries" is not today's toll."""
    text = ("جرحى بقصف مدفعي تركي على قرية في ريف تل تمر\n"
            "الحسكة – خاص: أصيب ثلاثة مدنيين، مساء الأحد، بقصف مدفعي تركي استهدف قرية تل نصري بريف تل تمر.\n"
            "وفي الرابع عشر من تشرين الأول، طال القصف التركي قرية أم الكيف، دون إصابات.")
    assert facts(text, shipped, "fatalities", "injured", published="2025-11-24") == [(None, 3)]


@pytest.mark.parametrize("text", [
    "أقام أهالي قرية باطوفة، الجمعة، مجلس عزاء لضحايا الضربة التي نفذتها طائرة مسيّرة تركية على سيارة قرب القرية، "
    "وأسفرت عن مقتل ثلاثة أشخاص.",
    "طالب مجلس دير الزور المدني، الجمعة، المنظمات الدولية بفتح تحقيق في الغارة التي استهدفت منزلاً في بلدة الشحيل "
    "وأودت بحياة أربعة مدنيين.",
])
def test_a_memorial_or_an_inquiry_of_a_strike_reports_none(shipped, text):
    """"أقام الأهالي مجلس عزاء لضحايا الضربة", "طالب بفتح تحقيق في الضربة": a memorial gathering or a demand for an
    inquiry is a reaction to the strike (as "investigation into", "memorial"), not its report."""
    assert not analyse(text, "2025-11-28", shipped).is_strike_report


def test_the_last_two_years_are_background(shipped):
    """"خلال العامين الماضيين" (the dual of "السنوات الماضية"): a period past, whose strikes and dead are no event of
    the report."""
    text = ("قتيل بضربة مسيّرة تركية على سيارة قرب بلدة عين عيسى شمالي الرقة، مساء الأحد.\n"
            "وقال المجلس إن الضربة «لم تكن الأولى»، إذ تعرضت قرى في ريف الرقة الغربي خلال العامين الماضيين لهجمات "
            "أسفرت عن مقتل سبعة مدنيين.")
    assert facts(text, shipped, "fatalities", published="2025-11-24") == [(1,)]


def test_a_man_and_his_two_sons_are_three_dead(shipped):
    """"استشهد مواطن ونجلاه": the dual of a son or a brother with its possessive counts two, beside the one named."""
    text = "استشهد مواطن ونجلاه، مساء السبت، جراء استهداف طائرة مسيّرة تركية سيارتهم قرب بلدة صرين جنوبي كوباني."
    assert facts(text, shipped, "fatalities", published="2025-11-23") == [(3,)]


def test_the_iraqi_command_s_air_strike_is_the_air_force_s(shipped):
    """"أعلنت قيادة العمليات المشتركة تنفيذ ضربة جوية": forces that strike from the air strike as their air force."""
    text = ("أعلنت قيادة العمليات المشتركة العراقية تنفيذ ضربة جوية استهدفت نفقاً لعناصر داعش قرب ناحية عكاشات "
            "في محافظة الأنبار.")
    assert facts(text, shipped, "actor1", published="2025-11-20")[0] == ("Iraqi Air Force",)


def test_the_iraqi_airmen_are_the_air_force(shipped):
    """"صقور القوة الجوية" (the Air Force's falcons) is the Iraqi command's name for its airmen."""
    text = "نفذ صقور القوة الجوية ضربة جوية على وكر لعناصر داعش قرب ناحية عكاشات في محافظة الأنبار."
    assert facts(text, shipped, "actor1", published="2025-11-20")[0] == ("Iraqi Air Force",)


def test_the_government_s_forces_named_by_their_foes(shipped):
    """The SDF's and Kurdish media's "فصائل حكومة دمشق" (the factions of the Damascus government) are the Syrian
    government's forces."""
    text = "استهدفت طائرات مسيّرة تابعة لفصائل حكومة دمشق نقاطاً لقوات سوريا الديمقراطية قرب بلدة دير حافر."
    assert facts(text, shipped, "actor1", published="2025-11-20")[0] == ("Syrian army",)


@pytest.mark.parametrize("text", [
    "شهدت سماء مدينة القامشلي، مساء الاثنين، تحليقاً مكثفاً لطائرات مسيّرة مجهولة فوق أحياء المدينة، ما أثار الخوف "
    "بين السكان.",
    "وقال المصدر إن «الطائرة أفرغت حمولتها من الذخائر ثم غادرت»، مشيراً إلى أن حركة الطيران في قاعدة الحبانية تشهد "
    "نشاطاً ملحوظاً، تزامناً مع تحليق طائرات مسيّرة فوق قضاء هيت.",
])
def test_aircraft_in_flight_or_air_traffic_strike_nothing(shipped, text):
    """"شهدت سماء المدينة تحليقاً مكثفاً لطائرات مسيّرة" (the flight in the accusative) and "حركة الطيران في القاعدة"
    (air traffic at a base) tell of aircraft that struck nothing."""
    assert not analyse(text, "2025-11-24", shipped).events


def test_who_holds_the_area_or_might_have_been_hit_is_no_side_struck(shipped):
    """"ضمن مناطق سيطرة قسد" names who holds the area struck, "لم يستبعد أن يكونوا من عناصر X" only whom the dead
    might have belonged to: neither is the side struck."""
    assert facts("قُتل شخصان بضربة طائرة مسيّرة مجهولة استهدفت منزلاً في بلدة الشحيل بريف دير الزور الشرقي، ضمن "
                 "مناطق سيطرة قوات سوريا الديمقراطية.", shipped, "actor1", "actor2", published="2025-11-20") == [(None, None)]
    text = ("قُتل شخصان بضربة طائرة مسيّرة تركية استهدفت سيارة قرب ناحية سيدكان في محافظة أربيل.\n"
            "وقال مدير الناحية إن السيارة كانت تقل أشخاصاً من خارج المنطقة، ولم يستبعد أن يكونوا من عناصر حزب العمال "
            "الكوردستاني.")
    assert facts(text, shipped, "actor1", "actor2", published="2025-11-20") == [("Turkish Armed Forces", None)]


def test_strikes_called_repeated_are_a_habit(shipped):
    """"وتتعرض قرى ريف أبو راسين لقصف تركي متكرر": strikes said by their adjective to recur are a habit of the area,
    as "بشكل متكرر", not strikes of the report."""
    text = ("أصيب مدنيان بقصف مدفعي تركي استهدف قرية تل نصري بريف تل تمر، مساء الأحد.\n"
            "وتقع القرية قرب خطوط التماس مع ناحية رأس العين، وتتعرض قرى ريف أبو راسين لقصف تركي متكرر.")
    assert locations(text, shipped, published="2025-11-24") == ["Tall Nasri"]
