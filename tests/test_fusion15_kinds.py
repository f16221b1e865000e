"""Fusion kinds found by bilingual_blind15.yaml (issue 17, eighteenth session): what each rule joins or keeps
apart, told with the sentences outlets write, each failing without its rule (``monitor.incidents.FUSION_RULES``)."""

from pathlib import Path

import pytest

from conftest import facts
from monitor import store
from monitor.incidents import fuse
from monitor.items import ArticleItem
from monitor.schema import open_db
from monitor.text import analyse

PUBLISHED = "2027-11-03T11:00:00Z"


# ---------------------------------------------------------------- the configured local time rules the fusion

def archived_incidents(lexicon, path: Path, told: list[tuple[str, str, str]], utc_offset_hours: float) -> list[int]:
    """The incident of each report of *told* (outlet, publication time, text), archived in order through the store
    (``store.insert_articles``, as the pipeline does) with the region's local time *utc_offset_hours*."""
    db = open_db(path)
    db["feeds"].insert({"id": 1, "name": "test", "url": "https://test.example/feed"})
    for outlet, published, text in told:
        url = f"https://{outlet}/{published}"
        item = ArticleItem(feed_id=1, url=url, link=url, html=None, fetched_at=published, published_at=published,
                           language="en", body=text)
        coding = analyse(text, published, lexicon)
        item.matches, item.events = coding.matches, coding.events
        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
        store.insert_articles(db, [item], utc_offset_hours=utc_offset_hours)
    return [row["incident_id"] for row in db.query("SELECT incident_id FROM events ORDER BY id")]


def test_the_configured_utc_offset_says_whether_a_statement_naming_no_day_is_of_the_day_befores_strike(
        lexicon, tmp_path):
    """A defence ministry's statement naming no day, published at 09:30 UTC the day after a strike: at UTC+3 (the
    shipped matching.utc_offset_hours) it is 12:30 local, past the morning, its own day's news; were the region's
    time UTC+1 it would be 10:30, the next morning's report of the day before's strike (rule ``next_morning``). The
    store hands the configured offset on to the fusion (``monitor.incidents.region_time``): one value rules both the
    coder's days and the fusion's mornings."""
    told = [("rudaw.net", "2027-06-26T09:00:00Z",
             "Turkish warplanes bombed the Zap region of Duhok province on Saturday morning, local officials said."),
            ("msb.gov.tr", "2027-06-27T09:30:00Z",
             "In an air operation in the Zap region of northern Iraq, 4 PKK terrorists were neutralised, the Ministry "
             "of National Defence said.")]
    shipped = archived_incidents(lexicon, tmp_path / "utc3.db", told, 3.0)
    earlier = archived_incidents(lexicon, tmp_path / "utc1.db", told, 1.0)
    assert len(shipped) == len(earlier) == 2
    assert shipped[0] != shipped[1]
    assert earlier[0] == earlier[1]


# ---------------------------------------------------------------- places rule capital (tests/test_places18_kinds.py)

@pytest.mark.parametrize("headline, governorate", [
    ("SOHR: Unidentified drone strike wounds three SDF fighters in Deir Ezzor.", "Deir ez-Zor Governorate"),
    ("Turkish drone strike kills a civilian in Al-Hasakah", "Al-Hasakah Governorate"),
    ("Coalition drone kills ISIS official in Raqqa", "Raqqa Governorate"),
    ("قصف مدفعي تركي يصيب ثلاثة مدنيين في الحسكة", "Al-Hasakah Governorate"),
    ("المرصد السوري: مسيرة مجهولة تقتل شخصين في دير الزور", "Deir ez-Zor Governorate"),
    ("مقتل عنصر من داعش بغارة للتحالف في الرقة", "Raqqa Governorate"),
])
def test_a_headline_naming_a_watched_governorates_capital_alone_names_the_governorate(shipped, lexicon_without,
                                                                                       headline, governorate):
    """SOHR's and the channels' headlines name the province by its capital's name ("kills 3 in Deir Ezzor", "في دير
    الزور"), the village being the story's: coded as the city at precision 1, such a headline stood apart from every
    report naming the village (blind15's Al-Kasrah, Al-Shuhayl, Tal Tamr, Tabqa; blind14's Khasham, Shaddadi,
    As-Sabkhah). A text of one sentence whose one place is a watched governorate's namesake city, never said to be a
    city, names the governorate (places rule ``capital``)."""
    assert facts(headline, shipped, "location", "geo_precision", published=PUBLISHED) == [(governorate, 3)]
    assert facts(headline, lexicon_without("capital"), "geo_precision",
                 published=PUBLISHED) == [(1,)]


@pytest.mark.parametrize("text, place", [
    ("Turkish drone strike kills a civilian in Raqqa city", ("Raqqa", 1)),
    ("مسيرة تركية تستهدف سيارة في مدينة الحسكة ومقتل مدني", ("Hasakah", 1)),
])
def test_a_capital_said_to_be_a_city_stays_the_city(shipped, text, place):
    """The city a headline says is one keeps the city."""
    assert facts(text, shipped, "location", "geo_precision", published=PUBLISHED) == [place]


def test_a_headline_naming_the_province_by_its_capital_joins_the_village_report_of_its_strike(shipped,
                                                                                               lexicon_without):
    """The channel names the village, SOHR's headline the province by its capital's name: one strike, one
    incident; at the city (without the rule) the headline fits no village 30 km off."""
    def told(lexicon, text, outlet, published):
        [event] = analyse(text, published, lexicon).events
        return {**event, "article_id": outlet, "story_id": outlet, "outlet": outlet, "published_at": published}
    post = "مسيرة مجهولة تستهدف دراجة نارية في بلدة الصور بريف دير الزور الشمالي، ومقتل شاب."
    headline = "SOHR: Unidentified drone kills young man in Deir Ezzor."
    for lexicon, incidents in ((shipped, 1), (lexicon_without("capital"), 2)):
        reports = [told(lexicon, post, "t.me/channel", "2027-11-03T08:00:00Z"),
                   told(lexicon, headline, "syriahr.com/en", "2027-11-03T11:00:00Z")]
        assert len(fuse(reports)) == incidents


# ---------------------------------------------------------------- places: the municipality is a landmark

@pytest.mark.parametrize("text, place", [
    ("عاجل | انفجار في مدينة الرقة منذ قليل، والمعلومات الأولية تشير إلى استهداف سيارة بطائرة مسيرة مجهولة قرب "
     "مبنى البلدية.", "Raqqa"),
    ("انفجار عنيف يهز مدينة البوكمال، ومسيرة مجهولة تستهدف سيارة عسكرية قرب دوار البلدية.", "Boukamal"),
])
def test_the_municipality_a_post_places_a_strike_by_is_no_quarter_of_baghdad(shipped, text, place):
    """"قرب مبنى البلدية", "قرب دوار البلدية" (the municipality's building, its roundabout): Who's On First names
    Baghdad's Baladiyat quarter البلدية, and the post coded a second event there, 400 km off, which no report of the
    strike could join (blind15's Al-Mayadin). The municipality is a landmark noun (``SITE_NOUNS``): a place only
    after a settlement word."""
    assert facts(text, shipped, "location", published=PUBLISHED) == [(place,)]
