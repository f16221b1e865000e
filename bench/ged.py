"""Place resolution and death counts on real headlines: the UCDP GED development benchmark.

    python bench/ged.py [path/to/ged_syria_v19_1.csv.gz]
        # default: <repo>/../shared/data/ged/ged_syria_v19_1.csv.gz; without it, the
        # committed sample tests/fixtures/ged_sample.csv

Data: UCDP GED 19.1, CC BY 4.0, Sundberg & Melander 2013; Högbladh 2019 (Sundberg, Ralph
and Erik Melander (2013) "Introducing the UCDP Georeferenced Event Dataset", Journal of
Peace Research 50(4); Högbladh, Stina (2019) "UCDP GED Codebook version 19.1").

Scored: rows whose headline names the coded place (``where_coordinates``, e.g. "Hajin
town" -> "Hajin", written in the headline as whole words after folding). For each, the
place the shipped config.yaml lexicon locates in the headline (``places.locate``: the
strike's place, whether or not the headline reads as a strike report): within 25 km of the
coded point, and in the coded governorate (when the headline reports several strikes, the
event nearest GED's point: GED codes one row per place); and, where the headline states a death toll
(``figures.killed_figures``), whether it is GED's ``best``. Then each place-looking rule
of places.PLACE_RULES is switched off in turn, to show what it costs in recall and what it
buys: place matches per article on the real news pages of tests/fixtures/pages.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
import time
from collections import Counter
from pathlib import Path

from haversine import haversine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from monitor.config import load_config  # noqa: E402
from monitor.text import analyse, figures  # noqa: E402
from monitor.normalize import name_key, normalize, normalize_term  # noqa: E402
from monitor.text.places import PLACE_RULES, locate  # noqa: E402
from monitor.text.watchlists import compile_lexicon, match_watchlists  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "ged" / "ged_syria_v19_1.csv.gz"
SAMPLE = ROOT / "tests" / "fixtures" / "ged_sample.csv"
# The rules of this round (issue 16, "no confident wrong village"): the "before" of before -> after
ROUND_RULES = frozenset({"lists", "elsewhere", "outside", "around", "clauses"})
ATTRIBUTION = "UCDP GED 19.1, CC BY 4.0, Sundberg & Melander 2013; Högbladh 2019"
_KIND_WORDS = re.compile(r"\s+(?:town|village|city|district|sub-district|subdistrict|governorate|camp|area"
                         r"|neighbourhood|neighborhood|airport|airbase|base|mountain|desert)$", re.IGNORECASE)


def read_ged(path: Path) -> list[dict]:
    """Rows of a GED CSV (.csv.gz or .csv; leading ``#`` lines are comments)."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    return list(csv.DictReader(io.StringIO("".join(line for line in text.splitlines(keepends=True)
                                                   if not line.startswith("#")))))


def coded_names(row: dict) -> list[str]:
    """The folded names of the coded place: "Umm Ashba/Barqah village" -> ['umm ashba', 'barqah']."""
    where = re.sub(r"\(.*?\)", "", row["where_coordinates"])
    return [folded for part in where.split("/") if (folded := normalize_term(_KIND_WORDS.sub("", part.strip())))]


def names_the_place(row: dict) -> bool:
    headline = f" {normalize(row['source_headline']).text} "
    return any(f" {name} " in headline for name in coded_names(row))


def governorates(lexicon) -> dict[str, str]:
    """name_key of every way a governorate is written -> the gazetteer's admin1."""
    return {name_key(name): admin1 for (admin1, admin2), place in lexicon.areas.items() if not admin2
            for name in (admin1, place.name, *place.variants)}


def score(rows: list[dict], lexicon) -> dict:
    """Figures of place resolution and death counts over GED *rows* (already filtered):
    located, within 25 km of the coded point, coded as a precise place (precision 1) yet more
    than 25 km off ("precise_far", the error an analyst cannot live with), governorate right."""
    admin1_of = governorates(lexicon)
    located = within = precise_far = admin1_right = stated = exact = 0
    started = time.perf_counter()
    for row in rows:
        headline = row["source_headline"]
        coded = (float(row["latitude"]), float(row["longitude"]))
        where = _nearest_event(headline, row["date_start"], coded, lexicon)
        if where is not None:
            point, precision, admin1 = where
            located += 1
            near = haversine(point, coded) <= 25
            within += near
            precise_far += precision == 1 and not near
            admin1_right += admin1_of.get(name_key(row["adm_1"])) == admin1
        killed = figures.killed_figures(normalize(headline).text)
        if killed:
            stated += 1
            exact += max(killed) == int(row["best"])
    seconds = time.perf_counter() - started
    n = max(len(rows), 1)
    return {"rows": len(rows), "located": located / n, "within_25km": within / n, "precise_far": precise_far / n,
            "admin1_right": admin1_right / n,
            "deaths_stated": stated, "deaths_exact": exact / max(stated, 1), "rows_per_s": len(rows) / seconds}


