"""Place resolution and death counts on real headlines: the UCDP GED development benchmark.

    python bench/ged.py [path/to/ged_syria_v19_1.csv.gz] [--errors]
    python bench/ged.py --tolls     # the death tolls only: per half, and the tuning half's misses by wording
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
(``figures.killed_figures``), whether it is GED's ``best``; the coded fatalities of single-event
headlines apart where GED's best is a number the headline writes (the headline's figure is GED's
source) and where it is not (GED summed or split other sources: a legit difference). Then each place-looking rule
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
from monitor.text.places import PLACE_RULES, locate, spelling_key  # noqa: E402
from monitor.text.watchlists import compile_lexicon, match_watchlists  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "ged" / "ged_syria_v19_1.csv.gz"
SAMPLE = ROOT / "tests" / "fixtures" / "ged_sample.csv"
# The rules of this round (issue 16, "governorate right"): the "before" of before -> after
ROUND_RULES = frozenset({"sites", "prefix", "seats", "coordinated", "bound", "nested"})
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


def outcomes(rows: list[dict], lexicon) -> list[dict]:
    """Per GED row: where the shipped coder puts it (place, precision, governorate), whether
    that is within 25 km of GED's point, precise yet more than 25 km off, in GED's
    governorate; and the death toll the headline states, if any."""
    admin1_of = governorates(lexicon)
    found = []
    for row in rows:
        headline = row["source_headline"]
        coded = (float(row["latitude"]), float(row["longitude"]))
        where = _nearest_event(headline, row["date_start"], coded, lexicon)
        outcome = {"row": row, "place": None, "precision": None, "admin1": None, "km": None,
                   "near": False, "precise_far": False, "admin1_right": False, "killed": None}
        if where is not None:
            name, point, precision, admin1 = where
            km = haversine(point, coded)
            outcome.update(place=name, precision=precision, admin1=admin1, km=km, near=km <= 25,
                           precise_far=precision == 1 and km > 25,
                           admin1_right=admin1_of.get(name_key(row["adm_1"])) == admin1)
        killed = figures.killed_figures(normalize(headline).text)
        outcome["killed"] = max(killed) if killed else None
        found.append(outcome)
    return found


def tally(found: list[dict], seconds: float = 0.0) -> dict:
    """Figures of place resolution and death counts over per-row *found* outcomes: located,
    within 25 km of the coded point, coded as a precise place (precision 1) yet more than
    25 km off ("precise_far", the error an analyst cannot live with), governorate right."""
    n = max(len(found), 1)
    stated = [o for o in found if o["killed"] is not None]
    # GED codes no governorate for a country or a region across several ("Syria", "the Syrian Desert"): no
    # coder can be right about one there, so the governorate is also scored over the rows where GED names one
    named = [o for o in found if o["row"]["adm_1"]]
    return {"rows": len(found), "located": sum(o["place"] is not None for o in found) / n,
            "within_25km": sum(o["near"] for o in found) / n, "precise_far": sum(o["precise_far"] for o in found) / n,
            "admin1_right": sum(o["admin1_right"] for o in found) / n,
            "admin1_named": len(named), "admin1_right_named": sum(o["admin1_right"] for o in named) / max(len(named), 1),
            "deaths_stated": len(stated),
            "deaths_exact": sum(o["killed"] == int(o["row"]["best"]) for o in stated) / max(len(stated), 1),
            "rows_per_s": len(found) / seconds if seconds else 0.0}


def score(rows: list[dict], lexicon) -> dict:
    """``tally`` of GED *rows* (already filtered) as the coder with *lexicon* places them."""
    started = time.perf_counter()
    found = outcomes(rows, lexicon)
    return tally(found, time.perf_counter() - started)


# GED's where_prec: 1 exact place, 2 within 25 km, 3 district; 4 governorate, 5 area, 6 country.
# From 4 on GED itself does not know the place (a governorate's centroid, "northern Syria"):
# a town named in the headline is then no error of ours, and those rows are scored apart.
GED_KNOWS_PLACE = 3


def splits(found: list[dict]) -> dict[str, list[dict]]:
    """The scored rows by half (GED id parity: even = tuning, odd = held-out, never tuned on)
    and by whether GED knows the place (where_prec 1-3) or coded only an area (4-6)."""
    return {"all": found,
            "tuning (even id)": [o for o in found if int(o["row"]["id"]) % 2 == 0],
            "held-out (odd id)": [o for o in found if int(o["row"]["id"]) % 2 == 1],
            "GED knows the place (where_prec 1-3)": [o for o in found if int(o["row"]["where_prec"]) <= GED_KNOWS_PLACE],
            "GED coded an area (where_prec 4-6)": [o for o in found if int(o["row"]["where_prec"]) > GED_KNOWS_PLACE]}


# GED's own conventions, where our answer may be as right as GED's or more (scored apart, never tuned to):
# the city coded for the land around it ("Aleppo countryside", "the Eastern Ghouta of Damascus", "east of
# Damascus"), an event of the headline that is no strike (a death, an execution, clashes, a funeral), and
# the district coded for the town the headline names.
_AREA_BEFORE = re.compile(r"(?:countryside|outskirts|ghouta|rural|vicinity|areas?|desert|(?:north|south|east|west)\w*)"
                          r"(?: of)?(?: the capital)?\s*$", re.IGNORECASE)
_AREA_AFTER = re.compile(r"^(?:['’]s)?\s*(?:(?:north|south|east|west|middle)\w* )?(?:countryside|province|rural|outskirts)",
                         re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|while|as|with|after)\s|\s[-–—]\s", re.IGNORECASE)
GED_CONVENTION = ("GED: city coded for the land around it", "GED: another event of the headline, no strike",
                  "GED: the district coded for the town named", "GED coded an area (where_prec 4-6)")


def error_kind(outcome: dict, lexicon) -> str | None:
    """Why a row is wrong (precise yet far, or in another governorate), None when it is not.
    GED's conventions (GED_CONVENTION): GED coded only an area; the city for its countryside; another
    event of the headline that is no strike; the district for the town named. Ours: unlocated; GED's
    place not found in the headline (a gazetteer or cue gap); a homonym (our place has GED's name,
    elsewhere); another place of the headline chosen."""
    row = outcome["row"]
    if not outcome["precise_far"] and outcome["admin1_right"]:
        return None
    if int(row["where_prec"]) > GED_KNOWS_PLACE:
        return "GED coded an area (where_prec 4-6)"
    headline = row["source_headline"]
    names = set(coded_names(row))
    matches = match_watchlists(headline, lexicon)
    places = [m for m in matches if m.watchlist in lexicon.place_watchlists]
    mentions = [m for m in places if normalize_term(_KIND_WORDS.sub("", m.folded)) in names]   # "Daraa city" is Daraa
    if mentions and all(_AREA_BEFORE.search(headline[:m.start]) or _AREA_AFTER.match(headline[m.end:])
                        for m in mentions):
        return "GED: city coded for the land around it"
    strikes = [m.start for m in matches if m.watchlist == "strike"]
    if mentions and outcome["place"] is not None and not any(
            lo <= start < hi for m in mentions for lo, hi in [_clause(headline, m, places)] for start in strikes):
        return "GED: another event of the headline, no strike"
    if outcome["place"] is not None and "district" in row["where_coordinates"].lower() and \
            spelling_key(outcome["place"]) in {spelling_key(name) for name in names}:   # "Hasakah" is "Al Hasakah"
        return "GED: the district coded for the town named"
    if outcome["place"] is None:
        return "unlocated"
    if normalize_term(outcome["place"]) in names or any(
            normalize_term(v) in names for p in lexicon.places.get(normalize_term(outcome["place"]), ()) for v in p.variants):
        return "homonym: GED's name, another place"
    if not mentions:
        return "GED's place not found (gazetteer or cue gap)"
    return "another place of the headline chosen"


def _clause(text: str, mention, places: list) -> tuple[int, int]:
    """The clause of *text* around the place *mention*: from the break before to the break after; a
    place joined to the one before by "and" or a comma alone ("the cities of Raqqa and Idlib") is in its clause."""
    start = mention.start
    for before in sorted((m for m in places if m.end <= start), key=lambda m: -m.end):
        if not _CLAUSE_BREAK.fullmatch(f" {text[before.end:start].strip()} ".replace("  ", " ")):
            break
        start = before.start
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, mention.end)
    return (breaks[-1] if breaks else 0), (after.start() if after else len(text))


def print_errors(found: list[dict], lexicon) -> None:
    """The wrong rows (precise yet >25 km off, or governorate wrong), grouped by kind of error: first
    ours, then GED's conventions (counted apart; our answer may be as right as GED's), counted per half;
    only the tuning half's rows are shown."""
    kinds: dict[str, list[dict]] = {}
    for outcome in found:
        if kind := error_kind(outcome, lexicon):
            kinds.setdefault(kind, []).append(outcome)
    print("wrong rows by kind (tuning = even id / held-out = odd id):")
    for convention in (False, True):
        for kind, wrong in sorted(kinds.items(), key=lambda item: -len(item[1])):
            if (kind in GED_CONVENTION) != convention:
                continue
            halves = [sum(int(o["row"]["id"]) % 2 == parity for o in wrong) for parity in (0, 1)]
            print(f"== {'GED convention' if convention else 'ours'}: {kind}: {len(wrong)} rows ({halves[0]} tuning, "
                  f"{halves[1]} held-out; {sum(o['precise_far'] for o in wrong)} precise yet >25 km off, "
                  f"{sum(not o['admin1_right'] for o in wrong)} governorate wrong)")
            # (the held-out half only counted: its rows are never read while tuning)
            for o in [o for o in wrong if int(o["row"]["id"]) % 2 == 0]:
                row = o["row"]
                km = "" if o["km"] is None else f"{o['km']:.0f} km"
                print(f"  {row['id']} GED {row['where_coordinates']} ({row['adm_1']}, prec {row['where_prec']}) | ours "
                      f"{o['place']} ({o['admin1']}, prec {o['precision']}) {km} | {row['source_headline'][:140]}")


