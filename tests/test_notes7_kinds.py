"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes7.yaml:
the other events most easily taken for strikes): each codebook rule on sentences of its own, not the fixture's,
through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest

import pytest


PUBLISHED = "2025-03-16T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ when
def test_an_arabic_date_with_its_year_dates_this_strike(shipped):
    """"في 14 آذار 2025، قصفت …": a day, its month and its year date the strike the note reports, as "On 14 March
    2025" does; only a month with its year and no day ("في آذار 2021") is another time."""
    text = "في 14 آذار 2025، قصفت المدفعية التركية محيط قرية بامرني التابعة لقضاء العمادية في محافظة دهوك"
    assert coded(text, shipped, "location", "event_date") == (True, [("Bamarni", "2025-03-14")])


# ------------------------------------------------------------------ what happened
@pytest.mark.parametrize("text", [
    "مسيرة مفخخة تصيب مستودعاً داخل قاعدة عين الأسد غربي الأنبار، فيما أسقطت الدفاعات الجوية مسيرة أخرى",
    "On 15 March 2025, an explosive drone targeted Harir base (Erbil) and air defences intercepted a second drone.",
])
def test_a_second_drone_intercepted_leaves_the_first_one_s_strike(shipped, text):
    """An interception of "a second drone" ("مسيرة أخرى") says the first went on: the attack is the event."""
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


@pytest.mark.parametrize("text", [
    "سقوط طائرة مسيرة تابعة للتحالف الدولي بسبب عطل فني في أرض زراعية قرب بلدة الهول شرقي الحسكة",
    "تحطم طائرة مسيرة تركية نتيجة خلل فني قرب ناحية باطوفة التابعة لقضاء زاخو",
])
def test_an_aircraft_lost_to_a_fault_struck_nothing(shipped, text):
    """A drone that crashed after a technical fault ("خلل فني", "عطل فني") is no attack."""
    assert coded(text, shipped, "sub_event_type") == (False, [])


def test_rpg_rounds_are_ground_fighting_not_shelling(shipped):
    """"قذائف آر بي جي" (RPG rounds, the plural too) are fired in a clash: an Armed clash, no shelling."""
    text = "نزاع بين عشيرتين بالرشاشات وقذائف آر بي جي في قرية قرب ناحية البغدادي، ومقتل شخصين"
    assert coded(text, shipped, "sub_event_type", "fatalities") == (False, [("Armed clash", 2)])


def test_a_headline_s_present_tense_shoot_down_is_disrupted_weapons_use(shipped):
    """"X تسقط طائرة مسيرة": X shot the drone down (a headline's present tense), Disrupted weapons use by X; the verb
    alone is "falls" and keeps its sense ("القذائف تسقط قرب …")."""
    text = "قوات البيشمركة تسقط طائرة مسيرة مجهولة قرب قضاء مخمور جنوب غربي أربيل"
    assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Disrupted weapons use", "Peshmerga")])
    shells = "القذائف تسقط قرب ناحية سيدكان مصدرها المدفعية التركية، دون إصابات"
    assert coded(shells, shipped, "sub_event_type") == (True, [("Shelling/artillery/missile attack",)])


@pytest.mark.parametrize("text, kind, killed", [
    ("حرس الحدود التركي يطلق النار على مهربين قرب الشريط الحدودي في ريف الدرباسية", "Attack", None),
    ("مسلحون مجهولون يغتالون عضواً في مجلس بلدة الشحيل بريف دير الزور الشرقي", "Attack", 1),
    ("عناصر من داعش تهاجم نقطة للجيش العراقي في صحراء قضاء الرطبة وتقتل جنديين", "Armed clash", 2),
])
def test_a_headline_s_present_tense_shooting_or_attack_is_its_event(shipped, text, kind, killed):
    """"تطلق النار", "يغتالون", "تهاجم": the present tense of a headline reports the shooting, the assassination (one
    killed) or the attack (on an armed target: an Armed clash)."""
    assert coded(text, shipped, "sub_event_type", "fatalities") == (False, [(kind, killed)])


