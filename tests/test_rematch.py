"""`monitor rematch` beside a running daemon: every archived article re-coded with its own
events, and the whole archive re-fused into incidents, what the daemon wrote meanwhile included."""

from __future__ import annotations

from conftest import ROOT, watchlists_config, write_config
from monitor import store
from monitor.config import load_config
from monitor.items import ArticleItem
from monitor.rematch import rematch
from monitor.text import analyse, lexicon_for
from strike_archive import build_archive

FRESH = "A drone strike on Al-Qaim killed three members of Kataib Hezbollah on Sunday, security sources said."


def daemon_writes(db) -> int:
    """What a running daemon archives while rematch runs: a new strike report, through the store."""
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    item = ArticleItem(feed_id=1, url="https://www.rudaw.net/english/new", link="https://www.rudaw.net/english/new",
                       html=None, body=FRESH, fetched_at="2024-02-04T10:00:00Z", published_at="2024-02-04T10:00:00Z",
                       title="New strike", language="en")
    coding = analyse(FRESH, item.published_at, lexicon)
    item.matches, item.events = coding.matches, coding.events
    item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
    return store.insert_article(db, item)


def test_rematch_recodes_every_article_and_refuses_with_what_the_daemon_wrote_meanwhile(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    config = load_config(write_config(tmp_path / "config.yaml", [], extra=watchlists_config()))
    written = []

    def progress(done: int) -> None:   # after rematch read the articles, before it re-fuses
        written.append(daemon_writes(db))

    summary = rematch(db, config, progress=progress)

    assert summary.articles == 7                                   # the new article is not re-coded
    fresh = list(db.query("SELECT * FROM events WHERE article_id = ?", written))
    assert fresh and fresh[0]["location"] == "Al-Qaim" and fresh[0]["incident_id"] is not None
    # every copy of the Boukamal story now has its own event; the three meet in one incident
    copies = list(db.query("SELECT article_id, incident_id FROM events WHERE article_id IN (1, 2, 3) ORDER BY id"))
    assert [row["article_id"] for row in copies] == [1, 2, 3]
    (boukamal,) = {row["incident_id"] for row in copies}
    assert boukamal == 1                                          # the incident its alert is about keeps its id
    incident = db["incidents"].get(boukamal)
    assert (incident["report_count"], incident["outlet_count"], incident["location"]) == (3, 3, "Boukamal")
    assert db["stories"].get(1)["incident_id"] == boukamal
    before = {row["id"]: row["incident_id"] for row in db.query("SELECT id, incident_id FROM events")}

    again = rematch(db, config)                                   # nothing running now: all of it

    assert again.articles == 8 and again.incidents_changed == 0
    assert (again.events_created, again.events_updated, again.events_deleted) == (0, 0, 0)
    assert {row["id"]: row["incident_id"] for row in db.query("SELECT id, incident_id FROM events")} == before
    assert "incidents: " in str(again)


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

    rows = list(db.query("SELECT location, fatalities, incident_id FROM events WHERE story_id = ? ORDER BY id",
                         [story]))
    assert [(row["location"], row["fatalities"]) for row in rows] == [("Hajin", 4), ("Al-Shaafa", None),
                                                                      ("Al-Susah", None)]
    assert len({row["incident_id"] for row in rows}) == 3    # three strikes: three incidents
    assert (again.events_created, again.events_updated, again.events_deleted) == (0, 0, 0)


def test_the_rematch_cli_refuses_day_by_day_and_keeps_what_the_live_pipeline_fused(tmp_path):
    """`monitor rematch` on a real archive: reports of four days, one strike told across
    midnight (a late post naming no date), two strikes on one city the same day by
    different sides; the re-fusion, day by day of event date, gives the live incidents back."""
    from conftest import monitor
    from monitor.schema import open_db

    db = open_db(tmp_path / "archive.db")
    db["feeds"].insert({"id": 1, "name": "f", "url": "https://example.com/feed"})
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    reports = [   # (published, language, body)
        ("2024-03-01T17:00:00Z", "en", "A drone strike hit a house in the village of Al-Marashidah near Boukamal "
                                       "today, killing two civilians, local sources said."),
        ("2024-03-01T23:00:00Z", "ar", "قصفت طائرة مسيرة قرية المراشدة قرب البوكمال، ما أدى إلى مقتل مدنيين اثنين، "
                                       "بحسب مصادر محلية."),
        ("2024-03-02T09:00:00Z", "en", "Israeli jets struck a weapons depot of Iran-backed militias in Boukamal today, "
                                       "killing six fighters, the Syrian Observatory for Human Rights said."),
        ("2024-03-02T10:00:00Z", "en", "A US drone hit a car of Iran-backed militias in Boukamal today, killing one "
                                       "fighter, local sources said."),
        ("2024-03-04T09:00:00Z", "en", "A drone strike hit a house in the village of Al-Marashidah near Boukamal "
                                       "today, killing two civilians, local sources said."),
    ]
    for n, (published, language, body) in enumerate(reports, 1):
        item = ArticleItem(feed_id=1, url=f"https://o{n}.example/{n}", link=f"https://o{n}.example/{n}", html=None,
                           body=body, title=body[:40], fetched_at=published, published_at=published, language=language)
        coding = analyse(body, published, lexicon)
        item.matches, item.events = coding.matches, coding.events
        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
        store.insert_article(db, item)
    live = {row["article_id"]: (row["event_date"], row["incident_id"])
            for row in db.query("SELECT article_id, event_date, incident_id FROM events")}
    assert live[1][1] == live[2][1] and live[1][0] != live[2][0]          # one strike across midnight
    assert len({incident for _, incident in live.values()}) == 4
    config = write_config(tmp_path / "config.yaml", [], extra=watchlists_config())

    result = monitor("rematch", "--config", str(config))

    assert "incidents: 4, 0 of them new or changed" in result.stdout + result.stderr
    assert {row["article_id"]: (row["event_date"], row["incident_id"])
            for row in db.query("SELECT article_id, event_date, incident_id FROM events")} == live
    assert db["incidents"].count == 4


def test_the_rematch_cli_fuses_each_country_in_a_worker_and_writes_what_one_fusion_writes(tmp_path):
    """`monitor rematch` with two workers fuses Syria's and Iraq's events side by side
    (store.fuse_countries); the incidents it writes, new ids included, are those one fusion
    of both countries in this process writes: strikes of the two countries on alternate days,
    so written in another order they would take other ids."""
    from conftest import monitor
    from monitor.schema import open_db

    db = build_archive(tmp_path / "archive.db")
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    strikes = [("Syria", "A drone strike hit a car in Boukamal today, killing two fighters, local sources said."),
               ("Iraq", "A drone strike on Al-Qaim killed three members of Kataib Hezbollah today, security sources said."),
               ("Syria", "Shelling hit a house in the village of Al-Marashidah near Boukamal today, killing a civilian."),
               ("Iraq", "A drone strike hit a truck in Al-Qaim today, killing four fighters, security sources said.")]
    for day, (_, body) in enumerate(strikes, 10):
        published = f"2024-04-{day}T09:00:00Z"
        item = ArticleItem(feed_id=1, url=f"https://www.rudaw.net/english/{day}", link=f"https://www.rudaw.net/english/{day}",
                           html=None, body=body, fetched_at=published, published_at=published, title=body[:40],
                           language="en")
        coding = analyse(body, published, lexicon)
        item.matches, item.events = coding.matches, coding.events
        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
        store.insert_article(db, item)
    db["incidents"].delete_where()   # every strike's incident written anew, in the order the fusion closes them
    db.execute("UPDATE events SET incident_id = NULL")
    db.conn.commit()
    alone = open_db(tmp_path / "alone.db")
    db.conn.backup(alone.conn)
    config = write_config(tmp_path / "config.yaml", [], extra=watchlists_config())
    rematch(alone, load_config(config))   # workers: 1: one fusion, here
    config.write_text(config.read_text().replace("  workers: 1", "  workers: 2"))

    monitor("rematch", "--config", str(config))

    def written(path):
        with store.sqlite3.connect(path) as conn:
            return (conn.execute("SELECT id, incident_id, country FROM events ORDER BY id").fetchall(),
                    conn.execute("SELECT id, location, report_count FROM incidents ORDER BY id").fetchall())
    events, incidents = written(tmp_path / "archive.db")
    assert {country for *_, country in events} == {"Syria", "Iraq"}
    assert len(incidents) >= 4
    assert (events, incidents) == written(tmp_path / "alone.db")
