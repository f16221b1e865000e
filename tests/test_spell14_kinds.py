"""Kinds of spelling (issue 16 point 2, places; the residue of the blind sets articles_heldout_posts12.yaml,
_notes14.yaml, _places7.yaml and incidents/bilingual_blind11.yaml): each rule on sentences of its own, not the
fixtures', through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_every_item_of_a_plural_villages_list_is_looked_up(shipped):
    """"قرى الشحيل والحجنة", "قرى هيسي ومزيركا وهمزيكي": the second and the last item of the list a plural place word opens are
    introduced as places and looked up by spelling as "قرية X" is (places._INTRODUCED)."""
    text = "قصفت طائرات التحالف قرى الشحيل والحجنة في ريف دير الزور"
    assert facts(text, shipped, "location") == [("Al-Shuhayl",), ("Hajnah",)]


def test_a_name_as_written_beats_a_kurdish_spelling_folded_to_it(shipped):
    """"سميلان" in an Arabic text is Similan, whose Arabic name it is, not Shilan of the same district, whose Kurdish
    "سميڵان" merely folds to it; a text in Kurdish script keeps the Kurdish spelling's place
    (places.spelled_only_in_kurdish in ``_resolve``)."""
    text = "طيران مسير يستهدف قريتي سميلان وناوپردان بقضاء چومان"
    assert facts(text, shipped, "location") == [("Similan",), ("Nawpirdan",)]
    assert facts("قصف تركي على قرية سميڵان في قضاء چومان", shipped, "location") == [("Shilan",)]


def test_a_nahiya_spelled_with_a_long_vowel_its_gazetteer_name_lacks(shipped):
    """"ناحية قراج" for the gazetteer's "ناحية القرج": a sub-district's Arabic name is indexed by spelling key without
    its word "ناحية", however short (places.spelling_index), and its first word is looked up so even when it names a
    place of another governorate only (Al Qaraj of Aleppo; places.find_tolerantly)."""
    text = "قتل مدني بقصف مسيرة مجهولة استهدف سيارته في ناحية قراج جنوب مخمور"
    assert facts(text, shipped, "location", "geo_precision") == [("Qaraj Subdistrict", 2)]


def test_of_two_rows_of_one_village_the_one_named_in_arabic_as_written(shipped):
    """"Araden": both rows of the village (Eredin Nesara and Aradinah Islam, 1 km apart) carry the Latin name; the one
    whose Arabic name, أرادن, the Latin transliterates is the place; one named so in Arabic letters before one named
    so only in Kurdish script ("Smilan": Similan, سميلان, not Shilan, سميڵان; places.transliterated in ``_resolve``)."""
    text = "A Turkish drone struck a house in Araden village in Amedi district"
    assert facts(text, shipped, "location", "geo_precision") == [("Eredin Nesara", 1)]
    text = "Iranian shelling hit orchards in the village of Smilan in Choman district on Monday"
    assert facts(text, shipped, "location", "geo_precision") == [("Similan", 1)]


def test_the_desert_word_introduces_its_village(shipped):
    """"بادية الحجنة", "صحراء X": the desert of a village the gazetteer spells otherwise is looked up by spelling as
    "قرية X" is, and is around it (places._INTRODUCED)."""
    text = "قصف جوي يستهدف مواقع داعش في بادية الحجنة شرقي دير الزور"
    assert facts(text, shipped, "location", "geo_precision") == [("Hajnah", 2)]
