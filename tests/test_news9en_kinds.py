"""Kinds of English news articles the blind set tests/fixtures/matching/articles_heldout_news9en.yaml measures
(issue 16: every strike of a full news article, and none of its background, at its place, with its toll and its
sides): a report about an earlier strike (an anniversary, an inquiry: the headline names a strike it does not
report and the body dates it before the lookback), habits ("every day there are drones over …", "have been
conducting regular air strikes in A, B and C"), a monitor's tally in the simple past, one person killed named by
a long group name or by his own name ("killing Abu X, a senior ISIS official"), the target of an attack the
struck were only preparing, "the road between X and Y in G's D district" (one strike, labelled), the platform X
ending a sentence, a toll said of another place beside a strike, two terrain regions in two sentences (two
strikes), a lead's total over several strikes (none's toll), a strike the body tells "two hours later" (still a
headline's detail) and a revised toll that states the wounded.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

from monitor.text import analyse
import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_a_report_about_an_earlier_strike_reports_none(shipped):
    # an inquiry: officials questioned over a strike the body dates a month before publication
    text = ("Committee questions officials over deadly drone strike near Sidakan\n"
            "The strike, on January 12, hit a car on the road to Sidakan, killing a man and his son.")
    coding = analyse(text, "2025-02-11T09:00:00Z", shipped)
    assert (coding.events, coding.is_strike_report) == ([], False)
    # an anniversary: "N years on, families mark …"
    text = ("Two years on, families mark deadly shelling of a Zakho resort\n"
            "Eight tourists were killed when shells hit the resort in Zakho district on July 20, 2023.")
    coding = analyse(text, "2025-07-20T09:00:00Z", shipped)
    assert (coding.events, coding.is_strike_report) == ([], False)
    # … but a strike the same piece dates within the lookback is news
    text = ("Six years after Baghouz, families wait for answers on coalition strike\n"
            "On March 18, 2019, jets bombed a crowd near the river in Baghouz, killing 70 people.\n"
            "On Sunday, a drone strike hit a car near Hajin, killing two men, local sources said.")
    assert [location for location, *_ in facts(text, shipped, *TOLLS, published="2025-03-18T09:00:00Z")] == ["Hajin"]


def test_every_day_is_a_habit(shipped):
    text = ("Turkish drones keep up pressure on the SDF\nTurkish drones have struck vehicles on the roads of the "
            "Hasakah countryside. \"Every day there are drones over Qamishli, Amuda and Derik,\" said a journalist in "
            "Qamishli.")
    located = {location for location, *_ in facts(text, shipped, *TOLLS, published="2025-02-24T09:00:00Z")}
    assert not located & {"Qamishli", "Amuda", "Al-Malikiyah"}

def test_a_campaign_that_goes_on_is_background(shipped):
    text = ("Iraqi F-16s struck a cave in the desert south of Kubaisa, in Anbar province, on Sunday, killing four militants.\n"
            "Ground forces are searching the area for other militants, an officer said.\n"
            "Iraq's armed forces have been conducting air strikes against the group's hideouts in Salahuddin, Kirkuk "
            "and Diyala.")
    assert facts(text, shipped, "fatalities") == [(4,)]   # one strike, none in the named governorates
    text = ("Iraqi F-16s struck a cave in the desert south of Kubaisa, in Anbar province, on Sunday, killing four militants.\n"
            "Ground forces are searching the area for other militants, an officer said.\n"
            "The air force carries out regular air strikes on hideouts in Kirkuk and Diyala.")
    assert facts(text, shipped, "fatalities") == [(4,)]   # one strike, none in the named governorates


def test_a_monitors_tally_in_the_simple_past_is_no_toll_of_the_event(shipped):
    text = ("Two ISIS cell members were killed in clashes with the SDF in the town of Al-Shaafa on Sunday night.\n"
            "The Observatory documented the death of 14 ISIS members in raids by the SDF and the coalition in Deir "
            "Ezzor since early 2025.")
    assert facts(text, shipped, *TOLLS) == [("Al-Shaafa", 2, None)]


def test_one_person_killed_named_by_a_long_group_name_or_his_own_name(shipped):
    text = ("A member of the Internal Security Forces (Asayish) was killed on Monday when a Turkish drone struck a "
            "checkpoint in the village of Qasr Dib.")
    assert facts(text, shipped, *TOLLS) == [("Qasr ad Dib", 1, None)]
    text = ("U.S. forces conducted an airstrike near Abu Khashab on Friday, killing Abu Hamza al-Tunisi, a senior "
            "ISIS official responsible for smuggling fighters.")
    assert facts(text, shipped, *TOLLS) == [("Abu Khashab", 1, None)]


def test_the_target_of_an_attack_only_prepared_is_no_side_struck(shipped):
    text = ("Two terrorists were neutralised by an air strike in the Zap region on Sunday while preparing an attack "
            "on a Turkish base, the ministry said.")
    assert facts(text, shipped, "location", "actor2") == [("Zap", None)]


def test_the_road_between_two_places_labelled_by_its_district_is_one_strike(shipped):
    text = ("A Turkish drone struck a car on the road between Deraluk and Kani Mase in Duhok province's Amedi "
            "district on Sunday, killing two brothers.")
    assert facts(text, shipped, *TOLLS) == [("Dereluk", 2, None)]


def test_the_platform_x_ends_a_sentence_and_a_toll_of_another_place_is_not_the_strikes(shipped):
    text = ("Three of the terrorists were neutralised near Tal Rifaat by fire support elements, the ministry said "
            "on X. The other two were neutralised by an air strike south of Suluk on Sunday.")
    assert ("Suluk", 2, None) in facts(text, shipped, *TOLLS)


def test_two_terrain_regions_are_two_strikes_and_a_leads_total_is_none_of_theirs(shipped):
    text = ("Turkish forces have neutralised seven PKK members in northern Iraq, the ministry said.\n"
            "Four were neutralised in an air strike in the Gara region on Saturday. Three more were killed by armed "
            "drones in the Haftanin region on the same day.")
    assert facts(text, shipped, *TOLLS) == [("Gara", 4, None), ("Haftanin", 3, None)]


def test_a_strike_the_body_tells_hours_later_is_still_a_headlines_detail(shipped):
    text = ("Turkish drones strike Amuda and Girkê Legê countryside\n"
            "A Turkish drone struck a house in the village of Qazanbuk, west of Amuda, on Sunday, wounding two "
            "people. Two hours later, a drone struck a car near the village of Bayt Hannun, west of Girkê Legê, "
            "killing the driver.")
    assert [location for location, *_ in facts(text, shipped, *TOLLS)] == ["Qazanbuk", "Bayt Hannun"]


def test_a_revised_toll_that_states_the_wounded_revises_them_too(shipped):
    text = ("A Turkish drone struck a car near the village of Kursi on Sunday, killing one man and wounding two "
            "others. Hours later, one of the wounded died in hospital, raising the toll to two dead and one wounded.")
    assert facts(text, shipped, *TOLLS) == [("Karsi", 2, 1)]
