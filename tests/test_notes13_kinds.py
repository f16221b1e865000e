"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes13.yaml:
ACLED-style event notes of the seven border governorates, with the actor names of ACLED's actor list and the
Kurdish or Arabic spellings reports use): each codebook rule on sentences of its own, not the fixture's, through
``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ who: ACLED's actor-list names
def test_an_abbreviation_colon_and_full_name_is_one_actor(shipped):
    """"PMF: Popular Mobilization Forces fighters clashed with an IS cell": ACLED's "abbreviation: full name" is one
    mention of one side, the subject of the clash, not a side heading a statement."""
    text = ("On 3 May 2025, PMF: Popular Mobilization Forces fighters clashed with an IS cell near Al-Baaj (Ninewa), "
            "killing 2 militants.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Popular Mobilization Forces", "Islamic State")])


def test_an_abbreviation_colon_and_full_name_of_another_group(shipped):
    """"YBS: Sinjar Resistance Units fighters clashed with …": the same for any side of the list."""
    text = ("On 3 May 2025, YBS: Sinjar Resistance Units fighters clashed with an IS cell near Sinuni (Sinjar, "
            "Ninewa). Fatalities unknown.")
    assert coded(text, shipped, "actor1", "actor2") == (False, [("Sinjar Resistance Units", "Islamic State")])


def test_military_forces_of_iraq_is_the_iraqi_army(shipped):
    """"Military Forces of Iraq (2022-) helicopters struck …": ACLED's name of the Iraqi army."""
    text = ("On 3 May 2025, Military Forces of Iraq (2022-) helicopters struck IS hideouts near Al-Baaj (Ninewa), "
            "killing 3 IS members.")
    assert coded(text, shipped, "actor1", "actor2") == (True, [("Iraqi army", "Islamic State")])


def test_military_forces_of_syria_is_the_syrian_army(shipped):
    """"Military Forces of Syria (2024-) artillery shelled SDF positions": ACLED's name of the (new) Syrian army."""
    text = ("On 3 May 2025, Military Forces of Syria (2024-) artillery shelled SDF positions near Maadan (Ar-Raqqa). "
            "Fatalities unknown.")
    assert coded(text, shipped, "actor1", "actor2") == (True, [("Syrian army", "Syrian Democratic Forces")])


def test_police_forces_of_iraq_are_the_iraqi_security_forces(shipped):
    """"Police Forces of Iraq (2022-) clashed with gunmen": ACLED's name of the Iraqi police."""
    text = "On 3 May 2025, Police Forces of Iraq (2022-) clashed with gunmen in Heet (Al-Anbar), killing 1 gunman."
    assert coded(text, shipped, "actor1") == (False, [("Iraqi security forces",)])


def test_qsd_is_the_sdf(shipped):
    """"QSD artillery shelled Al-Mayadin": ACLED's abbreviation of the SDF (Quwat Suriya al-Dimuqratiya)."""
    text = "On 3 May 2025, QSD artillery shelled Al-Mayadin (Deir-ez-Zor), injuring 2 civilians."
    assert coded(text, shipped, "actor1") == (True, [("Syrian Democratic Forces",)])


# ------------------------------------------------------------------ who: the side that came under fire
def test_the_side_that_came_under_fire_was_attacked(shipped):
    """"a Peshmerga post came under PKK fire …, and the Peshmerga returned fire": an Armed clash the PKK began."""
    text = ("On 3 May 2025, a Peshmerga post came under PKK fire near Sidakan (Soran, Erbil) and the Peshmerga "
            "returned fire. Fatalities unknown.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "PKK", "Peshmerga")])


# ------------------------------------------------------------------ where: names the gazetteer writes longer
def test_a_village_named_without_the_gazetteers_word_for_area(shipped):
    """"near Albu Hinna village": the gazetteer's Mintaqat Albu Hinnah ("the area of Albu Hinna"), not the district's
    seat Ramadi."""
    text = "On 3 May 2025, a shepherd was shot dead near Albu Hinna village (Ramadi, Al-Anbar). Fatalities: 1."
    assert coded(text, shipped, "location", "geo_precision") == (False, [("Mintaqat Albu Hinnah", 2)])


def test_a_village_whose_article_the_gazetteer_writes_assimilated(shipped):
    """"Al-Sak'ah village": the gazetteer's As Sak'ah, its article written as spoken (a name too short for its
    spelling key), not the district's seat."""
    text = "On 3 May 2025, IS militants shot dead a shepherd in Al-Sak'ah village (Hatra district, Ninewa). Fatalities: 1."
    assert coded(text, shipped, "location", "geo_precision") == (False, [("As Sak'ah", 1)])


def test_a_valley_named_by_its_village(shipped):
    """"the Gulin Zivinga valley": a name the word valley introduces is looked up by spelling in the district named
    (Gulin Zivingah), not left at the district's seat."""
    text = "On 3 May 2025, Turkish drones struck the Gulin Zivinga valley (Amedi district, Duhok). Fatalities unknown."
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Gulin Zivingah", 2)])


def test_a_kurdish_valley_name_in_the_district_named(shipped):
    """"the Geli Ali Bag valley (Soran district)": Kurdish "Geli" (valley), the gazetteer's Gali 'Ali Bag."""
    text = "On 3 May 2025, Turkish warplanes struck the Geli Ali Bag valley (Soran district, Erbil). Fatalities unknown."
    assert coded(text, shipped, "location") == (True, [("Gali 'Ali Bag",)])


# ------------------------------------------------------------------ tolls: one person at work
def test_the_operator_injured_is_one(shipped):
    """"… as a bulldozer cleared rubble …, injuring the operator": one person named by his work is a toll of one."""
    text = ("On 3 May 2025, an old IED went off as a bulldozer cleared rubble in Al-Baghdadi (Hit district, Al-Anbar), "
            "injuring the operator.")
    assert coded(text, shipped, "sub_event_type", "injured") == (False, [("Remote explosive/landmine/IED", 1)])


def test_the_operator_killed_is_one(shipped):
    """"a landmine exploded under a tractor …, killing the operator": one killed."""
    text = "On 3 May 2025, a landmine exploded under a tractor near Haditha (Al-Anbar), killing the operator."
    assert coded(text, shipped, "fatalities") == (False, [(1,)])
