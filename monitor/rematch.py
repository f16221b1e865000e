"""Re-run matching and event extraction over the archive with the current watchlists,
then fuse every event into incidents anew.

    >>> from monitor.config import load_config
    >>> from monitor.schema import open_db
    >>> summary = rematch(open_db(":memory:"), load_config("config.yaml"), progress=print)   # e.g. bar.update
    >>> print(summary)                                        # of an empty archive
    0 articles rematched
    strike reports: 0 new, 0 no longer
    matches: 0 added, 0 removed
    events: 0 created, 0 updated, 0 deleted
    incidents: 0, 0 of them new or changed

Articles are re-matched in id order; each keeps its own events (as the live pipeline
archives them), and the archive's events are fused in arrival order as the pipeline
fuses them (``store.refuse_incidents``).

Years of archive (a million articles) take minutes, not hours: the articles are read in id
order a chunk at a time (keyset: ``id > last``, never a list of every id), analysed in the
worker processes (``monitor.workers``, one per core; a few chunks in flight), and each
chunk's results are written in one transaction. The re-fusion, most of this process's own
work before, is fused in the workers too, a share of the countries each
(``store.fuse_countries``), and written here in the order one fusion writes it.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass

import sqlite_utils

from monitor import store
from monitor.config import Config
from monitor.workers import Workers, analyse_in_worker

CHUNK = 200
IN_FLIGHT = 2   # chunks per worker handed out ahead: no worker waits for the writes


@dataclass
class RematchSummary:
    articles: int = 0
    new_strike_reports: int = 0
    no_longer_strike_reports: int = 0
    matches_added: int = 0
    matches_removed: int = 0
    events_created: int = 0
    events_updated: int = 0
    events_deleted: int = 0
    incidents: int = 0
    incidents_changed: int = 0

    def __str__(self) -> str:
        return (f"{self.articles} articles rematched\n"
                f"strike reports: {self.new_strike_reports} new, {self.no_longer_strike_reports} no longer\n"
                f"matches: {self.matches_added} added, {self.matches_removed} removed\n"
                f"events: {self.events_created} created, {self.events_updated} updated, "
                f"{self.events_deleted} deleted\n"
                f"incidents: {self.incidents}, {self.incidents_changed} of them new or changed")


def rematch(db: sqlite_utils.Database, config: Config, progress=lambda done: None) -> RematchSummary:
    """Bring every article's matches, decision and events up to the config, then re-fuse
    the incidents.

    Safe beside a running daemon: only the articles there when rematch starts are
    re-read (an archived article's events are final, the daemon never rewrites them), and
    the re-fusion, one transaction, takes in the events the daemon added meanwhile.
    *progress* is called with the number of articles done after each chunk.
    """
    summary = RematchSummary()
    upto = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    workers = Workers(config)
    loop = asyncio.new_event_loop()   # the workers' calls are answered on it, while this waits for one
    pending: deque = deque()   # (rows, task of their codings), in id order
    last = 0
    try:
        while True:
            while len(pending) < IN_FLIGHT * workers.count and last < upto:
                rows = list(db.query("SELECT id, body, published_at, fetched_at, story_id, is_strike_report "
                                     "FROM articles WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
                                     [last, upto, CHUNK]))
                if not rows:
                    break
                last = rows[-1]["id"]
                texts = [(row["body"], row["published_at"] or row["fetched_at"]) for row in rows]
                pending.append((rows, loop.create_task(workers.call(analyse_in_worker, texts))))
            if not pending:
                break
            rows, task = pending.popleft()
            codings = loop.run_until_complete(task)
            if codings is None:
                raise ValueError("the config has no watchlists: nothing to match")
            with db.atomic():   # one transaction a chunk
                added, removed = store.save_analyses(db, [
                    (row["id"], coding.matches, int(coding.decision.is_strike_report), coding.decision.score)
                    for row, coding in zip(rows, codings)])
                summary.matches_added += added
                summary.matches_removed += removed
                for row, coding in zip(rows, codings):
                    _rematch_article(db, row, coding, summary)
            progress(len(rows))
        summary.incidents, summary.incidents_changed = _refuse(db, workers, loop, config.matching.utc_offset_hours)
    finally:
        workers.close()
        loop.run_until_complete(workers.wait_closed())
        loop.close()
    return summary


def _refuse(db: sqlite_utils.Database, workers: Workers, loop: asyncio.AbstractEventLoop,
            utc_offset_hours: float) -> tuple[int, int]:
    """``store.refuse_incidents``, the countries fused in the workers side by side (the
    fusion is most of a rematch's own work: 55 s of CPU at 100,000 articles, bench/archive_scale.py);
    here when the archive is in memory (no file a worker could read), of one country or one worker;
    local time told by *utc_offset_hours* (config.yaml's matching.utc_offset_hours)."""
    path = store.db_file(db)
    store.begin_refusion(db)
    shares = store.country_shares(db, workers.count)
    if not path or len(shares) < 2:
        return store.refuse_incidents(db, utc_offset_hours=utc_offset_hours)
    days = store.refusion_days(db)
    calls = [loop.create_task(workers.call(store.fuse_countries, path, days, countries, utc_offset_hours))
             for countries in shares]
    try:
        fused = [loop.run_until_complete(call) for call in calls]
    except BaseException:   # a worker killed, say: nothing written, the write lock let go
        db.conn.rollback()
        raise
    return store.refuse_incidents(db, fused)


def _rematch_article(db: sqlite_utils.Database, row: dict, coding, summary: RematchSummary) -> None:
    """Count one article's new decision and replace its events."""
    decision = coding.decision
    summary.articles += 1
    was = bool(row["is_strike_report"])
    summary.new_strike_reports += decision.is_strike_report and not was
    summary.no_longer_strike_reports += was and not decision.is_strike_report
    created, updated, deleted = store.replace_article_events(db, row["id"], row["story_id"], coding.events)
    summary.events_created += created
    summary.events_updated += updated
    summary.events_deleted += deleted
