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

from datetime import datetime, timedelta

from monitor.store import parse_iso

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

