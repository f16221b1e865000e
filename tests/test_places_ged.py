"""Codebook rules found on the tuning half of UCDP GED's Syria headlines (bench/ged.py, even ids).
Every sentence here is our own wording of a kind of report, not a GED headline."""

from __future__ import annotations

import pytest

from monitor.text import analyse
from monitor.text.places import locate, spelling_key
from monitor.text.watchlists import match_watchlists

DAY = "2024-03-05T10:00:00Z"


@pytest.mark.parametrize("text, location, admin1", [
    ("Two children were hurt when artillery shells fell on al-Houla at dawn.", "Houla", "Homs"),
    ("Rebels drove government troops out of al-Tulaysiyah overnight.", "Tulaysiyah", "Hama"),
])
def test_a_transliterated_article_carries_the_cue_before_it(lexicon_without, shipped, text, location, admin1):
    """Rule "article": "on al-Houla" is "on Houla" (a village needs a preposition before it; the
    article written before a name the gazetteer has without it is the name's)."""
    place = locate(text, shipped).place
    assert (place.name, place.admin1) == (location, admin1)
    assert locate(text, lexicon_without("article")).place is None


@pytest.mark.parametrize("text, location", [
    ("A colonel from Latakia and his driver were shot dead in the capital Damascus.", "Damascus"),
    ("Rockets fired from Daraa city struck the centre of Sweida, wounding four.", "As-Suwayda"),
])
def test_where_someone_came_from_yields_to_where_it_happened(lexicon_without, shipped, text, location):
    """Rule "origin": the place of the victims, not the place the victim or the attackers came from."""
    assert locate(text, shipped).place.name == location
    assert locate(text, lexicon_without("origin")).place.name != location


@pytest.mark.parametrize("text, locations", [
    ("Warplanes bombed Maarrat al-Numan and Salqin in the Idlib countryside.", ["Ma arrat an Nu man", "Salkin"]),
    ("Unrest goes on in Idlib, with car bombs in Maarrat al-Numan and Salqin.", ["Ma arrat an Nu man", "Salkin"]),
])
def test_places_joined_by_and_far_apart_are_strikes_apart(lexicon_without, shipped, text, locations):
    """Rule "coordinated_apart": one strike word over "A and B" 58 km apart reports two strikes (GED and
    ACLED code a row per place), and the governorate's namesake named before the strike word only labels them."""
    assert [e["location"] for e in analyse(text, DAY, shipped).events] == locations
    assert len(analyse(text, DAY, lexicon_without("coordinated_apart")).events) == 1


def test_places_joined_by_and_close_together_or_two_ends_stay_one_strike(shipped):
    events = analyse("Drones struck Hajin and al-Shafah, killing three.", DAY, shipped).events
    assert [(e["location"], e["fatalities"]) for e in events] == [("Hajin", 3)]
    assert len(analyse("Shelling hit the road between Maarrat al-Numan and Salqin.", DAY, shipped).events) == 1


@pytest.mark.parametrize("text, location", [
    ("Following the raids on Hama, Morek and Masyaf, an explosion hit an arms depot in al-Qutayfah.",
     "Al-Qutayfah"),
    ("After the shelling of Hajin, Baghuz was shelled again.", "Baghuz"),
])
def test_every_name_of_a_background_list_is_background(lexicon_without, shipped, text, location):
    """Rule "background_list": the earlier strikes recalled in a list ("after the raids on A, B and C") are
    all background, not only the first name after the cue; a comma alone ends the recalled clause."""
    assert locate(text, shipped).place.name == location
    if location == "Al-Qutayfah":
        assert locate(text, lexicon_without("background_list")).place.name == "Murak"


@pytest.mark.parametrize("text, location, admin1, precision", [
    ("Mortar fire from the army hit Jobar overnight.", "Jobar", "Damascus", 1),   # point: en.wikipedia.org/wiki/Jobar
    ("Jets pounded al-Hamdan military airport at dawn.", "Hamdan Airport", "Deir ez-Zor", 1),
    ("Turkish guns shelled the Marea countryside.", "Defterdar", "Aleppo", 2),   # Who's On First's name of Mare'
    ("Rocket fire hit homes in Al-Assad Suburb, wounding two.", "Dahiyat al Asad", "Rural Damascus", 1),
])
def test_the_gazetteer_has_the_names_reports_use(shipped, text, location, admin1, precision):
    """Gazetteer gaps found on GED's tuning half (seeds/gazetteer.csv with the point's source, seeds/aliases.csv):
    Jobar of Damascus (Who's On First has only a Jawbar of Homs), the airport's "military" name, the
    English spellings of Mare' and of Dahiyat al-Assad."""
    (event,) = analyse(text, DAY, shipped).events
    assert (event["location"], event["admin1"], event["geo_precision"]) == (location, admin1, precision)


