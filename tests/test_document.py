"""Text analysis folds an article once and splits it into sentences once (issue 16): every
stage (watchlists, decision, places, events) reads the one ``Document`` that ``analyse`` builds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import matching_cases
import monitor.normalize
import monitor.text.sentences
from monitor.text import analyse
from monitor.text.document import Document

ROOT = Path(__file__).resolve().parent.parent


def counting(monkeypatch, name: str, module) -> list[tuple[str, str]]:
    """Replace *module*'s function *name* wherever a monitor module holds it; the calls are
    recorded as (calling function, argument)."""
    original, calls = getattr(module, name), []

    def wrapper(text):
        calls.append((sys._getframe(1).f_code.co_name, text))
        return original(text)

    for loaded in list(sys.modules.values()):
        if loaded.__name__.startswith("monitor") and getattr(loaded, name, None) is original:
            monkeypatch.setattr(loaded, name, wrapper)
    return calls


@pytest.mark.parametrize("case_id", ["s01", "s32"])   # English (Anbar), Arabic (Deir ez-Zor)
def test_analyse_folds_and_splits_a_report_once(shipped, monkeypatch, case_id):
    case = next(case for case in matching_cases() if case["id"] == case_id)
    text = f"{case['title']}\n{case['body']}"
    assert len(monitor.text.sentences.sentence_spans(text)) >= 4
    folds = counting(monkeypatch, "normalize", monitor.normalize)
    splits = counting(monkeypatch, "sentence_spans", monitor.text.sentences)

    coding = analyse(text, str(case["published"]), shipped)

    # every stage ran: the report is a strike report with its place, toll and date
    assert coding.is_strike_report
    assert coding.event["location"] == case["expect"]["location"]
    assert coding.event["fatalities"] == case["expect"]["fatalities"]
    # the article itself is folded once; what else is folded are gazetteer names (normalize_term)
    assert [folded for caller, folded in folds if caller != "normalize_term"] == [text]
    names = {name for places in shipped.places.values() for place in places for name in (place.name, *place.variants)}
    assert {folded for caller, folded in folds if caller == "normalize_term"} <= names
    assert splits == [("of", text)]


def test_a_sentence_slice_reads_as_the_sentence_folded_alone():
    text = "قُتل ثلاثة عناصر  بغارة على البوكمال.\n\nA drone struck al-Hajin’s market, killing two."
    doc = Document.of(text)
    for index, (start, end) in enumerate(doc.spans):
        sentence = doc.sentence(index)
        alone = monitor.normalize.normalize(text[start:end])
        assert sentence.text == alone.text
        assert [sentence.origin(i) for i in range(len(alone.text))] == [alone.origin(i) for i in range(len(alone.text))]
    market = text.index("market")
    assert doc.before(market, 30) == "ل. a drone struck al hajin s "   # 30 characters back, folded: across sentences
    assert doc.sentence_of(market) == 1 and doc.fold(market, market + 6) == "market"


@pytest.mark.parametrize("text, sentences", [
    ("📍Ain Issa\nShelling on the town", 1),
    ("🔴 عاجل | #دير_الزور\nمسيّرة ضربت سيارة", 1),
    ("عين عيسى 📍\n#عاجل\nقصف على البلدة", 1),
    # a plain line, a long line with a hashtag, a sentence with a hashtag: lines of their own
    ("Ain Issa\nShelling on the town", 2),
    ("Shelling hit the town again today, #Ain_Issa residents said\nTwo were hurt", 2),
    ("Strike on #Hajin.\nTwo killed", 2),
])
def test_a_post_s_place_line_heads_the_line_under_it(text, sentences):
    spans = monitor.text.sentences.sentence_spans(text)
    assert len(spans) == sentences and spans[-1][1] == len(text)


def test_a_worker_folds_an_article_once_for_its_sketch_and_its_analysis(shipped, monkeypatch):
    """The dedup sketch reads the body as text analysis folded it (``read_article``)."""
    from monitor.dedup import Sketcher
    from monitor.items import ArticleItem
    from monitor.workers import Tools, read_article

    case = next(case for case in matching_cases() if case["id"] == "s01")
    page = f"<html><head><title>{case['title']}</title></head><body><article><p>{case['body']}</p></article></body></html>"
    sketcher = Sketcher(3, 128)
    folds = counting(monkeypatch, "normalize", monitor.normalize)

    item = read_article(ArticleItem(feed_id=1, url="http://x.test/a", link="http://x.test/a", html=page.encode(),
                                    fetched_at=str(case["published"])), Tools(shipped, sketcher, False))

    assert item.is_strike_report and item.body.startswith(case["body"][:40])
    assert [folded for caller, folded in folds if caller != "normalize_term"] == [item.body]
    assert item.sketch.facts == sketcher.sketch(item.body).facts   # the same sketch as from the text alone
    assert (item.sketch.signature == sketcher.sketch(item.body).signature).all()
