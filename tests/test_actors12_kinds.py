"""Kinds of sentence behind who struck whom in full articles (issue 16, point 7; actor1/actor2 >= 0.95), as the
held-out article sets news10 and news8en showed them missed: the Arabic press's quoted names of a clash's sides.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


SIDES = ("location", "sub_event_type", "actor1", "actor2")


def test_the_quoted_names_of_a_clashs_sides_are_its_sides(shipped):
    # 'اشتباكات بين "X" وY': the quote after "بين" hides no side; the helicopters that joined the fighting are neither
    text = ("اشتباكات بين \"قسد\" وخلية لداعش في ذيبان\n"
            "قُتل ثلاثة من عناصر \"داعش\" ومقاتلان من \"قسد\"، مساء الثلاثاء، في اشتباكات في بلدة ذيبان بريف دير الزور "
            "الشرقي.\n"
            "وقال مصدر محلي إن مروحيات التحالف شاركت في الاشتباكات بإطلاق النار على منزل تحصن فيه عناصر الخلية.")
    assert facts(text, shipped, *SIDES) == [("Dhiban", "Armed clash", "Syrian Democratic Forces", "Islamic State")]


def test_the_side_whose_post_a_strike_targeted_is_the_side_struck_not_its_striker(shipped):
    # "a depot and a command post of X": X owned what was struck; the report names no striker
    text = ("Airstrikes on Tuesday night targeted an ammunition depot and a command post of the Iran-backed militias in "
            "the town of Al-Mayadin, east of Deir ez-Zor, killing four militiamen, local sources said.")
    assert facts(text, shipped, *SIDES) == [("Mayadin", "Air/drone strike", None, "Iran-backed militias")]


def test_a_side_shelling_with_its_bracketed_abbreviation_strikes_with_the_state_joined_to_it(shipped):
    # "X and allied Y (ABBR) factions shelled": Y struck too (its abbreviation in brackets parts no name from its verb),
    # so it is no side struck
    text = ("Turkish forces and allied Syrian National Army (SNA) factions shelled the village of Al-Dardara, "
            "north-west of Tal Tamr, on Friday, damaging several houses, local sources said.")
    assert facts(text, shipped, *SIDES) == [("Dardarah", "Shelling/artillery/missile attack", "Turkish Armed Forces", None)]
    # "X and the factions of Y (ABBR) they back shelled": the first named leads the shelling both did
    text = ("Turkish forces and the factions of the Syrian National Army (SNA) they back shelled the village of "
            "Dardarah on Friday, damaging several houses, local sources said.")
    assert facts(text, shipped, *SIDES) == [("Dardarah", "Shelling/artillery/missile attack", "Turkish Armed Forces", None)]


def test_the_self_defence_forces_struck_are_the_sdf(shipped):
    # the administration's conscripts serve under the SDF: their loss is the SDF's; the SDF's silence is no role
    text = ("A Turkish drone targeted a car near the village of Dardarah on Monday, killing two members of the "
            "Self-Defence Forces at their post, local sources said.\n"
            "The Syrian Democratic Forces (SDF) have not commented on the strike.")
    assert facts(text, shipped, *SIDES) == [("Dardarah", "Air/drone strike", "Turkish Armed Forces",
                                            "Syrian Democratic Forces")]
