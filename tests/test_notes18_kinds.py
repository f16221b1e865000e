"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes18.yaml (issue 16): the other
events of the border governorates that name weapons and aircraft yet tell no strike. Each codebook rule on sentences
of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ a town named Hit
def test_a_rocket_intercepted_in_hit_district_is_disrupted_weapons_use(shipped):
    """ACLED's bracket "(Hit district, Al-Anbar)" names Anbar's district of Hit (Heet), no verb "hit": a rocket
    "intercepted by air defences" over a base there hit nothing (Disrupted weapons use, no strike). The verb stays a
    verb: "rockets hit Ain al-Asad base (Hit district)" is a rocket attack."""
    text = ("On 4 May 2025, a rocket fired at Ain al-Asad base (Hit district, Al-Anbar) was intercepted by air defences. "
            "No casualties reported.")
    assert coded(text, shipped, "sub_event_type") == (False, [("Disrupted weapons use",)])
    text = "On 4 May 2025, three rockets hit Ain al-Asad base (Hit district, Al-Anbar), causing damage."
    strike, types = coded(text, shipped, "sub_event_type")
    assert strike and types == [("Shelling/artillery/missile attack",)]


def test_hit_opening_a_notes_bracket_is_the_place(shipped):
    """"near Kubaysah (Hit, Al-Anbar)": the town first in the bracket is the place, as after "near" ("a farm near
    Hit"): the drone shot down there hit nothing."""
    text = "On 4 May 2025, Iraqi forces shot down a drone near Kubaysah (Hit, Al-Anbar). No casualties reported."
    assert coded(text, shipped, "location", "sub_event_type") == (False, [("Kubaysah", "Disrupted weapons use")])


# ------------------------------------------------------------------ a clash the aircraft and guns took part in
def test_a_clash_with_both_sides_using_artillery_and_drones_is_a_battle(shipped):
    """"clashed …, with both sides using artillery and drones": the two sides fired at each other, an exchange of fire
    (Armed clash), not a drone strike by one of them."""
    text = ("On 4 May 2025, SNA factions clashed with the SDF near Tal Tamr (Al-Hasakeh countryside), with both sides "
            "using artillery and drones. 2 SDF fighters were killed.")
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


def test_a_clash_with_turkish_drones_participating_is_a_battle(shipped):
    """"with Turkish drones participating", "drones took part": the aircraft in the fighting are the clash's, as
    "supported by" or "in conjunction with" airstrikes are."""
    for text in ("On 4 May 2025, Turkish forces clashed with the SDF near Ain Issa (Ar-Raqqa countryside), with Turkish "
                 "drones participating. 1 SDF fighter was killed.",
                 "On 4 May 2025, the SDF and SNA factions clashed near Ain Issa (Ar-Raqqa countryside); Turkish drones "
                 "also took part, and 1 SDF fighter was killed."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


def test_arabic_clashes_with_the_participation_of_drones_are_a_battle(shipped):
    """"اشتباكات … بمشاركة الطيران المسير": the same in Arabic (with the participation of drones)."""
    text = "اندلعت اشتباكات بين قسد والفصائل الموالية لتركيا في محيط بلدة عين عيسى بمشاركة الطيران المسير التركي."
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


# ------------------------------------------------------------------ an arrest naming a strike
def test_an_arrest_for_filming_a_drone_attack_is_no_strike(shipped):
    """ACLED's Arrests: "arrested 5 people … for filming the site of a drone attack": the arrest is the news, the
    strike its charge; no violent event. The charge governs only what follows it, and an arrest without one is no
    charge: "a drone struck a car in Amuda, killing 2; Asayish later arrested a man" and "arrests two suspects after
    a Turkish drone strike kills 3" report the strike."""
    text = ("On 4 May 2025, security forces arrested 5 people in Zakho (Duhok) for filming the site of a drone attack "
            "and sharing it online.")
    assert coded(text, shipped, "sub_event_type") == (False, [])
    text = "On 4 May 2025, a Turkish drone struck a car in Amuda (Al-Hasakeh), killing 2; Asayish later arrested a man."
    strike, types = coded(text, shipped, "sub_event_type")
    assert strike and types == [("Air/drone strike",)]
    for text in ("SDF arrests two suspects after Turkish drone strike kills 3 in Qamishli",
                 "قسد تعتقل شخصين بعد غارة تركية قتلت ثلاثة في القامشلي"):
        assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)]), text


