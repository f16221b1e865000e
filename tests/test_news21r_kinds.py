"""Kinds of full news article the residue of tests/fixtures/matching/articles_heldout_news20.yaml, _news19, _news18 and
_tolls4 shows (issue 16: every strike its own event and no extra one): a headline naming the countryside of a town,
or a town the strike was near, over the body's village of that countryside; a village the body introduces by a
gazetteer name that holds the word village ("قرية خربة بلك") and labels by its town's countryside, that town also
named by the headline.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, killed) of each event] of *text*, published early December."""
    return facts(text, lexicon, "location", "fatalities", published="2026-12-03T10:00:00Z")


@pytest.mark.parametrize("text, strikes", [
    # the headline's countryside of a sub-district's town, the body's village in it: one strike, the village's
    ("مقتل مزارع بقصف مسيّرة تركية في ريف عامودا\n"
     "استهدفت طائرة مسيّرة تركية، ظهر اليوم، جراراً زراعياً قرب قرية داقورية جنوبي عامودا، ما أدى إلى مقتل مزارع.",
     [("Daquriyah", 1)]),
    ("Turkish drone kills shepherd near Amuda\n"
     "A Turkish drone struck a shepherd on Monday near the village of Daquriyah, south of Amuda, killing him.",
     [("Daquriyah", 1)]),
    # … the village farther than the town's countryside reaches, yet labelled by that town's sub-district
    ("Turkish drone strike kills two near Sidakan\n"
     "Two shepherds were killed on Sunday when a Turkish drone struck them near the village of Bashtat in the Sidakan "
     "subdistrict, a local official said.", [("Bashtat", 2)]),
    ("قتيلان بقصف مسيّرة تركية قرب سيدكان\n"
     "قتل راعيان، يوم الأحد، جراء قصف طائرة مسيّرة تركية قرب قرية بشتات التابعة لناحية سيدكان، بحسب مسؤول محلي.",
     [("Bashtat", 2)]),
])
def test_a_headline_names_the_village_by_its_town(shipped, text, strikes):
    assert coded(text, shipped) == strikes


def test_a_headline_town_far_from_a_second_strike_leaves_it_its_own(shipped):
    """The headline's countryside is the first strike's; a strike of another town's countryside stays a strike."""
    text = ("Turkish shelling hits the Amuda countryside\n"
            "Turkish artillery shelled the village of Daquriyah, south of Amuda, on Monday, wounding a farmer. On "
            "Tuesday a drone struck a car near Tal Kocher in the Yarubiyah countryside, killing two.")
    assert [place for place, _ in coded(text, shipped)] == ["Daquriyah", "Al-Yarubiyah"]


def test_a_village_named_with_its_word_labelled_by_the_town_countryside(shipped):
    """"قرب قرية X بريف Y" where the gazetteer's name is "قرية X" whole: X is the strike's place, Y's countryside its
    label, however often the headline names Y."""
    text = ("مجلس الرميلان يدين الهجمات التركية على ريف المالكية\n"
            "أدان المجلس، اليوم الخميس، استهداف طائرة مسيّرة تركية دراجة نارية قرب قرية خربة بلك بريف المالكية الغربي، "
            "أمس الأربعاء، ما أدى إلى مقتل شاب.")
    assert coded(text, shipped) == [("Qaryat Khirbat Buluk", 1)]


@pytest.mark.parametrize("text", [
    "أصيب مزارع بجروح جراء قصف مدفعي تركي استهدف قرية داقورية جنوبي عامودا ظهر اليوم، ولم تسجل أي حالة وفاة.",
    "أصيب مزارع بجروح جراء قصف مدفعي تركي استهدف قرية داقورية جنوبي عامودا ظهر اليوم، دون تسجيل حالات وفاة.",
    "أصيب مزارع بجروح جراء قصف مدفعي تركي استهدف قرية داقورية جنوبي عامودا ظهر اليوم، ولم يسفر القصف عن وفيات.",
])
def test_no_case_of_death_recorded_is_no_dead(shipped, text):
    """"ولم تسجل أي حالة وفاة", "دون تسجيل حالات وفاة", "لم يسفر عن وفيات": the dead counted as cases of death, none;
    the wounded the sentence counts stand."""
    assert facts(text, shipped, "fatalities", "injured", published="2026-12-03T10:00:00Z") == [(0, 1)]


@pytest.mark.parametrize("text, place", [
    ("Turkish artillery shelled the village of Al-Hassani, east of Ain Issa, on Monday afternoon, wounding a farmer.\n"
     "Shells kept falling on the area for hours, forcing families to flee towards Ain Issa and Raqqa city.",
     "Al-Hassani"),
    ("قصفت المدفعية التركية، عصر اليوم الإثنين، قرية داقورية جنوبي عامودا، ما أدى إلى إصابة مزارع بجروح.\n"
     "واستمر سقوط القذائف على المنطقة لساعات، ما أجبر عائلات على النزوح نحو عامودا ومدينة القامشلي.", "Daquriyah"),
])
def test_every_place_fled_to_is_a_destination(shipped, text, place):
    """"to flee towards X and Y city", "النزوح نحو X ومدينة Y": the second place fled to is no more struck than the
    first."""
    assert [location for location, _ in coded(text, shipped)] == [place]
