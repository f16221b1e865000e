"""Watchlist matching, the strike decision and event extraction, as pure functions."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
import trafilatura

from conftest import matching_cases
from monitor.config import MatchingConfig, TermConfig, WatchlistConfig, load_config
from monitor.text import analyse
from monitor.text.document import Document
from monitor.text.events import build_events
from monitor.text.figures import dates_in, days_named, injured_figures, killed_figures, numbers_in, says_no_casualties
from monitor.normalize import normalize
from monitor.text.watchlists import compile_lexicon, match_watchlists


def lists(**watchlists) -> object:
    """A compiled config of small term watchlists: name=[(term, [variants]), ...]."""
    return compile_lexicon(
        {name: WatchlistConfig(terms=[TermConfig(term=t, variants=v) for t, v in terms])
         for name, terms in watchlists.items()}, {}, MatchingConfig(require=[], score=[]))


def found(text, compiled):
    return [(m.term, m.matched_text) for m in match_watchlists(text, compiled)]


def test_folding_keeps_offsets_into_the_original():
    text = "Strikes hit Al-Bukamal’s outskirts; قُتلَ ثلاثة في البوكمال"
    folded = normalize(text)
    assert folded.text == "strikes hit al bukamal s outskirts; قتل ثلاثه في بوكمال"
    start = folded.text.index("بوكمال")
    assert text[slice(*folded.span(start, start + 6))] == "البوكمال"


def test_whole_words_longest_match_and_folded_variants():
    compiled = lists(actors=[("Islamic State", ["ISIS"]), ("Hezbollah", []), ("Kataib Hezbollah", ["Kata'ib Hezbollah"])],
                     places=[("Boukamal", ["Al-Bukamal", "البوكمال"])])
    assert found("a crisis in ISIS-held areas", compiled) == [("Islamic State", "ISIS")]
    assert found("KATA’IB  HEZBOLLAH and Hezbollah", compiled) == [
        ("Kataib Hezbollah", "KATA’IB  HEZBOLLAH"), ("Hezbollah", "Hezbollah")]
    assert found("al bukamal, Al-Búkamal; Albukamalx", compiled) == [
        ("Boukamal", "al bukamal"), ("Boukamal", "Al-Búkamal")]
    # the Arabic article and the proclitics و ب ل: yes; inside another word: no
    assert [t for t, _ in found("وبالبوكمال وللبوكمال بوكمال سالبوكمال", compiled)] == ["Boukamal"] * 3


def test_a_place_inside_a_longer_name_is_no_place(shipped):
    terms = {(m.watchlist, m.term) for m in match_watchlists("Deir Ezzor 24 said a drone struck Hajin.", shipped)}
    assert ("sources", "Deir Ezzor 24") in terms and ("places", "Hajin") in terms
    assert ("places", "Deir ez-Zor") not in terms


def test_decision_needs_a_strike_term_beside_a_place(shipped):
    def decide(text):
        return analyse(text, None, shipped)[:2][1].is_strike_report

    assert decide("A drone strike hit a car near Qaim on Tuesday.")
    assert not decide("A drone strike hit a car. Qaim is calm.")              # not in one sentence
    assert not decide("The forward struck a fierce shot past the Erbil keeper.")  # one weak word
    assert not decide("An Israeli airstrike on a house in Rafah killed 11.")    # outside the region


@pytest.mark.parametrize("text, killed", [
    ("killing six militants", [6]), ("at least 12 people were killed", [12]), ("killing fourteen people", [14]),
    ("killed two fighters of the sinjar resistance units and three civilians", [5]),
    ("killing one fighter and wounding eight others", [1]), ("قتل ضابط وجنديان من الجيش", [3]),
    ("اسفر عن مقتل شخصين", [2]), ("no one was killed", []), ("in 2019 the city was retaken", []),
    ("قتل عشرون شخصا", [20]), ("قتل ثلاثون عنصرا", [30]), ("قتل ثلاثة وعشرون عنصرا", [23]),
    ("ارتفعت حصيلة قتلى الغارة على البوكمال إلى 14 قتيلا", [14]), ("ارتفع عدد القتلى إلى 17", [17]),
    ("لقي سبعة أشخاص حتفهم", [7]), ("two dozen people were killed", [24]), ("the strike on route 4 killed two", [2]),
    ("راح ضحيتها خمسة مدنيين", [5]), ("ارتقاء 3 شهداء بقصف", [3]), ("gunmen shot dead two shepherds", [2]),
])
def test_fatality_figures_in_digits_and_words(text, killed):
    assert killed_figures(normalize(text).text) == killed


@pytest.mark.parametrize("text, killed, injured", [
    # one person named by a singular noun, or an ordinal, is a figure of one
    ("the commander was killed when a drone struck his car", [1], []),
    ("three people were killed and a fourth was wounded", [3], [1]),
    ("turkish drone hits a car, the driver killed and a passenger wounded", [1], [1]),
    ("one person had died", [1], []), ("wounding a civilian passerby", [], [1]),
    ("شهيدان وجريح بقصف مسيرة", [2], [1]), ("شهيد و3 جرحى بقصف مدفعي", [1], [3]),
    ("مقتل رجل وإصابة زوجته بقصف", [1], [1]), ("2 martyrs and 1 wounded", [2], [1]),
    # but not the striker
    ("the militant killed three soldiers", [3], []),
])
def test_one_person_by_a_singular_noun(text, killed, injured):
    folded = normalize(text).text
    assert (killed_figures(folded), injured_figures(folded)) == (killed, injured)


@pytest.mark.parametrize("verb", ["killed", "dead", "slain", "martyred"])
def test_every_word_of_the_passive_toll_pattern_reaches_it(verb):
    """The cheap pre-check (figures._CASUALTY_WORDS) must let through each word the toll
    patterns accept: "were slain" was skipped before the pattern that knows it ran."""
    assert killed_figures(normalize(f"three soldiers were {verb} in the strike").text) == [3]


@pytest.mark.parametrize("text, killed, injured", [
    ("killed 12 people and wounded 3 others", [12], [3]), ("killed 3 and wounded 12", [3], [12]),
    ("سقط 5 قتلى و10 جرحى", [5], [10]), ("قتل 3 أشخاص وأصيب 5 آخرون", [3], [5]),
])
def test_killed_and_wounded_in_one_sentence_stay_apart(text, killed, injured):
    folded = normalize(text).text
    assert (killed_figures(folded), injured_figures(folded)) == (killed, injured)


def test_no_casualties_is_zero_but_unknown_is_not():
    assert says_no_casualties("no casualties were reported")
    assert says_no_casualties(normalize("دون تسجيل خسائر بشرية").text)
    assert says_no_casualties(normalize("واحتراق البساتين، ولا إصابات بشرية").text)
    assert not says_no_casualties("there was no immediate information about casualties")


def test_dates_from_weekdays_and_days_relative_to_publication():
    published = date(2024, 1, 16)   # a Tuesday
    assert dates_in("late monday they fired", published) == [date(2024, 1, 15)]
    assert dates_in("on tuesday", published) == [date(2024, 1, 16)]
    assert dates_in("on january 13", published) == [date(2024, 1, 13)]
    assert dates_in("on december 30", published) == [date(2023, 12, 30)]
    assert dates_in(normalize("مساء أمس الأحد").text, published) == [date(2024, 1, 14)]
    # a date ahead stays ahead (the caller rejects it); an anniversary names no day
    assert dates_in("talks are planned for january 20", published) == [date(2024, 1, 20)]
    assert dates_in("before the october 7 anniversary", published) == []
    assert dates_in("on monday; talks on january 20", published, explicit=False) == [date(2024, 1, 15)]


def test_last_night_and_the_day_before_yesterday_in_arabic_and_english():
    """A local Arabic post's "الليلة الماضية" is last night (as "ليلة أمس" is), and "أول
    أمس" / "قبل يومين" the day before yesterday, not yesterday (the strike's local day, which
    the English article of it names as a weekday)."""
    published = date(2024, 1, 16)   # a Tuesday
    monday, sunday = date(2024, 1, 15), date(2024, 1, 14)
    assert dates_in(normalize("قصف خلال الليلة الماضية").text, published) == [monday]
    assert dates_in(normalize("قصف أول أمس على القرية").text, published) == [sunday]
    assert dates_in(normalize("قصف أول من أمس").text, published) == [sunday]
    assert dates_in(normalize("قتل قبل يومين بقصف").text, published) == [sunday]
    assert dates_in("the strike the day before yesterday", published) == [sunday]
    assert dates_in("killed two days ago", published) == [sunday]
    assert dates_in(normalize("مساء أمس").text, published) == [monday]


def test_days_as_written_abbreviated_iso_and_arabic_weekdays():
    named = days_named(normalize("BAGHDAD, Nov. 19 - on the 14th of March; 2024-03-12; السبت").text)
    # (the dateline's day, the filing day, after the days the text names: figures.days_named)
    assert [(day.month, day.day, day.year) for day in named[:2]] == [(3, 14, None), (3, 12, 2024)]
    assert named[2].weekday == 5
    assert (named[3].month, named[3].day) == (11, 19)
    # "احد" and "اثنين" are one and two unless a day word makes them a day
    assert days_named(normalize("قتل أحد المدنيين").text) == []
    assert [day.weekday for day in days_named(normalize("صباح الأحد").text)] == [6]


def test_numbers_in_digits_and_words_but_not_in_dates():
    assert numbers_in(normalize("On March 12, 2024 five were killed, 1,200 fled 3.5 km; a £38million deal").text) \
        == [5, 1200, 3.5, 38]
    assert numbers_in(normalize("قتل خمسة عشر عنصرا يوم الاثنين وأصيب ٣ آخرون").text) == [15, 3]
    assert numbers_in("from zero to twenty one") == [0, 21]


def test_review_cases_background_lines_other_dates_late_night_and_phrasings_exactly(shipped):
    """s46-s62: war tolls, earlier incidents, future and anniversary dates, 21:40Z
    publication (after midnight in UTC+3), the Arabic and English casualty phrasings."""
    cases = [case for case in matching_cases() if "s46" <= case["id"] <= "s62" and len(case["id"]) == 3]
    assert len(cases) == 17
    for case in cases:
        matches, decision = analyse(case["body"], None, shipped)[:2]
        event = build_events(case["body"], str(case["published"]), matches, shipped, decision)[0]
        expected = case["expect"]
        assert (event["location"], event["fatalities"], event["event_date"], event["sub_event_type"]) == (
            expected["location"], expected["fatalities"], str(expected["event_date"]),
            expected["sub_event_type"]), case["id"]


def test_a_stated_offset_is_the_outlets_own_day(shipped):
    text = "A drone strike killed three people near Al-Qaim yesterday."
    matches, decision = analyse(text, None, shipped)[:2]
    assert build_events(text, "2024-03-05T21:40:00+01:00", matches, shipped, decision)[0]["event_date"] == "2024-03-04"
    assert build_events(text, "2024-03-05T21:40:00Z", matches, shipped, decision)[0]["event_date"] == "2024-03-05"


def test_labelled_reports_precision_recall_place_and_fatalities(shipped):
    cases = matching_cases()
    assert sum(c["expect"]["strike"] for c in cases) >= 30 and sum(not c["expect"]["strike"] for c in cases) >= 30
    tp = fp = fn = 0
    exact = {"location": 0, "fatalities": 0, "event_date": 0, "sub_event_type": 0}
    misses = []
    for case in cases:
        matches, decision = analyse(case["body"], None, shipped)[:2]
        expected = case["expect"]
        tp += expected["strike"] and decision.is_strike_report
        fp += not expected["strike"] and decision.is_strike_report
        fn += expected["strike"] and not decision.is_strike_report
        if expected["strike"]:
            event = build_events(case["body"], str(case["published"]), matches, shipped, decision)[0]
            for key in exact:
                want = None if expected[key] is None else str(expected[key])
                got = None if event[key] is None else str(event[key])
                exact[key] += want == got
                if want != got:
                    misses.append((case["id"], key, want, got))
    strikes = sum(c["expect"]["strike"] for c in cases)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    accuracy = {key: value / strikes for key, value in exact.items()}
    print(f"\nstrike decision over {len(cases)} reports: precision {precision:.3f}, recall {recall:.3f}")
    print("exact on the strike reports: " + ", ".join(f"{k} {v:.3f}" for k, v in accuracy.items()))
    print(f"misses: {misses}")
    assert precision >= 0.9 and recall >= 0.9
    assert accuracy["location"] >= 0.85 and accuracy["fatalities"] >= 0.85
    assert accuracy["event_date"] >= 0.85 and accuracy["sub_event_type"] >= 0.85


def test_the_regions_utc_offset_and_date_lookback_are_settings(shipped):
    """matching.utc_offset_hours sets whose "yesterday" a UTC timestamp means; a date older
    than matching.event_date_lookback before publication is another incident's."""
    from dataclasses import replace

    text = "A drone strike killed three people near Al-Qaim yesterday."
    matches, decision = analyse(text, None, shipped)[:2]
    utc = replace(shipped, matching=shipped.matching.model_copy(update={"utc_offset_hours": 0.0}))
    assert build_events(text, "2024-03-05T21:40:00Z", matches, utc, decision)[0]["event_date"] == "2024-03-04"

    text = "A drone strike killed three people near Al-Qaim on February 20."
    matches, decision = analyse(text, None, shipped)[:2]
    assert build_events(text, "2024-03-05T10:00:00Z", matches, shipped, decision)[0]["event_date"] == "2024-03-05"
    month = replace(shipped, matching=shipped.matching.model_copy(update={"event_date_lookback": 30 * 86400.0}))
    assert build_events(text, "2024-03-05T10:00:00Z", matches, month, decision)[0]["event_date"] == "2024-02-20"


