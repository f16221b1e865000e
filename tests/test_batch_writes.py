"""Articles written in batches: one transaction each, every article whole with its own
events, fused with the reports the batch already wrote."""

from __future__ import annotations

import re
import sqlite3

from conftest import ROOT, article_page, monitor, open_archive, rss, write_config
from monitor import store
from monitor.config import load_config
from monitor.items import ArticleItem
from monitor.schema import open_db
from monitor.text import analyse, lexicon_for

BODIES = ["Three airstrikes hit Boukamal on Monday, killing six militants, Deir Ezzor 24 said.",
          "Airstrikes on Abu Kamal killed nine people, the Syrian Observatory for Human Rights said.",
          "An air strike on Boukamal killed eleven people on Monday, Deir Ezzor 24 reported."]


def coded(n: int, body: str, lexicon, **fields) -> ArticleItem:
    fields = {"feed_id": 1, "fetched_at": "2024-01-02T10:00:00Z", "published_at": "2024-01-02T10:00:00Z", **fields}
    item = ArticleItem(url=f"https://outlet{n}.example/a", link=f"https://outlet{n}.example/a", html=None, body=body,
                       **fields)
    coding = analyse(body, item.published_at, lexicon)
    item.matches, item.events = coding.matches, coding.events
    item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
    return item


def archive(tmp_path):
    db = open_db(tmp_path / "archive.db")
    db["feeds"].insert({"id": 1, "name": "f", "url": "https://example.com/feed"})
    return db


def test_later_copies_in_one_batch_fuse_into_the_first_copy_s_incident(tmp_path):
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    db = archive(tmp_path)
    [first_id] = store.insert_articles(db, [coded(0, BODIES[0], lexicon)])
    story_id = db["articles"].get(first_id)["story_id"]
    copies = [coded(n, body, lexicon, story_id=story_id, duplicate_of=first_id) for n, body in enumerate(BODIES[1:], 1)]

    ids = store.insert_articles(db, copies)

    assert None not in ids
    events = store.all_events(db)
    assert [(e["article_id"], e["story_id"], e["fatalities"]) for e in events] == [
        (first_id, story_id, 6), (ids[0], story_id, 9), (ids[1], story_id, 11)]
    assert events[-1]["source_count"] == 3
    (incident,) = db.query("SELECT * FROM incidents")
    assert {e["incident_id"] for e in events} == {incident["id"]}
    # copies of one story are one source: its highest figure, a revision of its own toll
    assert (incident["report_count"], incident["outlet_count"], incident["fatalities"]) == (3, 3, 11)
    assert incident["fatalities_rule"] == "one source (11: outlet2.example), the highest of its 3 reports"
    story = db["stories"].get(story_id)
    assert (story["article_count"], story["source_count"], story["incident_id"]) == (3, 3, incident["id"])


def test_a_batch_keeps_every_article_but_those_that_cannot_be_stored(tmp_path):
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    db = archive(tmp_path)
    store.insert_articles(db, [coded(0, BODIES[0], lexicon)])
    again = coded(0, BODIES[0], lexicon)                       # the same URL: already archived
    orphan = coded(1, BODIES[1], lexicon, feed_id=99)          # no such feed: the foreign key refuses it
    fine = coded(2, BODIES[2], lexicon)

    ids = store.insert_articles(db, [again, orphan, fine])

    assert ids[0] is None and isinstance(ids[1], sqlite3.IntegrityError) and isinstance(ids[2], int)
    assert [row["url"] for row in db.query("SELECT url FROM articles ORDER BY id")] == [
        "https://outlet0.example/a", "https://outlet2.example/a"]
    # Nothing of the refused article stayed behind: no story, match, event or count of it.
    assert db["stories"].count == 2 and db["events"].count == 2
    assert {row["article_id"] for row in db.query("SELECT article_id FROM matches")} == {1, ids[2]}
    assert db["feeds"].get(1)["articles_found"] == 2
    assert db["fetch_log"].count == 2


def test_a_story_counts_its_distinct_outlets_as_copies_arrive(tmp_path):
    db = archive(tmp_path)

    def copy(url: str, **fields) -> ArticleItem:
        return ArticleItem(feed_id=1, url=url, link=url, html=None, body=BODIES[0], fetched_at="2024-01-02T10:00:00Z",
                           **fields)

    [first] = store.insert_articles(db, [copy("https://www.reuters.com/a")])
    story_id = db["articles"].get(first)["story_id"]
    later = ["https://reuters.com/world/a", "https://www.aa.com.tr/en/a", "https://t.me/deirezzor24/1",
             "https://t.me/s/deirezzor24/2", "https://t.me/sohr_news/3"]
    counts = []
    for url in later:
        store.insert_articles(db, [copy(url, story_id=story_id, duplicate_of=first)])
        counts.append(db["stories"].get(story_id)["source_count"])

    assert counts == [1, 2, 3, 3, 4]   # reuters once; each Telegram channel an outlet of its own
    assert [row["outlet"] for row in db["articles"].rows_where(order_by="id")] == [
        "reuters.com", "reuters.com", "aa.com.tr", "t.me/deirezzor24", "t.me/deirezzor24", "t.me/sohr_news"]


def test_an_archive_from_before_the_outlet_column_gets_it_filled_in(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:   # the articles table as an earlier version made it
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY NOT NULL, url TEXT, story_id INTEGER)")
        conn.executemany("INSERT INTO articles (url, story_id) VALUES (?, 1)",
                         [("https://www.reuters.com/a",), ("https://t.me/s/sohr_news/3",)])
    conn.close()

    db = open_db(path)

    assert [row["outlet"] for row in db["articles"].rows_where(order_by="id")] == ["reuters.com", "t.me/sohr_news"]
    assert "ix_articles_story_id_outlet" in {index.name for index in db["articles"].indexes}


def test_a_crawl_commits_its_articles_together_at_a_bounded_rate(site, tmp_path):
    """`monitor once` of forty pages: every article is archived, in fewer transactions than
    articles (a commit costs the crawl process as much as the articles it writes)."""
    for n in range(40):
        site.add(f"/a{n}", article_page(n))
    site.add("/feed.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")} for n in range(40)]),
             "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                          extra="log_level: DEBUG\n")

    result = monitor("once", "--config", str(config))

    batches = [int(n) for n in re.findall(r"(\d+) articles in one transaction", result.stderr)]
    assert sum(batches) == 40 == open_archive(tmp_path / "archive.db").execute("SELECT count(*) FROM articles").fetchone()[0]
    assert len(batches) < 40
