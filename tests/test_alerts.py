"""Alert rules and delivery over a real SQLite archive, sent to a real webhook on 127.0.0.1."""

from __future__ import annotations

import json
import logging
from datetime import timedelta

import pytest

from alerting import add_article, add_event, add_story
from conftest import ALERT_RULES, Receiver, alert_config
from monitor.alerts import decide, material_changes, record_article_alerts
from monitor.config import ConfigError, load_config
from monitor.items import ArticleItem
from monitor.notify import deliver_due
from monitor.schema import open_db
from monitor.store import claim_alert, incident_for_alerts, insert_articles, iso, revise_unsent_alert, utc_now
from monitor.text import analyse


@pytest.fixture
def hook(site, monkeypatch):
    receiver = Receiver(site)
    monkeypatch.setenv("MONITOR_NOTIFY_URL", receiver.url)
    return receiver


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "archive.db")


def config_with(tmp_path, rules: str = ALERT_RULES):
    return load_config(alert_config(tmp_path / "config.yaml", [], rules))


def alerts(db) -> list[dict]:
    return list(db.query("SELECT * FROM alerts ORDER BY id"))


def test_a_syndicated_story_gives_one_alert_that_says_what_where_who(tmp_path, db, hook):
    config = config_with(tmp_path)
    ids = add_story(db, 1, ["Reuters", "AP", "Rudaw"])
    for article_id in ids:                           # every copy passes the pipeline
        record_article_alerts(db, config, article_id)

    assert deliver_due(db, config)["sent"] == 1
    assert deliver_due(db, config)["sent"] == 0      # nothing left to send

    (alert,) = alerts(db)
    assert (alert["kind"], alert["version"], alert["status"], alert["attempts"]) == ("new", 1, "sent", 1)
    assert json.loads(alert["facts"]) == {"fatalities": 9, "place": "Boukamal", "geo_precision": 1, "outlets": 3,
                                          "languages": 1, "corroborated": True}
    assert (alert["incident_id"], alert["story_id"]) == (1, 1)
    (delivery,) = hook.deliveries
    assert delivery["title"] == "Air/drone strike in Boukamal, Deir ez-Zor, Syria: 9 killed [high]"
    message = delivery["message"]
    for told in ("Where: Boukamal, Deir ez-Zor, Syria (34.4536, 40.9367)", "Killed: 9 killed, 3 injured",
                 "Reported by: Deir Ezzor 24, Syrian Observatory for Human Rights",
                 "Sources: reported by 3 outlets (English): AP, Reuters, Rudaw",
                 "Actors: United States, Hezbollah, IRGC",
                 "https://reuters.example/news/1", "https://rudaw.example/news/3"):
        assert told in message


def test_a_higher_death_toll_gives_exactly_one_update(tmp_path, db, hook):
    config = config_with(tmp_path)
    (first,) = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, first)
    deliver_due(db, config)

    later = add_article(db, 1, "AP")                 # a later copy raises the toll to 12
    add_event(db, 1, later, fatalities=12, event_date=db["events"].get(1)["event_date"])
    record_article_alerts(db, config, later)
    record_article_alerts(db, config, later)         # the same facts again: nothing new
    copy = add_article(db, 1, "AP")                  # a copy with a lower figure: no update
    add_event(db, 1, copy, fatalities=10, event_date=db["events"].get(1)["event_date"])
    record_article_alerts(db, config, copy)
    deliver_due(db, config)

    assert [(a["kind"], a["version"], a["status"]) for a in alerts(db)] == [("new", 1, "sent"), ("update", 2, "sent")]
    assert len(hook.deliveries) == 2
    update = hook.deliveries[1]
    assert update["title"].startswith("UPDATE: Air/drone strike in Boukamal")
    assert "Changed: death toll rose from 9 to 12; a second outlet reports it" in update["message"]


def test_an_event_outside_the_rule_gives_no_alert(tmp_path, db, hook):
    config = config_with(tmp_path)
    (article,) = add_story(db, 1, ["Reuters"], event={"location": "Khan Younis", "admin1": "Gaza", "country": "Palestine"})

    assert record_article_alerts(db, config, article) == []
    assert deliver_due(db, config)["sent"] == 0
    assert alerts(db) == [] and hook.posts == []


