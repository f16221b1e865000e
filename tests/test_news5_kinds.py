"""Kinds of news articles the blind set tests/fixtures/matching/articles_heldout_news5.yaml measures (issue
16: every strike of a full news article, its toll, and who struck whom): round-ups of villages, interviews,
analysis pieces recalling older strikes, the wounded in a hospital elsewhere, parties that accuse, reports that
do not know who struck.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
from monitor.text.events import _same_strike
from monitor.text.places import Located
from monitor.text.watchlists import match_watchlists
import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)
locations = partial(conftest.locations, published=PUBLISHED)


def test_a_direction_that_names_a_part_of_the_town_is_at_the_town(shipped):
    # "the western quarter of Tall Hamis in the Qamishli countryside": at Tall Hamis, not west of it
    text = "قتل مدني بقصف مدفعي تركي استهدف الحي الغربي لبلدة تل حميس بريف القامشلي صباح اليوم."
    assert facts(text, shipped, *TOLLS) == [("Tall Hamis", 1, None)]


def test_the_town_whose_hospital_treats_the_wounded_is_not_the_strike_place(shipped):
    text = ("We spoke to a farmer from Dhiban on Wednesday. Last night a drone struck his neighbour's house. "
            "The neighbour's son was killed and his wife is in hospital in Al-Mayadin.")
    assert facts(text, shipped, *TOLLS) == [("Dhiban", 1, None)]


def test_of_namesake_villages_the_one_at_the_gates_of_the_town_named_is_meant(shipped):
    # two villages called Khafiyah lie within 40 km of Ain Issa, one 5 km from it
    (event,) = analyse("قصفت المدفعية التركية قرية خافية قرب عين عيسى صباح اليوم، ما أدى إلى إصابة امرأة.",
                       "2025-11-12T10:00:00Z", shipped).events
    assert (event["location"], round(event["latitude"], 2), event["injured"]) == ("Khafiyah", 36.42, 1)


def test_the_mornings_shelling_and_the_evenings_drone_strike_near_the_town_are_two_strikes(shipped):
    text = ("قصفت المدفعية التركية قرية تل جمعة صباح الاثنين ما أدى إلى إصابة مزارع. وفي المساء استهدفت مسيرة "
            "تركية حاجزاً لقسد قرب بلدة تل تمر ما أسفر عن مقتل عنصرين.")
    assert facts(text, shipped, *TOLLS) == [("Tall Jum`ah", None, 1), ("Tal Tamr", 2, None)]


def test_two_villages_of_two_names_are_two_sites_however_near(shipped):
    tall_nasri, tall_hafyan, tall_baz = (shipped.places[key][0] for key in ("تل نصري", "تل حفيان", "تل باز"))
    group = {"day": None, "place": tall_baz, "precision": 2}
    # 12 km apart, one "on the outskirts of" (precision 2): no longer one strike "near" the other
    assert not _same_strike(group, Located(tall_nasri, 1), None)
    # 1.3 km apart, yet two names
    assert not _same_strike({**group, "place": tall_hafyan, "precision": 1}, Located(tall_nasri, 1), None)
    assert _same_strike({**group, "place": tall_nasri}, Located(tall_nasri, 1), None)


def test_a_farmer_and_his_two_children_wounded_are_three(shipped):
    text = "قصفت المدفعية التركية قرية تل باز صباح اليوم، ما أدى إلى إصابة مزارع وطفليه."
    assert facts(text, shipped, *TOLLS) == [("Tall Baz", None, 3)]


def test_a_report_that_does_not_know_whose_drone_names_no_striker(shipped):
    # the SDF's weekly raids are a habit, not this strike's side
    text = ("A drone struck a car in Hajin on Sunday, killing the driver. Nobody knows whose drone it was. "
            "The SDF raids the villages around the town every week.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Hajin", None, None)]


@pytest.mark.parametrize("text, expected", [
    # the accusation in the present tense ("وتتهم أنقرة مقاتلي حزب العمال …"): the accused is no side struck
    ("قصفت المدفعية التركية قرية كاني مازي صباح اليوم. وتتهم أنقرة مقاتلي حزب العمال الكردستاني بالتحصن في الجبال "
     "المحيطة بالقرية.", [("Kani Mazni", "Turkish Armed Forces", None)]),
    # a headline's "Erbil blames X": the seat of the accuser is not struck; the accused, blamed with no more words and
    # undenied, is the striker (the lead's convention, session 22)
    ("Drone hits checkpoint near Sinjar; Erbil blames Kataib Hezbollah\n"
     "A drone struck a checkpoint near Sinjar on Monday, wounding two guards.", [("Sinjar", "Kataib Hezbollah", None)]),
])
def test_a_party_accused_is_no_side(shipped, text, expected):
    assert facts(text, shipped, "location", "actor1", "actor2") == expected


def test_what_shelling_did_over_the_past_years_is_no_strike_of_the_report(shipped):
    text = ("قصفت مسيرة تركية سيارة في ناحية سيدكان اليوم. وأجبر القصف التركي سكان عشرات القرى في قضاء العمادية على "
            "النزوح خلال السنوات الماضية.")
    assert locations(text, shipped) == ["Sidakan"]


@pytest.mark.parametrize("text, expected", [
    # "dozens" without "of", beside the toll's verb: 12, as ACLED codes it
    ("Shelling hit the market of Tal Tamr on Monday, killing four people and wounding dozens, among them children.",
     [("Tal Tamr", 4, 12)]),
    # two unnamed sources that differ, no contrast word between them: the lower
    ("A drone struck a checkpoint in Sinuni on Monday, killing three fighters, a security source said. A medical source "
     "said four fighters were killed.", [("Sinuni", 3, None)]),
    ("قتل عنصران بضربة مسيرة تركية على حاجز في سنوني، وقال مصدر أمني إن الضربة قتلت عنصرين. وقال مصدر طبي إن ثلاثة "
     "قتلى وصلوا إلى المستشفى.", [("Sinuni", 2, None)]),
    # the rider killed is one
    ("استهدفت مسيرة للتحالف دراجة نارية قرب بلدة الشدادي، ما أسفر عن مقتل راكبها.", [("Shaddadi", 1, None)]),
])
def test_tolls_of_dozens_of_sources_that_differ_and_of_one_rider(shipped, text, expected):
    assert facts(text, shipped, *TOLLS) == expected


def test_a_capitalised_town_after_its_preposition_is_no_strike_verb(shipped):
    # Hit (Heet) is the town, not the verb "hit"; a launcher found there fired nothing
    text = "Police later found the launch platform in an orchard near Hit and arrested a suspect."
    assert [(m.watchlist, m.term) for m in match_watchlists(text, shipped) if m.matched_text == "Hit"] == \
        [("places", "Heet")]
    assert not analyse(text, "2025-11-12T10:00:00Z", shipped).is_strike_report


@pytest.mark.parametrize("text, expected", [
    # the unit struck is "part of" the group; the place in the unit's name is no strike place
    ("A drone hit a headquarters of the Sinjar Military Council, part of the Sinjar Resistance Units, in the town of "
     "Sinuni on Monday.", [("Sinuni", None, "Sinjar Resistance Units")]),
    # what a party said the drone was names the striker
    ("A drone struck a car near Amuda on Monday, killing two men. The Asayish said the drone was Turkish.",
     [("Amuda", "Turkish Armed Forces", None)]),
    # "بغارة يُعتقد أنها تركية": the adjective after the hedge
    ("قُتل عنصر من قوات سوريا الديمقراطية بغارة يُعتقد أنها تركية على سيارة قرب عامودا.",
     [("Amuda", "Turkish Armed Forces", "Syrian Democratic Forces")]),
    # the government's artillery, by its adjective, is the country's army; who condemns (and its apposition) no side
    ("قُتل طفل بقصف مدفعي حكومي على بلدة ذيبان. ودان مجلس دير الزور العسكري، التابع لقوات سوريا الديمقراطية، القصف.",
     [("Dhiban", "Syrian army", None)]),
])
def test_who_struck_whom_named_by_unit_predicate_hedge_and_adjective(shipped, text, expected):
    assert facts(text, shipped, "location", "actor1", "actor2") == expected


def test_the_units_named_again_are_the_group_named_before(shipped):
    # "قيادياً في الوحدات": the Sinjar Resistance Units named before, in the sentence beside the strike
    text = ("استهدفت مسيرة تركية سيارة عند مدخل مدينة سنجار مساء اليوم. وقال مصدر في وحدات مقاومة سنجار إن السيارة "
            "كانت تقل قيادياً في الوحدات.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Sinjar", "Turkish Armed Forces",
                                                                     "Sinjar Resistance Units")]


@pytest.mark.parametrize("text, expected", [
    # "the shelling reached Y": the same side's shelling, a strike of its own
    ("قصفت المدفعية التركية قرية تل نصري صباح اليوم. وطال القصف بعد ساعة قرية تل باز.",
     [("Tall Nasri", "Turkish Armed Forces", "Shelling/artillery/missile attack"),
      ("Tall Baz", "Turkish Armed Forces", "Shelling/artillery/missile attack")]),
    # "villages of the Tal Tamr countryside" over the villages named: their summary, no strike at Tal Tamr
    ("قصف تركي على قرى ريف تل تمر. واستهدف القصف صباحاً قرية تل نصري، ما أدى إلى إصابة طفل. وبعد الظهر طال القصف "
     "قرية تل باز دون إصابات.", [("Tall Nasri", "Turkish Armed Forces", "Air/drone strike"),
                                 ("Tall Baz", "Turkish Armed Forces", "Air/drone strike")]),
])
def test_a_round_up_of_villages_continued_by_the_shelling(shipped, text, expected):
    assert facts(text, shipped, "location", "actor1", "sub_event_type") == expected


def test_earlier_that_morning_a_drone_had_struck_is_the_same_days_news(shipped):
    # the narrative's pluperfect, and a village the gazetteer spells "Tall Jum`ah"
    text = ("Local activists said a drone hit a house in Hajin on Saturday. Earlier that morning, an unidentified "
            "drone had struck a car near the village of Tal Jumaa, west of Tal Tamr.")
    assert locations(text, shipped) == ["Hajin", "Tall Jum`ah"]


def test_the_capital_whose_government_comments_is_no_strike_place(shipped):
    text = ("قتل ثلاثة أشخاص بضربة مسيرة تركية على سيارة في عامودا. ودانت الإدارة الذاتية الضربة، فيما قالت الحكومة "
            "في دمشق إنها تتابع الحادثة.")
    assert facts(text, shipped, *TOLLS) == [("Amuda", 3, None)]


def test_the_remains_found_at_the_site_raise_the_toll(shipped):
    text = ("Iraqi jets struck a hideout near Akashat on Friday, killing four militants, the army said. Troops later "
            "found the remains of six militants at the site, the command said, raising the toll.")
    assert facts(text, shipped, *TOLLS) == [("Akashat", 6, None)]


def test_a_second_raid_about_an_hour_later_at_another_village_is_its_own_strike(shipped):
    text = ("استهدفت غارة إسرائيلية شاحنة قرب البوكمال فجر اليوم. وبعد نحو ساعة، استُهدف مستودع في قرية الهري بغارة "
            "ثانية.")
    assert facts(text, shipped, "location", "actor1") == [("Boukamal", "IDF"), ("Al-Hari", "IDF")]


@pytest.mark.parametrize("text", [
    # a source inside a party tells the news: the SDF neither struck nor was struck
    "سقطت ثلاثة صواريخ على محيط القاعدة الأمريكية في حقل كونيكو، ومصدر في «قسد» يؤكد عدم وقوع إصابات.",
    # one that has not commented: no striker
    "سقطت ثلاثة صواريخ على محيط القاعدة الأمريكية في حقل كونيكو دون إصابات، ولم يصدر أي تعليق من التحالف الدولي.",
])
def test_a_source_inside_a_party_and_a_party_without_comment_are_no_side(shipped, text):
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Conoco gas field", None, "US forces")]


def test_strikes_over_the_past_years_recalled_in_a_demand_report_no_strike(shipped):
    text = "وطالب وجهاء خلال اللقاء بوضع حد للضربات التركية التي استهدفت قضاء سنجار خلال السنوات الماضية."
    assert not analyse(text, "2025-11-12T10:00:00Z", shipped).is_strike_report


def test_the_party_an_agreement_was_signed_with_is_no_side_struck(shipped):
    # "الاتفاق الموقع مع الحكومة السورية": the signed agreement, not a position ("موقع") of the government
    text = ("قتل ثلاثة أشخاص بضربة مسيرة تركية على سيارة وسط مدينة عامودا. ودانت الإدارة الذاتية الضربة، واتهمت تركيا "
            "بالسعي لإفشال الاتفاق الموقع مع الحكومة السورية.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Amuda", "Turkish Armed Forces", None)]


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets struck a depot near Boukamal on Monday amid rising tension between Israel and Iran.",
     [("Boukamal", "IDF", None)]),
    ("ضربت مسيرة مجهولة شاحنة قرب البوكمال اليوم، وسط تصاعد التوتر بين إيران وإسرائيل.", [("Boukamal", None, None)]),
])
def test_a_state_merely_named_is_no_side_struck(shipped, text, expected):
    assert facts(text, shipped, "location", "actor1", "actor2") == expected


def test_a_standing_claim_of_whom_its_operations_target_names_no_side_struck(shipped):
    text = ("A Turkish drone struck a tractor near Amadiya on Sunday, wounding a farmer. Turkey's defence ministry did "
            "not respond; it says its operations in northern Iraq target only fighters of the Kurdistan Workers' Party.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Amadiya", "Turkish Armed Forces", None)]
