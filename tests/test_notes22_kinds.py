"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes22.yaml (issue 16): other events
of the border governorates that name aircraft or strikes in passing, and the places of notes labelled by a town's
countryside or told as a road's ends. Each codebook rule on sentences of its own, not the fixture's, through
``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)
first = partial(conftest.first, published=PUBLISHED)


# ------------------------------------------------------------------ a note's own type label
def test_a_notes_type_label_is_no_attack_of_its_sentence(shipped):
    """A coded note opening with its own violent sub-event type ("Attack: On 3 May 2025, IS militants shot dead a
    shepherd …") is labelled, not attacked: the label's "Attack" is no attack whose armed target the militants after it
    would be (an Armed clash), the militants shot a civilian (an Attack by IS)."""
    for text, actor1 in (
            ("Attack: On 3 May 2025, IS militants on motorcycles shot dead a shepherd near Shaddadi. Fatalities: 1.",
             "Islamic State"),
            ("Attack: On 3 May 2025, PKK fighters shot dead a villager near Sidakan, accusing him of spying. Fatalities: 1.",
             "PKK")):
        assert coded(text, shipped, "sub_event_type", "actor1") == (False, [("Attack", actor1)]), text


def test_a_clash_labelled_so_stays_a_clash(shipped):
    """The label read as a label leaves the sentence's own words: "Armed clash: … clashed with IS …" is the clash."""
    text = "Armed clash: On 3 May 2025, SDF fighters clashed with IS militants near Shaddadi; 2 militants were killed."
    assert coded(text, shipped, "sub_event_type") == (False, [("Armed clash",)])


# ------------------------------------------------------------------ air strikes backing a ground advance
def test_air_strikes_backing_a_ground_advance_strike_nothing_of_their_own(shipped):
    """Air strikes that back a ground force's act ("troops, backed by Russian airstrikes, recaptured hills", "بإسناد غارات
    جوية") are its support: ground retaken is ACLED's Government regains territory, a battle, no strike report."""
    for text in ("On 3 May 2025, Syrian army troops, backed by Russian airstrikes, recaptured hills near Al-Sukhnah from IS.",
                 "On 3 May 2025, Iraqi forces, supported by air strikes, retook a desert area near Rutba from IS militants.",
                 "استعادت القوات الحكومية السيطرة على تلال قرب السخنة بإسناد غارات جوية روسية"):
        assert coded(text, shipped, "sub_event_type") == (False, []), text


def test_air_strikes_of_their_own_and_a_backed_clash_stay_as_they_were(shipped):
    """Air strikes that hit on their own are a strike; a clash they back stays the clash."""
    assert coded("On 3 May 2025, coalition airstrikes killed 3 IS members near Shaddadi.", shipped,
                 "sub_event_type") == (True, [("Air/drone strike",)])
    assert coded("On 3 May 2025, SDF fighters, backed by coalition airstrikes, clashed with IS near Shaddadi.", shipped,
                 "sub_event_type") == (False, [("Armed clash",)])


# ------------------------------------------------------------------ a town's countryside labelling the village
def test_a_towns_countryside_in_brackets_labels_the_village_before_it(shipped):
    """"X (Town countryside, Governorate)", "(Tal Abyad countryside)": a town's countryside opening the bracket after a
    name labels that name's area as its district would, and the name is looked up by spelling there (the village, not
    the town at the area's precision)."""
    for text, place in (
            ("On 3 May 2025, Turkish artillery shelled Khirbat Antar (Qamishli countryside, Al-Hasakah), wounding a child.",
             "Khirbet Antar"),
            ("On 3 May 2025, a Turkish drone struck a car in Mella Marz (Derik countryside, Al-Hasakah).", "Mulla Marz"),
            ("On 3 May 2025, SNA factions shelled Kharab Zeri (Tal Abyad countryside, Raqqa).", "Kharab Zari")):
        assert first(text, shipped, "location", "geo_precision") == (place, 1), text


def test_a_bearing_opens_the_countryside_label(shipped):
    """"Mithaleeth (southern Al-Hasakah countryside)": the label opens at its bearing, the name before it is looked up
    by spelling in that governorate."""
    text = "On 3 May 2025, a drone struck an SDF post in Mithaleeth (southern Al-Hasakah countryside), killing 2 fighters."
    assert first(text, shipped, "location", "geo_precision") == ("Mithalith", 1)


# ------------------------------------------------------------------ a road's first end
def test_the_first_end_of_a_road_is_looked_up_by_spelling(shipped):
    """"on the road between X and Y": X, the strike's end at the area's precision, is a name introduced as a place,
    looked up by spelling as a name after "near" is (not the second end, a mere reference point)."""
    for text, place in (("On 3 May 2025, a drone struck a car on the road between Mithaleeth and Tal Tamr.", "Mithalith"),
                        ("On 3 May 2025, a drone struck a car on the highway between Kharab Zeri and Tal Abyad.",
                         "Kharab Zari")):
        assert first(text, shipped, "location", "geo_precision") == (place, 2), text



# ------------------------------------------------------------------ a tribal hamlet's name
def test_a_known_name_after_arab_is_the_end_of_a_hamlets_name(shipped):
    """"Arab Sayyid Zaidan (Samarra district, …)": Iraq's tribal hamlets are named "Arab X"; a known name right after
    "Arab" (Sayyid, a town of other governorates) is only the end of a name the gazetteer lacks, no precise place far
    off: the area the note labels stands."""
    text = "On 3 May 2025, gunmen shot dead a shepherd in Arab Sayyid Zaidan (Samarra district, Salah al-Din)."
    assert first(text, shipped, "location", "geo_precision") == ("Salah al-Din Governorate", 3)
