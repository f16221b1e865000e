"""Kinds found by bilingual_blind17.yaml (issue 17, twentieth session): two states striking one village the same day,
and what the fusion reads of a village, a camp and a town beside them.
Our own sentences, none of that set's; each test names the kind of sentence its rule codes or fuses."""

import pytest

from monitor.incidents import FUSION_RULES, fuse, why_apart
from monitor.text import analyse

PUBLISHED = "2027-12-20T11:00:00Z"


def reports(texts: list[str], lexicon) -> list[dict]:
    """The events of *texts* as reports of one article each (in order), published at PUBLISHED."""
    return [{**event, "article_id": n, "story_id": n, "outlet": f"outlet{n}.example", "language": "en",
             "published_at": PUBLISHED}
            for n, text in enumerate(texts) for event in analyse(text, PUBLISHED, lexicon).events]


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
    assert why_apart(*told, FUSION_RULES - {"two_strikers"}) is None


def test_one_states_strike_and_a_report_naming_its_target_as_the_striker_stay_one(shipped):
    """"مسيرة للتحالف … في قرية الطيانة" and a post whose victims' ties ("مصادر تتحدث عن انتمائهما لخلايا داعش") the
    coder may read as the striker: only two states part a village's reports; so do two reports naming the same state."""
    told = reports(["طائرة مسيرة للتحالف الدولي تستهدف دراجة نارية في قرية الطيانة بريف دير الزور الشرقي صباح اليوم.",
                    "A coalition drone struck a motorcycle in al-Tayyana village, east of Deir ez-Zor, on Monday."],
                   shipped)
    assert len(told) == 2 and len(fuse(told)) == 1
    assert why_apart({**told[0], "actor1": "Islamic State"}, told[1]) is None

