"""Kinds of English news articles the blind set tests/fixtures/matching/articles_heldout_news7en.yaml measures
(issue 16: every strike of a full news article at its place, its toll, who struck): a monitor's tally before its
period ("has documented the deaths of N …, including …, since the start of the year"), a ministry's figure said
for no place, villages spelled otherwise that several places of the governorate answer to (the one spelled
closest, the one beside the place the sentence names), the village a sentence introduces over the town it is
placed by, and the striker a later sentence attributes the strikes to.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

from monitor.normalize import normalize
from monitor.text.decision import foreground
import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_monitors_tally_before_its_period_is_no_toll_of_the_strike(shipped):
    # the figure comes before a parenthesis and a place, the period after them: the whole tally is background
    text = ("A drone strike on a car near Hajin killed two men on Tuesday, local sources said.\n"
            "The Observatory has documented the deaths of 31 civilians, including 8 women, in drone strikes on the "
            "eastern countryside since the start of 2025.")
    assert facts(text, shipped, *TOLLS) == [("Hajin", 2, None)]
    assert foreground("the observatory has recorded 64 strikes, most of them by drones, in the province this year") == ""
    # (the news before a tally's clause stands: "a drone killed 3, while …")
    assert foreground("a drone killed 3 in hajin, while the group has counted 900 dead since 2019") == "a drone killed 3 in hajin"


def test_a_figure_said_for_no_place_is_no_toll_nor_side_of_the_strike(shipped):
    text = ("Turkish drones struck a house in the village of Tall Nasri near Tal Tamr on Monday, damaging it.\n"
            "The defence ministry said on Monday its forces had neutralised nine PKK/YPG terrorists, without naming the "
            "places.")
    assert facts(text, shipped, "location", "fatalities", "actor2") == [("Tall Nasri", None, None)]
    assert foreground("the ministry said 12 militants were neutralised but did not say where") == ""
    assert foreground(normalize("وقالت الوزارة إنها حيّدت تسعة إرهابيين دون تحديد أماكن العمليات").text) == ""


def test_of_villages_spelled_alike_the_one_spelled_closest(shipped):
    # "Qalaytan": Qilaytan (also written Qletan), not Kolit nearby (also written Kolaitan) nor Kolitan
    text = "A Turkish drone struck a tractor near the village of Qalaytan in Soran district on Friday, wounding a farmer."
    assert facts(text, shipped, "location", "injured") == [("Qilaytan", 1)]


def test_of_namesakes_far_apart_the_one_beside_the_place_the_sentence_names(shipped):
    # six villages of Raqqa are Mushayrifah; the one 4 km from Ain Issa is meant (the next one is 31 km off)
    text = "Turkish artillery shelled the village of Mushairfa, east of Ain Issa, on Sunday, wounding two women."
    assert facts(text, shipped, "location", "latitude", "injured") == [("Mushayrifah", 36.4096, 2)]


def test_the_village_a_sentence_introduces_over_the_town_it_is_placed_by(shipped):
    # the town is named more often (its official speaks, its sub-district labels the village), yet the strike is at
    # the village the sentence introduces
    text = ("A drone strike killed a shepherd on Saturday near the village of Qalaytan in the Sidakan sub-district, the "
            "head of Sidakan sub-district said.\n"
            "Sidakan, near the Iranian border, has been emptied by years of strikes, the Sidakan official added.")
    assert facts(text, shipped, "location", "fatalities") == [("Qilaytan", 1)]


def test_the_striker_a_later_sentence_attributes_the_strikes_to(shipped):
    text = ("A drone hit a car on the road near Khana Sor on Saturday, killing two men, local officials said.\n"
            "On Sunday a second drone struck a house in Sinuni, wounding a boy.\n"
            "The men were buried on Monday in the town's cemetery.\n"
            "Relatives said they had been farmers.\n"
            "Two security officials attributed both strikes to Turkish drones. Ankara did not comment.")
    assert facts(text, shipped, "location", "actor1") == [("Khanah Sur", "Turkish Armed Forces"),
                                                         ("Sinuni", "Turkish Armed Forces")]


def test_a_party_that_passes_without_commenting_on_the_strike_is_no_side_of_it(shipped):
    # "without commenting on the shelling": the strike word is what a party did not comment on, no strike it reports
    text = ("A Turkish drone struck a house in the village of Tall Nasri near Tal Tamr on Monday, causing damage only.\n"
            "Russian military police patrolled the area on Monday evening, without commenting on the strike.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Tall Nasri", "Turkish Armed Forces", None)]


def test_what_the_strikes_come_amid_is_no_event_of_the_report(shipped):
    # a named place of the fighting the strikes come amid (the Tishrin Dam, a gazetteer row) is background: no clash there
    text = ("A Turkish drone struck a car near Amuda on Sunday, killing one man, local sources said.\n"
            "The strike comes amid fierce fighting between the SDF and Turkish-backed factions near the Tishrin Dam.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Amuda", "Air/drone strike")]
    assert foreground("the shelling came amid clashes between the two sides around the dam").strip() == "the shelling"


def test_a_perfect_toll_since_an_event_is_no_toll_of_the_strike(shipped):
    # "has killed N since the factions took X": the fighting's total since then, no strike's, nor an event at X
    text = ("Turkish-backed factions shelled villages near the Tishrin Dam on Sunday, the SDF said.\n"
            "The fighting around the dam has killed more than 200 people on both sides since the factions took Manbij.")
    assert facts(text, shipped, "location", "fatalities") == [("Madinat Sadd Tishrin", None)]
    assert foreground("a strike killed 3 in hajin; the war has killed 500 people since the uprising").strip(" ;") \
        == "a strike killed 3 in hajin"