def _nearest_event(headline: str, day: str, coded: tuple[float, float], lexicon):
    """(name, point, precision, admin1) of the strike's place: of the events ``analyse`` codes, the one
    nearest GED's point when the headline reports several strikes (GED splits a headline
    naming several places into one row per place, so one row can only be matched by one of
    them); else ``locate``'s place (any headline, strike report or not); None when unlocated."""
    events = [e for e in analyse(headline, day, lexicon).events if e["latitude"] is not None]
    if len(events) > 1:
        event = nearest(events, coded)
        return event["location"], (event["latitude"], event["longitude"]), event["geo_precision"], event["admin1"]
    place, precision = locate(headline, lexicon)[:2]
    return None if place is None else (place.name, place.point, precision, place.admin1)


def single_event_rows(rows: list[dict]) -> list[dict]:
    """The rows of headlines that report one event: a single headline that no other GED row
    shares (GED splits a headline naming several events into several rows, each with its own ``best``)."""
    shared = Counter(row["source_headline"] for row in rows)
    return [row for row in rows if ";" not in row["source_headline"] and shared[row["source_headline"]] == 1]


def nearest(events: list[dict], coded: tuple[float, float]) -> dict | None:
    """Of a headline's events, the one nearest GED's point (an unlocated one only when it is the only one)."""
    located = [e for e in events if e["latitude"] is not None]
    if len(located) > 1:
        return min(located, key=lambda e: haversine((e["latitude"], e["longitude"]), coded))
    return located[0] if located else next(iter(events), None)


_NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}


def stated_numbers(headline: str) -> set[int]:
    """Every number a headline writes, in digits or words up to twenty, whatever it counts (not the coder's reading:
    the bench's own, to tell whether GED's best is a figure of the headline).

    >>> sorted(stated_numbers("Seven killed and 12 wounded in 3 raids"))
    [3, 7, 12]
    """
    numbers = {int(found.replace(",", "")) for found in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", headline)}
    return numbers | {_NUMBER_WORDS[word] for word in re.findall(r"[a-z]+", headline.lower()) if word in _NUMBER_WORDS}


def coded_tolls(rows: list[dict], lexicon, parity: int | None = None) -> dict:
    """The event coder's fatalities (``analyse``, as archived) against GED's on single-event
    headlines (``single_event_rows``; of one half with *parity*: 0 even ids, 1 odd); "wrong":
    the rows coded with another figure than GED's best. Apart ("stated"): the rows whose GED best is a
    number the headline writes, where the headline's figure is GED's source; elsewhere GED's best sums
    or splits other sources (a day's toll spread over its events, a later report), a legit difference."""
    single = [row for row in single_event_rows(rows) if parity is None or int(row["id"]) % 2 == parity]
    coded = exact = within = stated = stated_exact = 0
    wrong = []
    for row in single:
        # the event nearest GED's point when the coder reads several strikes in the headline
        event = nearest(analyse(row["source_headline"], row["date_start"], lexicon).events,
                        (float(row["latitude"]), float(row["longitude"])))
        if event and event.get("fatalities") is not None:
            coded += 1
            exact += event["fatalities"] == int(row["best"])
            within += int(row["low"]) <= event["fatalities"] <= int(row["high"])
            if int(row["best"]) in stated_numbers(row["source_headline"]):
                stated += 1
                stated_exact += event["fatalities"] == int(row["best"])
            if event["fatalities"] != int(row["best"]):
                wrong.append((row, event["fatalities"]))
    return {"single": len(single), "coded": coded, "exact": exact / max(coded, 1), "within": within / max(coded, 1),
            "stated": stated, "stated_exact": stated_exact / max(stated, 1),
            "elsewhere": coded - stated, "elsewhere_exact": (exact - stated_exact) / max(coded - stated, 1),
            "wrong": wrong}


def _toll_figures(tolls: dict) -> str:
    return (f"{tolls['coded']} with a toll, exact {tolls['exact']:.3f}, within GED's low-high {tolls['within']:.3f}; "
            f"exact where GED's best is the headline's figure {tolls['stated_exact']:.3f} of {tolls['stated']}, "
            f"where GED's best is from other sources {tolls['elsewhere_exact']:.3f} of {tolls['elsewhere']}")


# What a toll miss may come from, by the headline's wording (a row may show several; the first shown).
TOLL_WORDING = {
    "several headlines' figures (GED's sum)": re.compile(r"\bin (?:\w+ )?(?:and|&) |\d+ (?:\w+ )?in \w+ and \d+", re.I),
    "groups ('3 children and 2 women')": re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?) "
                                                    r"[\w-]+(?: [\w-]+)?,? (?:and|including) (?:\d+|one|two|three|four|five"
                                                    r"|six|seven|eight|nine|ten|an?) ", re.I),
    "injured beside killed": re.compile(r"wound|injur", re.I),
    "number words": re.compile(r"\b(?:dozens?|tens|scores|hundreds|several|a number)\b", re.I),
    "a range or a qualifier": re.compile(r"\b(?:at least|more than|over|about|nearly|up to|\d+ (?:to|-) \d+)\b", re.I),
}


