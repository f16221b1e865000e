"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes20.yaml (issue 16): other events
of the border governorates, Iraq's above all, that name aircraft in passing yet tell no strike. Each codebook rule on
sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ aircraft sent for after the event
def test_aircraft_sent_for_after_an_attack_struck_nothing(shipped):
    """Aircraft "called in", "sent" or "dispatched" once an attack was over ("helicopters were later dispatched to the
    area", "army aviation was then sent to search the valley", "وتم استدعاء طيران الجيش") struck nothing: the note is
    the attack's, an Armed clash on a post, an Attack on a shepherd, no strike report."""
    for text, kind in (("On 4 May 2025, IS militants attacked a PMF post near Baaj (Ninewa), killing 2 fighters; "
                        "helicopters were later dispatched to the area.", "Armed clash"),
                       ("On 4 May 2025, IS militants killed a shepherd near Rutba (Al-Anbar); army aviation was then "
                        "sent to search the valley.", "Attack"),
                       ("هاجم عناصر داعش نقطة للحشد الشعبي قرب البعاج وقتلوا مقاتلين اثنين، وتم استدعاء طيران الجيش "
                        "إلى المنطقة", "Armed clash")):
        assert coded(text, shipped, "sub_event_type") == (False, [(kind,)]), text


# ------------------------------------------------------------------ aircraft backing a ground operation
def test_aircraft_backing_a_ground_operation_are_no_strike(shipped):
    """A ground force's search or clearing operation "backed by army aviation" ("بإسناد من الطيران الحربي") that found no
    one is no violent event: the aircraft backed the operation and struck nothing of their own."""
    for text in ("On 4 May 2025, Iraqi forces, backed by army aviation and coalition aircraft, carried out a search "
                 "operation near Rutba (Al-Anbar); no ISIS members were found.",
                 "قوات الجيش العراقي تنفذ عملية تمشيط بإسناد من الطيران الحربي في صحراء الرطبة"):
        assert coded(text, shipped, "sub_event_type") == (False, []), text


def test_a_clash_backed_by_aircraft_stays_an_event(shipped):
    """Aircraft backing a clash or an attack on a side strike nothing of their own, yet the fighting they backed is an
    event: "SNA factions attacked SDF positions …, supported by Turkish drones" is an Armed clash."""
    text = ("On 4 May 2025, SNA factions attacked SDF positions near Ain Issa (Ar-Raqqa countryside), supported by "
            "Turkish drones; the SDF repelled the attack. 3 SNA fighters were killed.")
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


def test_aircraft_that_strike_backed_by_others_stay_a_strike(shipped):
    """Aircraft that struck, backed by other aircraft, are a strike: "Iraqi F-16s, backed by coalition drones, struck"."""
    text = "On 4 May 2025, Iraqi F-16s, backed by coalition drones, struck ISIS hideouts near Rutba (Al-Anbar), killing 3."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ aircraft over a fight, or carrying its wounded
def test_aircraft_flying_overhead_a_clash_are_no_part_of_it(shipped):
    """Aircraft that "flew overhead" a clash were seen, not striking: the clash is an Armed clash, no strike report."""
    text = "On 4 May 2025, Peshmerga clashed with IS near Gwer (Makhmur, Erbil), as coalition jets flew overhead."
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


