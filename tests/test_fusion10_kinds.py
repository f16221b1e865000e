"""Kinds of sentence whose misreading split one strike's reports over two incidents (issue 17, fusion10): a round-up's
further clause that was no event of its own, so the report of that strike met no event of it (UCDP GED's headline
pairs, tuning half), and a village looked up under another spelling 79 km from the sub-district its post names
(bilingual_blind3/6.yaml: the Arabic post and the English article of one shelling, two "new" alerts).

Our own sentences in the styles of those reports; each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


PLACE = ("location", "geo_precision", "direction", "sub_event_type")


def test_a_round_up_clause_on_the_north_of_a_city_is_its_own_event(shipped):
    # "shelling on the north of Homs": the part of Homs the second clause's strike hit, no reference point of the first
    text = "A blast hits a car in the Quneitra countryside and shelling on the north of Homs wounds civilians"
    assert ("Homs", 2, "north", "Shelling/artillery/missile attack") in facts(text, shipped, *PLACE)
    # … while "to the north of X" still places the strike's own village by X
    assert facts("Airstrikes hit a village to the north of Hama", shipped, *PLACE) == [
        ("Hama", 2, "north", "Air/drone strike")]


def test_a_round_up_clause_past_a_conjunction_is_at_the_area_its_direction_names(shipped):
    # "… and casualties in the fall of shells west of Aleppo city": west of Aleppo is that clause's place, no reference
    # point of the Jisr al-Shughur clause before it
    text = "Shelling targets the outskirts of Jisr al-Shughur and casualties in the fall of shells west of Aleppo city"
    assert [event[:3] for event in facts(text, shipped, *PLACE)] == [("Jisr al-Choghour", 2, None), ("Aleppo", 2, "west")]
    # (a comma before the direction still sets off a reference: "Hajin, east of Deir ez-Zor")
    assert facts("A drone struck a car in Hajin, east of Deir ez-Zor, killing two", shipped, "location") == [
        ("Hajin",)]


def test_the_countryside_after_in_conjunction_with_is_the_raids_own_place_not_a_label(shipped):
    # "X in conjunction with renewed raids on the Idlib countryside": the countryside is the raids' place, a strike of
    # its own, not the governorate labelling the mountain before it
    text = ("Regime warplanes target Jabal al-Akrad in conjunction with renewed raids by Russian warplanes on the Idlib "
            "countryside")
    assert facts(text, shipped, "location", "geo_precision", "actor1") == [
        ("Jabal al-Akrad", 2, "Syrian army"), ("Idlib Governorate", 3, "Russian forces")]


def test_a_village_looked_up_under_another_spelling_lies_near_the_sub_district_its_post_names(shipped):
    # "قرية أم الكيف بريف ناحية تل تمر": the gazetteer lacks Umm al-Keif; Umm Kahaf, spelled alike, is of Al-Hasakah
    # district as Tal Tamr is, but 79 km south of it: no village of Tal Tamr's countryside, so the area is the place
    text = "أصيب مدني بجروح جراء قصف مدفعي تركي استهدف قرية أم الكيف بريف ناحية تل تمر صباح اليوم."
    assert facts(text, shipped, *PLACE) == [("Tal Tamr", 2, None, "Shelling/artillery/missile attack")]
