"""Every coding and incident the shipped config gives, as text to diff: a change meant to
make things faster (cache, defer, share) must leave it unchanged.

    python bench/snapshot.py > before.txt      # on main
    python bench/snapshot.py > after.txt       # on the branch
    diff before.txt after.txt                  # empty: codings and incidents identical

Dumped: ``analyse`` of every case of tests/fixtures/matching/*.yaml (its matches, decision
and events, every field); the incident of every event of every case of
tests/fixtures/incidents/*.yaml archived through the store (bench/incidents.py --stored:
``store.insert_articles``) with each incident's facts; the in-memory fusion
(``monitor.incidents.fuse``) of the UCDP GED proxy's headlines (bench/incidents.py; when
../shared is there: UCDP GED 19.1, CC BY 4.0; Sundberg & Melander 2013; Högbladh 2019); and the store's fusion of synthetic reports at 1,000 incidents, 0 %
and 20 % governorate-only, in batches as bench/incidents.py times it (``store._fuse``).
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
import tempfile
from pathlib import Path

import yaml

from incidents import ROOT, archive_with, fuse_batch, ged_reports, new_reports, region_places

from monitor import store  # noqa: E402
from monitor.config import load_config  # noqa: E402
from monitor.incidents import fuse  # noqa: E402
from monitor.items import ArticleItem  # noqa: E402
from monitor.schema import open_db  # noqa: E402
from monitor.text import analyse, lexicon_for  # noqa: E402
from ged import DEFAULT_SOURCE  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def line(*parts) -> None:
    print(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str))


def codings(lexicon) -> None:
    """``analyse`` of every labelled case: matches, decision, events."""
    for path in sorted((FIXTURES / "matching").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            coding = analyse(case["body"], str(case["published"]), lexicon)
            line(path.name, case["id"], [dataclasses.astuple(m) for m in coding.matches],
                 coding.decision and dataclasses.asdict(coding.decision), coding.events)


def stored(lexicon) -> None:
    """The incident of each event of every hand-written fusion case, archived through the store."""
    for path in sorted((FIXTURES / "incidents").glob("*.yaml")):
        for split, cases in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            for number, case in enumerate(cases):
                with tempfile.TemporaryDirectory() as folder:
                    db = open_db(Path(folder) / "archive.db")
                    db["feeds"].insert({"id": 1, "name": "bench", "url": "https://bench.example/feed"})
                    for n, told in enumerate(sorted(case["reports"], key=lambda told: told["published"])):
                        url = f"https://{told['outlet']}/{n}"
                        item = ArticleItem(feed_id=1, url=url, link=url, html=None, fetched_at=told["published"],
                                           published_at=told["published"], language=told["language"],
                                           body=told["text"])
                        coding = analyse(told["text"], told["published"], lexicon)
                        item.matches, item.events = coding.matches, coding.events
                        item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
                        store.insert_articles(db, [item])
                    line(path.name, split, number, [tuple(row) for row in db.execute(
                        "SELECT id, article_id, incident_id FROM events ORDER BY id")], _incidents(db))
                    db.conn.close()


def _incidents(db) -> list[dict]:
    return [{k: v for k, v in row.items() if k not in ("updated_at",)}
            for row in db.query("SELECT * FROM incidents ORDER BY id")]


def ged(config) -> None:
    """The GED proxy's headlines coded and fused in memory: each incident's report ids."""
    if not DEFAULT_SOURCE.exists():
        line("ged", "absent")
        return
    reports, _, _ = ged_reports(DEFAULT_SOURCE, config, None)
    line("ged", len(reports), sorted(sorted(r["id"] for r in group) for group in fuse(reports)))


def synthetic(config, incidents: int = 1000, new_events: int = 500) -> None:
    """bench/incidents.py's cost run (``fusion_ms``) without the clock: every event's incident."""
    places = region_places(config)
    for coarse_share in (0.0, 0.2):
        rng = random.Random(incidents)
        with tempfile.TemporaryDirectory() as folder:
            db, days = archive_with(Path(folder) / "bench.db", incidents, places, rng, coarse_share)
            for round_ in range(5):
                fuse_batch(db, new_reports(db, places, days, rng, coarse_share,
                                           incidents + 1 + round_ * (new_events // 5), new_events // 5))
            line("synthetic", coarse_share, [tuple(row) for row in db.execute(
                "SELECT id, incident_id FROM events ORDER BY id")], _incidents(db))
            db.conn.close()


def main(parts: list[str]) -> None:
    config = load_config(ROOT / "config.yaml")
    lexicon = lexicon_for(config)
    steps = {"codings": lambda: codings(lexicon), "stored": lambda: stored(lexicon), "ged": lambda: ged(config),
             "synthetic": lambda: synthetic(config)}
    for name in parts or steps:
        steps[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
