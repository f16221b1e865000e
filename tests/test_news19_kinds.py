"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news19.yaml measures (issue 16:
every strike of a full news article its own event with its own toll, no extra event): tolls split by place, the one
more told by its ordinal ("a third", "وشخص ثالث"), …

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon, *keys: str) -> list[tuple]:
    """[the *keys* of each event] of *text*, published early December."""
    return facts(text, lexicon, *keys, published="2026-12-02T10:00:00Z")


@pytest.mark.parametrize("text, tolls", [
    ("قصفت المدفعية التركية مساء اليوم قريتي بانك وكارا التابعتين لقضاء زاخو، ما أدى إلى مقتل اثنين في قرية بانك ومدني "
     "ثالث في قرية كارا.", [("Banik", 2), ("Kara", 1)]),
    ("قصفت القوات التركية بالمدفعية الثقيلة صباح اليوم قريتي مجيبرة زركان وتل حفيان غربي بريف تل تمر، ما أسفر عن مقتل "
     "ثلاثة في مجيبرة زركان ورابع في تل حفيان غربي.", [("Mejeibrat Zarkan", 3), ("Tall Hafyan Gharbi", 1)]),
    ("Turkish drones struck twice in the countryside of Qamishli on Tuesday, killing two fighters near the village of "
     "Dudan and a third near Kudu.", [("Dudan", 2), ("Kudu", 1)]),
])
def test_one_more_told_by_its_ordinal_at_another_place_is_one(shipped, text, tolls):
    """A toll split by place whose later clause counts one more by its ordinal ("killing two near X and a third near Y", "مقتل اثنين في X ومدني ثالث في Y", "وثالث في Y"): that place's toll
    is one, not the running total the ordinal reaches (and the first place keeps its own)."""
    assert coded(text, shipped, "location", "fatalities") == tolls


@pytest.mark.parametrize("text, place", [
    ("دان محافظ نينوى، خلال مؤتمر صحفي عقده في مدينة الموصل، اليوم الخميس، قصف طائرة مسيّرة تركية لسيارة مدنية قرب قرية "
     "كاورة التابعة لقضاء مخمور، ما أدى إلى مقتل شخص.", "Gawre"),
    ("أعلن الناطق باسم القائد العام للقوات المسلحة، في مؤتمر صحفي ببغداد اليوم، أن طائرات F-16 العراقية قصفت وكراً لداعش "
     "في منطقة الطوزلية الغربية جنوب قضاء راوة، ما أسفر عن مقتل ثلاثة إرهابيين.", "At Tuzliyah al Gharbiyah"),
    ("A Turkish drone struck a car near the village of Jighalawk in the Makhmour district on Sunday, killing two people.\n"
     "A spokesman for the Joint Operations Command said in Baghdad that the army was investigating the strike.",
     "Jighalawk"),
    ("Iraqi F-16 jets bombed an Islamic State hideout near the village of At Tuzliyah al Gharbiyah, south of Rawa, "
     "killing three militants, a military spokesman told a news conference in Baghdad on Wednesday.",
     "At Tuzliyah al Gharbiyah"),
])
def test_where_a_statement_was_made_is_no_strike(shipped, text, place):
    """The city where a governor, a ministry or a spokesman made the announcement ("told a news conference in
    Baghdad", "said in Baghdad", "خلال مؤتمر صحفي عقده في مدينة الموصل", "في مؤتمر صحفي ببغداد"): where it was said, not
    struck; the one strike is the village it tells of."""
    assert [location for (location,) in coded(text, shipped, "location")] == [place]


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a pickup near the village of Delawe on Sunday, wounding three people.\n"
    '"The drone hit the pickup, and the first one stopped to help," the official said, adding that nobody was killed.',
    "A Turkish drone struck a pickup near the village of Delawe on Sunday, wounding three people.\n"
    '"One car turned back at once," the official told reporters, adding that no one was killed.',
])
def test_nobody_as_the_killed_verbs_subject_counts_nobody(shipped, text):
    """A clause whose killed verb has "nobody", "no one" or "none" for subject ("…, the official said, adding that
    nobody was killed"): the number or article words before it ("the first one … the official") are not its dead; the
    strike killed nobody."""
    assert coded(text, shipped, "location", "fatalities", "injured") == [("Delawe", 0, 3)]


