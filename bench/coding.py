"""How well the event coder follows the codebook on the labelled cases, tuned vs held-out.

    python bench/coding.py            # the tables, then every miss
    python bench/coding.py --quiet    # the tables only
    python bench/coding.py articles_heldout_news19.yaml ...   # just those article files

The cases are tests/fixtures/matching/cases.yaml with the shipped config.yaml. Those with
``split: heldout`` were written before the rules and never tuned on; every other case is
"tuned". Per language and split: strike-report precision and recall, sub_event_type
accuracy (over the cases expecting a violent event, and no event where none is expected),
and fatalities exactly as labelled (over the events expected and coded).

The second table is tests/fixtures/matching/strikes.yaml: reports of several strikes, old
ordnance, exchanges of fire, wire copy's air-raid wording, reconnaissance flights, campaign
totals and actors, per language, country and split: strike-report precision and recall,
the events found (expected events coded at their place, in order) and the extra ones
(over-splitting), then over the events found: type, fatalities, actor1 and actor2 exact.

The last tables are full news articles and local posts (tests/fixtures/matching/articles_*.yaml,
ours): per language and style, per language, per country, the same figures with admin1
and injured; where the expected events carry their point (latitude, longitude), the share
within 25 km of it and the share coded as a precise place more than 25 km off (issue 16's
"confident wrong village"); for the files whose labels carry geo_precision instead, per language and per country:
place exact (location and precision), within 25 km, governorate right and strike events coded at
precision 1 yet more than 25 km from the labelled place. ``articles_heldout.yaml`` was written before the rules it measures and never
tuned on; ``articles_tuned.yaml`` is what the rules were written against.
"""

from __future__ import annotations

import sys
from collections import defaultdict

import yaml
from haversine import haversine

from common import ROOT

sys.path.insert(1, str(ROOT))   # after tests/ (common.py): the root conftest.py is not the tests' one
from conftest import FIXTURES, matching_cases  # noqa: E402  (tests/ is on the path: common.py)
from monitor.config import load_config  # noqa: E402
from monitor.text import analyse, lexicon_for  # noqa: E402


def expected_type(case: dict) -> str | None:
    """The ACLED type a case expects: its sub_event_type for events, None for no event.

    The older n.. and o.. cases expect no event (outside the region: the other engineer's
    region rule decides whether they become events, so they count for strike decisions only).
    """
    return case["expect"].get("sub_event_type")


def count_decision(case: dict, coding, group: dict[str, int], misses: list[tuple]) -> None:
    """One case's strike-report decision counted in *group* (a miss added to *misses*)."""
    group["cases"] += 1
    strike, found = case["expect"]["strike"], coding.is_strike_report
    group["tp"] += strike and found
    group["fp"] += (not strike) and found
    group["fn"] += strike and not found
    if found != strike:
        misses.append((case["id"], "strike", strike, found))


