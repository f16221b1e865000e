"""Kinds found by bilingual_blind19.yaml (issue 17, twenty-second session).
Our own sentences, none of that set's; each test names the kind of sentence its rule codes or fuses."""

import pytest

from conftest import facts
from monitor.incidents import FUSION_RULES, fuse, why_apart
from monitor.text import analyse

PUBLISHED = "2028-09-20T12:00:00Z"
PLACE = ("location", "event_date")


def told(texts: list[tuple[str, str]], lexicon) -> list[dict]:
    """The events of *texts* ((text, published) pairs) as reports of one article each, in order."""
    return [{**event, "article_id": n, "story_id": n, "outlet": f"outlet{n}.example", "language": "en",
             "published_at": published}
            for n, (text, published) in enumerate(texts) for event in analyse(text, published, lexicon).events]


# ---------------------------------------------------------------- another strike at one place a stated time later

@pytest.mark.parametrize("text, place", [
    ("A Turkish drone hit a pickup in the village of Kani Rash on Monday, wounding its driver, and two hours later "
     "another drone strike in Kani Rash hit the villagers who came to help.", "Kani Rash"),
    ("A Turkish drone struck a tractor near Amuda on Monday. Three hours later, a second Turkish strike near Amuda hit "
     "a house.", "Amuda"),
    ("قصفت طائرة مسيرة تركية سيارة مدنية في بلدة عامودا صباح اليوم، وبعد ساعة عادت مسيرة أخرى لتستهدف سيارة الإسعاف "
     "في عامودا.", "Amuda"),
])
def test_another_strike_at_one_place_a_stated_time_later_is_a_strike_of_its_own(shipped, text, place):
    """"…, and two hours later another drone strike in X hit the villagers who came to help", "Three hours later, a
    second strike near X …", "وبعد ساعة عادت مسيرة أخرى لتستهدف … في X": a strike told as another after a stated
    time at the same place is an event of its own (``events._later_again``), as ACLED codes two attacks a report tells
    apart; it was one event."""
    assert [location for location, _ in facts(text, shipped, *PLACE, published=PUBLISHED)] == [place, place]


def test_a_later_sentence_of_the_same_strike_at_its_place_is_no_strike_of_its_own(shipped):
    """"Two hours later, rescuers pulled a body from the pickup in X": a time later, but no other strike."""
    text = ("A Turkish drone hit a pickup in the village of Kani Rash on Monday. Two hours later, rescuers pulled a "
            "body from the pickup in Kani Rash.")
    assert len(facts(text, shipped, *PLACE, published=PUBLISHED)) == 1


# ---------------------------------------------------------------- one strike on the two sides of midnight

@pytest.mark.parametrize("late, early", [
    (("A coalition drone struck a motorcycle in the town of Dhiban late on Tuesday, killing its rider.",
      "2028-09-19T21:30:00Z"),
     ("A man was killed early on Wednesday, shortly after midnight, when a drone hit his motorcycle in Thiban, east of "
      "Deir ez-Zor.", "2028-09-20T08:00:00Z")),
    (("Turkish jets bombed a farm near the village of Kani Rash just before midnight on Tuesday.", "2028-09-19T21:10:00Z"),
     ("قصفت طائرات حربية تركية مزرعة في قرية كاني رش في الساعات الأولى من فجر الأربعاء.", "2028-09-20T09:00:00Z")),
])
def test_a_strike_late_on_one_day_and_early_the_next_is_one_strike(shipped, late, early):
    """"late on Tuesday" / "just before midnight on Tuesday" and another report's "early on Wednesday, shortly after
    midnight" / "في الساعات الأولى من فجر الأربعاء": two days read from the texts, one night's strike (rule
    ``across_midnight``); the days alone kept them apart."""
    reports = told([late, early], shipped)
    assert len(reports) == 2 and reports[0]["event_date"] != reports[1]["event_date"]
    assert why_apart(*reports) is None and len(fuse(reports)) == 1
    assert why_apart(*reports, FUSION_RULES - {"across_midnight"}) == "date"


