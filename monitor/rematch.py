"""Re-run matching and event extraction over the archive with the current watchlists.

    >>> summary = rematch(db, config, progress=bar.update)   # the live pipeline's functions
    >>> print(summary)

Articles are re-matched in id order; a story's strike reports make one event, merged
in the same order as the live pipeline merged them.

Years of archive (a million articles) take minutes, not hours, in flat memory: the articles
are read in id order a chunk at a time (keyset: ``id > last``, never a list of every id),
analysed in the worker processes (``monitor.workers``, one per core; a few chunks in
flight), and each chunk's results are written in one transaction.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import sqlite_utils

from monitor import store
from monitor.config import Config
from monitor.text.events import merge_events
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
    stories_left: int = 0     # a newer article joined them during the rematch: the daemon's to keep

    def __str__(self) -> str:
        return (f"{self.articles} articles rematched\n"
                f"strike reports: {self.new_strike_reports} new, {self.no_longer_strike_reports} no longer\n"
                f"matches: {self.matches_added} added, {self.matches_removed} removed\n"
                f"events: {self.events_created} created, {self.events_updated} updated, "
                f"{self.events_deleted} deleted"
                + (f"\n{self.stories_left} stories left as the running daemon updated them meanwhile; "
                   "rematch again to include them" if self.stories_left else ""))


def rematch(db: sqlite_utils.Database, config: Config, progress=lambda done: None) -> RematchSummary:
    """Bring every article's matches, decision and its story's event up to the config.

    Safe beside a running daemon: only the articles there when rematch starts are
    re-read, and a story a newer article joined meanwhile keeps what the daemon wrote
    (counted in ``stories_left``). *progress* is called with the number of articles done
    after each chunk.
    """
    summary = RematchSummary()
    stories: dict[tuple, tuple[int | None, int, dict | None]] = {}  # story key -> (story id, article id, event)
    upto = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    workers = Workers(config)
    pending: deque = deque()   # (rows, future of their codings), in id order
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
                pending.append((rows, workers.executor.submit(analyse_in_worker, texts)))
            if not pending:
                break
            rows, future = pending.popleft()
            codings = future.result()
            if codings is None:
                raise ValueError("the config has no watchlists: nothing to match")
            with db.atomic():   # one transaction a chunk
                added, removed = store.save_analyses(db, [
                    (row["id"], coding.matches, int(coding.decision.is_strike_report), coding.decision.score)
                    for row, coding in zip(rows, codings)])
                summary.matches_added += added
                summary.matches_removed += removed
                for row, coding in zip(rows, codings):
                    _rematch_article(row, coding, summary, stories)
            progress(len(rows))
    finally:
        workers.close()
    for story_id, article_id, event in stories.values():
        done = store.reconcile_event(db, story_id, article_id, event, upto)
        if done is None:
            summary.stories_left += 1
            continue
        summary.events_created += done[0]
        summary.events_updated += done[1]
        summary.events_deleted += done[2]
    return summary


def _rematch_article(row: dict, coding, summary: RematchSummary, stories: dict) -> None:
    """Count one article's new decision; keep its event for its story's."""
    decision = coding.decision
    summary.articles += 1
    was = bool(row["is_strike_report"])
    summary.new_strike_reports += decision.is_strike_report and not was
    summary.no_longer_strike_reports += was and not decision.is_strike_report
    key = _story_key(row["story_id"], row["id"])
    story_id, article_id, event = stories.get(key, (row["story_id"], row["id"], None))
    if coding.event:
        article_id, event = ((article_id, merge_events(event, coding.event)) if event
                             else (row["id"], coding.event))
    stories[key] = (story_id, article_id, event)


def _story_key(story_id: int | None, article_id: int) -> tuple:
    """Events are one per story; an article outside any story is its own story."""
    return ("story", story_id) if story_id is not None else ("article", article_id)
