"""Kinds of place the blind set tests/fixtures/matching/articles_heldout_places13.yaml measures (issue 16: every strike
at its right place, no confident wrong village): a road named after a village, the last village of "the villages of A
and B", each looked up by its spelling only inside an area the text names.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest

PUBLISHED = "2025-05-04T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_road_named_after_a_village_of_the_named_area_is_that_village(shipped):
    """"a pickup on the Hatimiya road south of Sinjar", "a car on the Al-Sijri road in the eastern Deir ez-Zor
    countryside": a road named after the village it leads to introduces the village, spelled otherwise too
    (places._ROAD_NAMED), when the village lies inside the area the text names (near Sinjar, in the governorate it
    labels): the strike is the village's, not the town or governorate the road is placed by."""
    assert facts("A drone hit a pickup of the YBS on the Hatimiya road south of Sinjar, killing two fighters",
                 shipped, "location", "geo_precision", "fatalities") == [("Al Hatimiyah", 1, 2)]
    assert facts("A coalition drone struck a car on the Al-Sijri road in the eastern Deir ez-Zor countryside",
                 shipped, "location") == [("As Sijri",)]


def test_a_road_named_after_a_village_far_from_the_named_area_is_no_village(shipped):
    """"a car on the Hatimiya road outside Tal Afar": the only village spelled so (Al Hatimiyah, south of Sinjar) lies
    50 km from the town the road is placed by: no lookup (places._held_by_area), the town's area stands, as "the
    Castello road, at the outskirts of Aleppo" is no Al Qastal 46 km off."""
    assert facts("A drone struck a car on the Hatimiya road outside Tal Afar, killing two", shipped,
                 "location", "geo_precision") == [("Tal Afar", 2)]


def test_the_last_of_the_villages_a_plural_opens_is_a_strike_of_its_own(shipped):
    """"shelled the villages of al-Shafaa and al-Marashida in the eastern Deir ez-Zor countryside", "the villages of
    Dudan and Sheikh Mensur near Amûdê": the plural place word before a list introduces its last item too, its article
    in small letters or not (places._LAST_LISTED), held by the area the text names; each village is a strike of its
    own, its toll its own."""
    assert facts("Government forces shelled the villages of al-Shafaa and al-Marashida in rural Deir ez-Zor, wounding "
                 "a boy in al-Marashida", shipped, "location", "injured") == [("Al-Shaafa", None), ("Al Marashidah", 1)]
    assert facts("Turkish drones struck the villages of Dudan and Sheikh Mensur near Amûdê", shipped, "location") == [
        ("Dudan",), ("Shaykh Mansur",)]


def test_a_name_written_so_but_for_its_ta_marbuta_is_that_place_not_a_nearer_one_keyed_alike(shipped):
    """"near Hamara (Qamishli countryside, Al-Hasakah)": of the villages keyed alike in the
    countryside the text names, the one written so but for its doubled letter and its ta marbuta (-ah, -eh, -a:
    Hammarah, 26 km out) is the place, not one by the town's point spelled otherwise (Humayrah, also written Hmaïra):
    a countryside's town stands for its land, its nearness no better than a spelling (places._plain_spelling)."""
    assert facts("A Turkish drone struck a motorbike near Hamara (Qamishli countryside, Al-Hasakah), killing one",
                 shipped, "location") == [("Hammarah",)]


def test_a_namesake_city_a_dateline_or_a_neighbourhood_names_with_its_country_is_the_city(shipped):
    """"HASAKAH, Syria (North Press) – … in the Ghuwayran neighbourhood", "the Mashlab neighbourhood of Raqqa, Syria": a
    name its governorate shares, followed by its country, labels the governorate ("Hasakah, Syria: …"), but a wire
    dateline in capitals names the city the report was filed from, and a neighbourhood is of a city: the strike of a
    quarter the gazetteer lacks is that city's, precision 1, as ACLED codes a city's quarter (places.city_by_use)."""
    assert facts("HASAKAH, Syria (North Press) – A Turkish drone struck a motorbike in the Ghuwayran neighbourhood on "
                 "Tuesday, killing its rider.", shipped, "location", "geo_precision") == [("Hasakah", 1)]
    assert facts("DEIR EZ-ZOR, Syria – Government shells fell on the Hawiqa neighbourhood, wounding a child.", shipped,
                 "location", "geo_precision") == [("Deir ez-Zor", 1)]
    assert facts("An unidentified drone hit a car in the Mashlab neighbourhood of Raqqa, Syria, wounding two people.",
                 shipped, "location", "geo_precision") == [("Raqqa", 1)]


def test_an_area_an_adjective_describes_names_no_village(shipped):
    """"في منطقة جبلية غرب مدينة عقرة", "في منطقة جبلية قرب قرية بيبادي": the word after an area or settlement word
    that describes it (mountainous, desert, residential, rugged: جبلية، صحراوية، سكنية، وعرة) names no village spelled
    so (Al Jabaliyah of Afrin, out of the region): the strike is placed by the town or village named after it
    (places.looks_like_place, _DESCRIBES_SETTLEMENT)."""
    assert facts("قصفت المدفعية التركية تحصينات في منطقة جبلية غرب مدينة عقرة، دون ورود أنباء عن إصابات.", shipped,
                 "location", "geo_precision") == [("Aqrah", 2)]
    assert facts("قصفت طائرات تركية مواقع في منطقة جبلية قرب قرية بيبادي.", shipped, "location") == [("Bebad Nesara",)]
