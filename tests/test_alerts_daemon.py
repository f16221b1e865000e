"""Alerts in `monitor run`: delivered by their own job, apart from polling, once after a SIGKILL."""

from __future__ import annotations

import subprocess

from alerting import add_story
from conftest import DAEMON_ALERT_RULES, Receiver, alert_config, open_archive, start_daemon, wait_for, watchlists_config
from monitor.schema import open_db
from test_end_to_end import SEED_PARAGRAPHS, page, publish

RULES = DAEMON_ALERT_RULES + watchlists_config()


def alerts(tmp_path) -> list[tuple]:
    return [(a["story_id"], a["status"], a["attempts"]) for a in open_archive(tmp_path / "archive.db").query(
        "SELECT story_id, status, attempts FROM alerts ORDER BY id")]


def test_daemon_killed_while_a_webhook_hangs_then_restarted_delivers_each_alert_once(site, tmp_path):
    feed = publish(site, {"/news/strike.html": page("Airstrikes near the Iraqi border", SEED_PARAGRAPHS)})
    config = alert_config(tmp_path / "config.yaml", [{"name": "outlet", "url": feed, "interval": "1s"}], RULES)
    stuck, good = Receiver(site, path="/stuck"), Receiver(site, path="/good")
    stuck.hang.set()                                   # takes the POST, never answers

    daemon = start_daemon(config, env={"MONITOR_NOTIFY_URL": stuck.url + "?rto=120"}, stdout=subprocess.DEVNULL)
    try:
        wait_for(lambda: stuck.arrived, timeout=90)
        (story_id, *_), = alerts(tmp_path)
        assert alerts(tmp_path) == [(story_id, "pending", 1)]     # claimed and committed before the send
        # The hung delivery holds up no poll: the feed keeps being fetched meanwhile.
        polls = len(site.hits("/feed.xml"))
        wait_for(lambda: len(site.hits("/feed.xml")) >= polls + 2, timeout=30)
    finally:
        daemon.kill()                                               # SIGKILL mid-send
        daemon.wait(timeout=30)
        stuck.release.set()
    # A strike (another day's) committed without its alert, as by a kill between the article and the alert.
    db = open_db(tmp_path / "archive.db")
    add_story(db, 1000, ["Reuters", "AP"], event={"event_date": "2024-01-01"})
    db.conn.close()

    daemon = start_daemon(config, env={"MONITOR_NOTIFY_URL": good.url}, stdout=subprocess.DEVNULL)
    try:
        wait_for(lambda: [status for _, status, _ in alerts(tmp_path)] == ["sent", "sent"], timeout=90)
        daemon.terminate()
        daemon.wait(timeout=30)
    finally:
        if daemon.poll() is None:
            daemon.kill()

    assert daemon.returncode == 0
    assert alerts(tmp_path) == [(story_id, "sent", 2), (1000, "sent", 1)]
    assert len(good.posts) == 2 and len(good.deliveries) == 2
    assert good.deliveries[0]["title"] == stuck.arrived[0]["title"]
    assert "Boukamal" in good.deliveries[1]["title"]
