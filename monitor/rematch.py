"""Re-run matching and event extraction over the archive with the current watchlists.

    >>> summary = rematch(db, config, progress=bar.update)   # the live pipeline's functions
    >>> print(summary)

Articles are re-matched in id order; a story's strike reports make one event, merged
in the same order as the live pipeline merged them.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from monitor import store
from monitor.config import Config
from monitor.events import build_event, merge_events
from monitor.match import compiled_for, match_article

CHUNK = 200


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

    def __str__(self) -> str:
        return (f"{self.articles} articles rematched\n"
                f"strike reports: {self.new_strike_reports} new, {self.no_longer_strike_reports} no longer\n"
                f"matches: {self.matches_added} added, {self.matches_removed} removed\n"
                f"events: {self.events_created} created, {self.events_updated} updated, "
                f"{self.events_deleted} deleted")


def rematch(db: sqlite_utils.Database, config: Config, progress=lambda done: None) -> RematchSummary:
    """Bring every article's matches, decision and its story's event up to the config."""
    compiled = compiled_for(config)
    if not compiled.enabled:
        raise ValueError("the config has no watchlists: nothing to match")
    summary = RematchSummary()
    wanted: dict[tuple, tuple[int, int | None, dict]] = {}   # story key -> (article id, story id, event)
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first:first + CHUNK]
        rows = db.query(f"SELECT id, body, published_at, fetched_at, story_id, is_strike_report FROM articles "
                        f"WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
        for row in rows:
            matches, decision = match_article(row["body"], compiled)
            added, removed = store.save_analysis(db, row["id"], matches, int(decision.is_strike_report),
                                                 decision.score)
            summary.articles += 1
            summary.matches_added += added
            summary.matches_removed += removed
            was = bool(row["is_strike_report"])
            summary.new_strike_reports += decision.is_strike_report and not was
            summary.no_longer_strike_reports += was and not decision.is_strike_report
            if decision.is_strike_report:
                event = build_event(row["body"], row["published_at"] or row["fetched_at"], matches, compiled,
                                    decision.score)
                key = _story_key(row["story_id"], row["id"])
                if key in wanted:
                    article_id, story_id, earlier = wanted[key]
                    wanted[key] = (article_id, story_id, merge_events(earlier, event))
                else:
                    wanted[key] = (row["id"], row["story_id"], event)
        progress(len(chunk))
    _reconcile_events(db, wanted, summary)
    return summary


def _reconcile_events(db, wanted: dict, summary: RematchSummary) -> None:
    existing: dict[tuple, list[dict]] = {}
    for event in store.all_events(db):
        existing.setdefault(_story_key(event["story_id"], event["article_id"]), []).append(event)
    for key in existing.keys() - wanted.keys():
        for event in existing[key]:
            store.save_event(db, event["id"], event["article_id"], event["story_id"], None)
            summary.events_deleted += 1
    for key, (article_id, story_id, event) in wanted.items():
        rows = existing.get(key, [])
        if not rows:
            store.save_event(db, None, article_id, story_id, event)
            summary.events_created += 1
            continue
        for extra in rows[1:]:
            store.save_event(db, extra["id"], extra["article_id"], extra["story_id"], None)
            summary.events_deleted += 1
        if store.event_row(rows[0]) != store.event_row(event) or rows[0]["article_id"] != article_id:
            store.save_event(db, rows[0]["id"], article_id, story_id, event)
            summary.events_updated += 1


def _story_key(story_id: int | None, article_id: int) -> tuple:
    """Events are one per story; an article outside any story is its own story."""
    return ("story", story_id) if story_id is not None else ("article", article_id)