# --------------------------------------------------------------- the codebook (issue 10)
def code(text, lexicon, published="2024-05-08"):
    coding = analyse(text, published, lexicon)
    return coding.is_strike_report, (coding.event or {}).get("sub_event_type"), (coding.event or {}).get("fatalities")


def kind_cases(split):
    return [case for case in matching_cases() if case["id"].startswith("k") and case.get("split", "tuned") == split]


@pytest.mark.parametrize("case", kind_cases("tuned"), ids=lambda case: f"{case['id']}-{case['kind']}")
def test_every_tuned_kind_case_is_coded_as_labelled(shipped, case):
    """Strike report or not, the ACLED type (None: no event) and the toll, exactly."""
    expected = case["expect"]
    assert code(case["body"], shipped, str(case["published"])) == (
        expected["strike"], expected["sub_event_type"], expected.get("fatalities")), case["title"]


def test_held_out_cases_written_before_the_rules_meet_the_goals(shipped):
    """The held-out split was never tuned on: the issue's goals, not perfection."""
    cases = kind_cases("heldout")
    assert len(cases) >= 40 and {c["lang"] for c in cases} == {"en", "ar"}
    coded = [(case, code(case["body"], shipped, str(case["published"]))) for case in cases]
    decisions = sum(got[0] == case["expect"]["strike"] for case, got in coded) / len(coded)
    types = sum(got[1] == case["expect"]["sub_event_type"] for case, got in coded) / len(coded)
    tolls = [got[2] == case["expect"]["fatalities"] for case, got in coded if got[1] and case["expect"]["sub_event_type"]]
    print(f"\nheld-out: strike decisions {decisions:.2f}, sub_event_type {types:.2f}, "
          f"fatalities {sum(tolls) / len(tolls):.2f} of {len(tolls)}")
    assert decisions >= 0.95 and types >= 0.9 and sum(tolls) / len(tolls) >= 0.75


