"""The seventeenth session's speed-ups of the text path leave every coding as it was.

Each shortcut skips work whose result it knows without doing it; these tests check that what is skipped would have
found nothing, on the labelled texts (tests/fixtures/matching/*.yaml, English and Arabic).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from monitor.normalize import _FOLD, _fold_ascii, _fold_text, normalize
from monitor.patterns import may_match, needed_words
from monitor.text import figures, places
from monitor.text.document import Document
from monitor.text.watchlists import match_watchlists

FIXTURES = Path(__file__).parent / "fixtures" / "matching"


# (reports, several strikes, full articles and posts, in both languages; every set would take a minute to read)
SETS = ("cases.yaml", "strikes.yaml", "articles_tuned.yaml", "articles_heldout_posts14.yaml", "articles_heldout_news15.yaml")


def _bodies() -> list[str]:
    """The body of every labelled case of SETS (a list of cases, or a mapping with its ``cases``)."""
    bodies = []
    for name in SETS:
        data = yaml.load((FIXTURES / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        cases = data.get("cases", []) if isinstance(data, dict) else data
        bodies += [case["body"] for case in cases if isinstance(case, dict) and case.get("body")]
    return bodies


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [Document.of(body) for body in _bodies()]


def test_the_labelled_texts_are_read(documents):
    assert len(documents) > 300 and any(re.search("[\u0600-\u06ff]", doc.text) for doc in documents)


def test_a_casualty_pattern_skipped_for_a_sentence_finds_nothing_in_it(documents):
    """``figures`` tries a casualty pattern on a folded sentence only when the sentence holds one of its words."""
    for doc in documents:
        for index in range(len(doc.spans)):
            sentence = doc.sentence(index).text
            for pattern in (*figures._KILLED, *figures._INJURED):
                if not may_match(pattern, sentence):
                    assert pattern.search(sentence) is None, (pattern.pattern[:60], sentence)


def test_a_place_pattern_skipped_for_a_sentence_finds_nothing_in_it(documents):
    """``places.introduced_names`` tries a pattern on a sentence as written only when it holds one of its words."""
    for doc in documents:
        for start, end in doc.spans:
            for pattern in places._INTRODUCED:
                if not may_match(pattern, doc.text[start:end]):
                    assert next(pattern.finditer(doc.text, start, end), None) is None, (pattern.pattern[:60],
                                                                                        doc.text[start:end])


def test_the_words_a_pattern_needs():
    assert needed_words(re.compile(r"\b(?:came|come) (?:\w+ )?after\b")) == {"after"}
    assert needed_words(re.compile(r"\b(?:last|earlier this) (?:week|month)")) == {"last", "earlier this"}
    # none known: a match may hold no literal word, or any case of it
    assert needed_words(re.compile(r"(?:^|\s)\d{4}")) is None
    assert needed_words(re.compile(r"\bkilled (\d+)", re.IGNORECASE)) is None
    assert may_match(re.compile(r"(?:^|\s)\d{4}"), "no year here")   # (none known: tried)


def test_every_ascii_character_folds_as_the_table_folds_it():
    """An ASCII run is folded as bytes through one table, as ``str.translate`` through ``_FOLD`` would."""
    every = "".join(map(chr, range(128)))
    assert _fold_ascii(every) == every.translate(_FOLD)
    mixed = "Al-Bukamal’s “strikes” — ‘QSD’ said… \u200b" + every * 2 + "وبالبوكمال"
    assert _fold_text(mixed) == "".join(map(_FOLD.__getitem__, map(ord, mixed)))
    assert normalize(mixed).text == normalize(mixed.replace("’", "’")).text


def test_the_lexicon_finds_every_name_wherever_its_automaton_placed_it(shipped):
    """The automaton's names are added in sorted order (its scan is quicker so): every name is still found, as its
    own match, at a word's start and after a proclitic."""
    doc = Document.of("A drone struck Hajin and Abu Kamal; وقصفت طائرة مسيرة وبالبوكمال والشحيل.")
    found = {(m.watchlist, m.matched_text) for m in match_watchlists(doc, shipped)}
    assert {("places", "Hajin"), ("places", "Abu Kamal"), ("places", "البوكمال"), ("places", "الشحيل")} <= found
    assert all(shipped.automaton.get(key)[0] == len(key) for key in ("hajin", "abu kamal", "بوكمال"))