def test_receiver_failing_then_recovering_ends_with_one_delivery(tmp_path, db, site, monkeypatch):
    hook = Receiver(site, statuses=[500, 200])
    # A password in the URL: it must not reach the log or the database.
    monkeypatch.setenv("MONITOR_NOTIFY_URL", hook.url.replace("json://", "json://analyst:pa55word-xyz@"))
    config = config_with(tmp_path, ALERT_RULES.replace("retry_base: 0s", "retry_base: 1h"))
    (article,) = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, article)
    now = utc_now()

    assert deliver_due(db, config, now)["failed"] == 1
    (alert,) = alerts(db)
    assert alert["status"] == "failed" and alert["attempts"] == 1 and "500" in alert["last_error"]
    assert alert["next_attempt_at"] == iso(now + timedelta(hours=1))
    assert deliver_due(db, config, now) == {"sent": 0, "failed": 0, "skipped": 0, "waiting": 0}  # backing off

    assert deliver_due(db, config, now + timedelta(hours=1))["sent"] == 1

    (alert,) = alerts(db)
    assert (alert["status"], alert["attempts"], alert["last_error"]) == ("sent", 2, None)
    assert [status for status, _ in hook.posts] == [500, 200] and len(hook.deliveries) == 1
    assert hook.posts[0][1]["title"] == hook.posts[1][1]["title"]
    dump = "\n".join(db.iterdump())
    assert "pa55word-xyz" not in dump and "127.0.0.1" not in dump


def test_failure_reasons_are_masked(tmp_path, db, site, monkeypatch, caplog):
    hook = Receiver(site, path="/hook/pa55word-xyz", statuses=[500])
    monkeypatch.setenv("MONITOR_NOTIFY_URL", hook.url)
    config = config_with(tmp_path)
    (article,) = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, article)

    with caplog.at_level(logging.DEBUG):
        deliver_due(db, config)

    (alert,) = alerts(db)
    assert alert["status"] == "failed" and alert["last_error"]
    assert hook.posts and "pa55word-xyz" not in caplog.text + alert["last_error"]
    assert "delivery failed" in caplog.text


def test_backlog_older_than_max_age_is_recorded_but_not_sent(tmp_path, db, hook):
    config = config_with(tmp_path)
    old = add_story(db, 1, ["Reuters"], hours_ago=24 * 5)
    fresh = add_story(db, 2, ["AP"], hours_ago=2)
    for article_id in old + fresh:
        record_article_alerts(db, config, article_id)

    assert deliver_due(db, config) == {"sent": 1, "failed": 0, "skipped": 1, "waiting": 0}
    assert [(a["story_id"], a["status"]) for a in alerts(db)] == [(1, "skipped"), (2, "sent")]
    assert len(hook.deliveries) == 1


def test_unset_target_keeps_the_alert_pending_until_it_is_set(tmp_path, db, site, monkeypatch, caplog):
    monkeypatch.delenv("MONITOR_NOTIFY_URL", raising=False)
    config = config_with(tmp_path)
    (article,) = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, article)

    with caplog.at_level(logging.WARNING):
        assert deliver_due(db, config)["waiting"] == 1
    assert "no target configured: notify.default needs MONITOR_NOTIFY_URL, which is unset" in caplog.text
    (alert,) = alerts(db)
    assert (alert["status"], alert["attempts"]) == ("pending", 0)

    hook = Receiver(site)
    monkeypatch.setenv("MONITOR_NOTIFY_URL", hook.url)
    assert deliver_due(db, config)["sent"] == 1
    assert len(hook.deliveries) == 1 and alerts(db)[0]["status"] == "sent"


def test_rule_conditions(tmp_path, db):
    (article,) = add_story(db, 1, ["Reuters", "AP"][:1])
    story = incident_for_alerts(db, 1)
    now = utc_now()

    def rule(**conditions):
        fields = {"name": "r", "targets": ["default"], **conditions}
        text = "notify: {default: 'json://127.0.0.1/'}\nrules:\n  - " + json.dumps(fields) + "\n"
        path = tmp_path / "rule.yaml"
        path.write_text(text)
        return load_config(path).rules[0]

    def fires(**conditions) -> bool:
        return decide(rule(**conditions), story, None, now, links=5) is not None

    assert fires(places=["deir EZZOR"]) and fires(places=["Syria"]) and fires(places=["Boukamal"])
    assert not fires(places=["Anbar", "Iraq"])
    assert fires(min_fatalities=9) and not fires(min_fatalities=10)
    assert fires(actors=["irgc"]) and not fires(actors=["ISIS"])
    assert fires(sub_event_types=["Air/drone strike"]) and not fires(sub_event_types=["Shelling/artillery/missile attack"])
    assert fires(watchlists=["strike"], terms=["airstrike"]) and not fires(terms=["drone strike"])
    assert fires(min_sources=1) and not fires(min_sources=2)
    assert fires(within="1d")
    db["incidents"].update(1, {"event_date": iso(now - timedelta(days=3))[:10]})
    story = incident_for_alerts(db, 1)
    assert not fires(within="1d") and fires(within="4d")


