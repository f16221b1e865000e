"""Kinds found by bilingual_blind17.yaml (issue 17, twentieth session): two states striking one village the same day,
and the land near a village beside a town 9 km off.
Our own sentences, none of that set's; each test names the kind of sentence its rule codes or fuses."""

import pytest

from monitor.incidents import FUSION_RULES, fuse, why_apart
from test_fusion16_kinds import reports   # each text's events as the reports of one article


# ---------------------------------------------------------------- two states' forces on one village, one day

@pytest.mark.parametrize("first, second", [
    ("قصف مدفعي لقوات الحكومة السورية على قرية الطيانة بريف دير الزور الشرقي صباح اليوم، وإصابة طفل.",
     "A Turkish drone struck an SDF car in the village of al-Tayyana, east of Deir ez-Zor, on Monday afternoon, "
     "killing one fighter."),
    ("Iranian artillery shelled the village of Herine near Sidakan on Monday morning, damaging farmland.",
     "مسيرة تركية تقصف سيارة في قرية هرينة التابعة لناحية سيدكان عصر اليوم، وإصابة شخصين."),
])
def test_two_states_striking_one_village_the_same_day_are_two_events(shipped, first, second):
    """The government's shelling of a village and a Turkish drone strike on it the same day; Iranian artillery and a
    Turkish drone on one village of Sidakan: two strikers, two events (rule ``two_strikers``), though one village
    needs no second fact to join two reports of its strike."""
    told = reports([first, second], shipped)
    assert len(told) == 2 and len(fuse(told)) == 2
    assert why_apart(*told, FUSION_RULES - {"two_strikers", "times_of_day"}) is None   # (morning and afternoon too)


def test_one_states_strike_and_a_report_naming_its_target_as_the_striker_stay_one(shipped):
    """"مسيرة للتحالف … في قرية الطيانة" and a post whose victims' ties ("مصادر تتحدث عن انتمائهما لخلايا داعش") the
    coder may read as the striker: only two states part a village's reports; so do two reports naming the same state."""
    told = reports(["طائرة مسيرة للتحالف الدولي تستهدف دراجة نارية في قرية الطيانة بريف دير الزور الشرقي صباح اليوم.",
                    "A coalition drone struck a motorcycle in al-Tayyana village, east of Deir ez-Zor, on Monday."],
                   shipped)
    assert len(told) == 2 and len(fuse(told)) == 1
    assert why_apart({**told[0], "actor1": "Islamic State"}, told[1]) is None


# ---------------------------------------------------------------- the land near a village and a town 9 km off

@pytest.mark.parametrize("near_village, in_town", [
    ("An unidentified drone struck a farm near the village of Abu Tina, west of Tal Tamr, on Monday afternoon, "
     "killing a shepherd.",
     "مسيرة مجهولة تستهدف سيارة داخل بلدة تل تمر شمال الحسكة صباح اليوم، وإصابة شخصين."),
    ("مسيرة مجهولة تقصف مزرعة قرب قرية أبو تينة بريف تل تمر عصر اليوم، ومقتل راعي أغنام.",
     "An unidentified drone hit a car inside the town of Tal Tamr on Monday morning, wounding two people."),
])
def test_the_land_near_a_village_is_not_a_towns_strike_9_km_off_without_a_second_fact(shipped, near_village, in_town):
    """"near the village of Abu Tina" (a village's area, 9 km from Tal Tamr) and a strike inside the town the same
    day, agreeing on nothing beyond date and place: two strikes (rule ``village_edges``); one striker named by both
    ties them."""
    told = reports([near_village, in_town], shipped)
    assert len(told) == 2 and len(fuse(told)) == 2
    assert why_apart(*told, FUSION_RULES - {"village_edges", "times_of_day"}) is None   # (morning and afternoon too)
    turkish = reports(["A Turkish drone struck a farm near the village of Abu Tina on Monday.",
                       "A Turkish drone hit a car in Tal Tamr on Monday."], shipped)
    assert len(turkish) == 2 and len(fuse(turkish)) == 1