def test_aircraft_that_evacuated_the_wounded_struck_nothing(shipped):
    """Aircraft that evacuated the wounded of a clash ("army aviation evacuated 3 soldiers wounded in clashes",
    "مروحيات لإخلاء الجرحى") carried them: the clash is the event, no strike."""
    for text in ("On 4 May 2025, army aviation evacuated 3 soldiers wounded in clashes with ISIS near Rutba (Al-Anbar).",
                 "وصلت مروحيات لإخلاء الجرحى بعد الاشتباكات مع داعش قرب الرطبة"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


# ------------------------------------------------------------------ the charge of an arrest
def test_the_charge_of_an_arrest_is_no_strike(shipped):
    """What the arrested are "accused of" or "suspected of" ("accused of firing mortar shells at a Turkish base") is the
    charge, whatever act it names: an arrest, no event."""
    for text in ("On 4 May 2025, Asayish arrested 2 men in Zakho (Duhok) accused of firing mortar shells at a Turkish "
                 "base.",
                 "On 4 May 2025, the PMF detained a man near Baaj (Ninewa) suspected of launching rockets at a US base.",
                 "اعتقلت الأسايش شخصين في زاخو متهمين بإطلاق قذائف هاون على قاعدة تركية"):
        assert coded(text, shipped, "sub_event_type") == (False, []), text
    # (a victim described so is no charge: the strike that killed him is the news)
    text = ("A man suspected of belonging to ISIS cells was killed this morning when a coalition drone targeted his "
            "motorcycle in Hajin, in the eastern countryside of Deir Ezzor.")
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ the sides of a clash
def test_two_sides_that_clashed_with_their_weapons_are_the_two_sides(shipped):
    """"X and Y clashed with heavy weapons": the weapons after "with" are no third side, so X and Y fought each other
    (actor1 X, actor2 Y), as in "X and Y clashed"; "X and Y clashed with Z" stays one side against Z."""
    text = "On 5 May 2026, the SDF and SNA factions clashed with heavy weapons near Ain Issa (Raqqa). 2 were killed."
    assert coded(text, shipped, "actor1", "actor2") == (
        False, [("Syrian Democratic Forces", "Syrian National Army")])
    text = "On 5 May 2026, tribal gunmen and Syrian army soldiers clashed with machine guns and mortars in Hajin (Deir ez-Zor)."
    assert coded(text, shipped, "actor1", "actor2") == (False, [("Tribal forces", "Syrian army")])
    text = "On 5 May 2026, the SDF and SNA factions clashed with the YPG near Ain Issa (Raqqa)."
    assert coded(text, shipped, "actor1", "actor2") == (False, [("Syrian Democratic Forces", "YPG")])


def test_turkish_commandos_and_the_tribal_mobilisation_are_their_forces(shipped):
    """Turkey's commandos and special forces ("Turkish commandos clashed with PKK fighters", "الكوماندوز التركي") are its
    forces; "the tribal mobilisation" (British spelling) the tribal forces."""
    for text in ("On 5 May 2026, Turkish commandos and PKK fighters clashed near Batifa (Zakho, Duhok).",
                 "اشتبك الكوماندوز التركي مع مقاتلي حزب العمال الكردستاني قرب قرية باطوفة في قضاء زاخو"):
        assert coded(text, shipped, "actor1", "actor2") == (False, [("Turkish Armed Forces", "PKK")]), text
    text = "On 5 May 2026, IS militants attacked a post of the tribal mobilisation near Rutba (Al-Anbar), killing 2."
    assert coded(text, shipped, "actor1", "actor2") == (False, [("Islamic State", "Tribal forces")])


# ------------------------------------------------------------------ a terrain region and the village near it
def test_a_village_near_which_a_terrain_region_was_struck_is_the_place(shipped):
    """"In the Bradost area near X", "في منطقة متينا قرب قرية X": the terrain region labels the village of its district
    that its sentence places the strike near, the finer place and the strike's (around it: precision 2); a town named
    beside the region ("the Zap region near Amadiya") stays its reference point."""
    text = "On 5 May 2026, a Turkish drone struck a car in the Bradost area near Razkarin (Soran, Erbil), killing 2."
    assert coded(text, shipped, "location", "geo_precision")[1] == [("Razkarin", 2)]
    text = "قصفت مسيرة تركية سيارة في منطقة متينا قرب قرية كاني ماسي التابعة لقضاء العمادية"
    assert coded(text, shipped, "location", "geo_precision")[1] == [("Ain Nuni", 2)]
    text = "On 5 May 2026, Turkish jets bombed the Zap region near Amadiya (Duhok). Fatalities unknown."
    assert coded(text, shipped, "location", "geo_precision")[1] == [("Zap", 2)]
    # (the region struck is the place, the village near it its reference point)
    text = "On 5 May 2026, Turkish jets struck the Metina mountains near Kani Masi (Amadiya, Duhok). No word on casualties."
    assert coded(text, shipped, "location", "geo_precision")[1] == [("Metina", 2)]


# ------------------------------------------------------------------ notes that open with a type of no strike
def test_a_note_opening_with_a_type_the_coder_has_not_is_no_strike(shipped):
    """A coded note that opens with ACLED's type of no strike ("Looting/property destruction: ", "Protest with
    intervention: ", "Abduction/forced disappearance: ") tells that event, whatever strikes it names."""
    for text in ("Looting/property destruction: On 9 June 2026, PMF members looted houses in Sinuni (Sinjar, Ninewa) "
                 "that had been damaged by Turkish airstrikes.",
                 "Protest with intervention: On 9 June 2026, police dispersed residents of Zakho (Duhok) who protested "
                 "against a Turkish drone strike on a car in Batifa.",
                 "Abduction/forced disappearance: On 9 June 2026, gunmen abducted a shepherd near Baaj (Ninewa) after "
                 "army aviation bombed a nearby ISIS hideout."):
        assert coded(text, shipped, "sub_event_type") == (False, []), text


# ------------------------------------------------------------------ a campaign before the news
def test_weeks_of_strikes_before_the_news_are_background(shipped):
    """"After weeks of Turkish airstrikes" names a campaign, no strike of the note: the withdrawal it led to is the
    news (a non-violent transfer of territory, no event)."""
    text = ("On 9 June 2026, PKK fighters withdrew from positions near Kani Masi (Amadiya, Duhok) after weeks of Turkish "
            "airstrikes; Peshmerga forces took over the area without fighting.")
    assert coded(text, shipped, "sub_event_type") == (False, [])
    # (weeks of a lull are no campaign: the strike after them is the news)
    text = "After weeks of relative calm, Turkish drones struck a car near Zakho on Tuesday, killing 2 people."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ fire answered
def test_an_attack_answered_with_retaliatory_fire_is_a_clash(shipped):
    """An attack on a base that the side attacked "answered with retaliatory fire" ("وردت القوات التركية بنيران
    مضادة") is an exchange of fire: an Armed clash, no shelling."""
    for text in ("On 9 June 2026, PKK militants attacked a Turkish base near Kani Masi (Amadiya, Duhok) with mortars; "
                 "Turkish forces answered with retaliatory fire. Fatalities unknown.",
                 "هاجم مقاتلو حزب العمال الكردستاني قاعدة تركية قرب كاني ماسي بقذائف الهاون، وردت القوات التركية بنيران "
                 "مضادة"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)]), text