def test_a_man_detained_for_guiding_drone_strikes_is_no_strike(shipped):
    """"detained a man accused of guiding Turkish drone strikes", "اعتقلت … بتهمة تزويد المسيرات بإحداثيات القصف"."""
    for text in ("On 4 May 2025, Asayish detained a man in Amuda (Al-Hasakeh) accused of guiding Turkish drone strikes.",
                 "اعتقلت قوات الأسايش شخصين في عامودا بتهمة تزويد المسيرات التركية بإحداثيات القصف."):
        assert coded(text, shipped, "sub_event_type") == (False, []), text


# ------------------------------------------------------------------ where: "over X"
def test_a_drone_shot_down_over_a_village_is_placed_at_the_village(shipped):
    """"shot down a drone over Wawiyah": "over" introduces the place of an interception as "in" does (not the
    district's seat of the bracket, Qamishli)."""
    for text, place in (("On 4 May 2025, the SDF shot down a drone over Wawiyah (Qamishli countryside, Al-Hasakeh). "
                         "No casualties reported.", "Wawiyah"),
                        ("On 4 May 2025, a drone was shot down over Muzaylah (Al-Thawrah countryside, Ar-Raqqa).",
                         "Muzaylah")):
        assert coded(text, shipped, "location", "sub_event_type") == (False, [(place, "Disrupted weapons use")]), text


# ------------------------------------------------------------------ whom a group killed: the trades
def test_militants_who_killed_a_teacher_attacked_a_civilian(shipped):
    """"ISIS militants killed a teacher", "a truck driver": the trades ACLED's notes name civilians by are civilian
    targets, so the group's killing is an Attack as "killed a shepherd" is."""
    for text in ("On 4 May 2025, ISIS militants killed a teacher in Al-Busayrah (Deir ez-Zor). Fatalities: 1.",
                 "On 4 May 2025, ISIS militants killed a truck driver near Al-Busayrah (Deir ez-Zor). Fatalities: 1."):
        assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Attack", "Islamic State")]), text


# ------------------------------------------------------------------ weapons found, nothing fired
def test_a_weapons_cache_found_is_no_strike(shipped):
    """"found a weapons cache including rockets and mortar shells", "discovered a cache of mortar rounds": ordnance
    stored and found, nothing fired (as "seized" is); no event."""
    for text in ("On 4 May 2025, the Iraqi army found a weapons cache including rockets and mortar shells near "
                 "Kubaysah (Al-Anbar).",
                 "On 4 May 2025, the SDF discovered a cache of mortar rounds and rockets near Al-Busayrah "
                 "(Deir ez-Zor)."):
        assert coded(text, shipped, "sub_event_type") == (False, []), text


# ------------------------------------------------------------------ the guns a convoy brings
def test_a_convoy_including_artillery_is_no_shelling(shipped):
    """"a military convoy including tanks and artillery entered …", "sent a convoy carrying artillery": a
    deployment (ACLED's Other), the guns its equipment, no shelling; a drone striking such a convoy is still a strike."""
    for text in ("On 4 May 2025, a Turkish military convoy including tanks and artillery entered Duhok governorate near "
                 "Kani Masi (Amadiya, Duhok).",
                 "On 4 May 2025, the Iraqi army sent a convoy carrying artillery and rocket launchers to Rutba (Al-Anbar)."):
        assert coded(text, shipped, "sub_event_type") == (False, []), text
    text = "On 4 May 2025, a Turkish drone struck a military convoy including tanks near Kani Masi (Amadiya, Duhok)."
    strike, types = coded(text, shipped, "sub_event_type")
    assert strike and types == [("Air/drone strike",)]
