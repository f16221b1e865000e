"""Kinds of sentence that tell the tolls of several strikes at once (issue 16, point 6; news-article fatalities exact
>= 0.80), as the blind set articles_heldout_news11.yaml showed them missed (nl01, nl26): strikes told by their order,
"the first … the second …", each with its own toll.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_ordinal_clauses_of_one_sentence_give_each_strike_its_toll(shipped):
    # the places are named first; a later sentence tells each toll by the strike's order only
    text = ("US-led coalition jets carried out two strikes in the Deir ez-Zor countryside on Monday night, the first "
            "on a house in the town of Al-Shuhayl and the second on a car near Thiban, residents said.\n"
            "The first strike killed two people inside the house, while the second wounded three passengers.")
    assert facts(text, shipped, *TOLLS) == [("Al-Shuhayl", 2, None), ("Dhiban", None, 3)]
    text = ("شنّت طائرات التحالف الدولي، فجر الثلاثاء، غارتين على ريف دير الزور الشرقي، استهدفت الأولى منزلاً في بلدة "
            "الشحيل، فيما استهدفت الثانية دراجة نارية قرب بلدة ذيبان، بحسب مصادر محلية.\n"
            "وأضافت المصادر أن الغارة الأولى أسفرت عن مقتل ثلاثة أشخاص، في حين أدت الغارة الثانية إلى إصابة شاب بجروح.")
    assert facts(text, shipped, *TOLLS) == [("Al-Shuhayl", 3, None), ("Dhiban", None, 1)]


def test_a_lead_between_the_headline_and_the_strikes_told_in_order_is_their_total(shipped):
    # the lead names no place and sums both strikes; each ordinal sentence then gives its own
    text = ("Iraqi jets strike Islamic State in Anbar and Nineveh\n"
            "Iraqi F-16 jets struck two Islamic State positions on Friday and Saturday, killing seven militants, the "
            "Joint Operations Command said.\n"
            "In the first strike, on Friday, jets bombed a tunnel in the Wadi Horan area in Anbar, killing four militants.\n"
            "The second, on Saturday evening, hit a hideout near Ain al-Jahsh in Nineveh, where three were killed.")
    assert [toll for _, toll, _ in facts(text, shipped, *TOLLS)] == [4, 3]


def test_a_toll_followed_by_its_place_in_a_clause_without_a_comma_is_that_places(shipped):
    # "killing two in X and three in Y": the first figure is X's alone, not X's and Y's added up
    text = ("Turkish drones struck the villages of Tal Tamr and Zirgan on Monday, killing two in Tal Tamr and three "
            "in Zirgan, local sources said.")
    assert [toll for _, toll, _ in facts(text, shipped, *TOLLS)] == [2, 3]
    text = "قصفت القوات التركية، الاثنين، قريتي تل تمر وزركان، ما أدى إلى مقتل اثنين في تل تمر وثلاثة في زركان."
    assert [toll for _, toll, _ in facts(text, shipped, *TOLLS)] == [2, 3]
