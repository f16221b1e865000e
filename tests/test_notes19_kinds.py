"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes19.yaml (issue 16): other events
of the border governorates that name aircraft, drones and strikes in passing yet tell no strike. Each codebook rule on
sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ aircraft that support a clash in a clause of their own
def test_aircraft_supporting_a_clash_in_their_own_clause_are_part_of_the_battle(shipped):
    """The air support of a clash told in a clause whose subject is the aircraft ("Turkish drones backed the
    factions", "while Iraqi helicopters provided air support", "army aviation was called in") is part of the battle,
    as "supported by drones" is: an Armed clash, no strike report."""
    for text in ("On 4 May 2025, the SDF clashed with SNA factions near Ain Issa (Ar-Raqqa countryside); Turkish drones "
                 "backed the factions. 2 SDF fighters were killed.",
                 "On 4 May 2025, PMF fighters clashed with IS militants near Rutba (Al-Anbar) while Iraqi helicopters "
                 "provided air support. 3 militants were killed.",
                 "On 4 May 2025, IS militants attacked a PMF post near Baaj (Ninewa), killing 2 fighters; army aviation "
                 "was called in after the attackers withdrew."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


def test_aircraft_that_strike_on_their_own_stay_a_strike(shipped):
    """Aircraft that struck are no support of a clash: "Turkish drones struck an SDF car near Ain Issa" is a strike."""
    text = "On 4 May 2025, Turkish drones struck an SDF car near Ain Issa (Ar-Raqqa countryside), killing 2 SDF fighters."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ a blast of unknown origin
def test_an_explosion_of_unknown_origin_is_an_ied_event_whatever_is_guessed_later(shipped):
    """A note that calls the blast "of unknown origin" ("انفجار مجهول المصدر") codes a Remote explosive/landmine/IED
    event even where a later clause or sentence guesses at a drone: the cause is not known, so no strike."""
    for text in ("On 4 May 2025, an explosion of unknown origin struck a PMF depot near Tal Afar (Ninewa). Some "
                 "residents blamed an Israeli drone.",
                 "A mysterious blast hit a PMF arms depot near Tal Afar on Tuesday; some residents blamed an Israeli drone.",
                 "هز انفجار مجهول المصدر مستودعاً للأسلحة في بلدة الشحيل بريف دير الزور، وتحدثت مصادر محلية عن استهداف "
                 "بطائرة مسيرة."):
        strike, types = coded(text, shipped, "sub_event_type")
        assert (strike, types) == (False, [("Remote explosive/landmine/IED",)]), text


def test_an_explosion_of_unknown_origin_hit_the_side_it_hit(shipped):
    """Unlike old ordnance going off, a blast of unknown origin that hit a side's position has that side as actor2 and
    no actor1, not the drone a later sentence guesses at."""
    text = ("On 4 May 2025, an explosion of unknown origin hit a PMF position near Tal Afar (Ninewa), killing 2 "
            "fighters. Local media first reported a drone strike.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Remote explosive/landmine/IED", None, "Popular Mobilization Forces")])


# ------------------------------------------------------------------ the government's positions are its army's
def test_the_syrian_governments_positions_and_patrols_are_its_army(shipped):
    """The side struck at "Syrian government positions", "a Syrian government patrol" ("مواقع الحكومة السورية",
    "دورية للحكومة السورية") is the government's forces, coded Syrian army as "regime positions" are, not the
    government itself."""
    for text in ("On 4 May 2025, SDF artillery shelled Syrian government positions near Deir Hafer (Aleppo countryside).",
                 "On 4 May 2025, an IED exploded near a Syrian government patrol in Maadan (Ar-Raqqa countryside), "
                 "wounding 2 soldiers.",
                 "قصفت مدفعية قسد مواقع الحكومة السورية في قرية الجنينة بريف دير الزور.",
                 "انفجرت عبوة ناسفة بدورية للحكومة السورية قرب معدان بريف الرقة، ما أدى لإصابة عنصرين."):
        assert [actor2 for (actor2,) in coded(text, shipped, "actor2")[1]] == ["Syrian army"], text


