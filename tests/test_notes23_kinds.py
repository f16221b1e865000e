"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes23.yaml (issue 16): armed clashes
in which a side used a drone or a drone flew overhead, and other wording of the border governorates' notes. Each
codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)
first = partial(conftest.first, published=PUBLISHED)


# ------------------------------------------------------------------ a clash in which a side used a drone
def test_a_drone_a_side_used_in_a_clash_is_the_clashs_weapon(shipped):
    """A clash a clash word names, in which one of its sides used a drone ("clashed with PKK fighters; the militants
    used a quadcopter to drop explosives on the soldiers", "استخدم مسلحو داعش طائرة مسيرة خلال الاشتباك"), is one Armed
    clash, as the codebook codes air power used in a battle: no strike report."""
    for text in ("On 3 May 2025, Turkish commandos clashed with PKK fighters near Sidakan; the militants used a quadcopter "
                 "to drop explosives on the soldiers. 1 soldier was wounded.",
                 "On 3 May 2025, SDF fighters clashed with IS militants near Shaddadi, using drones against their hideout; "
                 "3 militants were killed.",
                 "اشتبكت قوات سوريا الديمقراطية مع خلايا داعش قرب الشدادي، واستخدم مسلحو داعش طائرة مسيرة خلال الاشتباك، "
                 "ما أدى إلى مقتل مقاتلين اثنين"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


def test_a_drone_used_without_a_clash_word_stays_a_strike(shipped):
    """Used by an attacker with no clash told ("IS used a drone to attack an SDF post"), the drone is the strike."""
    for text in ("On 3 May 2025, IS militants used a drone to attack an SDF post near Shaddadi, wounding 2 fighters.",
                 "استخدم مسلحو داعش طائرة مسيرة لاستهداف نقطة لقسد قرب الشدادي، ما أدى إلى إصابة مقاتلين اثنين"):
        assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)]), text


