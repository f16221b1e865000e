"""The only writer of the archive. Plain functions over a sqlite_utils Database.

    >>> db = open_db("archive.db")
    >>> feeds = sync_feeds(db, config)                  # config feeds -> feeds rows
    >>> archived_urls(db, ["https://example.com/a"])   # which of these we already have

Each write is one short transaction so readers (Datasette) never wait long and a kill
at any moment leaves whole rows only. Transactions are ``db.atomic()``, not ``with
db.conn``: under the latter sqlite-utils commits each insert on its own, so an article
and its feed's ``articles_found`` could be seen (or survive a kill) one without the other.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import sqlite_utils

from monitor.config import Config
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.schema import TABLES

ARTICLE_COLUMNS = [c for c in TABLES["articles"]["columns"] if c != "id"]


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
    with db.atomic():
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


def feed_health(db: sqlite_utils.Database, urls: list[str]) -> list[dict]:
    """Rows of the feeds at *urls* (those ever synced), failing first, then by name."""
    marks = ",".join("?" * len(urls)) or "NULL"
    return list(db.query(
        "SELECT name, url, last_status, last_error, consecutive_failures, last_polled_at, next_poll_at,"
        f" articles_found FROM feeds WHERE url IN ({marks})"
        " ORDER BY consecutive_failures > 0 DESC, consecutive_failures DESC, name", urls))


def record_feed_poll(db: sqlite_utils.Database, item: FeedPollItem, interval_s: float,
                     max_backoff_s: float) -> None:
    """Feed state after one fetch, and its fetch_log row, in one transaction.

    A failure doubles the wait from the feed's interval up to *max_backoff_s*; a
    Retry-After pushes the next poll at least that far (within the same cap). A feed
    read with a warning (say, mis-encoded) is not a failure but keeps the warning in
    last_error. A 200 that lists new links is not complete until those articles are
    archived (``complete_feed_polls``): until then the old validators stay and
    next_poll_at is now, so a crash in between makes the next poll a full GET again.
    """
    now = utc_now()
    ok = item.error is None and item.status in (200, 304)
    with db.atomic():
        failures = 0 if ok else (db.execute(
            "SELECT consecutive_failures FROM feeds WHERE id = ?", [item.feed_id]
        ).fetchone()[0] or 0) + 1
        delay = backoff_delay(failures, interval_s, max_backoff_s, item.retry_after_s)
        pending = ok and item.status == 200 and item.new_links > 0
        values = {
            "last_polled_at": iso(now), "last_status": item.status,
            "last_error": item.error or item.warning, "consecutive_failures": failures,
            "next_poll_at": iso(now if pending else now + timedelta(seconds=delay)),
        }
        if ok and item.status == 200 and not pending:
            values.update(etag=item.etag, last_modified=item.last_modified)
        db["feeds"].update(item.feed_id, values)
        _log(db, now, item.feed_id, item.url, item.status, item.bytes, item.elapsed_ms,
             item.error or item.warning)


def backoff_delay(failures: int, interval_s: float, max_backoff_s: float,
                  retry_after_s: float | None = None) -> float:
    """Seconds until the next poll: the interval, doubled per consecutive failure, capped.

    >>> backoff_delay(0, 60, 3600), backoff_delay(3, 60, 3600), backoff_delay(9, 60, 3600)
    (60.0, 480.0, 3600.0)
    >>> backoff_delay(1, 60, 3600, retry_after_s=600)
    600.0
    """
    cap = max(max_backoff_s, interval_s)
    delay = min(interval_s * 2.0 ** min(failures, 30), cap)
    return max(delay, min(retry_after_s or 0.0, cap))


def complete_feed_polls(db: sqlite_utils.Database, polls: list[tuple[int, str | None, str | None, float]]) -> None:
    """Finish polls whose new articles were all archived or settled: (feed_id, etag, last_modified, interval_s).

    Storing the validators only now means a conditional GET can never hide articles
    that were listed but not yet archived. Pass None validators for a feed whose
    articles failed: its next poll is then a full GET that retries them.
    """
    now = utc_now()
    with db.atomic():
        for feed_id, etag, last_modified, interval_s in polls:
            db["feeds"].update(feed_id, {"etag": etag, "last_modified": last_modified,
                                         "next_poll_at": iso(now + timedelta(seconds=interval_s))})


def record_fetch_failure(db: sqlite_utils.Database, item: FetchFailureItem) -> None:
    with db.atomic():
        _log(db, utc_now(), item.feed_id, item.url, item.status, 0, item.elapsed_ms, item.error)


def insert_article(db: sqlite_utils.Database, item: ArticleItem) -> int | None:
    """Archive an article once; returns its id, or None when the URL was already there."""
    row = {column: getattr(item, column) for column in ARTICLE_COLUMNS}
    with db.atomic():
        try:
            article_id = db["articles"].insert(row).last_pk
        except sqlite3.IntegrityError:
            return None  # the same canonical URL reached us twice in one crawl
        db.execute("UPDATE feeds SET articles_found = articles_found + 1 WHERE id = ?", [item.feed_id])
        _log(db, utc_now(), item.feed_id, item.link, item.status, item.bytes, item.elapsed_ms, None)
    return article_id


def _log(db, at, feed_id, url, status, size, elapsed_ms, error) -> None:
    db["fetch_log"].insert({"at": iso(at), "feed_id": feed_id, "url": url, "status": status,
                            "bytes": size, "elapsed_ms": elapsed_ms, "error": error})

