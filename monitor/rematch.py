"""Re-run matching and event extraction over the archive with the current watchlists,
then fuse every event into incidents anew.

    >>> summary = rematch(db, config, progress=bar.update)   # the live pipeline's functions
    >>> print(summary)

Articles are re-matched in id order; each keeps its own events (as the live pipeline
archives them), and the archive's events are fused in arrival order as the pipeline
fuses them (``store.refuse_incidents``).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from monitor import store
from monitor.config import Config
from monitor.text import analyse, lexicon_for

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
    lexicon = lexicon_for(config)
    if not lexicon.enabled:
        raise ValueError("the config has no watchlists: nothing to match")
    summary = RematchSummary()
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first:first + CHUNK]
        rows = list(db.query(f"SELECT id, body, published_at, fetched_at, story_id, is_strike_report FROM articles "
                             f"WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk))
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
            created, updated, deleted = store.replace_article_events(db, row["id"], row["story_id"],
                                                                     coding.events)
            summary.events_created += created
            summary.events_updated += updated
            summary.events_deleted += deleted
        progress(len(chunk))
    summary.incidents, summary.incidents_changed = store.refuse_incidents(db)
    return summary
