"""Seeding an archive with what the dedup, match and events stages write, for alert tests.

    db = open_db(tmp_path / "archive.db")
    ids = add_story(db, 1, outlets=["Outlet A", "Outlet B"], event={"fatalities": 9})

Every copy archives its own event, fused into its incident by the store (as the pipeline
does); the strike's date is the story's publication day unless *event* gives one.
"""

from __future__ import annotations

import json
from datetime import timedelta

from monitor.store import fuse_event, iso, utc_now
from monitor.urls import outlet as outlet_of

STRIKE = {
    "event_date": None, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
    "location": "Boukamal", "admin1": "Deir ez-Zor", "country": "Syria", "latitude": 34.4536,
    "longitude": 40.9367, "geo_precision": 1, "fatalities": 9, "injured": 3,
    "actor1": "United States", "actor2": "Hezbollah", "actors": json.dumps(["United States", "Hezbollah", "IRGC"]),
    "source": json.dumps(["Syrian Observatory for Human Rights", "Deir Ezzor 24"]),
    "notes": "US aircraft struck positions of Iran-backed groups near Boukamal.",
}


def add_article(db, story_id: int | None, outlet: str, hours_ago: float = 1, title: str = "Strike near Boukamal",
                matches=(("strike", "airstrike"), ("places", "Boukamal"))) -> int:
    """One archived copy by *outlet* (its own feed), with its watchlist matches."""
    published = iso(utc_now() - timedelta(hours=hours_ago))
    feed = db["feeds"].lookup({"url": f"https://{outlet.lower().replace(' ', '-')}.example/rss"},
                              {"name": outlet, "created_at": published})
    url = f"https://{outlet.lower().replace(' ', '-')}.example/news/{db['articles'].count + 1}"
    article_id = db["articles"].insert({
        "url": url, "feed_id": feed, "title": f"{title} ({outlet})", "site_name": outlet, "published_at": published,
        "fetched_at": published, "body": "…", "story_id": story_id, "is_strike_report": 1, "language": "en",
        "outlet": outlet_of(url),
    }).last_pk
    db["matches"].insert_all({"article_id": article_id, "watchlist": w, "term": t, "matched_text": t}
                             for w, t in matches)
    return article_id


def add_story(db, story_id: int, outlets: list[str], event: dict | None = None, hours_ago: float = 1) -> list[int]:
    """A story carried by *outlets*, each copy with its event; returns the article ids."""
    ids = [add_article(db, story_id, outlet, hours_ago) for outlet in outlets]
    seen = iso(utc_now() - timedelta(hours=hours_ago))
    db["stories"].insert({"id": story_id, "title": "Strike near Boukamal", "first_seen_at": seen,
                          "last_seen_at": seen, "article_count": len(ids), "source_count": len(outlets),
                          "representative_article_id": ids[0]})
    for article_id in ids:
        add_event(db, story_id, article_id, **{"event_date": seen[:10], **(event or {})})
    return ids


def add_event(db, story_id: int, article_id: int, **fields) -> int:
    """An article's event, fused into its incident."""
    event_id = db["events"].insert({**STRIKE, "article_id": article_id, "story_id": story_id,
                                    "source_count": 1, **fields}).last_pk
    fuse_event(db, event_id)
    return event_id
