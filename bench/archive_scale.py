"""Years of archive: every page of `monitor serve`, and `monitor rematch`, on a synthetic archive.

    .venv/bin/python bench/archive_scale.py --articles 100000     # while iterating
    .venv/bin/python bench/archive_scale.py                       # 1,000,000 articles, 100,000 events
    .venv/bin/python bench/archive_scale.py --rematch             # and `monitor rematch` of all of it

A daemon polling 300 sources archives about 10,000 articles a day. The archive built here is
what 100 such days leave: articles from 300 feeds with real bodies (paragraphs of the real news
pages of bench/common.py, windowed and mixed so full-text search meets a real vocabulary, and
the labelled English and Arabic reports of tests/fixtures/matching as the strike reports), a
third of them syndicated copies folded into stories, one event per strike report (a tenth of
the articles) at gazetteer places and the incidents they make, their matches, alerts, signatures and the fetch log. It is
written with bulk inserts (indexes and full-text index built once at the end) and cached under
$TMPDIR/monitor-archive-scale/ keyed by its parameters; opening it with the current
monitor.schema adds what the schema gained since (as a daemon upgrade would).

Every page is fetched from a real `monitor serve` on the shipped config.yaml: once cold (the
first request after start) and three times warm (the median), beside a bare ``select 1``
through the same Datasette (the baseline, same run). The tables and canned queries are read
from the served /archive.json, so a page added to the metadata is measured without editing
this file. `--rematch` times `monitor rematch` on a copy of the archive with its peak RSS.

Place data from Who's On First (whosonfirst.org, licence whosonfirst.org/docs/licenses) and
GeoNames (geonames.org, CC BY 4.0), through seeds/places.csv.gz. Page bodies: scrapinghub's
article-extraction-benchmark (MIT licence), see bench/common.py.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psutil
import yaml

from common import ENV, ROOT, SHARED_PAGES, shipped_config  # also puts tests/ on sys.path

from monitor.schema import TABLES, open_db  # noqa: E402

# Bump when the rows built here change, so a cached archive of an older layout is rebuilt.
LAYOUT = 3
ARTICLES_PER_DAY = 10_000
FEEDS = 300
END = datetime(2026, 11, 30, tzinfo=timezone.utc)
REGION = {"Deir ez-Zor", "Al-Hasakah", "Raqqa", "Aleppo", "Homs", "Anbar", "Nineveh", "Duhok", "Erbil",
          "Sulaymaniyah", "Kirkuk", "Salah al-Din", "Diyala", "Baghdad"}
STRIKE_TYPES = ["Air/drone strike"] * 7 + ["Shelling/artillery/missile attack"] * 3
ACTORS = ["United States", "Turkey", "Israel", "Russia", "Syrian Democratic Forces", "PKK", "Hezbollah",
          "Kataib Hezbollah", "IRGC", "Islamic State", "Iraqi Army", "Popular Mobilization Forces", None]
TERMS = [("strike", "airstrike"), ("strike", "drone strike"), ("strike", "shelling"), ("strike", "قصف"),
         ("actors", "Hezbollah"), ("actors", "IRGC"), ("sources", "Syrian Observatory for Human Rights")]
SEARCHES = ["strike", "Boukamal", "قصف", "oil prices"]


def texts() -> tuple[list[list[str]], list[str], list[dict]]:
    """(paragraphs of each real English page, Arabic texts that report no strike, labelled strike reports)."""
    folder = SHARED_PAGES.parent if SHARED_PAGES.is_dir() else ROOT / "tests/fixtures/pages"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [[p.strip() for p in page["articleBody"].split("\n") if len(p.strip()) > 40]
             for page in truth.values()]
    cases = yaml.safe_load((ROOT / "tests/fixtures/matching/cases.yaml").read_text(encoding="utf-8"))
    # the regional Arabic news that reports no strike: the rest of the Arabic cases are violent events
    arabic = [f"{case.get('title', '')}\n{case['body']}" for case in cases if case["lang"] == "ar"
              and case["id"].startswith("n")]
    reports = [case for case in cases if case["id"].startswith("s")]
    return [page for page in pages if page], arabic, reports


def places() -> list[dict]:
    """Gazetteer places of the watched governorates, most populous kinds first (towns, then villages)."""
    with gzip.open(ROOT / "seeds/places.csv.gz", "rt", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [row for row in rows if row["admin1"] in REGION and row["latitude"]]


def build(path: Path, articles: int, seed: int = 18) -> None:
    """Write the synthetic archive of *articles* articles to *path* (replaced)."""
    rng = random.Random(seed)
    english, arabic, reports = texts()
    gazetteer = places()
    hot = rng.sample(gazetteer, min(300, len(gazetteer)))   # strikes come back to the same places
    path.unlink(missing_ok=True)
    db = open_db(path)
    db.conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    # a file being built: no journal (an interrupted build starts again from nothing)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    # indexes, the full-text triggers: dropped while rows go in, made again once at the end
    deferred = [sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")]
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                                   "AND sql IS NOT NULL").fetchall():
        conn.execute(f"DROP {kind} [{name}]")
    conn.execute("BEGIN")
    hosts = [f"news{n}.example" if n % 10 else f"t.me/channel{n}" for n in range(FEEDS)]
    insert(conn, "feeds", [
        {"id": n + 1, "name": f"Outlet {n}", "url": f"https://{hosts[n]}/feed" if "t.me" not in hosts[n]
         else f"https://t.me/s/channel{n}", "language": "ar" if n % 4 == 0 else "en", "interval_s": 900.0,
         "enabled": int(n % 50 != 0), "last_status": rng.choice([200, 304, 304, 304, 503]),
         "last_error": None, "consecutive_failures": rng.choice([0] * 9 + [3]),
         "last_polled_at": iso(END), "next_poll_at": iso(END + timedelta(minutes=15)),
         "articles_found": articles // FEEDS, "created_at": iso(END - timedelta(days=articles / ARTICLES_PER_DAY)),
         "kind": "telegram" if "t.me" in hosts[n] else "feed", "interval_reason": "schedule.default_interval"}
        for n in range(FEEDS)])
    span = timedelta(days=articles / ARTICLES_PER_DAY)
    stories: dict[int, list] = {}          # story id -> [title, first, last, count, outlets, representative]
    recent: list[int] = []
    event_id = alert_id = 0
    alerted: set[tuple] = set()          # (rule, story id) of the alerts so far
    incidents: dict[int, dict] = {}
    last_incident: dict[str, int] = {}    # place -> its latest incident
    story_incident: dict[int, int] = {}   # story -> the incident of its first event
    for first in range(0, articles, 20_000):
        rows = {name: [] for name in ("articles", "events", "matches", "alerts", "signatures", "fetch_log")}
        for article_id in range(first + 1, min(first + 20_000, articles) + 1):
            fetched = END - span + span * (article_id / articles)
            feed = rng.randrange(FEEDS)
            language = "ar" if feed % 4 == 0 else "en"
            strike = rng.random() < 0.1
            if strike:
                report = rng.choice([r for r in reports if r["lang"] == language] or reports)
                title, body = report.get("title") or report["body"][:80], report["body"].strip()
            elif language == "ar":
                title, body = "", "\n".join(rng.sample(arabic, rng.randint(1, min(4, len(arabic)))))
            else:
                page = rng.choice(english)
                start = rng.randrange(len(page))
                window = page[start:start + rng.randint(1, 6)]
                title, body = window[0][:90].rsplit(" ", 1)[0], "\n".join(window)
            if language == "en" and (strike or rng.random() < 0.5):   # mixed pages: other vocabulary
                body += "\n" + rng.choice(rng.choice(english))
            title = title or body[:80].rsplit(" ", 1)[0]
            copy_of = rng.choice(recent) if recent and rng.random() < 0.3 else None
            story_id = copy_of or article_id
            if copy_of is None:
                stories[story_id] = [title, fetched, fetched, 0, set(), article_id]
                recent.append(story_id)
                del recent[:-200]
            story = stories[story_id]
            story[2], story[3] = fetched, story[3] + 1
            story[4].add(hosts[feed])
            published = fetched - timedelta(minutes=rng.randint(1, 600))
            url = f"https://{hosts[feed]}/{published:%Y/%m/%d}/{article_id}"
            rows["articles"].append({
                "id": article_id, "url": url, "link": url + "?utm_source=rss", "feed_id": feed + 1,
                "title": title, "author": None, "published_at": iso(published), "fetched_at": iso(fetched),
                "language": language, "site_name": f"Outlet {feed}", "body": body, "summary": body[:200],
                "body_source": "telegram" if "t.me" in hosts[feed] else rng.choice(["trafilatura"] * 9 + ["feed"]),
                "content_hash": hashlib.sha1(body.encode()).hexdigest(), "story_id": story_id,
                "duplicate_of": copy_of and story[5], "similarity": copy_of and round(rng.uniform(0.8, 1), 3),
                "is_strike_report": int(strike), "match_score": round(rng.uniform(0.6, 1) if strike
                                                                      else rng.uniform(0, 0.4), 3),
                "outlet": hosts[feed]})
            rows["signatures"].append({"article_id": article_id, "scheme": "w5-p128-n2",
                                       "minhash": rng.randbytes(512), "facts": "{}", "created_at": iso(fetched)})
            rows["fetch_log"].append({"at": iso(fetched), "feed_id": feed + 1, "url": url, "status": 200,
                                      "bytes": rng.randint(20_000, 400_000), "elapsed_ms": rng.randint(80, 3000)})
            if rng.random() < 0.5:
                rows["fetch_log"].append({"at": iso(fetched), "feed_id": feed + 1, "url": f"https://{hosts[feed]}/feed",
                                          "status": rng.choice([200, 304, 304, 503]), "bytes": 0,
                                          "elapsed_ms": rng.randint(50, 900)})
            if strike or rng.random() < 0.2:
                for watchlist, term in rng.sample(TERMS, rng.randint(1, 4)):
                    start = rng.randrange(max(1, len(body) - 20))
                    rows["matches"].append({"article_id": article_id, "watchlist": watchlist, "term": term,
                                            "matched_text": term, "start": start, "end": start + len(term)})
            if not strike:
                continue
            place = rng.choice(hot) if rng.random() < 0.8 else rng.choice(gazetteer)
            rows["matches"].append({"article_id": article_id, "watchlist": "places", "term": place["name"],
                                    "matched_text": place["name"], "start": 0, "end": len(place["name"])})
            event_id += 1
            actor1, actor2 = rng.choice(ACTORS), rng.choice(ACTORS)
            day = f"{published:%Y-%m-%d}"
            fatalities = rng.choice([None, None, 0, 1, 2, 3, 5, 9, 14])
            evidence = json.dumps([{"kind": "place", "figure": place["name"], "sentence": body[:200]}])
            # an incident: the strike every report of it tells (a report a day apart at the
            # same place joins the place's latest one, as monitor/incidents.py fuses them)
            latest = last_incident.get(place["name"])
            if latest and abs((published.date() - incidents[latest]["day"]).days) <= 1:
                incident_id, new_incident = latest, False
            else:
                incident_id, new_incident = len(incidents) + 1, True
                last_incident[place["name"]] = incident_id
                incidents[incident_id] = {
                    "id": incident_id, "first_reported_at": iso(fetched), "event_date": day, "day": published.date(),
                    "event_type": "Explosions/Remote violence", "sub_event_type": rng.choice(STRIKE_TYPES),
                    **place_columns(place), "geo_precision": rng.choice([1, 1, 1, 2, 3]),
                    "actor1": actor1, "actor2": actor2, "actors": json.dumps([a for a in (actor1, actor2) if a]),
                    "fatalities": None, "fatalities_rule": "highest stated", "report_count": 0, "outlets": set(),
                    "languages": set(), "notes": title, "evidence": evidence}
            incident = incidents[incident_id]
            incident["last_reported_at"] = incident["updated_at"] = iso(fetched)
            incident["report_count"] += 1
            incident["outlets"].add(hosts[feed])
            incident["languages"].add(language)
            if fatalities is not None:
                incident["fatalities"] = max(incident["fatalities"] or 0, fatalities)
            story_incident.setdefault(story_id, incident_id)
            rows["events"].append({
                "id": event_id, "article_id": article_id, "story_id": story_id, "event_date": day,
                "incident_id": incident_id,
                "event_type": "Explosions/Remote violence", "sub_event_type": rng.choice(STRIKE_TYPES),
                **place_columns(place), "geo_precision": rng.choice([1, 1, 1, 2, 3]),
                "fatalities": fatalities, "injured": rng.choice([None, 0, 2, 6]),
                "strike_count": rng.choice([None, 1, 2]), "actor1": actor1, "actor2": actor2,
                "actors": json.dumps([a for a in (actor1, actor2) if a]), "targets": json.dumps(["a vehicle"]),
                "source": json.dumps(["Syrian Observatory for Human Rights"]), "source_count": 1,
                "confidence": round(rng.uniform(0.5, 1), 2), "notes": title, "evidence": evidence})
            rule = rng.choice(["strike-near-border", "mass-casualty"])
            if new_incident and (rule, story_id) not in alerted and rng.random() < 0.15:
                alerted.add((rule, story_id))   # alerts are unique per rule and story (and incident)
                alert_id += 1
                status = rng.choice(["sent"] * 8 + ["failed", "pending"])
                rows["alerts"].append({
                    "id": alert_id, "rule": rule, "story_id": story_id, "incident_id": incident_id,
                    "event_id": event_id, "severity": rng.choice(["high", "medium"]), "kind": "new",
                    "title": f"Strike in {place['name']}", "message": body[:300], "created_at": iso(fetched),
                    "status": status, "attempts": 1, "sent_at": iso(fetched) if status == "sent" else None,
                    "version": 1, "facts": "{}", "reported_at": iso(published), "targets": '["desk"]'})
        for name, table_rows in rows.items():
            if table_rows and name in TABLES:
                insert(conn, name, table_rows)
        print(f"  {min(first + 20_000, articles):,} articles", file=sys.stderr, flush=True)
    insert(conn, "stories", [{"id": story_id, "title": title, "first_seen_at": iso(seen), "last_seen_at": iso(last),
                              "article_count": count, "source_count": len(outlets),
                              "representative_article_id": representative,
                              "incident_id": story_incident.get(story_id)}
                             for story_id, (title, seen, last, count, outlets, representative) in stories.items()])
    if "incidents" in TABLES:
        insert(conn, "incidents", [{**incident, "outlet_count": len(incident["outlets"]),
                                    "outlets": json.dumps(sorted(incident["outlets"])),
                                    "languages": json.dumps(sorted(incident["languages"]))}
                                   for incident in incidents.values()])
    conn.execute("COMMIT")
    for sql in deferred:
        conn.execute(sql)
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    conn.close()


def place_columns(place: dict) -> dict:
    """The place columns of an event or an incident at gazetteer row *place* (``places()``).

    >>> place_columns({"name": "Hajin", "admin1": "Deir ez-Zor", "admin2": "", "country": "Syria",
    ...                "latitude": "34.69", "longitude": "40.83"})["admin2"] is None
    True
    """
    return {"location": place["name"], "admin1": place["admin1"], "admin2": place["admin2"] or None,
            "country": place["country"], "latitude": float(place["latitude"]), "longitude": float(place["longitude"])}


def insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """executemany of *rows* into *table*, keeping only the columns the schema has."""
    columns = [column for column in rows[0] if column in TABLES[table]["columns"]]
    conn.executemany(f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                     f"VALUES ({', '.join('?' * len(columns))})", [[row[c] for c in columns] for row in rows])


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def cached_archive(articles: int, seed: int = 18) -> Path:
    """The archive of *articles* articles, built once and kept in the temporary folder."""
    folder = Path(tempfile.gettempdir()) / "monitor-archive-scale"
    folder.mkdir(exist_ok=True)
    path = folder / f"archive-{articles}-seed{seed}-layout{LAYOUT}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        started = time.monotonic()
        print(f"building {path} ({articles:,} articles)…", file=sys.stderr, flush=True)
        build(partial, articles, seed)
        partial.rename(path)
        print(f"built in {time.monotonic() - started:.0f} s, {path.stat().st_size / 2**30:.2f} GiB",
              file=sys.stderr, flush=True)
    return path


def serve(config: Path, archive: Path, code: Path = ROOT) -> tuple[subprocess.Popen, str, object]:
    """`monitor serve` of the checkout *code* on *archive* on a free loopback port: (process,
    base URL, its log)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tempfile.TemporaryFile("w+")   # a pipe nobody reads would stall the server once full
    process = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--config", str(config), "--db",
                                str(archive), "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                               text=True, env={**ENV, "PYTHONPATH": str(code)}, cwd=code)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise SystemExit(f"monitor serve exited {process.returncode}:\n{log.read()}")
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=5):
                return process, base, log
        except OSError:
            time.sleep(0.2)
    raise SystemExit("monitor serve did not answer within 120 s")


