"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes5.yaml):
each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest

import pytest


PUBLISHED = "2024-09-12T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ other events: no strike report
@pytest.mark.parametrize("text, place", [
    ("On 9 September 2024, Iraqi troops and IS militants exchanged mortar, sniper and heavy machine-gun fire near "
     "Rutba (Anbar). Two soldiers were wounded.", "Rutba"),
    ("On 8 September 2024, regime forces and the SDF traded artillery, rocket and heavy machine-gun fire near "
     "Al-Busayrah (Deir ez-Zor).", "Al-Busayrah"),
])
def test_an_exchange_of_many_weapons_is_a_clash(shipped, text, place):
    """An exchange of fire is a battle however many weapons the text lists between "exchanged" and
    "fire" (up to six words, commas among them): Armed clash, no strike report."""
    assert coded(text, shipped, "location", "sub_event_type") == (False, [(place, "Armed clash")])


@pytest.mark.parametrize("text, place", [
    ("On 10 September 2024, Peshmerga forces clashed with IS remnants near Gwer (Makhmur, Erbil), backed by air "
     "strikes, killing two militants.", "Gwer"),
    ("معارك بين قوات الحشد الشعبي وخلايا داعش قرب قضاء القائم غربي الأنبار بإسناد جوي من طيران الجيش، ومقتل أربعة مسلحين",
     "Al-Qaim"),
    ("اشتباكات بين الجيش العراقي وعناصر من داعش في محيط ناحية حمام العليل جنوب الموصل بدعم من الطيران العراقي",
     None),
])
def test_clashes_with_air_support_are_a_clash(shipped, text, place):
    """Air support of the fighting ("with air support", "بإسناد جوي", "بدعم من الطيران") is the aircraft's part in
    an exchange of fire, as "in conjunction with": the event is the Armed clash, no strike report."""
    strike, events = coded(text, shipped, "location", "sub_event_type")
    assert not strike and events and all(kind == "Armed clash" for _, kind in events)
    assert place is None or events[0][0] == place


def test_an_air_strike_with_support_of_other_aircraft_stays_a_strike(shipped):
    """Without a clash word the support names no fighting: jets that strike with drone support strike."""
    text = "On 11 September 2024, Iraqi F-16s bombed an IS cave near Akashat (Anbar) with air support from drones."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, place", [
    ("Turkish artillery shelled SDF positions on the Ain Issa front (Raqqa), wounding two fighters.",
     ("Ain Issa", "Raqqa", 2)),
    ("قصف مدفعي تركي على محور تل تمر شمال غربي الحسكة", ("Tal Tamr", "Al-Hasakah", 2)),
])
def test_a_town_s_front_is_around_it(shipped, text, place):
    """"the X front", "محور X": the front line around a town, precision 2, not the town itself."""
    assert coded(text, shipped, "location", "admin1", "geo_precision")[1] == [place]


@pytest.mark.parametrize("text, place", [
    ("On 7 September 2024, Turkish artillery shelled the surroundings of Kani Masi (Amedi, Duhok).", ("Ain Nuni", "Duhok", 2)),
    ("A Turkish drone struck a car in the environs of Sidakan (Soran, Erbil), killing two.", ("Sidakan", "Erbil", 2)),
])
def test_a_town_s_surroundings_are_around_it(shipped, text, place):
    """"the surroundings of X", "the environs of X": around X, precision 2, as "the outskirts of X"."""
    assert coded(text, shipped, "location", "admin1", "geo_precision")[1] == [place]


def test_an_unknown_spelling_after_surroundings_of_is_looked_up(shipped):
    """"the surroundings of X" introduces X as a place, as "the outskirts of X" does: an unknown spelling is looked
    up within the area the text names (Sheladizeh: the gazetteer's Shiladiza; Sheladize itself is now a name of it)."""
    text = "On 6 September 2024, Turkish artillery shelled the surroundings of Sheladizeh in Amadiya district, Duhok."
    assert coded(text, shipped, "location", "geo_precision")[1] == [("Shiladiza", 2)]


@pytest.mark.parametrize("text, place", [
    ("On 5 September 2024, an unidentified drone struck a pick-up truck in rural western Raqqa, killing two.",
     ("Raqqa Governorate", 3)),
    ("On 5 September 2024, a drone struck a car in rural north-eastern Deir ez-Zor, killing its driver.",
     ("Deir ez-Zor Governorate", 3)),
])
def test_rural_part_of_a_governorate_is_the_governorate(shipped, text, place):
    """"rural eastern X" labels the governorate as "rural X" does: the governorate at precision 3, never its
    namesake city."""
    assert coded(text, shipped, "location", "geo_precision")[1] == [place]


