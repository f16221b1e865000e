"""The only writer of the archive. Plain functions over a sqlite_utils Database.

    >>> from monitor.config import load_config
    >>> from monitor.schema import open_db
    >>> db = open_db(":memory:")                        # a path: "archive.db"
    >>> feeds = sync_feeds(db, load_config("config.yaml"))   # config feeds -> feeds rows
    >>> feeds[0]["url"], feeds[0]["enabled"]
    ('https://www.aljazeera.com/xml/rss/all.xml', 1)
    >>> archived_urls(db, ["https://example.com/a"])   # which of these we already have
    set()

Each write is one short transaction (the articles ready together: one per batch, with
prepared statements over known columns) so readers (Datasette) never wait long and a kill
at any moment leaves whole rows only. Transactions are ``db.atomic()``, not ``with
db.conn``: under the latter sqlite-utils commits each insert on its own, so an article
and its feed's ``articles_found`` could be seen (or survive a kill) one without the other.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import sqlite3
import weakref
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import sqlite_utils

from monitor import incidents
from monitor.config import Config
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.schema import EVENT_LIST_COLUMNS, INCIDENT_LIST_COLUMNS, TABLES

ARTICLE_COLUMNS = [c for c in TABLES["articles"]["columns"] if c != "id"]
EVENT_COLUMNS = [c for c in TABLES["events"]["columns"]
                 if c not in ("id", "article_id", "story_id", "source_count", "incident_id")]
INCIDENT_COLUMNS = [c for c in TABLES["incidents"]["columns"] if c != "id"]
DETECTED_KINDS = ("feed", "sitemap")    # what a source without `kind` turns out to be


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """ISO 8601 UTC with seconds: ``2024-01-01T12:00:00Z``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    """An ISO 8601 timestamp (``iso``'s, a feed's or sitemap's, a bare day) as an aware
    datetime, UTC when it names no zone; ValueError when it is none.

    >>> parse_iso("2024-01-01T12:00:00Z"), parse_iso("2024-03-12")
    (datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc), datetime.datetime(2024, 3, 12, 0, 0, tzinfo=datetime.timezone.utc))
    """
    moment = datetime.fromisoformat(text.strip())
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def sync_feeds(db: sqlite_utils.Database, config: Config) -> list[dict]:
    """Make the feeds table match the config; return the enabled feeds' rows.

    Feeds dropped from the config keep their row (articles refer to it), disabled. A
    source without ``interval`` keeps the adaptive interval its polls set (or starts at
    ``schedule.default_interval``); what it was discovered to be stays recorded.
    """
    now = iso(utc_now())
    wanted = config.all_feeds()
    with db.atomic():
        # One read of the table, not one per feed: at 10,000 sources this is most of the cost.
        existing = {row["url"]: row for row in db.query("SELECT id, url, kind, interval_reason, site FROM feeds")}
        for feed in wanted:
            values = {"name": feed.name, "language": feed.language, "enabled": int(feed.enabled),
                      "site": feed.site, "links": feed.links}
            row = existing.get(feed.url)
            # A configured kind is written; a detected one (feed, sitemap) stays until the next poll.
            if feed.source_kind or (row and row["kind"] not in DETECTED_KINDS):
                values["kind"] = feed.source_kind
            if feed.interval:
                values.update(interval_s=feed.interval, interval_reason="configured (interval)")
            elif not (row and (row["interval_reason"] or "").startswith("adaptive")):
                values.update(interval_s=config.schedule.default_interval,
                              interval_reason="schedule.default_interval (until its publication times are known)")
            if row:
                if row["site"] != feed.site and feed.kind != "site":
                    values.update(discovered_url=None, discovered_from=None)   # a new site: discover anew
                _update_feed(db.conn, row["id"], values)
            else:
                db["feeds"].insert({"url": feed.url, "created_at": now, **values})
        configured = {feed.url for feed in wanted}
        db.conn.executemany("UPDATE feeds SET enabled = 0 WHERE id = ?",
                            [(row["id"],) for url, row in existing.items() if url not in configured])
    return enabled_feeds(db)


def enabled_feeds(db: sqlite_utils.Database, ids: set[int] | None = None) -> list[dict]:
    """The enabled feeds' rows as they are now (validators, backoff), all or those in *ids*."""
    rows = db.query("SELECT * FROM feeds WHERE enabled = 1 ORDER BY id")
    return [row for row in rows if ids is None or row["id"] in ids]


def request_polls(db: sqlite_utils.Database, urls: list[str], cancel: bool = False) -> None:
    """Ask the running daemon to poll the feeds at *urls* now (``monitor poll``): it clears
    the request when it takes it (``take_poll_requests``). *cancel*: withdraw the request."""
    stamp = None if cancel else iso(utc_now())
    with db.atomic():
        db.conn.executemany("UPDATE feeds SET poll_requested_at = ? WHERE url = ?", [(stamp, url) for url in urls])