def toll_wording(headline: str) -> str:
    """The first kind of TOLL_WORDING the headline shows, else "one stated figure"."""
    return next((kind for kind, pattern in TOLL_WORDING.items() if pattern.search(headline)), "one stated figure")


def print_toll_misses(rows: list[dict], lexicon, limit: int = 40) -> None:
    """The single-event headlines of the tuning half (even id) coded with another toll than GED's
    best, grouped by wording: headline, GED best/low/high, ours; and how many lie within GED's
    low-high (GED's sources differ) or above its high (ours is too high: a parse to read)."""
    wrong = coded_tolls(rows, lexicon, parity=0)["wrong"]
    kinds: dict[str, list[tuple[dict, int]]] = {}
    for row, ours in wrong:
        source = "GED's best is the headline's figure" if int(row["best"]) in stated_numbers(row["source_headline"]) \
            else "GED's best from other sources"
        kinds.setdefault(f"{source}; {toll_wording(row['source_headline'])}", []).append((row, ours))
    print(f"== toll misses on the tuning half (even id): {len(wrong)}")
    for kind, misses in sorted(kinds.items(), key=lambda item: -len(item[1])):
        within = sum(int(row["low"]) <= ours <= int(row["high"]) for row, ours in misses)
        above = sum(ours > int(row["high"]) for row, ours in misses)
        print(f"-- {kind}: {len(misses)} ({within} within GED's low-high, {above} above its high, "
              f"{len(misses) - within - above} below its low)")
        for row, ours in misses[:limit]:
            print(f"  {row['id']} GED {row['best']} ({row['low']}-{row['high']}) ours {ours} | {row['source_headline'][:160]}")


def print_tolls(rows: list[dict], lexicon) -> None:
    """The toll figures per half (even = tuning, odd = held-out): stated in the headline
    (``killed_figures``, over the headlines naming the coded place) and coded (``analyse``)."""
    for half, parity in (("tuning (even id)", 0), ("held-out (odd id)", 1)):
        part = [row for row in rows if int(row["id"]) % 2 == parity]
        stated = [row for row in part if names_the_place(row)]
        figures_ = tally(outcomes(stated, lexicon))
        tolls = coded_tolls(rows, lexicon, parity)
        print(f"  {half}: deaths exact {figures_['deaths_exact']:.3f} of {figures_['deaths_stated']} headlines stating "
              f"a toll; coded fatalities on {tolls['single']} single-event headlines: {_toll_figures(tolls)}")


