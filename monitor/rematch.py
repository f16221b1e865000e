"""Re-run matching and event extraction over the archive with the current watchlists.

    >>> summary = rematch(db, config, progress=bar.update)   # the live pipeline's functions
    >>> print(summary)

Articles are re-matched in id order; a story's events are those of its first article with
each later copy's first event merged into the first and its other events added, in the
same order as the live pipeline wrote them.
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
    """Bring every article's matches, decision and its story's events up to the config.

    Safe beside a running daemon: only the articles there when rematch starts are
    re-read, and a story a newer article joined meanwhile keeps what the daemon wrote
    (counted in ``stories_left``). *progress* is called with the number of articles done
    after each chunk.
    """
    lexicon = lexicon_for(config)
    if not lexicon.enabled:
        raise ValueError("the config has no watchlists: nothing to match")
    summary = RematchSummary()
    # story key -> (story id, first article id, [(article id, event)])
    stories: dict[tuple, tuple[int | None, int, list[tuple[int, dict]]]] = {}
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
            story_id, article_id, events = stories.get(key, (row["story_id"], row["id"], []))
            found = [(row["id"], event) for event in coding.events]
            if found and events:
                found[0] = (events[0][0], merge_events(events[0][1], found[0][1]))
                events = [found[0], *events[1:], *found[1:]]
            stories[key] = (story_id, article_id, events or found)
        progress(len(chunk))
    upto = ids[-1] if ids else 0
    for story_id, article_id, events in stories.values():
        done = store.reconcile_events(db, story_id, article_id, events, upto)
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
