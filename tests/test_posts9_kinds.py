"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts9.yaml):
each rule or data row on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


PUBLISHED = "2025-03-03T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("فصائل الجيش الوطني يقصفون قرية تل نصري بريف تل تمر",
     [("Tall Nasri", "Shelling/artillery/missile attack", "Syrian National Army")]),
    ("عناصر قوات النظام يقصفون بلدة الشحيل من مواقعهم غرب الفرات",
     [("Al-Shuhayl", "Shelling/artillery/missile attack", "Syrian army")]),
])
def test_a_side_named_by_its_men_bombards_in_the_plural(shipped, text, expected):
    """"X يقصفون": the plural present of a side named by its fighters ("مرتزقة", "عناصر", "فصائل") is its
    bombardment; a ground side's is shelling (config.yaml's strike verbs, vocabulary.BOMBARD)."""
    report = analyse(text, PUBLISHED, shipped)
    assert report.is_strike_report and facts(text, shipped, "location", "sub_event_type", "actor1") == expected


@pytest.mark.parametrize("text, expected", [
    ("#تل_تمر | قصف مدفعي تركي على قرية تل نصري التابعة لناحية تل تمر", [("Tall Nasri", 1)]),
    ("#عامودا 🔻 قصف مدفعي تركي يطال قرية تل حبش التابعة لناحية عامودا", [("Tall Habash", 1)]),
    ("Tal Tamr | Turkish shelling hit Tal Nasri village, part of the Tal Tamr sub-district", [("Tall Nasri", 1)]),
])
def test_a_post_headed_by_the_area_its_village_belongs_to_is_at_the_village(shipped, text, expected):
    """"#X | … قرية Y التابعة لناحية X": the post's head files it under X, which the body names only as the area a
    finer place belongs to (places._label_area): the strike is at Y."""
    assert facts(text, shipped, "location", "geo_precision") == expected


@pytest.mark.parametrize("text, fatalities", [
    ("استشهد مواطنان وأصيب ثالث بجروح بقصف مسيرة تركية على قرية تل حبش بريف عامودا", 2),
    ("قتل منتسبان في الحشد الشعبي بضربة جوية مجهولة قرب القائم", 2),
])
def test_a_nominative_dual_after_its_verb_is_two_killed(shipped, text, fatalities):
    """"استشهد مواطنان": the dual as a verb-first subject counts two (figures._AR_DUAL)."""
    assert [e["fatalities"] for e in analyse(text, PUBLISHED, shipped).events] == [fatalities]


@pytest.mark.parametrize("text, expected", [
    ("Coalition jets struck an ISIS hideout near Tal al-Lahem, south of Hasakah; 2 killed", [("Tall al Lahm", 2)]),
    ("A Turkish drone hit a motorbike near Tal al-Khazna #TalTamr #Hasakah", [("Tall al Khaznah", 2)]),
])
def test_a_name_with_its_article_in_lower_case_is_looked_up(shipped, text, expected):
    """"near Tell al-Samin, north-east of Hasakah": a name after a bare "near" (or placed by a direction) whose
    article inside is written in lower case is looked up by its spelling as any name is (places._PLACED,
    _INTRODUCED)."""
    assert facts(text, shipped, "location", "geo_precision") == expected


def test_a_bracketed_other_name_does_not_break_a_list_of_villages(shipped):
    """"X (Y) and Z villages": the bracket after a name is its other name, no gap in the list: two strikes."""
    text = "Turkish drones struck Girê Zêre (Tell Aadass) and Tel Elo villages on Monday"
    assert facts(text, shipped, "location", "geo_precision") == [("Tell Aadass", 1), ("Tall Aalo", 1)]


def test_a_clause_naming_a_place_found_by_its_spelling_holds_its_toll(shipped):
    """"… X and Y villages; two fighters were killed in Y": Y as the text spells it, not as the gazetteer does, names
    the clause's strike (events._tolls_by_place)."""
    text = "Turkish drones struck Kenco and Tel Elo villages on Monday; two SDF fighters were killed in Tel Elo."
    assert [(e["location"], e["fatalities"]) for e in analyse(text, PUBLISHED, shipped).events] == [("Al Qasimiyah", None),
                                                                                                   ("Tall Aalo", 2)]


def test_a_name_spelled_as_a_variant_without_its_ayn_is_that_place(shipped):
    """"Al-Hawaij" is Ḩawā’ij (Al Hawayij of Mayadin) wherever in the governorate, not a village spelled nearly so in
    the district of the city the post places it by (places._tolerant_place)."""
    text = "Regime shells hit Al-Hawaij town, south-east of Deir ez-Zor city; one child hurt"
    assert facts(text, shipped, "location", "geo_precision") == [("Al Hawayij", 1)]


def test_the_second_of_two_villages_a_dual_names_is_looked_up_by_its_spelling(shipped):
    """"قريتي X وY": the dual introduces Y as a place too, looked up by its spelling when no variant names it
    ("تل عالو": the gazetteer's تل علو, Tall Aalo): a strike each (places._INTRODUCED)."""
    assert facts("قصف مدفعي تركي على قريتي القاسمية وتل عالو بريف جل آغا", shipped, "location", "geo_precision") == [("Al Qasimiyah", 1),
                                                                                                                   ("Tall Aalo", 1)]


@pytest.mark.parametrize("text, expected", [
    ("Serêkaniyê countryside | Turkish drone hit a car in Mabruka village, 1 killed", [("مبروكة", 1)]),
    ("Turkish drone struck Mousbir village in the Amedi district", [("مسبير", 1)]),
])
def test_a_village_the_gazetteer_has_in_arabic_script_only_is_found_in_latin(shipped, text, expected):
    """A village of the gazetteer with no Latin name (OpenStreetMap's Arabic or Kurdish name only) is keyed by the
    Latin spelling its letters give (places.latin_key_of_arabic): "Mabruka" is مبروكة, "Mousbir" مسبير."""
    assert facts(text, shipped, "location", "geo_precision") == expected


def test_a_spelling_outside_the_labelled_countryside_is_no_place_of_it(shipped):
    """"Derik countryside: … Mabrouka village": no place spelled so lies in Derik's district or near it; Al
    Mubarakah 150 km south is none of it: the countryside stands (precision 2), no confident wrong village."""
    assert facts("Derik countryside: Turkish shelling hit Mabrouka village; 2 hurt", shipped, "location", "geo_precision") == [("Al-Malikiyah", 2)]


def test_a_drone_written_with_its_shadda_is_the_striker(shipped):
    """"إثر استهداف مسيّرة تركية سيارة": the drone (its shadda folded away) is the side that struck, not a target
    "استهداف" names (events._actor_role)."""
    text = "إصابة مدنيين إثر استهداف مسيّرة تركية سيارة قرب قرية تل حبش بريف عامودا"
    assert [(e["actor1"], e["actor2"]) for e in analyse(text, PUBLISHED, shipped).events] == [("Turkish Armed Forces", None)]
