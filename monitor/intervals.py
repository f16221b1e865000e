"""How often a source is polled: its ``interval``, or as often as it publishes (as Miniflux does).

    >>> from datetime import datetime, timezone
    >>> now = datetime(2024, 1, 8, tzinfo=timezone.utc)
    >>> adaptive_interval(["2024-01-07T12:00:00Z"] * 14, now, 300, 3600)
    (3600.0, 'adaptive: 14 entries in 7 days, one every 12h; capped at max_interval 1h')

A source listing N entries published in the last week is polled every week / N, between
``schedule.min_interval`` and ``schedule.max_interval``; one that published nothing that
week waits ``max_interval``. A poll without publication times (a 304, a listing page)
keeps the interval in force.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.store import iso, parse_iso

WEEK_S = 7 * 86400.0


def adaptive_interval(published: list[str], now: datetime, min_s: float, max_s: float
                      ) -> tuple[float, str] | None:
    """(seconds, why) from the entries' ISO publication times; None when none has a time."""
    if not published:
        return None
    since = now - timedelta(seconds=WEEK_S)
    recent = sum(1 for moment in published if parse_iso(moment) >= since)
    if not recent:
        return max_s, f"adaptive: nothing published in 7 days; max_interval {duration(max_s)}"
    every = WEEK_S / recent
    why = f"adaptive: {recent} entries in 7 days, one every {duration(every)}"
    if every < min_s:
        return float(min_s), f"{why}; at least min_interval {duration(min_s)}"
    if every > max_s:
        return float(max_s), f"{why}; capped at max_interval {duration(max_s)}"
    return every, why


def duration(seconds: float) -> str:
    """``5400`` -> ``'1h30m'``; the config's own way of writing durations.

    >>> duration(5400), duration(45), duration(86400 * 2)
    ('1h30m', '45s', '2d')
    """
    seconds = round(seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts[:2]) or "0s"



def cadence(row: dict) -> str:
    """A feed row's interval in force and why: ``every 1m, configured (interval)``."""
    return f"every {duration(row['interval_s'])}, {row['interval_reason'] or 'configured'}"


def planned_poll(row: dict, now: datetime) -> tuple[datetime, str]:
    """When the feed of *row* (a ``feeds`` row) is polled next, and why in words.

    Its interval in force counts from its last poll, so an interval edited shorter takes
    effect at once; a feed backing off after failures waits for its ``next_poll_at``; one
    never polled, or overdue, is polled now.

        >>> now = datetime(2024, 1, 8, 12, 0, tzinfo=timezone.utc)
        >>> row = {"interval_s": 60, "interval_reason": "configured (interval)", "consecutive_failures": 0,
        ...        "last_polled_at": "2024-01-08T11:59:30Z", "next_poll_at": "2024-01-08T12:59:30Z", "last_error": None}
        >>> planned_poll(row, now)
        (datetime.datetime(2024, 1, 8, 12, 0, 30, tzinfo=datetime.timezone.utc), 'every 1m, configured (interval); last polled 2024-01-08T11:59:30Z')
    """
    every = cadence(row)
    planned = parse_iso(row["next_poll_at"]) if row["next_poll_at"] else None
    if not row["last_polled_at"]:
        return now, f"never polled; then {every}"
    last = parse_iso(row["last_polled_at"])
    if row["consecutive_failures"] and planned and planned > now:
        return planned, (f"backing off after {row['consecutive_failures']} failed polls ({row['last_error']}); "
                         f"then {every}")
    due = last + timedelta(seconds=row["interval_s"])
    if planned and planned < due:    # articles of the last poll still to fetch, or an earlier plan
        due = planned
    if due <= now:
        return now, f"due since {iso(due)}; {every}"
    return due, f"{every}; last polled {iso(last)}"
