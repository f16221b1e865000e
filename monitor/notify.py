"""Delivering recorded alerts through apprise, so that nothing is lost and nothing leaks.

    deliver_due(db, config)                 # send what is due
    alert_cycle(db, config)                 # record what recent stories deserve, then deliver_due
    send_test(config, "default")            # `monitor test-notify`: None or the error

Targets are ``notify:`` entries, name -> apprise URL; ``${ENV_VAR}`` is expanded here, at
send time, so secrets live in the environment only: never in the database, and every
error or log line is masked with the expanded values removed.

Delivery state lives in the alerts row, committed before each step:
- ``pending``: recorded, not yet sent (also while no target is configured: the log says
  so and a later cycle with the variable set delivers it);
- ``failed``: the last attempt failed; retried from ``next_attempt_at`` with exponential
  backoff until ``alerts.max_attempts``;
- ``sent``: every configured target accepted it (``delivered_to`` lists them);
- ``skipped``: the news was older than ``alerts.max_age`` when its turn came: recorded,
  never sent (no storm of old alerts on a first run over a backlog).

A crash before a target accepted the alert leaves the row pending and the next run sends
it once. A crash between a target's acceptance and the commit that marks it (a few
milliseconds) resends it after restart: at-least-once, because a lost strike alert costs
more than a repeated one.
"""

from __future__ import annotations

import json
import logging
import os
import re
from datetime import datetime, timedelta

import sqlite_utils

from monitor import store
from monitor.alerts import record_recent_alerts
from monitor.config import ENV_PLACEHOLDER, Config

log = logging.getLogger("monitor.notify")

NOTIFY_TYPES = {"info": "info", "low": "info", "medium": "warning", "high": "warning", "critical": "failure"}


def expand(template: str, environ=os.environ) -> tuple[str | None, list[str]]:
    """The URL with ``${VAR}`` replaced, or None and the names of the unset variables.

    >>> expand("json://${HOST}/hook", {"HOST": "127.0.0.1:8080"})
    ('json://127.0.0.1:8080/hook', [])
    """
    missing = [name for name in ENV_PLACEHOLDER.findall(template) if not environ.get(name)]
    if missing:
        return None, missing
    return ENV_PLACEHOLDER.sub(lambda m: environ[m.group(1)], template), []


def secrets_of(config: Config, environ=os.environ) -> list[str]:
    """What the notify URLs take from the environment, whole and every word of 8+ characters
    (a token in a path or query may be quoted alone): masked wherever text is logged.

    >>> from monitor.config import load_config
    >>> secrets_of(load_config("config.yaml"), {"MONITOR_NOTIFY_URL": "ntfy://ntfy.sh/border-7f3a9c"})
    ['ntfy://ntfy.sh/border-7f3a9c', 'border-7f3a9c']
    """
    names = {name for template in config.notify.values() for name in ENV_PLACEHOLDER.findall(template)}
    values = [environ[name] for name in names if len(environ.get(name, "")) >= 4]
    words = {word for value in values for word in re.split(r"[^\w~%+-]+", value) if len(word) >= 8}
    return sorted({*values, *words}, key=len, reverse=True)


def mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


