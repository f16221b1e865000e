"""Every coding of every labelled case under tests/fixtures/matching, one JSON line a case: to check that a change
meant to speed analysis up codes every case exactly as before.

    python bench/dump_coding.py > before.jsonl     # on the old tree
    python bench/dump_coding.py > after.jsonl      # on the new one
    cmp before.jsonl after.jsonl                   # no output: byte-identical codings

A line holds the set, the case id, the strike-report decision, the Decision, the watchlist matches and the events
of ``analyse`` with the shipped config.yaml (the sets bench/coding.py reads: cases.yaml, strikes.yaml, articles_*.yaml).
"""

from __future__ import annotations

import dataclasses
import json
import sys

from common import ROOT
from coding import ARTICLE_FILES, load_cases

sys.path.insert(1, str(ROOT))   # after tests/ (common.py): the root conftest.py is not the tests' one
from conftest import matching_cases  # noqa: E402  (tests/ is on the path: common.py)
from monitor.config import load_config  # noqa: E402
from monitor.text import analyse, lexicon_for  # noqa: E402


def main() -> None:
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    sets = [("cases.yaml", matching_cases()), ("strikes.yaml", load_cases("strikes.yaml")),
            *((name, load_cases(name)) for name in ARTICLE_FILES)]
    for name, cases in sets:
        for case in cases:
            coding = analyse(case["body"], str(case["published"]), lexicon)
            print(json.dumps({"set": name, "id": case["id"], "strike": coding.is_strike_report,
                              "decision": dataclasses.asdict(coding.decision) if coding.decision else None,
                              "matches": [dataclasses.asdict(match) for match in coding.matches],
                              "events": coding.events}, ensure_ascii=False, sort_keys=True, default=repr))


if __name__ == "__main__":
    main()
