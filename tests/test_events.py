"""Strike reports end to end: loopback pages -> `monitor once` -> matches and events rows;
`monitor rematch` after a watchlist edit; `monitor export-events`; invalid watchlist edits."""

from __future__ import annotations

import csv
import email.utils
import html
import io
import json
from datetime import datetime, timezone

from click.testing import CliRunner

from conftest import FIXTURES, ROOT, matching_cases, monitor, open_archive, rss, watchlists_config, write_config
from monitor import store
from monitor.cli import cli
from monitor.config import load_config
from monitor.items import ArticleItem
from monitor.rematch import rematch
from monitor.schema import open_db
from monitor.text import analyse, lexicon_for


def serve_reports(site, reports) -> str:
    """Each report as an HTML page with its publication date in the feed; returns the feed URL."""
    items = []
    for report in reports:
        page = (f"<html><head><title>{html.escape(report['title'])}</title></head><body><article>"
                f"<h1>{html.escape(report['title'])}</h1><p>{html.escape(report['body'].strip())}</p>"
                f"</article></body></html>")
        path = f"/news/{report['id']}.html"
        site.add(path, page)
        stamp = report["published"]   # a day (published mid-morning) or a UTC time
        published = (stamp if isinstance(stamp, datetime) else datetime(stamp.year, stamp.month, stamp.day, 10)
                     ).replace(tzinfo=timezone.utc)
        items.append({"title": report["title"], "link": site.url(path), "description": report["body"].strip(),
                      "pubDate": email.utils.format_datetime(published, usegmt=True)})
    return site.add("/feed.xml", rss(items), "application/rss+xml")


def events_by_url(db) -> dict[str, list[dict]]:
    rows = db.query("SELECT articles.url, events.* FROM events JOIN articles ON articles.id = events.article_id")
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["url"], []).append(row)
    return found


