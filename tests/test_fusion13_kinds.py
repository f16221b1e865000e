"""Kinds of headline that kept two reports of one strike apart (issue 17, sixteenth session), found among the
misses of UCDP GED's tuning half (headline pairs of one GED event in no common incident): the coder read the
headline's type, striker or place otherwise than the other report of the strike, or read no strike at all.

Our own sentences, none of GED's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest
from monitor.incidents import fuse
from monitor.text import analyse


PUBLISHED = "2025-11-12T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def test_air_and_ground_fire_told_as_one_bombardment_is_an_air_strike_whichever_comes_first(shipped):
    # the elided coordination: one strike noun, two adjectives ("air and artillery strikes"); a sentence naming both
    # kinds of fire is an air strike (decision rule 2's precedence), the adjectives' order aside
    for text in ("Air and artillery strikes target Al-Shuhayl in the eastern Deir ez-Zor countryside",
                 "Heavy aerial and ground shelling targets Al-Shuhayl in the eastern Deir ez-Zor countryside",
                 "Aerial and artillery shelling on Al-Shuhayl kills five civilians",
                 "Heavy aerial shelling on Al-Shuhayl kills five civilians",
                 "مقتل خمسة مدنيين بقصف مدفعي وجوي على بلدة الشحيل بريف دير الزور الشرقي",
                 "مقتل خمسة مدنيين جراء القصف الصاروخي والجوي على بلدة الشحيل",
                 "قصف بري وجوي يستهدف بلدة الشحيل بريف دير الزور الشرقي"):
        assert facts(text, shipped, "location", "sub_event_type") == [("Al-Shuhayl", AIR)], text
    # … as it was with the air adjective first ("قصف جوي ومدفعي"); artillery alone stays shelling
    assert facts("قصف جوي ومدفعي على بلدة الشحيل", shipped, "sub_event_type") == [(AIR,)]
    assert facts("Regime artillery shelled Al-Shuhayl", shipped, "sub_event_type") == [(SHELLING,)]


def test_two_reports_of_one_mixed_bombardment_of_a_countryside_are_one_incident(shipped):
    # a governorate's day of fire told by its part only: the type is the fact left to tell strikes apart
    # (fusion rule governorate_types), so the Arabic "artillery and air" and the English "air and ground" must agree
    reports = []
    for n, (text, language) in enumerate([
            ("قصف مدفعي وجوي على قرى ريف دير الزور الشرقي يوقع قتلى", "ar"),
            ("Air and ground strikes pound villages of the eastern Deir ez-Zor countryside, killing civilians", "en")]):
        reports += [{**event, "article_id": n, "story_id": n, "outlet": f"outlet{n}", "language": language,
                     "published_at": PUBLISHED} for event in analyse(text, PUBLISHED, shipped).events]
    assert [report["geo_precision"] for report in reports] == [3, 3]
    assert len(fuse(reports)) == 1


def test_a_headline_s_present_tense_of_any_aircraft_is_an_air_strike(shipped):
    # "<aircraft> bomb / target / pound / shell X": the aircraft struck X from the air (warplanes did already)
    for text, place in (("Helicopters bomb Hajin town", "Hajin"),
                        ("Turkish drones target a car near Tal Tamr", "Tal Tamr"),
                        ("Jets pound Al-Busayrah", "Al-Busayrah"),
                        ("Regime helicopters shell Al-Shuhayl", "Al-Shuhayl"),
                        ("Warplanes raid Al-Busayrah", "Al-Busayrah")):
        assert coded(text, shipped, "location", "sub_event_type") == (True, [(place, AIR)]), text
    assert coded("Turkish drones target areas in western Hasakah", shipped, "sub_event_type", "actor1") == (
        True, [(AIR, "Turkish Armed Forces")])


def test_the_dead_counted_of_their_sides_name_no_striker(shipped):
    # "kill N of X and Y": X and Y lost the men; neither struck (a striker named elsewhere stays the striker)
    sides = ("actor1", "actor2")
    assert facts("Shelling on Hajin kills more than 30 of the regime forces and the Islamic State", shipped,
                 *sides) == [(None, "Syrian army")]
    assert facts("Airstrikes on Al-Busayrah kill 12 of the regime and the Islamic State", shipped, *sides) == [
        (None, "Islamic State")]
    assert facts("مقتل 30 من قوات النظام وتنظيم الدولة بقصف على مدينة دير الزور", shipped, *sides) == [
        (None, "Syrian army")]
    assert facts("مقتل أكثر من 30 من قوات النظام بقصف على مدينة دير الزور", shipped, *sides) == [(None, "Syrian army")]
    assert facts("Turkish drones kill three of the SDF and the Asayish near Qamishli", shipped, *sides) == [
        ("Turkish Armed Forces", "Syrian Democratic Forces")]
    # … the count's words only: the side after "بقصف من", "because of" struck
    assert facts("مقتل مدنيين اثنين بقصف من قوات النظام على بلدة الشحيل", shipped, *sides) == [("Syrian army", None)]
    assert facts("Two civilians were killed because of the shelling of the regime forces on Hajin", shipped,
                 *sides) == [("Syrian army", None)]


def test_the_syrian_observatory_s_english_spellings_of_border_towns(shipped):
    # SOHR's English headlines write these towns so (UCDP GED's source headlines): the gazetteer's aliases
    for text, place in (("Airstrikes target al-Tabaqa city", "Tabqa"), ("Shells target Al-Bokamal", "Boukamal"),
                        # (a headline ending in the province's capital names the province: governorate_headline)
                        ("Aerial bombardment kills 14 in Der-Ezor", "Deir ez-Zor Governorate"),
                        ("Shelling on Al-Qameshly kills 3", "Qamishli"), ("Turkish shelling targets Ein Essa", "Ain Issa"),
                        ("Aerial bombardment continues targeting al-Miadin city", "Mayadin")):
        assert facts(text, shipped, "location") == [(place,)], text