@pytest.mark.parametrize("text, place", [
    ("Life under the drones in the hills of Amedi\n"
     "On a cold morning in February, Dilshad Omar was feeding his goats when he heard the drone. Seconds later a "
     "missile hit a tractor on the track below, killing three farmers he knew.\n"
     "Ten months on, the drones are back. On Tuesday a Turkish drone struck a car near the village of Sirtay in the "
     "Amedi district, killing its driver, local officials said.", "Sirtay"),
    ("في قرى العمادية.. المسيّرات لا تغادر السماء\n"
     "في مساء من شهر أيار الماضي، كان دلشاد يجمع العسل قرب بيته، حين سمع صوت الطائرة. دقائق واستهدفت مسيّرة جراراً زراعياً "
     "على الطريق، وقتلت ثلاثة مزارعين.\n"
     "بعد ستة أشهر، عادت المسيّرات. صباح اليوم الثلاثاء، استهدفت طائرة مسيرة تركية سيارة قرب قرية سيرتي في قضاء العمادية، "
     "ما أدى إلى مقتل سائقها.", "Sirtay"),
])
def test_a_features_opening_scene_in_a_month_past_is_no_toll(shipped, text, place):
    """A feature that opens with the scene of an earlier strike, its paragraph set in a month past ("On a cold morning
    in February, …. Seconds later a missile hit a tractor, killing three", "في مساء من شهر أيار الماضي، … دقائق واستهدفت
    مسيّرة جراراً … وقتلت ثلاثة"), then reports today's: the scene's strike is recalled, its dead are not today's."""
    assert coded(text, shipped, "location", "fatalities") == [(place, 1)]


@pytest.mark.parametrize("text, toll", [
    ("استهدفت طائرة مسيّرة تركية، عصر اليوم، سيارة مدنية قرب قرية سيرتي التابعة لقضاء العمادية.\n"
     "وقال شهود إن النيران اشتعلت في السيارة على الفور.\n"
     "ووثقت منظمة محلية هويات الضحايا، وهم أربعة مزارعين من أهالي المنطقة.", 4),
    ("استهدفت طائرة مسيّرة تركية، عصر اليوم، سيارة مدنية قرب قرية سيرتي التابعة لقضاء العمادية.\n"
     "وقال شهود إن النيران اشتعلت في السيارة على الفور.\n"
     "وذكر مصدر طبي أن جثث الضحايا نقلت إلى مستشفى العمادية، وهم: آزاد سليم (31 عاماً) من أهالي قرية بيزال، وابن عمه "
     "شفان حسن (24 عاماً).", 2),
    ("استهدفت طائرة مسيّرة تركية، عصر اليوم، سيارة مدنية قرب قرية سيرتي التابعة لقضاء العمادية.\n"
     "وقال شهود إن النيران اشتعلت في السيارة على الفور.\n"
     "وفي المساء، تسلم الأهالي جثماني الشهيدين من مستشفى العمادية.", 2),
])
def test_the_dead_named_paragraphs_later_are_the_strikes_toll(shipped, text, toll):
    """A strike whose toll is told only paragraphs later, where the dead are named or their bodies received ("ووثقت
    منظمة هويات الضحايا، وهم أربعة مزارعين", "جثث الضحايا …، وهم: آزاد سليم (31 عاماً) …، وابن عمه شفان حسن (24
    عاماً)", "تسلم الأهالي جثماني الشهيدين"): that paragraph is read for the strike, the dead counted or named its toll
    (the named by their ages)."""
    assert coded(text, shipped, "location", "fatalities") == [("Sirtay", toll)]


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرة مسيّرة تركية، صباح اليوم، سيارة على الطريق الواصل بين مدينتي تل تمر والحسكة، قرب قرية تل حفيان غربي، ما "
     "أسفر عن إصابة سائقها.", "Tall Hafyan Gharbi"),
    ("استهدفت مسيّرة تركية ظهر اليوم دراجة نارية على طريق عامودا - قامشلو قرب قرية كودو، ما أدى إلى مقتل شاب.", "Kudu"),
    ("استهدفت مسيّرة تركية ظهر اليوم دراجة نارية على الطريق بين بلدتي ديريك والقحطانية قرب قرية يونسية، ما أدى إلى مقتل "
     "شاب.", "Yunusiyah"),
])
def test_a_roads_ends_yield_to_the_village_it_passes(shipped, text, place):
    """A car or a convoy struck on the road between two towns near a village ("على الطريق الواصل بين مدينتي X وY، قرب
    قرية Z", "على طريق X - Y قرب قرية Z"): the village is the strike's place, the road's ends (the first one too) only
    the stretch it lies on."""
    assert [location for (location,) in coded(text, shipped, "location")] == [place]


def test_the_day_a_governor_condemned_is_not_the_strikes(shipped):
    """The wire formula with a condemnation's verb, its day set between commas after the speaker and the place he spoke
    ("دان محافظ دهوك، خلال مؤتمر صحفي في مدينة دهوك، اليوم الخميس، قصفاً … مساء أمس الأربعاء"): the day he condemned
    it, not the strike's, when the sentence names the strike's own."""
    text = ("دان محافظ دهوك، خلال مؤتمر صحفي في مدينة دهوك، اليوم الخميس، قصفاً مدفعياً تركياً طال قرية سيرتي في قضاء "
            "العمادية، مساء أمس الأربعاء، وأدى إلى إصابة طفل.")
    assert facts(text, shipped, "location", "event_date", published="2026-12-03T10:00:00Z") == [("Sirtay", "2026-12-02")]