@pytest.mark.parametrize("text, place", [
    ("On 15 March 2025, an unexplained explosion tore through a PMF weapons store in Tal Afar (Ninewa).", "Tal Afar"),
    ("انفجار غامض يهز مقراً عسكرياً لقسد في بلدة تل تمر شمال غربي الحسكة", "Tal Tamr"),
])
def test_an_explosion_of_unknown_cause_is_an_explosion_event(shipped, text, place):
    """A blast of unknown cause ("unexplained explosion", "انفجار غامض") is an event, Remote explosive/landmine/IED
    by the codebook's default for a blast of unstated cause; never a strike."""
    assert coded(text, shipped, "location", "sub_event_type") == (False, [(place, "Remote explosive/landmine/IED")])


# ------------------------------------------------------------------ who
@pytest.mark.parametrize("text, sides", [
    ("On 14 March 2025, Jandarma guards opened fire on smugglers near Al-Malikiyah (Hasakah), wounding two.",
     ("Turkish Armed Forces", None)),
    ("On 14 March 2025, PKK fighters attacked Turkish soldiers near Batifa (Zakho, Duhok); the soldiers returned "
     "fire, killing one fighter.", ("PKK", "Turkish Armed Forces")),
])
def test_turkey_s_gendarmerie_and_soldiers_are_its_forces(shipped, text, sides):
    """Turkey's gendarmerie (Jandarma, الجندرمة) and its soldiers and outposts are the Turkish Armed Forces."""
    assert coded(text, shipped, "actor1", "actor2")[1] == [sides]


# ------------------------------------------------------------------ tolls
@pytest.mark.parametrize("text, killed, injured", [
    # the field is the coder's figure: the bomber counted with his victims
    ("On 15 March 2025, a suicide bomber blew himself up at a checkpoint in Rawa (Anbar), killing four soldiers. "
     "Fatalities: 5", 5, None),
    ("On 15 March 2025, Turkish artillery shelled the surroundings of Sidakan (Soran, Erbil). Fatalities: 0", 0, None),
    ("في 15 آذار 2025، قصفت مسيرة تركية سيارة قرب بلدة سنوني في قضاء سنجار. عدد القتلى: 2", 2, None),
])
def test_a_coded_note_s_toll_field_is_its_toll(shipped, text, killed, injured):
    """ACLED's closing field "Fatalities: N" ("عدد القتلى: N") is the event's toll as coded (0: nobody killed)."""
    assert coded(text, shipped, "fatalities", "injured")[1] == [(killed, injured)]


@pytest.mark.parametrize("text, killed, injured", [
    ("On 15 March 2025, a landmine exploded under a farmer near Sinuni (Sinjar, Ninewa), killing him.", 1, None),
    ("On 15 March 2025, an IED went off beside a shepherd near Rutba (Anbar), wounding her.", None, 1),
    ("انفجار عبوة ناسفة بسيارة مدنية قرب قضاء الرطبة، ما أدى لإصابتهما بجروح", None, 2),
    ("انفجار لغم أرضي بدراجة نارية قرب ناحية ربيعة، ما أدى لمقتلهما على الفور", 2, None),
])
def test_a_pronoun_counts_its_victims(shipped, text, killed, injured):
    """"killing him", "wounding her" (one), "لإصابتهما", "لمقتلهما" (the two's): the pronoun closing the toll counts
    its victims; "متأثرين بإصابتهما" (who died of their wounds) counts none wounded."""
    assert coded(text, shipped, "fatalities", "injured")[1] == [(killed, injured)]
    died_of_wounds = "ارتفاع عدد قتلى الغارة على بلدة سنوني إلى ثلاثة بعد وفاة جريحين متأثرين بإصابتهما"
    assert coded(died_of_wounds, shipped, "injured")[1] == [(None,)]


# ------------------------------------------------------------------ where
def test_a_name_known_only_in_another_governorate_is_looked_up_in_the_labelled_one(shipped):
    """"Rumana village (Tell Abiad, Raqqa)": the spelling is a variant of Anbar's Ar Rummanah only; the label says Raqqa,
    whose Ar Rummanah the tolerant lookup finds."""
    text = "On 15 March 2025, Turkish artillery shelled Rumana village (Tell Abiad, Raqqa), wounding a farmer."
    assert coded(text, shipped, "location", "admin1", "geo_precision") == (True, [("Ar Rummanah", "Raqqa", 1)])


