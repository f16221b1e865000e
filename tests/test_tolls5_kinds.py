"""Kinds of toll sentences the blind set tests/fixtures/matching/articles_heldout_tolls5.yaml measures (issue 16: the
toll exact, every strike its own event): a toll listed place by place under a heading that tells no strike ("Casualties
by location:", "الحصيلة حسب المناطق:"), the strike told above that heading or on the line after the list.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import TOLLS, facts


def tolls(text: str, lexicon) -> list[tuple]:
    """[(place, killed, injured) of each event] of *text*, published early in December."""
    return facts(text, lexicon, *TOLLS, published="2026-12-02T10:00:00Z")


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية التركية، مساء أمس، قرى في ريف ناحية تل تمر.\nالحصيلة حسب المناطق:\n• قرية تل نصري: ٢ قتلى\n"
     "• قرية تل جمعة: ٤ جرحى", [("Tall Nasri", 2, None), ("Tall Jum`ah", None, 4)]),
    ("Turkish artillery shelled villages west of Tal Tamr on Tuesday evening.\nCasualties by location:\n"
     "• Tal Nasri – 2 killed\n• Tal Jumaa – 4 wounded", [("Tall Nasri", 2, None), ("Tall Jum`ah", None, 4)]),
])
def test_a_toll_list_under_a_heading_that_tells_no_strike(shipped, text, expected):
    """A toll listed place by place under a heading of its own that tells no strike ("Casualties by location:",
    "الحصيلة حسب المناطق:"), the strike told in the sentence above the heading: each place its own event."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("Casualties by location, according to the district council:\nTal Nasri – 2 killed\nTal Jumaa – 4 wounded\n"
     "The toll follows Turkish shelling of the two villages on Tuesday evening.",
     [("Tall Nasri", 2, None), ("Tall Jum`ah", None, 4)]),
])
def test_a_toll_list_before_the_sentence_that_tells_its_strike(shipped, text, expected):
    """A toll listed place by place before the sentence that tells its strike, on the line right after the list ("The
    toll follows Turkish shelling of the villages"): each place its own event, struck as that sentence tells."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish artillery shelled villages west of Tal Tamr on Tuesday evening.\nCasualties by location:\n"
     "• Tal Nasri – 2 killed\n• Kharbat Zozo – 3 wounded", [("Tall Nasri", 2, None)]),
    ("قصفت المدفعية التركية، مساء أمس، قرى في ريف ناحية تل تمر.\nالحصيلة حسب المناطق:\n• قرية تل نصري: قتيلان\n"
     "• قرية خربة زوزو: ٣ جرحى", [("Tall Nasri", 2, None)]),
])
def test_an_item_of_a_place_not_known_keeps_its_toll(shipped, text, expected):
    """An item of a toll listed place by place whose place the gazetteer knows not ("• Kharbat Zozo – 3 wounded"): its
    toll is that place's, none of the item's above it."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iraqi jets struck an Islamic State cave near Anah on Monday, killing between six and nine militants.",
     [("Anah", 6, None)]),
    ("A Turkish drone hit a car near Amadiya on Monday; three or four people were killed, a local official said.",
     [("Amadiya", 3, None)]),
    ("قصفت طائرات القوة الجوية العراقية، يوم الاثنين، وكراً لداعش قرب عانة، ما أسفر عن مقتل ما بين ٦ و٩ إرهابيين.",
     [("Anah", 6, None)]),
])
def test_a_toll_given_as_a_range_is_its_lower_figure(shipped, text, expected):
    """A toll given as a range ("between six and nine", "three or four", "ما بين ٦ و٩"): the lower figure, the
    codebook's conservative one."""
    assert tolls(text, shipped) == expected


