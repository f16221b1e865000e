"""Who struck whom on real headlines: actor1 and actor2 against UCDP GED's dyads.

    python bench/ged_actors.py [path/to/ged_syria_v19_1.csv.gz] [--misses]
        # default: <repo>/../shared/data/ged/ged_syria_v19_1.csv.gz (without it, the committed
        # sample tests/fixtures/ged_sample.csv, which has no dyad columns: the bench says so)

Data: UCDP GED 19.1, CC BY 4.0 (Sundberg, Ralph and Erik Melander (2013) "Introducing the
UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4); Högbladh, Stina (2019)
"UCDP GED Codebook version 19.1").

GED codes a dyad (side_a, side_b), not who struck whom: in a state-based row (type 1) the
government is side_a whoever fired. Two kinds of single headline say who struck, and only
they are scored:

- one-sided violence (type 3): side_a struck civilians. actor1 is scored when the headline
  names side_a (``SIDES``); actor2 must be None (civilians are no actor), scored when the
  headline names no other side (SOHR's headlines often join another event: "… and clashes
  with the SDF").
- a headline whose subject is a side of the row's dyad (or the state UCDP counts as that
  side's supporter: Russia's strikes are coded under the Syrian government, Turkey's under
  the Turkish-backed factions, the coalition's under the SDF or Iraq's government) followed
  by a verb of striking ("Turkish warplanes bomb …", "ISIS executes …"): actor1 is that
  side; actor2 the dyad's other side when the headline names it, else None (the codebook:
  unnamed victims are null).

The headline is coded with the shipped config.yaml (``analyse``, the archived path); rows
coding no event are counted apart (coverage), the actors are scored over the rest. Halves:
even GED id = tuning, odd id = held-out (never tuned on).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from ged import ATTRIBUTION, DEFAULT_SOURCE, ROOT, SAMPLE, read_ged

from monitor.config import load_config
from monitor.text import analyse, lexicon_for


class Side(NamedTuple):
    """One way a GED side is named in a headline: the GED sides it stands for (a
    substring of side_a/side_b), our actor name, and the headline's words for it."""

    ged: tuple[str, ...]
    actor: str
    words: re.Pattern