def take_poll_requests(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(id, name) of the enabled feeds whose poll ``monitor poll`` requested, the requests cleared.

        for feed_id, name in take_poll_requests(db): ...   # poll it now
    """
    # A read first: the daemon asks every few seconds, and a write would take the lock each time.
    if not db.execute("SELECT 1 FROM feeds WHERE poll_requested_at IS NOT NULL LIMIT 1").fetchone():
        return []
    with db.atomic():
        return [(feed_id, name) for (feed_id, name, enabled) in db.execute(
            "UPDATE feeds SET poll_requested_at = NULL WHERE poll_requested_at IS NOT NULL"
            " RETURNING id, name, enabled") if enabled]


def poll_requests_pending(db: sqlite_utils.Database, urls: list[str]) -> int:
    """How many of the feeds at *urls* still hold a request no daemon has taken."""
    marks = ",".join("?" * len(urls)) or "NULL"
    return db.execute(f"SELECT count(*) FROM feeds WHERE poll_requested_at IS NOT NULL AND url IN ({marks})",
                      urls).fetchone()[0]


def plan_next_polls(db: sqlite_utils.Database, plans: list[tuple[int, datetime]]) -> None:
    """Record when the daemon's schedule polls each feed next: (feed_id, moment) -> ``next_poll_at``."""
    with db.atomic():
        db.conn.executemany("UPDATE feeds SET next_poll_at = ? WHERE id = ?",
                            [(iso(moment), feed_id) for feed_id, moment in plans])


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
        "SELECT name, url, kind, discovered_url, discovered_from, interval_s, interval_reason, last_status,"
        " last_error, consecutive_failures, last_polled_at, next_poll_at,"
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
    The source's kind, a discovered or permanently redirected address and a new
    adaptive interval (``item.interval_s``, then used for the next poll) are recorded.
    """
    now = utc_now()
    interval_s = item.interval_s or interval_s
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
        if item.kind:
            values["kind"] = item.kind
        if item.discovered_url:
            values.update(discovered_url=item.discovered_url, discovered_from=item.discovered_from)
        if item.interval_s:
            values.update(interval_s=item.interval_s, interval_reason=item.interval_reason)
        _update_feed(db.conn, item.feed_id, values)
        _log(db.conn, now, item.feed_id, item.url, item.status, item.bytes, item.elapsed_ms,
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
    return float(max(delay, min(retry_after_s or 0.0, cap)))


def complete_feed_polls(db: sqlite_utils.Database,
                        polls: list[tuple[int, str | None, str | None, float, str | None]]) -> None:
    """Finish polls whose new articles were all archived or settled:
    (feed_id, etag, last_modified, interval_s, cut).

    Storing the validators only now means a conditional GET can never hide articles
    that were listed but not yet archived. Pass None validators for a feed whose
    articles failed or were cut: its next poll is then a full GET that takes them.
    *cut* (what the poll left for later, or None) becomes the feed's ``last_error``.
    """
    now = utc_now()
    with db.atomic():
        for feed_id, etag, last_modified, interval_s, cut in polls:
            values = {"etag": etag, "last_modified": last_modified,
                      "next_poll_at": iso(now + timedelta(seconds=interval_s))}
            if cut:
                values["last_error"] = cut
            _update_feed(db.conn, feed_id, values)


def _update_feed(conn: sqlite3.Connection, feed_id: int, values: dict) -> None:
    # Known columns: a statement per set of keys, prepared once (sqlite3 caches it).
    conn.execute(f"UPDATE feeds SET {', '.join(f'{column} = ?' for column in values)} WHERE id = ?",
                 [*values.values(), feed_id])


def record_fetch_failure(db: sqlite_utils.Database, item: FetchFailureItem) -> None:
    with db.atomic():
        _log(db.conn, utc_now(), item.feed_id, item.url, item.status, 0, item.elapsed_ms, item.error,
             int(item.retryable))


def given_up_urls(db: sqlite_utils.Database, urls: list[str], max_failures: int) -> set[str]:
    """The subset of *urls* not to fetch again: failed for good once, or *max_failures* times."""
    found: set[str] = set()
    for start in range(0, len(urls), 800):
        chunk = urls[start:start + 800]
        found.update(url for (url,) in db.execute(
            f"SELECT url FROM fetch_log WHERE url IN ({','.join('?' * len(chunk))}) AND error IS NOT NULL"
            " GROUP BY url HAVING min(retryable) = 0 OR count(*) >= ?", [*chunk, max_failures]))
    return found


def insert_article(db: sqlite_utils.Database, item: ArticleItem, scheme: str | None = None) -> int | None:
    """Archive one article (see ``insert_articles``); returns its id, or None when its URL
    was already there. An unexpected database error is raised."""
    [result] = insert_articles(db, [item], scheme)
    if isinstance(result, Exception):
        raise result
    return result


def insert_articles(db: sqlite_utils.Database, items: list[ArticleItem], scheme: str | None = None,
                    utc_offset_hours: float | None = None) -> list[int | None | Exception]:
    """Archive a batch of articles in one transaction; per item, in order: its id, None when
    its URL was already there, or the database error that kept it out (the others are kept).

    Each article goes in with its story (created for a first copy, counted for a later one;
    ``item.story_id`` is set), the ``signatures`` row of its MinHash under *scheme*, its
    matches and its own events, each fused into its incident (``monitor.incidents``) in
    the same transaction: events earlier in the batch are candidates of later ones, and a
    crash never leaves a signature, a story count or an event without its article. The fusion
    tells local time by *utc_offset_hours* (config.yaml's matching.utc_offset_hours, by which
    the events were coded: ``monitor.incidents.region_time``).

        ids = insert_articles(db, items, index.scheme)
    """
    conn = db.conn
    results: list[int | None | Exception] = []
    members, known = fusion_memory(db)
    try:
        with db.atomic(), incidents.region_time(utc_offset_hours):
            for item in items:
                conn.execute("SAVEPOINT article")
                try:
                    results.append(_insert_article(conn, item, scheme, members, known))
                except sqlite3.DatabaseError as error:
                    conn.execute("ROLLBACK TO article")
                    forget_fusion(db)   # what was read may be rolled back, an event id used again
                    members, known = fusion_memory(db)
                    results.append(error)
                conn.execute("RELEASE article")
    except BaseException:
        forget_fusion(db)
        raise
    return results


# What the fusion read and found (``_fuse``'s *members* and *known*), kept from one batch of a
# connection to the next: a precise report's governorate and days are read and their coarse
# reports' proofs found once, not again at each batch (the live pipeline writes a few articles
# at a time). Kept while the archive changes only through ``_fuse`` on that connection: another
# connection's commit (SQLite's ``data_version``), a rollback or another writer of events or
# incidents here (``forget_fusion``) drops it; so does growing past ``FUSION_MEMORY_LIMIT``.
_fusion_memory: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
FUSION_MEMORY_LIMIT = 100_000   # incidents read and answers found (~10 MB) before starting afresh


def fusion_memory(db: sqlite_utils.Database) -> tuple[dict[int, list[dict]], dict[tuple, object]]:
    """(members, known) for ``_fuse`` on *db*'s connection: what earlier batches read and
    found, when nothing else has changed the archive since, else empty.

    >>> from monitor.schema import open_db
    >>> db = open_db(":memory:")
    >>> members, known = fusion_memory(db)
    >>> known[1, 2] = True
    >>> fusion_memory(db)[1]
    {(1, 2): True}
    >>> forget_fusion(db)
    >>> fusion_memory(db)[1]
    {}
    """
    (version,) = db.conn.execute("PRAGMA data_version").fetchone()
    kept = _fusion_memory.get(db)
    if kept is None or kept[0] != version or len(kept[1]) + len(kept[2]) > FUSION_MEMORY_LIMIT:
        kept = _fusion_memory[db] = (version, {}, {})
    return kept[1], kept[2]


def forget_fusion(db: sqlite_utils.Database) -> None:
    """Drop what ``fusion_memory`` keeps for *db*: its events or incidents were written otherwise."""
    _fusion_memory.pop(db, None)


_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
                   " ON CONFLICT DO NOTHING")
_INSERT_STORY = ("INSERT INTO stories (title, first_seen_at, last_seen_at, article_count, source_count, "
                 "representative_article_id) VALUES (?, ?, ?, 1, 1, ?)")
_INSERT_SIGNATURE = "INSERT INTO signatures (article_id, scheme, minhash, facts, created_at) VALUES (?, ?, ?, ?, ?)"
_INSERT_MATCH = 'INSERT INTO matches (article_id, watchlist, term, matched_text, start, "end") VALUES (?, ?, ?, ?, ?, ?)'


def _insert_article(conn: sqlite3.Connection, item: ArticleItem, scheme: str | None,
                    members: dict[int, list[dict]], known: dict[tuple, bool]) -> int | None:
    cursor = conn.execute(_INSERT_ARTICLE, [getattr(item, column) for column in ARTICLE_COLUMNS])
    if cursor.rowcount == 0:
        return None  # the same canonical URL reached us twice
    article_id = cursor.lastrowid
    if item.story_id is None:
        item.story_id = conn.execute(_INSERT_STORY, [item.title, item.fetched_at, item.fetched_at,
                                                     article_id]).lastrowid
        conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", [item.story_id, article_id])
    else:
        _count_copy(conn, item.story_id, item.fetched_at)
    placement = item.placement
    if placement is not None and placement.signature is not None:
        conn.execute(_INSERT_SIGNATURE, [article_id, scheme, placement.signature.tobytes(), placement.facts,
                                         item.fetched_at])
    conn.execute("UPDATE feeds SET articles_found = articles_found + 1 WHERE id = ?", [item.feed_id])
    _log(conn, utc_now(), item.feed_id, item.link, item.status, item.bytes, item.elapsed_ms, None)
    conn.executemany(_INSERT_MATCH, [(article_id, m.watchlist, m.term, m.matched_text, m.start, m.end)
                                     for m in item.matches])
    for event in item.events:
        _fuse(conn, _write_event(conn, None, article_id, item.story_id, event), members, known)
    return article_id


def _count_copy(conn: sqlite3.Connection, story_id: int, seen_at: str) -> None:
    """A later copy joined *story_id*: one more article, outlets recounted (distinct hosts)."""
    # In SQLite from the (story_id, outlet) index: no copy's URL parsed again (a wire story has dozens).
    (outlets,) = conn.execute("SELECT count(DISTINCT outlet) FROM articles WHERE story_id = ?", [story_id]).fetchone()
    conn.execute("UPDATE stories SET article_count = article_count + 1, source_count = ?, "
                 "last_seen_at = max(last_seen_at, ?) WHERE id = ?", [outlets, seen_at, story_id])
    conn.execute("UPDATE events SET source_count = ? WHERE story_id = ?", [outlets, story_id])


def indexed_signatures(db: sqlite_utils.Database, since: str) -> list[dict]:
    """Signature rows of articles first seen at or after *since*, oldest first, with what
    the dedup index needs: story, the story's first copy, content hash (and the body, to
    re-sketch a row stored under another scheme)."""
    return list(db.query(
        "SELECT s.article_id, a.story_id, st.representative_article_id AS first_id, s.minhash, s.facts, "
        "a.content_hash, s.created_at, s.scheme, a.body FROM signatures s "
        "JOIN articles a ON a.id = s.article_id JOIN stories st ON st.id = a.story_id "
        "WHERE s.created_at >= ? ORDER BY s.created_at, s.article_id", [since]))


def replace_signature(db: sqlite_utils.Database, article_id: int, scheme: str, minhash: bytes,
                      facts: str) -> None:
    """Store an article's signature re-sketched under the current scheme."""
    with db.atomic():
        db.execute("UPDATE signatures SET scheme = ?, minhash = ?, facts = ? WHERE article_id = ?",
                   [scheme, minhash, facts, article_id])


