"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts20.yaml and
posts17-19's residue): each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes
them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-12-07T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_village_labelled_after_its_comma_by_a_part_of_the_countryside_is_looked_up_by_its_spelling(shipped):
    """"in Jdeed Bu Khair, eastern Deir ez-Zor countryside", "at Ruweishid, northern Deir ez-Zor countryside": a
    tribal network's post labels the village after its comma by the part of the governorate's countryside; the bearing
    before the label ("eastern", "northern") still opens the label (places._LABEL_BEARING), so the village spelled
    otherwise than the gazetteer is looked up there (Jadid Bu Khayr, Ruweished), not coded at the governorate."""
    assert facts("Coalition helicopters struck a house in Jdeed Bu Khair, eastern Deir ez-Zor countryside; 3 ISIS "
                 "members killed", shipped, "location", "geo_precision") == [("Jadid Bu Khayr", 1)]
    assert facts("An unknown drone hit a pickup at Ruweishid, northern Deir ez-Zor countryside, two men killed",
                 shipped, "location", "admin1") == [("Ruweished", "Deir ez-Zor")]


def test_live_fire_exercises_in_the_plural_are_no_strike(shipped):
    """"conducting live-fire exercises … with helicopters and artillery", "held training exercises with artillery",
    "تمرينات عسكرية بالمدفعية": an exercise's weapons fire at no one, in the plural as in the singular (config.yaml
    not_strike, "other sense"): no strike report, no event."""
    for text in ("The Iraqi army held training exercises with artillery and helicopters near Rutba this morning",
                 "US forces carried out live-fire exercises with artillery at the Kharab al-Jir base near Rmelan",
                 "تمرينات عسكرية بالمدفعية والطيران المروحي لقوات التحالف في قاعدة قسرك قرب تل تمر"):
        assert coded(text, shipped, "location") == (False, []), text


def test_an_arabizi_post_places_its_village_by_its_own_prepositions(shipped):
    """"darbet drone 3ala motor fi mihqan", "darbet drone 3and madkhal jarbus", "2asf madfa3i torki 2orb tal hamis":
    Arabizi (Arabic typed in Latin letters) says in, at the entrance of and near with its own words (fi, madkhal,
    2orb: qorb as its digit letters fold); they introduce a village as "in" and "near" do (places._PREPOSITIONS), and
    its near places the strike by the village (places.NEAR: precision 2)."""
    assert facts("darbet drone 3ala motor fi mihqan el yom, 2 shohada", shipped, "location", "fatalities") == [
        ("Mihqan", 2)]
    assert facts("darbet drone 3and madkhal jarbus 2abl shway, esteshhad shab", shipped, "location") == [("Jarbus",)]
    assert facts("2asf madfa3i torki 2orb tal hamis, fi jar7a", shipped, "location", "geo_precision") == [
        ("Tall Hamis", 2)]


def test_a_sides_own_statement_of_a_strike_on_its_forces_makes_it_the_side_struck(shipped):
    """"المركز الإعلامي لقوات سوريا الديمقراطية: … استهدفت مسيرة تركية موقعاً لقواتنا", "Asayish General Command |
    Statement / … a Turkish drone struck a checkpoint of our forces": a side's media office heading its statement tells
    the strike on its own forces in the first person (vocabulary.OUR_FORCES_STRUCK): actor2 is the side heading it
    (events._struck_in_own_words), not the striker; "no casualties among our forces" names no target."""
    assert facts("المركز الإعلامي لقوات سوريا الديمقراطية:\nقصفت مسيرة تابعة للاحتلال التركي موقعاً لقواتنا في قرية "
                 "تل طويل بريف تل تمر، ما أدى لاستشهاد أحد مقاتلينا", shipped, "actor1", "actor2") == [
        ("Turkish Armed Forces", "Syrian Democratic Forces")]
    assert facts("Asayish General Command | Statement\nAt 02:10 a Turkish drone struck a checkpoint of our forces at "
                 "the entrance of Tall Hamis, wounding two members", shipped, "actor1", "actor2") == [
        ("Turkish Armed Forces", "Asayish")]
    assert facts("SDF media center:\nTurkish artillery shelled Tall Hamis village this evening, no casualties among "
                 "civilians or our forces", shipped, "actor2") == [(None,)]
