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
from monitor.text import analyse, lexicon_for
from monitor.text.events import merge_events

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
    lexicon = lexicon_for(config)
    if not lexicon.enabled:
        raise ValueError("the config has no watchlists: nothing to match")
    summary = RematchSummary()
    stories: dict[tuple, tuple[int | None, int, dict | None]] = {}  # story key -> (story id, article id, event)
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first:first + CHUNK]
        rows = db.query(f"SELECT id, body, published_at, fetched_at, story_id, is_strike_report FROM articles "
                        f"WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
        for row in rows:
            coding = analyse(row["body"], row["published_at"] or row["fetched_at"], lexicon)
            matches, decision = coding.matches, coding.decision
            added, removed = store.save_analysis(db, row["id"], matches, int(decision.is_strike_report),
                                                 decision.score)
            summary.articles += 1
            summary.matches_added += added
            summary.matches_removed += removed
            was = bool(row["is_strike_report"])
            summary.new_strike_reports += decision.is_strike_report and not was
            summary.no_longer_strike_reports += was and not decision.is_strike_report
            key = _story_key(row["story_id"], row["id"])
            story_id, article_id, event = stories.get(key, (row["story_id"], row["id"], None))
            if coding.event:
                article_id, event = ((article_id, merge_events(event, coding.event)) if event
                                     else (row["id"], coding.event))
            stories[key] = (story_id, article_id, event)
        progress(len(chunk))
    upto = ids[-1] if ids else 0
    for story_id, article_id, event in stories.values():
        done = store.reconcile_event(db, story_id, article_id, event, upto)
        if done is None:
            summary.stories_left += 1
            continue
        summary.events_created += done[0]
        summary.events_updated += done[1]
        summary.events_deleted += done[2]
    return summary


def _story_key(story_id: int | None, article_id: int) -> tuple:
    """Events are one per story; an article outside any story is its own story."""
    return ("story", story_id) if story_id is not None else ("article", article_id)