class _Masking(logging.Filter):
    """Rewrites a log record with *secrets* masked (apprise and urllib3 quote URLs at DEBUG)."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = mask(record.getMessage(), self.secrets), None
        return True


# "@everyone", "@here", "<@123>" (a user), "<@&456>" (a role): an @ followed by a word. A
# zero-width space after the @ shows the same text and pings nobody (Discord, Slack, apprise's
# own mention detection all need the @ and the name together).
MENTION = re.compile(r"@(?=[&!]?\w)")


def neutral(text: str) -> str:
    """*text* with every mention broken, so a title from a feed cannot ping a channel.

    >>> neutral("Strike @everyone <@&123>") == "Strike @\u200beveryone <@\u200b&123>"
    True
    """
    return MENTION.sub("@\u200b", text)


def send(url: str, title: str, body: str, severity: str = "info", secrets: list[str] = ()) -> str | None:
    """Send one message through apprise; None on success, else apprise's reason, masked.

    Title and body are plain text (apprise escapes them for a service that reads HTML or
    Markdown, so markup in a feed's title shows as typed) with mentions broken (``neutral``).
    """
    import apprise

    masking = _Masking([url, *secrets])
    loggers = [logging.getLogger(name) for name in ("apprise", "urllib3.connectionpool")]
    for logger in loggers:
        logger.addFilter(masking)
    try:
        service = apprise.Apprise()
        if not service.add(url):
            return "not a notification URL apprise understands"
        with apprise.LogCapture(level=logging.WARNING) as captured:
            ok = service.notify(body=neutral(body), title=neutral(title), body_format=apprise.NotifyFormat.TEXT,
                                notify_type=NOTIFY_TYPES.get(severity, "info"))
    except Exception as error:  # a plugin bug must not stop the other alerts
        return mask(f"{type(error).__name__}: {error}", masking.secrets)
    finally:
        for logger in loggers:
            logger.removeFilter(masking)
    if ok:
        return None
    reasons = [line.split(" - ", 2)[-1] for line in captured.getvalue().splitlines() if line.strip()]
    return "; ".join(reasons) or "apprise reported a failed delivery"


def resolve_targets(config: Config, names: list[str]) -> tuple[dict[str, str], list[str]]:
    """Expanded URLs of the configured targets among *names*, and why the others are not."""
    urls, unconfigured = {}, []
    for name in names:
        template = config.notify.get(name)
        if template is None:
            unconfigured.append(f"notify.{name} is not in the config")
            continue
        url, missing = expand(template)
        if url is None:
            unconfigured.append(f"notify.{name} needs {', '.join(missing)}, which is unset")
        else:
            urls[name] = url
    return urls, unconfigured


def backoff(config: Config, attempts: int) -> float:
    """Seconds before retry number *attempts*: retry_base doubling, capped at retry_max."""
    return min(config.alerts.retry_base * 2 ** max(attempts - 1, 0), config.alerts.retry_max)


def deliver_due(db: sqlite_utils.Database, config: Config, now: datetime | None = None) -> dict[str, int]:
    """Send every alert that is due; returns how many ended sent, failed, skipped, waiting."""
    now = now or store.utc_now()
    secrets = secrets_of(config)
    outcome = {"sent": 0, "failed": 0, "skipped": 0, "waiting": 0}
    waiting: dict[str, int] = {}
    oldest = store.iso(now - timedelta(seconds=config.alerts.max_age))
    for alert in store.due_alerts(db, store.iso(now), config.alerts.max_attempts):
        if alert["reported_at"] < oldest:
            store.update_alert(db, alert["id"], {"status": "skipped", "last_error":
                               "older than alerts.max_age when due: recorded, not sent"})
            log.info("alert %d skipped: reported %s, older than alerts.max_age", alert["id"], alert["reported_at"])
            outcome["skipped"] += 1
            continue
        delivered = json.loads(alert["delivered_to"] or "[]")
        urls, unconfigured = resolve_targets(
            config, [name for name in json.loads(alert["targets"]) if name not in delivered])
        if not urls:
            reason = "no target configured: " + "; ".join(unconfigured)
            store.update_alert(db, alert["id"], {"last_error": reason})
            waiting[reason] = waiting.get(reason, 0) + 1
            outcome["waiting"] += 1
            continue
        outcome[_attempt(db, config, alert, urls, delivered, unconfigured, secrets, now)] += 1
    for reason, count in waiting.items():
        log.warning("%d alert(s) recorded and pending, %s", count, reason)
    return outcome


def _attempt(db, config, alert, urls, delivered, unconfigured, secrets, now) -> str:
    """One delivery attempt of one alert to its configured targets; returns the outcome."""
    # Counted before sending: a crash mid-send shows as an attempt without an outcome.
    alert = store.claim_alert(db, alert, store.iso(now))
    if alert is None:
        return "waiting"  # another deliverer (daemon or `monitor alerts --send`) has it
    attempts = alert["attempts"]
    errors = []
    for name, url in urls.items():
        error = send(url, alert["title"], alert["message"], alert["severity"], secrets)
        if error is None:
            delivered.append(name)
            store.update_alert(db, alert["id"], {"delivered_to": json.dumps(delivered)})
            log.info("alert %d sent to %s", alert["id"], name)
        else:
            errors.append(f"{name}: {error}")
    if errors:
        retry = attempts < config.alerts.max_attempts
        next_at = store.iso(now + timedelta(seconds=backoff(config, attempts))) if retry else None
        store.update_alert(db, alert["id"], {"status": "failed", "last_error": "; ".join(errors),
                                             "next_attempt_at": next_at})
        log.warning("alert %d delivery failed (attempt %d, %s): %s", alert["id"], attempts,
                    f"retry at {next_at}" if retry else "giving up", "; ".join(errors))
        return "failed"
    if unconfigured:  # sent where possible; stays pending for the targets still unset
        store.update_alert(db, alert["id"], {"status": "pending", "next_attempt_at": None,
                                             "last_error": "no target configured: " + "; ".join(unconfigured)})
        return "waiting"
    store.update_alert(db, alert["id"], {"status": "sent", "sent_at": store.iso(store.utc_now()),
                                         "last_error": None, "next_attempt_at": None})
    return "sent"


def alert_cycle(db: sqlite_utils.Database, config: Config) -> tuple[int, dict[str, int]]:
    """Record the alerts of stories seen within alerts.max_age, then deliver what is due:
    the daemon's alerts job, the end of ``monitor once`` and ``monitor alerts --send``.
    Returns how many alerts were recorded and ``deliver_due``'s outcome."""
    recorded = record_recent_alerts(db, config)
    return len(recorded), deliver_due(db, config)


def alert_cycle_in(path: str, config: Config) -> tuple[int, dict[str, int]]:
    """``alert_cycle`` on a connection of its own: for a worker thread (sqlite3 connections are per thread)."""
    from monitor.schema import open_db

    db = open_db(path)
    try:
        return alert_cycle(db, config)
    finally:
        db.conn.close()


def send_test(config: Config, target: str) -> str | None:
    """Send a test message to one target; None on success, else a masked reason."""
    urls, unconfigured = resolve_targets(config, [target])
    if not urls:
        return "no target configured: " + "; ".join(unconfigured)
    return send(urls[target], "Border-strike monitor: test message",
                f"Test message to notify target {target!r}. Alerts will arrive like this.",
                secrets=secrets_of(config))
