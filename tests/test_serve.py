"""`monitor serve`: Datasette over a fixture archive, checked through real HTTP on loopback.

The archive holds incident 1 reported in English (rudaw.net) and in Arabic (enabbaladi.net):
the desk's pages are read as HTML (lxml) for what an analyst sees.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import urllib.parse
import urllib.request

import feedparser
import lxml.html
import pytest
import yaml

from conftest import (OFFLINE_TILES, monitor, open_archive, page as news_page, rss, serve_config, start_serve, stop,
                      watchlists_config, write_config)
from monitor.config import ConfigError, load_config
from monitor.schema import TABLES
from monitor.serve import METADATA, archive_datasette
from strike_archive import ALERTS, build_archive

# one `monitor serve` (conftest.served) for the module: its tests stay on one xdist worker (Makefile)
pytestmark = pytest.mark.xdist_group("serve")


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def rows(base: str, path: str, **params) -> list[dict]:
    query = urllib.parse.urlencode({"_shape": "array", **params})
    return get_json(f"{base}/{path}.json?{query}")


def page(base: str, path: str):
    """The HTML page at *path*, parsed."""
    with urllib.request.urlopen(f"{base}/{path}", timeout=30) as response:
        return lxml.html.fromstring(response.read().decode())


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
    ds = archive_datasette(tmp_path / "archive.db", load_config(write_config(tmp_path / "config.yaml", [])))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(ds.get_database("archive").execute_write("DELETE FROM alerts"))
    assert open_archive(tmp_path / "archive.db")["alerts"].count == len(ALERTS)


def test_canned_queries_return_the_expected_rows(served):
    latest = rows(served, "latest_strikes")
    assert [(r["event_date"], r["location"], r["fatalities"], r["incident_id"]) for r in latest] == [
        ("2024-02-03", "Boukamal", 0, 3), ("2024-01-15", "Al-Qaim", 2, 2), ("2024-01-01", "Boukamal", 9, 1),
        ("2024-01-01", "Boukamal", 9, 1)]
    assert latest[3]["article_url"].startswith("https://www.rudaw.net/") and latest[3]["latitude"] == 34.4536

    # Totals count incidents: the English and the Arabic report of one strike are 1 strike, 9 killed.
    by_place = rows(served, "strikes_by_place")
    assert [(r["month"], r["location"], r["incidents"], r["reports"], r["fatalities"]) for r in by_place] == [
        ("2024-02", "Boukamal", 1, 1, 0), ("2024-01", "Al-Qaim", 1, 1, 2), ("2024-01", "Boukamal", 1, 2, 9)]
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

    # Any spelling the shipped lexicon knows finds every article of the term, whatever spelling it used.
    for spelling in ("Boukamal", "Abu Kamal", "abou kamal", "البوكمال"):
        found = rows(served, "articles_matching_term", term=spelling)
        assert [r["id"] for r in found] == [5, 8, 3, 2, 1], spelling
    assert set(found[0]["matched_as"].split(",")) == {"البوكمال"}
    assert rows(served, "articles_matching_term", term="Tanf") == []        # known term, no article
    assert rows(served, "articles_matching_term", term="Atlantis") == []    # no such term


def test_full_text_search_finds_articles_by_a_body_word_in_either_language(served):
    assert [r["id"] for r in rows(served, "articles", _search="warehouse")] == [4]
    assert [r["id"] for r in rows(served, "articles", _search="إصابات")] == [5]


def test_tables_sort_newest_first_and_offer_facets(served):
    events = get_json(f"{served}/events.json?_shape=objects")
    assert [r["event_date"] for r in events["rows"]] == ["2024-02-03", "2024-01-15", "2024-01-01", "2024-01-01"]
    facets = events["facet_results"]
    assert {"location", "country", "actor1", "actors", "sub_event_type"} <= set(facets)
    assert {(v["value"], v["count"]) for v in facets["country"]["results"]} == {("Syria", 3), ("Iraq", 1)}
    incidents = get_json(f"{served}/incidents.json?_shape=objects")
    assert [r["id"] for r in incidents["rows"]] == [3, 2, 1]           # most recently reported first
    facets = incidents["facet_results"]
    assert {"admin1", "sub_event_type", "actors"} <= set(facets)
    assert {(v["value"], v["count"]) for v in facets["admin1"]["results"]} == {("Deir ez-Zor", 2), ("Anbar", 1)}
    assert ("Hezbollah", 1) in {(v["value"], v["count"]) for v in facets["actors"]["results"]}
    assert {"severity", "status"} <= set(get_json(f"{served}/alerts.json")["facet_results"])
    assert {"feed_id", "language"} <= set(get_json(f"{served}/articles.json")["facet_results"])


def test_events_page_has_the_map_with_the_configured_tiles(served):
    with urllib.request.urlopen(f"{served}/events", timeout=30) as response:
        page = response.read().decode()
    assert "datasette-cluster-map.js" in page and json.dumps(OFFLINE_TILES) in page


def test_incidents_page_lists_each_strike_once_with_place_toll_outlets_and_languages(served):
    html = page(served, "incidents")
    assert "datasette-cluster-map.js" in lxml.html.tostring(html).decode()
    lines = html.xpath("//table[contains(@class, 'incidents')]/tbody/tr")
    cells = [{td.get("class").split()[0]: td.text_content().strip() for td in line.xpath("td")} for line in lines]
    assert [cell["col-id"] for cell in cells] == ["3", "2", "1"]
    boukamal = cells[2]
    assert boukamal["col-location"] == "Boukamal, Deir ez-Zor (Syria)" and boukamal["col-event_date"] == "2024-01-01"
    assert boukamal["col-fatalities"] == "9 killed" and boukamal["col-report_count"] == "2"
    assert (boukamal["col-outlets"], boukamal["col-languages"]) == ("rudaw.net, enabbaladi.net", "en, ar")
    assert boukamal["col-actors"] == "United States, Hezbollah, IRGC"
    assert cells[0]["col-fatalities"] == "nobody killed"
    assert {"latitude", "longitude"} <= {th.get("data-column") for th in html.xpath("//th")}   # what the map reads


def test_incident_page_shows_every_report_with_its_figure_highlighted_in_its_sentence(served):
    html = page(served, "incidents/1")
    assert "9 killed" in html.xpath("string(//p[@class='incident-facts'])")
    reports = html.xpath("//ol[@class='reports']/li")
    assert [r.get("lang") for r in reports] == ["en", "ar"]              # oldest report first
    english, arabic = reports
    assert "rudaw.net · en · 2024-01-01T15:00:00Z" in english.text_content()
    assert english.xpath("string(.//div[@class='report-title']/a/@href)") == \
        "https://www.rudaw.net/english/middleeast/syria/01012024"
    assert english.xpath(".//q//mark/text()") == ["nine fighters"]
    assert "killing nine fighters including six militants" in english.xpath("string(.//q)")
    assert arabic.xpath(".//q//mark/text()") == ["تسعة مقاتلين"]
    assert arabic.xpath(".//q/@dir") == ["auto"] and arabic.xpath(".//q/@lang") == ["ar"]
    assert arabic.xpath("string(.//div[@class='report-title']/a)") == "غارات أمريكية على البوكمال تقتل تسعة مقاتلين"
    assert {"/archive/events/4", "/archive/articles/8", "/archive/stories/6"} <= set(arabic.xpath(".//a/@href"))
    # The facts follow as text: lists, not JSON.
    facts = {dt.text_content(): dd.text_content().strip()
             for dt, dd in zip(html.xpath("//dl[@class='record']/dt"), html.xpath("//dl[@class='record']/dd"))}
    assert facts["outlets"] == "rudaw.net, enabbaladi.net" and facts["languages"] == "en, ar"
    assert not html.xpath("//*[contains(text(), '\"sentence\"')]")


def test_article_event_and_story_pages_read_as_text_and_link_to_the_incident(served):
    article = page(served, "articles/8")
    body = article.xpath("//div[contains(@class, 'article-body')]")
    assert len(body) == 1 and body[0].get("dir") == "auto" and body[0].get("lang") == "ar"
    assert body[0].getparent().tag == "dd"                    # a field of its own, not a table column
    assert "/archive/incidents/1" in article.xpath("//a/@href")
    english = page(served, "articles?language=en&_sort=id")
    assert english.xpath("//td[contains(@class, 'col-body')]/div[@dir='auto'][@lang='en']")

    event = page(served, "events/4")
    links = set(event.xpath("//a/@href"))
    assert {"/archive/incidents/1", "/archive/articles/8"} <= links

    story = page(served, "stories/1")
    assert {"/archive/incidents/1", "/archive/articles/1", "/archive/articles/2", "/archive/articles/3"} <= \
        set(story.xpath("//a/@href"))


def test_maps_draw_the_bundled_borders(served):
    html = lxml.html.tostring(page(served, "incidents")).decode()
    assert "desk-map.js" in html and "/monitor-static/boundaries.geojson" in html
    with urllib.request.urlopen(served.replace("/archive", "/monitor-static/boundaries.geojson"), timeout=30) as response:
        borders = json.loads(response.read())
    names = {f["properties"]["name"] for f in borders["features"] if f["properties"]["kind"] == "governorate"}
    assert {"Deir ez-Zor", "Anbar", "Al-Hasakah", "Ninewa", "Duhok"} <= names
    assert {"Syria", "Iraq", "Turkey", "Jordan"} <= {f["properties"]["name"] for f in borders["features"]}


@pytest.mark.parametrize("feed_name, kind, oldest_title, oldest_says, oldest_link", [
    ("incidents", "incident", "Air/drone strike in Boukamal, Syria on 2024-01-01: 9 killed",
     "by 2 outlet(s): rudaw.net, enabbaladi.net", "/archive/incidents/1"),
    ("alerts", "alert", "[HIGH] Air/drone strike in Boukamal, Syria: 9 killed",
     "9 killed", "https://www.rudaw.net/english/middleeast/syria/01012024"),
])
def test_atom_feeds_list_every_incident_and_every_alert(served, feed_name, kind, oldest_title, oldest_says, oldest_link):
    """One entry per incident (not per report) and per alert, newest first."""
    feed = feedparser.parse(f"{served}/{feed_name}_feed.atom")
    assert not feed.bozo and feed.feed.title == f"Border-strike monitor {feed_name}"
    assert [entry.id for entry in feed.entries] == [f"urn:border-strike-monitor:{kind}:{n}" for n in (3, 2, 1)]
    assert feed.entries[2].title == oldest_title and oldest_says in feed.entries[2].summary
    assert feed.entries[2].link.endswith(oldest_link)


# One strike reported by two outlets, in English and in Arabic, neither spelling it "Abu Kamal".
ENGLISH_REPORT = ("US drone strike kills three in Boukamal",
                  "A US drone strike killed three fighters of Kataib Hezbollah in Boukamal on Monday, the Syrian "
                  "Observatory for Human Rights said.\n\nThe strike hit a vehicle near the border crossing, residents said."
                  "\n\n" + "The road to the crossing stayed closed for hours, traders said. " * 8 + "Schools reopened on Tuesday.")
ARABIC_REPORT = ("مقتل ثلاثة بغارة أمريكية على البوكمال",
                 "قتل ثلاثة عناصر من كتائب حزب الله بغارة من طائرة مسيرة أمريكية استهدفت سيارة في مدينة البوكمال "
                 "يوم الاثنين، بحسب المرصد السوري لحقوق الإنسان.\n\nوقال سكان إن الغارة استهدفت سيارة قرب المعبر الحدودي.")


def test_a_crawled_english_and_arabic_report_of_one_strike_read_as_one_incident(site, tmp_path):
    """The real path: `monitor once` archives both reports over loopback, `monitor serve` shows them."""
    other_host = site.url("/").replace("127.0.0.1", "localhost")         # a second outlet
    feeds = []
    for host, language, (title, body), published in ((site.url("/"), "en", ENGLISH_REPORT, "10:00"),
                                                       (other_host, "ar", ARABIC_REPORT, "14:00")):
        site.add(f"/{language}/strike", news_page(title, body))
        site.add(f"/{language}.xml", rss([{"title": title, "link": f"{host}{language}/strike",
                                           "pubDate": f"Mon, 01 Jan 2024 {published}:00 GMT"}]), "application/rss+xml")
        feeds.append({"name": language, "url": f"{host}{language}.xml", "language": language})
    config = write_config(tmp_path / "config.yaml", feeds, db=str(tmp_path / "archive.db"),
                          extra=f"serve:\n  tile_layer: {json.dumps(OFFLINE_TILES)}\n" + watchlists_config())
    monitor("once", "--config", str(config))
    process, base = start_serve(config)
    try:
        [incident] = rows(base, "incidents")
        assert (incident["report_count"], incident["outlet_count"], incident["fatalities"]) == (2, 2, 3)
        [place] = rows(base, "strikes_by_place")
        assert (place["location"], place["incidents"], place["reports"], place["fatalities"]) == ("Boukamal", 1, 2, 3)
        # The README's example: neither report writes "Abu Kamal", both are found by it.
        assert len(rows(base, "articles_matching_term", term="Abu Kamal")) == 2

        html = page(base, f"incidents/{incident['id']}")
        reports = html.xpath("//ol[@class='reports']/li")
        assert [report.get("lang") for report in reports] == ["en", "ar"]
        english, arabic = reports
        assert english.xpath("string(.//div[@class='report-title']/a)") == ENGLISH_REPORT[0]
        assert "killed three fighters of Kataib Hezbollah" in " ".join(english.xpath(".//ul[@class='evidence']//q//text()"))
        assert arabic.xpath("string(.//div[@class='report-title']/a)") == ARABIC_REPORT[0]
        assert set(arabic.xpath(".//ul[@class='evidence']//q/@lang")) == {"ar"}
        assert set(arabic.xpath(".//ul[@class='evidence']//q/@dir")) == {"auto"}
        feed = feedparser.parse(f"{base}/incidents_feed.atom")
        assert len(feed.entries) == 1 and "3 killed" in feed.entries[0].title

        # A list of articles previews a long body; the article's own page has all of it.
        [preview] = page(base, "articles?language=en").xpath("//td[contains(@class, 'col-body')]/div")
        assert preview.text_content().endswith("…") and "Schools reopened" not in preview.text_content()
        article_id = english.xpath("string(.//a[starts-with(., 'article ')])").split()[-1]
        [whole] = page(base, f"articles/{article_id}").xpath("//dd/div[contains(@class, 'article-body')]")
        assert whole.text_content().rstrip().endswith("Schools reopened on Tuesday.") and whole.get("lang") == "en"
    finally:
        stop(process)


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