def test_broken_words_fold_and_keep_their_offsets():
    for text, folded, word in [("قصـ.ـف مدفعي", "قصف مدفعي", "قصـ.ـف"), ("قـ ـصـ ـف جـ ـوي", "قصف جوي", "قـ ـصـ ـف"),
                               ("استـ.ـهداف", "استهداف", "استـ.ـهداف"), ("kil*led two", "killed two", "kil*led"),
                               ("k!lled, str1ke", "killed, strike", "k!lled"), ("غا\u200bرة", "غاره", "غا\u200bرة"),
                               ("ق ص ف جوي", "قصف جوي", "ق ص ف"), ("ALL  CAPS", "all caps", "ALL")]:
        normalized = normalize(text)
        assert normalized.text == folded
        first = folded.split()[0].rstrip(",")
        assert text[slice(*normalized.span(0, len(first)))] == word, text
    # a plain space, a number or a sentence's dot is never joined
    assert normalize("قصف جوي").text == "قصف جوي" and normalize("و ب غارة").text == "و ب غاره" and normalize("drone 10 km. Then").text == "drone 10 km. then"


def test_broken_words_match_and_point_at_the_original(shipped):
    text = "قـ ـصـ ـف مدفـ.ـعي على تل تمر"
    matches = [m for m in match_watchlists(text, shipped) if m.watchlist == "strike"]
    assert [(m.term, m.matched_text) for m in matches] == [("artillery fire", "قـ ـصـ ـف مدفـ.ـعي")]