def largest_stories(db: sqlite_utils.Database, limit: int) -> list[dict]:
    """The *limit* stories with the most outlets (then copies), each with its articles."""
    stories = list(db.query(
        "SELECT * FROM stories WHERE article_count > 1 ORDER BY source_count DESC, article_count DESC, id "
        "LIMIT ?", [limit]))
    for story in stories:
        story["articles"] = list(db.query(
            "SELECT a.id, a.url, a.title, a.fetched_at, a.duplicate_of, a.similarity, f.name AS feed "
            "FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id WHERE a.story_id = ? ORDER BY a.id",
            [story["id"]]))
    return stories


def all_events(db: sqlite_utils.Database) -> list[dict]:
    return [_decode(row) for row in db.query("SELECT * FROM events ORDER BY id")]


def incidents_for_export(db: sqlite_utils.Database) -> list[dict]:
    """Every incident (lists decoded) with what an ACLED row of it needs from its reports:
    ``source`` (the sources they attribute the facts to, then the outlets carrying it, by
    site name), the date evidence of each report in ``evidence`` and the highest ``strike_count``."""
    rows = {row["id"]: {**row, **{c: json.loads(row[c]) if row[c] else [] for c in INCIDENT_LIST_COLUMNS},
                        "attributed": [], "named_outlets": [], "strike_count": None}
            for row in db.query("SELECT * FROM incidents ORDER BY event_date, id")}
    for report in _reports(db.conn, "WHERE e.incident_id IS NOT NULL ORDER BY e.id", []):
        row = rows[report["incident_id"]]
        row["attributed"].extend(report["source"])
        row["named_outlets"].append(report.get("site_name") or report.get("outlet"))
        row["evidence"].extend(item for item in report["evidence"] if item.get("kind") == "date")
        if report.get("strike_count"):
            row["strike_count"] = max(row["strike_count"] or 0, report["strike_count"])
    return [{**row, "source": list(dict.fromkeys(s for s in [*row.pop("attributed"), *row.pop("named_outlets")] if s))}
            for row in rows.values()]


