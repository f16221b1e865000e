"""The dedup index at scale, against a naive all-pairs Jaccard baseline measured in the same run.

    python bench/dedup.py            # about 2-3 minutes on 2 cores

Prints, for 10k, 50k and 200k indexed synthetic articles: insert and query time per
article, signature bytes, and index memory per article (tracemalloc); the same for
all-pairs Jaccard over shingle sets at 1k and 5k; start-up from stored signatures vs
re-sketching bodies; the similarity margins of the syndication test set that chose
the defaults, and its pairwise precision/recall through the index (toll updates included). Goals: query cost flat (within 30 %) from 10k to 200k; <= 1 KiB signature.

Synthetic signatures are computed as ``monitor.dedup.minhash`` computes them (MurmurHash3
finaliser, then a*h + b mod 2^32), vectorised over documents, so 200k of them take seconds.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from monitor.config import DedupConfig  # noqa: E402
from monitor.dedup import SIGNATURE_DTYPE, StoryIndex, facts, fmix32, open_index, shingles, tokens  # noqa: E402
from monitor.extract import content_hash  # noqa: E402
from monitor.items import ArticleItem  # noqa: E402
from monitor.schema import open_db  # noqa: E402
from monitor.store import insert_article, iso  # noqa: E402
from syndication import PLACES, STRIKES, TOLL_UPDATES, pairwise_scores, strike_report, syndication_set  # noqa: E402

NOW = datetime(2024, 3, 15, tzinfo=timezone.utc)
WORDS, VOCABULARY, QUERIES = 150, 30_000, 2_000
EMPTY = frozenset()


def synthetic_documents(rng: np.random.Generator, count: int) -> np.ndarray:
    """*count* documents of WORDS word ids, Zipf-like as news text."""
    return (rng.zipf(1.3, size=(count, WORDS)) % VOCABULARY).astype(np.uint32)


def signatures(documents: np.ndarray, permutations: np.ndarray, batch: int = 500) -> np.ndarray:
    """MinHash signatures of 3-word shingles of each document, vectorised."""
    a, b = permutations.astype(np.uint32)
    out = np.empty((len(documents), len(a)), dtype=SIGNATURE_DTYPE)
    with np.errstate(over="ignore"):
        for start in range(0, len(documents), batch):
            d = documents[start:start + batch]
            shingle = fmix32(d[:, :-2] * np.uint32(0x9E3779B1) ^ d[:, 1:-1] * np.uint32(0x85EBCA77) ^ d[:, 2:])
            hashed = fmix32(shingle)[:, :, None] * a + b           # (docs, shingles, perms)
            out[start:start + batch] = hashed.min(axis=1)
    return out


def near_copies(rng: np.random.Generator, documents: np.ndarray, changed: float = 0.05) -> np.ndarray:
    copies = documents.copy()
    mask = rng.random(copies.shape) < changed
    copies[mask] = rng.integers(0, VOCABULARY, mask.sum(), dtype=np.uint32)
    return copies


def index_memory(size: int, rng: np.random.Generator) -> float:
    """Bytes per indexed article of a StoryIndex, by tracemalloc (too slow to time inserts under)."""
    index = StoryIndex()
    rows = _rows(signatures(synthetic_documents(rng, size), index.permutations))
    tracemalloc.start()
    index.load(rows)
    memory = tracemalloc.get_traced_memory()[0] / size
    tracemalloc.stop()
    return memory


def bench_index(size: int, rng: np.random.Generator) -> dict:
    index = StoryIndex()
    documents = synthetic_documents(rng, size)
    indexed = signatures(documents, index.permutations)
    rows = _rows(indexed)
    started = time.perf_counter()
    index.load(rows)
    insert = (time.perf_counter() - started) / size
    picked = rng.choice(size, QUERIES // 2, replace=False)
    queries = np.concatenate([signatures(near_copies(rng, documents[picked]), index.permutations),
                              signatures(synthetic_documents(rng, QUERIES // 2), index.permutations)])
    order = rng.permutation(len(queries))
    found, batches = 0, []
    for batch in np.array_split(order, 10):
        started = time.perf_counter()
        for n in batch:
            placement = index.place_signature(queries[n], EMPTY, None, NOW)
            found += placement.story_id is not None
            index.discard(placement.ticket)
        batches.append((time.perf_counter() - started) / len(batch))
    return {"insert": insert, "query": statistics.median(batches), "signature": indexed[0].nbytes,
            "recall": found / (QUERIES // 2)}


def _rows(indexed: np.ndarray) -> list[tuple]:
    return [(n + 1, n + 1, n + 1, indexed[n].tobytes(), "", None, NOW) for n in range(len(indexed))]


def bench_naive(size: int, rng: np.random.Generator) -> dict:
    documents = synthetic_documents(rng, size)
    tracemalloc.start()
    started = time.perf_counter()
    sets = [set(zip(d[:-2].tolist(), d[1:-1].tolist(), d[2:].tolist())) for d in documents]
    insert = (time.perf_counter() - started) / size
    memory = tracemalloc.get_traced_memory()[0] / size
    tracemalloc.stop()
    queries = near_copies(rng, documents[:200])
    started = time.perf_counter()
    for d in queries:
        query_set = set(zip(d[:-2].tolist(), d[1:-1].tolist(), d[2:].tolist()))
        max(len(query_set & other) / len(query_set | other) for other in sets)
    return {"insert": insert, "query": (time.perf_counter() - started) / len(queries), "memory": memory}


def bench_startup(size: int) -> tuple[float, float]:
    """Seconds per article: open_index from stored signatures vs re-sketching the bodies."""
    words = [line.split()[0] for line in _english_words()]
    rnd = random.Random(5)
    bodies = [" ".join(rnd.choice(words) for _ in range(WORDS)) for _ in range(size)]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        db["feeds"].insert({"id": 1, "url": "http://bench.example/feed", "name": "bench"})
        index = StoryIndex()
        for n, body in enumerate(bodies):
            item = ArticleItem(feed_id=1, url=f"http://bench.example/{n}", link="", html=None,
                               fetched_at=iso(NOW), body=body, content_hash=content_hash(body))
            item.placement = index.place(body, item.content_hash, NOW)
            insert_article(db, item, index.scheme)
        started = time.perf_counter()
        open_index(db, DedupConfig(), NOW + timedelta(hours=1))
        stored = (time.perf_counter() - started) / size
        started = time.perf_counter()
        for (body,) in db.execute("SELECT body FROM articles"):
            index.sketch(body), facts(body)
        rebuilt = (time.perf_counter() - started) / size
    return stored, rebuilt


def _english_words() -> list[str]:
    text = " ".join(copy.body for copy in syndication_set()[0])
    return sorted(set(tokens(text)))


def syndication_margins() -> None:
    """Exact Jaccard on the syndication set: true copies vs hard negatives, by shingle size."""
    copies, hard_negatives = syndication_set()
    first = {}
    for copy in copies:
        first.setdefault(copy.story, copy.body)
    print("syndication set (exact Jaccard of word shingles; the threshold must sit between):")
    print("  k   copies min  copies p5   same-topic max  template strikes max (need the fact check)")
    for k in (2, 3, 4, 5):
        def jaccard(a: str, b: str) -> float:
            x, y = shingles(tokens(a), k), shingles(tokens(b), k)
            return len(x & y) / len(x | y)
        positives = sorted(jaccard(first[c.story], c.body) for c in copies if c.body != first[c.story])
        topical = max(jaccard(first[a], first[b]) for a, b in hard_negatives if not a.startswith("strike"))
        strikes = max(jaccard(strike_report(p, x), strike_report(p, y)) for p, (x, y) in zip(PLACES, STRIKES))
        print(f"  {k}   {positives[0]:10.2f} {positives[len(positives) // 20]:10.2f} {topical:16.2f} "
              f"{strikes:21.2f}")


def syndication_scores() -> None:
    """The syndication set placed in order through one StoryIndex, as the pipeline does."""
    copies, hard_negatives = syndication_set()
    index, truth, predicted = StoryIndex(), {}, {}
    for article_id, copy in enumerate(copies, 1):
        placement = index.place(copy.body, content_hash(copy.body), NOW)
        predicted[article_id] = placement.story_id or article_id
        index.confirm(placement.ticket, article_id, predicted[article_id], placement.duplicate_of or article_id)
        truth[article_id] = copy.story
    precision, recall = pairwise_scores(truth, predicted)
    stories_of = {label: {predicted[n] for n in truth if truth[n] == label} for label in set(truth.values())}
    merged = sum(bool(stories_of[a] & stories_of[b]) for a, b in hard_negatives)
    joined = sum(len(stories_of[label]) == 1 for label in TOLL_UPDATES)
    print(f"syndication set through the index: {len(copies)} copies of {len(stories_of)} stories, pairwise "
          f"precision {precision:.3f}, recall {recall:.3f} (goals >= 0.99, >= 0.95); hard negatives merged "
          f"{merged}/{len(hard_negatives)}; toll updates joined {joined}/{len(TOLL_UPDATES)}")


def main() -> None:
    rng = np.random.default_rng(7)
    started = time.perf_counter()
    syndication_margins()
    syndication_scores()
    print()
    memory = index_memory(10_000, rng)
    print("StoryIndex (MinHash LSH 16x4, threshold 0.5, k=3, 128 permutations); query = median of 10 batches:")
    print("  articles  insert µs/art  query µs/art  signature B/art  near-copy recall (5 % of words changed)")
    results = {}
    for size in (10_000, 50_000, 200_000):
        r = results[size] = bench_index(size, rng)
        print(f"  {size:8,}  {r['insert'] * 1e6:13.1f}  {r['query'] * 1e6:12.1f}  {r['signature']:15}  "
              f"{r['recall']:.3f}")
    print(f"index memory per article (tracemalloc, 10k): {memory:,.0f} B "
          "(signature, facts, entry, LSH band keys and buckets)")
    print("naive all-pairs Jaccard over shingle sets:")
    print("  articles  insert µs/art  query µs/art  memory B/art (shingle sets)")
    naive = {}
    for size in (1_000, 5_000):
        r = naive[size] = bench_naive(size, rng)
        print(f"  {size:8,}  {r['insert'] * 1e6:13.1f}  {r['query'] * 1e6:12.1f}  {r['memory']:12,.0f}")
    flat = results[200_000]["query"] / results[10_000]["query"]
    print(f"query cost 200k / 10k: {flat:.2f}  (goal 0.7-1.3)")
    print(f"query cost naive at 5k / index at 200k: {naive[5_000]['query'] / results[200_000]['query']:.0f}x")
    stored, rebuilt = bench_startup(5_000)
    print(f"start-up per article: stored signatures {stored * 1e6:.0f} µs, re-sketching bodies "
          f"{rebuilt * 1e6:.0f} µs ({rebuilt / stored:.1f}x): signatures are stored")
    print(f"total {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