# ------------------------------------------------------------------ a ground raid
def test_a_raid_that_arrested_under_aircraft_cover_is_no_strike(shipped):
    """A raid whose sentence tells arrests ("a joint raid …, arresting 3 ISIS suspects") is a ground raid, and the
    aircraft that "covered the raid" or "provided air cover" struck nothing: an arrest, no event; aircraft that
    "raided" a hideout, killing, still strike."""
    for text in ("On 9 June 2026, US forces conducted a joint raid with Iraqi CTS in Rawa (Anbar), arresting 3 ISIS "
                 "suspects; helicopters and drones covered the raid.",
                 "On 9 June 2026, the SDF carried out a raid in Hajin (Deir ez-Zor), detaining 2 ISIS suspects, while "
                 "coalition drones provided air cover."):
        assert coded(text, shipped, "sub_event_type") == (False, []), text
    text = "On 9 June 2026, US drones raided an ISIS hideout near Rawa (Anbar), killing 2."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ a short name's final -a
def test_a_short_name_found_with_its_final_a_or_ah_as_the_gazetteer_writes_it(shipped):
    """A short village name whose final -a the gazetteer writes -ah after its assimilated article ("Al-Tima" for At
    Timah of Ba'aj district) is that village, as "Al-Timah" is: no other place of the governorate is written so."""
    text = "On 3 March 2026, a landmine exploded near Al-Tima (Al-Baaj district, Nineveh), killing a shepherd."
    assert coded(text, shipped, "location", "geo_precision")[1] == [("At Timah", 2)]


