"""Kinds of administrative labels read as their namesake city (issue 16 point 1, the misses of this session's blind
sets: tests/fixtures/matching/articles_heldout_news10.yaml, _posts9.yaml, _notes11.yaml): each rule on sentences of
its own, not the fixtures', through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("قُتل مدنيان بقصف مسيرة تركية على سيارة قرب بلدة الكرامة في ريف الرقة الشرقي. وكانت السيارة تسير على الطريق"
     " الواصل بين الكرامة ومدينة الرقة، ونُقل جريح إلى مستشفى في الرقة.", [("Al Karamah", 2)]),
    ("A Turkish drone struck an SDF checkpoint near Maadan town in the eastern Raqqa countryside, killing a fighter. The"
     " checkpoint stands on the road between Maadan and Raqqa city.", [("Khan Maddan", 2)]),
])
def test_a_namesake_city_named_only_as_a_road_end_labels_the_countryside(shipped, text, expected):
    """"X in the countryside of G … the road between X and G city": a city named as a road's other end ("ومدينة
    الرقة", joined to its "و") says where the road goes, not that the strike was in the city; G labels X's area
    (places._BETWEEN_SECOND, locate_strike's labels_area)."""
    assert facts(text, shipped, "location", "geo_precision") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets bombed a village of Sheikhan district in Ninewa province on Monday, local officials said.",
     [("Ain Sifni", 2)]),
    ("On 3 March 2025, an unidentified drone hit a PKK vehicle in Sheikhan district (Nineveh). Fatalities: 1.",
     [("Ain Sifni", 2)]),
])
def test_a_name_said_to_be_a_district_is_the_district_spelled_alike(shipped, text, expected):
    """"X district" where X spells the district otherwise than its row ("Sheikhan": Shikhan District) and is also a
    village of other districts: the district of the text's governorate, at its seat, never those villages nor the
    governorate (places._district_spelled_alike). ("قضاء الشيخان" is the district's own Arabic row.)"""
    assert facts(text, shipped, "location", "geo_precision") == expected
