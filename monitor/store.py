"""The only writer of the archive. Plain functions over a sqlite_utils Database.

    >>> db = open_db("archive.db")
    >>> feeds = sync_feeds(db, config)                  # config feeds -> feeds rows
    >>> archived_urls(db, ["https://example.com/a"])   # which of these we already have

Each write is one short transaction so readers (Datasette) never wait long and a kill
at any moment leaves whole rows only.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import sqlite_utils

from monitor.config import Config
from monitor.events import LIST_COLUMNS, merge_events
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.schema import TABLES

MAX_BACKOFF_S = 24 * 3600
ARTICLE_COLUMNS = [c for c in TABLES["articles"]["columns"] if c != "id"]
EVENT_COLUMNS = [c for c in TABLES["events"]["columns"] if c not in ("id", "article_id", "story_id", "source_count")]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """ISO 8601 UTC with seconds: ``2024-01-01T12:00:00Z``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sync_feeds(db: sqlite_utils.Database, config: Config) -> list[dict]:
    """Make the feeds table match the config; return the enabled feeds' rows.

    Feeds dropped from the config keep their row (articles refer to it), disabled.
    """
    now = iso(utc_now())
    wanted = config.all_feeds()
    with db.conn:
        urls = []
        for feed in wanted:
            urls.append(feed.url)
            values = {"name": feed.name, "language": feed.language, "enabled": int(feed.enabled),
                      "interval_s": config.interval_of(feed)}
            existing = db.execute("SELECT id FROM feeds WHERE url = ?", [feed.url]).fetchone()
            if existing:
                db["feeds"].update(existing[0], values)
            else:
                db["feeds"].insert({"url": feed.url, "created_at": now, **values})
        placeholders = ",".join("?" * len(urls)) or "NULL"
        db.execute(f"UPDATE feeds SET enabled = 0 WHERE url NOT IN ({placeholders})", urls)
    return list(db.query("SELECT * FROM feeds WHERE enabled = 1 ORDER BY id"))


def archived_urls(db: sqlite_utils.Database, urls: list[str]) -> set[str]:
    """The subset of *urls* already archived, as canonical url or as the feed's link."""
    found: set[str] = set()
    for start in range(0, len(urls), 400):
        chunk = urls[start:start + 400]
        marks = ",".join("?" * len(chunk))
        for (url, link) in db.execute(
            f"SELECT url, link FROM articles WHERE url IN ({marks}) OR link IN ({marks})", chunk + chunk
        ):
            found.update({url, link})
    return found & set(urls)


def record_feed_poll(db: sqlite_utils.Database, item: FeedPollItem, interval_s: float) -> None:
    """Feed state after one fetch, and its fetch_log row, in one transaction.

    ETag and Last-Modified are replaced from every 200 (a missing one is cleared), so
    that a server that drops one header is not sent a stale validator forever.
    """
    now = utc_now()
    ok = item.error is None and item.status in (200, 304)
    with db.conn:
        failures = 0 if ok else (db.execute(
            "SELECT consecutive_failures FROM feeds WHERE id = ?", [item.feed_id]
        ).fetchone()[0] or 0) + 1
        delay = min(interval_s * (2 ** min(failures, 16)), max(MAX_BACKOFF_S, interval_s))
        values = {
            "last_polled_at": iso(now), "last_status": item.status, "last_error": item.error,
            "consecutive_failures": failures, "next_poll_at": iso(now + timedelta(seconds=delay)),
        }
        if item.status == 200:
            values.update(etag=item.etag, last_modified=item.last_modified)
        db["feeds"].update(item.feed_id, values)
        _log(db, now, item.feed_id, item.url, item.status, item.bytes, item.elapsed_ms, item.error)


def record_fetch_failure(db: sqlite_utils.Database, item: FetchFailureItem) -> None:
    with db.conn:
        _log(db, utc_now(), item.feed_id, item.url, item.status, 0, item.elapsed_ms, item.error)