# ------------------------------------------------------------------ a drone brought down by the guns
def test_a_drone_that_fell_after_anti_aircraft_fire_hit_it_is_disrupted_weapons_use(shipped):
    """A drone that "fell"/"crashed" near a town "after being hit by anti-aircraft fire" ("سقطت طائرة مسيرة … بعد
    استهدافها بالمضادات الأرضية") was brought down: its own fall and its being hit are no impact, so Disrupted weapons
    use, no strike. A drone that struck despite the fire is still a strike."""
    for text in ("On 4 May 2025, a Turkish drone fell near Derik (Al-Hasakeh countryside) after being hit by SDF "
                 "anti-aircraft fire.",
                 "On 4 May 2025, an Iranian drone crashed near Sidakan (Soran, Erbil) after it was hit by anti-aircraft "
                 "fire from Peshmerga positions.",
                 "سقطت طائرة مسيرة تركية قرب ديرك بعد استهدافها بالمضادات الأرضية."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Disrupted weapons use",)]), text
    text = "On 4 May 2025, a Turkish drone struck an SDF car near Derik despite SDF anti-aircraft fire, killing 2."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ rockets disarmed before launch
def test_rockets_dismantled_before_launch_are_no_strike(shipped):
    """Rockets that forces "found and dismantled" ("فككت … صواريخ معدة للإطلاق") were disarmed before launch: a
    Disrupted weapons use, as a defused IED is, not a rocket attack. Rockets that hit stay one, whatever was
    dismantled later."""
    for text in ("On 4 May 2025, Iraqi security forces found and dismantled 3 rockets ready to be launched near Rutba "
                 "(Al-Anbar).",
                 "فككت القوات الأمنية ثلاثة صواريخ معدة للإطلاق قرب ناحية البغدادي."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Disrupted weapons use",)]), text
    text = "On 4 May 2025, three rockets hit Ain al-Asad base near Baghdadi (Al-Anbar); a fourth was later dismantled."
    assert coded(text, shipped, "sub_event_type") == (True, [("Shelling/artillery/missile attack",)])


# ------------------------------------------------------------------ one rocket
def test_one_rocket_fired_or_landed_is_a_rocket_attack(shipped):
    """One rocket tells a rocket attack as one missile does ("a rocket fired by unknown assailants landed near X",
    "militias fired a rocket at the base"; Arabic "صاروخ" already is): a strike report. An intercepted one is not."""
    for text in ("On 4 May 2025, a rocket fired by unknown assailants landed near Habbaniyah (Al-Anbar). No casualties.",
                 "On 4 May 2025, Iran-backed militias fired a rocket at the Conoco gas field base in Deir ez-Zor "
                 "countryside. No casualties."):
        assert coded(text, shipped, "sub_event_type") == (True, [("Shelling/artillery/missile attack",)]), text
    text = "On 4 May 2025, a rocket fired by IS at a PMF post near Baaj (Ninewa) was intercepted."
    assert coded(text, shipped, "sub_event_type") == (False, [("Disrupted weapons use",)])


# ------------------------------------------------------------------ "and another wounded"
def test_another_wounded_after_the_dead_is_one_injured(shipped):
    """"1 SDF fighter was killed and another wounded", "killing one man; another was seriously wounded": the verb after
    "another" counts one injured, as "wounding another" (and "وإصابة آخر") does."""
    for text in ("On 4 May 2025, a Turkish drone struck an SDF car near Amuda (Al-Hasakeh countryside). 1 SDF fighter "
                 "was killed and another wounded.",
                 "On 4 May 2025, a Turkish drone struck a car near Amuda, killing one man; another was seriously wounded."):
        assert conftest.facts(text, shipped, "fatalities", "injured", published=PUBLISHED) == [(1, 1)], text


# ------------------------------------------------------------------ where the fire came from
def test_the_base_the_fire_came_from_is_not_the_place_struck(shipped):
    """"fired mortar shells from a base on Gare mountain at X village": the base the fire came from ("from a base
    on …", as "from their positions in …") is where the side stands, not the place struck."""
    text = ("On 4 May 2025, Turkish forces fired mortar shells from a base on Gare mountain at Batifa village (Zakho, "
            "Duhok), damaging a house.")
    assert [location for (location,) in coded(text, shipped, "location")[1]] == ["Batufe"]


# ------------------------------------------------------------------ "fired on"
def test_forces_that_fired_on_people_attacked_them(shipped):
    """"fired on smugglers", "fired on a civilian car" is gunfire at people, as "opened fire on" is: an Attack on
    civilians by the side that fired (Turkey's border guards its forces), no strike; on a side's positions a clash.
    Guns and aircraft that "fired on" a place stay a strike."""
    for text, actor1 in (("On 4 May 2025, Turkish border guards fired on a group of smugglers near Batifa (Zakho, Duhok), "
                          "killing one of them.", "Turkish Armed Forces"),
                         ("On 4 May 2025, IS militants fired on a civilian car near Hajin (Deir ez-Zor countryside), "
                          "killing 2 passengers.", "Islamic State")):
        assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Attack", actor1)]), text
    text = "On 4 May 2025, SDF fighters fired on SNA positions near Tal Tamr (Al-Hasakeh countryside)."
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])
    text = "On 4 May 2025, a Turkish drone fired on a car near Amuda, killing 2."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])
