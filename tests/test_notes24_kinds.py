"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes24.yaml (issue 16): notes of
ground taken with air cover, mob violence that names a strike, weapons stopped near a target they were aimed at, and
other wording of the border governorates' notes. Each codebook rule on sentences of its own, not the fixture's, through
``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)
first = partial(conftest.first, published=PUBLISHED)


# ------------------------------------------------------------------ ground taken: its own Battles event
def test_ground_a_note_says_was_taken_is_its_own_battle(shipped):
    """A coded note of ground taken ("Government regains territory: …", "Non-state actor overtakes territory: …") is
    one event of that Battles type, between the side that took the ground and the side that lost it; the aircraft that
    covered it strike nothing of their own and are no side of it (ACLED codes the territorial change, not a strike)."""
    for text, sides in (
            ("Government regains territory: On 3 May 2025, Iraqi army units, under air cover from Iraqi helicopters, "
             "retook hills held by ISIS near Qayyarah (Mosul district, Ninewa).", ("Iraqi army", "Islamic State")),
            ("Non-state actor overtakes territory: On 3 May 2025, SNA factions, under Turkish drone cover, seized Tal Tamr "
             "from the SDF after a day of fighting.", ("Syrian National Army", "Syrian Democratic Forces")),
            ("Government regains territory: On 3 May 2025, Syrian army forces, backed by helicopter gunships, recaptured "
             "Ain Issa from the SDF; 2 fighters were killed.", ("Syrian army", "Syrian Democratic Forces"))):
        kind = text.split(":")[0]
        assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (False, [(kind, *sides)]), text


def test_a_note_of_ground_taken_reads_its_sides_past_its_toll_line(shipped):
    """Its sides are the note's whatever its toll line says ("Fatalities unknown." is no striker left unknown: the
    covering aircraft's own sentence stays the note's)."""
    for toll in ("", " Fatalities unknown.", " [casualties unknown]"):
        text = ("Government regains territory: On 3 May 2025, Iraqi army units, under air cover from Iraqi F-16s, retook "
                "hills held by ISIS near Qayyarah (Mosul district, Ninewa)." + toll)
        assert first(text, shipped, "actor1", "actor2") == ("Iraqi army", "Islamic State"), text


def test_the_side_that_withdrew_lost_the_ground(shipped):
    """The side said to have withdrawn ("entered X after SDF fighters withdrew") lost the ground; the village a force
    "entered", "regained" or "captured" is the note's place, as a strike verb's is."""
    for text in ("Government regains territory: On 3 May 2025, Syrian army forces entered Fashik (Al-Tabqa countryside, "
                 "Raqqa) after SDF fighters withdrew.",
                 "Government regains territory: On 3 May 2025, Syrian army forces regained Fashik (Al-Tabqa countryside, "
                 "Raqqa) from the SDF."):
        assert first(text, shipped, "location", "actor1", "actor2") == (
            "Fashik", "Syrian army", "Syrian Democratic Forces"), text


# ------------------------------------------------------------------ mob violence that names a strike
def test_a_mob_violence_note_is_no_strike_report(shipped):
    """A coded note of mob violence ("Mob violence: …", "Violent demonstration: …") is a riot, whatever strike it
    names as its cause ("beat a man accused of guiding a drone strike", "after a Turkish drone strike killed a farmer"):
    no strike report, no event of ours (the coder has no Riots type)."""
    for text in ("Mob violence: On 3 May 2025, residents of Sidakan beat two men they accused of guiding a Turkish drone "
                 "strike that killed a shepherd last week. [size=around 30]",
                 "Mob violence: On 3 May 2025, angry villagers near Amadiya set fire to a Turkish army vehicle after a "
                 "Turkish drone strike killed a farmer the day before.",
                 "Violent demonstration: On 3 May 2025, relatives of two men killed in a coalition air strike stormed the "
                 "local council building in Hajin and smashed its windows."):
        assert coded(text, shipped, "sub_event_type") == (False, []), text


# ------------------------------------------------------------------ a weapon stopped short of its target
def test_a_stopped_weapons_target_is_not_its_place(shipped):
    """A weapon stopped before it hit (Disrupted weapons use: a launch pad seized, a drone intercepted) is placed where
    the note places it ("near X", "over X"), not at the target it was aimed at ("aimed at Ain al-Asad base",
    "approaching Erbil airport", "launched towards Al-Hol camp")."""
    for text, place in (
            ("Disrupted weapons use: On 3 May 2025, Iraqi security forces seized a rocket launch pad aimed at Ain al-Asad "
             "base in an orchard near Khan al-Baghdadi (Hit district, Anbar).", "Khan al-Baghdadi"),
            ("Disrupted weapons use: On 3 May 2025, coalition air defences shot down a drone approaching Erbil airport "
             "over Ainkawa (Erbil district, Erbil).", "Enkawa"),
            ("Disrupted weapons use: On 3 May 2025, the SDF intercepted a drone launched towards Al-Hol camp over Tal "
             "Hamis (Al-Hasakah countryside).", "Tall Hamis")):
        assert first(text, shipped, "location", "sub_event_type")[1] == "Disrupted weapons use", text
        assert first(text, shipped, "location")[0] == place, text