def test_a_revision_from_one_figure_to_another_is_no_range(shipped):
    """"The toll rose from three to five": the new figure, no range of which the lower is taken."""
    text = ("A Turkish drone struck a car near Amadiya on Monday. The death toll rose from three to five on Tuesday, a "
            "local official said.")
    assert tolls(text, shipped) == [("Amadiya", 5, None)]


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone struck a car near Amadiya on Monday, killing three people, the district mayor told Rudaw.\n"
     "Early reports had put the death toll at one.", [("Amadiya", 3, None)]),
    ("قتل ثلاثة أشخاص بقصف طائرة مسيرة تركية سيارة قرب العمادية يوم الاثنين، بحسب قائممقام القضاء.\n"
     "وكانت تقارير أولية قد تحدثت عن مقتل شخص واحد.", [("Amadiya", 3, None)]),
])
def test_a_first_count_told_on_its_own_is_superseded(shipped, text, expected):
    """A first count told in a sentence of its own ("Early reports had put the death toll at one"): superseded by the
    figure the report gives, no other source's lower figure."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("The death toll from Monday's Turkish drone strike near Amadiya rose to three on Tuesday, hospital sources said.\n"
     "The strike had initially killed one person and wounded four.", [("Amadiya", 3, 4)]),
    ("ارتفعت حصيلة ضحايا القصف التركي الذي استهدف، أمس الاثنين، سيارة قرب العمادية إلى ثلاثة قتلى.\n"
     "وكان القصف قد أسفر في حصيلة أولية عن مقتل شخص وإصابة أربعة آخرين.", [("Amadiya", 3, 4)]),
])
def test_an_updates_recall_of_the_first_toll_gives_the_wounded(shipped, text, expected):
    """An update recalls the strike's first toll in the pluperfect ("The strike had initially killed one and wounded
    four", "وكان القصف قد أسفر في حصيلة أولية عن"): the strike's own, not an earlier incident; the dead as revised, the
    wounded as first told."""
    assert tolls(text, shipped) == expected


def test_a_toll_that_rose_names_a_group_by_its_abbreviation(shipped):
    """"The death toll from a strike on a Popular Mobilization Forces (PMF) post … has climbed to four": the group's
    abbreviation in brackets between the toll and its new figure."""
    text = ("The death toll from a drone strike on a Popular Mobilization Forces (PMF) post near Al-Qaim on Monday has "
            "climbed to four, a PMF source said.")
    assert tolls(text, shipped) == [("Al-Qaim", 4, None)]


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة تركية، يوم الاثنين، سيارة قيادي في وحدات مقاومة سنجار قرب سنوني، ما أدى إلى مقتله هو "
     "وسائقه.", [("Sinuni", 2, None)]),
    ("استهدفت طائرة مسيرة تركية، يوم الاثنين، سيارة قيادي في وحدات مقاومة سنجار قرب سنوني، ما أدى إلى مقتله مع "
     "سائقه.", [("Sinuni", 2, None)]),
])
def test_his_death_with_his_driver(shipped, text, expected):
    """"مقتله هو وسائقه", "مقتله مع سائقه" (his death, he and his driver): two dead, the one a pronoun names and his
    companion."""
    assert tolls(text, shipped) == expected


def test_the_dead_of_two_sides_the_first_with_a_long_name(shipped):
    """"قتل ٢ من عناصر قوات سوريا الديمقراطية و٣ مدنيين": the dead of one side, its long name between, then another's
    (the codebook's toll of both sides)."""
    text = "قتل ٢ من عناصر قوات سوريا الديمقراطية و٣ مدنيين، يوم الاثنين، بقصف طائرة مسيرة تركية على بلدة عامودا."
    assert tolls(text, shipped) == [("Amuda", 5, None)]


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية التركية، مساء أمس، قرى في ريف ناحية تل تمر.\nالحصيلة حسب المناطق:\n• قرية تل نصري: شهيد\n"
     "• قرية تل جمعة: شهيد وجريحان", [("Tall Nasri", 1, None), ("Tall Jum`ah", 1, 2)]),
])
def test_a_list_lines_toll_by_its_nouns_alone(shipped, text, expected):
    """A list line's toll told by its nouns alone: "قرية X: شهيد" (one dead), "شهيد وجريحان" (one dead, two wounded:
    the dual of the wounded)."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rescuers recovered two more bodies on Wednesday from the rubble of a house in Hajin that an unidentified aircraft "
     "struck on Monday. The strike killed three people at the time, local sources said.", [("Hajin", 5, None)]),
    ("أعلنت قيادة العمليات، يوم الأربعاء، العثور على جثث ثلاثة إرهابيين آخرين تحت أنقاض وكر لداعش قرب الرطبة دمرته "
     "غارة جوية عراقية يوم الاثنين.\nوكانت القيادة قد أعلنت في حينه مقتل إرهابيين اثنين في الغارة.",
     [("Rutba", 5, None)]),
])
def test_more_bodies_found_days_later_add_to_the_first_toll(shipped, text, expected):
    """More bodies recovered from the strike's rubble days later ("recovered two more bodies", "العثور على جثث ثلاثة
    إرهابيين آخرين"): added to the toll told at the time ("وكانت القيادة قد أعلنت في حينه مقتل …", the strike's own),
    no new total."""
    assert tolls(text, shipped) == expected
