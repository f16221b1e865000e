"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts18.yaml and
posts17's residue): each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes
them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-11-20T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_post_typed_in_small_letters_names_its_village(shipped):
    """"turkish drone hit a car near qutiki village in amude countryside, 2 killed", "unidentified drone targeted a car
    in al-shuhayl town east of deir ezzor": a local journalist's post typed in small letters all through gives its
    names no capital, so a name's small letter refuses it no more (places.caseless, rule "capitalised"); the village
    is the strike's place. Where the text writes capitals, a name in small letters is still a word."""
    assert facts("turkish drone hit a car near qutiki village in amude countryside, 2 killed",
                 shipped, "location", "geo_precision") == [("Qutiki", 2)]
    assert facts("unidentified drone targeted a car in al-shuhayl town east of deir ezzor, one dead",
                 shipped, "location", "geo_precision") == [("Al-Shuhayl", 1)]
    assert facts("Turkish drone hit a car near qutiki village in Amude countryside, 2 killed",
                 shipped, "location") == [("Amuda",)]


def test_a_post_typed_in_small_letters_has_its_village_looked_up_by_spelling(shipped):
    """"regime artillery shelled jedid bu kheir village near khasham", "turkish drone hit a car in bawerke village in
    amedi": in a post typed in small letters the patterns that find an unknown name introduced as a place read its
    words with their capitals given back (places.with_capitals, rule "tolerant"): the village the gazetteer spells
    otherwise is found by spelling in the area the post names, not lost."""
    assert facts("regime artillery shelled jedid bu kheir village near khasham, a woman wounded",
                 shipped, "location", "geo_precision") == [("Jadid Bu Khayr", 1)]
    assert facts("turkish drone hit a car in bawerke village in amedi, 2 pkk killed",
                 shipped, "location", "admin1") == [("Bawirk", "Duhok")]


def test_a_bare_list_of_villages_under_its_headline_is_a_strike_at_each(shipped):
    """"قصف بقذائف الهاون على قرى ريف الدرباسية منذ الصباح:" over "كاكورة" and "دليك", "Turkish artillery shelled these
    villages of Qamishli countryside 👇" over "Tall Hanwah" and "Tall Khidr": lines of a name alone with no bullet,
    under a line announcing villages that ends in a colon or a pointing hand, are items of a list as bulleted lines are
    (sentences.bare_list_item): a strike at each village, not at the countryside's town."""
    assert facts("قصف بقذائف الهاون على قرى ريف الدرباسية منذ الصباح:\nكاكورة\nدليك",
                 shipped, "location") == [("Kakurah",), ("Dalik",)]
    assert facts("Turkish artillery shelled these villages of Qamishli countryside 👇\nTall Hanwah\nTall Khidr",
                 shipped, "location") == [("Tall Hanwah",), ("Tall Khidr",)]


def test_a_drone_that_fell_without_going_off_in_a_posts_words_is_no_strike(shipped):
    """"سقطت طائرة مسيرة قرب بلدة تل حميس بدون ما تنفجر", "a drone crashed in an orchard near amuda this morning, no
    explosion reported": the dialect's "بدون ما تنفجر" (without it exploding) and a post's "no explosion" are the
    "no blast" cue (config.yaml not_strike, "did not explode"): an aircraft that fell and did not go off struck
    nothing, no strike report."""
    assert coded("سقطت طائرة مسيرة قرب بلدة تل حميس بدون ما تنفجر، وطوقت الأسايش المكان", shipped)[0] is False
    assert coded("a drone crashed in an orchard near amuda this morning, no explosion reported", shipped)[0] is False


def test_a_listed_village_spelled_otherwise_is_looked_up_on_its_line(shipped):
    """"Turkish shelling since dawn, Qamishli countryside:" over "- Tel Hanwa" and "- Tel Kubeiba": the tolerant lookup
    reads the lines of the list a strike sentence heads too (events, tolerant_matches on the list's items), and a line
    whose name only its spelling found is a strike of the list as a line of a known name is: a strike at each village,
    not at the countryside's town."""
    assert facts("Turkish shelling since dawn, Qamishli countryside:\n- Tel Hanwa\n- Tel Kubeiba",
                 shipped, "location") == [("Tall Hanwah",), ("Tall Kubaybah",)]


def test_a_posts_tolls_without_a_comma_are_two_figures(shipped):
    """"drone strike on a car in qutiki village, 1 killed 2 wounded", "… Mawan village, Choman district, 2 killed 3
    injured": a post writes its two figures with no comma between; a number's own verb closes its figure, so the
    number after "killed" opens the wounded's figure, not the dead's (figures._KILLED, _INJURED)."""
    assert facts("drone strike on a car in qutiki village, 1 killed 2 wounded",
                 shipped, "location", "fatalities", "injured") == [("Qutiki", 1, 2)]
    assert facts("A drone struck a house in Mawan village, Choman district, 2 killed 3 injured",
                 shipped, "location", "fatalities", "injured") == [("Mawan", 2, 3)]


def test_the_wounded_in_the_regions_speech(shipped):
    """"مسيرة تركية ضربت تراكتور بقرية قوتكي، والشوفير انصاب", "درون ضربت سيارة قرب قرية قوتكي وانصاب تلاتة منها":
    the dialects' driver ("الشوفير", "السواق") is one person, and their verb of the wounded ("انصاب", "انجرح") may
    come before its count as the standard's "أصيب" does (figures._AR_SINGLE, _INJURED)."""
    assert facts("مسيرة تركية ضربت تراكتور بقرية قوتكي، والشوفير انصاب",
                 shipped, "location", "injured") == [("Qutiki", 1)]
    assert facts("درون ضربت سيارة قرب قرية قوتكي وانصاب تلاتة منها",
                 shipped, "location", "injured") == [("Qutiki", 3)]
