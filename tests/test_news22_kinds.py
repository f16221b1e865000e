"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news22.yaml measures (issue 16:
every strike of a full news article its own event, its toll exact): a strike told only as what another story "came
hours after".

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon, *keys: str) -> list[tuple]:
    """[the *keys* of each event] of *text*, published in early December."""
    return facts(text, lexicon, *keys, published="2026-12-02T15:00:00Z")


@pytest.mark.parametrize("text, strike", [
    # a protest that came hours after the strike: the headline reacts, the strike of that morning is still news
    ("Farmers protest in Amuda over drone strikes\n"
     "AMUDA, Syria — Dozens of farmers blocked the highway outside Amuda on Wednesday with tractors. "
     "The protest came hours after a drone strike on a pickup truck near Tal Tamr killed two men, residents said.",
     ("Tal Tamr", "Air/drone strike", 2)),
    # a roadside bomb that came hours after an air strike: the bomb is one event, the strike its own (its clause types it,
    # not the bomb the subject names again nor the one a later clause suspects)
    ("مقتل جندي بانفجار عبوة ناسفة قرب الرطبة\n"
     "قتل جندي عراقي اليوم الأربعاء بانفجار عبوة ناسفة استهدفت دورية للجيش على طريق صحراوي قرب الرطبة.\n"
     "وجاء الانفجار بعد ساعات من غارة جوية على مخبأ لعناصر داعش قرب بلدة القائم، أسفرت عن مقتل ثلاثة منهم، فيما رجح "
     "مصدر أمني أن تكون العبوة قد زرعت رداً على الغارة.",
     ("Al-Qaim", "Air/drone strike", 3)),
    # gunmen's attack that came hours after shelling: the shelling of another village is its own event
    ("مسلحون يهاجمون نقطة عسكرية في ريف دير الزور\n"
     "هاجم مسلحون مجهولون نقطة عسكرية قرب بلدة الشحيل اليوم الأربعاء، ما أدى إلى إصابة عنصرين.\n"
     "وجاء الهجوم بعد ساعات من قصف مدفعي استهدف منازل في بلدة هجين، أسفر عن مقتل امرأة.",
     ("Hajin", "Shelling/artillery/missile attack", 1)),
])
def test_the_strike_another_story_came_hours_after_is_an_event(shipped, text, strike):
    """"X came hours after a strike on Y killed two" / "وجاء X بعد ساعات من غارة على Y": the earlier strike of the
    same day or night is news of its own, whatever X is (a protest, a bomb, an attack)."""
    assert strike in coded(text, shipped, "location", "sub_event_type", "fatalities")


def test_a_strike_that_came_days_after_another_keeps_that_one_background(shipped):
    """"The strike came three days after a drone attack on Y": what it followed by days is older, no event."""
    text = ("A Turkish drone struck a car near Tal Tamr on Wednesday, killing two men, residents said. "
            "The strike came three days after a drone attack on a checkpoint in Amuda.")
    assert coded(text, shipped, "location") == [("Tal Tamr",)]


@pytest.mark.parametrize("text, toll", [
    # the striker between the verb and its victim (verb, subject, object)
    ("قتلت طائرة مسيّرة تركية مزارعاً قرب قرية تل حميس بريف القامشلي اليوم الأربعاء.", 1),
    ("وقتل قصف مدفعي تركي طفلين في قرية تل حميس بريف القامشلي اليوم الأربعاء.", 2),
    # a relative named by whose he was (construct)
    ("استهدفت طائرة مسيّرة تركية منزلاً في قرية تل حميس اليوم، ما أدى إلى مقتل ابن عم صاحب المنزل.", 1),
    # one killed with his companion, the passive verb right before them
    ("نعت قسد القيادي الذي قُتل مع سائقه بقصف مسيّرة تركية قرب قرية تل حميس اليوم الأربعاء.", 2),
])
def test_arabic_tolls_told_by_the_victims_nouns(shipped, text, toll):
    """Arabic tolls without a numeral: "قتلت طائرة مسيرة راعياً" (the striker between verb and victim), "مقتل شقيق
    زوجها" (a relative in construct), "قُتل مع مرافقه" (one and his companion)."""
    assert coded(text, shipped, "fatalities") == [(toll,)]


@pytest.mark.parametrize("text, places", [
    ("Iraqi F-16 jets carried out air strikes on ISIS hideouts in Anbar province on Saturday, the Joint Operations "
     "Command said, as follows:\n"
     "First: a cave used as a hideout in the hills near the village of al-Hadaba, in the Haditha district.\n"
     "Second: a weapons cache near the village of Dawayliya, in the Haditha district.",
     ["Qaryat al Hadabah", "Qaryat Dawayliyah"]),
    ("أعلنت قيادة العمليات المشتركة أن طائرات F-16 العراقية نفذت اليوم ضربات جوية على أوكار لداعش في محافظة الأنبار، "
     "وكالآتي:\n"
     "أولاً: كهف في التلال قرب قرية الهضبة في قضاء حديثة.\n"
     "ثانياً: مخبأ قرب قرية دويلية في قضاء حديثة.",
     ["Qaryat al Hadabah", "Qaryat Dawayliyah"]),
])
def test_a_statements_targets_counted_in_words_are_its_strikes(shipped, text, places):
    """A statement's list of targets whose items are counted in words ("First: a cave near the village of X",
    "أولاً: كهف قرب قرية X") under the strike line: each item places a strike of its own, no governorate for them."""
    assert [location for location, in coded(text, shipped, "location")] == places


@pytest.mark.parametrize("text", [
    ("Duhok edge Sulaimani in late derby thriller\n"
     "DUHOK — Duhok beat Sulaimani 1-0 in the Iraq Stars League on Friday. The visitors bombarded the Duhok box in the "
     "second half and struck the crossbar twice, and the crowd in Duhok exploded when the winner went in."),
    ("دهوك يتغلب على زاخو في ديربي الدوري العراقي\n"
     "تغلب فريق دهوك على ضيفه زاخو بهدف نظيف في ملعب دهوك. وانفجرت المدرجات في دهوك فرحاً مع صافرة النهاية."),
])
def test_a_match_report_reports_no_strike(shipped, text):
    """A match report: its headline or lead is a match ("derby", "league", "الدوري"), and its other "strikes" are the
    game's generic words ("bombarded the box", "struck the crossbar", "the crowd exploded", "قصف اللاعبون المرمى")."""
    assert coded(text, shipped, "location") == []


def test_a_labour_strike_headline_keeps_the_drone_strike_of_its_body(shipped):
    """A labour strike leads, yet a weapon named in the body ("a Turkish drone struck a car") is a strike report."""
    text = ("Teachers strike in Duhok over unpaid salaries\n"
            "Hundreds of teachers stayed away from schools in Duhok on Wednesday. Separately, a Turkish drone struck a "
            "car near Zakho, killing two men.")
    assert coded(text, shipped, "location", "fatalities") == [("Zakho", 2)]