def place_matches_per_article(lexicon) -> float:
    """Place matches per real news page body (a rule that buys nothing leaves this unchanged)."""
    import trafilatura

    pages = [gzip.decompress(p.read_bytes()) for p in sorted((ROOT / "tests/fixtures/pages").glob("*.html.gz"))]
    bodies = [trafilatura.extract(page) or "" for page in pages]
    found = [m for body in bodies for m in match_watchlists(body, lexicon) if m.watchlist in lexicon.place_watchlists]
    return len(found) / len(bodies)


def labelled_places(lexicon) -> dict[tuple[str, str, str], dict]:
    """The hand-written place cases (tests/fixtures/places: cases.yaml "tuned"; heldout*.yaml
    "heldout", never tuned on, e.g. heldout_iraq.yaml) per (split, language, country): exact (location and
    precision), governorate right, and coded at precision 1 at a place other than the labelled
    one ("precise_wrong")."""
    import yaml

    folder = ROOT / "tests" / "fixtures" / "places"
    country_of = {admin1: places[0].country for admin1, places in lexicon.area_places.items()}
    groups: dict[tuple[str, str, str], dict] = {}
    files = [("tuned", folder / "cases.yaml")] + [("heldout", path) for path in sorted(folder.glob("heldout*.yaml"))]
    for split, path in files:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
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
    errors, tolls_only = "--errors" in argv, "--tolls" in argv
    argv = [arg for arg in argv if arg not in ("--errors", "--tolls")]
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not source.exists():
        source = SAMPLE
    rows = read_ged(source)
    scored = [row for row in rows if names_the_place(row)]
    config = load_config(ROOT / "config.yaml")
    places = config.places()
    shipped = compile_lexicon(config.watchlists, places, config.matching)
    if tolls_only:
        print(f"{ATTRIBUTION}: {source.name}, {len(rows)} rows; death tolls per half:")
        print_tolls(rows, shipped)
        print_toll_misses(rows, shipped)
        return
    print(f"{ATTRIBUTION}: {source.name}, {len(rows)} rows, {len(scored)} whose headline names the coded place")
    started = time.perf_counter()
    found = outcomes(scored, shipped)
    figures_ = tally(found, time.perf_counter() - started)
    print(f"shipped config: located {figures_['located']:.3f}, within 25 km {figures_['within_25km']:.3f}, "
          f"precise yet >25 km off {figures_['precise_far']:.3f}, "
          f"governorate right {figures_['admin1_right']:.3f}, deaths exact {figures_['deaths_exact']:.3f} "
          f"of {figures_['deaths_stated']} headlines stating a toll; {figures_['rows_per_s']:.0f} rows/s")
    before = compile_lexicon(config.watchlists, places, config.matching, PLACE_RULES - ROUND_RULES)
    was = splits(outcomes(scored, before))
    print(f"GED, Syria, English headlines (GED has no Iraq and no Arabic), before (this round's rules "
          f"{', '.join(sorted(ROUND_RULES))} off) -> after, per half and per GED precision:")
    for group, now in splits(found).items():
        old, new = tally(was[group]), tally(now)
        print(f"  {group} ({new['rows']} rows): " + "; ".join(
            f"{name} {old[column]:.3f} -> {new[column]:.3f}" for column, name in (
                ("within_25km", "within 25 km"), ("precise_far", "precise yet >25 km off"),
                ("admin1_right", "governorate right"),
                ("admin1_right_named", f"governorate right of the {new['admin1_named']} rows GED names one for"))))
    if errors:
        print_errors(found, shipped)
    print("hand-written place cases (written for tests/fixtures/places; heldout*.yaml never tuned on), "
          "before -> after:")
    was, now = labelled_places(before), labelled_places(shipped)
    for group in sorted(now):
        a, b = was[group], now[group]
        print(f"  {' '.join(group):<22} {b['cases']:3} cases: exact {a['exact'] / a['cases']:.2f} -> "
              f"{b['exact'] / b['cases']:.2f}, governorate right {a['admin1_right'] / a['cases']:.2f} -> "
              f"{b['admin1_right'] / b['cases']:.2f}, precise at a wrong place {a['precise_wrong'] / a['cases']:.2f}"
              f" -> {b['precise_wrong'] / b['cases']:.2f}")
    for half, parity in (("tuning (even id)", 0), ("held-out (odd id)", 1)):
        tolls = coded_tolls(rows, shipped, parity)
        print(f"coded fatalities, {half}, on {tolls['single']} single-event headlines: {_toll_figures(tolls)}")
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
