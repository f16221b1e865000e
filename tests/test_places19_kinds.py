"""Kinds of place names (the places residue of the round's sets: articles_heldout_posts16.yaml,
articles_heldout_notes19.yaml): each rule on sentences of its own, not the fixtures', through ``analyse`` as the daemon
codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-10-12T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_name_the_gazetteer_writes_with_an_ayn_or_hamza_is_found_without_it(shipped):
    """"at Tall al-Qaim, west Anbar" for the gazetteer's "Tall al Qa'im": a name of two words or more that the gazetteer
    writes with an ayn or hamza mark inside a word is indexed without it too (places.unmarked_names, in
    compile_lexicon), as reports mostly write it (folded with it, the mark is a space: "tall al qa im"); not the town
    Al-Qaim whose name ends it, 5 km off."""
    text = "A drone attacked a PMF checkpoint at Tall al-Qaim, west Anbar, at dawn; two fighters were wounded."
    assert facts(text, shipped, "location", "geo_precision") == [("Tall al Qa'im", 1)]


def test_a_hill_name_in_a_list_line_is_the_one_place_of_the_named_district_spelled_so(shipped):
    """"Shelling on Tal Tamr countryside now:" over "- Tel Majdel, 1 wounded", "- Tel Rajeb, a house hit": a "Tal X"
    name of a post's list line, no place word around it, is the one place of the district of the places the post names
    that has its spelling key (places.hill_spellings), not the town the head line names."""
    text = "Turkish-backed factions shelling Tal Tamr countryside now:\n- Tel Majdel, 1 wounded\n- Tel Rajeb, a house hit"
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Majdal", 1), ("Tall Rajab", 1)]


def test_a_hill_name_after_near_is_introduced_by_its_hill_word(shipped):
    """"near Tel Tawil in the Hasakah countryside": the hill word introduces the name as a place as "village" would
    (places._HILL_NAME among find_tolerantly's introductions), so it is looked up by edit distance in the text's areas
    (Tall Tawil), not by spelling key alone as after a bare "near", which finds Tall Tal`ah too and falls back to the
    governorate."""
    text = "A Turkish drone hit a car near Tel Tawil in the Hasakah countryside, wounding two."
    assert facts(text, shipped, "location", "geo_precision") == [("Tall Tawil", 2)]


def test_a_resort_word_introduces_the_village_it_is_named_after(shipped):
    """"مصيف برخي": a (summer) resort is named after its village, which the resort word introduces as "قرية" would
    (places._PLACE_WORDS); برخ, برخي are Zakho's Perex (seeds/aliases.csv, with its sources)."""
    text = "قصف مدفعي تركي يستهدف مصيف برخي في ناحية دركار ويوقع ثلاثة جرحى"
    assert facts(text, shipped, "location", "admin1") == [("Perex", "Duhok")]


def test_a_villages_row_in_kurdish_script_is_the_village_with_a_latin_name_beside_it(shipped):
    """"قرية ھارونێ" in Soran: Kurdish script's h (ھ) folds as ه (normalize), so OpenStreetMap's Kurdish-script row
    "ھارونێ" is the same name as Harunah's "ھارونێ" 100 m off, and seeds/build_gazetteer.py merges the two rows: one
    place, coded under its Latin name, not the script-only row."""
    text = "قصف جوي تركي على قرية ھارونێ التابعة لقضاء سوران دون إصابات"
    assert facts(text, shipped, "location", "geo_precision") == [("Harunah", 1)]


def test_a_districts_seat_over_a_namesake_village_of_another_district(shipped):
    """"in Dukan, Sulaymaniyah province": the village a district is named after (its
    seat) over a namesake village of another district of the governorate (places._resolve, rule "larger"), not the
    governorate for the two."""
    assert facts("Drone strike hits a pickup in Dukan, Sulaymaniyah province, killing one.", shipped,
                 "location", "admin2") == [("Dukan", "Dokan")]
