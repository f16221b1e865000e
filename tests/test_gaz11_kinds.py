"""Places (helper gaz11, issue 16 points 1-4): kinds of the incidents blind set blind9 exposed, each test failing
without its rule of monitor/text/places.py: a Kurdish -iye ending read as the -iyah of the Arabic name
(``arabic_ending``); a bare Arabic head word "تل" before a noun the head of a compound name, never At Tall
(``_ARABIC_HEAD_END``); a facility noun before a village name ("صوامع شركراك", "the Şerkrak silos") no stop to
finding it (SITE_NOUNS, ``_INTRODUCED``); and in monitor/text/events.py, the ends of a road between governorates no
strikes of their own (``_between_governorates``), nor a district label in another governorate's name
(``_labels_district_of``)."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2026-12-06T10:00:00Z"   # texts of the same day
first = partial(conftest.first, published=PUBLISHED)
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text,place,admin2", [
    # Kurdistan24's "Dawidiye" (Dawudiyah, i for u), placed south of Amuda: Qamishli district's
    ("A Turkish drone struck a car near Dawidiye, south of Amude, on Thursday afternoon, wounding three civilians.",
     "Dawudiyah", "Qamishli"),
    ("A Turkish drone targeted a car near the village of Jawadiye in Hasakah province, killing two fighters.",
     "Al Jawadiyah", "Al-Malikiyah"),
])
def test_a_kurdish_iye_ending_is_the_arabic_iyah(shipped, text, place, admin2):
    """Kurdish media write the Arabic -iyah ending -iye ("Dawidiye", "Jawadiye"): looked up tolerantly as -iyah,
    in the area the text names, and accepted when one place fits."""
    assert first(text, shipped, "location", "admin1", "admin2") == (place, "Al-Hasakah", admin2)


@pytest.mark.parametrize("text,place,admin1", [
    # the Security Media Cell's "منطقة تل عبطة": the compound's head is no "منطقة التل" (At Tall District); the name is
    # the area of its two parts (gaz13: seeds/build_gazetteer.part_areas)
    ("قصفت طائرات التحالف مواقع لداعش في منطقة تل عبطة جنوب غربي الموصل", "Tall 'Abtah", "Ninewa"),
    ("غارة جوية على وكر لداعش في قضاء تل عفر غربي الموصل أسفرت عن مقتل ثلاثة", "Tal Afar", "Ninewa"),
    # with its article, the district of Rural Damascus it stays
    ("غارة جوية على منطقة التل بريف دمشق أسفرت عن مقتل مدنيين", "At Tall", "Rural Damascus"),
])
def test_a_bare_tall_before_a_noun_heads_a_compound_name(shipped, text, place, admin1):
    """"منطقة تل عبطة", "قضاء تل عفر": "تل" written without its article and followed by a word is the head of the
    name that word goes on with, not "منطقة التل" (the fold drops the article) of Rural Damascus."""
    assert first(text, shipped, "location", "admin1", "admin2")[:2] == (place, admin1)


@pytest.mark.parametrize("text", [
    "مسيرة للاحتلال التركي تستهدف محيط صوامع شركراك شرقي ناحية عين عيسى صباح اليوم، دون ورود أنباء عن إصابات.",
    "قصف مدفعي تركي يستهدف محيط مطحنة شركراك شرقي ناحية عين عيسى",
    "A Turkish drone struck near the Şerkrak silos east of Ain Issa on Sunday morning, with no casualties reported.",
    "A Turkish drone hit the silos of Sherkrak, east of Ain Issa, on Sunday.",
])
def test_a_facility_named_after_its_village_is_at_the_village(shipped, text):
    """Silos and mills are named after their village ("صوامع شركراك", "the Şerkrak silos"): the facility noun is no
    village of its own (As Sawami` of Idlib) and introduces the name, looked up tolerantly (the gazetteer's شركرك)."""
    assert first(text, shipped, "location", "admin1", "admin2") == ("Sharakrak", "Raqqa", "Tell Abiad")


def test_a_station_by_its_kind_names_no_village(shipped):
    """"محطة نفط قرب رميلان": an oil station near Rmelan; its kind (نفط) is no village (النفطية, 25 km west)."""
    assert first("مسيرة تركية تقصف محطة نفط قرب رميلان دون إصابات", shipped, "location", "admin1", "admin2") == ("Rmelan", "Al-Hasakah", "Al-Malikiyah")


@pytest.mark.parametrize("text,place", [
    ("Iraqi army helicopters killed three ISIS militants in a strike on a hideout in the Nukhaib desert, on the route "
     "between Anbar and Karbala, the Security Media Cell said on Sunday.", ("An Nukhayb", "Anbar")),
    ("A drone strike killed two IS members in the Badiya near Rutba, on the highway between Anbar and Baghdad, on "
     "Monday.", ("Rutba", "Anbar")),
])
def test_a_road_between_governorates_is_no_strike_at_its_ends(shipped, text, place):
    """"on the route between Anbar and Karbala" places the strike named before it on a road: its two ends, both
    governorates (or their namesake cities), are no strikes of their own."""
    assert facts(text, shipped, "location", "admin1") == [place]


@pytest.mark.parametrize("text", [
    "Turkish warplanes bombed mountainous areas near Dinarta, in Duhok province's Akre district, at dawn on Thursday.",
    "Turkish warplanes bombed areas near Dinarta, in the Akre district of Duhok province, on Thursday.",
])
def test_a_district_labelled_with_another_governorate_labels_its_village(shipped, text):
    """Kurdish media put Akre district in Duhok, the gazetteers in Ninewa: "Dinarta, in Duhok province's Akre
    district" labels Dinarta (its own governorate as the gazetteer has it), no second strike at Duhok."""
    assert facts(text, shipped, "location", "admin1") == [("Dinartah", "Ninewa")]