@pytest.mark.parametrize("text, coded", [
    # a threat, plan or denial governs the strike terms after it
    ("Kataib Hezbollah threatened to strike US bases near Al-Qaim.", (False, None, None)),
    ("Officials said US jets would bomb militia positions in Boukamal if attacks go on.", (False, None, None)),
    ("توعد الجيش التركي بقصف مواقع قسد في القامشلي.", (False, None, None)),
    # a reaction before the strike term is the sentence's event; after it, the strike is
    ("Hundreds protested in Hajin against the airstrike that killed four.", (False, None, None)),
    ("An airstrike killed four people in Hajin, prompting protests.", (True, "Air/drone strike", 4)),
    # other senses of "strike"
    ("Oil workers in Rmelan went on strike over pay.", (False, None, None)),
    # an interception without impact; with impact the attack is the event
    ("Air defences shot down two drones over Harir base.", (False, "Disrupted weapons use", None)),
    ("Two drones were shot down but a third hit Harir base, wounding two.", (True, "Air/drone strike", None)),
    # a ground attack: Armed clash on an armed target, Attack on civilians
    ("Gunmen attacked an army checkpoint near Rutba, killing two soldiers.", (False, "Armed clash", 2)),
    ("Gunmen opened fire on farmers near Rutba, killing two.", (False, "Attack", 2)),
    ("Artillery shelled the outskirts of Dhiban amid clashes, killing three.", (False, "Armed clash", 3)),
    # the explosive types and an unstated strike
    ("A roadside bomb killed two soldiers near Rutba.", (False, "Remote explosive/landmine/IED", 2)),
    ("A suicide bomber killed four near Haditha.", (False, "Suicide bomb", 4)),
    ("A grenade thrown into a shop in Tal Afar killed one.", (False, "Grenade", 1)),
    ("A strike hit a car near Hajin, killing two.", (True, "Air/drone strike", 2)),
    # of two generic senses, the first names the event
    ("The explosion that hit a market in Hajin killed two.", (False, "Remote explosive/landmine/IED", 2)),
    # gunmen are an Attack on civilians; "attacked" without a weapon is a battle
    ("Militants attacked al-Busayrah, killing two.", (False, "Armed clash", 2)),
])
def test_what_the_sentence_says_happened(shipped, text, coded):
    assert code(text, shipped) == coded