def test_a_drone_dropping_a_grenade_during_a_clash_is_the_clash(shipped):
    """A drone's drop "during a clash", "during clashes" (any article, or none) is part of the clash."""
    for text in ("On 3 May 2025, army troops dropped a grenade from a drone on IS militants during a clash near Rutba; "
                 "2 militants were killed.",
                 "On 3 May 2025, a drone of the SDF dropped a grenade on SNA fighters during clashes near Tal Tamr."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


def test_a_drone_among_a_ground_attacks_guns_is_the_attacks(shipped):
    """A drone named with a ground attack's guns ("attacked a post with rifles and a drone", "with drones and heavy
    weapons") is one of the attack's weapons: a battle when the side attacked is armed, no strike report."""
    for text in ("On 3 May 2025, IS militants attacked an army post near Rutba with heavy machine guns and a small drone; "
                 "1 soldier was killed.",
                 "On 3 May 2025, PKK fighters attacked a Turkish base near Zakho with drones and heavy weapons, "
                 "killing 2 soldiers."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


def test_attackers_repelled_by_their_pronoun_fought_back(shipped):
    """The side attacked driving the attackers back named by a pronoun ("before soldiers repelled them", "fought them
    off") fought back: the parties' exchange, an Armed clash even though a drone was in the attack."""
    for text in ("On 3 May 2025, IS militants attacked an SDF post near Shaddadi with a drone before the fighters repelled "
                 "them; 1 fighter was killed.",
                 "On 3 May 2025, PKK fighters attacked a Turkish outpost near Zakho with a drone; the soldiers fought them "
                 "off, killing 2."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


# ------------------------------------------------------------------ a drone overhead
def test_a_drone_overhead_or_its_flights_strike_nothing(shipped):
    """A drone that "circled overhead", "appeared overhead", or "drone flights" a clash took place amid are the clash's
    backdrop: the clash is the event, the drone's side no actor of it."""
    for text, actors in (
            ("On 3 May 2025, SDF fighters clashed with SNA factions near Tal Tamr as a Turkish drone circled overhead; "
             "1 fighter was killed.", ("Syrian Democratic Forces", "Syrian National Army")),
            ("On 3 May 2025, SDF fighters and SNA factions clashed near Ain Issa amid Turkish drone flights; 2 SNA "
             "fighters were killed.", ("Syrian Democratic Forces", "Syrian National Army"))):
        assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (False, [("Armed clash", *actors)]), text


# ------------------------------------------------------------------ a coded note's tag
def test_a_notes_women_targeted_tag_is_no_strike(shipped):
    """A coded note's bracketed tag ("[women targeted: Relatives of targeted groups or persons]") is its metadata: its
    "targeted" is no strike, even where the note's own sentence, weeks old at publication, is background."""
    for text in ("On 12 April 2025, unknown gunmen shot dead a woman in Shaddadi (Al-Hasakah). Fatalities: 1. "
                 "[women targeted: Relatives of targeted groups or persons]",
                 "Attack: On 12 April 2025, gunmen opened fire on a car near Sinjar, wounding a woman. "
                 "[women targeted: Government officials] Fatalities: 0."):
        assert coded(text, shipped, "sub_event_type") == (False, [("Attack",)]), text


def test_a_strike_with_a_women_targeted_tag_inside_its_sentence_stays_the_strike(shipped):
    """The tag inside a strike's sentence takes nothing from it: the drone struck, its toll stands."""
    text = ("On 2 May 2025, a Turkish drone struck a car near Amuda, killing a woman and her son "
            "[women targeted: Relatives of targeted groups or persons]. Fatalities: 2.")
    assert coded(text, shipped, "sub_event_type", "fatalities") == (True, [("Air/drone strike", 2)])


# ------------------------------------------------------------------ a note's own type label
def test_a_violent_label_makes_the_note_one_event_of_its_type(shipped):
    """A coded note opening with a violent type the coder has ("Armed clash: ", "Attack: ") is one event of that type,
    even where its sentence alone weighs too little to make one ("IS militants attacked an SDF post in X.")."""
    for text, kind in (
            ("Armed clash: On 3 May 2025, IS militants attacked an SDF post in Shaddadi (Al-Hasakah). Fatalities: 2.",
             "Armed clash"),
            ("Attack: On 3 May 2025, gunmen opened fire on a house in Sinjar (Ninewa). Fatalities: 0.", "Attack")):
        assert coded(text, shipped, "sub_event_type") == (False, [(kind,)]), text


def test_a_violent_label_types_the_note_whatever_weapons_its_sentence_names(shipped):
    """The label is the type ACLED's coder gave the note: "Armed clash: … Turkish drones hit the fighters' positions"
    is the clash (no strike report), "Air/drone strike: …" a strike."""
    text = ("Armed clash: On 3 May 2025, PKK fighters and Turkish soldiers fought near Sidakan (Erbil), and Turkish drones "
            "hit the fighters' positions; 2 fighters were killed. Fatalities: 2.")
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])
    text = "Air/drone strike: On 3 May 2025, army aviation hit IS militants in caves near Rutba (Anbar). Fatalities: 3."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ a ground force's aircraft support
def test_a_side_guided_by_a_drone_is_the_side_that_clashed(shipped):
    """A side "guided by" a drone is supported by it, as "backed by": "army troops, guided by a reconnaissance drone,
    clashed with IS" are the side that clashed (actor1), IS the other."""
    text = ("On 3 May 2025, Iraqi army troops, guided by a reconnaissance drone, clashed with IS militants near Rutba "
            "(Anbar); 2 militants were killed.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Iraqi army", "Islamic State")])


def test_drones_backing_a_ground_attack_are_no_side_of_it(shipped):
    """Aircraft that back a ground attack ("SNA factions, backed by Turkish drones, attacked SDF positions") are its
    support: the side that attacked is actor1, not the aircraft's state."""
    text = ("On 3 May 2025, SNA factions, backed by Turkish drones, attacked SDF positions near Tal Tamr (Al-Hasakah); "
            "3 SDF fighters were killed.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Syrian National Army", "Syrian Democratic Forces")])


# ------------------------------------------------------------------ an intercepted weapon's state
def test_an_intercepted_weapons_state_by_its_adjective(shipped):
    """The side whose weapon was stopped is its state's, named by the adjective on a weapon the actors' list does not
    hold ("intercepted a Turkish suicide drone", "shot down an Iranian kamikaze drone"): actor2."""
    for text, actors in (
            ("On 3 May 2025, SDF air defences intercepted a Turkish suicide drone near Tal Tamr (Al-Hasakah).",
             ("Syrian Democratic Forces", "Turkish Armed Forces")),
            ("On 3 May 2025, Peshmerga forces shot down an Iranian kamikaze drone near Sidakan (Erbil).",
             ("Peshmerga", "IRGC"))):
        assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
            False, [("Disrupted weapons use", *actors)]), text