def score(cases: list[dict], lexicon) -> tuple[dict, list[tuple]]:
    """Counts per (language, split) and the misses."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for case in cases:
        expect = case["expect"]
        coding = analyse(case["body"], str(case["published"]), lexicon)
        event = coding.event or {}
        group = counts[(case["lang"], case.get("split", "tuned"))]
        count_decision(case, coding, group, misses)
        if case["id"][0] in "ksn":      # cases that state the event's type (n..: none)
            want, got = expected_type(case), event.get("sub_event_type")
            group["typed"] += 1
            group["type_ok"] += want == got
            if want != got:
                misses.append((case["id"], "sub_event_type", want, got))
            if want is not None and got is not None and "fatalities" in expect:
                group["tolls"] += 1
                group["toll_ok"] += expect["fatalities"] == event.get("fatalities")
                if expect["fatalities"] != event.get("fatalities"):
                    misses.append((case["id"], "fatalities", expect["fatalities"], event.get("fatalities")))
    return counts, misses


EVENT_KEYS = ("sub_event_type", "fatalities", "actor1", "actor2")
ARTICLE_KEYS = ("sub_event_type", "admin1", "fatalities", "injured", "actor1", "actor2")


def score_strikes(cases: list[dict], lexicon, by: tuple[str, ...] = ("lang", "country", "split"),
                  keys: tuple[str, ...] = EVENT_KEYS) -> tuple[dict, list[tuple]]:
    """Counts per group (the case fields *by*) of labelled multi-event cases, and the misses.

    An expected event is found when an event is coded at its location (an expected event
    without a location: at its admin1); *keys* are then compared exactly. Events of a case
    expecting no strike are not counted as extra (a non-strike may code a clash or an
    interception); its strike decision is.
    """
    counts: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for case in cases:
        expect = case["expect"]
        coding = analyse(case["body"], str(case["published"]), lexicon)
        group = counts[tuple(case[field] for field in by)]
        count_decision(case, coding, group, misses)
        coded = list(coding.events)
        group["expected"] += len(expect["events"])
        for want in expect["events"]:
            count_distance(want, coding.events, group, misses, case["id"])
            got = next((event for event in coded if event["location"] == want["location"]
                        and (want["location"] or event["admin1"] == want.get("admin1"))), None)
            if got is None:
                misses.append((case["id"], "event", want["location"], [e["location"] for e in coded]))
                continue
            coded.remove(got)
            group["found"] += 1
            for key in keys:
                group[key] += got[key] == want[key]
                if got[key] != want[key]:
                    misses.append((case["id"], f"{want['location']} {key}", want[key], got[key]))
        if expect["strike"]:
            group["extra"] += len(coded)
            misses.extend((case["id"], "extra event", None, event["location"]) for event in coded)
    return counts, misses


NEAR_KM = 25.0


def count_distance(want: dict, coded: list[dict], group: dict[str, int], misses: list[tuple], case_id: str) -> None:
    """An expected event labelled with its point: the coded event nearest it within NEAR_KM
    ("near"), or, when the nearest is a precise place (geo_precision 1) farther off, "far" (the
    confident wrong village of issue 16). Unlocated or no events count as neither."""
    if want.get("latitude") is None:
        return
    group["placed"] += 1
    point = (want["latitude"], want["longitude"])
    located = [(haversine(point, (e["latitude"], e["longitude"])), e) for e in coded if e["latitude"] is not None]
    km, nearest = min(located, key=lambda pair: pair[0], default=(None, None))
    group["near"] += km is not None and km <= NEAR_KM
    far = km is not None and km > NEAR_KM and nearest["geo_precision"] == 1
    group["far"] += far
    if far:
        misses.append((case_id, f"{want['location']} precise far", f"{km:.0f} km", nearest["location"]))


def print_strikes(table: dict, by: tuple[str, ...], keys: tuple[str, ...]) -> None:
    """One row per group: decision precision and recall, events found and extra, *keys* exact."""
    widths = {"lang": 4, "country": 7, "split": 8, "style": 7}
    print("\n" + " ".join(f"{field:{widths[field]}}" for field in by)
          + f" {'cases':>5} {'precision':>11} {'recall':>11} {'events':>11} {'extra':>5} "
          + " ".join(f"{key[:11]:>11}" for key in keys))
    for group, c in sorted(table.items()):
        print(" ".join(f"{value:{widths[field]}}" for field, value in zip(by, group))
              + f" {c['cases']:5} {ratio(c['tp'], c['tp'] + c['fp']):>11} {ratio(c['tp'], c['tp'] + c['fn']):>11} "
              f"{ratio(c['found'], c['expected']):>11} {c['extra']:5} "
              + " ".join(f"{ratio(c[key], c['found']):>11}" for key in keys)
              + (f"  within {NEAR_KM:.0f} km {ratio(c['near'], c['placed'])}, precise far {ratio(c['far'], c['placed'])}"
                 if c["placed"] else ""))


def labelled_point(want: dict, lexicon) -> tuple[float, float] | None:
    """The gazetteer point of a labelled event's place (its name in its governorate); of namesakes in
    one governorate (Safiyah of Qamishli and of Al-Hasakah), the one nearest the labelled point."""
    points = [place.point for place in lexicon.area_places.get(want["admin1"], ()) if place.name == want["location"]]
    if len(points) > 1 and want.get("latitude") is not None:
        return min(points, key=lambda point: haversine(point, (want["latitude"], want["longitude"])))
    return next(iter(points), None)


def score_places(cases: list[dict], lexicon, by: tuple[str, ...] = ("lang",)) -> dict:
    """Place figures per group over cases whose expected events carry ``geo_precision``:
    place exact (an event coded at the labelled location and precision), within 25 km (an
    event coded within NEAR_KM of the labelled point), governorate right (an event coded in
    the labelled governorate), and "precise far" over the located strike events coded for
    strike cases: geo_precision 1 yet more than NEAR_KM from every labelled place of the case."""
    counts: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        wants = [want for want in case["expect"]["events"] if "geo_precision" in want]
        if not wants:
            continue
        coded = analyse(case["body"], str(case["published"]), lexicon).events
        group = counts[tuple(case[field] for field in by)]
        points = [labelled_point(want, lexicon) for want in wants]
        for want, point in zip(wants, points):
            group["expected"] += 1
            group["exact"] += any((e["location"], e["geo_precision"]) == (want["location"], want["geo_precision"])
                                  for e in coded)
            group["near"] += point is not None and any(
                e["latitude"] is not None and haversine(point, (e["latitude"], e["longitude"])) <= NEAR_KM for e in coded)
            group["admin1"] += any(e["admin1"] == want["admin1"] for e in coded)
        strikes = [e for e in coded if e["sub_event_type"] in lexicon.matching.strike_types and e["latitude"] is not None]
        group["coded"] += len(strikes)
        group["precise_far"] += sum(e["geo_precision"] == 1 and all(
            point is None or haversine(point, (e["latitude"], e["longitude"])) > NEAR_KM for point in points)
            for e in strikes)
    return counts


def print_places(table: dict, by: tuple[str, ...] = ("lang",)) -> None:
    print(f"\n{' '.join(by):7} {'events':>6} {'place exact':>13} {'within 25 km':>13} {'governorate':>13} "
          f"{'precise yet >25 km off':>24}")
    for group, c in sorted(table.items()):
        print(f"{' '.join(group):7} {c['expected']:6} {ratio(c['exact'], c['expected']):>13} "
              f"{ratio(c['near'], c['expected']):>13} {ratio(c['admin1'], c['expected']):>13} "
              f"{ratio(c['precise_far'], c['coded']):>24}")


def load_cases(name: str) -> list[dict]:
    return yaml.safe_load((FIXTURES / "matching" / name).read_text(encoding="utf-8"))


# Full articles and local posts (ours): held-out files (articles_heldout*.yaml: written before
# the rules they measure, never tuned on) and the tuning sets the rules were written against
# (articles_tuned*.yaml).
ARTICLE_FILES = sorted(path.name for path in (FIXTURES / "matching").glob("articles_*.yaml"))


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def main(quiet: bool = False, only: list[str] | None = None) -> None:
    """Print every table; with *only* (article file names), just those files' tables."""
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    misses, strike_misses, article_misses = [], [], []
    if not only:
        counts, misses = score(matching_cases(), lexicon)
        print(f"{'lang':4} {'split':8} {'cases':>5}  {'precision':>12} {'recall':>12} {'type exact':>13} "
              f"{'fatalities':>13}")
        for (lang, split), c in sorted(counts.items()):
            print(f"{lang:4} {split:8} {c['cases']:5}  {ratio(c['tp'], c['tp'] + c['fp']):>12} "
                  f"{ratio(c['tp'], c['tp'] + c['fn']):>12} {ratio(c['type_ok'], c['typed']):>13} "
                  f"{ratio(c['toll_ok'], c['tolls']):>13}")
        by = ("lang", "country", "split")
        table, strike_misses = score_strikes(load_cases("strikes.yaml"), lexicon, by)
        print_strikes(table, by, EVENT_KEYS)
    for name in only or ARTICLE_FILES:
        cases = load_cases(name)
        print(f"\n{name}: full articles and local posts")
        for by in (("lang", "style"), ("lang",), ("country",)):
            table, found = score_strikes(cases, lexicon, by, ARTICLE_KEYS)
            print_strikes(table, by, ARTICLE_KEYS)
        for by in (("lang",), ("country",)):
            places = score_places(cases, lexicon, by)
            if places:
                print_places(places, by)
        article_misses += found
    if not quiet:
        for miss in [*misses, *strike_misses, *article_misses]:
            print("miss", *miss)


if __name__ == "__main__":
    main("--quiet" in sys.argv, [arg for arg in sys.argv[1:] if not arg.startswith("--")])
