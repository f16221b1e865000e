"""Kinds of sentence behind full articles' residue (issue 16: every strike of a report, each of its right kind, at its
right place): a drone named as the agent of an Arabic strike noun; a headline's "villages of the X countryside" over a
village struck near it; the area the shellers are stationed in; strikes over recent weeks (a series, no strike of
today); MIT's "pinpoint operation" (a drone strike); a place in a fighter's code name.

Our own sentences, none of the sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-11-27T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
KINDS = ("location", "sub_event_type")
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def test_a_drone_named_as_the_strike_nouns_agent_makes_it_a_drone_strike(shipped):
    # "بقصف مسيّرة", "جراء استهداف مسيرة": the drone struck, whoever is named before the noun (the SDF fighter killed
    # is no side that bombarded)
    text = "مقتل مقاتل من قسد بقصف مسيّرة للاحتلال التركي قرب قرية صرين في ريف كوباني"
    assert [kind for _, kind in facts(text, shipped, *KINDS)] == [AIR]
    text = "أصيب مدنيان جراء استهداف مسيرة تابعة لجيش الاحتلال التركي سيارة قرب بلدة تل تمر شمال الحسكة."
    assert [kind for _, kind in facts(text, shipped, *KINDS)] == [AIR]
    text = "مقتل عنصرين من الأسايش بهجوم مسيرات على حاجز قرب مدينة عامودا"
    assert [kind for _, kind in facts(text, shipped, *KINDS)] == [AIR]
    # (a gun named beside it still shells: "قصف مدفعي")
    text = "أصيب طفل بقصف مدفعي تركي على قرية قرب بلدة تل تمر."
    assert [kind for _, kind in facts(text, shipped, *KINDS)] == [SHELLING]


def test_a_headlines_villages_of_a_countryside_are_the_villages_struck_near_it(shipped):
    # the headline counts the body's strikes in the town's countryside; the drone hit a car near a village (a place
    # told as "near" it, on a river's bank) and the artillery another village: two strikes at their villages, none at
    # the town
    text = ("إصابة مدنيين بقصف مسيّرة تركية وقصف مدفعي على قرى في ريف منبج\n"
            "منبج/ هاوار - أصيب مدنيان، أمس الخميس، جراء استهداف مسيّرة تركية سيارة قرب قرية محسنلي على ضفاف "
            "نهر الساجور في ريف منبج الشمالي.\n"
            "وأفاد مراسلنا بأن المسيّرة استهدفت السيارة قرب محسنلي، ما أدى إلى إصابة شخصين كانا بداخلها.\n"
            "وأضاف أن مدفعية الاحتلال المتمركزة في ريف جرابلس استهدفت مساءً قرية عرب حسن الصغير بعدد من القذائف.")
    assert facts(text, shipped, *KINDS) == [("Muhsinli", AIR), ("`Arab Hasan Saghir", SHELLING)]


def test_the_area_the_shellers_are_stationed_in_is_no_strike_of_its_own(shipped):
    # "المتمركزين في محيط مدينة X", "stationed on the outskirts of X": where the guns stand, not what they hit
    text = ("قصف جيش الاحتلال التركي ومرتزقته المتمركزين في محيط مدينة سري كانيه المحتلة، مساء أمس، قرية قشمة زركان "
            "بعدد من قذائف الهاون، ما أدى إلى إصابة طفل بجروح.")
    assert [place for place, _ in facts(text, shipped, *KINDS)] == ["Qashmat Zirkan"]
    text = ("Turkish forces stationed on the outskirts of Ras al-Ain shelled the village of Qashmat Zirkan on "
            "Wednesday evening, wounding a child.")
    assert [place for place, _ in facts(text, shipped, *KINDS)] == ["Qashmat Zirkan"]


def test_strikes_over_recent_weeks_are_a_series_not_todays_strike(shipped):
    # a perfect over recent weeks, its one strike recalled after the comma: background of a political story
    text = ("Turkish and Syrian officials met in Ankara on Thursday to discuss the SDF's integration into the army.\n"
            "Turkish drones have struck SDF positions and vehicles in recent weeks, including one strike that killed "
            "two fighters near Tal Tamr last month, according to the SDF.")
    assert facts(text, shipped, *KINDS) == []
    text = ("بحث مسؤولون أتراك وسوريون في أنقرة يوم الخميس دمج قسد في الجيش.\n"
            "ونفذت المسيرات التركية في الأسابيع الأخيرة ضربات على مواقع قسد وسياراتها، بينها ضربة قتلت مقاتلين اثنين "
            "قرب تل تمر الشهر الماضي.")
    assert facts(text, shipped, *KINDS) == []
    # (a strike told in its own clause beside the series is today's)
    text = ("A Turkish drone struck a car near Tal Tamr on Monday, killing two SDF fighters, the latest of several "
            "strikes in recent weeks.")
    assert facts(text, shipped, *KINDS) == [("Tal Tamr", AIR)]


def test_mits_pinpoint_operation_is_a_drone_strike(shipped):
    # Anadolu's wording for the intelligence agency's drone strikes abroad; the group named after its area ("the PKK's
    # Sinjar offshoot") is no place of the strike
    text = ("Türkiye's National Intelligence Organization (MIT) has neutralised a senior member of the YBS, the PKK's "
            "Sinjar offshoot, in a pinpoint operation near the village of Khanasor, security sources said on Monday.")
    assert facts(text, shipped, *KINDS) == [("Khanah Sur", AIR)]
    text = "MIT neutralises PKK member in pinpoint operation near Sidakan in northern Iraq"
    assert facts(text, shipped, *KINDS) == [("Sidakan", AIR)]


def test_a_place_in_a_fighters_code_name_is_no_place_of_the_strike(shipped):
    # "Shengal" is Sinjar in Kurdish: the code name names the man, the village names the strike
    text = ("The PKK member, identified by the code name \"Heval Shengal\", was neutralised in a pinpoint operation on "
            "Tuesday in the village of Khanasor, the sources said.")
    assert facts(text, shipped, *KINDS) == [("Khanah Sur", AIR)]
    text = "قُتل القيادي في وحدات مقاومة شنكال، واسمه الحركي \"آكيت شنكال\"، بغارة تركية على قرية خانصور."
    assert [place for place, _ in facts(text, shipped, *KINDS)] == ["Khanah Sur"]