# ------------------------------------------------------------------ a drone downed before it hit
def test_a_drone_downed_before_it_hit_its_target_hit_nothing(shipped):
    """A drone shot down "before it hit its target" (as "قبل أن تصيب هدفها" already is) hit nothing: Disrupted weapons use by the
    side that downed it, no strike."""
    for text in ("On 11 June 2026, the SDF shot down a kamikaze drone launched by SNA factions near Ain Issa (Raqqa) "
                 "before it hit its target.",
                 "أسقطت قسد طائرة مسيرة انتحارية أطلقتها الفصائل قرب عين عيسى قبل أن تصيب هدفها"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Disrupted weapons use",)]), text


# ------------------------------------------------------------------ shelling answered by shelling
def test_shelling_answered_by_shelling_is_a_clash(shipped):
    """Shelling the side shelled answered at once "by shelling" the attackers' positions is an exchange of fire between
    the parties: an Armed clash (the first side named first), no shelling report."""
    text = ("On 11 June 2026, SNA factions shelled SDF positions near Tal Tamr (Al-Hasakah), and the SDF responded by "
            "shelling SNA positions. Fatalities unknown.")
    assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Armed clash", "Syrian National Army")])


# ------------------------------------------------------------------ troops redeployed after strikes
def test_troops_redeployed_after_strikes_report_no_strike(shipped):
    """Fighters "redeployed" after strikes hit them ("إعادة انتشار … بعد غارات") is the aftermath, a troop movement:
    no strike report, unless the sentence tells the strike's toll."""
    for text in ("On 11 June 2026, Iran-backed militias redeployed their fighters around Al-Mayadin (Deir ez-Zor) after "
                 "Israeli strikes hit their positions.",
                 "قامت الميليشيات الإيرانية بإعادة انتشار عناصرها في محيط الميادين بعد غارات إسرائيلية استهدفت مواقعها"):
        assert coded(text, shipped, "sub_event_type") == (False, []), text
    text = "Israeli strikes hit militia positions in Al-Mayadin, killing 5; the militias later redeployed their fighters."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ aircraft that searched
def test_aircraft_that_combed_or_monitored_the_area_struck_nothing(shipped):
    """Aircraft that "combed" or "was monitoring" the area ("قامت طائرات الجيش بتمشيط المنطقة") searched it: no strike;
    the killing beside them is an Attack. Aircraft that combed the desert and struck a vehicle still strike."""
    text = ("On 12 June 2026, unknown gunmen killed a mukhtar near Hawija (Kirkuk); a drone was monitoring the area at "
            "the time.")
    assert coded(text, shipped, "sub_event_type") == (False, [("Attack",)])
    text = "هاجم عناصر من داعش نقطة للجيش قرب الرطبة، وقامت طائرات الجيش بتمشيط المنطقة بحثا عن المهاجمين"
    assert coded(text, shipped, "sub_event_type")[0] is False
    text = ("On 12 June 2026, army helicopters combed the desert near Rutba (Al-Anbar) and struck a vehicle carrying "
            "ISIS members, killing 3.")
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


# ------------------------------------------------------------------ Turkey's drones by name
def test_turkish_drones_named_by_their_make_are_turkish_forces(shipped):
    """A Bayraktar drone ("طائرة بيرقدار") is one of the drones Turkey flies over Iraq and Syria: the side that struck
    with it, or whose drone was shot down, is the Turkish Armed Forces."""
    for text in ("On 3 May 2026, a Bayraktar drone struck a car near Kani Masi (Amadiya, Duhok), killing 2 people.",
                 "قصفت طائرة بيرقدار سيارة قرب قرية كاني ماسي في قضاء العمادية"):
        assert coded(text, shipped, "actor1") == (True, [("Turkish Armed Forces",)]), text
    text = "On 4 December 2026, PKK fighters shot down a Turkish Bayraktar drone over Batifa (Zakho, Duhok)."
    assert coded(text, shipped, "actor1", "actor2") == (False, [("PKK", "Turkish Armed Forces")])


# ------------------------------------------------------------------ strikes prepared, aircraft delivered
def test_strikes_a_side_is_accused_of_preparing_are_none(shipped):
    """Strikes a side is accused "of preparing" ("بالتحضير لضربات") are a plan, no strike."""
    for text in ("On 20 November 2026, the Sinjar Resistance Units accused Turkey of preparing new drone strikes on "
                 "Sinjar (Sinjar, Ninewa) and called on Baghdad to act.",
                 "اتهمت وحدات مقاومة سنجار تركيا بالتحضير لضربات جديدة بالمسيرات على سنجار"):
        assert coded(text, shipped, "sub_event_type")[0] is False, text


def test_aircraft_delivered_to_an_air_force_struck_nothing(shipped):
    """Jets an air force "received" ("تسلمت … طائرات") were delivered: no strike."""
    for text in ("On 20 November 2026, the Iraqi army received 4 new F-16 jets at Al-Asad air base (Hit, Al-Anbar).",
                 "تسلمت القوة الجوية العراقية أربع طائرات إف-16 جديدة في قاعدة عين الأسد"):
        assert coded(text, shipped, "sub_event_type") == (False, []), text
