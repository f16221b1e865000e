"""Kinds of news articles the blind set tests/fixtures/matching/articles_heldout_news4.yaml measures (issue
16: every strike of a full news article, its toll and its sides): official statements quoted at length, live
blogs, daily tallies, explainers, headlines naming a coarser place, tolls of two sources.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)
locations = partial(conftest.locations, published=PUBLISHED)


def test_a_live_blog_entry_on_the_outskirts_of_a_town_is_its_own_strike(shipped):
    # the 21:10 entry's artillery fire on the outskirts of Boukamal is no part of the 18:30 entry's rockets on
    # Al-Omar, 60 km away, though both are shelling in Deir ez-Zor
    text = ("Live: rockets and artillery along the Euphrates\n"
            "18:30 - Three rockets hit the Al-Omar oil field, where American troops are stationed, a security source says.\n"
            "19:05 - No word yet from the coalition.\n"
            "21:10 - American artillery shelled positions on the outskirts of Boukamal, residents tell us.")
    assert locations(text, shipped) == ["Al-Omar oil field", "Boukamal"]


@pytest.mark.parametrize("text, strikes", [
    # a daily tally's strike, then a death it documents from a strike "last week": no strike of this day
    ("SOHR documented the following on Monday. Al-Hasakah: a Turkish drone hit a motorcycle on the outskirts of "
     "Al-Darbasiyah, killing two men. SOHR also documented the death of a woman who had been injured in a Turkish "
     "drone strike on Qamishli last week.", [("Al-Darbasiyah", 2, None)]),
    ("قتل مدني بضربة مسيرة تركية استهدفت سيارته قرب بلدة تل تمر اليوم. ووثق المرصد وفاة طفل متأثراً بجراح أصيب بها "
     "بقصف تركي على عامودا الأسبوع الفائت.", [("Tal Tamr", 1, None)]),
])
def test_a_strike_dated_last_week_is_an_earlier_incident_recalled(shipped, text, strikes):
    assert facts(text, shipped, *TOLLS) == strikes


def test_an_official_statement_reported_in_the_pluperfect_tells_its_strike(shipped):
    # reported speech ("the statement added that … had shelled") backshifts the news: no earlier incident
    text = ("A Turkish drone struck a car near Amuda on Monday, killing two fighters, the SDF media centre said. "
            "The statement added that Turkish forces had shelled villages around Tal Tamr on Sunday night, "
            "wounding three civilians.")
    assert facts(text, shipped, *TOLLS) == [("Amuda", 2, None), ("Tal Tamr", None, 3)]


def test_a_ministry_statement_of_two_terrain_regions_gives_two_strikes(shipped):
    # a terrain region's point is its district's: the Metina and Zap regions share Amadiya's, yet are two strikes
    text = ('Turkey\'s defence ministry said its jets had hit PKK positions. "In an air operation in the Metina '
            'region, three terrorists were neutralised," the ministry said. "In a separate air operation in the Zap '
            'region, two more terrorists were neutralised."')
    assert facts(text, shipped, *TOLLS) == [("Metina", 3, None), ("Zap", 2, None)]


def test_a_headline_town_named_as_the_reference_point_of_the_lead_village_labels_its_district(shipped):
    # "Qamishli:" heads the report of a strike on a village of its district "30 km south of Qamishli"
    text = ("Qamishli: Turkish drone kills two fighters\n"
            "A Turkish drone struck a car in the village of Tal Hamis, about 30 kilometres south of Qamishli, on "
            "Tuesday, killing two SDF fighters, the SDF said.")
    assert facts(text, shipped, *TOLLS) == [("Tall Hamis", 2, None)]


def test_a_seat_of_government_named_for_its_government_is_no_strike_place(shipped):
    # "the authorities in Erbil" tell who did not confirm the toll, "Baghdad" who condemned: no strike there, and
    # no governorate of theirs to look the strike's place up in (Gara is the region, no village Giraw of Erbil)
    text = ("Turkish jets struck PKK positions in the Gara region on Sunday, killing three militants, Ankara said. "
            "The ministry did not say when the strikes took place. The Kurdistan Region's authorities in Erbil did "
            "not confirm any casualties.")
    assert facts(text, shipped, *TOLLS) == [("Gara", 3, None)]
    text = ("A Turkish drone struck a vehicle near Sidakan on Sunday, killing two PKK fighters, the mayor said. "
            "Erbil has not commented on Sunday's strike, and Baghdad condemned it.")
    assert facts(text, shipped, *TOLLS) == [("Sidakan", 2, None)]


@pytest.mark.parametrize("text", [
    ("A Turkish drone struck a car near Sidakan on Sunday, killing two people, the mayor said. Ankara said in a "
     "statement that its jets had neutralised 11 militants in the Avashin and Metina regions over the past week, "
     "without mentioning Sunday's strike."),
    ("قتل شخصان بضربة مسيرة تركية استهدفت سيارة قرب ناحية سيدكان يوم الأحد. وأعلنت وزارة الدفاع التركية تحييد 11 "
     "مسلحاً بغارات في منطقتي آفاشين ومتينا خلال الأسبوع الماضي."),
])
def test_a_weekly_total_names_no_strike_of_its_own(shipped, text):
    assert locations(text, shipped) == ["Sidakan"]


@pytest.mark.parametrize("text, figures", [
    # the codebook: 0 = the report says nobody; None = it gives no figure
    ("Rockets hit the Conoco gas field on Monday evening, causing no casualties, a coalition official said.", (0, 0)),
    ("Turkish artillery shelled the outskirts of Amadiya on Monday; no one was hurt, the mayor said.", (0, 0)),
    ("Turkish artillery shelled the outskirts of Amadiya on Monday; no one was killed, the mayor said.", (0, None)),
    ("قصفت المدفعية التركية أطراف قرية باتيفا في دهوك اليوم، دون وقوع إصابات بشرية.", (0, 0)),
    ("Turkish artillery shelled the outskirts of Amadiya on Monday, the mayor said.", (None, None)),
])
def test_a_report_that_says_nobody_was_hurt_codes_injured_0(shipped, text, figures):
    assert [event[1:] for event in facts(text, shipped, *TOLLS)] == [figures]


@pytest.mark.parametrize("text", [
    # "the road leading to the Al-Qaim crossing" locates the headquarters on a road, not at the crossing; "قيادة
    # عمليات الأنبار" is the command that spoke, not the governorate
    ("مسيرة تستهدف مقراً للحشد الشعبي في القائم\nاستهدفت طائرة مسيرة مجهولة ليلة الأحد مقراً للحشد الشعبي في قضاء "
     "القائم غربي محافظة الأنبار. وقال مصدر أمني في قيادة عمليات الأنبار إن الضربة أدت إلى مقتل اثنين، مشيراً إلى أن "
     "المقر يقع على الطريق المؤدي إلى منفذ القائم الحدودي."),
    ("Drone hits PMF headquarters in Al-Qaim\nAn unidentified drone struck a headquarters of the Popular Mobilisation "
     "Forces in Al-Qaim district on Sunday night. The strike killed two fighters, a source in the Anbar Operations "
     "Command said, adding that the headquarters stands on the road leading to the Al-Qaim border crossing."),
])
def test_a_road_to_a_place_and_a_command_named_after_an_area_place_no_strike(shipped, text):
    assert facts(text, shipped, *TOLLS) == [("Al-Qaim", 2, None)]


@pytest.mark.parametrize("text", [
    ("A drone struck a PMF headquarters in Al-Qaim on Sunday night. A security source said the strike killed two "
     "fighters and wounded three. In contrast, the PMF commission said four were killed and five wounded."),
    ("استهدفت طائرة مسيرة مقراً للحشد الشعبي في مدينة القائم ليلة الأحد. وقال مصدر أمني إن الضربة أدت إلى مقتل اثنين وإصابة ثلاثة. "
     "في المقابل، أعلنت هيئة الحشد الشعبي مقتل أربعة من منتسبيها وإصابة خمسة."),
])
def test_a_toll_told_in_contrast_to_another_is_a_differing_report_the_lowest_counts(shipped, text):
    assert facts(text, shipped, *TOLLS) == [("Al-Qaim", 2, 3)]


def test_the_hills_named_after_a_village_place_the_strike_around_it(shipped):
    # "تلال بادوش": the hills of Badush, an area around the village (precision 2), as "جبال X" is
    text = ("وذكرت خلية الإعلام الأمني أن طيران الجيش نفذ ضربة جوية على وكر للإرهابيين في تلال بادوش غربي محافظة نينوى، "
            "ما أدى إلى مقتل إرهابيين اثنين.")
    assert [(event["location"], event["geo_precision"], event["fatalities"])
            for event in analyse(text, "2025-11-12T10:00:00Z", shipped).events] == [("Badush", 2, 2)]


def test_a_source_that_confirms_no_injuries_says_nobody_was_hurt(shipped):
    # "يؤكد عدم وقوع إصابات": the non-occurrence of injuries, as "دون وقوع إصابات"
    text = "سقوط ثلاثة صواريخ على محيط القاعدة الأمريكية في حقل العمر النفطي اليوم، ومصدر محلي يؤكد عدم وقوع إصابات."
    assert facts(text, shipped, *TOLLS) == [("Al-Omar oil field", 0, 0)]


@pytest.mark.parametrize("text", [
    "بعد مرور عام على الضربات التركية التي استهدفت محطات الكهرباء في ريف الحسكة، لا يزال السكان بلا كهرباء.",
    "One year on from the Turkish strikes that hit power stations in the Hasakah countryside, residents still lack "
    "electricity.",
])
def test_a_year_on_from_strikes_reports_none(shipped, text):
    assert not analyse(text, "2025-11-12T10:00:00Z", shipped).is_strike_report


@pytest.mark.parametrize("text", [
    # weapons seized before use: nothing was fired
    "خلية الإعلام الأمني: ضبط منصة صواريخ معدة للإطلاق في القائم، وتفكيكها من قبل مفارز الهندسة.",
    # a span of months past: the factions' attacks and the answer to them are background
    ("The factions fired drones and rockets at bases hosting U.S. troops in Anbar more than 170 times between October "
     "2023 and February 2024, prompting American air strikes on their headquarters near Al-Qaim."),
])
def test_a_seized_launch_pad_and_a_span_of_months_past_report_no_strike(shipped, text):
    assert not analyse(text, "2025-11-12T10:00:00Z", shipped).is_strike_report


def test_the_word_for_reference_is_no_village(shipped):
    # "للإشارة إلى" (to refer to) folds as a gazetteer row's spelling of Al-Ashara: alone it is the word
    text = ("أعلنت وزارة الدفاع التركية تحييد ثلاثة مسلحين بغارات جوية في منطقة خواكورك. وتستخدم الوزارة مصطلح "
            "«تحييد» للإشارة إلى قتل المسلحين في بيانات الغارات الجوية.")
    assert locations(text, shipped) == ["Khakurk"]
