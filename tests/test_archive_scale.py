"""Years of archive: the pages of `monitor serve` read indexes, not whole tables, and
`monitor rematch` says how far it is. On a small synthetic archive of bench/archive_scale.py
(the bench times the same pages on a million articles); nothing here is timed."""

from __future__ import annotations

import re
import sqlite3
import sys

import pytest
import yaml

from conftest import ROOT, monitor, watchlists_config, write_config
from monitor import desk
from monitor.schema import open_db
from monitor.serve import METADATA

sys.path.insert(0, str(ROOT / "bench"))
import archive_scale  # noqa: E402

# Tables that grow with the archive (a million articles, their matches, signatures and
# fetches, the stories and events). feeds, alerts and incidents (strikes, a few dozen a day
# however many reports) stay small enough to read whole: strikes_by_place sums them all.
GROWING = {"articles", "matches", "signatures", "fetch_log", "stories", "events"}
ARTICLES = 2_000


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "archive.db"
    archive_scale.build(path, ARTICLES)
    open_db(path).conn.close()    # the schema's indexes, as the daemon adds them on open
    return path


def full_scans(conn: sqlite3.Connection, sql: str, params: dict | None = None) -> list[str]:
    """The growing tables *sql* reads from end to end: a SCAN that uses no index, unless it
    stops at the LIMIT (rows read in the order asked for, e.g. newest ids first)."""
    aliases = {alias: table for table, alias in re.findall(r"\b(?:from|join)\s+(\w+)(?:\s+(?:as\s+)?(\w+))?", sql)
               if alias and alias.lower() not in {"where", "on", "left", "join", "group", "order", "limit"}}
    plan = [detail for *_, detail in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params or {})]
    stops_early = re.search(r"\blimit\b", sql, re.I) and not any("TEMP B-TREE" in detail for detail in plan)
    return [f"{detail} in {' '.join(sql.split())[:100]}" for detail in plan
            if (bare := re.fullmatch(r"SCAN (\w+)", detail)) and aliases.get(bare[1], bare[1]) in GROWING
            and not stops_early]


def test_every_page_reads_an_index_of_the_growing_tables(archive):
    database = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]
    conn = sqlite3.connect(archive)
    # the served archive's SQL functions: the desk's own (monitor/desk.py) and a stand-in for
    # monitor/serve.py's watchlist_terms, which needs a lexicon; a query plan calls neither
    desk.prepare_connection(conn, "archive", None)
    conn.create_function("watchlist_terms", 1, lambda text: "[]")
    scans = []
    for table, spec in database["tables"].items():
        if table not in GROWING:
            continue
        # the table page: its newest rows, and the count of each of its facets' values
        scans += full_scans(conn, f"SELECT * FROM [{table}] ORDER BY [{spec['sort_desc']}] DESC LIMIT 101")
        for facet in spec.get("facets", []):
            if isinstance(facet, str):
                scans += full_scans(conn, f"SELECT [{facet}], count(*) FROM [{table}] GROUP BY [{facet}]")
    for name, query in database["queries"].items():
        params = {name: "Boukamal" for name in re.findall(r"(?<!:):(\w+)", query["sql"])}
        scans += full_scans(conn, query["sql"], params)
    scans += full_scans(conn, "SELECT * FROM articles WHERE rowid IN (SELECT rowid FROM articles_fts WHERE "
                              "articles_fts MATCH 'strike') ORDER BY published_at DESC LIMIT 101")
    assert not scans, "\n".join(scans)


def test_rematch_of_the_archive_reports_its_progress(archive, tmp_path):
    config = write_config(tmp_path / "config.yaml", [], db=str(archive), extra=watchlists_config())
    result = monitor("rematch", "--config", str(config), timeout=600)
    lines = [line for line in result.stderr.splitlines() if "articles rematched (" in line]
    assert len(lines) >= 2, result.stderr
    assert re.fullmatch(rf"[\d,]+ of {ARTICLES:,} articles rematched \(\d+%\), [\d,]+/s, about \d+ (s|min) left",
                        lines[0]), lines[0]
    assert lines[-1].startswith(f"{ARTICLES:,} of {ARTICLES:,} articles rematched (100%)")
    assert f"{ARTICLES} articles rematched" in result.stdout


def test_full_text_search_follows_title_and_body_edits_only(tmp_path):
    db = open_db(tmp_path / "archive.db")
    article = db["articles"].insert({"url": "https://example.org/1", "title": "Drone strike", "body": "Quiet day"}).last_pk
    db.execute("UPDATE articles SET match_score = 0.5, is_strike_report = 1 WHERE id = ?", [article])
    db.execute("UPDATE articles SET body = 'Shelling near Boukamal' WHERE id = ?", [article])
    db.conn.commit()

    def found(words: str) -> list[int]:
        return [row[0] for row in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [words])]

    assert found("boukamal") == [article] and found("quiet") == [] and found("drone") == [article]
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_au'").fetchone()[0]
    assert "AFTER UPDATE OF [title], [body] ON [articles]" in trigger
