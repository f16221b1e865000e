"""Alerts through the real CLI: delivery at the end of a crawl, after a SIGKILL, and the commands."""

from __future__ import annotations

from click.testing import CliRunner

from alerting import add_story
from conftest import Receiver, alert_config, monitor, open_archive, rss, start_monitor, wait_for
from monitor.alerts import record_article_alerts
from monitor.cli import cli
from monitor.config import load_config
from monitor.schema import open_db


def seeded(tmp_path, feeds=()):
    """A config with the strike-near-border rule and an archive holding one fresh strike story."""
    config_path = alert_config(tmp_path / "config.yaml", list(feeds))
    db = open_db(tmp_path / "archive.db")
    add_story(db, 1, ["Reuters", "AP"])
    return config_path, db


def statuses(tmp_path) -> list[tuple]:
    return [(a["status"], a["attempts"]) for a in open_archive(tmp_path / "archive.db").query(
        "SELECT status, attempts FROM alerts ORDER BY id")]


def test_killed_while_sending_then_restarted_delivers_exactly_once(site, tmp_path):
    config_path, db = seeded(tmp_path)
    db.conn.close()
    stuck = Receiver(site, path="/stuck")
    stuck.hang.set()                              # takes the POST, never answers
    good = Receiver(site, path="/good")

    process = start_monitor("alerts", "--config", str(config_path), "--send",
                            env={"MONITOR_NOTIFY_URL": stuck.url + "?rto=120"})
    try:
        wait_for(lambda: stuck.arrived, timeout=60)
        assert statuses(tmp_path) == [("pending", 1)]     # recorded and committed before the send
        process.kill()                                     # SIGKILL mid-send
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        stuck.release.set()

    first = monitor("alerts", "--config", str(config_path), "--send", env={"MONITOR_NOTIFY_URL": good.url})
    again = monitor("alerts", "--config", str(config_path), "--send", env={"MONITOR_NOTIFY_URL": good.url})

    assert "0 alerts recorded; 1 sent" in first.stdout
    assert "0 alerts recorded; 0 sent" in again.stdout
    assert len(good.deliveries) == 1 and len(good.posts) == 1
    assert good.deliveries[0]["title"] == stuck.arrived[0]["title"]
    assert statuses(tmp_path) == [("sent", 2)]
    assert "strike-near-border" in again.stdout and "sent" in again.stdout


def test_a_poll_cycle_delivers_pending_alerts_once_the_target_is_set(site, tmp_path):
    page = "<html><head><title>Oil</title></head><body><article><p>" + "Oil exports rose in Erbil. " * 30
    site.add("/a", page + "</p></article></body></html>")
    feed = site.add("/feed.xml", rss([{"title": "Oil", "link": site.url("/a")}]), "application/rss+xml")
    config_path, db = seeded(tmp_path, [{"name": "f", "url": feed}])
    record_article_alerts(db, load_config(config_path), 1)
    db.conn.close()
    hook = Receiver(site)

    unset = monitor("once", "--config", str(config_path), env={"MONITOR_NOTIFY_URL": None})
    assert "no target configured: notify.default needs MONITOR_NOTIFY_URL, which is unset" in unset.stderr
    assert statuses(tmp_path) == [("pending", 0)]

    site.add("/feed.xml", rss([]), "application/rss+xml")       # the next cycle: nothing new at all
    monitor("once", "--config", str(config_path), env={"MONITOR_NOTIFY_URL": hook.url})

    assert statuses(tmp_path) == [("sent", 1)] and len(hook.deliveries) == 1
    assert "Boukamal" in hook.deliveries[0]["title"]


def test_test_notify_sends_to_a_target_and_names_what_is_missing(site, tmp_path, monkeypatch):
    config_path = alert_config(tmp_path / "config.yaml", [])
    hook = Receiver(site)
    monkeypatch.setenv("MONITOR_NOTIFY_URL", hook.url)
    runner = CliRunner()

    sent = runner.invoke(cli, ["test-notify", "--config", str(config_path), "default"])
    assert sent.exit_code == 0 and "default: test message sent" in sent.output
    assert hook.deliveries[0]["title"] == "Border-strike monitor: test message"

    unknown = runner.invoke(cli, ["test-notify", "--config", str(config_path), "pager"])
    assert unknown.exit_code == 2 and "unknown target 'pager'; targets in notify: default" in unknown.output

    monkeypatch.delenv("MONITOR_NOTIFY_URL")
    unset = runner.invoke(cli, ["test-notify", "--config", str(config_path), "default"])
    assert unset.exit_code == 2 and "MONITOR_NOTIFY_URL, which is unset" in unset.output

    hook.statuses = [500]
    monkeypatch.setenv("MONITOR_NOTIFY_URL", hook.url)
    failed = runner.invoke(cli, ["test-notify", "--config", str(config_path), "default"])
    assert failed.exit_code == 1 and "error=500" in failed.output
    assert f"default: sending to json://127.0.0.1:{site.port} (notify.default: ${{MONITOR_NOTIFY_URL}}) failed" \
        in failed.output


def test_alerts_lists_the_latest_alerts_with_their_state(tmp_path, monkeypatch):
    monkeypatch.delenv("MONITOR_NOTIFY_URL", raising=False)
    config_path, db = seeded(tmp_path)
    add_story(db, 2, ["Rudaw"], event={"event_date": "2024-01-01"})   # another strike: another incident
    config = load_config(config_path)
    for article_id in (1, 3):
        record_article_alerts(db, config, article_id)

    listed = CliRunner().invoke(cli, ["alerts", "--config", str(config_path), "--limit", "1"])

    assert listed.exit_code == 0, listed.output
    header, *rows = listed.output.splitlines()
    assert header.split()[:7] == ["id", "created", "rule", "severity", "kind", "incident", "status"]
    assert len(rows) == 1 and rows[0].split()[0] == "2"
    assert "strike-near-border  high      new   2         pending" in rows[0]