def test_material_changes():
    base = {"fatalities": None, "place": "Deir ez-Zor", "geo_precision": 3, "outlets": 1, "languages": 1,
            "corroborated": False}
    assert material_changes(base, {**base, "fatalities": 0}) == []
    assert material_changes(base, {**base, "place": "Hama", "geo_precision": 3}) == []
    assert material_changes(base, {**base, "fatalities": 4}) == ["death toll rose from none reported to 4"]
    assert material_changes(base, {**base, "place": "Hajin", "geo_precision": 1}) == [
        "place more precise: Hajin (was Deir ez-Zor)"]
    assert material_changes(base, {**base, "outlets": 2}) == ["a second outlet reports it"]
    assert material_changes({**base, "outlets": 2}, {**base, "outlets": 2, "languages": 2}) == [
        "reported in a second language"]
    assert material_changes({**base, "outlets": 2}, {**base, "outlets": 3, "corroborated": True}) == [
        "now corroborated by 3 outlets"]


def test_corroboration_crossing_the_threshold_gives_one_update(tmp_path, db, hook):
    config = config_with(tmp_path)                  # corroboration: 3
    ids = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, ids[0])
    deliver_due(db, config)
    day = db["events"].get(1)["event_date"]
    for outlet in ["AP", "Rudaw", "AFP"]:
        ids.append(add_article(db, 1, outlet))
        add_event(db, 1, ids[-1], event_date=day)
        record_article_alerts(db, config, ids[-1])
    deliver_due(db, config)

    # the second outlet's update was not sent yet when the third came: one update tells both
    assert [a["kind"] for a in alerts(db)] == ["new", "update"]
    assert "Changed: a second outlet reports it; now corroborated by 3 outlets" in hook.deliveries[1]["message"]


def test_copies_arriving_before_delivery_make_one_message_with_the_newest_facts(tmp_path, db, hook):
    config = config_with(tmp_path)                  # corroboration: 3
    ids = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, ids[0])
    day = db["events"].get(1)["event_date"]
    for outlet in ["AP", "Rudaw"]:
        ids.append(add_article(db, 1, outlet))
        add_event(db, 1, ids[-1], event_date=day, fatalities=12)
        record_article_alerts(db, config, ids[-1])
    deliver_due(db, config)

    assert [(a["kind"], a["version"], a["status"]) for a in alerts(db)] == [("new", 1, "sent")]
    (message,) = hook.deliveries
    assert message["title"].startswith("Air/drone strike in Boukamal") and "12 killed" in message["title"]
    assert "Sources: reported by 3 outlets" in message["message"] and "Changed:" not in message["message"]


