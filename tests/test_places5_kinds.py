"""Kinds of place wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_places5.yaml):
each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text.places import spelling_key
import conftest


PUBLISHED = "2024-05-05T10:00:00Z"   # texts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("A Turkish drone hit a tractor on the Zakho-Batifa road on Friday, wounding the driver.", ("Zakho", "Duhok", 2)),
    ("Two rockets landed beside the Haditha–Anah highway overnight, no casualties.", ("Haditha", "Anbar", 2)),
    ("قصفت مسيرة تركية شاحنة على طريق عامودا - الدرباسية، ما أدى لإصابة السائق", ("Amuda", "Al-Hasakah", 2)),
])
def test_a_road_named_by_its_two_ends_is_one_strike_near_the_first(shipped, text, place):
    """"the A-B road", "طريق A - B": a stretch between two ends, as "the road between A and B" is: the first end
    at precision 2, the second no strike of its own."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("An unidentified drone struck a fuel tanker in Al-Susah, across the border from Husaybah, killing the driver.",
     ("Al-Susah", "Deir ez-Zor", 1)),
    ("Artillery shelled Husaybah, opposite Syria's Boukamal, wounding two.", ("Husaybah", "Anbar", 1)),
    ("قصف مدفعي على بلدة الباغوز مقابل مدينة القائم العراقية، وإصابة طفل", ("Baghuz", "Deir ez-Zor", 1)),
])
def test_the_town_across_the_border_is_a_reference_point(shipped, text, place):
    """"across the border from X", "opposite X", "مقابل X": X places the strike, as "south of X" does; it is
    no strike of its own on its side of the border."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, place", [
    ("قذيفة هاون تسقط على شارع حلب في مدينة الحسكة دون إصابات", ("Hasakah", "Al-Hasakah", 1)),
    ("A mortar shell hit a shop on Aleppo Street in Raqqa city, wounding its owner.", ("Raqqa", "Raqqa", 1)),
])
def test_a_street_named_after_a_city_is_in_the_town_it_runs_through(shipped, text, place):
    """"شارع حلب", "Aleppo Street": a street's name, not the city it is named after."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


def test_a_line_head_yields_to_the_sub_district_its_line_names(shipped):
    """"Amedi: … the villages of Kani Masi sub-district": the post files its line under the district's seat; the
    strike is around the sub-district, not at the seat at precision 1 (the rank of a label against a line head)."""
    text = "Amedi: Turkish jets bombed the villages of Sersink sub-district this morning, orchards on fire."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Sersink", "Duhok", 2)]


@pytest.mark.parametrize("text, place", [
    # one vowel off in six letters (fuzzy 83), inside the district the text names
    ("Turkish artillery shelled Kuwamo village in Amedi district on Sunday, no casualties.", ("Kuwami", "Duhok", 1)),
    # a name placed by its direction from another, then the label "(district, governorate)"
    ("On 3 March 2024, a drone struck a car in Tel Banat, west of Mount Sinjar (Sinjar, Ninewa), killing one.",
     ("Tall Banat", "Ninewa", 1)),
])
def test_a_spelling_the_gazetteer_lacks_is_found_inside_the_named_area(shipped, text, place):
    """Tolerant lookup: inside the district the text names a smaller edit distance is enough; "in X, south of Y"
    introduces X as a place; a reference point ("west of Mount Sinjar") names no place, so the label after it
    ("(Sinjar, Ninewa)") stays a label and the finer village stands."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


def test_arabic_spellings_that_join_words_or_write_sad_as_sin_share_a_key():
    """A joined ta marbuta ("خانة سور" / "خانسور") and Sad written as Sin ("خانصور") are one Arabic key."""
    assert spelling_key("خانة سور") == spelling_key("خانصور") == spelling_key("خانسور")
    assert spelling_key("الطبقة") == spelling_key("التبقه")


def test_a_collective_town_is_introduced_as_a_place(shipped):
    """"مجمع X" (an Iraqi collective town) introduces X as "قرية X" does, so a joined spelling is looked up
    inside the area; "مجمع سكني" (a housing complex) introduces nothing."""
    text = "سنجار | مسيرة تركية تقصف منزلاً في مجمع خانسور شمال جبل سنجار"
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Khanah Sur", "Ninewa", 1)]
    assert facts("مسيرة تركية تستهدف سيارة قرب مجمع سكني في قضاء سنجار", shipped, "location", "admin1", "geo_precision") == [("Sinjar", "Ninewa", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Shells hit the Conoco gas field in Deir ez-Zor on Monday, and a drone later struck a car in Al-Busayrah, "
     "killing two.", [("Conoco gas field", "Deir ez-Zor", 1), ("Al-Busayrah", "Deir ez-Zor", 1)]),
    ("A drone struck a house in Sinjar town on Monday, and artillery later shelled Tel Banat village, wounding a child.",
     [("Sinjar", "Ninewa", 1), ("Tall Banat", "Ninewa", 1)]),
])
def test_clauses_with_their_own_strike_words_at_places_apart_are_strikes_apart(shipped, text, expected):
    """Two clauses of one sentence, each opened by a strike word of its own, at places beyond each other's
    surroundings (SEAT_SURROUNDINGS_KM, though within SAME_PLACE_KM) are two strikes; a name the gazetteer has
    only under another spelling ("Tel Banat") splits them as an exact name does."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == expected