def test_a_headline_s_present_tense_bombard_is_a_strike_and_a_martyr_no_village(shipped):
    """"helicopters bombard X" reports a strike (config.yaml's bombardment variants); "Shahid" (a martyr,
    a Who's On First village name of Iraq) is a place only after its own place word, not by coordination."""
    text = "Army helicopters bombard the countryside of Aleppo and Shahid in Idlib city, activists say."
    events = analyse(text, DAY, shipped).events
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Aleppo Governorate", "Air/drone strike"), ("Idlib", "Air/drone strike")]
    assert "Shahid" not in [m.matched_text for m in match_watchlists(text, shipped) if m.watchlist == "places"]


@pytest.mark.parametrize("text, events", [
    ("Jets bombed al-Bab and the Aleppo countryside overnight.", [("El-Bab", 1), ("Aleppo Governorate", 3)]),
    ("A car bomb went off in Jarablus, and warplanes raided Aleppo's countryside.",
     [("Jarablus", 1), ("Aleppo Governorate", 3)]),
    ("غارات جوية على مدينة الباب وريف حلب الشرقي", [("El-Bab", 1), ("Aleppo Governorate", 3)]),
    ("Jets bombed al-Bab in the Aleppo countryside overnight.", [("El-Bab", 1)]),
    ("غارات جوية على مدينة الباب في ريف حلب الشرقي", [("El-Bab", 1)]),
    ("Jets bombed al-Bab, Aleppo countryside, overnight.", [("El-Bab", 1)]),
])
def test_a_governorate_s_countryside_joined_by_and_is_a_coarse_strike_of_its_own(lexicon_without, shipped, text, events):
    """Rule "countryside_apart": "X and the G countryside" reports strikes on X and on the rest of G's
    countryside (precision 3: no finer place named); "X in the G countryside" and "X, G countryside" label X."""
    assert [(e["location"], e["geo_precision"]) for e in analyse(text, DAY, shipped).events] == events
    if len(events) > 1:
        assert len(analyse(text, DAY, lexicon_without("countryside_apart")).events) == 1


@pytest.mark.parametrize("text, events", [
    ("Barrel bombs fell on Daraa city, and shelling hit al-Houla.", [("Daraa", "Daraa"), ("Houla", "Homs")]),
    ("Regime guns shelled the Aleppo countryside and a blast hit Al-Lataminah town.",
     [("Aleppo Governorate", "Aleppo"), ("Al Lataminah", "Hama")]),
])
def test_another_clause_s_governorate_never_rules_a_village_out(shipped, text, events):
    """The governorate one clause names helps choose among same-name places of another clause, but a
    village of its own clause's strike in another governorate is still that strike's place."""
    assert [(e["location"], e["admin1"]) for e in analyse(text, DAY, shipped).events] == events


@pytest.mark.parametrize("text, events", [
    ("Aerial bombardment targets Idlib and Hama", [("Idlib Governorate", 3), ("Hama Governorate", 3)]),
    ("Islamic State attacks left 20 dead within Homs and Deir Ezzor.",
     [("Homs Governorate", 3), ("Deir ez-Zor Governorate", 3)]),
    ("Turkish drones struck targets in Duhok and Erbil on Tuesday.",
     [("Duhok Governorate", 3), ("Erbil Governorate", 3)]),
    ("قصف جوي على دير الزور والرقة", [("Deir ez-Zor Governorate", 3), ("Raqqa Governorate", 3)]),
])
def test_a_list_of_governorates_names_no_town(lexicon_without, shipped, text, events):
    """Rule "governorate_list": a list of governorates' namesake cities alone names the governorates (GED's
    tuning half codes a village of the governorate for most such headlines), each at precision 3."""
    assert [(e["location"], e["geo_precision"]) for e in analyse(text, DAY, shipped).events] == events
    assert all(e["geo_precision"] == 1 for e in analyse(text, DAY, lexicon_without("governorate_list", "capital")).events)


@pytest.mark.parametrize("text", [
    "Warplanes struck the cities of Raqqa and Idlib.",
    "Airstrikes on Raqqa and Deir ez-Zor cities killed 12.",
    "قصف جوي على مدينتي دير الزور والرقة",
    "Jets bombed Raqqa city and Deir ez-Zor.",
    "Jets bombed Raqqa and Tabqa.",
])
def test_a_list_said_to_be_cities_or_naming_a_town_keeps_its_cities(shipped, text):
    assert all(e["geo_precision"] == 1 for e in analyse(text, DAY, shipped).events)


@pytest.mark.parametrize("text, places", [
    ("Airstrikes on Al-Qaim / Mishal", ["Al-Qaim", "Mish'al"]),         # Who's On First: Mish'al
    ("Airstrikes on Hit + Midaq Jaal", ["Heet", "Midaqq Ja'al"]),       # Who's On First: Midaqq Ja'al
])
def test_an_ayn_written_inside_a_name_is_a_letter_dropped_not_a_word_break(shipped, text, places):
    """A spelling key drops an ayn or hamza mark inside a word ("Mish'al" is "Mishal", not "Mish" and an article
    "al"): the gazetteer's marked spellings (1,102 of 3,955 were keyed short) meet a report's unmarked one."""
    assert spelling_key("Kafr Da`il") == spelling_key("Kafr Dael") and spelling_key("Qal'at") == spelling_key("Qalat")
    assert [e["location"] for e in analyse(text, DAY, shipped).events] == places


