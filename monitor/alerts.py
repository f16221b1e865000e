"""Alert rules: tell analysts about an incident once, and again only when its facts change.

    incident = store.incident_for_alerts(db, incident_id)   # {"incident", "reports", "matches"}
    alert = decide(rule, incident, store.last_alert(db, rule.name, incident_id), now, links=5)
    # -> None, or the alerts row to record: kind 'new' (version 1) or 'update' (version 2, 3 …)

    record_alerts(db, config, incident_id)          # every rule over one incident; rows committed
    record_article_alerts(db, config, article_id)   # what the pipeline calls per archived article
    record_recent_alerts(db, config)                # every incident changed within alerts.max_age

An incident (monitor/incidents.py: every report of one strike, copies, other outlets,
other languages) is alerted per rule, not per report: 30 syndicated copies and an Arabic
post of the same strike give one alert. What an alert told (``facts``: toll, place and
its precision, outlets, languages) is the baseline for the next one; an update is
recorded only when the toll rises, the place gets more precise, or the incident is
corroborated: a second outlet, a second language, the rule's ``corroboration`` outlets.
A rule that names no ``sub_event_types`` alerts on the strike types of
``matching.strike_types`` only, and one that names no ``places`` on the watched region of
``matching.region`` only. Delivery is monitor/notify.py's job.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

import sqlite_utils

from monitor import store
from monitor.config import Config, RuleConfig
from monitor.incidents import corroboration, outlets_by_language, place_named, reported_at
from monitor.normalize import name_key

log = logging.getLogger("monitor.alerts")
PRECISION_WORDS = {1: "", 2: " (the area)", 3: " (the governorate only)"}


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


def incident_matches(rule: RuleConfig, incident: dict, now: datetime) -> bool:
    """Whether the incident's facts meet the rule's conditions: place, actors, type, toll,
    time; watchlists and terms matched in its reports; min_sources outlets."""
    facts = incident["incident"]
    actors = [facts.get("actor1"), facts.get("actor2"), *json_list(facts.get("actors"))]
    if not (_any_of(rule.places, [facts.get("location"), facts.get("admin2"), facts.get("admin1"),
                                  facts.get("country")])
            and _any_of(rule.actors, actors)
            and _any_of(rule.sub_event_types, [report.get("sub_event_type") for report in incident["reports"]])):
        return False
    if rule.min_fatalities is not None and (facts.get("fatalities") or 0) < rule.min_fatalities:
        return False
    if rule.within is not None:
        when = facts.get("event_date") or facts.get("last_reported_at")
        if not when or when[:10] < (now - timedelta(seconds=rule.within)).strftime("%Y-%m-%d"):
            return False
    watchlists = [watchlist for watchlist, _ in incident["matches"]]
    terms = [term for _, term in incident["matches"]]
    return (_any_of(rule.watchlists, watchlists) and _any_of(rule.terms, terms)
            and (facts.get("outlet_count") or 0) >= rule.min_sources)


def facts_of(rule: RuleConfig, incident: dict) -> dict:
    """What an alert tells, and what the next update is compared with."""
    facts = incident["incident"]
    outlets = facts.get("outlet_count") or 0
    return {
        "fatalities": facts.get("fatalities"), "place": facts.get("location"),
        "geo_precision": facts.get("geo_precision"), "outlets": outlets,
        "languages": len(facts.get("languages") or []),
        "corroborated": rule.corroboration is not None and outlets >= rule.corroboration,
    }


def material_changes(old: dict, new: dict) -> list[str]:
    """What changed enough to tell again; empty when nothing did.

    >>> told = {"fatalities": 6, "place": "Hajin", "geo_precision": 1, "outlets": 1, "languages": 1,
    ...         "corroborated": False}
    >>> material_changes(told, {**told, "fatalities": 9, "outlets": 2, "languages": 2})
    ['death toll rose from 6 to 9', 'a second outlet reports it', 'reported in a second language']
    """
    changes = []
    if (new["fatalities"] or 0) > (old["fatalities"] or 0):
        before = "none reported" if old["fatalities"] is None else old["fatalities"]
        changes.append(f"death toll rose from {before} to {new['fatalities']}")
    if (new["geo_precision"] or 9) < (old["geo_precision"] or 9):
        changes.append(f"place more precise: {new['place']} (was {old['place'] or 'unlocated'})")
    if new["outlets"] >= 2 > old["outlets"]:
        changes.append("a second outlet reports it")
    if new["languages"] >= 2 > old["languages"]:
        changes.append("reported in a second language")
    if new["corroborated"] and not old["corroborated"]:
        changes.append(f"now corroborated by {new['outlets']} outlets")
    return changes


def decide(rule: RuleConfig, incident: dict, last: dict | None, now: datetime, links: int) -> dict | None:
    """The alerts row *rule* wants recorded for *incident* now, or None.

    *last* is the rule's latest alert about the incident (None: never alerted).
    """
    if not incident["reports"] or not incident_matches(rule, incident, now):
        return None
    facts = facts_of(rule, incident)
    changes = material_changes(json.loads(last["facts"]), facts) if last else []
    if last and not changes:
        return None
    kind = "update" if last else "new"
    title, message = compose(rule, kind, incident, changes, links)
    created_at = store.iso(now)
    published = [reported_at(r) for r in incident["reports"]]
    reported = min(max((p for p in published if p), default=created_at), created_at)
    first, latest = incident["reports"][0], incident["reports"][-1]
    return {
        "rule": rule.name, "incident_id": incident["incident"]["id"], "story_id": first.get("story_id"),
        "event_id": latest["id"], "severity": rule.severity, "kind": kind,
        "version": last["version"] + 1 if last else 1,
        "title": title, "message": message, "created_at": created_at, "reported_at": reported,
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


def compose(rule: RuleConfig, kind: str, incident: dict, changes: list[str], links: int) -> tuple[str, str]:
    """Title and plain-text message: what, where, how many killed, who reports it, in which
    languages, links."""
    facts, reports = incident["incident"], incident["reports"]
    what = facts.get("sub_event_type") or facts.get("event_type") or "Strike"
    where = ", ".join(dict.fromkeys(p for p in (place_named(facts), facts.get("admin1"), facts.get("country")) if p)) \
        or "unknown place"
    killed = "no toll reported" if facts.get("fatalities") is None else f"{facts['fatalities']} killed"
    prefix = "UPDATE: " if kind == "update" else ""
    title = f"{prefix}{what} in {where}: {toll_in_words(facts.get('fatalities'), facts.get('injured'))} [{rule.severity}]"
    attributed = sorted({name for r in reports for name in json_list(r.get("source"))})
    names: dict[str, str] = {}   # one name per outlet, as the incident counts them
    for report in reports:
        names.setdefault(report.get("outlet") or report["url"],
                         report.get("site_name") or report.get("feed_name") or report.get("outlet") or report["url"])
    lines = [f"What: {what}" + (f" on {facts['event_date']}" if facts.get("event_date") else "")]
    if changes:
        lines.append("Changed: " + "; ".join(changes))
    lines.append(f"Where: {where}" + PRECISION_WORDS.get(facts.get("geo_precision"), "")
                 + (f" ({facts['latitude']:.4f}, {facts['longitude']:.4f})"
                    if facts.get("latitude") is not None and facts.get("longitude") is not None else ""))
    lines.append(f"Killed: {killed}" + (f", {facts['injured']} injured" if facts.get("injured") else "")
                 + (f" ({facts['fatalities_rule']})" if facts.get("fatalities") is not None else ""))
    actors = [a for a in dict.fromkeys([facts.get("actor1"), facts.get("actor2"), *json_list(facts.get("actors"))]) if a]
    if actors:
        lines.append(f"Actors: {', '.join(actors)}")
    lines.append(f"Reported by: {', '.join(attributed) if attributed else 'no attributed source'}")
    lines.append(f"Sources: {corroboration(outlets_by_language(reports))}: {', '.join(sorted(names.values()))}")
    articles = list({r["article_id"]: r for r in reports}.values())
    lines.append("Articles:")
    lines.extend(f"- {a.get('title') or a['url']}: {a['url']}" for a in articles[:links])
    if len(articles) > links:
        lines.append(f"- and {len(articles) - links} more")
    lines.append(f"Rule: {rule.name} · incident {facts['id']}")
    return title, "\n".join(lines)


def with_defaults(rule: RuleConfig, config: Config) -> RuleConfig:
    """A rule without ``sub_event_types`` alerts on the strike types (``matching.strike_types``)
    only: an IED, a clash or a shot-down drone is archived as an event, never alerted by it.
    A rule without ``places`` alerts on the watched region (``matching.region``) only: a
    strike elsewhere in Syria or Iraq is archived as an event, never alerted by it."""
    defaults = {"sub_event_types": list(config.matching.strike_types), "places": list(config.matching.region)}
    missing = {key: value for key, value in defaults.items() if not getattr(rule, key)}
    return rule.model_copy(update=missing) if missing else rule


def record_alerts(db: sqlite_utils.Database, config: Config, incident_id: int,
                  now: datetime | None = None) -> list[int]:
    """Evaluate every rule over one incident; commit the alerts due; return their ids."""
    if not config.rules:
        return []
    now = now or store.utc_now()
    incident = store.incident_for_alerts(db, incident_id)
    recorded = []
    for rule in (with_defaults(r, config) for r in config.rules):
        last = store.last_alert(db, rule.name, incident_id)
        if last and last["attempts"] == 0 and last["status"] == "pending":
            # Not tried yet (reports arriving within one cycle): it tells the newest facts instead
            # of a second message. Compared with what was told before it, not with itself.
            told = store.alert_version(db, rule.name, incident_id, last["version"] - 1)
            row = decide(rule, incident, told, now, config.alerts.links)
            if row is None or not material_changes(json.loads(last["facts"]), json.loads(row["facts"])):
                continue
            if store.revise_unsent_alert(db, last["id"], row):
                log.info("alert %d revised before sending: rule=%s incident=%d %s", last["id"], rule.name,
                         incident_id, row["title"])
                continue
            last = store.last_alert(db, rule.name, incident_id)   # a deliverer claimed it meanwhile
        row = decide(rule, incident, last, now, config.alerts.links)
        alert_id = row and store.insert_alert(db, row)
        if alert_id:
            recorded.append(alert_id)
            log.info("alert %d recorded: rule=%s incident=%d kind=%s %s", alert_id, rule.name, incident_id,
                     row["kind"], row["title"])
    return recorded


def record_article_alerts(db: sqlite_utils.Database, config: Config, article_id: int) -> list[int]:
    """Alerts for every incident an archived article's events joined."""
    if not config.rules:
        return []
    return [alert_id for incident_id in store.incident_ids_of_article(db, article_id)
            for alert_id in record_alerts(db, config, incident_id)]


def record_recent_alerts(db: sqlite_utils.Database, config: Config, now: datetime | None = None) -> list[int]:
    """Alerts for every incident changed within ``alerts.max_age``: the alert cycle's sweep.

    The pipeline records per article as it goes; this catches what it could not (a kill
    between an article's commit and its alert). An incident already told records nothing.
    """
    if not config.rules:
        return []
    now = now or store.utc_now()
    since = store.iso(now - timedelta(seconds=config.alerts.max_age))
    return [alert_id for incident_id in store.recent_incident_ids(db, since)
            for alert_id in record_alerts(db, config, incident_id, now)]