def fetch(url: str) -> tuple[float, int, bytes]:
    """(seconds, HTTP status, body) of one GET."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return time.perf_counter() - started, status, body


def pages(base: str, archive: Path) -> list[str]:
    """Every page of `monitor serve` to time: the index and database pages, every table (its default
    facets included) and canned query the served metadata lists, the map's data, searches,
    facet selections, a row, the Atom feed."""
    metadata = json.loads(fetch(base + "/-/metadata.json")[2])["databases"]["archive"]
    with sqlite3.connect(f"{archive.resolve().as_uri()}?mode=ro", uri=True) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (%s)"
            % ",".join("?" * len(TABLES)), list(TABLES))]
        tables += [name for name in metadata.get("tables", {}) if name not in tables and name not in TABLES
                   and conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone()]
        place = conn.execute("SELECT location FROM events GROUP BY location ORDER BY count(*) DESC LIMIT 1").fetchone()
        middle = conn.execute("SELECT max(id) / 2 FROM articles").fetchone()[0] or 1
        incident = (conn.execute("SELECT max(id) / 2 FROM incidents").fetchone()[0] or 1) if "incidents" in tables else None
    place = place[0] if place else "Boukamal"
    found = ["/", "/archive"] + [f"/archive/{table}" for table in tables]
    found += [f"/archive/{query}" for query in metadata.get("queries", {})]
    map_data = "_size=max&_labels=on&_extra=count&_extra=next_url&_shape=objects"
    found += [f"/archive/events.json?{map_data}", f"/archive/latest_strikes.json?_shape=objects",
              "/archive/alerts_feed.atom", f"/archive/articles/{middle}",
              f"/archive/strikes_by_place?place={urllib.parse.quote(place)}",
              "/archive/articles_matching_term?term=Hezbollah", "/archive/articles?language=ar",
              "/archive/events?country=Syria", f"/archive/events?location={urllib.parse.quote(place)}",
              "/archive/alerts?status=failed"]
    found += [f"/archive/articles?_search={urllib.parse.quote(words)}" for words in SEARCHES]
    if incident:    # the incident pages (their map, a row with its reports, a facet, the feed)
        found += [f"/archive/incidents.json?{map_data}", f"/archive/incidents/{incident}",
                  "/archive/incidents?country=Syria", "/archive/incidents_feed.atom"]
    return found


def measure(base: str, server: psutil.Process, paths: list[str], warm: int = 3
            ) -> tuple[float, list[tuple[str, int, float, float, float]]]:
    """(median seconds of a bare `select 1` through Datasette, [(path, status, cold s, warm
    median s, the server's CPU s for the warm requests' median)]). The CPU time is what the
    page costs whatever else the machine is doing (a shared machine's load stretches the
    wall-clock times)."""
    fetch(base + "/archive.json?sql=select+1")
    baseline = statistics.median(fetch(base + "/archive.json?sql=select+1")[0] for _ in range(5))
    results = []
    for path in paths:
        cold, status, _ = fetch(base + path)
        walls, cpus = [], []
        for _ in range(warm):
            before = sum(server.cpu_times()[:2])
            walls.append(fetch(base + path)[0])
            cpus.append(sum(server.cpu_times()[:2]) - before)
        results.append((path, status, cold, statistics.median(walls), statistics.median(cpus)))
        print(f"  {cold:6.2f} s  {path}", file=sys.stderr, flush=True)
    return baseline, results


def rematch_measured(config: Path, archive: Path) -> dict:
    """`monitor rematch` on a copy of *archive*: seconds, CPU seconds of the process and of its
    workers, RSS samples (bytes, every 2 s), the machine's load average, its output."""
    copy = archive.with_name(archive.stem + "-rematch.db")
    shutil.copyfile(archive, copy)
    started = time.monotonic()
    output = tempfile.TemporaryFile("w+")
    process = psutil.Popen([sys.executable, "-m", "monitor", "rematch", "--config", str(config), "--db", str(copy)],
                           stdout=output, stderr=subprocess.STDOUT, text=True, env=ENV)
    rss, workers_rss, workers_cpu, main_cpu, loads = [], [], {}, 0.0, []
    while process.poll() is None:
        try:
            rss.append(process.memory_info().rss)
            main_cpu = sum(process.cpu_times()[:2])
            children = process.children(recursive=True)
            for child in children:
                workers_cpu[child.pid] = sum(child.cpu_times()[:2])
            workers_rss.append(sum(child.memory_info().rss for child in children))
        except psutil.NoSuchProcess:
            pass
        loads.append(os.getloadavg()[0])
        time.sleep(2)
    seconds = time.monotonic() - started
    output.seek(0)
    text = output.read()
    for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
        leftover.unlink(missing_ok=True)
    if process.returncode:
        raise SystemExit(f"monitor rematch exited {process.returncode}:\n{text[-3000:]}")
    return {"seconds": seconds, "main_cpu": main_cpu, "workers_cpu": sum(workers_cpu.values()), "rss": rss,
            "workers_rss": workers_rss, "load": statistics.mean(loads) if loads else 0.0, "output": text}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--rematch", action="store_true", help="also time `monitor rematch` of the whole archive")
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="serve with the monitor of this checkout (e.g. `git archive` of an earlier commit, "
                             "to measure before a change; run it before this version opens the cached archive)")
    args = parser.parse_args()
    archive = cached_archive(args.articles, args.seed)
    if args.code == ROOT:
        started = time.monotonic()
        open_db(archive).conn.close()    # what a daemon of this version does first: add the schema's new parts
        print(f"schema brought up to date in {time.monotonic() - started:.1f} s", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        config = shipped_config(Path(folder) / "config.yaml", [])
        process, base, log = serve(config, archive, args.code.resolve())
        try:
            baseline, results = measure(base, psutil.Process(process.pid), pages(base, archive))
        finally:
            process.terminate()
            process.wait(timeout=30)
        print(f"\n`monitor serve` ({args.code.resolve()}) on {args.articles:,} articles, load average "
              f"{os.getloadavg()[0]:.1f}: seconds per page, cold (the first request) and warm (median of 3), the "
              f"server's CPU seconds for a warm request; ratio = warm / a bare `select 1` through Datasette "
              f"({baseline * 1000:.1f} ms)")
        print(f"{'cold':>7} {'warm':>7} {'cpu':>7} {'ratio':>7}  status  page")
        for path, status, cold, warm, cpu in results:
            flag = "" if status == 200 and max(cold, warm) <= 1 else "  << over 1 s" if status == 200 else ""
            print(f"{cold:7.2f} {warm:7.2f} {cpu:7.2f} {warm / baseline:7.0f}  {status:6}  {path}{flag}")
        slow = [path for path, status, cold, warm, _ in results if status != 200 or max(cold, warm) > 1]
        print(f"{len(results) - len(slow)} of {len(results)} pages answer 200 in <= 1 s cold and warm"
              + (f"; not: {', '.join(slow)}" if slow else ""))
        costly = [path for path, status, *_, cpu in results if status != 200 or cpu > 1]
        print(f"{len(results) - len(costly)} of {len(results)} pages answer 200 with <= 1 s of the server's CPU"
              + (f"; not: {', '.join(costly)}" if costly else ""))
        if args.rematch:
            run = rematch_measured(config, archive)
            def quarters(samples: list[int]) -> str:
                return ", ".join(f"{samples[min(len(samples) - 1, len(samples) * q // 4)] / 2**20:.0f}"
                                 for q in range(1, 5)) if samples else "-"

            # on two cores of its own: the workers' CPU shared by both, unless the writing
            # process alone takes longer
            alone = max(run["main_cpu"], (run["main_cpu"] + run["workers_cpu"]) / 2)
            print(f"\n`monitor rematch` of {args.articles:,} articles: {run['seconds']:.0f} s "
                  f"({args.articles / run['seconds']:,.0f} articles/s) with the machine's load average at "
                  f"{run['load']:.1f}; CPU: {run['main_cpu']:.0f} s reading and writing, {run['workers_cpu']:.0f} s "
                  f"in the workers, so about {alone:.0f} s on 2 idle cores.\nRSS at 1/4, 1/2, 3/4 and the end: "
                  f"rematch process {quarters(run['rss'])} MiB, its child processes (forkserver, workers) "
                  f"{quarters(run['workers_rss'])} MiB")
            print("\n".join(run["output"].strip().splitlines()[-8:]))

if __name__ == "__main__":
    main()
