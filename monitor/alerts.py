"""Alert rules: tell analysts about a story once, and again only when its facts change.

    story = store.story_for_alerts(db, story_id)     # {"story", "events", "articles", "matches"}
    alert = decide(rule, story, store.last_alert(db, rule.name, story_id), now, links=5)
    # -> None, or the alerts row to record: kind 'new' (version 1) or 'update' (version 2, 3 …)

    record_alerts(db, config, story_id)              # every rule over one story; rows committed
    record_article_alerts(db, config, article_id)    # what the pipeline calls per archived article
    record_recent_alerts(db, config)                 # every story seen within alerts.max_age

A story is alerted per rule, not per article: 30 syndicated copies touch one story and
give one alert. What an alert told (``facts``: highest toll, places, corroboration) is
the baseline for the next one; an update is recorded only when the toll rises, a new
place appears or the story reaches the rule's ``corroboration`` threshold. A rule that names
no ``sub_event_types`` alerts on the strike types of ``matching.strike_types`` only, and one
that names no ``places`` on the watched region of ``matching.region`` only.
Delivery is monitor/notify.py's job.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

import sqlite_utils

from monitor import store
from monitor.config import Config, RuleConfig
from monitor.text.normalize import name_key
from monitor.urls import outlet

log = logging.getLogger("monitor.alerts")


def json_list(value) -> list[str]:
    """A JSON-list column (actors, source) as a list; a plain string is a one-item list."""
    if value in (None, ""):
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]


def _any_of(wanted: list[str], have: list[str | None]) -> bool:
    return not wanted or bool({name_key(w) for w in wanted} & {name_key(h) for h in have if h})


def event_matches(rule: RuleConfig, event: dict, story: dict, now: datetime) -> bool:
    """Whether one event meets the rule's event conditions (place, actors, type, toll, time)."""
    actors = [event.get("actor1"), event.get("actor2"), *json_list(event.get("actors"))]
    if not (_any_of(rule.places, [event.get("location"), event.get("admin1"), event.get("country")])
            and _any_of(rule.actors, actors)
            and _any_of(rule.sub_event_types, [event.get("sub_event_type")])):
        return False
    if rule.min_fatalities is not None and (event.get("fatalities") or 0) < rule.min_fatalities:
        return False
    if rule.within is not None:
        when = event.get("event_date") or story["story"].get("last_seen_at")
        if not when or when[:10] < (now - timedelta(seconds=rule.within)).strftime("%Y-%m-%d"):
            return False
    return True


def source_count(story: dict) -> int:
    """Distinct sources carrying the story: ``stories.source_count``, the outlets (hosts, see
    ``monitor.urls.outlet``) the store counts as copies join; the events' copy of that count
    only when the story row has none. Never site or feed names: one outlet is one source.

    >>> source_count({"story": {"source_count": 3}, "events": [{"source_count": 2}]})
    3
    >>> source_count({"story": {"id": 7}, "events": [{"source_count": 2}, {"source_count": None}]})
    2
    """
    return story["story"].get("source_count") or max(
        (event.get("source_count") or 0 for event in story["events"]), default=0)


def story_matches(rule: RuleConfig, story: dict) -> bool:
    """Whether the story meets the rule's story conditions (watchlists, terms, min_sources)."""
    watchlists = [watchlist for watchlist, _ in story["matches"]]
    terms = [term for _, term in story["matches"]]
    return (_any_of(rule.watchlists, watchlists) and _any_of(rule.terms, terms)
            and source_count(story) >= rule.min_sources)


def facts_of(rule: RuleConfig, events: list[dict], sources: int) -> dict:
    """What an alert tells, and what the next update is compared with."""
    tolls = [event["fatalities"] for event in events if event.get("fatalities") is not None]
    return {
        "fatalities": max(tolls) if tolls else None,
        "places": sorted({event["location"] for event in events if event.get("location")}),
        "sources": sources,
        "corroborated": rule.corroboration is not None and sources >= rule.corroboration,
    }