def test_a_name_spelled_like_a_place_of_another_district_is_none_of_the_text_s(shipped):
    """"the Al-Hamdan area south of Al-Susah (Abu Kamal, …)": a name the edit distance finds only in another district of
    the governorate (Al Hamd, Deir ez-Zor district) is not the place of a text whose places lie in Abu Kamal."""
    text = "On 15 March 2025, an unidentified drone hit a truck in the Al-Hamdan area south of Al-Susah (Abu Kamal, Deir ez-Zor)."
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Al-Susah", 2)])


def test_the_road_leading_to_a_place_is_near_it_no_destination(shipped):
    """"على الطريق المؤدي إلى X" (a convoy's road leading to X): the blast was near X, and X is no place troops moved to."""
    text = "انفجار عبوة ناسفة برتل لقسد على الطريق المؤدي إلى بلدة الهول شرق الحسكة"
    assert coded(text, shipped, "location", "geo_precision", "actor1", "actor2") == (
        False, [("Al-Hawl", 2, None, "Syrian Democratic Forces")])


def test_a_homograph_needs_its_own_place_word_in_a_list(shipped):
    """"… في بلدة عامودا وتدمر أجزاء منها": after "و" the homograph is the verb (destroys), no Palmyra joined to Amuda."""
    text = "المسيرات التركية تقصف محطة كهرباء في بلدة عامودا وتدمر أجزاء منها"
    assert coded(text, shipped, "location") == (True, [("Amuda",)])


# ------------------------------------------------------------------ who
def test_an_interception_s_sides_are_who_stopped_it_and_whose_weapon_it_was(shipped):
    """Disrupted weapons use: the side named before the interception stopped it (actor1), the weapon's side after it
    (actor2), though "a Turkish drone" holds the weapon."""
    text = "On 15 March 2025, SDF fighters shot down a Turkish drone over Amuda (Hasakah)."
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Disrupted weapons use", "Syrian Democratic Forces", "Turkish Armed Forces")])


@pytest.mark.parametrize("text, struck", [
    ("انتحاري يفجر دراجة نارية مفخخة عند حاجز للجيش العراقي قرب قضاء القائم، ومقتل جنديين", "Iraqi army"),
    ("انفجار عبوة ناسفة برتل للتحالف الدولي قرب بلدة الشدادي جنوب الحسكة", "US-led coalition"),
])
def test_the_side_whose_checkpoint_or_convoy_a_blast_hit_is_the_side_struck(shipped, text, struck):
    """"عند حاجز لـX", "برتل لـX": X owns what the blast hit (actor2), never the striker."""
    assert coded(text, shipped, "actor1", "actor2")[1] == [(None, struck)]


@pytest.mark.parametrize("text, sides", [
    ("On 15 March 2025, clashes with heavy machine guns and RPGs broke out between SDF fighters and tribal fighters in "
     "Al-Busayrah (Deir ez-Zor), killing two tribal fighters and one SDF fighter.",
     ("Syrian Democratic Forces", "Tribal forces")),
    ("On 15 March 2025, clashes with machine guns broke out between Asayish members and tribal fighters in Al-Shaddadi "
     "(Hasakah), leaving one tribal fighter and two Asayish members dead.", ("Asayish", "Tribal forces")),
])
def test_clash_sides_named_after_their_weapons_and_both_losing_men(shipped, text, sides):
    """"clashes with machine guns and RPGs broke out between X and Y, killing two Y and one X": the weapons between the
    clash word and "between" part no sides; both lost men, so the order named stands (actor1 X)."""
    assert coded(text, shipped, "actor1", "actor2")[1] == [sides]


def test_a_headline_s_present_tense_wounding_counts_the_wounded(shipped):
    """"وتصيب ثلاثة منهم": the present tense of wounding states the injured."""
    text = "الجندرمة التركية تطلق النار على رعاة قرب بلدة الدرباسية وتصيب ثلاثة منهم"
    assert coded(text, shipped, "sub_event_type", "injured", "actor1") == (False, [("Attack", 3, "Turkish Armed Forces")])
