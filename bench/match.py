"""Articles/s of watchlist matching + event extraction against trafilatura extraction, same run.

    python bench/match.py [ROUNDS]     # default 5 rounds over the real pages

Bodies are real news pages as trafilatura extracts them (bench/common.real_pages: the 91
scrapinghub pages when ../shared is there, else tests/fixtures/pages). Each is run through
``analyse`` as the pipeline runs it (an event is coded only when the decision finds one: 1
page in 91) and, worst case, with event coding forced on every body; with the shipped
watchlists and full gazetteer (seeds/places.csv.gz), with the curated gazetteer alone
(seeds/gazetteer.csv, the baseline), and with 5,000 extra terms. Then the same on the
labelled reports of tests/fixtures/matching/cases.yaml (written for the tests: strike
reports, where every stage runs). Goal: matching + events < 10 % of extraction time.
Every figure is measured warm, after a round untimed (extraction too; a fresh process's first articles pay
once for what later ones reuse: a governorate's spelling index, compiled patterns), in CPU seconds of this
process (``time.process_time``: on a shared host, wall time also counts the waits for a core).
Then start-up (reading config.yaml with its gazetteer and compiling the lexicon, in a fresh
process; and with the lexicon cache warm, as every later start: ``lexicon_for``) and the memory it
takes (RSS growth; Python allocations by tracemalloc). Goals: start-up <= 2 s, memory <= 200 MB.
"""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
import time

import trafilatura

from common import ROOT, real_pages
from conftest import matching_cases

sys.path.insert(1, str(ROOT))   # after tests/ (common.py): the root conftest.py is not the tests' one
from monitor.config import TermConfig, WatchlistConfig, load_config  # noqa: E402
from monitor.text import analyse  # noqa: E402
from monitor.text.document import Document  # noqa: E402
from monitor.text.events import build_events  # noqa: E402
from monitor.gazetteer import read_gazetteer  # noqa: E402
from monitor.text.watchlists import compile_lexicon  # noqa: E402

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def extra_terms(n: int, seed: int = 4) -> list[TermConfig]:
    """*n* made-up terms (a third Arabic, some multi-word), each with two variants."""
    rng = random.Random(seed)

    def word(letters):
        return "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))

    terms = []
    for k in range(n):
        letters = ARABIC if k % 3 == 0 else string.ascii_lowercase
        phrase = " ".join(word(letters) for _ in range(rng.randint(1, 3)))
        terms.append(TermConfig(term=f"{phrase} {k}", variants=[f"{phrase}s {k}", f"al-{phrase} {k}"]))
    return terms


def code(bodies: list[str], lexicon, forced: bool = False) -> None:
    """``analyse`` of every body; *forced*: plus the event coding of every body."""
    for body in bodies:
        doc = Document.of(body)   # as analyse would build it, shared with the forced event coding
        coding = analyse(doc, "2024-01-01T10:00:00Z", lexicon)
        if forced and coding.event is None:
            build_events(doc, "2024-01-01T10:00:00Z", coding.matches, lexicon, coding.decision)


def per_article(bodies: list[str], lexicon, rounds: int, forced: bool = False) -> float:
    """Seconds per body of ``code`` (after a round untimed, forced: every figure measured warm)."""
    code(bodies, lexicon, forced=True)
    started = time.process_time()
    for _ in range(rounds):
        code(bodies, lexicon, forced)
    return (time.process_time() - started) / (rounds * len(bodies))