def _words(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


# GED name -> our actor name (the mapping this bench scores with). Turkey's, Russia's and
# the coalition's strikes are coded by UCDP under the side they support (secondary parties).
_TURKISH_BACKED = ("Government of Turkey", "SNA", "Hawar Kilis", "National Front for Liberation", "Sham Legion",
                   "23rd Division", "Syrian Liberation Front")
SIDES = [
    Side(_TURKISH_BACKED, "Turkish Armed Forces",
         _words(r"turkish (?:army|forces|troops|military|warplanes|jets|aircraft|planes|drones?|artillery|tanks)|turkey")),
    Side(("Government of Syria",), "Russian forces",
         _words(r"russian (?:\w+ )?(?:warplanes|jets|aircraft|planes|helicopters|forces|air force)|russia")),
    Side(("Government of Syria",), "Syrian army",
         _words(r"(?:the )?regime(?:['’]s)? (?:forces|helicopters|warplanes|aircraft|planes|artillery|troops)"
                r"|syrian (?:army|troops|government forces)|government forces|pro-government forces")),
    Side(("SDF", "Government of Iraq"), "US-led coalition",
         _words(r"(?:us-led |international )?coalition(?:['’]s)?(?: (?:warplanes|jets|aircraft|planes|forces|air strikes?|airstrikes?))?")),
    Side(("SDF", "Government of Iraq", "Government of United States"), "US forces",
         _words(r"(?:us|u\.s\.|american) (?:warplanes|jets|aircraft|planes|drones?|forces|troops|military|air strikes?|airstrikes?)")),
    Side(("Government of Israel",), "IDF", _words(r"israeli? (?:\w+ )?(?:warplanes|jets|aircraft|forces|army|missiles|military)|israel")),
    Side(("Government of Iraq",), "Iraqi Air Force", _words(r"iraqi (?:warplanes|jets|aircraft|air force|f-16s?)")),
    Side(("IS",), "Islamic State", _words(r"is|isis|isil|islamic state|daesh")),
    Side(("SDF",), "Syrian Democratic Forces", _words(r"sdf|syrian democratic forces")),
    Side(("HTS",), "Hayat Tahrir al-Sham", _words(r"hts|(?:hay['’]?at )?tahrir al-sham")),
    Side(("Hezbollah",), "Hezbollah", _words(r"hezbollah")),
    Side(("Government of Jordan",), "Jordanian Armed Forces", _words(r"jordanian (?:army|forces|warplanes|jets)")),
]
# The verbs of striking after a headline's subject ("Turkish warplanes bomb", "IS executes").
_STRIKE_VERB = r"(?:strikes?|struck|bomb\w*|shell\w*|target\w*|kills?|killed|pound\w*|hits?|raids?|attacks?|execut\w*|fires?|launch\w*|shoot\w*)"
# "Regime forces shell …", "The Turkish aircraft bomb …", "In Deir Ezzor… ISIS executes …".
_HEAD = r"^(?:[^:;…]{0,50}(?:…|\.\.\.|:) ?)?(?:the )?"
# The striker after "by" (not "areas controlled by X") or in "in/from X's strikes" (%s: a Side's words).
_PASSIVE = (r"\b(?:(?<!controlled )(?<!held )(?<!run )(?<!used )(?<!backed )(?<!supported )by (?:the )?%s"
            r"|(?:in|from) (?:an? |the )?(?=(?:turkish|russian|regime|coalition|international|us|american|israeli|iraqi))%s"
            r"(?: \w+)?? (?:strikes?|airstrikes?|air strikes|shelling|bombardment|raids?|bombing))\b")


def _members(side: str) -> list[str]:
    return [name.strip() for name in side.split(",")]


def _stands_for(entry: Side, side: str) -> bool:
    return any(ged in member for member in _members(side) for ged in entry.ged)


def expected(row: dict) -> tuple[str, str | None, str | None, bool, bool] | None:
    """(kind, actor1, actor2, actor1 scored, actor2 scored) a row's headline lets us expect,
    None when it says nothing of who struck (see the module docstring)."""
    headline = row["source_headline"]
    if ";" in headline:
        return None
    if row["type_of_violence"] == "3":
        named = next((entry.actor for entry in SIDES if _stands_for(entry, row["side_a"])
                      and entry.words.search(headline)), None)
        # civilians were struck: actor2 is None, unless the headline names another side (another event's)
        others = any(entry.words.search(headline) for entry in SIDES if not _stands_for(entry, row["side_a"]))
        return "one-sided (type 3)", named, None, named is not None, not others
    sides = [row["side_a"], row["side_b"]]
    for entry in SIDES:    # "shelling by the regime forces", "killed in Turkish airstrikes"
        passive = re.search(_PASSIVE % (entry.words.pattern, entry.words.pattern), headline, re.IGNORECASE)
        if passive and any(_stands_for(entry, side) for side in sides):
            return "passive: by X, in X's strikes", entry.actor, None, True, False
    for entry in SIDES:
        subject = re.match(_HEAD + entry.words.pattern + rf"(?:\s+\S+){{0,3}}?\s+{_STRIKE_VERB}\b", headline, re.IGNORECASE)
        if subject is None:
            continue
        own = [side for side in sides if _stands_for(entry, side)]
        if len(own) != 1:
            return None
        other = sides[1 - sides.index(own[0])]
        rest = headline[subject.end():]
        victim = next((named.actor for named in SIDES if _stands_for(named, other) and named.words.search(rest)), None)
        return "subject strikes (type 1-2)", entry.actor, victim, True, True
    return None


def score(rows: list[dict], lexicon) -> tuple[dict, list[tuple]]:
    """Counts per (kind, half) and the misses (id, field, expected, coded, headline)."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for row in rows:
        want = expected(row)
        if want is None:
            continue
        kind, actor1, actor2, scored, scored2 = want
        half = "tuning" if int(row["id"]) % 2 == 0 else "held-out"
        group = counts[(kind, half)]
        group["rows"] += 1
        events = analyse(row["source_headline"], row["date_start"], lexicon).events
        if not events:
            continue
        event = events[0]
        group["coded"] += 1
        if scored:
            group["actor1_rows"] += 1
            group["actor1"] += event["actor1"] == actor1
            if event["actor1"] != actor1:
                misses.append((row["id"], half, "actor1", actor1, event["actor1"], row["source_headline"]))
        if not scored2:
            continue
        group["actor2_rows"] += 1
        group["actor2"] += event["actor2"] == actor2
        if event["actor2"] != actor2:
            misses.append((row["id"], half, "actor2", actor2, event["actor2"], row["source_headline"]))
    return counts, misses


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def ged_source(argv: list[str]) -> Path:
    """The GED file named on the command line, else ../shared's, else the committed sample."""
    named = [Path(arg) for arg in argv[1:] if not arg.startswith("--")]
    return next((path for path in [*named, DEFAULT_SOURCE] if path.exists()), SAMPLE)


def main(argv: list[str]) -> None:
    source = ged_source(argv)
    rows = read_ged(source)
    missing = sorted({"type_of_violence", "side_a", "side_b"} - set(rows[0] if rows else ()))
    if missing:
        message = (f"{source}: no {', '.join(missing)} column (the dyad this bench scores against); "
                   f"give the full GED file, e.g. {DEFAULT_SOURCE}")
        if source == SAMPLE:    # `make bench` without ../shared: nothing to score, no failure
            print(message)
            return
        sys.exit(message)
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    counts, misses = score(rows, lexicon)
    print(f"{ATTRIBUTION}: {source.name}, {len(rows)} rows; English headlines, Syria (GED has no Arabic, no Iraq)")
    print(f"{'kind':30} {'half':8} {'rows':>5} {'coded':>6} {'actor1':>15} {'actor2':>15}")
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (kind, half), c in sorted(counts.items()):
        print(f"{kind:30} {half:8} {c['rows']:5} {c['coded']:6} {ratio(c['actor1'], c['actor1_rows']):>15} "
              f"{ratio(c['actor2'], c['actor2_rows']):>15}")
        for key, value in c.items():
            totals[half][key] += value
    for half, c in sorted(totals.items()):
        print(f"{'all':30} {half:8} {c['rows']:5} {c['coded']:6} {ratio(c['actor1'], c['actor1_rows']):>15} "
              f"{ratio(c['actor2'], c['actor2_rows']):>15}")
    if "--misses" in argv:   # only the tuning half's misses: the held-out half is never read
        for miss in misses:
            if miss[1] == "tuning":
                print("miss", *miss[:5], "|", miss[5][:160])


if __name__ == "__main__":
    main(sys.argv)
