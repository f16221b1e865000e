"""`monitor serve`: Datasette over a fixture archive, checked through real HTTP on loopback."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import urllib.parse
import urllib.request

import feedparser
import pytest
import yaml

from conftest import OFFLINE_TILES, monitor, open_archive, serve_config, start_serve, stop, write_config
from monitor.config import ConfigError, ServeConfig, load_config
from monitor.schema import TABLES
from monitor.serve import METADATA, archive_datasette
from strike_archive import ALERTS, build_archive

def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def rows(base: str, path: str, **params) -> list[dict]:
    query = urllib.parse.urlencode({"_shape": "array", **params})
    return get_json(f"{base}/{path}.json?{query}")


def test_metadata_describes_every_table_and_column_and_never_writes():
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    database = metadata["databases"]["archive"]
    for table, spec in TABLES.items():
        described = database["tables"][table]
        assert described["title"] and described["description"], table
        undocumented = [c for c in spec["columns"] if not described.get("columns", {}).get(c)]
        assert not undocumented, f"{table}: columns without a description in metadata.yml: {undocumented}"
        assert "sort_desc" in described, f"{table} has no newest-first default sort"
    assert not [name for name, query in database["queries"].items() if query.get("write")]


def test_datasette_cannot_write_to_the_archive_even_through_its_write_connection(tmp_path):
    build_archive(tmp_path / "archive.db").close()
    ds = archive_datasette(tmp_path / "archive.db", ServeConfig())
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(ds.get_database("archive").execute_write("DELETE FROM alerts"))
    assert open_archive(tmp_path / "archive.db")["alerts"].count == len(ALERTS)


def test_canned_queries_return_the_expected_rows(served):
    latest = rows(served, "latest_strikes")
    assert [(r["event_date"], r["location"], r["fatalities"]) for r in latest] == [
        ("2024-02-03", "Boukamal", 0), ("2024-01-15", "Al-Qaim", 2), ("2024-01-01", "Boukamal", 9)]
    assert latest[2]["article_url"].startswith("https://www.rudaw.net/") and latest[2]["latitude"] == 34.4536

    by_place = rows(served, "strikes_by_place")
    assert [(r["month"], r["location"], r["events"], r["fatalities"]) for r in by_place] == [
        ("2024-02", "Boukamal", 1, 0), ("2024-01", "Al-Qaim", 1, 2), ("2024-01", "Boukamal", 1, 9)]
    assert [r["month"] for r in rows(served, "strikes_by_place", place="boukamal")] == ["2024-02", "2024-01"]

    stories = rows(served, "most_sourced_stories")
    assert (stories[0]["id"], stories[0]["source_count"]) == (1, 3)
    assert stories[0]["feeds"] == "Enab Baladi, Rudaw English, Shafaq News" and stories[0]["events"] == 1

    alerts = rows(served, "alert_delivery")
    assert [(r["id"], r["status"], r["attempts"], r["location"]) for r in alerts] == [
        (3, "pending", 0, "Boukamal"), (2, "failed", 5, "Al-Qaim"), (1, "sent", 1, "Boukamal")]
    assert alerts[1]["last_error"] == "HTTP 500 from the notification target"

    health = rows(served, "feed_health")
    assert [r["name"] for r in health][0] == "Deir Ezzor 24" and health[0]["consecutive_failures"] == 3
    assert health[0]["last_error"] == "HTTP 503 Service Unavailable"

    # The watchlist spelling finds every variant (Arabic too); a variant finds the articles that used it.
    assert [r["id"] for r in rows(served, "articles_matching_term", term="Boukamal")] == [5, 3, 2, 1]
    assert [r["id"] for r in rows(served, "articles_matching_term", term="Abu Kamal")] == [2, 1]
    assert rows(served, "articles_matching_term", term="Tanf") == []


def test_full_text_search_finds_articles_by_a_body_word_in_either_language(served):
    assert [r["id"] for r in rows(served, "articles", _search="warehouse")] == [4]
    assert [r["id"] for r in rows(served, "articles", _search="إصابات")] == [5]


def test_tables_sort_newest_first_and_offer_facets(served):
    events = get_json(f"{served}/events.json?_shape=objects")
    assert [r["event_date"] for r in events["rows"]] == ["2024-02-03", "2024-01-15", "2024-01-01"]
    facets = events["facet_results"]
    assert {"location", "country", "actor1", "actors", "sub_event_type"} <= set(facets)
    assert {(v["value"], v["count"]) for v in facets["country"]["results"]} == {("Syria", 2), ("Iraq", 1)}
    assert {"severity", "status"} <= set(get_json(f"{served}/alerts.json")["facet_results"])
    assert {"feed_id", "language"} <= set(get_json(f"{served}/articles.json")["facet_results"])


def test_events_page_has_the_map_with_the_configured_tiles(served):
    with urllib.request.urlopen(f"{served}/events", timeout=30) as response:
        page = response.read().decode()
    assert "datasette-cluster-map.js" in page and json.dumps(OFFLINE_TILES) in page


def test_alerts_atom_feed_lists_every_alert(served):
    feed = feedparser.parse(f"{served}/alerts_feed.atom")
    assert not feed.bozo and feed.feed.title == "Border-strike monitor alerts"
    assert [entry.id for entry in feed.entries] == [f"urn:border-strike-monitor:alert:{n}" for n in (3, 2, 1)]
    assert feed.entries[2].title == "[HIGH] Air/drone strike in Boukamal, Syria: 9 killed"
    assert "9 killed" in feed.entries[2].summary
    assert feed.entries[2].link == "https://www.rudaw.net/english/middleeast/syria/01012024"


def test_serve_reads_the_live_archive_while_it_is_written(tmp_path):
    """Not immutable: alerts the daemon records after start-up show at once, first as a placeholder."""
    db = build_archive(tmp_path / "live.db", alerts=False)
    process, base = start_serve(serve_config(tmp_path, db="elsewhere.db"), "--db", str(tmp_path / "live.db"))
    try:
        before = feedparser.parse(f"{base}/alerts_feed.atom")
        assert [entry.title for entry in before.entries] == ["No alerts raised yet"]
        with db.conn:
            db["alerts"].insert_all(ALERTS)
        after = feedparser.parse(f"{base}/alerts_feed.atom")
        assert len(after.entries) == len(ALERTS) and not after.bozo
    finally:
        stop(process)
        db.close()


def test_serve_refuses_a_missing_or_foreign_archive_and_a_bad_tile_layer(tmp_path):
    result = monitor("serve", "--config", str(serve_config(tmp_path)), "--db", str(tmp_path / "none.db"), check=False)
    assert result.returncode == 2 and "no archive at" in result.stderr
    (tmp_path / "notes.db").write_text("not a database\n" * 100)
    result = monitor("serve", "--config", str(serve_config(tmp_path)), "--db", str(tmp_path / "notes.db"), check=False)
    assert result.returncode == 2 and "is not a readable SQLite archive" in result.stderr
    config = write_config(tmp_path / "bad.yaml", [], extra="serve:\n  tile_layer: https://tiles.example/{z}.png\n")
    with pytest.raises(ConfigError, match=r"serve\.tile_layer.*needs \{x\}, \{y\}"):
        load_config(config)
