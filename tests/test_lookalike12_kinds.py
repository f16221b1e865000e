"""Kinds of full articles that look like strike reports and are none (issue 16, strike precision on full
articles; the blind set tests/fixtures/matching/articles_heldout_news11.yaml): an article whose lead event is an
inquiry, a funeral or a condemnation of a strike of days before (the strike its background); aircraft named with
where they fly ("Drones over X", "طائرة فوق رؤوسهم") or said to have struck nothing ("من دون أن تنفذ أي
استهداف"), a strike only feared ("احتمال القصف"); a strike of a bare year or of years ago ("في 2019", "قبل عامين"),
which dates its whole clause: its toll is none of this strike's.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-03-10T10:00:00Z"   # articles of the same day
coded = partial(conftest.coded, published=PUBLISHED)
facts = partial(conftest.facts, published=PUBLISHED)


def test_an_inquiry_into_a_strike_of_last_week_is_no_strike_report(shipped):
    text = ("Iraqi lawmakers open probe into drone strike that killed two near Zakho\n"
            "DUHOK, Iraq - A committee of the Iraqi parliament on Sunday opened an inquiry into last week's drone strike "
            "near Zakho that killed two shepherds. The strike, on March 3, hit the men as they grazed their flock near "
            "the village of Batifa, their relatives said. The committee will hear local officials on Tuesday.")
    assert coded(text, shipped, "location") == (False, [])


def test_a_funeral_of_the_victims_of_a_strike_of_last_week_is_no_strike_report(shipped):
    text = ("عامودا تشيّع ضحايا القصف التركي وسط غضب شعبي\n"
            "شيّع المئات من أهالي مدينة عامودا، اليوم الأحد، جثامين مدنيين اثنين قُتلا بقصف طائرة مسيّرة تركية الأسبوع "
            "الماضي. وكانت المسيّرة قد استهدفت سيارتهما على طريق عامودا الدرباسية مساء الثلاثاء. ودانت الإدارة الذاتية "
            "في بيان الاعتداء على المدنيين.")
    assert coded(text, shipped, "location") == (False, [])


def test_a_strike_report_that_tells_its_victims_funeral_stays_a_strike_report(shipped):
    text = ("A Turkish drone struck a car near Amuda on Tuesday evening, killing two civilians, local sources said. "
            "Hundreds attended their funeral in Amuda on Wednesday, and the Autonomous Administration condemned the strike.")
    assert coded(text, shipped, "location", published="2026-03-11T10:00:00Z") == (True, [("Amuda",)])
    text = ("قُتل مدنيان بقصف طائرة مسيّرة تركية استهدف سيارة قرب مدينة عامودا مساء الثلاثاء، وفق مصادر محلية. "
            "وشيّع المئات جثمانيهما اليوم وسط هتافات منددة بالقصف.")
    assert coded(text, shipped, "location", published="2026-03-11T10:00:00Z") == (True, [("Amuda",)])


def test_aircraft_named_with_where_they_fly_are_no_strike(shipped):
    text = ("Drones over Sinjar keep residents awake\n"
            "Residents of Sinjar said on Monday that drones had circled above the town for three nights. Local "
            "officials asked the army to warn people before it flies drones over the town.")
    assert coded(text, shipped, "location") == (False, [])
    text = ("قال أهالٍ في مدينة الحسكة إن طائرة مسيّرة فوق أحياء المدينة الجنوبية أثارت خوفاً واسعاً ليل أمس. "
            "وقال أحدهم إن كل مسيّرة في سماء المدينة تعني احتمال القصف.")
    assert coded(text, shipped, "location") == (False, [])


def test_an_aircraft_said_to_have_struck_nothing_is_no_strike(shipped):
    text = ("رصد أهالي بلدة الشدادي طائرتين مسيّرتين تركيتين لساعات طويلة ليل أمس من دون أن تنفذا أي استهداف، بحسب "
            "مصادر محلية. وقالت المصادر إن الأهالي لزموا منازلهم.")
    assert coded(text, shipped, "location") == (False, [])


def test_a_strike_of_a_year_or_years_ago_lends_this_strike_no_toll(shipped):
    text = "قصفت مسيّرة تركية سيارة قرب بلدة تل تمر اليوم. وقُتل ثلاثة مدنيين بغارة على قرية تل نصري في 2019."
    assert facts(text, shipped, "location", "fatalities") == [("Tal Tamr", None)]
    text = "قصفت مسيّرة تركية سيارة قرب بلدة تل تمر اليوم. وقُتل مدنيان بقصف على قرية تل نصري قبل عامين."
    assert facts(text, shipped, "location", "fatalities") == [("Tal Tamr", None)]