def insert_article(db: sqlite_utils.Database, item: ArticleItem) -> int | None:
    """Archive an article once, with its matches and event; returns its id, or None when
    the URL was already there.

    The event of a later copy of a story (``duplicate_of`` set) merges into the story's
    event when it has one, so a story keeps one event.
    """
    row = {column: getattr(item, column) for column in ARTICLE_COLUMNS}
    with db.conn:
        try:
            article_id = db["articles"].insert(row).last_pk
        except sqlite3.IntegrityError:
            return None  # the same canonical URL reached us twice in one crawl
        db.execute("UPDATE feeds SET articles_found = articles_found + 1 WHERE id = ?", [item.feed_id])
        _log(db, utc_now(), item.feed_id, item.link, item.status, item.bytes, item.elapsed_ms, None)
        db["matches"].insert_all([match.row(article_id) for match in item.matches])
        for event in item.events:
            existing = story_events(db, item.story_id) if item.duplicate_of is not None else []
            if existing:
                _write_event(db, existing[0]["id"], existing[0]["article_id"], item.story_id,
                             merge_events(existing[0], event))
            else:
                _write_event(db, None, article_id, item.story_id, event)
    return article_id


def story_events(db: sqlite_utils.Database, story_id: int | None) -> list[dict]:
    """The events of a story, lists decoded (one, normally)."""
    if story_id is None:
        return []
    return [_decode(row) for row in db.query("SELECT * FROM events WHERE story_id = ? ORDER BY id", [story_id])]


def all_events(db: sqlite_utils.Database) -> list[dict]:
    return [_decode(row) for row in db.query("SELECT * FROM events ORDER BY id")]


def save_analysis(db: sqlite_utils.Database, article_id: int, matches: list, is_strike_report: int,
                  match_score: float) -> tuple[int, int]:
    """Replace an article's matches and decision (rematch); returns (matches added, removed)."""
    new = {(m.watchlist, m.term, m.matched_text, m.start, m.end) for m in matches}
    with db.conn:
        old = {tuple(row) for row in db.execute(
            'SELECT watchlist, term, matched_text, start, "end" FROM matches WHERE article_id = ?', [article_id])}
        if old != new:
            db.execute("DELETE FROM matches WHERE article_id = ?", [article_id])
            db["matches"].insert_all([match.row(article_id) for match in matches])
        db.execute("UPDATE articles SET is_strike_report = ?, match_score = ? WHERE id = ?",
                   [is_strike_report, match_score, article_id])
    return len(new - old), len(old - new)


def save_event(db: sqlite_utils.Database, event_id: int | None, article_id: int, story_id: int | None,
               event: dict | None) -> None:
    """Insert (no *event_id*), update, or delete (no *event*) one event (rematch)."""
    with db.conn:
        if event is None:
            db.execute("UPDATE alerts SET event_id = NULL WHERE event_id = ?", [event_id])
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
        else:
            _write_event(db, event_id, article_id, story_id, event)


def event_row(event: dict) -> dict:
    """The ``events`` columns of an event, lists as JSON."""
    return {column: json.dumps(event.get(column), ensure_ascii=False) if column in LIST_COLUMNS
            else event.get(column) for column in EVENT_COLUMNS}


def _write_event(db, event_id, article_id, story_id, event) -> None:
    source_count = db.execute("SELECT source_count FROM stories WHERE id = ?", [story_id]).fetchone() \
        if story_id is not None else None
    row = {**event_row(event), "article_id": article_id, "story_id": story_id,
           "source_count": source_count[0] if source_count else None}
    if event_id is None:
        db["events"].insert(row)
    else:
        db["events"].update(event_id, row)


def _decode(row: dict) -> dict:
    return {**row, **{column: json.loads(row[column]) if row[column] else [] for column in LIST_COLUMNS}}


def _log(db, at, feed_id, url, status, size, elapsed_ms, error) -> None:
    db["fetch_log"].insert({"at": iso(at), "feed_id": feed_id, "url": url, "status": status,
                            "bytes": size, "elapsed_ms": elapsed_ms, "error": error})