def save_analyses(db: sqlite_utils.Database, analyses: list[tuple[int, list, int, float]]) -> tuple[int, int]:
    """Replace the matches and decision of each (article id, matches, is_strike_report,
    match_score) of *analyses*, articles in id order, in one transaction (``monitor rematch``,
    a chunk at a time); returns (matches added, removed). An article whose matches are
    unchanged keeps its rows."""
    if not analyses:
        return 0, 0
    old: dict[int, set] = {}
    for article_id, *match in db.execute(
            'SELECT article_id, watchlist, term, matched_text, start, "end" FROM matches '
            "WHERE article_id BETWEEN ? AND ?", [analyses[0][0], analyses[-1][0]]):
        old.setdefault(article_id, set()).add(tuple(match))
    added = removed = 0
    replaced, rows = [], []
    for article_id, matches, _, _ in analyses:
        new = {(m.watchlist, m.term, m.matched_text, m.start, m.end) for m in matches}
        before = old.get(article_id, set())
        if new != before:
            added, removed = added + len(new - before), removed + len(before - new)
            replaced.append((article_id,))
            rows += [(article_id, m.watchlist, m.term, m.matched_text, m.start, m.end) for m in matches]
    with db.atomic():
        db.conn.executemany("DELETE FROM matches WHERE article_id = ?", replaced)
        db.conn.executemany('INSERT INTO matches (article_id, watchlist, term, matched_text, start, "end") '
                            "VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.conn.executemany("UPDATE articles SET is_strike_report = ?, match_score = ? WHERE id = ?",
                            [(is_strike_report, score, article_id)
                             for article_id, _, is_strike_report, score in analyses])
    return added, removed


def replace_article_events(db: sqlite_utils.Database, article_id: int, story_id: int | None,
                           events: list[dict]) -> tuple[int, int, int]:
    """Make an article's events *events* (``monitor rematch``), in order, keeping the ids of
    rows that stay; returns (created, updated, deleted). The incidents are re-fused after
    (``refuse_incidents``); an alert about a deleted event keeps its incident."""
    forget_fusion(db)
    with db.atomic():
        rows = [_decode(row) for row in db.query("SELECT * FROM events WHERE article_id = ? ORDER BY id", [article_id])]
        created = updated = 0
        for row, event in zip(rows, events):
            if event_row(row) != event_row(event):
                _write_event(db.conn, row["id"], article_id, story_id, event)
                updated += 1
        for event in events[len(rows):]:
            _write_event(db.conn, None, article_id, story_id, event)
            created += 1
        for extra in rows[len(events):]:
            db.execute("UPDATE alerts SET event_id = NULL WHERE event_id = ?", [extra["id"]])
            db.execute("DELETE FROM events WHERE id = ?", [extra["id"]])
    return created, updated, max(0, len(rows) - len(events))


def event_row(event: dict) -> dict:
    """The ``events`` columns of an event, lists as JSON."""
    return {column: json.dumps(event.get(column), ensure_ascii=False) if column in EVENT_LIST_COLUMNS
            else event.get(column) for column in EVENT_COLUMNS}


_EVENT_WRITE_COLUMNS = [*EVENT_COLUMNS, "article_id", "story_id", "source_count"]
_INSERT_EVENT = (f"INSERT INTO events ({', '.join(_EVENT_WRITE_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(_EVENT_WRITE_COLUMNS))})")
_UPDATE_EVENT = f"UPDATE events SET {', '.join(f'{column} = ?' for column in _EVENT_WRITE_COLUMNS)} WHERE id = ?"


