"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes17.yaml (issue 16): each
codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-04T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ where: "A, B and C villages"
def test_a_list_of_three_villages_before_the_plural_is_three_strikes(shipped):
    """ACLED's "near Kula, Derke and Nehshik villages": each name of the list is a strike of its own, as in "the
    villages of A, B and C" and "A and B villages"; "near" before the first places every one around (precision 2)."""
    text = "On 3 May 2025, Turkish drones struck PKK positions near Kula, Derke and Nehshik villages (Amadiya, Duhok)."
    strike, events = coded(text, shipped, "location", "geo_precision")
    assert strike and sorted(events) == [("Derke", 2), ("Kula", 2), ("Nehshik", 2)]


def test_a_list_of_three_villages_shelled_each_in_itself(shipped):
    """"shelled Tall Kadish, Tall Shur and Khatunah villages": three places, each the strike's own (precision 1);
    "Tall Shur" is Tall ash Shur by its spelling, introduced as a place by the list's plural."""
    text = ("On 3 May 2025, Turkish artillery shelled Tall Kadish, Tall Shur and Khatunah villages (Ras al-Ain "
            "countryside, Al-Hasakah), damaging houses.")
    strike, events = coded(text, shipped, "location", "geo_precision")
    assert strike and sorted(events) == [("Khatunah", 1), ("Tall Kadish", 1), ("Tall ash Shur", 1)]


# ------------------------------------------------------------------ where: "X village and the vicinity of Y village"
def test_a_village_and_the_vicinity_of_another_are_two_strikes(shipped):
    """"shelled X village and the vicinity of Y village": the strike verb reaches both objects, the second around its
    village (precision 2), as "X and the countryside of Y" does."""
    text = ("On 3 May 2025, Turkish artillery shelled Tall Abu Tuwaynah village and the vicinity of Kundak Sa'id "
            "village (Qamishli countryside, Al-Hasakah).")
    strike, events = coded(text, shipped, "location", "geo_precision")
    assert strike and sorted(events) == [("Kundak Sa`id", 2), ("Tall Abu Tuwaynah", 1)]


def test_arabic_a_village_and_the_surroundings_of_another_are_two_strikes(shipped):
    """"قرية X ومحيط قرية Y": the same in Arabic."""
    text = "قصفت المدفعية التركية قرية تل أبو توينة ومحيط قرية كندك سعيد في ريف القامشلي."
    strike, events = coded(text, shipped, "location", "geo_precision")
    assert strike and sorted(events) == [("Kundak Sa`id", 2), ("Tall Abu Tuwaynah", 1)]


# ------------------------------------------------------------------ what: a clause of each kind
def test_an_attack_and_a_later_blast_in_one_sentence_keep_their_own_types(shipped):
    """"IS attacked a checkpoint near X, …; hours later an IED struck a patrol near Y": a battle at X (an attack on
    forces), the blast at Y; the IED of the second clause does not type the first."""
    text = ("On 3 May 2025, ISIS militants attacked an Iraqi army checkpoint near Ramdaniyah village (Hatra district, "
            "Ninewa), killing 1 soldier; hours later an IED struck an army patrol near Abu Adil village, injuring 2 "
            "soldiers.")
    assert coded(text, shipped, "location", "sub_event_type") == (
        False, [("Ramdaniyah", "Armed clash"), ("Abu 'Adil", "Remote explosive/landmine/IED")])


def test_arabic_an_attack_and_a_blast_in_one_sentence_keep_their_own_types(shipped):
    """"هاجم مسلحو داعش نقطة لقسد قرب X، فيما انفجرت عبوة ناسفة بسيارة لقسد قرب Y": the same in Arabic."""
    text = ("في 3 أيار 2025، هاجم مسلحو داعش نقطة لقسد قرب قرية تل جساس في ريف الحسكة، فيما انفجرت عبوة ناسفة "
            "بسيارة لقسد قرب قرية أم معيزلة.")
    assert coded(text, shipped, "location", "sub_event_type") == (
        False, [("Tall Jassas", "Armed clash"), ("Umm Mu`ayzilah", "Remote explosive/landmine/IED")])


# ------------------------------------------------------------------ where: spellings
def test_a_name_its_own_label_places_is_that_governorates_place(shipped):
    """"Fulayh village (Al-Anbar)": Flayh of Rawa, the name spelled like it in the governorate its bracket names, not
    Al-Qadisiyah's Fulayh, spelled so exactly (nor the governorate alone)."""
    text = "On 3 May 2025, unidentified gunmen killed a shepherd in Fulayh village (Al-Anbar). Fatalities: 1."
    assert coded(text, shipped, "location", "admin1") == (False, [("Flayh", "Anbar")])


def test_the_tribal_albu_is_an_article_however_joined(shipped):
    """"Al-Bu Sawda village": the gazetteer's Albu Sawdah of Ramadi ("Albu", "Al-Bu", "Al Bu": the house of)."""
    text = ("On 3 May 2025, the Iraqi army clashed with ISIS militants near Al-Bu Sawda village (Ramadi district, "
            "Al-Anbar).")
    assert coded(text, shipped, "location", "geo_precision") == (False, [("Albu Sawdah", 2)])


def test_the_ay_diphthong_written_ai(shipped):
    """"Kubaiba", "Huwait": the diphthong the gazetteer writes "ay" (Kubaybah of Rawa, not Kubaysah of Hit, spelled
    Kubaisa; Huwayt of Mosul, not Khuwaytalah)."""
    for text, place in (("On 3 May 2025, unidentified gunmen killed a shepherd near Kubaiba village (Rawa district, "
                         "Al-Anbar).", "Kubaybah"),
                        ("On 3 May 2025, an IED exploded in Huwait village (Mosul district, Ninewa), injuring a "
                         "farmer.", "Huwayt")):
        assert coded(text, shipped, "location") == (False, [(place,)])


# ------------------------------------------------------------------ what and who: gunmen
def test_shooting_at_people_is_an_attack(shipped):
    """"border guards shot at smugglers near X": shooting at people is an Attack, as "opened fire on" is."""
    text = ("On 3 May 2025, Turkish border guards shot at smugglers near Kur Dushan village (Kobani countryside, "
            "Aleppo), injuring one.")
    assert coded(text, shipped, "location", "sub_event_type") == (False, [("Kur Dushan", "Attack")])


def test_tribal_gunmen_are_tribal_forces(shipped):
    """"SDF fighters and tribal gunmen clashed": the tribes' fighters, as "tribal fighters" are."""
    text = ("On 3 May 2025, SDF fighters and tribal gunmen clashed near Hawi Sutayh village (Al-Mayadin countryside, "
            "Deir ez-Zor), killing 2.")
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Syrian Democratic Forces", "Tribal forces")])