def test_rule_targets_must_be_notify_targets(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("notify:\n  ops: 'json://127.0.0.1/x'\n  bad: 'json://${UNCLOSED/x'\nrules:\n"
                    "  - name: r\n    targets: [ops, pager]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    problems = {(p.field, p.line): p.message for p in caught.value.problems}
    assert "write environment variables as ${NAME}" in problems[("notify", 1)]
    path.write_text("notify:\n  ops: 'json://127.0.0.1/x'\nrules:\n  - name: r\n    targets: [ops, pager]\n"
                    "  - name: r\n    targets: [ops]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert len(caught.value.problems) == 2
    problems = {(p.field, p.line): p.message for p in caught.value.problems}
    assert problems[("rules[0].targets[1]", 5)] == "unknown target 'pager'; targets in notify: ops"
    assert problems[("rules[1].name", 6)] == "duplicate rule name 'r' (also rules[0])"


def test_a_claim_returns_the_row_as_revised_after_it_was_read(tmp_path, db, hook):
    config = config_with(tmp_path)
    (article,) = add_story(db, 1, ["Reuters"])
    record_article_alerts(db, config, article)
    (read,) = alerts(db)                                   # a deliverer reads the pending row …
    revised = {**read, "title": "UPDATE: 12 killed", "message": "toll rose to 12"}
    assert revise_unsent_alert(db, read["id"], revised)     # … the daemon revises it meanwhile …

    claimed = claim_alert(db, read, iso(utc_now()))         # … the claim sends the revision
    assert (claimed["title"], claimed["message"], claimed["attempts"]) == ("UPDATE: 12 killed", "toll rose to 12", 1)
    assert claim_alert(db, read, iso(utc_now())) is None    # that attempt is taken
    assert not revise_unsent_alert(db, read["id"], revised)  # and a claimed row is never rewritten


def test_a_rule_without_types_alerts_strikes_only_and_a_listed_type_alerts_too(tmp_path, db, hook):
    """An IED, a clash or a shot-down drone is archived as an event of its ACLED type; the
    shipped rule shape (no sub_event_types) stays quiet about it: matching.strike_types."""
    config = config_with(tmp_path)
    ids = add_story(db, 1, ["Reuters", "AP", "Rudaw"], event={
        "sub_event_type": "Remote explosive/landmine/IED", "event_type": "Explosions/Remote violence"})
    assert record_article_alerts(db, config, ids[0]) == []

    listing = config_with(tmp_path, ALERT_RULES.replace(
        "    corroboration: 3\n", "    corroboration: 3\n    sub_event_types: [Remote explosive/landmine/IED]\n"))
    assert len(record_article_alerts(db, listing, ids[0])) == 1
    assert "Remote explosive/landmine/IED in Boukamal" in alerts(db)[0]["title"]


def test_a_precise_report_of_a_coarse_incident_updates_its_place_once(tmp_path, db, hook):
    config = config_with(tmp_path)
    (coarse,) = add_story(db, 1, ["Reuters"], event={
        "location": "Deir ez-Zor", "geo_precision": 3, "latitude": 35.3359, "longitude": 40.1408})
    record_article_alerts(db, config, coarse)
    deliver_due(db, config)
    day = db["events"].get(1)["event_date"]
    precise = add_article(db, 2, "Reuters")                 # the same outlet names the town later
    add_event(db, 2, precise, event_date=day)
    record_article_alerts(db, config, precise)
    deliver_due(db, config)

    assert [(a["kind"], a["incident_id"]) for a in alerts(db)] == [("new", 1), ("update", 1)]
    assert "Changed: place more precise: Boukamal (was Deir ez-Zor)" in hook.deliveries[1]["message"]
    assert hook.deliveries[1]["title"].startswith("UPDATE: Air/drone strike in Boukamal")
    assert "Where: Deir ez-Zor, Syria (the governorate only)" in hook.deliveries[0]["message"]


def test_reports_coded_and_fused_by_the_store_give_one_new_alert_and_one_update_per_change(tmp_path, db, hook, lexicon):
    """Four reports of one Boukamal strike, each coded by ``analyse`` and archived (and fused) by the store, the
    shipped rule's shape recorded and delivered after each: the Arabic post is the "new" alert; the English wire
    (a second outlet, a second language) one update; the wire's later report of five killed none (the lowest of
    two independent sources is still three); the Arabic outlet's own later count of five one update (both
    sources now say five). Never a second "new" alert."""
    config = config_with(tmp_path)
    db["feeds"].insert({"id": 1, "name": "f", "url": "https://example.com/feed"})
    start = (utc_now() - timedelta(hours=12)).replace(hour=6, minute=0, second=0, microsecond=0)   # 09:00 local, all one day
    told = [("ar", "t.me/deirezzor24", "قصفت طائرة مسيرة مجهولة صباح اليوم موقعاً لميليشيات موالية لإيران في مدينة "
                                       "البوكمال شرقي دير الزور، ما أدى إلى مقتل ثلاثة عناصر، بحسب شبكة دير الزور 24."),
            ("en", "wire.example", "An unidentified drone struck a position of Iran-backed militias in the Syrian border "
                                   "town of Boukamal this morning, killing three fighters, the Syrian Observatory for "
                                   "Human Rights said."),
            ("en", "wire.example", "Five fighters were killed in this morning's drone strike on Iran-backed militias in "
                                   "Boukamal, the Syrian Observatory for Human Rights said, raising its earlier toll "
                                   "of three."),
            ("ar", "t.me/deirezzor24", "مقتل خمسة عناصر من الميليشيات الموالية لإيران بقصف طائرة مسيرة على موقعهم في "
                                       "مدينة البوكمال صباح اليوم، بعد وفاة اثنين من الجرحى.")]
    for n, (language, outlet, text) in enumerate(told):
        published = iso(start + timedelta(hours=n))
        url = f"https://{outlet}/{n}"
        item = ArticleItem(feed_id=1, url=url, link=url, html=None, fetched_at=published, published_at=published,
                           language=language, body=text)
        coding = analyse(text, published, lexicon)
        item.matches, item.events = coding.matches, coding.events
        item.is_strike_report = int(coding.is_strike_report)
        [article_id] = insert_articles(db, [item])
        record_article_alerts(db, config, article_id)
        deliver_due(db, config)

    (incident,) = db.query("SELECT * FROM incidents")
    assert (incident["report_count"], incident["fatalities"]) == (4, 5)
    assert [(a["kind"], a["version"], a["status"], a["incident_id"]) for a in alerts(db)] == [
        ("new", 1, "sent", incident["id"]), ("update", 2, "sent", incident["id"]), ("update", 3, "sent", incident["id"])]
    new, corroborated, risen = hook.deliveries
    assert "Sources: reported by 1 outlet (Arabic)" in new["message"]
    assert "Changed: a second outlet reports it; reported in a second language" in corroborated["message"]
    assert "Changed: death toll rose from 3 to 5" in risen["message"]
