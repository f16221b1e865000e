"""Kinds of sentence behind a strike's toll that the blind sets news12, posts11 and notes13 showed missed (issue 16,
point 6; fatalities exact): one pronoun and his companion, one toll of two; a named target killed whom the release
describes in quotes; a note's closing toll field that restates another strike's toll.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_pronoun_and_his_companion_are_one_toll_of_two(shipped):
    text = ("Gunmen on a motorbike opened fire on a car carrying a tribal sheikh near Al-Qaim on Tuesday, injuring him "
            "and his driver.")
    assert [toll[1:] for toll in facts(text, shipped, *TOLLS)] == [(None, 2)]
    text = ("استهدفت طائرة مسيرة سيارة قيادي في قسد قرب بلدة تل تمر، ما أسفر عن مقتله ومقتل مرافقه على الفور.")
    assert [toll[1:] for toll in facts(text, shipped, *TOLLS)] == [(2, None)]
    text = ("قصفت مسيرة تركية سيارة مختار قرية قرب بلدة تل تمر، ما أدى إلى إصابته وسائقه بجروح.")
    assert [toll[1:] for toll in facts(text, shipped, *TOLLS)] == [(None, 2)]


def test_a_named_target_described_in_quotes_is_one_killed(shipped):
    # the release quotes its description of him, then says no civilian was hurt
    text = ("A U.S. drone strike near Al-Busayrah in eastern Syria on Friday killed Khalid al-Anbari, whom the command "
            "described as \"a senior ISIS official\". \"There is no indication that any civilians were injured,\" "
            "the statement said.")
    assert [toll[1:] for toll in facts(text, shipped, *TOLLS)] == [(1, 0)]


def test_a_notes_closing_toll_field_restating_one_strikes_toll_is_not_the_others(shipped):
    text = ("On 4 March 2026, a Turkish drone struck a car near Sidakan (Soran district, Erbil), killing 3 PKK members. "
            "On the same day, Turkish artillery shelled the hills near Zakho (Zakho, Duhok). Fatalities: 3.")
    assert [toll[1:] for toll in facts(text, shipped, *TOLLS, published="2026-03-05T10:00:00Z")] == [(3, None), (None, None)]


def test_a_headline_toll_whose_lead_counts_two_villages_is_no_one_strikes(shipped):
    text = ("Coalition strikes kill four IS suspects east of Deir ez-Zor: monitor\n"
            "BEIRUT (AFP) - Air strikes killed four suspected IS members in two villages east of Deir ez-Zor on Monday, "
            "a war monitor said.\n"
            "A drone struck a house in the village of Dhiban, killing three IS members, and a second strike hit a car "
            "near the village of Al-Hawaij, killing its driver.")
    assert [toll[1] for toll in facts(text, shipped, *TOLLS)] == [3, 1]
