"""The field's libraries against the hand-written text code, on results and speed (issue 10, item 9).

    python bench/text_libraries.py

1. Event dates: dateparser's ``search_dates`` (relative and Arabic dates, Zyte's; installed
   with trafilatura) against ``figures.dates_in``, on the labelled strike reports of
   tests/fixtures/matching/cases.yaml: the first plausible day named in the strike
   sentences, relative to publication, against the labelled event_date; time per sentence.
2. Arabic folding: PyArabic (``strip_tashkeel``, ``strip_tatweel``, ``normalize_hamza``,
   alef/teh folding) against ``normalize.normalize`` on the Arabic case bodies and on words
   broken to dodge filters: how often the two agree word by word, what each leaves
   unmatched of the strike terms, and time per body. PyArabic is optional (pip install
   pyarabic); without it that part is skipped.

Both print a ratio against the hand-written code measured in the same run.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta

from common import ROOT

sys.path.insert(1, str(ROOT))   # after tests/ (common.py): the root conftest.py is not the tests' one
from conftest import matching_cases  # noqa: E402
from monitor.config import load_config  # noqa: E402
from monitor.text import analyse, lexicon_for  # noqa: E402
from monitor.text.figures import dates_in  # noqa: E402
from monitor.normalize import normalize, normalize_term  # noqa: E402
from monitor.text.sentences import sentence_spans  # noqa: E402

BROKEN = ["قصـ.ـف مدفعي", "استـ.ـهداف سيارة", "قـ ـصـ ـف جـ ـوي", "مقـ.ـتل شخصين", "غا\u200bرة", "الغـــارة"]


def strike_sentences(case: dict, lexicon) -> list[str]:
    coding = analyse(case["body"], str(case["published"]), lexicon)
    spans = sentence_spans(case["body"])
    return [case["body"][slice(*spans[i])] for i in (coding.decision.sentences if coding.decision else ())]


def first_day(days, published):
    return next((day for day in days if published - timedelta(days=7) <= day <= published + timedelta(days=1)), published)


def dates_bench(cases, lexicon) -> None:
    import dateparser.search

    rows = [(case, strike_sentences(case, lexicon)) for case in cases if case["expect"].get("event_date")
            and case["expect"]["strike"]]
    ours = theirs = 0
    ours_time = theirs_time = 0.0
    sentences = 0
    for case, found in rows:
        published = case["published"]
        published = published.date() if isinstance(published, datetime) else published
        started = time.perf_counter()
        days = [day for sentence in found for day in dates_in(normalize(sentence).text, published)]
        ours_time += time.perf_counter() - started
        ours += first_day(days, published) == case["expect"]["event_date"]
        started = time.perf_counter()
        days = []
        for sentence in found:
            hits = dateparser.search.search_dates(sentence, languages=[case["lang"]], settings={
                "RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "past"}) or []
            days.extend(moment.date() for _, moment in hits)
        theirs_time += time.perf_counter() - started
        theirs += first_day(days, published) == case["expect"]["event_date"]
        sentences += len(found)
    n = len(rows)
    print(f"event dates over {n} strike reports ({sentences} strike sentences)")
    print(f"  figures.dates_in      exact {ours / n:.3f}   {1000 * ours_time / sentences:.3f} ms/sentence")
    print(f"  dateparser            exact {theirs / n:.3f}   {1000 * theirs_time / sentences:.3f} ms/sentence"
          f"   ({theirs_time / max(ours_time, 1e-9):.0f}x the time)")


def pyarabic_fold(text: str) -> str:
    from pyarabic import araby

    text = araby.strip_tashkeel(araby.strip_tatweel(text))
    text = araby.normalize_hamza(araby.normalize_alef(text), method="tasheel")
    return araby.normalize_teh(text).replace("ى", "ي")


def arabic_bench(cases, lexicon) -> None:
    try:
        import pyarabic  # noqa: F401
    except ImportError:
        print("arabic folding: pyarabic is not installed (pip install pyarabic); skipped")
        return
    bodies = [case["body"] for case in cases if case["lang"] == "ar"]
    watchlists = load_config(ROOT / "config.yaml").watchlists
    terms = {normalize_term(v) for name in ("strike", "casualties") for t in watchlists[name].terms
             for v in (t.term, *t.variants) if any("\u0600" <= c <= "\u06ff" for c in v)}
    started = time.perf_counter()
    ours = [normalize(body).text for body in bodies]
    ours_time = time.perf_counter() - started
    started = time.perf_counter()
    theirs = [pyarabic_fold(body) for body in bodies]
    theirs_time = time.perf_counter() - started
    agree = total = 0
    for a, b in zip(ours, theirs):
        # the article and punctuation are ours alone: compare words without them
        words_a = [w.strip(".,،:") for w in a.split()]
        words_b = [normalize_term(w).strip(".,،:") for w in b.split()]   # our article rule on theirs
        total += len(words_a)
        agree += sum(x == y for x, y in zip(words_a, words_b))
    print(f"arabic folding over {len(bodies)} Arabic bodies ({total} words)")
    print(f"  normalize.normalize   {1000 * ours_time / len(bodies):.3f} ms/body (with the offset map)")
    print(f"  pyarabic              {1000 * theirs_time / len(bodies):.3f} ms/body (no offsets)"
          f"   word agreement {agree / total:.3f}")
    for text in BROKEN:
        print(f"  {text!r:28} ours {normalize(text).text!r:18} pyarabic {pyarabic_fold(text)!r}"
              f"  a term: ours {normalize(text).text.split()[0] in terms or normalize(text).text in terms}"
              f" pyarabic {pyarabic_fold(text).split()[0] in terms}")


def main() -> None:
    lexicon = lexicon_for(load_config(ROOT / "config.yaml"))
    cases = matching_cases()
    dates_bench(cases, lexicon)
    arabic_bench(cases, lexicon)


if __name__ == "__main__":
    main()