def _write_event(conn: sqlite3.Connection, event_id, article_id, story_id, event) -> int:
    """Insert *event* (event_id None) or overwrite row *event_id* with it, the story's source
    count beside; returns the row's id."""
    source_count = conn.execute("SELECT source_count FROM stories WHERE id = ?", [story_id]).fetchone() \
        if story_id is not None else None
    values = [*event_row(event).values(), article_id, story_id, source_count[0] if source_count else None]
    if event_id is None:
        return conn.execute(_INSERT_EVENT, values).lastrowid
    conn.execute(_UPDATE_EVENT, [*values, event_id])
    return event_id


# ---------------------------------------------------------------- incidents (monitor/incidents.py)

# An event as a report of its incident: its columns and its article's (monitor.incidents).
_REPORTS = ("SELECT e.*, a.outlet, a.language, a.published_at, a.fetched_at, a.title, a.url, a.site_name "
            "FROM events e JOIN articles a ON a.id = e.article_id")
# Incidents an event of this country and date window could join: those with a report near
# it (NEAR_KM box) — a report, not the incident's recorded place, which may be another of its
# precise reports up to NEAR_KM further — and, where either report is coarse (an area or a
# governorate: :coarse is 2 for a precise event, 1 for a coarse one), those with such a report
# within AREA_KM (box) or of its governorate. The full test is monitor.incidents.compatible,
# over their reports; these are the in-memory fusion's candidates (monitor.incidents.Fusion),
# read from the events' indexes alone.
_CANDIDATES = ("SELECT incident_id FROM events WHERE country = :country AND event_date BETWEEN :first AND :last "
               "AND latitude BETWEEN :area_s AND :area_n AND longitude BETWEEN :area_w AND :area_e "
               "AND incident_id IS NOT NULL AND (geo_precision >= :coarse "
               "OR (latitude BETWEEN :near_s AND :near_n AND longitude BETWEEN :near_w AND :near_e)) "
               "UNION ALL SELECT incident_id FROM events WHERE admin1 = :admin1 AND event_date BETWEEN :first AND :last "
               "AND geo_precision >= :coarse AND country = :country AND incident_id IS NOT NULL")
# A story's incident: its first event's.
_STORY_INCIDENT = ("UPDATE stories SET incident_id = (SELECT e.incident_id FROM events e WHERE e.story_id = stories.id "
                   "ORDER BY e.article_id, e.id LIMIT 1)")
_INSERT_INCIDENT = (f"INSERT INTO incidents ({', '.join(INCIDENT_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(INCIDENT_COLUMNS))})")
_UPDATE_INCIDENT = f"UPDATE incidents SET {', '.join(f'{column} = ?' for column in INCIDENT_COLUMNS)} WHERE id = ?"


def fuse_event(db: sqlite_utils.Database, event_id: int, utc_offset_hours: float | None = None) -> int:
    """Fuse one archived event into its incident (joined or new), committed, local time told
    by *utc_offset_hours* (as ``insert_articles``); returns the incident's id.
    ``insert_articles`` does this for every event it writes."""
    forget_fusion(db)
    with db.atomic(), incidents.region_time(utc_offset_hours):
        return _fuse(db.conn, event_id)


def _fuse(conn: sqlite3.Connection, event_id: int, members: dict[int, list[dict]] | None = None,
          known: dict[tuple, bool] | None = None) -> int:
    """Event *event_id* joins the incident ``monitor.incidents.settle`` picks among the
    candidates, or starts one, and the reports it settles move; every incident
    changed has its facts recomputed from all its reports (one left empty is removed, its
    alerts keeping their story only). *members* (incident id -> its reports, ``_members``,
    kept as they are written) and *known* (``monitor.incidents.remembering``) keep what was
    read and found for the next events (``fusion_memory``: of later batches too): a precise
    report makes its governorate's coarse reports be placed again among all its incidents,
    read and compared once.
    """
    members = {} if members is None else members
    [report] = _reports(conn, "WHERE e.id = ?", [event_id])

    def near(member: dict, days: tuple[str, str] | None = None, admin1: str | None = None) -> dict[int, list[dict]]:
        """The incidents *member* may join (``_CANDIDATES``) in its date window, or *days*
        (first and last event date) with the coarse reports of governorate *admin1*."""
        window = days or incidents.candidate_dates(member)
        if not window:
            return {}
        where = {"country": member["country"], "first": window[0], "last": window[1],
                 "admin1": admin1 if days else member.get("admin1"),
                 "coarse": 1 if days or member["geo_precision"] > 1 else 2,
                 **_box("near", member, incidents.NEAR_KM), **_box("area", member, incidents.AREA_KM)}
        return _members(conn, {row[0] for row in conn.execute(_CANDIDATES, where)}, members)

    candidates = near(report)

    def governorate(days: dict[str | None, tuple[str, str]]) -> dict[int, list[dict]]:
        """The other incidents of the governorates and days of *days* (governorate -> first
        and last event date: ``monitor.incidents.governorate_days``): where the coarse
        reports the event may move may go."""
        return {n: reports for admin1, window in days.items() for n, reports in near(report, window, admin1).items()
                if n not in candidates}

    chosen, moves = incidents.settle(report, candidates, widen=governorate, known=known, around=near,
                                     reports_of=members.get)
    new = {incidents.NEW_INCIDENT: _join(conn, chosen, report, members)}
    left = set()
    for old, moved, destination in moves:
        members[old] = [other for other in members[old] if other is not moved]
        new[destination] = _join(conn, destination if destination >= 0 else new.get(destination), moved, members)
        left.add(old)
        if moved["story_id"] is not None:
            conn.execute(_STORY_INCIDENT + " WHERE id = ?", [moved["story_id"]])
    for incident_id in left:
        if members[incident_id]:
            _write_incident(conn, incident_id, incidents.incident_facts(members[incident_id]))
        else:
            del members[incident_id]
            conn.execute("UPDATE alerts SET incident_id = NULL WHERE incident_id = ?", [incident_id])
            conn.execute("DELETE FROM incidents WHERE id = ?", [incident_id])
    return new[incidents.NEW_INCIDENT]


