"""Kinds of news articles the blind set tests/fixtures/matching/articles_heldout_news6.yaml measures (issue
16: every strike of a full news article, its toll, and who struck whom): tolls revised paragraphs after the
strike, the wounded's count revised, the monitors' "rose to N the number of" order, "without the strike causing
casualties".

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from monitor.text import analyse, figures
from monitor.normalize import normalize


def coded(text: str, lexicon, keys: tuple[str, ...] = ("location", "fatalities", "injured"),
          published: str = "2025-11-12T10:00:00Z") -> list[tuple]:
    return [tuple(event[key] for key in keys) for event in analyse(text, published, lexicon).events]


def casualties(sentence: str) -> dict[str, list[int]]:
    found = figures.casualty_figures(normalize(sentence).text)
    return {kind: [figure.value for figure in values] for kind, values in found.items()}


def test_a_toll_revised_paragraphs_after_the_strike_is_its_latest_word(shipped):
    text = ("Iraqi jets struck an Islamic State hideout near Akashat on Tuesday, killing four militants, the army said.\n"
            "The strike hit a cave used to store explosives.\n"
            "Officers showed reporters photographs of the site.\n"
            "Islamic State fighters still hide in the western desert.\n"
            "On Wednesday the army said the toll had risen to six after troops searched the cave.")
    assert coded(text, shipped) == [("Akashat", 6, None)]


def test_the_count_of_the_wounded_revised_later_is_the_injured(shipped):
    text = ("Turkish artillery shelled the outskirts of Batifa on Monday, wounding two shepherds, the mayor said.\n"
            "Both men were taken to hospital in Zakho.\n"
            "Residents said the shells came from a base on the ridge.\n"
            "By the evening the number of wounded had risen to four, the mayor said.")
    assert coded(text, shipped)[0][2] == 4
    # the count of the dead revised is not the wounded's ("one of the wounded died, raising the toll to four")
    assert casualties("وتوفي أحد الجرحى لاحقاً لترتفع حصيلة القتلى إلى أربعة")["killed"] == [4]


def test_arabic_wounded_count_revised():
    assert casualties("وأعلن مدير الناحية أن عدد المصابين ارتفع إلى خمسة")["injured"] == [5]


def test_the_monitors_order_rose_to_n_the_number_of_those_killed():
    assert casualties("ارتفع إلى سبعة عدد الذين قتلوا بالغارة على البلدة")["killed"] == [7]
    assert casualties("ارتفع الى 9 عدد القتلى جراء القصف")["killed"] == [9]


def test_without_the_strike_causing_casualties_is_none_hurt():
    folded = normalize("استهدفت مسيرة سيارة قرب القرية، من دون أن تسفر الضربة عن إصابات").text
    assert figures.says_no_casualties(folded) and figures.says_nobody_hurt(folded)


def test_the_side_struck_named_paragraphs_later_as_the_deads_side(shipped):
    keys = ("location", "actor2")
    own = ("A drone struck a car near Sinuni on Monday, killing two people, officials said.\n"
           "The car burned for an hour.\n"
           "Firefighters came from the town.\n"
           "The road was closed until the evening.\n")
    assert coded(own + "On Tuesday the YBS said in a statement that the two men killed were its members.",
                 shipped, keys) == [("Sinuni", "Sinjar Resistance Units")]
    # a side that says they were civilians names nobody struck
    assert coded(own + "On Tuesday the YBS said the two men killed were civilians.", shipped, keys) == [("Sinuni", None)]
    report = ("An air strike hit a truck near Al-Qaim on Sunday, killing four people.\n"
              "The truck was carrying crates, witnesses said.\n"
              "The road was closed until the evening.\n"
              "Traders said the border market stayed open.\n"
              "The men killed were members of Kataib Hezbollah, two security officials said.")
    assert coded(report, shipped, keys) == [("Al-Qaim", "Kataib Hezbollah")]


def test_a_mourning_notice_names_the_deads_side(shipped):
    text = ("استهدفت مسيرة تركية سيارة قرب بلدة عامودا مساء الاثنين، ما أدى إلى مقتل شخصين.\n"
            "واحترقت السيارة بالكامل.\n"
            "وأغلق الطريق حتى المساء.\n"
            "وعادت الحركة إلى السوق صباح اليوم التالي.\n"
            "ونعت قوى الأمن الداخلي في بيان مساء اليوم عنصرين من منتسبيها.")
    assert coded(text, shipped, ("location", "actor2")) == [("Amuda", "Asayish")]
