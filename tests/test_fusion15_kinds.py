"""Fusion kinds found by bilingual_blind15.yaml (issue 17, eighteenth session): what each rule joins or keeps
apart, told with the sentences outlets write, each failing without its rule (``monitor.incidents.FUSION_RULES``)."""

from pathlib import Path

from monitor import store
from monitor.items import ArticleItem
from monitor.schema import open_db
from monitor.text import analyse


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