def test_seed_report_becomes_one_strike_event(site, tmp_path):
    site.add("/news/boukamal.html", (FIXTURES / "matching" / "seed_report.html").read_bytes())
    site.add("/feed.xml", rss([{"title": "Airstrikes in eastern Syria", "link": site.url("/news/boukamal.html")}]),
             "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                          extra=watchlists_config())

    monitor("once", "--config", str(config))

    db = open_archive(tmp_path / "archive.db")
    article = next(db.query("SELECT * FROM articles"))
    assert article["is_strike_report"] == 1 and article["match_score"] >= 1
    events = list(db.query("SELECT * FROM events"))
    assert len(events) == 1
    event = events[0]
    assert (event["location"], event["admin1"], event["country"]) == ("Boukamal", "Deir ez-Zor", "Syria")
    assert abs(event["latitude"] - 34.45) < 0.1 and abs(event["longitude"] - 40.92) < 0.1
    assert event["event_type"] == "Explosions/Remote violence"
    assert event["sub_event_type"] == "Air/drone strike"
    assert event["fatalities"] == 9
    evidence = json.loads(event["evidence"])
    assert any(e["kind"] == "killed" and e["figure"] == 6 and "six militants" in e["sentence"] for e in evidence)
    assert {"Hezbollah", "IRGC", "United States"} <= set(json.loads(event["actors"]))
    assert {"Deir Ezzor 24", "Syrian Observatory for Human Rights"} <= set(json.loads(event["source"]))
    assert event["event_date"] == "2024-01-01"
    assert event["article_id"] == article["id"] and event["notes"].startswith("Air/drone strike in Boukamal")
    # every match points at its own text in the stored body
    matches = list(db.query("SELECT * FROM matches WHERE article_id = ?", [article["id"]]))
    assert {"strike", "places", "actors", "sources"} <= {m["watchlist"] for m in matches}
    for match in matches:
        assert article["body"][match["start"]:match["end"]] == match["matched_text"]

    result = monitor("export-events", "--config", str(config), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["event_id_cnty"] == f"SYR{event['id']}" and rows[0]["location"] == "Boukamal"
    assert rows[0]["sub_event_type"] == "Air/drone strike" and rows[0]["fatalities"] == "9"
    assert rows[0]["country"] == "Syria" and rows[0]["iso"] == "760" and rows[0]["year"] == "2024"


def test_labelled_reports_through_the_crawl(site, tmp_path):
    # s52: 21:40Z, after midnight in UTC+3; s41 (a drone shot down) and s43 (an IED): events, not strike reports
    wanted = {"s01", "s32", "s41", "s43", "s46", "s52", "o02", "n04", "n37", "n11"}
    reports = [case for case in matching_cases() if case["id"] in wanted]
    serve_reports(site, reports)
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                          extra=watchlists_config())

    monitor("once", "--config", str(config))

    db = open_archive(tmp_path / "archive.db")
    events = events_by_url(db)
    decided = {row["url"].rsplit("/", 1)[1][:-5]: row["is_strike_report"]
               for row in db.query("SELECT url, is_strike_report FROM articles")}
    outside = {"s43"}   # Hawija, Kirkuk: outside matching.region, so an archived event but no strike report
    assert decided == {case["id"]: int(case["expect"]["strike"] and case["id"] not in outside) for case in reports}
    for case in reports:
        rows = events.get(site.url(f"/news/{case['id']}.html"), [])
        expected = case["expect"]
        # every violent event is archived, of its ACLED type; only strike types are strike reports
        assert len(rows) == int(bool(expected.get("sub_event_type"))), case["id"]
        for row in rows:
            assert (row["location"], row["fatalities"], row["event_date"], row["sub_event_type"]) == (
                expected["location"], expected["fatalities"], str(expected["event_date"]),
                expected["sub_event_type"]), case["id"]
    assert {i: events[site.url(f"/news/{i}.html")][0]["event_type"] for i in ("s41", "s43", "s01")} == {
        "s41": "Strategic developments", "s43": "Explosions/Remote violence", "s01": "Explosions/Remote violence"}


def test_rematch_after_a_watchlist_edit_changes_matches_and_events(site, tmp_path):
    drones = next(case for case in matching_cases() if case["id"] == "s10")   # "Drones targeted ... Conoco"
    serve_reports(site, [drones])
    watchlists = watchlists_config()
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                          extra=watchlists)
    monitor("once", "--config", str(config))
    db = open_archive(tmp_path / "archive.db")
    assert db["events"].count == 1
    before = {(m["watchlist"], m["term"]) for m in db.query("SELECT * FROM matches")}
    assert ("strike", "drone") in before

    # The analyst drops bare "drone(s)" from the strike terms (and the headline's "Drones target", a present tense of
    # aircraft) and adds an actor.
    drone_term = watchlists[watchlists.index("      - term: drone\n"):watchlists.index("      - term: helicopter strike")]
    edited = watchlists.replace(drone_term, "").replace("drones target, ", "").replace(
        "      - term: Houthis\n", "      - term: Ambulance services\n        variants: [ambulances]\n"
                                  "      - term: Houthis\n")
    write_config(config, [{"name": "f", "url": site.url("/feed.xml")}], extra=edited)

    result = monitor("rematch", "--config", str(config))

    assert "1 articles rematched" in result.stdout
    assert "strike reports: 0 new, 1 no longer" in result.stdout
    assert "events: 0 created, 0 updated, 1 deleted" in result.stdout
    after = {(m["watchlist"], m["term"]) for m in db.query("SELECT * FROM matches")}
    assert ("strike", "drone") not in after and ("actors", "Ambulance services") in after
    assert next(db.query("SELECT is_strike_report FROM articles"))["is_strike_report"] == 0
    assert db["events"].count == 0

    write_config(config, [{"name": "f", "url": site.url("/feed.xml")}], extra=watchlists)
    result = monitor("rematch", "--config", str(config))
    assert "strike reports: 1 new, 0 no longer" in result.stdout
    assert "events: 1 created, 0 updated, 0 deleted" in result.stdout
    assert {(m["watchlist"], m["term"]) for m in db.query("SELECT * FROM matches")} == before
    # unchanged watchlists: nothing to do
    unchanged = rematch(open_db(tmp_path / "archive.db"), load_config(config))
    assert (unchanged.matches_added, unchanged.matches_removed, unchanged.events_created,
            unchanged.events_updated, unchanged.events_deleted) == (0, 0, 0, 0, 0)


def check_output(tmp_path, extra: str) -> tuple[str, dict[str, int]]:
    path = write_config(tmp_path / "config.yaml", [], extra=extra)
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    assert result.exit_code == 2
    return result.output, {text.strip(): n for n, text in enumerate(path.read_text().splitlines(), 1)}


