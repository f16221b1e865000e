"""Kinds of sentence behind who struck whom in full articles (issue 16, point 7; actor1/actor2 >= 0.95), as the
held-out article sets news10 and news8en showed them missed: the Arabic press's quoted names of a clash's sides.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from test_news5_kinds import coded   # the event's keys asked for

SIDES = ("location", "sub_event_type", "actor1", "actor2")


def test_the_quoted_names_of_a_clashs_sides_are_its_sides(shipped):
    # 'اشتباكات بين "X" وY': the quote after "بين" hides no side; the helicopters that joined the fighting are neither
    text = ("اشتباكات بين \"قسد\" وخلية لداعش في ذيبان\n"
            "قُتل ثلاثة من عناصر \"داعش\" ومقاتلان من \"قسد\"، مساء الثلاثاء، في اشتباكات في بلدة ذيبان بريف دير الزور "
            "الشرقي.\n"
            "وقال مصدر محلي إن مروحيات التحالف شاركت في الاشتباكات بإطلاق النار على منزل تحصن فيه عناصر الخلية.")
    assert coded(text, shipped, SIDES) == [("Dhiban", "Armed clash", "Syrian Democratic Forces", "Islamic State")]


def test_the_side_whose_post_a_strike_targeted_is_the_side_struck_not_its_striker(shipped):
    # "a depot and a command post of X": X owned what was struck; the report names no striker
    text = ("Airstrikes on Tuesday night targeted an ammunition depot and a command post of the Iran-backed militias in "
            "the town of Al-Mayadin, east of Deir ez-Zor, killing four militiamen, local sources said.")
    assert coded(text, shipped, SIDES) == [("Mayadin", "Air/drone strike", None, "Iran-backed militias")]