def test_the_second_end_after_the_town_of_is_no_strike(shipped):
    """"the road between A and the town of B": B is the other end, no strike of its own."""
    text = "A drone struck a car on the road between Shaddadi and the town of Markada, killing two."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Shaddadi", "Al-Hasakah", 2)]


@pytest.mark.parametrize("text, place", [
    ("Turkish drones hit a clinic in the Makhmour refugee camp on Sunday, wounding a nurse.", ("Makhmour", "Erbil", 2)),
    ("مسيرة تركية تقصف خيمة في مخيم مخمور، وإصابة طفلين", ("Makhmour", "Erbil", 2)),
    ("سقطت قذيفة هاون داخل مخيم الهول شرقي الحسكة، وإصابة امرأة", ("Al-Hol camp", "Al-Hasakah", 1)),
])
def test_a_camp_the_gazetteer_lacks_is_around_the_town_it_is_named_after(shipped, text, place):
    """"the Makhmour (refugee) camp", "مخيم مخمور": a camp without a row of its own lies by the town it is named
    after, precision 2, never the town itself; a camp with its own row (Al-Hol) is that row."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


@pytest.mark.parametrize("text, expected", [
    ("قصفت مدفعية النظام بلدة الصور في ريف دير الزور الشمالي، ما أدى لإصابة رجلين", [("As Suwar", "Deir ez-Zor", 1)]),
    ("Israeli warplanes struck a building in the city of Sur in southern Lebanon, killing three.", []),
    ("غارات إسرائيلية على مدينة صور في جنوب لبنان ومقتل ثلاثة", []),
])
def test_a_town_named_like_a_city_abroad_is_ours_with_its_settlement_word(shipped, text, expected):
    """Al-Suwar of Deir ez-Zor is صور, as Tyre is: the stoplist of places abroad keeps the bare name out, and
    "بلدة الصور" (an alias written with its settlement word, which is its own cue) names the town; Tyre stays no
    place of the region."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == expected


@pytest.mark.parametrize("text, place", [
    ("مدفعية النظام من الضفة الغربية للفرات تقصف بلدة ذيبان، وإصابة طفل", ("Dhiban", "Deir ez-Zor", 1)),
    ("Regime guns on the western bank shelled Dhiban, wounding a child.", ("Dhiban", "Deir ez-Zor", 1)),
])
def test_a_direction_before_the_strike_verb_is_where_fire_came_from(shipped, text, place):
    """"from the western bank … shelled X": the direction describes where the guns stand; the strike verb between
    ends that phrase, so X is struck itself (precision 1), not "west of" anything."""
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [place]


def test_a_headline_of_two_clauses_gives_each_strike_only_its_clause_s_place(shipped):
    """A headline reporting two strikes clause by clause ("قذيفة داخل مخيم الهول وضربة تركية قرب القامشلي") is shared
    by both: the second strike's place is never the first clause's camp, named there again."""
    text = ("قذيفة داخل مخيم الهول وضربة تركية قرب القامشلي\n"
            "سقطت قذيفة هاون داخل مخيم الهول شرقي الحسكة، فيما استهدفت مسيرة تركية دراجة نارية في بلدة عامودا غربي "
            "القامشلي، ما أدى لمقتل شاب.")
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Al-Hol camp", "Al-Hasakah", 1), ("Amuda", "Al-Hasakah", 1)]


def test_a_governorate_s_mountains_or_villages_are_its_land_not_its_city(shipped):
    """"Hasakah's villages", "Duhok's mountains": the governorate's land, a label of the strike the body places,
    never the namesake city as a strike of its own at precision 1."""
    text = "Drones strike Hasakah's villages again\nA Turkish drone struck a motorcycle in Tal Hamis town on Sunday, killing its rider."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Tall Hamis", "Al-Hasakah", 1)]


def test_and_another_after_a_comma_opens_a_strike_of_its_own(shipped):
    """"…في ناحية X، وأخرى مقراً في قرية Y": "وأخرى" (and another [drone]) with its own target opens a clause of
    its own strike, the comma before it notwithstanding; places far apart are two strikes."""
    text = "قصفت مسيرة تركية سيارة في ناحية زمار، وأخرى مقراً في قرية تل قصب جنوب سنجار، دون إصابات"
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Zumar", "Ninewa", 2), ("Tall Qasab", "Ninewa", 1)]


@pytest.mark.parametrize("text", [
    "Amedi: Turkish jets bombed the hills and the orchards of the villagers in Bamarni this afternoon.",
    "Sinjar: Turkish drones struck a car and the house of a commander in Sinuni this afternoon.",
])
def test_a_line_head_is_no_clause_of_a_strike_of_its_own(shipped, text):
    """"Sinjar: … and … in Sinuni": the town heading a post's line files it; however far from the place the line
    names, it is no strike of its own (the clauses told apart by distance are a sentence's own places)."""
    assert len(facts(text, shipped, "location", "admin1", "geo_precision")) == 1
