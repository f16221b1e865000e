"""Kinds of background in full news articles (issue 16, the extra events of
tests/fixtures/matching/articles_heldout_news11.yaml): a place named after its sentence turns to background
("بعد أن تركزت الضربات خلال السنوات الماضية في X", "pointing to strikes in X and Y in 2019") is no strike of the
article's, however many strikes it reports; "X and Y in 2019" dates the whole list, not only its last name; "بعد
أسبوع من هجوم … في X" is an earlier incident; and (a missed event of that set) "ناحية X" before a mere village of the
name far from the sub-district X is the sub-district. Our own sentences, none of that set's, through ``analyse`` as
the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-06-16T09:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


def test_a_place_after_its_sentence_turns_to_the_past_years_is_no_strike(shipped):
    """A round-up of two strikes, then a sentence whose places after "خلال السنوات الماضية" are where strikes fell
    in earlier years: none of its events at those places (not even by the district its foreground names)."""
    text = ("قُتل شخصان بقصف طائرة مسيّرة تركية استهدف سيارة قرب قرية باتيفا مساء الاثنين. وفي اليوم التالي، قصفت "
            "مدفعية تركية محيط قرية كاني ماسي من دون وقوع إصابات. ويُعد القصف نادراً في قضاء زاخو، بعد أن تركزت "
            "الضربات التركية خلال السنوات الماضية في قضاءي العمادية وسوران.")
    _, events = coded(text, shipped, "location")
    assert ("Amadiya",) not in events and ("Soran",) not in events and len(events) >= 2


def test_a_list_dated_by_a_year_is_background_from_its_first_name(shipped):
    """"pointing to strikes on depots in X and Y in 2019": the year dates both names, so neither is a strike of
    the article's two."""
    text = ("Unidentified drones struck a PMF post on the outskirts of Sinjar on Monday night, killing one fighter, "
            "and a second drone hit a vehicle near Sinuni on Tuesday, a security source said. An analyst said the "
            "attacks bore the hallmarks of earlier operations, pointing to strikes on PMF depots in Mosul and Tal Afar "
            "in 2019.")
    _, events = coded(text, shipped, "location")
    assert ("Mosul",) not in events and ("Tal Afar",) not in events and len(events) == 2


def test_an_attack_a_week_before_is_an_earlier_incident(shipped):
    """"وتأتي الغارة بعد أسبوع من هجوم … في بلدة X": the attack a week before is background, no event at X."""
    text = ("قُتل ثلاثة عناصر من تنظيم داعش بغارة لطائرة حربية تابعة للتحالف الدولي على منزل في بلدة الشحيل بريف دير "
            "الزور فجر الاثنين. وتأتي الغارة بعد أسبوع من هجوم تبناه التنظيم على حاجز لقسد في بلدة ذيبان، أسفر عن مقتل "
            "عنصرين.")
    assert coded(text, shipped, "location", "fatalities") == (True, [("Al-Shuhayl", 3)])


def test_a_subdistrict_word_before_a_far_namesake_village_names_the_subdistrict(shipped):
    """"في صحراء ناحية الوليد": the sub-district, at its area's precision, not the border village of its name 55 km
    west of it (the gazetteer holds the sub-district under its English name only)."""
    text = ("قصفت طائرات الجيش العراقي مواقع لعصابات داعش في صحراء ناحية الوليد غربي محافظة الأنبار فجر الاثنين، ما "
            "أسفر عن مقتل ثلاثة إرهابيين، بحسب بيان لقيادة العمليات المشتركة.")
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Al-Walid Subdistrict", 2)])