def test_a_target_the_weapon_hit_stays_its_place(shipped):
    """A weapon that reached its target struck there ("rockets were fired at Ain al-Asad base from X")."""
    text = "On 3 May 2025, three rockets were fired at Ain al-Asad base from farmland near Al-Baghdadi, causing no casualties."
    assert first(text, shipped, "location")[0] == "Al-Asad Air Base"


# ------------------------------------------------------------------ a side that says it stopped a weapon
def test_a_side_that_says_it_downed_a_drone_stopped_it(shipped):
    """A side that says it shot down or intercepted a weapon ("PKK fighters said they shot down a Turkish drone", "the
    SDF said it had intercepted two drones launched by ISIS") is who stopped it: the Disrupted weapons use's actor1,
    the weapon's side its actor2 (as "X shot down" is)."""
    for text, sides in (("On 3 May 2025, PKK fighters said they shot down a Turkish drone near Sidakan.",
                         ("PKK", "Turkish Armed Forces")),
                        ("On 3 May 2025, the SDF said it had intercepted two drones launched by ISIS near Tal Hamis.",
                         ("Syrian Democratic Forces", "Islamic State"))):
        assert first(text, shipped, "sub_event_type", "actor1", "actor2") == ("Disrupted weapons use", *sides), text


# ------------------------------------------------------------------ an earlier strike where the event took place
def test_an_earlier_strike_a_closing_where_clause_recalls_is_background(shipped):
    """A "where" clause closing the sentence that recalls an earlier strike at the place ("gunmen shot dead a farmer
    near X, where a Turkish drone had struck a car two days earlier") is background: the gunmen's attack or the mine is
    the event, the drone neither its type nor its side (ACLED codes the recalled strike, if at all, on its own day)."""
    for text, kind in (("On 5 October 2026, gunmen shot dead a farmer near Amuda, where a Turkish drone had struck a car "
                        "two days earlier.", "Attack"),
                       ("On 5 October 2026, a landmine wounded a shepherd near Amuda, where Turkish artillery had shelled "
                        "the fields days earlier.", "Remote explosive/landmine/IED")):
        assert coded(text, shipped, "sub_event_type", "actor1") == (False, [(kind, None)]), text


def test_a_strike_told_before_a_where_clause_stays_news(shipped):
    """The strike the sentence tells before such a clause stays the news ("struck a house in X, where PKK members had
    gathered days earlier")."""
    text = "On 5 October 2026, a Turkish drone struck a house in Amadiya where PKK members had gathered days earlier."
    assert coded(text, shipped, "sub_event_type", "actor1") == (True, [("Air/drone strike", "Turkish Armed Forces")])


def test_a_stopped_weapon_placed_only_at_its_target_stays_there(shipped):
    """A stopped weapon the note places nowhere but at its target, its governorate in brackets ("intercepted a rocket
    fired at Ain al-Asad air base (Al-Anbar)"), is coded at the target: the bracket labels it, it is no other place."""
    text = "Disrupted weapons use: On 3 May 2025, US air defences intercepted a rocket fired at Ain al-Asad air base (Al-Anbar)."
    assert first(text, shipped, "location", "sub_event_type") == ("Al-Asad Air Base", "Disrupted weapons use")


# ------------------------------------------------------------------ one aircraft backing a side of a clash
def test_one_aircraft_backing_a_side_is_no_side_of_the_clash(shipped):
    """A side of a clash backed by one aircraft of another force ("PMF fighters, supported by an Iraqi army drone,
    clashed with ISIS", "backed by a US drone") fought the clash: the aircraft's force is no side of it, as "supported by
    the Iraqi air force" is none."""
    for text, sides in (("Armed clash: On 20 October 2026, PMF fighters, supported by an Iraqi army drone, clashed with "
                         "ISIS militants near Baiji; 2 militants were killed.", ("Popular Mobilization Forces", "Islamic State")),
                        ("Armed clash: On 20 October 2026, Peshmerga forces, backed by a coalition helicopter, clashed with "
                         "ISIS militants near Makhmour.", ("Peshmerga", "Islamic State"))):
        assert first(text, shipped, "sub_event_type", "actor1", "actor2") == ("Armed clash", *sides), text