def main(rounds: int) -> None:
    pages = real_pages()
    bodies = [trafilatura.extract(page) or "" for page in pages]   # (untimed: the warm-up)
    started = time.process_time()
    for page in pages:
        trafilatura.extract(page)
    extraction = (time.process_time() - started) / len(pages)

    config = load_config(ROOT / "config.yaml")
    places = config.places()
    shipped = compile_lexicon(config.watchlists, places, config.matching)
    curated = compile_lexicon(config.watchlists, {"places": tuple(read_gazetteer(ROOT / "seeds/gazetteer.csv"))},
                              config.matching)
    bigger = compile_lexicon({**config.watchlists, "extra": WatchlistConfig(terms=extra_terms(5000))},
                                places, config.matching)
    print(f"pages: {len(pages)} real news pages, mean body {sum(map(len, bodies)) / len(bodies) / 1024:.1f} KiB")
    print(f"trafilatura.extract:                    {1 / extraction:8.1f} articles/s ({extraction * 1000:.1f} ms)")
    for label, lexicon in (("curated gazetteer only", curated), ("shipped watchlists", shipped),
                           ("+ 5,000 extra terms", bigger)):
        for forced in (False, True):
            seconds = per_article(bodies, lexicon, rounds, forced)
            print(f"{'match + events, forced' if forced else 'match + events, as run':<24}{label:<23}"
                  f"{1 / seconds:8.1f} articles/s ({seconds * 1000:.2f} ms, {lexicon.variants} variants): "
                  f"{seconds / extraction:.1%} of extraction")
    reports = [case["body"] for case in matching_cases()]
    seconds = per_article(reports, shipped, rounds)
    print(f"labelled reports ({len(reports)}, hand-written), shipped watchlists: {seconds * 1000:.2f} ms a report, "
          f"{seconds / extraction:.1%} of extraction")
    print("goal: < 10 % of extraction")
    startup, traced = (json.loads(subprocess.run([sys.executable, "-c", STARTUP, str(ROOT), mode], capture_output=True,
                                                 text=True, check=True).stdout) for mode in ("time", "trace"))
    print(f"start-up (config.yaml + {startup['places']} places -> lexicon of {startup['variants']} variants): "
          f"{startup['seconds']:.2f} s (read {startup['read']:.2f} s, compile {startup['compile']:.2f} s); "
          f"baseline: compiling with the curated gazetteer alone {startup['curated_seconds']:.2f} s; goal <= 2 s")
    for _ in range(2):   # the first run keeps the lexicon if no earlier run did
        warm = json.loads(subprocess.run([sys.executable, "-c", STARTUP, str(ROOT), "warm"], capture_output=True,
                                         text=True, check=True).stdout)
    print(f"start-up, lexicon cache warm (every start after the first: config.yaml read, lexicon read back): "
          f"{warm['seconds']:.2f} s ({warm['cpu']:.2f} s of CPU)")
    print(f"memory: RSS +{startup['rss_mb']:.0f} MB (baseline, curated alone: +{startup['curated_rss_mb']:.0f} MB), "
          f"Python allocations {traced['traced_mb']:.0f} MB; goal <= 200 MB")


# Run in a fresh process: what `monitor run` pays before its first poll. "time": seconds and
# RSS growth; "trace": Python allocations (tracemalloc slows everything down, so apart).
STARTUP = """
import json, sys, time, tracemalloc
from pathlib import Path
import psutil
sys.path.insert(0, sys.argv[1])
from monitor.config import load_config
from monitor.gazetteer import read_gazetteer
from monitor.text.watchlists import compile_lexicon
root, mode, process = Path(sys.argv[1]), sys.argv[2], psutil.Process()
if mode == "warm":
    from monitor.text import lexicon_for
    started, cpu = time.perf_counter(), time.process_time()
    lexicon_for(load_config(root / "config.yaml"))
    print(json.dumps({"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}))
    sys.exit()
if mode == "trace":
    tracemalloc.start()
    config = load_config(root / "config.yaml")
    lexicon = compile_lexicon(config.watchlists, config.places(), config.matching)
    print(json.dumps({"traced_mb": tracemalloc.get_traced_memory()[0] / 1e6}))
    sys.exit()
config = load_config(root / "config.yaml")
rss, started = process.memory_info().rss, time.perf_counter()
curated = compile_lexicon(config.watchlists, {"places": tuple(read_gazetteer(root / "seeds/gazetteer.csv"))},
                          config.matching)
curated_seconds, curated_rss = time.perf_counter() - started, process.memory_info().rss - rss
del config, curated
rss, started = process.memory_info().rss, time.perf_counter()
config = load_config(root / "config.yaml")
places = config.places()   # the lexicon's builder reads them (load_config reads and checks them too)
read = time.perf_counter() - started
lexicon = compile_lexicon(config.watchlists, places, config.matching)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "read": read, "compile": seconds - read, "places": len(places["places"]),
                  "variants": lexicon.variants, "rss_mb": (process.memory_info().rss - rss) / 1e6,
                  "curated_seconds": curated_seconds, "curated_rss_mb": curated_rss / 1e6}))
"""


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