def _nearest_event(headline: str, day: str, coded: tuple[float, float], lexicon):
    """(point, precision, admin1) of the strike's place: of the events ``analyse`` codes, the one
    nearest GED's point when the headline reports several strikes (GED splits a headline
    naming several places into one row per place, so one row can only be matched by one of
    them); else ``locate``'s place (any headline, strike report or not); None when unlocated."""
    events = [e for e in analyse(headline, day, lexicon).events if e["latitude"] is not None]
    if len(events) > 1:
        event = min(events, key=lambda e: haversine((e["latitude"], e["longitude"]), coded))
        return (event["latitude"], event["longitude"]), event["geo_precision"], event["admin1"]
    place, precision, _ = locate(headline, lexicon)
    return None if place is None else (place.point, precision, place.admin1)


def coded_tolls(rows: list[dict], lexicon) -> dict:
    """The event coder's fatalities (``analyse``, as archived) against GED's on headlines that
    report one event: a single headline that no other GED row shares (GED splits a headline
    naming several events into several rows, each with its own ``best``)."""
    shared = Counter(row["source_headline"] for row in rows)
    single = [row for row in rows if ";" not in row["source_headline"] and shared[row["source_headline"]] == 1]
    coded = exact = within = 0
    for row in single:
        event = analyse(row["source_headline"], row["date_start"], lexicon).event
        if event and event.get("fatalities") is not None:
            coded += 1
            exact += event["fatalities"] == int(row["best"])
            within += int(row["low"]) <= event["fatalities"] <= int(row["high"])
    return {"single": len(single), "coded": coded, "exact": exact / max(coded, 1), "within": within / max(coded, 1)}


def place_matches_per_article(lexicon) -> float:
    """Place matches per real news page body (a rule that buys nothing leaves this unchanged)."""
    import trafilatura

    pages = [gzip.decompress(p.read_bytes()) for p in sorted((ROOT / "tests/fixtures/pages").glob("*.html.gz"))]
    bodies = [trafilatura.extract(page) or "" for page in pages]
    found = [m for body in bodies for m in match_watchlists(body, lexicon) if m.watchlist in lexicon.place_watchlists]
    return len(found) / len(bodies)


def labelled_places(lexicon) -> dict[tuple[str, str, str], dict]:
    """The hand-written place cases (tests/fixtures/places: cases.yaml "tuned", heldout.yaml
    "heldout", never tuned on) per (split, language, country): exact (location and
    precision), governorate right, and coded at precision 1 at a place other than the labelled
    one ("precise_wrong")."""
    import yaml

    folder = ROOT / "tests" / "fixtures" / "places"
    country_of = {admin1: places[0].country for admin1, places in lexicon.area_places.items()}
    groups: dict[tuple[str, str, str], dict] = {}
    for split, name in (("tuned", "cases.yaml"), ("heldout", "heldout.yaml")):
        for case in yaml.safe_load((folder / name).read_text(encoding="utf-8")):
            event = analyse(case["text"], "2024-03-05T10:00:00Z", lexicon).event or {}
            group = groups.setdefault((split, case["lang"], country_of.get(case["admin1"], "no place")),
                                      {"cases": 0, "exact": 0, "admin1_right": 0, "precise_wrong": 0})
            group["cases"] += 1
            group["exact"] += (event.get("location"), event.get("geo_precision")) == (case["location"], case["precision"])
            group["admin1_right"] += event.get("admin1") == case["admin1"]
            group["precise_wrong"] += event.get("geo_precision") == 1 and event.get("location") != case["location"]
    return groups