@pytest.mark.parametrize("text, location, admin1", [
    ("A car bomb exploded in the Syrian capital, killing five.", "Damascus", "Damascus"),
    ("انفجرت سيارة مفخخة في العاصمة السورية ما أدى إلى مقتل خمسة", "Damascus", "Damascus"),
    ("A drone struck a car in the Kurdistan Region's capital, killing two.", "Erbil", "Erbil"),
    ("Rockets hit the Iraqi capital overnight.", "Baghdad", "Baghdad"),
])
def test_a_capital_named_by_its_country_or_region_is_the_city(shipped, text, location, admin1):
    """seeds/aliases.csv: "the Syrian capital", "العاصمة السورية", "the Kurdistan Region's capital" name the city
    (GED's headlines write "the capital" for Damascus; news wire copy names it by its country)."""
    (event,) = analyse(text, DAY, shipped).events
    assert (event["location"], event["admin1"]) == (location, admin1)


@pytest.mark.parametrize("text, location, precision", [
    ("Regime shells killed two civilians in Al-Midan neighborhood, as warplanes struck Aleppo's eastern districts.",
     "Aleppo", 1),
    ("A barrel bomb killed five in Mashhad neighborhood of Aleppo.", "Aleppo", 1),
    ("A car bomb exploded in al-Zahraa neighborhood in Homs, killing four.", "Homs", 1),
    # (the city's side named, its neighbourhoods are still the city: fusion3's rule for "the eastern part of Raqqa city")
    ("Shelling on the eastern neighbourhoods of Aleppo kills three in Midan neighbourhood.", "Aleppo", 1),
])
def test_a_city_s_quarter_is_coded_at_the_city_never_a_village_spelled_like_it(shipped, text, location, precision):
    """A neighbourhood or quarter of a city ("in Al-Midan neighborhood", "the neighbourhoods of X") is coded at its
    city, as the ACLED codebook codes a neighbourhood: the spelling lookup stays off it, and off any name after a
    bare "in" (which introduces quarters as often as villages): no Madayin Kabirah 41 km off for Al-Midan, no
    Mashhad Ruhin of Idlib, no Az Zahrah for al-Zahraa."""
    (event,) = analyse(text, DAY, shipped).events
    assert (event["location"], event["geo_precision"]) == (location, precision)


def test_a_common_noun_is_no_place_s_name(shipped):
    """A name that is only a common noun ("Air Base", a Who's On First name of Al-Asad) names every base, none in
    particular (seeds/build_gazetteer.COMMON_NOUNS): "Abu al-Duhur Military Airbase" is in Idlib, not Anbar."""
    (event,) = analyse("Jets struck Abu al-Duhur Military Airbase at dawn.", DAY, shipped).events
    assert event["admin1"] == "Idlib"
    assert "air base" not in shipped.places and "lake" not in shipped.places


@pytest.mark.parametrize("text, location", [
    ("قتل عنصران بضربة مسيرة تركية على حاجز سنوني مساء الاثنين.", "Sinuni"),        # a town
    ("مسيرة تستهدف حاجز الدردارة قرب تل تمر ومقتل عنصرين", "Dardarah"),            # a village
])
def test_a_checkpoint_places_the_town_or_village_it_is_named_after(lexicon_without, shipped, text, location):
    """Rule "checkpoints", one rule for towns and villages: "حاجز X" places X as a place word would (it was a
    landmark cue for towns and a rule apart for villages)."""
    assert analyse(text, DAY, shipped).event["location"] == location
    assert (analyse(text, DAY, lexicon_without("checkpoints")).event or {}).get("location") != location


def test_a_governorate_s_front_is_the_governorate_not_its_city(shipped):
    """Rule "labels": "the Deir ez-Zor front" is the province's battle front, the governorate (precision 3), not
    the city; a finer place of it named beside it is the place ("Deirezzor front, … advancing in Hajin")."""
    (event,) = analyse("Warplanes pounded the Deir ez-Zor front overnight.", DAY, shipped).events
    assert (event["location"], event["geo_precision"]) == ("Deir ez-Zor Governorate", 3)
    located = locate("Deirezzor front, SDF fighters took two villages and are advancing in Hajin", shipped)
    assert (located.place.name, located.precision) == ("Hajin", 1)


@pytest.mark.parametrize("text, location, admin1", [
    ("Shelling killed eight civilians in Kfar Dael west of Aleppo.", "Kafer Dahel", "Aleppo"),
    ("Regime shelling on al-Rahjan killed two civilians.", "Ruhjan", "Hama"),
])
def test_villages_under_the_spellings_reports_use(shipped, text, location, admin1):
    """seeds/aliases.csv, each spelling with its public source: Kfar Dael (Who's On First's Kafer Dahel), al-Rahjan
    (Ruhjan)."""
    (event,) = analyse(text, DAY, shipped).events
    assert (event["location"], event["admin1"]) == (location, admin1)