def _members(conn: sqlite3.Connection, ids: set[int], read: dict[int, list[dict]]) -> dict[int, list[dict]]:
    """Incident id -> its reports in event order, the incidents in the order of their first
    event; those not in *read* (id -> reports) are read and kept there."""
    unread = sorted(ids - read.keys())
    if unread:
        read.update((n, []) for n in unread)
        for member in _reports(conn, f"WHERE e.incident_id IN ({','.join('?' * len(unread))}) ORDER BY e.id", unread):
            read[member["incident_id"]].append(member)
    return {n: read[n] for n in sorted((n for n in ids if read[n]), key=lambda n: read[n][0]["id"])}


def _join(conn: sqlite3.Connection, incident_id: int | None, report: dict, members: dict[int, list[dict]]) -> int:
    """*report* joins incident *incident_id* (None: a new one; else one of *members*: id ->
    its reports, kept up to date), whose facts are recomputed from all its reports in the
    order of their events, as `monitor rematch` computes them (a coarse report moved here
    may be older than the others); returns the incident's id."""
    reports = sorted([*(members[incident_id] if incident_id else []), report], key=lambda member: member["id"])
    _write_incident(conn, incident_id, incidents.incident_facts(reports))
    incident_id = incident_id or conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    members[incident_id], report["incident_id"] = reports, incident_id
    conn.execute("UPDATE events SET incident_id = ? WHERE id = ?", [incident_id, report["id"]])
    if report["story_id"] is not None:
        conn.execute("UPDATE stories SET incident_id = ? WHERE id = ? AND incident_id IS NULL",
                     [incident_id, report["story_id"]])
    return incident_id


def _box(name: str, report: dict, km: float) -> dict:
    """The bounding box *km* around the report's point, as query parameters ``name_s`` … ``name_e``."""
    lat, lon = report["latitude"], report["longitude"]
    dlat, dlon = km / 110.0, km / (111.3 * max(0.2, math.cos(math.radians(lat))))
    return {f"{name}_s": lat - dlat, f"{name}_n": lat + dlat, f"{name}_w": lon - dlon, f"{name}_e": lon + dlon}


def _write_incident(conn: sqlite3.Connection, incident_id: int | None, facts: dict) -> None:
    values = [json.dumps(facts.get(column), ensure_ascii=False) if column in INCIDENT_LIST_COLUMNS
              else iso(utc_now()) if column == "updated_at" else facts.get(column) for column in INCIDENT_COLUMNS]
    if incident_id is None:
        conn.execute(_INSERT_INCIDENT, values)
    else:
        conn.execute(_UPDATE_INCIDENT, [*values, incident_id])


def _incident(conn: sqlite3.Connection, incident_id: int) -> dict | None:
    cursor = conn.execute("SELECT * FROM incidents WHERE id = ?", [incident_id])
    names = [column[0] for column in cursor.description]
    row = cursor.fetchone()
    return None if row is None else {name: json.loads(value) if name in INCIDENT_LIST_COLUMNS and value else value
                                     for name, value in zip(names, row)}


def _reports(conn: sqlite3.Connection, where: str, params: list) -> list[dict]:
    cursor = conn.execute(f"{_REPORTS} {where}", params)
    names = [column[0] for column in cursor.description]
    return [_decode(dict(zip(names, row))) for row in cursor]


def refuse_incidents(db: sqlite_utils.Database, fused: list[list[tuple]] | None = None,
                     utc_offset_hours: float | None = None) -> tuple[int, int]:
    """Fuse every archived event anew (``monitor rematch``), in one transaction; returns
    (incidents, incidents whose reports changed).

    Events are fused day by day of their event date (``fused_groups``), by
    ``monitor.incidents.Fusion``, the live pipeline's choice; an incident is written once no
    later day can join it, so memory holds a few days of reports, not the archive. An
    incident keeps the id most of its reports had, so its alerts still refer to it; an old
    incident none keeps is removed and its alerts keep their story only (incident_id NULL).

    *fused*: the answers of ``fuse_countries`` in other processes, the countries shared
    among them (``country_shares``), asked once this transaction has begun
    (``begin_refusion``); the incidents are written in the order one fusion of every
    country writes them. Without it the events are fused here, local time told by
    *utc_offset_hours* (as ``insert_articles``).
    """
    forget_fusion(db)
    if not db.conn.in_transaction:
        begin_refusion(db)
    try:
        kept: set[int] = set()    # old ids taken by a re-fused incident
        total = changed = 0
        if fused is None:
            groups = (group for *_, group in fused_groups(db.conn, refusion_days(db)))
        else:
            groups = (_reports(db.conn, f"WHERE e.id IN ({','.join('?' * len(ids))}) ORDER BY e.id", ids)
                      for *_, ids in heapq.merge(*fused, key=lambda found: found[:2]))
        with incidents.region_time(utc_offset_hours):
            for group in groups:
                total += 1
                changed += _write_refused(db.conn, group, kept)
        gone = "incident_id IS NOT NULL AND incident_id NOT IN (SELECT incident_id FROM events WHERE incident_id IS NOT NULL)"
        db.execute(f"UPDATE alerts SET incident_id = NULL WHERE {gone}")
        db.execute("DELETE FROM incidents WHERE id NOT IN (SELECT incident_id FROM events WHERE incident_id IS NOT NULL)")
        db.execute(_STORY_INCIDENT)
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
    return total, changed


