"""Kinds found by bilingual_blind19/20.yaml (issue 17, twenty-third session).
Our own sentences, none of those sets'; each test names the kind of sentence its rule codes or fuses."""

import pytest

from conftest import facts
from monitor.incidents import FUSION_RULES, fuse, why_apart
from monitor.text import analyse

PUBLISHED = "2028-12-04T17:00:00Z"     # a Monday, 20:00 local
MORNING = "2028-12-05T07:00:00Z"       # the Tuesday after, 10:00 local


def told(texts: list[tuple[str, str]], lexicon) -> list[dict]:
    """The events of *texts* ((text, published) pairs) as reports of one article each, in order."""
    return [{**event, "article_id": n, "story_id": n, "outlet": f"outlet{n}.example", "language": "en",
             "published_at": published}
            for n, (text, published) in enumerate(texts) for event in analyse(text, published, lexicon).events]


# ---------------------------------------------------------------- the time of day a strike sentence states

@pytest.mark.parametrize("text, hour", [
    ("A Turkish drone struck a tractor in the town of Amuda at dawn on Monday, wounding two farmers.", 5),
    ("مسيرة تركية تستهدف دراجة نارية في بلدة عامودا عصر اليوم.", 15),
    ("A coalition drone hit a motorcycle in the town of Dhiban at about 4 p.m. on Monday, killing its rider.", 16),
    ("قصفت طائرة مسيرة سيارة في بلدة ذيبان قرابة الساعة العاشرة صباحاً، ما أدى لمقتل سائقها.", 10),
    ("Turkish jets bombed the hills around the village of Kani Rash on Monday afternoon.", 15),
    ("إصابة مزارع بقصف مسيرة تركية على أرضه في قرية كاني رش ظهر الاثنين.", 12),
    ("مسيرة تركية تقصف نقطة عسكرية في بلدة عامودا ليل اليوم.", 22),
])
def test_a_strike_sentence_states_the_time_of_day_of_its_strike(shipped, text, hour):
    """"at dawn on Monday", "عصر اليوم", "at about 4 p.m.", "قرابة الساعة العاشرة صباحاً", "on Monday afternoon", "ظهر
    الاثنين", "ليل اليوم" (tonight): the local hour the strike sentence states is the event's ``time_of_day`` (``events._time_of_day``), a
    fact the fusion reads (rule ``times_of_day``); no event carried one."""
    assert facts(text, shipped, "time_of_day", published=PUBLISHED) == [(hour,)]


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a tractor in the town of Amuda on Monday, wounding two farmers.",
    "A coalition drone hit a motorcycle in the town of Dhiban on Monday night, killing its rider.",
    "مسيرة تقصف سيارة في بلدة ذيبان اليوم بعدما ظهرت عناصر من داعش في البلدة.",
    "مسيرة تقصف سيارة في بلدة ذيبان ليلاً.",
])
def test_no_time_of_day_where_the_text_states_none_or_only_the_night(shipped, text):
    """No part of the day; the night, which straddles two days ("on Monday night", "ليلاً"), unless tonight; "ظهرت"
    (appeared), no noon."""
    assert facts(text, shipped, "time_of_day", published=PUBLISHED) == [(None,)]


@pytest.mark.parametrize("text, hour", [
    ("Two men were killed last night when a drone struck their car in the town of Dhiban, after the wounded man died "
     "this morning, the monitor said.", None),
    ("مقتل شخصين بقصف مسيرة على سيارتهما في بلدة ذيبان مساء أمس، بعد وفاة الجريح صباح اليوم.", 19),
])
def test_a_time_of_day_said_of_another_day_than_the_strikes_is_not_its(shipped, text, hour):
    """"… killed last night …, after the wounded man died this morning": "this morning" is the publication's day, the
    strike the day before's; "مساء أمس" is the strike's day, "صباح اليوم" another's. Only a time said of the strike's
    day (or of no day) is its."""
    assert facts(text, shipped, "time_of_day", published=MORNING) == [(hour,)]


def test_two_strikes_a_sentence_tells_clause_by_clause_each_keep_their_time(shipped):
    """"… at dawn on Monday …, and about six hours later a second strike near X …": the first clause's dawn is the
    first strike's; the second states none of its own."""
    text = ("A Turkish drone struck a car near Kani Rash at dawn on Monday, wounding its driver, and about six hours "
            "later a second drone strike near Kani Rash hit a shepherd's tent.")
    assert facts(text, shipped, "time_of_day", published=PUBLISHED) == [(5,), (None,)]


# ---------------------------------------------------------------- two strikes on one town, hours apart

