"""Incident fusion: its cost per event at 1,000 and 100,000 incidents, and how well it joins
independent reports of one event on real headlines (UCDP GED).

    python bench/incidents.py [--sizes 1000 100000] [--events 500] [--ged path/to/ged.csv.gz] [--ged-limit N]
    python bench/incidents.py --stored tests/fixtures/incidents/bilingual_blind6.yaml   # one set through the store

Cost: an archive holding N incidents (synthetic reports at the shipped gazetteer's places
of the region, ~90 strikes a day: 100,000 incidents are three years), then *events* new
reports of the last three days, as the live pipeline gets them, fused one by one through the store (``store.fuse_event``: the indexed candidate
query, ``monitor.incidents.settle`` over the candidates' reports, the incident's
facts rewritten). Baseline, measured in the same run: coding one article (``analyse`` of a
typical strike report with the shipped config.yaml), the work every report already costs.

Joining (UCDP GED 19.1, CC BY 4.0; Sundberg & Melander 2013; Högbladh 2019): a GED event
coded from several sources lists their headlines, ``;``-separated: independent reports
of one event. Every distinct headline is one article (its own outlet), coded by
``analyse`` with GED's date_start as its publication date, and all are fused in date order
(``monitor.incidents.fuse``, the live pipeline's choice). Printed: headline pairs of one GED
event that were joined (of those whose both headlines gave a located event, and of all),
and of all joined pairs the share about one GED event (the rest are false merges, or GED
events that are one strike split by dyad). Every one of these figures depends on what
``analyse`` reads from a headline alone (place, type, actors; GED gives the date): a
headline names less than an article. They are printed before -> after this round's fusion
rules (``ROUND_RULES`` off, then all of ``monitor.incidents.FUSION_RULES``), then with each
rule off in turn: the joins it costs and the precision it buys, as bench/ged.py does for
the place rules. GED's headlines are English only: no Arabic-English pair is measured.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from ged import DEFAULT_SOURCE, governorates, read_ged  # noqa: E402

from monitor import alerts, store  # noqa: E402
from monitor.config import load_config  # noqa: E402
from monitor.normalize import name_key  # noqa: E402
from monitor.items import ArticleItem  # noqa: E402
from monitor.memory import freeze_start_up  # noqa: E402
from monitor.incidents import (FUSION_RULES, STRIKE_TYPES, TOLL_RATIO, busy, fuse, second_fact, side,  # noqa: E402
                               why_apart)
from monitor.schema import open_db  # noqa: E402
from monitor.text import analyse, lexicon_for  # noqa: E402

ATTRIBUTION = "UCDP GED 19.1, CC BY 4.0, Sundberg & Melander 2013; Högbladh 2019"
STRIKES_PER_DAY = 90
# Reports naming only a governorate, a share of the synthetic reports: a precise report of
# their governorate and days places them again among all its incidents (monitor.incidents.
# settle), the costliest case. 0 is the all-precise archive of earlier rounds; GED's
# headlines coded by analyse are 56% coarse (a headline names less than an article).
COARSE_SHARES = (0.0, 0.2)
FIRST_DAY = date(2021, 1, 1)
ARTICLE = ("An unidentified drone struck a position of Iran-backed militias in the Syrian border town of Boukamal "
           "on Tuesday, killing three fighters and wounding two, the Syrian Observatory for Human Rights said. "
           "Local sources said the strike destroyed a vehicle and a weapons depot near the Iraqi border. "
           "The area has seen repeated strikes on positions of the militias in recent months.")


def region_places(config) -> list:
    """The gazetteer's precise places in the watched governorates."""
    lexicon = lexicon_for(config)
    region = set(config.matching.region)
    unique = {(p.name, p.latitude, p.longitude): p for named in lexicon.places.values() for p in named}
    return sorted((p for p in unique.values() if p.admin1 in region and p.precision == 1),
                  key=lambda p: (p.name, p.latitude, p.longitude))


def synthetic_event(place, day: int, rng: random.Random, coarse_share: float) -> dict:
    """A report of a strike at *place*, or (a share *coarse_share*) of its governorate only."""
    coarse = rng.random() < coarse_share
    return {"event_date": (FIRST_DAY + timedelta(days=day)).isoformat(), "event_type": "Explosions/Remote violence",
            "sub_event_type": rng.choice(["Air/drone strike", "Shelling/artillery/missile attack"]),
            "location": place.admin1 if coarse else place.name, "admin1": place.admin1,
            "admin2": None if coarse else place.admin2 or None, "country": place.country,
            "latitude": place.latitude, "longitude": place.longitude, "geo_precision": 3 if coarse else 1,
            "fatalities": rng.randint(0, 6), "actors": [], "targets": [], "source": [],
            "evidence": [{"kind": "killed", "figure": 1, "sentence": "one killed"}]}