def begin_refusion(db: sqlite_utils.Database) -> None:
    """Begin ``refuse_incidents``' transaction, holding the write lock from now on: the
    events other processes fuse for it (``fuse_countries``) are those it writes over."""
    db.conn.execute("BEGIN IMMEDIATE")


def refusion_days(db: sqlite_utils.Database) -> list[str | None]:
    """The archive's event dates in order, None (no date) first: the days of ``fused_groups``."""
    return [day for (day,) in db.execute("SELECT DISTINCT event_date FROM events ORDER BY event_date")]


def country_shares(db: sqlite_utils.Database, count: int) -> list[list[str | None]]:
    """The events' countries in *count* shares of about as many events each (fewer when
    there are fewer countries): reports of two countries never meet in one incident, so
    each share is fused apart (``fuse_countries``).

    >>> from monitor.schema import open_db
    >>> country_shares(open_db(":memory:"), 2)
    []
    """
    totals, shares = [0] * count, [[] for _ in range(count)]
    for country, events in db.execute("SELECT country, count(*) FROM events GROUP BY country ORDER BY 2 DESC, 1"):
        smallest = totals.index(min(totals))   # the largest country left goes to the lightest share
        totals[smallest] += events
        shares[smallest].append(country)
    return [countries for countries in shares if countries]


def fuse_countries(path: str, days: list[str | None], countries: list[str | None],
                   utc_offset_hours: float | None = None) -> list[tuple]:
    """In another process (a worker of ``monitor rematch``): the incidents of the events of
    *countries* in the archive at *path*, fused day by day of *days* (``fused_groups``), local
    time told by *utc_offset_hours* (as ``insert_articles``), each as (when it closed, when it
    formed, its event ids): what ``refuse_incidents`` writes."""
    conn = sqlite3.connect(path)
    try:
        with incidents.region_time(utc_offset_hours):
            return [(closed, formed, [report["id"] for report in group])
                    for closed, formed, group in fused_groups(conn, days, countries)]
    finally:
        conn.close()


def fused_groups(conn: sqlite3.Connection, days: list[str | None], countries: list[str | None] | None = None
                 ) -> Iterator[tuple[int, tuple, list[dict]]]:
    """The events of *countries* (every one: None) fused day by day of *days*, each day's in
    the order the incidents follow (``monitor.incidents.fusion_order``: whatever the order,
    the same incidents, but so no placed report has to move but a coarse one); an incident
    is handed over once no later day can join it (its reports are all two days old), as
    (the index of the day after which it closed, its place in the order incidents formed,
    its reports). Those of two countries, fused apart, merge in that order as one fusion of
    both hands them over (reports of two countries never meet).
    """
    fusion = incidents.Fusion()
    formed: dict[int, tuple] = {}   # incident number -> (the report that formed it, and its nth new one)
    where = "" if countries is None else f" AND ({' OR '.join(['e.country IS ?'] * len(countries))})"

    def closed(index: int, before: str | None) -> Iterator[tuple[int, tuple, list[dict]]]:
        numbers = {id(reports): n for n, reports in fusion.incidents.items()}
        for group in fusion.close(before):
            yield index, formed.pop(numbers[id(group)]), group

    for index, day in enumerate(days):   # NULL (no date) first: each its own incident
        reports = _reports(conn, f"WHERE e.event_date {'IS NULL' if day is None else '= ?'}{where} "
                                 "ORDER BY e.article_id, e.id", [*([day] if day else []), *(countries or [])])
        for report in sorted(reports, key=incidents.fusion_order):
            fusion.add(report)
            new = list(itertools.takewhile(lambda n: n not in formed, reversed(fusion.incidents)))
            formed.update((n, (incidents.fusion_order(report), report["id"], k)) for k, n in enumerate(reversed(new)))
        # no report of a later day joins an incident all of whose reports are before this
        yield from closed(index, (date.fromisoformat(day) + timedelta(days=1 - incidents.DAY_SLACK)).isoformat()
                          if day else None)
    yield from closed(len(days), None)


def _write_refused(conn: sqlite3.Connection, group: list[dict], kept: set[int]) -> bool:
    """Write re-fused incident *group*: under the old id most of its reports had that no
    other incident kept (else a new id); returns whether its reports or facts changed."""
    old = Counter(r["incident_id"] for r in group if r["incident_id"] is not None and r["incident_id"] not in kept)
    incident_id = max(old, key=lambda n: (old[n], -n)) if old else None
    facts = incidents.incident_facts(sorted(group, key=lambda r: r["id"]))
    stored = _incident(conn, incident_id) if incident_id else None
    if incident_id:
        kept.add(incident_id)
    if stored and all(stored[c] == facts[c] for c in INCIDENT_COLUMNS if c != "updated_at") \
            and all(r["incident_id"] == incident_id for r in group):
        return False
    _write_incident(conn, incident_id if stored else None, facts)
    incident_id = incident_id if stored else conn.execute("SELECT last_insert_rowid()").fetchone()[0]
    conn.executemany("UPDATE events SET incident_id = ? WHERE id = ?", [(incident_id, r["id"]) for r in group])
    return True


def _decode(row: dict) -> dict:
    """*row* (a new dict of an event's columns) with its lists decoded, in place."""
    for column in EVENT_LIST_COLUMNS:
        row[column] = json.loads(row[column]) if row[column] and row[column] != "[]" else []
    return row


