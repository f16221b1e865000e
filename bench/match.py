"""Articles/s of watchlist matching + event extraction against trafilatura extraction, same run.

    python bench/match.py [ROUNDS]     # default 5 rounds over the real pages

Bodies are the real news pages of tests/fixtures/pages as trafilatura extracts them; every
body is matched and (worst case) run through event extraction, with the shipped watchlists
and again with 5,000 extra terms. Goal: matching + events < 10 % of extraction time.
"""

from __future__ import annotations

import random
import string
import sys
import time

import trafilatura

from common import ROOT, real_pages

sys.path.insert(0, str(ROOT))
from monitor.config import TermConfig, WatchlistConfig, load_config  # noqa: E402
from monitor.text import analyse  # noqa: E402
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


def per_article(bodies: list[str], lexicon, rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for body in bodies:
            analyse(body, "2024-01-01T10:00:00Z", lexicon)
    return (time.perf_counter() - started) / (rounds * len(bodies))


def main(rounds: int) -> None:
    pages = real_pages()
    started = time.perf_counter()
    bodies = [trafilatura.extract(page) or "" for page in pages]
    extraction = (time.perf_counter() - started) / len(pages)

    config = load_config(ROOT / "config.yaml")
    shipped = compile_lexicon(config.watchlists, config.gazetteers, config.matching)
    bigger = compile_lexicon({**config.watchlists, "extra": WatchlistConfig(terms=extra_terms(5000))},
                                config.gazetteers, config.matching)
    print(f"pages: {len(pages)} real news pages, mean body {sum(map(len, bodies)) / len(bodies) / 1024:.1f} KiB")
    print(f"trafilatura.extract:                    {1 / extraction:8.1f} articles/s ({extraction * 1000:.1f} ms)")
    for label, lexicon in (("shipped watchlists", shipped), ("+ 5,000 extra terms", bigger)):
        seconds = per_article(bodies, lexicon, rounds)
        print(f"match + events, {label:<22} {1 / seconds:8.1f} articles/s ({seconds * 1000:.2f} ms, "
              f"{lexicon.variants} variants): {seconds / extraction:.1%} of extraction")
    print("goal: < 10 % of extraction")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