def archive_with(path: Path, incidents: int, places: list, rng: random.Random, coarse_share: float):
    """An archive of *incidents* incidents, one report each, written in bulk (set-up only:
    the fusion measured is the store's own); returns the db and the number of days covered."""
    db = open_db(path)
    days = max(1, incidents // STRIKES_PER_DAY)
    db["feeds"].insert({"id": 1, "name": "bench", "url": "https://bench.example/feed"})
    articles, events, rows = [], [], []
    for n in range(1, incidents + 1):
        event = synthetic_event(rng.choice(places), rng.randrange(days), rng, coarse_share)
        articles.append({"id": n, "feed_id": 1, "url": f"https://o{n % 50}.example/{n}", "outlet": f"o{n % 50}.example",
                         "language": "en", "published_at": event["event_date"] + "T10:00:00Z",
                         "fetched_at": event["event_date"] + "T10:00:00Z", "story_id": n})
        events.append({**store.event_row(event), "id": n, "article_id": n, "story_id": n, "incident_id": n})
        rows.append({"id": n, **{k: event[k] for k in ("event_date", "event_type", "sub_event_type", "location",
                                                      "admin1", "admin2", "country", "latitude", "longitude",
                                                      "geo_precision", "fatalities")},
                     "report_count": 1, "outlet_count": 1, "outlets": f'["o{n % 50}.example"]', "languages": '["en"]',
                     "actors": "[]", "evidence": "[]"})
    with db.conn:
        db["articles"].insert_all(articles, batch_size=5000)
        db["events"].insert_all(events, batch_size=5000)
        db["incidents"].insert_all(rows, batch_size=5000)
    return db, days


def fusion_ms(incidents: int, new_events: int, places: list, coarse_share: float) -> tuple[float, float, float]:
    """Milliseconds per fused event (median of 5 rounds) at *incidents* incidents, wall clock
    and CPU (the process's own work: the machine's other load and the disk's waits aside),
    and the share of new reports that joined one."""
    rng = random.Random(incidents)
    with tempfile.TemporaryDirectory() as folder:
        db, days = archive_with(Path(folder) / "bench.db", incidents, places, rng, coarse_share)
        rounds, cpu = [], []
        for round_ in range(5):
            ids = new_reports(db, places, days, rng, coarse_share, incidents + 1 + round_ * (new_events // 5),
                              new_events // 5)
            started, cpu_started = time.perf_counter(), time.process_time()
            fuse_batch(db, ids)
            rounds.append((time.perf_counter() - started) * 1000 / len(ids))
            cpu.append((time.process_time() - cpu_started) * 1000 / len(ids))
        joined = db.execute("SELECT count(*) FROM events WHERE article_id > ? AND incident_id <= ?",
                            [incidents, incidents]).fetchone()[0]
        db.conn.close()
    return statistics.median(rounds), statistics.median(cpu), joined / new_events


def new_reports(db, places: list, days: int, rng: random.Random, coarse_share: float, first_id: int,
                count: int) -> list[int]:
    """*count* new reports archived, unfused (their articles' ids from *first_id*), of the
    last three days' strikes as live reports are (rematch fuses in memory:
    monitor.incidents.fuse); returns their event ids."""
    ids = []
    with db.conn:
        for article_id in range(first_id, first_id + count):
            event = synthetic_event(rng.choice(places), days - 1 - rng.randrange(3), rng, coarse_share)
            db["articles"].insert({"id": article_id, "feed_id": 1, "url": f"https://new.example/{article_id}",
                                   "outlet": "new.example", "language": "ar", "story_id": article_id,
                                   "published_at": event["event_date"] + "T12:00:00Z"})
            ids.append(db["events"].insert({**store.event_row(event), "article_id": article_id,
                                            "story_id": article_id}).last_pk)
    return ids


def fuse_batch(db, ids: list[int]) -> None:
    """Events *ids* fused through the store as the pipeline fuses a batch: in its transaction,
    with what earlier batches read and found (``store.fusion_memory``)."""
    members, known = store.fusion_memory(db)
    with db.atomic():
        for event_id in ids:
            store._fuse(db.conn, event_id, members, known)


def coding_ms(config) -> float:
    lexicon = lexicon_for(config)
    analyse(ARTICLE, "2024-03-12T10:00:00Z", lexicon)
    started = time.perf_counter()
    for _ in range(200):
        analyse(ARTICLE, "2024-03-12T10:00:00Z", lexicon)
    return (time.perf_counter() - started) * 1000 / 200


# The fusion rules of this round (issue 17, twenty-third session, found on bilingual_blind19/20.yaml: two strikes on
# one town the same day whose reports state times of day hours apart): the "before" of before -> after
ROUND_RULES = frozenset({"times_of_day"})
OWN_CASES = (ROOT / "tests" / "fixtures" / "incidents" / "bilingual.yaml",
             ROOT / "tests" / "fixtures" / "incidents" / "bilingual_blind3.yaml",
             ROOT / "tests" / "fixtures" / "incidents" / "bilingual_blind4.yaml",
             ROOT / "tests" / "fixtures" / "incidents" / "bilingual_blind5.yaml",
             ROOT / "tests" / "fixtures" / "incidents" / "bilingual_blind6.yaml",
             ROOT / "tests" / "fixtures" / "incidents" / "bilingual_blind7.yaml",
             ROOT / "tests" / "fixtures" / "incidents" / "bilingual_blind8.yaml")
# How a busy coarse report needs a second fact (monitor.incidents): with every busy report it
# joins (busy_areas), only to pick one of several incidents it fits (lone_coarse), only when
# it is governorate-wide (busy_governorates)
AREA_RULES = {"busy_areas": {"busy_areas"}, "lone_coarse": {"lone_coarse"}, "busy_governorates": {"busy_governorates"},
              "lone_coarse+busy_governorates": {"lone_coarse", "busy_governorates"}, "no second fact": set()}
REGION_GED = {"Deir ez Zor Governorate", "Ar Raqqah Governorate", "Al Hasakah Governorate"}   # the watched part of Syria


def ged_reports(path: Path, config, limit: int | None) -> tuple[list[dict], dict[int, set[str]], dict[str, dict]]:
    """One report per event coded from every distinct headline of GED events with several
    headlines; per headline (article) the GED events it is a source of; each GED event's row
    (with ``admin1``: its governorate as the gazetteer names it)."""
    lexicon = lexicon_for(config)
    admin1_of = governorates(lexicon)
    rows = [{**row, "admin1": admin1_of.get(name_key(row["adm_1"]))}   # GED's governorate, as ours names it
            for row in read_ged(path) if ";" in row["source_headline"]]
    rows.sort(key=lambda row: (row["date_start"], row["id"]))
    rows = rows[:limit] if limit else rows
    article_of: dict[tuple[str, str], int] = {}
    of_event: dict[int, set[str]] = defaultdict(set)
    reports = []
    for row in rows:
        for headline in dict.fromkeys(h.strip() for h in row["source_headline"].split(";") if h.strip()):
            key = (headline, row["date_start"])
            if key not in article_of:
                article_id = article_of[key] = len(article_of) + 1
                for event in analyse(headline, row["date_start"] + "T12:00:00Z", lexicon).events:
                    reports.append({**event, "id": len(reports) + 1, "article_id": article_id, "story_id": article_id,
                                    "outlet": f"source{article_id}", "language": "en",
                                    "published_at": row["date_start"] + "T12:00:00Z"})
            of_event[article_of[key]].add(row["id"])
    return reports, of_event, {row["id"]: row for row in rows}


def own_cases(config, rules: frozenset[str] = FUSION_RULES) -> dict[tuple[str, str], dict]:
    """Joining figures on the hand-written cases (``OWN_CASES``) per (split, language pair)
    and per (split, the case's ``kind`` when it gives one): each case's reports coded by
    ``analyse`` and fused in order of publication; pairs of reports of one strike joined, and
    joined pairs of one strike (the strike a report tells, not what the fusion should make of
    a report that cannot say)."""
    lexicon = lexicon_for(config)
    figures: dict[tuple[str, str], dict] = defaultdict(lambda: {"pairs": 0, "joined": 0, "fused_pairs": 0, "same": 0})
    for path in OWN_CASES:
        for split, cases in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            for case in cases:
                reports = []
                for n, told in enumerate(sorted(case["reports"], key=lambda told: told["published"])):
                    events = analyse(told["text"], told["published"], lexicon).events
                    reports += [{**event, "article_id": n, "story_id": n, "outlet": told["outlet"], "strike": strike,
                                 "language": told["language"], "published_at": told["published"]}
                                for event, strike in zip(events, strike_labels(told, events))]
                incident = {id(r): number for number, group in enumerate(fuse(reports, rules)) for r in group}
                for a, b in itertools.combinations(reports, 2):
                    joined = incident[id(a)] == incident[id(b)]
                    if not joined and a["strike"] != b["strike"]:
                        continue
                    for key in ((split, "-".join(sorted((a["language"], b["language"])))),
                                *([(split, "kind: " + case["kind"])] if "kind" in case else [])):
                        count_pair(figures[key], a["strike"] == b["strike"], joined)
    return figures


def count_pair(found: dict, same: bool, joined: bool) -> None:
    """Count one report pair in *found*: of one strike (``pairs``, ``joined``), joined
    (``fused_pairs``, ``same``: of one strike)."""
    if same:
        found["pairs"] += 1
        found["joined"] += joined
    if joined:
        found["fused_pairs"] += 1
        found["same"] += same


def stored_cases(config, path: Path) -> dict[str, dict]:
    """Joining and alert figures of the cases of *path* through the live path, per split: each
    case's reports archived in order of publication into a fresh SQLite archive
    (``store.insert_articles``: an ArticleItem per report, coded by ``analyse``, its events
    fused as the pipeline fuses them) and the shipped alert rule recorded at each report's
    publication (``alerts.record_alerts``, its places widened to Syria and Iraq so that Idlib
    and Aleppo are told too). Per split: report pairs of one strike joined, joined pairs of one
    strike, and the "new" alerts per strike told by two reports or more (1.0: one alert per
    incident)."""
    lexicon = lexicon_for(config)
    rule = config.rules[0].model_copy(update={"places": ["Syria", "Iraq"]})
    config = config.model_copy(update={"rules": [rule]})
    figures: dict[str, dict] = defaultdict(lambda: {"pairs": 0, "joined": 0, "fused_pairs": 0, "same": 0,
                                                    "strikes": 0, "new_alerts": 0})
    for split, cases in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        for case in cases:
            with tempfile.TemporaryDirectory() as folder:
                db = open_db(Path(folder) / "archive.db")
                db["feeds"].insert({"id": 1, "name": "bench", "url": "https://bench.example/feed"})
                reports = []
                for n, told in enumerate(sorted(case["reports"], key=lambda told: told["published"])):
                    url = f"https://{told['outlet']}/{n}"
                    item = ArticleItem(feed_id=1, url=url, link=url, html=None, fetched_at=told["published"],
                                       published_at=told["published"], language=told["language"], body=told["text"])
                    coding = analyse(told["text"], told["published"], lexicon)
                    item.matches, item.events = coding.matches, coding.events
                    item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
                    [article_id] = store.insert_articles(db, [item], utc_offset_hours=config.matching.utc_offset_hours)
                    reports += [{"article_id": article_id, "strike": strike} for strike in strike_labels(told, coding.events)]
                    moment = store.parse_iso(told["published"])
                    for incident_id in store.incident_ids_of_article(db, article_id):
                        alerts.record_alerts(db, config, incident_id, moment)
                incidents = [row["incident_id"] for row in db.query("SELECT incident_id FROM events ORDER BY id")]
                told_new = {row["incident_id"] for row in db.query("SELECT incident_id FROM alerts WHERE kind = 'new'")}
                db.conn.close()
            found = figures[split]
            for (a, incident_a), (b, incident_b) in itertools.combinations(zip(reports, incidents), 2):
                count_pair(found, a["strike"] == b["strike"], incident_a == incident_b)
            of_strike: dict[str, set[int]] = defaultdict(set)
            for report, incident_id in zip(reports, incidents):
                of_strike[report["strike"]].add((report["article_id"], incident_id))
            for strike, seen in of_strike.items():
                if len({article for article, _ in seen}) >= 2:
                    found["strikes"] += 1
                    found["new_alerts"] += len({incident for _, incident in seen} & told_new)
    return figures


def strike_labels(told: dict, events: list[dict]) -> list[str]:
    """The strike label of each of *events*, coded in order from report *told*: its ``strike``,
    or of a report naming several (``strikes``: label -> the place as the text names it) those
    whose places the event's place sentence names, in the order the sentence names them, given
    to that sentence's events in their order (a round-up of two strikes in one sentence), or of a
    double strike at one place (its labels name one place) to the report's events in their order,
    whatever sentence tells each; a sentence naming none, a strike of its own.

        >>> told = {"strikes": {"a": "Hajin", "b": "Susah"}}
        >>> said = [{"kind": "place", "sentence": "Drones struck Susah and then Hajin."}]
        >>> strike_labels(told, [{"evidence": said}, {"evidence": said}])
        ['b', 'a']
        >>> twice = {"strikes": {"a": "Hajin", "b": "Hajin"}}
        >>> strike_labels(twice, [{"evidence": [{"kind": "place", "sentence": "A drone hit Hajin."}]},
        ...                       {"evidence": [{"kind": "place", "sentence": "Hours later another hit Hajin."}]}])
        ['a', 'b']
    """
    if "strikes" not in told:
        return [told["strike"]] * len(events)
    labels, told_before = [], Counter()
    for event in events:
        sentence = next((found["sentence"] for found in event.get("evidence") or () if found["kind"] == "place"), "")
        named = [label for _, label in sorted((sentence.index(name), label) for label, name in told["strikes"].items()
                                              if name in sentence)]
        told_as = tuple(named) if len({told["strikes"][label] for label in named}) == 1 < len(named) else sentence
        labels.append(named[min(told_before[told_as], len(named) - 1)] if named else f"unnamed: {sentence}")
        told_before[told_as] += 1
    return labels


# GED's ids split the events in two halves (as bench/ged.py does): rules are tuned on the even
# half's false merges only; the odd half shows whether a change holds on events nobody looked at.
HALVES = {"tuning": 0, "held-out": 1}
SUBSETS = ("all of Syria", "the watched governorates", "strike reports (both headlines coded a strike type)")


def ged_join(coded: tuple, rules: frozenset[str] = FUSION_RULES) -> dict[tuple[str, str], dict]:
    """Joining figures per (subset, half) of the reports *coded* (``ged_reports``) fused with
    the fusion rules *rules*: all GED events, those of the watched governorates, strike
    reports; a headline pair is in the half of its GED event's id, a fused pair in the half of
    the lowest id of the GED events of its two headlines. ``false_merges`` counts the joined
    pairs about no common GED event by ``false_merge_kind``, ``misses`` the headline pairs of
    one GED event in no common incident by ``miss_kind``."""
    reports, of_event, ged = coded
    started = time.perf_counter()
    groups = fuse(reports, rules)
    seconds = time.perf_counter() - started
    incident_of: dict[int, set[int]] = defaultdict(set)   # article -> incidents of its events
    first_report: dict[tuple[int, int], dict] = {}          # (incident, article) -> its first report
    reports_of: dict[int, list[dict]] = defaultdict(list)   # article -> its events
    for number, group in enumerate(groups):
        for report in group:
            incident_of[report["article_id"]].add(number)
            first_report.setdefault((number, report["article_id"]), report)
            reports_of[report["article_id"]].append(report)
    headlines_of: dict[str, list[int]] = defaultdict(list)
    for article_id, events in of_event.items():
        for ged_id in events:
            headlines_of[ged_id].append(article_id)
    strikes = {r["article_id"] for r in reports if r.get("sub_event_type") in STRIKE_TYPES}
    keeps = dict(zip(SUBSETS, (lambda ids, a, b: True,
                               lambda ids, a, b: all(ged[n]["adm_1"] in REGION_GED for n in ids),
                               lambda ids, a, b: {a, b} <= strikes)))
    figures = {(name, half): {"pairs": 0, "located_pairs": 0, "joined": 0, "fused_pairs": 0, "same_event": 0,
                              "ged_split": 0, "ged_unjudged": 0, "false_merges": Counter(), "discriminators": Counter(),
                              "misses": Counter()}
               for name in SUBSETS for half in HALVES}
    for ged_id, articles in headlines_of.items():
        half = _half(int(ged_id))
        for a, b in itertools.combinations(sorted(articles), 2):
            for name, keep in keeps.items():
                if keep({ged_id}, a, b):
                    found = figures[name, half]
                    found["pairs"] += 1
                    if incident_of[a] and incident_of[b]:
                        found["located_pairs"] += 1
                        found["joined"] += bool(incident_of[a] & incident_of[b])
                        if not incident_of[a] & incident_of[b]:
                            found["misses"][miss_kind(reports_of[a], reports_of[b], rules)] += 1
    for number, group in enumerate(groups):
        articles = sorted({r["article_id"] for r in group})
        for a, b in itertools.combinations(articles, 2):
            ids = of_event[a] | of_event[b]
            half = _half(min(int(n) for n in ids))
            for name, keep in keeps.items():
                if keep(ids, a, b):
                    found = figures[name, half]
                    found["fused_pairs"] += 1
                    outcome = "same" if of_event[a] & of_event[b] else None
                    if outcome:
                        found["same_event"] += 1
                    else:
                        kind = false_merge_kind(first_report[number, a], first_report[number, b], of_event[a],
                                                of_event[b], ged)
                        found["false_merges"][kind] += 1
                        found["ged_split"] += kind in GED_SPLITS
                        found["ged_unjudged"] += kind in GED_UNJUDGED
                        outcome = "GED split" if kind in GED_SPLITS else "ours"
                    for discriminator, fires in DISCRIMINATORS.items():
                        if fires(first_report[number, a], first_report[number, b]):
                            found["discriminators"][discriminator, outcome] += 1
    figures["all of Syria", "tuning"].update(reports=len(reports), ged_events=len(headlines_of),
                                             fuse_ms_per_report=seconds * 1000 / max(len(reports), 1))
    return figures


# Facts two joined reports may differ on, as codebook grounds to keep them apart: how often
# each differs in joined pairs about one GED event, GED's own splits and our false merges
# (a discriminator worth a rule differs far more often in the last).
DISCRIMINATORS = {
    "tolls conflict (the lower under half the higher)":
        lambda a, b: a.get("fatalities") is not None and b.get("fatalities") is not None
        and min(a["fatalities"], b["fatalities"]) < TOLL_RATIO * max(a["fatalities"], b["fatalities"]),
    "another side struck (actor2)":
        lambda a, b: bool(a.get("actor2") and b.get("actor2")) and side(a["actor2"]) != side(b["actor2"]),
    "another side struck (actor1)":
        lambda a, b: bool(a.get("actor1") and b.get("actor1")) and side(a["actor1"]) != side(b["actor1"]),
    "air strike and shelling": lambda a, b: a.get("sub_event_type") != b.get("sub_event_type"),
    "targets named, none shared":
        lambda a, b: bool(a.get("targets") and b.get("targets")) and not set(a["targets"]) & set(b["targets"]),
    "a report of several strikes (strike_count)": lambda a, b: max(a.get("strike_count") or 1, b.get("strike_count") or 1) > 1,
    "no second fact agreeing": lambda a, b: second_fact(a, b) is None,
}


# False merges that are GED's own splitting of one strike: rows the codebook's event (date,
# place, dyad) does not tell apart. Two dyads at one place and day are two events: ours.
GED_SPLITS = ("GED: two rows of one dyad, place and day", "GED: one place, a date range covering the other's day")
# False merges GED's rows cannot judge (GED's convention, not a strike split): a round-up
# headline ("airstrikes on Idlib and Hama countryside") is listed at the event of one of its
# places, so the event we code from its other place has no GED row; and a coarse report (a
# governorate's or region's day of strikes) cannot tell apart the rows GED makes per town of
# one dyad's day there. Counted apart from ours, and not in the figures' "splits aside".
GED_UNJUDGED = ("GED: a place of a round-up GED lists at an event in another governorate",
                "GED: a coarse report of one dyad's day in a governorate GED splits by town")


def _half(ged_id: int) -> str:
    return "tuning" if ged_id % 2 == HALVES["tuning"] else "held-out"


def miss_kind(reports_a: list[dict], reports_b: list[dict], rules: frozenset[str]) -> str:
    """Why two headlines of one GED event (their events *reports_a*, *reports_b*) are in no
    common incident: some two of their events are compatible, yet the incidents keep them
    apart (a third report of one, a coarse report fitting several strikes); else the test
    that parts their first events (``monitor.incidents.why_apart``), a place told by
    whether the two are in different governorates (a headline's place coded elsewhere, or a
    round-up naming another), both precise (more than NEAR_KM apart) or one coarse."""
    if any(why_apart(a, b, rules) is None for a in reports_a for b in reports_b):
        return "compatible, kept apart by their incidents' other reports or several strikes a coarse one fits"
    a, b = reports_a[0], reports_b[0]
    kind = why_apart(a, b, rules)
    if kind != "place":
        return kind
    if a.get("admin1") != b.get("admin1"):
        return "place: in different governorates"
    return "place: " + ("two precise places far apart" if a["geo_precision"] == b["geo_precision"] == 1
                        else "a coarse place not holding the other")


def false_merge_kind(a: dict, b: dict, events_a: set[str], events_b: set[str], ged: dict[str, dict]) -> str:
    """Why two joined reports about no common GED event were joined, as GED's rows and our
    coding tell it: GED rows the codebook's event attributes (dyad, place, date) do not tell
    apart, GED rows whose date is a range (``date_prec`` above 1: the day is not known) at one
    place; pairs GED's rows cannot judge (``GED_UNJUDGED``: a report whose governorate is none of
    its headline's GED events', a coarse report beside a row of the same dyad, day and
    governorate); else the precision of our two places."""
    def place_day(n, dyad=True):
        row = ged[n]
        return (row["where_coordinates"], row["date_start"], row["date_end"]) + ((row["side_a"], row["side_b"]) if dyad else ())
    if {place_day(n) for n in events_a} & {place_day(n) for n in events_b}:
        return GED_SPLITS[0]
    if {place_day(n, False) for n in events_a} & {place_day(n, False) for n in events_b}:
        return "GED: one place and day, two dyads"
    if any(ged[x]["where_coordinates"] == ged[y]["where_coordinates"]
           and max(ged[x]["date_start"], ged[y]["date_start"]) <= min(ged[x]["date_end"], ged[y]["date_end"])
           for x in events_a for y in events_b):
        return GED_SPLITS[1]
    if any(report.get("admin1") not in {ged[n]["admin1"] for n in events}
           for report, events in ((a, events_a), (b, events_b))):
        return GED_UNJUDGED[0]
    def dyad_day(n):
        return ged[n]["side_a"], ged[n]["side_b"], ged[n]["date_start"], ged[n]["adm_1"]
    if (max(a["geo_precision"], b["geo_precision"]) > 1
            and {dyad_day(n) for n in events_a} & {dyad_day(n) for n in events_b}):
        return GED_UNJUDGED[1]
    precisions = tuple(sorted((a["geo_precision"], b["geo_precision"])))
    if precisions == (1, 1):
        return "ours: two precise places, " + ("a city or town" if busy(a) or busy(b) else "villages")
    names = {1: "place", 2: "area", 3: "governorate"}
    return f"ours: {names[precisions[0]]} with {names[precisions[1]]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--events", type=int, default=500, help="new events fused at each size")
    parser.add_argument("--ged", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--ged-limit", type=int, help="only the first N GED events with several headlines")
    parser.add_argument("--stored", type=Path, help="only the cases of this file, through the store and the alerts")
    args = parser.parse_args()
    config = load_config(ROOT / "config.yaml")
    if args.stored:
        for split, found in stored_cases(config, args.stored).items():
            print(f"{split} through the store: report pairs of one strike joined {share(found['joined'], found['pairs'])}; "
                  f"joined pairs of one strike {share(found['same'], found['fused_pairs'])}; \"new\" alerts per strike "
                  f"told twice or more {found['new_alerts'] / max(found['strikes'], 1):.2f} "
                  f"({found['new_alerts']}/{found['strikes']})")
        return
    places = region_places(config)
    baseline = coding_ms(config)
    # the lexicon and config stay out of the collector's reach, as in the daemon: a full
    # collection walking them (about 120 ms) would land in one of the fusion steps measured
    freeze_start_up()
    print(f"baseline: coding one article (analyse, shipped config.yaml): {baseline:.3f} ms")
    for coarse_share in COARSE_SHARES:
        for size in args.sizes:
            ms, cpu_ms, joined = fusion_ms(size, args.events, places, coarse_share)
            print(f"fusion at {size:>7,} incidents, {coarse_share:.0%} governorate-only reports: {ms:.3f} ms per event "
                  f"(CPU {cpu_ms:.3f} ms; {ms / baseline:.2f}x coding an article); {joined:.0%} of the new random reports "
                  "joined an incident")
    before, after = own_cases(config, FUSION_RULES - ROUND_RULES), own_cases(config)
    print(f"\nown cases ({', '.join(str(path.relative_to(ROOT)) for path in OWN_CASES)}: Arabic posts and English articles written here; blind = "
          f"written before the fusion ran on them), before (this round's rules {', '.join(sorted(ROUND_RULES))} off) "
          "-> after:")
    for key in sorted(after):
        was, found = before[key], after[key]
        print(f"  {key[0]}, {key[1]}: report pairs of one strike joined "
              f"{share(was['joined'], was['pairs'])} -> {share(found['joined'], found['pairs'])}; "
              f"joined pairs of one strike {share(was['same'], was['fused_pairs'])} -> "
              f"{share(found['same'], found['fused_pairs'])}")
    if not args.ged.exists():
        print(f"no GED file at {args.ged}: joining not measured")
        return
    coded = ged_reports(args.ged, config, args.ged_limit)
    before, after = ged_join(coded, FUSION_RULES - ROUND_RULES), ged_join(coded)
    total = after["all of Syria", "tuning"]
    print(f"\nUCDP GED ({ATTRIBUTION}): {total['reports']} events coded from the distinct headlines of "
          f"{total['ged_events']} GED events with several (analyse of headlines only, all English: no Arabic-English "
          f"pair; GED's date as publication); before (this round's rules {', '.join(sorted(ROUND_RULES))} off) -> after, "
          "per half of GED's ids (tuning: even, the only false merges looked at; held-out: odd):")
    for name in SUBSETS:
        for half in HALVES:
            found, was = after[name, half], before[name, half]
            print(f"  {name}, {half}: headline pairs of one GED event {found['pairs']}, both coded to an event "
                  f"{found['located_pairs']}; joined {joined_share(was)} -> {joined_share(found)}; "
                  f"joined pairs about one GED event {same_share(was)} -> {same_share(found)}")
    print(f"  in-memory fusion: {total['fuse_ms_per_report']:.3f} ms per report")
    strike_reports = SUBSETS[2]
    print("false merges of strike reports (joined pairs about no common GED event) by kind, tuning | held-out:")
    print_by_kind(after[strike_reports, "tuning"]["false_merges"], after[strike_reports, "held-out"]["false_merges"])
    print("missed pairs of strike reports (of one GED event, both coded, in no common incident) by kind, "
          "tuning | held-out:")
    print_by_kind(after[strike_reports, "tuning"]["misses"], after[strike_reports, "held-out"]["misses"])
    print("facts joined strike-report pairs differ on (candidate rules), tuning | held-out, "
          "pairs about one GED event / GED's own splits / ours (false merges):")
    for discriminator in DISCRIMINATORS:
        print("  " + " | ".join("/".join(str(after[strike_reports, half]["discriminators"][discriminator, outcome])
                                         for outcome in ("same", "GED split", "ours")) for half in HALVES)
              + f"  {discriminator}")
    print("each fusion rule off (joined = recall it buys back; one GED event = the precision it costs), tuning/held-out:")
    for rule in sorted(FUSION_RULES):
        print(f"  without {rule:<17} " + halves_line(ged_join(coded, FUSION_RULES - {rule})))
    print("each way a busy coarse report needs a second fact (the other rules as shipped), tuning/held-out:")
    shared = FUSION_RULES - set().union(*AREA_RULES.values())
    for variant, rules in AREA_RULES.items():
        found = ged_join(coded, shared | rules)
        print(f"  {variant:<30} " + halves_line(found)
              + f"; {found['all of Syria', 'tuning']['fuse_ms_per_report']:.3f} ms per report")


def print_by_kind(tuning: Counter, held_out: Counter) -> None:
    """One line a kind, most common first: its count in the tuning half | in the held-out half."""
    for kind, _ in (tuning + held_out).most_common():
        print(f"  {tuning[kind]:>4} | {held_out[kind]:>4}  {kind}")


def halves_line(found: dict) -> str:
    """Joined and one-GED-event shares of every subset, tuning/held-out, on one line."""
    def share(name, part, whole):
        return "/".join(f"{found[name, half][part] / max(found[name, half][whole], 1):.2f}" for half in HALVES)
    return "; ".join(f"{name.split(' (')[0]}: joined {share(name, 'joined', 'located_pairs')}, "
                     f"one GED event {share(name, 'same_event', 'fused_pairs')}" for name in SUBSETS)


def share(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "- (0/0)"


def joined_share(found: dict) -> str:
    return f"{found['joined'] / max(found['located_pairs'], 1):.2f} ({found['joined']}/{found['located_pairs']})"


def same_share(found: dict) -> str:
    """Joined pairs about one GED event; then leaving out the pairs of GED rows the codebook's
    event attributes do not tell apart (one dyad, place and day; a date range covering the
    other's day at one place: ``false_merge_kind``), so the second figure says what is ours;
    the third leaves out as well the pairs GED's rows cannot judge (``GED_UNJUDGED``)."""
    ours = found["fused_pairs"] - found["ged_split"]
    judged = ours - found["ged_unjudged"]
    return (f"{found['same_event'] / max(found['fused_pairs'], 1):.2f} ({found['same_event']}/{found['fused_pairs']}), "
            f"GED's own splits aside {found['same_event'] / max(ours, 1):.2f} ({found['same_event']}/{ours}), "
            f"and the pairs GED cannot judge {found['same_event'] / max(judged, 1):.2f} ({found['same_event']}/{judged})")

if __name__ == "__main__":
    main()