def material_changes(old: dict, new: dict) -> list[str]:
    """What changed enough to tell again; empty when nothing did.

    >>> material_changes({"fatalities": 6, "places": ["Hajin"], "sources": 1, "corroborated": False},
    ...                  {"fatalities": 9, "places": ["Hajin"], "sources": 2, "corroborated": False})
    ['death toll rose from 6 to 9']
    """
    changes = []
    if (new["fatalities"] or 0) > (old["fatalities"] or 0):
        before = "none reported" if old["fatalities"] is None else old["fatalities"]
        changes.append(f"death toll rose from {before} to {new['fatalities']}")
    added = [place for place in new["places"] if place not in old["places"]]
    if added:
        changes.append(f"new place: {', '.join(added)}")
    if new["corroborated"] and not old["corroborated"]:
        changes.append(f"now corroborated by {new['sources']} sources")
    return changes


def decide(rule: RuleConfig, story: dict, last: dict | None, now: datetime, links: int) -> dict | None:
    """The alerts row *rule* wants recorded for *story* now, or None.

    *last* is the rule's latest alert about the story (None: never alerted).
    """
    events = [event for event in story["events"] if event_matches(rule, event, story, now)]
    if not events or not story_matches(rule, story):
        return None
    facts = facts_of(rule, events, source_count(story))
    changes = material_changes(json.loads(last["facts"]), facts) if last else []
    if last and not changes:
        return None
    kind = "update" if last else "new"
    event = max(events, key=lambda e: ((e.get("fatalities") or 0), e["id"]))
    title, message = compose(rule, kind, story, event, facts, changes, links)
    created_at = store.iso(now)
    published = [a.get("published_at") or a.get("fetched_at") for a in story["articles"]]
    reported_at = min(max((p for p in published if p), default=created_at), created_at)
    return {
        "rule": rule.name, "story_id": story["story"]["id"], "event_id": event["id"],
        "severity": rule.severity, "kind": kind, "version": last["version"] + 1 if last else 1,
        "title": title, "message": message, "created_at": created_at, "reported_at": reported_at,
        "status": "pending", "attempts": 0, "facts": json.dumps(facts, ensure_ascii=False),
        "targets": json.dumps(rule.targets), "delivered_to": "[]",
    }


def toll_in_words(killed: int | None, injured: int | None) -> str:
    """A title's toll: the dead, else the injured when only they were reported (the message
    gives both).

    >>> toll_in_words(9, 2), toll_in_words(None, 5), toll_in_words(None, None)
    ('9 killed', '5 injured, no death toll reported', 'no toll reported')
    """
    if killed is None:
        return f"{injured} injured, no death toll reported" if injured else "no toll reported"
    return f"{killed} killed"


def compose(rule: RuleConfig, kind: str, story: dict, event: dict, facts: dict,
            changes: list[str], links: int) -> tuple[str, str]:
    """Title and plain-text message: what, where, how many killed, who reports it, sources, links."""
    what = event.get("sub_event_type") or event.get("event_type") or "Strike"
    where = ", ".join(p for p in (event.get("location"), event.get("admin1"), event.get("country")) if p) \
        or "unknown place"
    killed = "no toll reported" if facts["fatalities"] is None else f"{facts['fatalities']} killed"
    prefix = "UPDATE: " if kind == "update" else ""
    title = f"{prefix}{what} in {where}: {toll_in_words(facts['fatalities'], event.get('injured'))} [{rule.severity}]"
    reporters = sorted({name for e in story["events"] for name in json_list(e.get("source"))})
    names: dict[str, str] = {}   # one name per outlet (host), as the story counts them
    for article in story["articles"]:
        host = outlet(article["url"])
        names.setdefault(host, article.get("site_name") or article.get("feed_name") or host)
    outlets = sorted(names.values())
    lines = [f"What: {what}" + (f" on {event['event_date']}" if event.get("event_date") else "")
             + (f". {event['notes']}" if event.get("notes") else "")]
    if changes:
        lines.append("Changed: " + "; ".join(changes))
    lines.append(f"Where: {where}" + (f" ({event['latitude']:.4f}, {event['longitude']:.4f})"
                                      if event.get("latitude") is not None and event.get("longitude") is not None
                                      else ""))
    lines.append(f"Killed: {killed}" + (f", {event['injured']} injured" if event.get("injured") else ""))
    actors = [a for a in dict.fromkeys([event.get("actor1"), event.get("actor2"), *json_list(event.get("actors"))]) if a]
    if actors:
        lines.append(f"Actors: {', '.join(actors)}")
    lines.append(f"Reported by: {', '.join(reporters) if reporters else 'no attributed source'}")
    lines.append(f"Sources: {facts['sources']}" + (f" ({', '.join(outlets)})" if outlets else ""))
    articles = story["articles"][:links]
    lines.append("Articles:")
    lines.extend(f"- {a.get('title') or a['url']}: {a['url']}" for a in articles)
    if len(story["articles"]) > links:
        lines.append(f"- and {len(story['articles']) - links} more")
    lines.append(f"Rule: {rule.name} · story {story['story']['id']}")
    return title, "\n".join(lines)


