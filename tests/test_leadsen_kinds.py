"""Kinds of full news article that were coded as more strikes than they report, or as strike reports
though they report none (articles_heldout_news7en.yaml, tuned on: ne09, ne10, ne12, ne19, ne28 read).
Every article here is our own wording of that kind, not a fixture's."""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest


DAY = "2024-11-20T10:00:00Z"
locations = partial(conftest.locations, published=DAY)


def test_a_lead_listing_the_places_of_strikes_told_later_is_those_strikes(shipped):
    """"Two strikes in the Amuda and Kobani countrysides" over the village west of Amuda and the one east of
    Kobani: the detailed strike at its village absorbs the lead's mention of the town it lies beside."""
    text = ("Turkish drones carried out two strikes in the Amuda and Kobani countrysides on Tuesday, killing three "
            "people.\nIn the morning, a drone struck a house in the village of Tall Habash, west of Amuda, killing "
            "a farmer.\nIn the afternoon, a drone hit a car near the village of Shahinjak, east of Kobani, killing "
            "two fighters.")
    assert locations(text, shipped) == ["Tall Habash", "Shahinjak"]


def test_a_lead_s_place_no_later_sentence_details_stays_a_strike(shipped):
    """The lead names Amuda and Kobani; only Amuda's strike is told in detail: Kobani's stays its own."""
    text = ("Turkish drones carried out two strikes in the Amuda and Kobani countrysides on Tuesday, killing three "
            "people.\nIn the morning, a drone struck a house in the village of Tall Habash, west of Amuda, killing "
            "a farmer.")
    assert sorted(locations(text, shipped)) == ["Kobani", "Tall Habash"]


def test_a_later_strike_said_to_be_another_is_not_the_lead_s(shipped):
    """"Another drone struck …" near a place the lead named tells a further strike, not the lead's one."""
    text = ("Turkish drones struck targets in Amuda and Kobani on Tuesday, killing three people.\n"
            "Another drone later struck a house in the village of Tall Habash, west of Amuda, killing a farmer.")
    assert sorted(locations(text, shipped)) == ["Amuda", "Kobani", "Tall Habash"]


def _is_strike_report(text, lexicon):
    return analyse(text, DAY, lexicon).is_strike_report


def test_a_strike_named_by_its_year_is_another_time(shipped):
    """An analysis recalling "the 2019 air strike" on a town, "a March 2022 drone attack": strikes past."""
    text = ("Five years on, farmers in Sinuni still count the cost of the conflict.\n"
            "Many families left after the 2019 air strike that destroyed the market in Sinuni and killed four "
            "traders, and a March 2022 drone attack near the town.")
    assert not _is_strike_report(text, shipped)


@pytest.mark.parametrize("tally", [
    "The Peace Watch group has recorded more than 90 civilians killed in Turkish strikes in Duhok province over "
    "the same period.",
    "The Peace Watch group, which documents cross-border attacks, has recorded more than 90 civilians killed in "
    "Turkish strikes in Duhok province.",
])
def test_a_monitor_s_total_is_no_strike(shipped, tally):
    """A monitor's total "over the same period" as another, or told by what the monitor does as a rule ("which
    documents cross-border attacks, has recorded …"): no strike, no event."""
    coding = analyse(f"Border villages of Duhok have emptied since 2015, local officials say.\n{tally}", DAY, shipped)
    assert not coding.is_strike_report and coding.events == []


def test_trials_inquiries_and_bodies_set_up_after_a_strike_are_no_strike(shipped):
    """Trials over attacks, an inquiry into them, and a committee set up after one report none."""
    text = ("The men are among dozens facing trials over rocket attacks on Ain al-Asad air base.\n"
            "The prime minister ordered an investigation into the drone attacks on Zakho.\n"
            "A committee set up after the Batifa strike has not met.")
    assert not _is_strike_report(text, shipped)


def test_residents_hearing_explosions_of_drills_report_no_strike(shipped):
    """Residents of the towns near an exercise "heard explosions" and took them for an attack: no strike."""
    text = ("Coalition troops held drills at a base east of Al-Busayrah on Sunday.\n"
            "Residents of Al-Busayrah and Hajin said they heard explosions all morning and feared an air strike "
            "had hit the area.")
    assert not _is_strike_report(text, shipped)


def test_a_downed_drone_that_fell_in_a_field_hit_nothing(shipped):
    """"Shot down … fell in an open area": an interception (Disrupted weapons use), not a strike."""
    coding = analyse("Air defences intercepted a drone over Makhmour on Friday, and it fell in an open area outside "
                     "the town, officials said.", DAY, shipped)
    assert not coding.is_strike_report and [e["sub_event_type"] for e in coding.events] == ["Disrupted weapons use"]


def test_elsewhere_with_no_place_of_ours_is_another_region_s_strike(shipped):
    """A wire story's "Elsewhere in the region, an air strike on a car in southern Lebanon killed two" is
    no strike of the article, nor its toll."""
    text = ("Air defences intercepted a drone over Makhmour on Friday, officials said.\n"
            "Elsewhere in the region, an air strike on a car in southern Lebanon killed two people.")
    assert not _is_strike_report(text, shipped)