# ------------------------------------------------------------------ tolls
@pytest.mark.parametrize("text, killed", [
    ("On 11 September 2024, a farmer was killed when an old artillery shell exploded near Sinuni (Ninewa).", 1),
    ("On 10 September 2024, a shepherd was killed by Turkish shelling near Sidakan (Erbil).", 1),
    ("On 9 September 2024, two fighters and a driver were killed by a drone strike near Amuda (Hasakah).", 3),
])
def test_the_day_of_the_month_is_no_toll(shipped, text, killed):
    """The 17 of "On 11 September 2024, a farmer was killed" is a date: the toll is the one farmer."""
    assert coded(text, shipped, "fatalities")[1] == [(killed,)]


@pytest.mark.parametrize("text, killed", [
    ("On 11 September 2024, a drone struck a car near Hajin (Deir ez-Zor), killing a militia commander and his bodyguard.", 2),
    ("On 11 September 2024, gunmen ambushed a fuel truck near Rutba (Anbar), killing its driver.", 1),
])
def test_one_person_named_by_a_possessive_or_an_escort(shipped, text, killed):
    """"his bodyguard", "his companion", "its driver": one person each, counted with the group before."""
    assert coded(text, shipped, "fatalities")[1] == [(killed,)]


def test_arabic_wounded_noun_before_its_number(shipped):
    """"إصابة مدنيين اثنين": the noun, then the number, as the killed pattern reads "مقتل مدنيين اثنين"."""
    text = "قصف مدفعي تركي على قرية في ريف عامودا، ما أدى لإصابة طفلين اثنين ومقتل مدني"
    assert coded(text, shipped, "injured")[1] == [(2,)]
    text = "قصف مدفعي تركي على أطراف بلدة عين عيسى، ما أسفر عن إصابة مزارعين اثنين بجروح"
    assert coded(text, shipped, "injured")[1] == [(2,)]


# ------------------------------------------------------------------ type and sides
@pytest.mark.parametrize("text", [
    "سقوط صاروخين على قاعدة حرير في أربيل دون إصابات",
    "أطلق مجهولون صاروخان على محيط مطار أربيل الدولي دون تسجيل أضرار",
])
def test_arabic_dual_of_rocket_is_a_rocket_attack(shipped, text):
    """"صاروخين"/"صاروخان" (two rockets) name the weapon as "صواريخ" does: Shelling/artillery/missile attack."""
    assert coded(text, shipped, "sub_event_type") == (True, [("Shelling/artillery/missile attack",)])


@pytest.mark.parametrize("text, sides", [
    ("استهدفت قوات النظام بلدة ذيبان بقذائف الهاون", ("Syrian army", None)),
    ("استهدفت القوات التركية بالمدفعية الثقيلة قرى في ريف الدرباسية", ("Turkish Armed Forces", None)),
    ("استهدفت قسد بقذائف الهاون مواقع للفصائل الموالية لتركيا قرب عين عيسى",
     ("Syrian Democratic Forces", "Syrian National Army")),
])
def test_arabic_verb_first_names_the_striker_next(shipped, text, sides):
    """A sentence that opens with its strike verb names the side that struck right after it (the subject of
    verb-first Arabic), not the side struck."""
    assert coded(text, shipped, "actor1", "actor2")[1] == [sides]


def test_arabic_subject_first_verb_object_is_struck(shipped):
    """After a subject the verb's object is the side struck."""
    text = "مسيرة تركية استهدفت عناصر من قسد قرب الدرباسية"
    assert coded(text, shipped, "actor1", "actor2")[1] == [("Turkish Armed Forces", "Syrian Democratic Forces")]


@pytest.mark.parametrize("text, sides", [
    ("On 4 September 2024, Turkish forces and allied SNA factions shelled villages near Ain Issa (Raqqa).",
     ("Turkish Armed Forces", None)),
    ("On 4 September 2024, Turkish troops and Turkish-backed factions shelled SDF positions near Tal Tamr (Hasakah).",
     ("Turkish Armed Forces", "Syrian Democratic Forces")),
])
def test_sides_joined_by_and_struck_together(shipped, text, sides):
    """"X and allied Y shelled": both struck; X (named first) is actor1 and Y is no side struck."""
    assert coded(text, shipped, "actor1", "actor2")[1] == [sides]


@pytest.mark.parametrize("text", [
    "On 11 September 2024, Syrian regime forces shelled Al-Busayrah (Deir ez-Zor), wounding two women.",
    "On 11 September 2024, Assad regime troops shelled the outskirts of Dhiban (Deir ez-Zor).",
])
def test_the_regime_s_forces_are_its_army(shipped, text):
    """"Syrian regime forces" are the army that fires, not the government ("the Syrian regime" alone stays the
    government, a side that comments or denies)."""
    assert coded(text, shipped, "actor1")[1] == [("Syrian army",)]