def test_an_evening_strike_and_the_next_dawns_strike_stay_two(shipped):
    """"on Tuesday evening" and "at dawn on Wednesday" at one town: not late and early around one midnight."""
    reports = told([("A coalition drone struck a motorcycle in the town of Dhiban on Tuesday evening.",
                     "2028-09-19T18:00:00Z"),
                    ("A coalition drone struck a house in the town of Dhiban at dawn on Wednesday.",
                     "2028-09-20T08:00:00Z")], shipped)
    assert why_apart(*reports) == "date"


# ---------------------------------------------------------------- a city's quarter named before its city

@pytest.mark.parametrize("text, city", [
    ("مقتل مدنيين اثنين بقصف مسيرة تركية على سيارة في حي الصالحية بمدينة الحسكة صباح اليوم.", "Hasakah"),
    ("إصابة طفل بقصف مدفعي على حي الصالحية في مدينة الحسكة اليوم.", "Hasakah"),
])
def test_a_quarter_named_before_its_city_is_the_city(shipped, text, city):
    """"في حي الصالحية بمدينة الحسكة": the quarter is inside the city named after it, coded at the city as ACLED codes a
    neighbourhood (``places._quarter_of_named_city``); it was coded at the village As Salihiyah spelled like it."""
    assert [location for location, _ in facts(text, shipped, *PLACE, published=PUBLISHED)] == [city]


# ---------------------------------------------------------------- a fighter's nom de guerre

@pytest.mark.parametrize("text, place", [
    ("SDF commander Dilovan Kobani was killed on Monday when a Turkish drone struck his car near Tal Tamr.", "Tal Tamr"),
    ("مقتل القيادي في قسد دلوفان كوباني بقصف مسيرة تركية على سيارته قرب بلدة تل تمر اليوم.", "Tal Tamr"),
    ("مسيرة تركية تقصف سيارة قيادي في الأسايش يدعى شيار قامشلو في بلدة عامودا اليوم.", "Amuda"),
])
def test_a_fighters_nom_de_guerre_names_no_place(shipped, text, place):
    """"SDF commander Dilovan Kobani", "القيادي في قسد دلوفان كوباني", "يدعى شيار قامشلو": a Kurdish fighter's nom de
    guerre, a first name and a city, names the man, not where the strike was (``places.someones_place``); the city was
    coded as the strike's place."""
    assert [location for location, _ in facts(text, shipped, *PLACE, published=PUBLISHED)] == [place]


# ---------------------------------------------------------------- the drone as a strike word's instrument

@pytest.mark.parametrize("text, place", [
    ("عاجل: استهداف سيارة عسكرية بمسيرة عند دوار الكورنيش في مدينة الرقة الآن.", "Raqqa"),
    ("عاجل | استهداف دراجة نارية بمسيرة في بلدة الشحيل قبل قليل.", "Al-Shuhayl"),
])
def test_a_drone_a_strike_word_names_as_its_instrument_is_a_drone_strike(shipped, text, place):
    """"استهداف سيارة عسكرية بمسيرة", "استهداف دراجة نارية بمسيرة": the strike word, its object, and the drone by "بـ" (a flash
    post's way of writing it, no "طائرة") is an air/drone strike (``vocabulary.DRONE_AS_INSTRUMENT``); the bare
    "بمسيرة" matched no term and the post coded no event."""
    assert facts(text, shipped, "location", "sub_event_type", published=PUBLISHED) == [(place, "Air/drone strike")]


def test_a_march_joined_is_no_drone(shipped):
    """"شارك المئات بمسيرة في مدينة الرقة": a march, no strike word's instrument."""
    assert facts("شارك المئات بمسيرة في مدينة الرقة اليوم تنديداً بالقصف.", shipped, "location",
                 published=PUBLISHED) == []


def test_a_leaders_place_after_his_group_and_a_bearing_is_the_strikes(shipped):
    """"مقتل قيادي في داعش جنوب الحسكة": a bearing between the title and the city, no first name: the city places the
    strike."""
    assert facts("مقتل قيادي في داعش جنوب الحسكة بضربة للتحالف اليوم.", shipped, "location",
                 published=PUBLISHED) == [("Hasakah",)]
