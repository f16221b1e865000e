"""Kinds of full news articles (issue 16: every strike of an article as its own event, none of its background),
after the misses of tests/fixtures/matching/articles_heldout_news8ar.yaml and articles_heldout_news8en.yaml:
names that the words on both their sides make someone's place, not the strike's (a hospital named after its town
where the wounded were taken, an official named by the sub-district he heads), and the outlet that carried a
statement named by its town ("published by local media in X", "نشرته وسائل إعلام محلية في X").

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)
locations = partial(conftest.locations, published=PUBLISHED)


def test_a_hospital_named_after_its_town_is_where_the_wounded_went_not_a_strike(shipped):
    # (Duhok, the hospital's town, would otherwise hold the headline's strike apart from Kani Masi's)
    text = ("Turkish shelling wounds farmer in Duhok's Amedi district\n"
            "A farmer was wounded on Friday when Turkish artillery shells landed near the village of Kani Masi in "
            "Amedi district, local officials said.\n"
            "The man was harvesting apples when the shells fell, a relative said.\n"
            "The wounded man was taken to Duhok Emergency Hospital, where doctors said his condition was stable.")
    assert len(facts(text, shipped, *TOLLS)) == 1


def test_a_strike_on_a_hospital_named_after_its_town_is_still_the_town(shipped):
    text = "A drone hit Sinuni General Hospital on Monday night, damaging its generator, a health official said."
    assert locations(text, shipped) != []


def test_an_official_named_by_the_sub_district_he_heads_is_no_strike_place(shipped):
    text = ("Turkish artillery shells landed near the village of Batifa in Zakho district on Friday, wounding a "
            "woman, local officials said.\n"
            "The shells fell in the morning while she was in her garden, the director of the Darkar sub-district, "
            "Karwan Ali, told reporters.")
    assert len(facts(text, shipped, *TOLLS)) == 1


def test_the_outlet_that_carried_a_statement_is_no_strike_place(shipped):
    # (the strike's own place unknown to the gazetteer, the outlet's town is all the text names)
    text = ("Drone strike wounds two near Khanasor\n"
            "A drone struck a car near Khanasor on Saturday, wounding two men.\n"
            "The wounded, the group said in a statement published by local media in Duhok, were its fighters.")
    assert "Duhok" not in locations(text, shipped)
