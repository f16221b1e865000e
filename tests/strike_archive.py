"""A small, realistic archive for the Datasette tests: strikes in Boukamal and Al-Qaim.

    db = build_archive(tmp_path / "archive.db")     # schema via monitor.schema.open_db
    db = build_archive(path, second_language=True)  # + an Arabic report of the Boukamal strike

Four feeds (one failing), seven articles in five stories (one carried by three outlets,
one in Arabic), three strike events with coordinates fused into three incidents by the
store (``store.refuse_incidents``), three alerts in each delivery state. With
``second_language`` an eighth article, an Arabic report of the 2024-01-01 Boukamal strike by
another outlet, whose event the store fuses into the English report's incident.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from monitor.schema import open_db
from monitor.store import refuse_incidents
from monitor.urls import outlet

FEEDS = [
    {"id": 1, "name": "Rudaw English", "url": "https://www.rudaw.net/english/rss", "language": "en",
     "last_status": 200, "consecutive_failures": 0, "last_polled_at": "2024-02-03T12:00:00Z", "articles_found": 3},
    {"id": 2, "name": "Shafaq News", "url": "https://shafaq.com/en/rss", "language": "en",
     "last_status": 304, "consecutive_failures": 0, "last_polled_at": "2024-02-03T12:00:00Z", "articles_found": 2},
    {"id": 3, "name": "Enab Baladi", "url": "https://www.enabbaladi.net/feed", "language": "ar",
     "last_status": 200, "consecutive_failures": 0, "last_polled_at": "2024-02-03T12:00:00Z", "articles_found": 2},
    {"id": 4, "name": "Deir Ezzor 24", "url": "https://deirezzor24.net/feed/", "language": "ar",
     "last_status": 503, "last_error": "HTTP 503 Service Unavailable", "consecutive_failures": 3,
     "last_polled_at": "2024-02-03T12:00:00Z", "articles_found": 0},
]

_BOUKAMAL = ("US aircraft struck positions of Iran-backed militias near Abu Kamal on Monday, killing nine "
             "fighters including six militants, the Syrian Observatory for Human Rights said. Deir Ezzor 24 "
             "reported that an ammunition depot used by Hezbollah and the IRGC was destroyed.")
ARTICLES = [
    {"id": 1, "feed_id": 1, "url": "https://www.rudaw.net/english/middleeast/syria/01012024",
     "title": "US strikes hit Iran-backed militias near Boukamal", "published_at": "2024-01-01T15:00:00Z",
     "language": "en", "body": _BOUKAMAL, "story_id": 1, "is_strike_report": 1, "match_score": 0.92},
    {"id": 2, "feed_id": 2, "url": "https://shafaq.com/en/Security/US-strikes-near-Abu-Kamal",
     "title": "Nine killed in US strikes on Syria's Abu Kamal", "published_at": "2024-01-01T16:10:00Z",
     "language": "en", "body": "Source: AP. " + _BOUKAMAL, "story_id": 1, "duplicate_of": 1,
     "similarity": 0.91, "is_strike_report": 1, "match_score": 0.9},
    {"id": 3, "feed_id": 3, "url": "https://english.enabbaladi.net/archives/2024/01/us-strikes-boukamal/",
     "title": "US strikes Boukamal, nine dead", "published_at": "2024-01-01T18:30:00Z",
     "language": "en", "body": _BOUKAMAL + " Local sources reported no civilian casualties.",
     "story_id": 1, "duplicate_of": 1, "similarity": 0.86, "is_strike_report": 1, "match_score": 0.88},
    {"id": 4, "feed_id": 1, "url": "https://www.rudaw.net/english/middleeast/iraq/15012024",
     "title": "Drone strike on a warehouse in Al-Qaim kills two", "published_at": "2024-01-15T09:00:00Z",
     "language": "en", "body": "A drone struck a warehouse in Al-Qaim near the Syrian border, killing two "
     "members of Kataib Hezbollah, security sources said.", "story_id": 2, "is_strike_report": 1,
     "match_score": 0.8},
    {"id": 5, "feed_id": 3, "url": "https://www.enabbaladi.net/archives/2024/02/bukamal-shelling",
     "title": "قصف مدفعي على أطراف البوكمال", "published_at": "2024-02-03T07:45:00Z", "language": "ar",
     "body": "تعرضت أطراف مدينة البوكمال لقصف مدفعي صباح السبت دون وقوع إصابات بحسب مصادر محلية.",
     "story_id": 3, "is_strike_report": 1, "match_score": 0.75},
    {"id": 6, "feed_id": 1, "url": "https://www.rudaw.net/english/sports/03022024",
     "title": "Erbil hosts the Iraqi Stars League final", "published_at": "2024-02-03T10:00:00Z",
     "language": "en", "body": "Erbil's Franso Hariri stadium hosted the league final in front of a full crowd.",
     "story_id": 4, "is_strike_report": 0, "match_score": 0.0},
    {"id": 7, "feed_id": 2, "url": "https://shafaq.com/en/Economy/Kirkuk-oil-exports",
     "title": "Kirkuk oil exports through Ceyhan remain halted", "published_at": "2024-02-02T08:00:00Z",
     "language": "en", "body": "Oil exports from Kirkuk through the Ceyhan pipeline remain halted, officials said.",
     "story_id": 5, "is_strike_report": 0, "match_score": 0.1},
]

STORIES = [
    {"id": 1, "title": ARTICLES[0]["title"], "first_seen_at": "2024-01-01T15:05:00Z",
     "last_seen_at": "2024-01-01T18:35:00Z", "article_count": 3, "source_count": 3, "representative_article_id": 1},
    {"id": 2, "title": ARTICLES[3]["title"], "first_seen_at": "2024-01-15T09:05:00Z",
     "last_seen_at": "2024-01-15T09:05:00Z", "article_count": 1, "source_count": 1, "representative_article_id": 4},
    {"id": 3, "title": ARTICLES[4]["title"], "first_seen_at": "2024-02-03T07:50:00Z",
     "last_seen_at": "2024-02-03T07:50:00Z", "article_count": 1, "source_count": 1, "representative_article_id": 5},
    {"id": 4, "title": ARTICLES[5]["title"], "first_seen_at": "2024-02-03T10:05:00Z",
     "last_seen_at": "2024-02-03T10:05:00Z", "article_count": 1, "source_count": 1, "representative_article_id": 6},
    {"id": 5, "title": ARTICLES[6]["title"], "first_seen_at": "2024-02-02T08:05:00Z",
     "last_seen_at": "2024-02-02T08:05:00Z", "article_count": 1, "source_count": 1, "representative_article_id": 7},
]

MATCHES = [
    (1, "places", "Boukamal", "Abu Kamal"), (1, "strike_terms", "struck", "struck"),
    (2, "places", "Boukamal", "Abu Kamal"), (3, "places", "Boukamal", "Boukamal"),
    (4, "places", "Al-Qaim", "Al-Qaim"), (4, "strike_terms", "drone strike", "drone struck"),
    (5, "places", "Boukamal", "البوكمال"), (5, "strike_terms", "shelling", "قصف"),
    (8, "places", "Boukamal", "البوكمال"),   # the Arabic report (second_language)
]

_KILLED_EN = ("US aircraft struck positions of Iran-backed militias near Abu Kamal on Monday, killing nine "
              "fighters including six militants, the Syrian Observatory for Human Rights said.")
_KILLED_AR = ("شنت طائرات أمريكية غارات على مواقع لميليشيات مدعومة من إيران في مدينة البوكمال يوم الاثنين، "
              "ما أدى إلى مقتل تسعة مقاتلين، بحسب المرصد السوري لحقوق الإنسان.")


def _evidence(kind: str, figure, sentence: str, words: str) -> dict:
    """An evidence entry whose span marks *words* in *sentence*."""
    start = sentence.index(words)
    return {"kind": kind, "figure": figure, "sentence": sentence, "span": [start, start + len(words)]}


ARABIC_REPORT = {
    "id": 8, "feed_id": 3, "url": "https://www.enabbaladi.net/archives/2024/01/boukamal-us-strikes",
    "title": "غارات أمريكية على البوكمال تقتل تسعة مقاتلين", "published_at": "2024-01-01T19:20:00Z",
    "language": "ar", "body": _KILLED_AR + "\nوقالت شبكة دير الزور 24 إن مستودع ذخيرة تابعاً لحزب الله دُمّر.",
    "story_id": 6, "is_strike_report": 1, "match_score": 0.85}
ARABIC_STORY = {"id": 6, "title": ARABIC_REPORT["title"], "first_seen_at": "2024-01-01T19:25:00Z",
                "last_seen_at": "2024-01-01T19:25:00Z", "article_count": 1, "source_count": 1,
                "representative_article_id": 8}

EVENTS = [
    {"id": 1, "article_id": 1, "story_id": 1, "event_date": "2024-01-01", "sub_event_type": "Air/drone strike",
     "location": "Boukamal", "admin1": "Deir ez-Zor", "country": "Syria", "latitude": 34.4536, "longitude": 40.9367,
     "geo_precision": 1, "fatalities": 9, "strike_count": 1, "actor1": "United States", "actor2": "Hezbollah",
     "actors": ["United States", "Hezbollah", "IRGC"], "targets": ["ammunition depot"],
     "source": ["Syrian Observatory for Human Rights", "Deir Ezzor 24"], "source_count": 3, "confidence": 0.9,
     "notes": "US strikes near Boukamal killed nine fighters, including six militants.",
     "evidence": [_evidence("killed", 9, _KILLED_EN, "nine fighters")]},
    {"id": 2, "article_id": 4, "story_id": 2, "event_date": "2024-01-15", "sub_event_type": "Air/drone strike",
     "location": "Al-Qaim", "admin1": "Anbar", "country": "Iraq", "latitude": 34.3697, "longitude": 41.0943,
     "geo_precision": 1, "fatalities": 2, "actor1": None, "actor2": "Kataib Hezbollah",
     "actors": ["Kataib Hezbollah"], "targets": ["warehouse"], "source": ["security sources"], "source_count": 1,
     "confidence": 0.8, "notes": "A drone strike on a warehouse in Al-Qaim killed two.",
     "evidence": [{"kind": "killed", "figure": 2, "sentence": "killing two members of Kataib Hezbollah",
                   "span": [8, 19]}]},
    {"id": 3, "article_id": 5, "story_id": 3, "event_date": "2024-02-03",
     "sub_event_type": "Shelling/artillery/missile attack", "location": "Boukamal", "admin1": "Deir ez-Zor",
     "country": "Syria", "latitude": 34.4536, "longitude": 40.9367, "geo_precision": 2, "fatalities": 0,
     "actors": [], "targets": [], "source": ["local sources"], "source_count": 1, "confidence": 0.7,
     "notes": "Artillery shelled the outskirts of Boukamal without casualties.",
     "evidence": [{"kind": "no casualties", "figure": 0, "sentence": "دون وقوع إصابات", "span": [0, 15]}]},
]
ARABIC_EVENT = {
    "id": 4, "article_id": 8, "story_id": 6, "event_date": "2024-01-01", "sub_event_type": "Air/drone strike",
    "location": "Boukamal", "admin1": "Deir ez-Zor", "country": "Syria", "latitude": 34.4536, "longitude": 40.9367,
    "geo_precision": 1, "fatalities": 9, "actor1": "United States", "actor2": "Hezbollah",
    "actors": ["United States", "Hezbollah"], "targets": [], "source": ["Syrian Observatory for Human Rights"],
    "source_count": 1, "confidence": 0.85, "notes": "US strikes on Boukamal killed nine fighters.",
    "evidence": [_evidence("killed", 9, _KILLED_AR, "تسعة مقاتلين")]}

ALERTS = [
    {"id": 1, "rule": "strike-near-border", "story_id": 1, "incident_id": 1, "event_id": 1, "severity": "high", "kind": "new",
     "title": "Air/drone strike in Boukamal, Syria: 9 killed",
     "message": "Air/drone strike in Boukamal (Deir ez-Zor, Syria) on 2024-01-01: 9 killed. "
                "Reported by Syrian Observatory for Human Rights, Deir Ezzor 24; 3 sources.",
     "created_at": "2024-01-01T15:06:00Z", "status": "sent", "attempts": 1, "sent_at": "2024-01-01T15:06:02Z"},
    {"id": 2, "rule": "strike-near-border", "story_id": 2, "incident_id": 2, "event_id": 2, "severity": "high", "kind": "new",
     "title": "Air/drone strike in Al-Qaim, Iraq: 2 killed",
     "message": "Air/drone strike in Al-Qaim (Anbar, Iraq) on 2024-01-15: 2 killed; 1 source.",
     "created_at": "2024-01-15T09:06:00Z", "status": "failed", "attempts": 5,
     "last_error": "HTTP 500 from the notification target"},
    {"id": 3, "rule": "strike-near-border", "story_id": 3, "incident_id": 3, "event_id": 3, "severity": "medium", "kind": "new",
     "title": "Shelling in Boukamal, Syria: no casualties",
     "message": "Shelling/artillery/missile attack in Boukamal (Deir ez-Zor, Syria) on 2024-02-03: no casualties.",
     "created_at": "2024-02-03T07:51:00Z", "status": "pending", "attempts": 0},
]


def build_archive(path: Path, alerts: bool = True, second_language: bool = False) -> sqlite_utils.Database:
    """Create the archive at *path* through the real schema and fill it; returns the open db."""
    db = open_db(path)
    articles, stories, events = ARTICLES, STORIES, EVENTS
    if second_language:
        articles, stories, events = ARTICLES + [ARABIC_REPORT], STORIES + [ARABIC_STORY], EVENTS + [ARABIC_EVENT]
    with db.conn:
        db["feeds"].insert_all({"interval_s": 900.0, "enabled": 1, **feed} for feed in FEEDS)
        db["articles"].insert_all(
            {"link": article["url"] + "?utm_source=rss", "fetched_at": article["published_at"],
             "body_source": "trafilatura", "content_hash": f"hash-{article['id']}", "outlet": outlet(article["url"]),
             **article}
            for article in articles)
        db["stories"].insert_all(stories)
        db["matches"].insert_all(
            {"article_id": article_id, "watchlist": watchlist, "term": term, "matched_text": text,
             "start": 0, "end": len(text)} for article_id, watchlist, term, text in MATCHES
            if any(article["id"] == article_id for article in articles))
        db["events"].insert_all(
            {**event, "event_type": "Explosions/Remote violence",
             **{key: json.dumps(event[key], ensure_ascii=False) for key in ("actors", "targets", "source", "evidence")}}
            for event in events)
        if alerts:
            db["alerts"].insert_all(ALERTS)
        db["fetch_log"].insert_all(
            {"at": "2024-02-03T12:00:00Z", "feed_id": feed["id"], "url": feed["url"], "status": feed["last_status"],
             "bytes": 0 if feed.get("last_error") else 5120, "elapsed_ms": 120, "error": feed.get("last_error")}
            for feed in FEEDS)
    refuse_incidents(db)
    return db