_INSERT_LOG = ("INSERT INTO fetch_log (at, feed_id, url, status, bytes, elapsed_ms, error, retryable) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def _log(conn: sqlite3.Connection, at, feed_id, url, status, size, elapsed_ms, error, retryable=None) -> None:
    conn.execute(_INSERT_LOG, [iso(at), feed_id, url, status, size, elapsed_ms, error, retryable])



# ---------------------------------------------------------------- alerts (monitor/alerts.py)

def incident_ids_of_article(db: sqlite_utils.Database, article_id: int) -> list[int]:
    """The incidents an archived article's events joined."""
    return [incident_id for (incident_id,) in db.execute(
        "SELECT DISTINCT incident_id FROM events WHERE article_id = ? AND incident_id IS NOT NULL "
        "ORDER BY incident_id", [article_id])]


def recent_incident_ids(db: sqlite_utils.Database, since: str) -> list[int]:
    """Incidents whose facts changed (a report joined) at or after *since*."""
    return [incident_id for (incident_id,) in db.execute(
        "SELECT id FROM incidents WHERE updated_at >= ? ORDER BY id", [since])]


def incident_for_alerts(db: sqlite_utils.Database, incident_id: int) -> dict:
    """What the alert rules look at: the incident row (lists decoded), its reports (events
    with their article's outlet, language, title, url, site and feed name; arrival order)
    and the watchlist terms matched in their articles."""
    members = "a.id IN (SELECT article_id FROM events WHERE incident_id = ?)"
    reports = _reports(db.conn, "WHERE e.incident_id = ? ORDER BY e.id", [incident_id])
    feeds = dict(db.execute(f"SELECT a.id, f.name FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE {members}",
                            [incident_id]).fetchall())
    return {
        "incident": _incident(db.conn, incident_id) or {"id": incident_id},
        "reports": [{**report, "feed_name": feeds.get(report["article_id"])} for report in reports],
        "matches": [tuple(row) for row in db.execute(
            "SELECT DISTINCT m.watchlist, m.term FROM matches m JOIN articles a ON a.id = m.article_id "
            f"WHERE {members} ORDER BY 1, 2", [incident_id])],
    }


def last_alert(db: sqlite_utils.Database, rule: str, incident_id: int) -> dict | None:
    """The latest alert of *rule* about *incident_id* (highest version), or None."""
    rows = list(db.query("SELECT * FROM alerts WHERE rule = ? AND incident_id = ? ORDER BY version DESC LIMIT 1",
                         [rule, incident_id]))
    return rows[0] if rows else None


def alert_version(db: sqlite_utils.Database, rule: str, incident_id: int, version: int) -> dict | None:
    """One version of *rule*'s alert about *incident_id*, or None."""
    rows = list(db.query("SELECT * FROM alerts WHERE rule = ? AND incident_id = ? AND version = ?",
                         [rule, incident_id, version]))
    return rows[0] if rows else None


def insert_alert(db: sqlite_utils.Database, row: dict) -> int | None:
    """Commit a new alert row; None when (rule, incident_id, version) is already recorded."""
    with db.atomic():
        try:
            return db["alerts"].insert(row).last_pk
        except sqlite3.IntegrityError:
            return None


def revise_unsent_alert(db: sqlite_utils.Database, alert_id: int, row: dict) -> bool:
    """Rewrite an alert nobody has tried to deliver yet with newer facts; False when a
    delivery attempt has already claimed it (then the change needs an alert of its own)."""
    values = {key: row[key] for key in ("event_id", "title", "message", "facts", "reported_at")}
    with db.atomic():
        revised = db.execute(
            f"UPDATE alerts SET {', '.join(f'{key} = ?' for key in values)} "
            "WHERE id = ? AND attempts = 0 AND status = 'pending'", [*values.values(), alert_id])
    return revised.rowcount == 1


def due_alerts(db: sqlite_utils.Database, now: str, max_attempts: int) -> list[dict]:
    """Alerts to (re)try now: pending or failed, not given up, their backoff elapsed."""
    return list(db.query(
        "SELECT * FROM alerts WHERE status IN ('pending', 'failed') AND attempts < ? "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id", [max_attempts, now]))


def claim_alert(db: sqlite_utils.Database, alert: dict, now: str) -> dict | None:
    """Count a delivery attempt, committed before sending; returns the claimed row as it
    stands after the claim, or None if another process just claimed it.

    The claim only succeeds while ``attempts`` is what *alert* read, so two deliverers
    (the daemon and ``monitor alerts --send``) never send the same attempt twice. The row
    is read again inside the claim's transaction: a revision (``revise_unsent_alert``)
    committed after *alert* was read is what gets sent, never the outdated text.
    """
    with db.atomic():
        claimed = db.execute("UPDATE alerts SET attempts = attempts + 1, last_attempt_at = ? "
                             "WHERE id = ? AND attempts = ?", [now, alert["id"], alert["attempts"]])
        if claimed.rowcount != 1:
            return None
        return next(db.query("SELECT * FROM alerts WHERE id = ?", [alert["id"]]))


def update_alert(db: sqlite_utils.Database, alert_id: int, values: dict) -> None:
    """Commit new delivery state of one alert (status, attempts, errors, times)."""
    with db.atomic():
        db["alerts"].update(alert_id, values)


def recent_alerts(db: sqlite_utils.Database, limit: int) -> list[dict]:
    return list(db.query("SELECT * FROM alerts ORDER BY id DESC LIMIT ?", [limit]))


def db_file(db: sqlite_utils.Database) -> str:
    """The file behind *db*, for a second connection in another thread."""
    return db.execute("PRAGMA database_list").fetchone()[2]
