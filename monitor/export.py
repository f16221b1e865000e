"""Incidents (or every report's event) as an ACLED-compatible CSV (ACLED's column names and codes).

    >>> import io
    >>> from monitor import store
    >>> from monitor.schema import open_db
    >>> db, out = open_db(":memory:"), io.StringIO()
    >>> write_acled_csv(store.incidents_for_export(db), out)   # one row per incident: none yet
    0
    >>> out.getvalue().split(",")[:5]                          # ACLED's columns
    ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type']
    >>> write_acled_csv(store.all_events(db), out)             # one row per report (--per report)
    0

An incident's row is ACLED's event: one strike, its sources joined (the sources its reports
attribute the facts to, then the outlets carrying it), its notes and figures the
incident's. ACLED codes unknown fatalities as 0; so does this file (the archive keeps NULL).
The date came from a report's text (time_precision 1) or is a publication date (2).
"""

from __future__ import annotations

import csv
import time
from typing import TextIO

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# ISO 3166 numeric and alpha-3 codes of the countries the gazetteer covers.
COUNTRY_CODES = {"Syria": (760, "SYR"), "Iraq": (368, "IRQ"), "Jordan": (400, "JOR"), "Turkey": (792, "TUR")}


def acled_row(event: dict, exported_at: int) -> dict:
    """One event or incident (lists decoded; ``source`` the sources to name) in ACLED's columns."""
    numeric, alpha = COUNTRY_CODES.get(event.get("country"), ("", "XXX"))
    others = [actor for actor in event["actors"] if actor not in (event.get("actor1"), event.get("actor2"))]
    tags = [f"injured={event['injured']}"] if event.get("injured") is not None else []
    if event.get("strike_count"):
        tags.append(f"strikes={event['strike_count']}")
    if event.get("report_count"):
        tags.append(f"reports={event['report_count']}")
    return {
        "event_id_cnty": f"{alpha}{event['id']}",
        "event_date": event.get("event_date"),
        "year": (event.get("event_date") or "")[:4],
        "time_precision": 1 if any(e.get("kind") == "date" for e in event["evidence"]) else 2,
        # ACLED's disorder types: a Disrupted weapons use is a strategic development, not violence
        "disorder_type": "Strategic developments" if event.get("event_type") == "Strategic developments"
        else "Political violence",
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"), "assoc_actor_1": "; ".join(others),
        "actor2": event.get("actor2"),
        "iso": numeric, "region": "Middle East",
        "country": event.get("country"), "admin1": event.get("admin1"), "admin2": event.get("admin2"),
        "location": event.get("location"),
        "latitude": event.get("latitude"), "longitude": event.get("longitude"),
        "geo_precision": event.get("geo_precision"),
        "source": "; ".join(event["source"]),
        "notes": event.get("notes"),
        "fatalities": event.get("fatalities") or 0,
        "tags": "; ".join(tags),
        "timestamp": exported_at,
    }


def write_acled_csv(events: list[dict], out: TextIO) -> int:
    """Write *events* (or incidents) as CSV to *out*; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    exported_at = int(time.time())
    for event in events:
        writer.writerow(acled_row(event, exported_at))
    return len(events)
