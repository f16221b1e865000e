"""Kinds of who struck whom (issue 16 point 7) the blind sets articles_heldout_news13.yaml and
articles_heldout_posts12.yaml left: a striker's standing claim about whom its operations target
("دأبت على القول إن عملياتها تستهدف قادة داعش") names no side struck; a side that deployed around the
town after the strike ("فيما انتشر عناصر من قسد في محيط البلدة") responded to it; what observers or analysts think ("ويرى مراقبون أن …", "Analysts say …")
names neither side; a strike a state's own military media tell without naming who struck ("Iraqi
Security Media Cell: F-16s destroyed …") was carried out by its forces, from the air its air force; strikes
whose striker "was later attributed" lie before the news ("Several of those attacks were later attributed to
Israel"), no striker of today's; nor is a state that "does not usually comment".

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


ACTORS = ("location", "actor1", "actor2")


def test_a_strikers_standing_claim_of_whom_it_targets_names_no_side_struck(shipped):
    text = ("قُتل مدنيان فجر اليوم إثر استهداف مروحيات التحالف الدولي منزلاً في بلدة ذيبان بريف دير الزور الشرقي. "
            "ولم يعلق التحالف الدولي على الضربة، لكنه دأب على القول إن عملياته في المنطقة تستهدف قادة تنظيم داعش.")
    assert facts(text, shipped, *ACTORS) == [("Dhiban", "US-led coalition", None)]


def test_a_side_deployed_around_the_town_after_the_strike_was_not_struck(shipped):
    text = ("قُتل مدنيان فجر اليوم إثر استهداف مروحيات التحالف الدولي منزلاً في بلدة ذيبان بريف دير الزور الشرقي. "
            "وخرج الأهالي في تشييع القتيلين، فيما انتشر عناصر من قسد في محيط البلدة.")
    assert facts(text, shipped, *ACTORS) == [("Dhiban", "US-led coalition", None)]


def test_what_observers_think_names_neither_side(shipped):
    text = ("قُتل مدنيان فجر اليوم إثر استهداف مروحيات التحالف الدولي منزلاً في بلدة ذيبان بريف دير الزور الشرقي. "
            "ويرى مراقبون أن تكرار الضربات في المنطقة يزيد الغضب الشعبي ضد قسد.")
    assert facts(text, shipped, *ACTORS) == [("Dhiban", "US-led coalition", None)]


def test_a_strike_the_states_own_military_media_tell_is_by_its_forces(shipped):
    text = ("Iraqi Security Media Cell: F-16s struck an ISIS hideout in the Wadi Horan valley near Rutba, "
            "killing three terrorists.")
    assert facts(text, shipped, "actor1", "actor2") == [("Iraqi Air Force", "Islamic State")]
    # (unless the strike is said to be by an unidentified aircraft)
    text = "Iraqi Security Media Cell: an unidentified drone struck a vehicle near Rutba, killing two people."
    assert facts(text, shipped, "actor1") == [(None,)]


def test_strikes_whose_striker_was_learned_later_are_background(shipped):
    text = ("A drone struck the headquarters of a PMF brigade in Bartella on Sunday, killing one fighter, security "
            "officials said. No one claimed responsibility. It was the first such strike since 2019, when drone attacks "
            "hit PMF depots across Iraq. Several of those attacks were later attributed to Israel by American officials.")
    assert facts(text, shipped, *ACTORS) == [("Bartella", None, "Popular Mobilization Forces")]


def test_a_state_that_usually_does_not_comment_is_no_striker(shipped):
    text = ("A drone struck the headquarters of a PMF brigade in Bartella on Sunday, killing one fighter. Israel does "
            "not usually comment on such strikes.")
    assert facts(text, shipped, *ACTORS) == [("Bartella", None, "Popular Mobilization Forces")]
