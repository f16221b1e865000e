"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes21.yaml (issue 16): other events
of the border governorates that name drones, aircraft or shelling in passing, and strikes told in wording new to the
coded-report sets. Each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon
codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ a grenade a drone drops
def test_a_grenade_a_drone_drops_is_an_air_strike(shipped):
    """A grenade a drone drops ("used a drone to drop a grenade", "a grenade dropped by a drone", "بقنبلة يدوية ألقتها
    طائرة مسيرة", "إلقاء طائرة مسيرة قنبلة يدوية") is the drone's strike: ACLED's Air/drone strike covers a non-state
    actor's drones, so IS's is a strike report, not a Grenade attack."""
    for text in ("On 4 May 2025, IS fighters used a drone to drop a grenade on a PMF post near Rutba (Al-Anbar).",
                 "On 4 May 2025, a grenade dropped by a drone wounded 3 Asayish members at a checkpoint in Amuda.",
                 "أصيب ثلاثة من عناصر الأسايش بقنبلة يدوية ألقتها طائرة مسيرة على حاجز في مدينة عامودا",
                 "أصيب عنصران من الحشد جراء إلقاء طائرة مسيرة قنبلة يدوية على نقطة قرب الرطبة"):
        assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)]), text


def test_a_grenade_thrown_by_hand_stays_a_grenade(shipped):
    """A grenade thrown by hand while a drone flies above is the hand's: a Grenade attack, no strike."""
    for text in ("On 4 May 2025, gunmen threw a grenade at an Asayish checkpoint in Amuda while a drone flew overhead.",
                 "ألقى مسلحون قنبلة يدوية على حاجز للأسايش في مدينة عامودا"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Grenade",)]), text


# ------------------------------------------------------------------ aircraft that arrived once the attack was over
def test_aircraft_that_arrived_after_an_attack_struck_nothing(shipped):
    """Aircraft that "arrived" once an attack was over ("fled before army aviation arrived", "قبل وصول طيران الجيش",
    "وانسحبوا بعد وصول المروحيات") struck nothing: the note is the attack's Armed clash, no strike report; aircraft that
    arrived and struck still strike."""
    for text in ("On 4 May 2025, IS militants attacked an army checkpoint near Rutba (Al-Anbar), killing 2 soldiers, and "
                 "fled before army aviation arrived.",
                 "هاجم عناصر من داعش نقطة للجيش العراقي قرب الرطبة وقتلوا جنديين قبل وصول طيران الجيش إلى المنطقة",
                 "هاجم عناصر من داعش نقطة للجيش العراقي قرب الرطبة وقتلوا جنديين وانسحبوا بعد وصول المروحيات"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text
    assert coded("On 4 May 2025, helicopters arrived and struck the IS cell near Rutba (Al-Anbar), killing 2.", shipped,
                 "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ two sides' soldiers and fighters
def test_soldiers_and_fighters_who_exchanged_fire_are_the_two_sides(shipped):
    """"X soldiers and Y fighters exchanged fire" names the clash's two sides, the soldiers' side first; "X soldiers and
    unidentified gunmen exchanged fire" names one side, the other unnamed."""
    assert coded("On 4 May 2025, Iraqi army soldiers and YBS fighters exchanged fire at a checkpoint near Sinjar "
                 "(Ninewa); 1 soldier was wounded.", shipped, "actor1", "actor2") == (
        False, [("Iraqi army", "Sinjar Resistance Units")])
    assert coded("On 4 May 2025, Peshmerga soldiers and PKK fighters clashed near Zakho (Duhok).", shipped,
                 "actor1", "actor2") == (False, [("Peshmerga", "PKK")])
    assert coded("On 4 May 2025, Syrian army soldiers and unidentified gunmen exchanged fire near Al-Mayadin "
                 "(Deir ez-Zor).", shipped, "actor1", "actor2") == (False, [("Syrian army", None)])


# ------------------------------------------------------------------ an armed group's men who killed a civilian
def test_an_armed_groups_men_who_killed_a_civilian_attacked(shipped):
    """"ISIS members killed 2 shepherds": the group's men named after it killed civilians, an Attack by that group (not
    the group struck, as "killing 2 ISIS members" would be)."""
    assert coded("On 4 May 2025, ISIS members killed 2 shepherds near Rutba (Al-Anbar).", shipped,
                 "sub_event_type", "fatalities", "actor1", "actor2") == (False, [("Attack", 2, "Islamic State", None)])


def test_a_sides_men_killed_in_a_headlines_passive_are_the_side_struck(shipped):
    """The headline passive "2 PKK fighters killed according to local sources", "an ISIS emir killed inside": the
    killing verb has no object (no count, no determiner after it), so the side is the one struck, not a killer."""
    for text, side in (("Turkish drone strikes a car near Sidakan, 3 PKK fighters killed according to local sources",
                        "PKK"),
                       ("Coalition helicopters struck a house in Al-Susah town, an ISIS emir killed inside, locals said",
                        "Islamic State")):
        assert coded(text, shipped, "actor2")[1] == [(side,)], text


def test_a_villages_mukhtar_killed_by_an_armed_group_is_a_civilian_attacked(shipped):
    """A village's mukhtar or chief an armed group killed ("ISIS militants killed the mukhtar of X", "خلايا داعش تقتل
    مختار قرية") is a civilian attacked: an Attack by that group."""
    for text in ("On 4 May 2025, ISIS militants killed the mukhtar of a village near Rutba (Al-Anbar).",
                 "On 4 May 2025, ISIS fighters killed a village chief near Rutba (Al-Anbar).",
                 "خلايا داعش تقتل مختار قرية قرب الرطبة"):
        assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Attack", "Islamic State")]), text


# ------------------------------------------------------------------ a longer name spelled otherwise
def test_a_known_name_inside_a_longer_name_spelled_otherwise_is_the_longer_place(shipped):
    """"Burj Sharqiya (Al-Hasakah)": a gazetteer name ("Burj") that opens a longer name the gazetteer has under another
    spelling (Burj Sharqiyah, its -ah written -a) is part of it: the longer place, not the shorter namesake."""
    for text, place in (("On 4 May 2025, a Turkish drone struck a car in Burj Sharqiya (Al-Hasakah), killing 2.",
                         "Burj Sharqiyah"),
                        ("On 4 May 2025, a Turkish drone struck a car in Hanna Sharqiya (Al-Hasakah), killing 2.",
                         "Hanna Sharqiyah"),
                        ("On 4 May 2025, a landmine exploded in Bash Tabba (Erbil), wounding a shepherd.", "Bash Tabbah")):
        assert coded(text, shipped, "location")[1] == [(place,)], text



def test_a_name_found_again_by_spelling_keeps_its_own_shorter_key(shipped):
    """"Al-Hamra and Al-Ramadi villages near Albu Kamal": the exact name inside the longer spelled one is the same
    place (the Ar Ramadi of Deir ez-Zor), so its later mention still takes its own clause: a toll told for one
    village ("4 killed in Al-Sukkariyah, no word on losses in Al-Ramadi") is not the other's."""
    text = ("US strikes overnight hit militia positions in Al-Sukkariyah and Al-Ramadi villages near Albu Kamal. "
            "Local media: 3 militia members killed in Al-Sukkariyah, no word on losses in Al-Ramadi")
    assert coded(text, shipped, "location", "fatalities")[1] == [("As Sukkariyah", 3), ("Ar Ramadi", None)]


# ------------------------------------------------------------------ Ankara's "PKK/YPG terrorists"
def test_ankaras_pkk_ypg_terrorists_neutralised_are_the_toll(shipped):
    """"the ministry said 2 PKK/YPG terrorists were neutralised": Ankara's count of the group it names with a slash is
    the toll, as its "2 PKK terrorists were neutralised" is (the settled convention: the only figure of one placed
    event)."""
    for text, toll in (("On 4 May 2025, a Turkish drone struck a car near Amuda; the Turkish defence ministry said 2 "
                        "PKK/YPG terrorists were neutralised.", 2),
                       ("On 4 May 2025, Turkish commandos clashed with PKK fighters near Zakho (Duhok); the ministry said 3 "
                        "'PKK/KCK terrorists' were neutralised.", 3)):
        assert [fatalities for (fatalities,) in coded(text, shipped, "fatalities")[1]] == [toll], text


# ------------------------------------------------------------------ two sides shelling each other
def test_two_sides_shelling_each_other_is_a_clash(shipped):
    """Two sides that "shelled each other's positions" across a river, or "mutual shelling" ("قصف متبادل"), fought: the
    codebook's Armed clash between them, no one-sided Shelling and no strike report."""
    assert coded("On 4 May 2025, Syrian army units and the SDF shelled each other's positions across the Euphrates "
                 "near Al-Mayadin (Deir ez-Zor).", shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Syrian army", "Syrian Democratic Forces")])
    for text in ("On 4 May 2025, mutual shelling between the SDF and the Syrian army hit villages near Al-Mayadin "
                 "(Deir ez-Zor), wounding 2 civilians.",
                 "قصف متبادل بين قسد وقوات الحكومة السورية عبر نهر الفرات قرب الميادين"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


# ------------------------------------------------------------------ a shell found and made safe
def test_a_shell_found_and_made_safe_is_no_shelling(shipped):
    """A mortar shell or rocket found lying and made safe ("عثرت قوات البيشمركة على قذيفة هاون … وقامت بتفكيكها", "تم
    العثور على صاروخ … وإبطال مفعوله") was never fired: no shelling, no strike report; a shelling told beside a shell
    found after it stays one."""
    for text in ("عثرت قوات البيشمركة على قذيفة هاون قرب زاخو وقامت بتفكيكها",
                 "تم العثور على صاروخ غير منفجر قرب زاخو وإبطال مفعوله"):
        assert not coded(text, shipped, "sub_event_type")[0], text
    assert coded("قصفت المدفعية التركية قرية قرب زاخو وعثر الأهالي على قذيفة لم تنفجر", shipped, "sub_event_type") == (
        True, [("Shelling/artillery/missile attack",)])