@pytest.mark.parametrize("first, second", [
    (("مسيرة تركية تستهدف سيارة في بلدة عامودا فجر اليوم.", "2028-12-04T04:00:00Z"),
     ("A Turkish drone struck a motorcycle in the town of Amuda on Monday afternoon, wounding its rider.", PUBLISHED)),
    (("A coalition drone struck a car in the town of Dhiban at around 10 a.m. on Monday.", "2028-12-04T09:00:00Z"),
     ("مسيرة للتحالف تقصف منزلاً في بلدة ذيبان مساء اليوم.", PUBLISHED)),
    (("Turkish jets bombed a farm near the village of Kani Rash on Monday morning.", "2028-12-04T10:00:00Z"),
     ("قصفت طائرات حربية تركية محيط قرية كاني رش مساء أمس.", MORNING)),
])
def test_two_reports_of_one_place_and_day_stating_times_hours_apart_are_two_strikes(shipped, first, second):
    """The dawn strike on a town and the afternoon's, the 10 a.m. and the evening's, Monday morning's and "مساء أمس"
    told on Tuesday: one striker, one place, one day, but times of day hours apart (rule ``times_of_day``); they
    were one incident."""
    reports = told([first, second], shipped)
    assert len(reports) == 2 and reports[0]["event_date"] == reports[1]["event_date"]
    assert why_apart(*reports) == "times_of_day" and len(fuse(reports)) == 2
    assert why_apart(*reports, FUSION_RULES - {"times_of_day"}) is None


def test_reports_of_one_strike_stating_close_times_or_none_are_one(shipped):
    """"فجر اليوم", "early on Monday morning", "around 6 a.m." and a report naming no time: one strike's reports
    name each other's time of day (within ``HOURS_APART``)."""
    reports = told([("مسيرة تركية تستهدف سيارة قرب مجمع خانصور فجر اليوم.", "2028-12-04T03:30:00Z"),
                    ("A Turkish drone struck a vehicle near Khanasor early on Monday morning, killing one.",
                     "2028-12-04T08:00:00Z"),
                    ("One man was killed when a Turkish drone hit his car near Khanasor around 6 a.m. on Monday.",
                     "2028-12-04T11:00:00Z"),
                    ("A Turkish drone strike on a car near Khanasor killed one man on Monday.", PUBLISHED)], shipped)
    assert len(reports) == 4 and len(fuse(reports)) == 1


# ---------------------------------------------------------------- a follow-up story days after the strike

@pytest.mark.parametrize("text, day", [
    ("A week after a coalition drone strike killed two men in their car in the town of Dhiban, their relatives say "
     "the men were shepherds and are asking for an inquiry.", "2028-11-27"),
    ("Three days after a Turkish drone struck a school bus near Amuda, the town's pupils stayed at home on Monday.",
     "2028-12-01"),
    ("بعد ستة أيام من قصف مسيرة تركية منزلاً في بلدة عامودا وقتل طفل، يقول الأهالي إنهم لم يعودوا ينامون في بيوتهم.",
     "2028-11-28"),
])
def test_a_follow_up_opening_with_the_days_since_the_strike_dates_that_strike(shipped, text, day):
    """"A week after a … drone strike killed two men in X, their relatives say …", "Three days after …, the town's
    pupils stayed at home", "بعد ستة أيام من قصف …، يقول الأهالي …": a follow-up told days later recalls a strike
    that many days before publication (``events._days_since``); it was dated to its publication day, apart from the
    strike it recalls and beside any new strike of that day."""
    assert facts(text, shipped, "event_date", published=PUBLISHED) == [(day,)]


def test_a_strike_the_day_after_another_attack_is_the_days(shipped):
    """"A day after an attack on a checkpoint, a Turkish drone struck a car in X": the sentence goes on to a strike of
    its own, the day's."""
    text = "A day after an attack on a checkpoint, a Turkish drone struck a car in the town of Amuda, wounding two."
    assert facts(text, shipped, "event_date", published=PUBLISHED) == [("2028-12-04",)]


def test_a_follow_up_joins_the_strike_it_recalls_not_the_new_strike_of_its_day(shipped):
    """The follow-up a week later and a new strike on the same town the day it is published: the follow-up is the
    first strike's report."""
    reports = told([("A coalition drone struck a car in the town of Dhiban, killing two men.", "2028-11-27T12:00:00Z"),
                    ("مسيرة تستهدف دراجة نارية في بلدة ذيبان اليوم.", "2028-12-04T09:00:00Z"),
                    ("A week after a coalition drone strike killed two men in their car in the town of Dhiban, their "
                     "relatives say the men were shepherds.", PUBLISHED)], shipped)
    assert [[report["article_id"] for report in group] for group in fuse(reports)] == [[0, 2], [1]]
