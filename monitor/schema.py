"""Every table, column, index, FTS table and trigger of the archive, created idempotently.

    >>> import tempfile
    >>> db = open_db(Path(tempfile.mkdtemp()) / "archive.db")   # WAL mode, busy timeout, schema ensured
    >>> db.execute("PRAGMA journal_mode").fetchone(), "incidents" in db.table_names()
    (('wal',), True)

Column names are public API (Datasette users query them): add, never rename.
Running ``ensure_schema`` on an older archive adds what is missing and keeps the data.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from monitor.urls import outlet

BUSY_TIMEOUT_MS = 30_000

# table -> (columns in order, primary key, foreign keys, indexes, unique indexes)
TABLES: dict[str, dict] = {
    "feeds": {
        "columns": {
            "id": int, "name": str, "url": str, "language": str, "interval_s": float,
            "enabled": int, "etag": str, "last_modified": str, "last_polled_at": str,
            "last_status": int, "last_error": str, "consecutive_failures": int,
            "next_poll_at": str, "articles_found": int, "created_at": str,
            # sources without feeds, and feeds that move (spiders/, monitor/intervals.py)
            "kind": str, "site": str, "links": str, "discovered_url": str, "discovered_from": str,
            "interval_reason": str,
            # `monitor poll`: a request the running daemon takes (monitor/scheduler.py)
            "poll_requested_at": str,
        },
        "defaults": {"consecutive_failures": 0, "articles_found": 0, "enabled": 1},
        "unique": [["url"]],
        "indexes": [],
        "foreign_keys": [],
    },
    "articles": {
        "columns": {
            "id": int, "url": str, "link": str, "feed_id": int, "title": str, "author": str,
            "published_at": str, "fetched_at": str, "language": str, "site_name": str,
            "body": str, "summary": str, "body_source": str, "content_hash": str,
            # dedup (monitor/dedup.py)
            "story_id": int, "duplicate_of": int, "similarity": float,
            # text analysis (monitor/text/)
            "is_strike_report": int, "match_score": float,
            # monitor.urls.outlet(url): the story's distinct outlets are counted by it
            "outlet": str,
        },
        "defaults": {},
        "unique": [["url"]],
        "indexes": [["link"], ["feed_id"], ["published_at"], ["fetched_at"], ["content_hash"],
                    ["story_id"], ["is_strike_report"], ["story_id", "outlet"],
                    # a facet's counts, and its value's newest rows (the table sorts by
                    # published_at); a feed's newest article (feed_health)
                    ["language", "published_at"], ["body_source", "published_at"],
                    ["is_strike_report", "published_at"], ["feed_id", "published_at"]],
        "foreign_keys": [("feed_id", "feeds", "id")],
    },
    "stories": {
        "columns": {
            "id": int, "title": str, "first_seen_at": str, "last_seen_at": str,
            "article_count": int, "source_count": int, "representative_article_id": int,
            # monitor/incidents.py: the incident of the story's first event
            "incident_id": int,
        },
        "defaults": {"article_count": 0, "source_count": 0},
        "unique": [],
        "indexes": [["last_seen_at"], ["incident_id"],
                    # most_sourced_stories reads the top of this index
                    ["source_count", "article_count", "last_seen_at"]],
        "foreign_keys": [("representative_article_id", "articles", "id")],
    },
    # MinHash signature of each indexed article (monitor/dedup.py), written with the article.
    "signatures": {
        "columns": {
            "id": int, "article_id": int, "scheme": str, "minhash": bytes, "facts": str,
            "created_at": str,
        },
        "defaults": {},
        "unique": [["article_id"]],
        "indexes": [["created_at"]],
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "matches": {
        "columns": {
            "id": int, "article_id": int, "watchlist": str, "term": str, "matched_text": str,
            "start": int, "end": int,
        },
        "defaults": {},
        "unique": [],
        "indexes": [["article_id"], ["watchlist", "term"], ["term"]],   # term: the table page's facet
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "events": {
        "columns": {
            "id": int, "article_id": int, "story_id": int, "event_date": str, "event_type": str,
            "sub_event_type": str, "location": str, "admin1": str, "country": str,
            "latitude": float, "longitude": float, "geo_precision": int, "fatalities": int,
            "injured": int, "strike_count": int, "actor1": str, "actor2": str, "actors": str,
            "targets": str, "source": str, "source_count": int, "confidence": float,
            "notes": str, "evidence": str,
            # district (gazetteer); the incident the event was fused into (monitor/incidents.py)
            "admin2": str, "incident_id": int,
            # the gazetteer kind of the place (city, town, village, subdistrict …): monitor.incidents.busy
            "place_kind": str,
            # the part of an area the report names ("ريف دير الزور الغربي": west): monitor.incidents.directions_apart
            "direction": str,
            # 1: the area is a village's, town's or city's edge ("أطراف مدينة العمادية"): monitor.incidents.on_the_edge
            "outskirts": int,
            # the local hour the text states the strike at ("at dawn": 5, "عصر اليوم": 15): monitor.incidents.hours_apart
            "time_of_day": int,
        },
        "defaults": {},
        "unique": [],
        "indexes": [["article_id"], ["story_id"], ["event_date"], ["location"], ["incident_id"],
                    # a facet's counts, and its value's newest rows (the map pages by event_date)
                    ["sub_event_type", "event_date"], ["country", "event_date"], ["admin1", "event_date"],
                    ["location", "event_date"], ["actor1", "event_date"],
                    # the incidents a new event may join (store._CANDIDATES), read from the
                    # indexes alone: reports near it, and a governorate's coarse reports
                    ["country", "event_date", "latitude", "longitude", "geo_precision", "incident_id"],
                    ["admin1", "event_date", "geo_precision", "country", "incident_id"]],
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "alerts": {
        "columns": {
            "id": int, "rule": str, "story_id": int, "event_id": int, "severity": str,
            "kind": str, "title": str, "message": str, "created_at": str, "status": str,
            "attempts": int, "last_error": str, "sent_at": str,
            # monitor/alerts.py: version 1 is 'new', 2.. are 'update's of the same story;
            # facts (JSON) are what the alert told, the baseline for the next update
            "version": int, "facts": str, "reported_at": str, "targets": str,
            "delivered_to": str, "last_attempt_at": str, "next_attempt_at": str,
            # alerts are per incident and rule; story_id stays: the incident's first story
            "incident_id": int,
        },
        "defaults": {"attempts": 0, "status": "pending"},
        "unique": [["rule", "incident_id", "version"]],
        "indexes": [["status"], ["created_at"], ["story_id"]],
        "foreign_keys": [("event_id", "events", "id")],
    },
    # One strike as every report of it tells it (monitor/incidents.py): events of different
    # articles, outlets and languages fused by date, place, type and actors; the facts below
    # are recomputed from the incident's events each time one joins.
    "incidents": {
        "columns": {
            "id": int, "first_reported_at": str, "last_reported_at": str, "event_date": str,
            "event_type": str, "sub_event_type": str, "location": str, "admin1": str, "admin2": str,
            "country": str, "latitude": float, "longitude": float, "geo_precision": int,
            "actor1": str, "actor2": str, "actors": str, "fatalities": int, "injured": int,
            "fatalities_rule": str, "report_count": int, "outlet_count": int, "outlets": str,
            "languages": str, "evidence": str, "notes": str, "updated_at": str,
            # the part of the area the reports name ("ريف دير الزور الغربي": west), as events.direction
            "direction": str,
        },
        "defaults": {"report_count": 0, "outlet_count": 0},
        "unique": [],
        "indexes": [["event_date"], ["last_reported_at"], ["admin1"],
                    ["sub_event_type"], ["updated_at"],
                    ["actor1"], ["geo_precision"]],   # the table page's other facets
        "foreign_keys": [],
    },
    "fetch_log": {
        "columns": {
            "id": int, "at": str, "feed_id": int, "url": str, "status": int, "bytes": int,
            "elapsed_ms": int, "error": str, "retryable": int,
        },
        "defaults": {},
        "unique": [],
        "indexes": [["feed_id", "at"], ["at"], ["url"], ["status", "at"]],   # status: the table page's facet
        "foreign_keys": [("feed_id", "feeds", "id")],
    },
}

# events columns that hold a JSON list
EVENT_LIST_COLUMNS = ("actors", "targets", "source", "evidence")
INCIDENT_LIST_COLUMNS = ("actors", "outlets", "languages", "evidence")
# Indexes of earlier versions, dropped on open: alerts were unique per story, and now one
# story (a round-up naming three strikes) has alerts about several incidents; an event's
# candidate incidents were looked up by the incident's place, now by its reports' (events).
RETIRED_INDEXES = ("uq_alerts_rule_story_id_version",
                   "ix_incidents_country_event_date_latitude_longitude_geo_precision_admin1")
FTS_TABLES = {"articles": ["title", "body"]}


# Columns computed from another when written; an archive made before they existed gets
# them filled in when it is opened.
DERIVED = {("articles", "outlet"): ("url", outlet)}


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the archive in WAL mode with the schema in place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across process crashes
    db.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create missing tables, columns, indexes and FTS; never drops data (only RETIRED_INDEXES)."""
    with db.atomic():   # readers see all tables or none
        for index in RETIRED_INDEXES:
            db.execute(f"DROP INDEX IF EXISTS [{index}]")
        for name, spec in TABLES.items():
            table = db[name]
            if not table.exists():
                table.create(
                    spec["columns"], pk="id", not_null={"id"}, defaults=spec["defaults"],
                    foreign_keys=spec["foreign_keys"],
                )
            else:
                existing = set(table.columns_dict)
                for column, kind in spec["columns"].items():
                    if column not in existing:
                        table.add_column(column, kind, not_null_default=spec["defaults"].get(column))
                        if (name, column) in DERIVED:   # an archive of an earlier version: filled in
                            source, function = DERIVED[name, column]
                            db.register_function(function, name=f"derive_{column}", deterministic=True)
                            db.execute(f"UPDATE [{name}] SET [{column}] = derive_{column}([{source}])")
            for columns in spec["unique"]:
                table.create_index(columns, unique=True, if_not_exists=True,
                                   index_name=f"uq_{name}_{'_'.join(columns)}")
            for columns in spec["indexes"]:
                table.create_index(columns, if_not_exists=True,
                                   index_name=f"ix_{name}_{'_'.join(columns)}")
    for name, columns in FTS_TABLES.items():
        if not db[name].detect_fts():
            db[name].enable_fts(columns, create_triggers=True,
                                tokenize="unicode61 remove_diacritics 2")
        _reindex_only_indexed_columns(db, name, columns)


def _reindex_only_indexed_columns(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """sqlite-utils' update trigger re-indexes a row in full-text search whatever column
    changed; this one only when an indexed column did. `monitor rematch` rewrites every
    article's decision, and re-tokenising each body made most of its writing time."""
    trigger = f"{table}_au"
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [trigger]).fetchone()
    if sql is None or " UPDATE OF " in sql[0]:
        return
    listed = ", ".join(f"[{column}]" for column in columns)
    old = ", ".join(f"old.[{column}]" for column in columns)
    new = ", ".join(f"new.[{column}]" for column in columns)
    with db.atomic():
        db.execute(f"DROP TRIGGER [{trigger}]")
        db.execute(f"CREATE TRIGGER [{trigger}] AFTER UPDATE OF {listed} ON [{table}] BEGIN\n"
                   f"  INSERT INTO [{table}_fts] ([{table}_fts], rowid, {listed}) VALUES ('delete', old.rowid, {old});\n"
                   f"  INSERT INTO [{table}_fts] (rowid, {listed}) VALUES (new.rowid, {new});\n"
                   "END")