def test_an_invalid_watchlist_edit_names_the_field_and_line(tmp_path):
    out, line = check_output(tmp_path, "watchlists:\n  strike:\n    terms:\n      - term: raid\n        weight: -1\n")
    assert f"line {line['weight: -1']}: watchlists.strike.terms[0].weight: Input should be greater than 0" in out

    out, line = check_output(tmp_path, (
        "matching:\n  require: [strike, placez]\n"
        "watchlists:\n"
        "  strike:\n    terms:\n"
        "      - term: airstrike\n        variants: [air strike]\n"
        "      - term: raid\n        variants: [raids, Air-Strike]\n"
        "  places:\n    gazetteer: missing.csv\n"))
    assert (f"line {line['variants: [raids, Air-Strike]']}: watchlists.strike.terms[1].variants[1]: "
            "'Air-Strike' is also a variant of 'airstrike' in this watchlist") in out
    assert f"line {line['gazetteer: missing.csv']}: watchlists.places.gazetteer: cannot read gazetteer" in out
    assert f"line {line['require: [strike, placez]']}: matching.require[1]: no watchlist named 'placez'" in out


def test_every_copy_of_a_story_archives_its_event_and_they_meet_in_one_incident(tmp_path):
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    db = open_db(tmp_path / "archive.db")
    db["feeds"].insert({"id": 1, "name": "f", "url": "https://example.com/feed"})
    db["stories"].insert({"id": 7, "title": "Boukamal strikes", "article_count": 1, "source_count": 1})
    bodies = ["Three airstrikes hit Boukamal on Monday, killing six militants, Deir Ezzor 24 said.",
              "Airstrikes on Abu Kamal killed nine people, the Syrian Observatory for Human Rights said."]
    first_id = None
    for n, body in enumerate(bodies):
        item = ArticleItem(feed_id=1, url=f"https://outlet{n}.example/a", link=f"https://outlet{n}.example/a", html=None,
                           fetched_at="2024-01-02T10:00:00Z", published_at="2024-01-02T10:00:00Z", body=body,
                           story_id=7, duplicate_of=first_id)
        coding = analyse(body, item.published_at, lexicon)
        item.matches, item.events = coding.matches, coding.events
        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
        article_id = store.insert_article(db, item)
        first_id = first_id or article_id

    events = store.all_events(db)
    assert [(e["article_id"], e["fatalities"], e["source"]) for e in events] == [
        (first_id, 6, ["Deir Ezzor 24"]), (first_id + 1, 9, ["Syrian Observatory for Human Rights"])]
    assert events[0]["location"] == "Boukamal" and events[0]["event_date"] == "2024-01-01"
    incident = db["incidents"].get(events[0]["incident_id"])
    assert events[1]["incident_id"] == incident["id"]
    assert (incident["fatalities"], incident["location"], incident["event_date"]) == (9, "Boukamal", "2024-01-01")
    assert [e["figure"] for e in json.loads(incident["evidence"]) if e["kind"] == "killed"] == [9]
    assert db["matches"].count > 6


def test_a_report_of_strikes_on_three_villages_archives_three_events(site, tmp_path):
    report = {"id": "three", "title": "Coalition strikes on three towns", "published": datetime(2024, 3, 6, 10),
              "body": "Coalition jets struck the town of Hajin on Tuesday, killing four militants. Another raid "
                      "hit Al-Shaafa, wounding two civilians. A third strike targeted a house in Al-Susah, "
                      "Deir Ezzor 24 said."}
    serve_reports(site, [report])
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                          extra=watchlists_config())

    monitor("once", "--config", str(config))

    db = open_archive(tmp_path / "archive.db")
    (article,) = db.query("SELECT id, is_strike_report FROM articles")
    rows = list(db.query("SELECT * FROM events ORDER BY id"))
    assert article["is_strike_report"] == 1
    assert [(row["location"], row["admin2"], row["fatalities"], row["injured"], row["event_date"]) for row in rows] == [
        ("Hajin", "Abu Kamal", 4, None, "2024-03-05"), ("Al-Shaafa", "Abu Kamal", None, 2, "2024-03-05"),
        ("Al-Susah", "Abu Kamal", None, None, "2024-03-05")]
    assert {row["article_id"] for row in rows} == {article["id"]}
