"""The whole path: outlets' feeds on loopback -> `monitor once` -> one story, one incident, one alert.

A strike report syndicated by three outlets is folded into one story carried by three
sources; each copy archives its event, the three fuse into one incident and exactly one
notification; a later copy with a higher death toll gives exactly one update; a regional
non-strike article gives nothing.
"""

from __future__ import annotations

import email.utils
import html
import json
import re
from datetime import datetime, timezone

from conftest import ALERT_RULES, FIXTURES, FixtureSite, Receiver, alert_config, monitor, open_archive, rss, \
    watchlists_config

SEED_PARAGRAPHS = re.findall(r"<p>(.*?)</p>", (FIXTURES / "matching" / "seed_report.html").read_text(encoding="utf-8"),
                             flags=re.S)
OIL_STORY = ("Iraq's oil exports from Kirkuk through the Ceyhan pipeline rose in March, the oil ministry said. "
             "Officials in Baghdad and Erbil met to discuss revenue sharing and the payment of salaries. "
             "Traders expect shipments to grow further once a new pumping station opens near Kirkuk. ") * 3


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<html><head><title>{html.escape(title)}</title></head><body><header><a href='/'>Home</a></header>"
            f"<article><h1>{html.escape(title)}</h1>{body}</article><footer>© Outlet</footer></body></html>")


def publish(site: FixtureSite, articles: dict[str, str]) -> str:
    """Serve *articles* (path -> HTML) and a feed listing them, published now."""
    now = email.utils.format_datetime(datetime.now(timezone.utc), usegmt=True)
    for path, text in articles.items():
        site.add(path, text)
    return site.add("/feed.xml", rss([{"title": path, "link": site.url(path), "pubDate": now} for path in articles]),
                    "application/rss+xml")


def test_syndicated_strike_report_alerts_once_and_a_higher_toll_updates_once(tmp_path):
    outlets = [FixtureSite() for _ in range(3)]
    receiver_site = FixtureSite()
    hook = Receiver(receiver_site)
    try:
        versions = {
            0: page("Airstrikes in eastern Syria near the Iraqi border", SEED_PARAGRAPHS),
            1: page("Strikes hit Iran-backed militias in Boukamal",
                    ["BEIRUT (AP) — " + SEED_PARAGRAPHS[0], *SEED_PARAGRAPHS[1:], "Source: AP"]),
            2: page("Nine killed in strikes on Syria-Iraq border", SEED_PARAGRAPHS[:-1]),
        }
        feeds = []
        for n, site in enumerate(outlets):
            articles = {"/news/strike.html": versions[n]}
            if n == 0:
                articles["/business/oil.html"] = page("Kirkuk oil exports rise", [OIL_STORY])
            feeds.append({"name": f"outlet {n}", "url": publish(site, articles)})
        config = alert_config(tmp_path / "config.yaml", feeds, rules=ALERT_RULES + watchlists_config())
        env = {"MONITOR_NOTIFY_URL": hook.url}

        monitor("once", "--config", str(config), env=env)

        db = open_archive(tmp_path / "archive.db")
        assert db["articles"].count == 4
        strike_story = {row["story_id"] for row in db.query("SELECT story_id FROM articles WHERE url LIKE '%strike%'")}
        assert len(strike_story) == 1
        story = db["stories"].get(strike_story.pop())
        assert (story["article_count"], story["source_count"]) == (3, 3)
        events = list(db.query("SELECT * FROM events"))
        assert [(e["location"], e["fatalities"], e["source_count"]) for e in events] == [("Boukamal", 9, 3)] * 3
        (incident,) = list(db.query("SELECT * FROM incidents"))
        assert {e["incident_id"] for e in events} == {incident["id"]} == {story["incident_id"]}
        assert (incident["location"], incident["fatalities"], incident["report_count"], incident["outlet_count"]) == (
            "Boukamal", 9, 3, 3)
        assert [(a["kind"], a["status"]) for a in db.query("SELECT * FROM alerts ORDER BY id")] == [("new", "sent")]
        (message,) = hook.deliveries
        assert "Boukamal" in message["title"] and "9 killed" in message["title"]
        assert "Sources: reported by 3 outlets (English)" in message["message"]
        assert "Syrian Observatory for Human Rights" in message["message"]

        # A fourth outlet's later version: the toll rose to fourteen.
        revised = [p.replace("nine individuals", "fourteen individuals") for p in SEED_PARAGRAPHS]
        assert revised != SEED_PARAGRAPHS
        outlets.append(FixtureSite())
        feeds.append({"name": "outlet 3", "url": publish(outlets[3], {"/news/strike-toll.html": page(
            "Death toll from Boukamal strikes rises to 14", revised)})})
        alert_config(config, feeds, rules=ALERT_RULES + watchlists_config())

        monitor("once", "--config", str(config), env=env)

        assert [e["fatalities"] for e in db.query("SELECT * FROM events ORDER BY id")] == [9, 9, 9, 14]
        (incident,) = list(db.query("SELECT * FROM incidents"))
        assert (incident["fatalities"], incident["outlet_count"], incident["report_count"]) == (14, 4, 4)
        assert incident["fatalities_rule"].startswith("one source")   # copies of one story: its revision
        assert db["stories"].count == 2                    # the strike story and the oil story
        alerts = [(a["kind"], a["version"], a["status"]) for a in db.query("SELECT * FROM alerts ORDER BY id")]
        assert alerts == [("new", 1, "sent"), ("update", 2, "sent")]
        assert len(hook.deliveries) == 2
        update = hook.deliveries[1]
        assert update["title"].startswith("UPDATE:") and "14 killed" in update["title"]
        assert "death toll rose from 9 to 14" in update["message"]
        assert json.loads(db["alerts"].get(2)["facts"])["fatalities"] == 14
    finally:
        for server in (*outlets, receiver_site):
            server.close()
