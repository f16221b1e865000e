"""Kinds of local post the blind sets tests/fixtures/matching/articles_heldout_posts17/18/19.yaml measure (issue 16:
strike recall and tolls of local posts): the Kurdish posts' and the region's "nobody was hurt" (Kurmanji "kes birîndar
nebû", Sorani "کەس بریندار نەبوو", "ولا توجد إصابات", a misspelt "no casualities").

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import TOLLS, facts

PUBLISHED = "2026-12-03T09:00:00Z"


def tolls(text: str, lexicon) -> list[tuple]:
    """[(place, killed, injured) of each event] of *text*, published early December."""
    return facts(text, lexicon, *TOLLS, published=PUBLISHED)


@pytest.mark.parametrize("text", [
    # Kurmanji: nobody wounded, nobody killed
    "Artêşa Tirk gundê Xezna yê Tirbespiyê bi topan bombebaran kir, tenê zirar gihişt zeviyan û kes birîndar nebû",
    "Artêşa Tirk gundê Xezna yê Tirbespiyê topbaran kir, tu kes nehat kuştin û kes birîndar nebû",
    # Sorani: nobody wounded; no loss of life
    "تۆپبارانی سوپای تورکیا بۆ سەر گوندی بێدوهێ لە سنووری ئامێدی، کەس بریندار نەبوو",
    "فڕۆکەی جەنگی تورکیا گوندی بێدوهێ بۆردومان کرد، هیچ زیانێکی گیانی نەبوو",
    # the Arabic "there is none": "ولا توجد إصابات", "ولا يوجد ضحايا"
    "قصف مدفعي تركي على قرية خزيموك شرقي القحطانية صباح اليوم، ولا توجد إصابات",
    "مسيرة تركية تستهدف سيارة قرب قرية خزيموك، ولا يوجد ضحايا بحسب الأهالي",
    # a post's misspelt casualties
    "turkish artillery hit khuzaymuk village east of qahtaniyah this morning, no casualities",
])
def test_a_post_that_says_nobody_was_hurt_gives_zero_and_zero(shipped, text):
    """A post's "nobody was hurt" in Kurmanji, Sorani, Arabic's "there is none" or misspelt English: 0 dead, 0 hurt."""
    assert [toll[1:] for toll in tolls(text, shipped)] == [(0, 0)]


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a car near Khuzaymuk village east of Qahtaniyah; no one was killed and no one was injured",
    "قصف تركي على قرية خزيموك شرقي القحطانية دون وقوع قتلى بين الأهالي هناك، كما لم يصب أحد بأذى",
])
def test_nobody_killed_then_nobody_hurt_gives_zero_and_zero(shipped, text):
    """"Nobody killed" then, in a clause of its own, "nobody hurt": the second covers the wounded (0 and 0)."""
    assert [toll[1:] for toll in tolls(text, shipped)] == [(0, 0)]


@pytest.mark.parametrize("text, killed, injured", [
    # Kurmanji: a count and its noun before the verb; one by the noun's indefinite ending
    ("Artêşa Tirk gundê Xezna yê Tirbespiyê topbaran kir, sê sivîl birîndar bûn", None, 3),
    ("Artêşa Tirk gundê Xezna yê Tirbespiyê topbaran kir, zarokek şehîd bû û du kes birîndar bûn", 1, 2),
    # Sorani: "two people were wounded", "a citizen lost his life"
    ("تۆپبارانی سوپای تورکیا بۆ سەر گوندی بێدوهێ لە سنووری ئامێدی، دوو کەس بریندار بوون", None, 2),
    ("تۆپبارانی سوپای تورکیا بۆ سەر گوندی بێدوهێ لە سنووری ئامێدی، هاووڵاتییەک گیانی لەدەستدا", 1, None),
])
def test_a_kurdish_count_before_its_verb_of_harm_is_the_toll(shipped, text, killed, injured):
    """Kurmanji's and Sorani's toll, the count (or the noun's "a") before the verb: "du kes birîndar bûn",
    "هاووڵاتییەک گیانی لەدەستدا"."""
    assert [toll[1:] for toll in tolls(text, shipped)] == [(killed, injured)]


def places(text: str, lexicon) -> list[str]:
    """[the location of each event] of *text*, published early December."""
    return [location for (location,) in facts(text, lexicon, "location", published=PUBLISHED)]


@pytest.mark.parametrize("text, struck", [
    ("Artêşa dewleta Tirk gundên Bekmezlo û Tel Nasrî topbaran kir", ["Bakmazlu", "Tall Nasri"]),
    ("Çeteyên SMO bi hawanan gundên Bekmezlo, Tel Nasrî û Tel Baz bombebaran kirin", ["Bakmazlu", "Tall Nasri", "Tall Baz"]),
])
def test_a_kurmanji_list_of_villages_joined_by_u_is_a_strike_on_each(shipped, text, struck):
    """Kurmanji's "gundên A û B" (the villages of A and B): each village struck, as "the villages of A and B"."""
    assert places(text, shipped) == struck


@pytest.mark.parametrize("text, struck", [
    ("Artêşa Tirk gundê Xirbê Camûsê yê Tirbespiyê topbaran kir", ["Khirbat Jamus"]),
    ("Artêşa Tirk gundê Tel Casasê yê Tirbespiyê topbaran kir, kes birîndar nebû", ["Tall Jassas"]),
])
def test_a_name_in_kurmanji_letters_reads_its_c_as_j_before_any_vowel(shipped, text, struck):
    """A village named in Kurmanji letters ("Xirbê Camûsê", "Tel Casasê"): its c is j before a, o, u too (Khirbat
    Jamus), as before e and i; OCHA's "Dercar", no Kurmanji letter in it, keeps its c as k."""
    assert places(text, shipped) == struck


def test_a_name_without_kurmanji_letters_keeps_its_c_before_a_as_k():
    """OCHA's "Dercar" (Darkar): no Kurmanji letter, so its c before a stays k."""
    from monitor.text.places import spelling_key

    assert spelling_key("Dercar") == spelling_key("Darkar") != spelling_key("Derjar")
    assert spelling_key("Xirbê Mercanê") == spelling_key("Khirbat Marjanah")


@pytest.mark.parametrize("text, killed", [
    ("UPDATE: the death toll from last night's Turkish drone strike on a motorbike near Khuzaymuk village, east of "
     "Qahtaniyah, has risen to 2", 2),
    ("Update 🔄 toll of the morning's artillery shelling of Tall Baz village in the Tal Tamr countryside, west of "
     "Hasakah, rises to 4, medics say", 4),
])
def test_an_update_s_toll_risen_after_the_strike_s_labelled_place(shipped, text, killed):
    """A post's update: the toll, the strike told whole with its place labelled between commas, then "rises to N"."""
    assert [toll[:2] for toll in tolls(text, shipped)][0][1] == killed