def labelled_exact(lexicon) -> dict[str, float]:
    """Share of labelled strike reports whose event carries the labelled place, per language:
    tests/fixtures/places/cases.yaml and the strike reports of tests/fixtures/matching/cases.yaml."""
    import yaml

    from monitor.text import analyse

    fixtures = ROOT / "tests" / "fixtures"
    cases = [(c["lang"], c["text"], c["location"]) for c in
             yaml.safe_load((fixtures / "places" / "cases.yaml").read_text(encoding="utf-8"))]
    cases += [(c["lang"], c["body"], c["expect"]["location"]) for c in
              yaml.safe_load((fixtures / "matching" / "cases.yaml").read_text(encoding="utf-8"))
              if c["expect"]["strike"]]
    hits: dict[str, list[bool]] = {}
    for lang, text, location in cases:
        event = analyse(text, "2024-03-05T10:00:00Z", lexicon).event or {}
        hits.setdefault(lang, []).append(event.get("location") == location)
    return {lang: sum(found) / len(found) for lang, found in sorted(hits.items())}


def _labelled(shares: dict[str, float]) -> str:
    return ", ".join(f"{lang} {share:.3f}" for lang, share in shares.items())


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not source.exists():
        source = SAMPLE
    rows = read_ged(source)
    scored = [row for row in rows if names_the_place(row)]
    config = load_config(ROOT / "config.yaml")
    places = config.places()
    shipped = compile_lexicon(config.watchlists, places, config.matching)
    print(f"{ATTRIBUTION}: {source.name}, {len(rows)} rows, {len(scored)} whose headline names the coded place")
    figures_ = score(scored, shipped)
    print(f"shipped config: located {figures_['located']:.3f}, within 25 km {figures_['within_25km']:.3f}, "
          f"precise yet >25 km off {figures_['precise_far']:.3f}, "
          f"governorate right {figures_['admin1_right']:.3f}, deaths exact {figures_['deaths_exact']:.3f} "
          f"of {figures_['deaths_stated']} headlines stating a toll; {figures_['rows_per_s']:.0f} rows/s")
    before = compile_lexicon(config.watchlists, places, config.matching, PLACE_RULES - ROUND_RULES)
    old = score(scored, before)
    print(f"GED, Syria, English headlines (GED has no Iraq and no Arabic), before (this round's rules "
          f"{', '.join(sorted(ROUND_RULES))} off) -> after:")
    for column, name in (("within_25km", "within 25 km"), ("precise_far", "precise yet >25 km off"),
                         ("admin1_right", "governorate right")):
        print(f"  {name:<24} {old[column]:.3f} -> {figures_[column]:.3f} ({figures_[column] - old[column]:+.3f})")
    print("hand-written place cases (written for tests/fixtures/places; heldout.yaml never tuned on), "
          "before -> after:")
    was, now = labelled_places(before), labelled_places(shipped)
    for group in sorted(now):
        a, b = was[group], now[group]
        print(f"  {' '.join(group):<22} {b['cases']:3} cases: exact {a['exact'] / a['cases']:.2f} -> "
              f"{b['exact'] / b['cases']:.2f}, governorate right {a['admin1_right'] / a['cases']:.2f} -> "
              f"{b['admin1_right'] / b['cases']:.2f}, precise at a wrong place {a['precise_wrong'] / a['cases']:.2f}"
              f" -> {b['precise_wrong'] / b['cases']:.2f}")
    tolls = coded_tolls(rows, shipped)
    print(f"coded fatalities on {tolls['single']} single-event headlines: {tolls['coded']} events with a toll, "
          f"exact {tolls['exact']:.3f}, within GED's low-high {tolls['within']:.3f}")
    noise = place_matches_per_article(shipped)
    labelled = labelled_exact(shipped)
    print(f"place matches per real news page: {noise:.1f}; labelled strike reports with the right place "
          f"(in sample): {_labelled(labelled)}")
    print("each place-looking rule off (recall it costs = within 25 km gained; noise = matches per page):")
    for rule in sorted(PLACE_RULES):
        lexicon = compile_lexicon(config.watchlists, places, config.matching, PLACE_RULES - {rule})
        without = score(scored, lexicon)
        print(f"  without {rule:<12} within 25 km {without['within_25km']:.3f} "
              f"({without['within_25km'] - figures_['within_25km']:+.3f}), located {without['located']:.3f}, "
              f"labelled {_labelled(labelled_exact(lexicon))}, "
              f"place matches per page {place_matches_per_article(lexicon):.1f} ({noise:.1f} with it)")


if __name__ == "__main__":
    main(sys.argv)