def with_defaults(rule: RuleConfig, config: Config) -> RuleConfig:
    """A rule without ``sub_event_types`` alerts on the strike types (``matching.strike_types``)
    only: an IED, a clash or a shot-down drone is archived as an event, never alerted by it.
    A rule without ``places`` alerts on the watched region (``matching.region``) only: a
    strike elsewhere in Syria or Iraq is archived as an event, never alerted by it."""
    defaults = {"sub_event_types": list(config.matching.strike_types), "places": list(config.matching.region)}
    missing = {key: value for key, value in defaults.items() if not getattr(rule, key)}
    return rule.model_copy(update=missing) if missing else rule


def record_alerts(db: sqlite_utils.Database, config: Config, story_id: int,
                  now: datetime | None = None) -> list[int]:
    """Evaluate every rule over one story; commit the alerts due; return their ids."""
    if not config.rules or not store.has_events(db, story_id):   # every rule alerts on an event
        return []
    now = now or store.utc_now()
    story = store.story_for_alerts(db, story_id)
    recorded = []
    for rule in (with_defaults(r, config) for r in config.rules):
        last = store.last_alert(db, rule.name, story_id)
        if last and last["attempts"] == 0 and last["status"] == "pending":
            # Not tried yet (copies arriving within one cycle): it tells the newest facts instead
            # of a second message. Compared with what was told before it, not with itself.
            told = store.alert_version(db, rule.name, story_id, last["version"] - 1)
            row = decide(rule, story, told, now, config.alerts.links)
            if row is None or not material_changes(json.loads(last["facts"]), json.loads(row["facts"])):
                continue
            if store.revise_unsent_alert(db, last["id"], row):
                log.info("alert %d revised before sending: rule=%s story=%d %s", last["id"], rule.name,
                         story_id, row["title"])
                continue
            last = store.last_alert(db, rule.name, story_id)   # a deliverer claimed it meanwhile
        row = decide(rule, story, last, now, config.alerts.links)
        alert_id = row and store.insert_alert(db, row)
        if alert_id:
            recorded.append(alert_id)
            log.info("alert %d recorded: rule=%s story=%d kind=%s %s", alert_id, rule.name, story_id,
                     row["kind"], row["title"])
    return recorded


def record_article_alerts(db: sqlite_utils.Database, config: Config, article_id: int) -> list[int]:
    """Alerts for every story an archived article touches (its own and its events')."""
    if not config.rules:
        return []
    stories = store.story_ids_of_article(db, article_id)
    return [alert_id for story_id in sorted(stories) for alert_id in record_alerts(db, config, story_id)]


def record_recent_alerts(db: sqlite_utils.Database, config: Config, now: datetime | None = None) -> list[int]:
    """Alerts for every story seen within ``alerts.max_age``: the alert cycle's sweep.

    The pipeline records per article as it goes; this catches what it could not (a kill
    between an article's commit and its alert). A story already told records nothing.
    """
    if not config.rules:
        return []
    now = now or store.utc_now()
    since = store.iso(now - timedelta(seconds=config.alerts.max_age))
    return [alert_id for story_id in store.recent_story_ids(db, since)
            for alert_id in record_alerts(db, config, story_id, now)]
