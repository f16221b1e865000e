"""`monitor rematch` beside a running daemon: what the daemon writes meanwhile is left as it wrote it."""

from __future__ import annotations

from conftest import watchlists_config, write_config
from monitor.config import load_config
from monitor.rematch import rematch
from strike_archive import build_archive


def daemon_writes(db) -> dict[str, int]:
    """What a running daemon archives while rematch runs: a new strike story with its event, and
    a later copy of story 1 whose toll its event merged (fatalities 14)."""
    story = db["stories"].insert({"title": "New strike", "first_seen_at": "2024-02-04T10:00:00Z",
                                  "last_seen_at": "2024-02-04T10:00:00Z", "article_count": 1,
                                  "source_count": 1}).last_pk
    fresh = db["articles"].insert({"feed_id": 1, "url": "https://www.rudaw.net/english/new", "title": "New strike",
                                   "body": "Drone strike on Al-Qaim killed three.", "story_id": story,
                                   "fetched_at": "2024-02-04T10:00:00Z", "is_strike_report": 1}).last_pk
    event = db["events"].insert({"article_id": fresh, "story_id": story, "location": "Al-Qaim",
                                 "fatalities": 3}).last_pk
    copy = db["articles"].insert({"feed_id": 2, "url": "https://shafaq.com/en/toll-rises", "title": "Toll rises",
                                  "body": "Fourteen killed near Abu Kamal.", "story_id": 1, "duplicate_of": 1,
                                  "fetched_at": "2024-02-04T10:00:00Z", "is_strike_report": 1}).last_pk
    db.execute("UPDATE events SET fatalities = 14 WHERE story_id = 1")
    db.conn.commit()
    return {"story": story, "article": fresh, "event": event, "copy": copy}


def test_rematch_leaves_what_the_daemon_wrote_meanwhile(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    config = load_config(write_config(tmp_path / "config.yaml", [], extra=watchlists_config()))
    written = {}

    def progress(done: int) -> None:   # after rematch read the articles, before it writes events
        written.update(daemon_writes(db))

    summary = rematch(db, config, progress=progress)

    assert summary.articles == 7 and summary.stories_left == 1   # the new article is not rematched
    assert "1 stories left as the running daemon updated them meanwhile" in str(summary)
    new_event = db["events"].get(written["event"])
    assert (new_event["story_id"], new_event["article_id"], new_event["fatalities"]) == (
        written["story"], written["article"], 3)
    assert [row["fatalities"] for row in db.query("SELECT fatalities FROM events WHERE story_id = 1")] == [14]
    assert db["articles"].get(written["article"])["is_strike_report"] == 1

    again = rematch(db, config)                                   # nothing running now: all of it
    assert again.articles == 9 and again.stories_left == 0
    assert db.execute("SELECT count(*) FROM events WHERE story_id = 1").fetchone()[0] <= 1


def test_rematch_gives_an_article_one_event_per_strike_and_keeps_them(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    config = load_config(write_config(tmp_path / "config.yaml", [], extra=watchlists_config()))
    story = db["stories"].insert({"title": "Three towns", "first_seen_at": "2024-03-06T10:00:00Z",
                                  "last_seen_at": "2024-03-06T10:00:00Z", "article_count": 1,
                                  "source_count": 1}).last_pk
    db["articles"].insert({"feed_id": 1, "url": "https://www.rudaw.net/english/three", "title": "Three towns",
                           "body": "Coalition jets struck the town of Hajin on Tuesday, killing four militants. "
                                   "Another raid hit Al-Shaafa. A third strike targeted a house in Al-Susah.",
                           "story_id": story, "fetched_at": "2024-03-06T10:00:00Z",
                           "published_at": "2024-03-06T10:00:00Z"})

    rematch(db, config)
    again = rematch(db, config)

    rows = list(db.query("SELECT location, fatalities FROM events WHERE story_id = ? ORDER BY id", [story]))
    assert rows == [{"location": "Hajin", "fatalities": 4}, {"location": "Al-Shaafa", "fatalities": None},
                    {"location": "Al-Susah", "fatalities": None}]
    assert (again.events_created, again.events_updated, again.events_deleted) == (0, 0, 0)