def test_strike_types_are_a_setting(shipped):
    """matching.strike_types decides which ACLED types are strike reports."""
    from dataclasses import replace

    text = "A roadside bomb killed two soldiers near Rutba."
    assert code(text, shipped)[:2] == (False, "Remote explosive/landmine/IED")
    wider = replace(shipped, matching=shipped.matching.model_copy(
        update={"strike_types": [*shipped.matching.strike_types, "Remote explosive/landmine/IED"]}))
    assert code(text, wider)[:2] == (True, "Remote explosive/landmine/IED")


def test_an_unknown_strike_type_is_a_config_error(tmp_path):
    from monitor.config import ConfigError

    path = tmp_path / "config.yaml"
    path.write_text("matching:\n  strike_types: [Air/drone strike, Airstrike]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"line 2: matching.strike_types: .*'Airstrike' is not one of"):
        load_config(path)


@pytest.mark.parametrize("text, fatalities", [
    ("Two airstrikes hit Mayadin: the first killed three and the second killed four.", 7),    # separate strikes
    ("The airstrike on Hajin killed seven, while Deir Ezzor 24 put the toll at four.", 4),    # differing reports
    ("An airstrike hit Hajin, killing five. The war has killed 280,000 people.", 5),          # a war's toll
    ("An airstrike killed 280,000 people near Hajin.", None),                                  # implausible
    ("An airstrike hit Hajin, killing five, while the war since 2011 has killed 500,000.", 5),  # background clause
    ("Airstrikes hit Boukamal; the number of casualties is unknown.", None),
    ("A drone struck a car near Zakho, causing no fatalities.", 0),
    ("A drone strike near Boukamal killed two people and another was injured.", 2),
    ("About ten fighters were killed and injured in an airstrike near Hajin.", None),        # dead and hurt together
    ("غارة على البوكمال توقع 10 قتلى وجرحى.", None),
    ("A blast in Hajin killed 11, months after 230 people were killed by explosions.", 11),  # an earlier toll
    ("غارة على البوكمال تقتل 6 وتجرح 10، فيما يرتفع عدد قتلى الحرب منذ 2011 إلى 500 ألف.", 6),
    # a period's total adds up several events: none of them is its toll
    ("Airstrikes on the countryside of Hajin killed 40 people in the past 24 hours.", None),
    ("Warplanes pounded Boukamal, killing 23 during the last three days.", None),
    ("Within 72 hours airstrikes killed 38 civilians near Hasakah.", None),
    ("قتل 17 شخصاً في غارات جوية على ريف دير الزور خلال الـ24 ساعة الماضية.", None),
    ("غارات على البوكمال تقتل 9 خلال الأيام الثلاثة الماضية.", None),
    ("Clashes and airstrikes around Manbij killed more than 180 during 11 days of fighting.", None),
    ("A drone strike killed four near Hajin on Monday, the third in the past week.", 4),
])
def test_fatalities_as_the_codebook_counts_them(shipped, text, fatalities):
    is_strike_report, sub_event_type, coded = code(text, shipped)
    assert sub_event_type is not None, text      # an event is coded: a None toll is its own
    assert coded == fatalities


def test_differing_sources_across_sentences_give_the_lowest_figure(shipped):
    text = ("An airstrike near Hajin killed seven people, the Syrian Observatory said. "
            "Deir Ezzor 24 said four were killed in the strike.")
    assert code(text, shipped)[2] == 4


def test_a_category_the_rules_do_not_know_is_a_config_error(tmp_path):
    from monitor.config import ConfigError

    path = tmp_path / "config.yaml"
    path.write_text("watchlists:\n  not_strike:\n    terms:\n      - term: vowed\n        category: modal\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=r"line 5: watchlists.not_strike.terms\[0\].category: 'modal': "
                                          r"the not_strike list's categories are aftermath, modality"):
        load_config(path)


def test_forced_event_coding_of_every_real_page_gives_events(shipped):
    """bench/match.py codes the events of every real page, strike report or not (its "forced" row): a page whose
    strike holds no sentence of its own (a list item heading nothing) is coded, not an error."""
    pages = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html.gz"))
    assert pages
    for page in pages:
        doc = Document.of(trafilatura.extract(gzip.decompress(page.read_bytes())) or "")
        coding = analyse(doc, "2024-01-01T10:00:00Z", shipped)
        assert isinstance(build_events(doc, "2024-01-01T10:00:00Z", coding.matches, shipped, coding.decision), list)
