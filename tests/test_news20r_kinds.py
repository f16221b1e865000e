"""Kinds of full news articles the residue of the blind sets articles_heldout_news19, _news18, _news14 and _tolls3
measures (issue 16: every strike of a full article its own event, and no extra one): a weekday word inside a
village's name (a man's name) that is no day.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

import conftest
from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, date) of each event] of *text*, published on Wednesday 2 December 2026."""
    return facts(text, lexicon, "location", "event_date", published="2026-12-02T16:00:00Z")


@pytest.mark.parametrize("text", [
    "قصفت قوات الحكومة السورية بالمدفعية، مساء اليوم الأربعاء، أطراف قرية كسرة شيخ جمعة في ريف الرقة الغربي.\n"
    "وأفاد ناشطون بأن القصف على كسرة شيخ جمعة لم يسفر عن إصابات بشرية.",
])
def test_a_weekday_in_a_villages_name_is_no_day(shipped, text):
    """A village named for a man ("حسن جمعة", "كسرة شيخ جمعة") told again in a toll sentence: its "جمعة" is no
    Friday, so the sentence tells the same strike, not one of last Friday."""
    assert len(coded(text, shipped)) == 1
    assert coded(text, shipped)[0][1] == "2026-12-02"


def places(text: str, lexicon) -> list[str]:
    """[the place of each event] of *text*, published on Wednesday 2 December 2026."""
    return [place for place, _ in coded(text, lexicon)]


@pytest.mark.parametrize("text, strikes", [
    ("قائمقام سنجار من الموصل: مسيرة تركية تستهدف سيارة قرب خانصور\n"
     "قال قائمقام قضاء سنجار، اليوم الأربعاء، إن طائرة مسيرة تركية استهدفت سيارة مدنية قرب مجمع خانصور، ما أدى إلى "
     "إصابة شخصين.", ["Khanah Sur"]),
])
def test_a_speakers_tag_names_no_strike_place(shipped, text, strikes):
    """A headline's speaker tag, "<who> from <city>:" ("محافظ نينوى من الموصل:"): the city the speaker speaks
    from is no strike's place, no event of its own."""
    assert places(text, shipped) == strikes


def test_a_strike_near_a_town_before_a_colon_is_its_place(shipped):
    """"بالقرب من زاخو:" is a distance, no speaker's tag: the town is the strike's."""
    assert places("قصف تركي بالقرب من زاخو: إصابة راعيين بجروح\n"
                  "أصيب راعيان بجروح، اليوم الأربعاء، جراء قصف مدفعي تركي بالقرب من زاخو.", shipped) == ["Zakho"]


@pytest.mark.parametrize("text", [
    "LIVE: Turkish drone strike in Sinjar\n"
    "16:30 - A Turkish drone hit a car near Khanasor this afternoon, killing one man and wounding two, a nurse at "
    "Sinjar general hospital told us.",
    "Turkish drone strike in Sinjar kills one\n"
    "A drone struck a pickup near Khanasor on Wednesday, killing one man, an official at the Sinjar General Hospital "
    "said.",
])
def test_a_sources_hospital_is_no_strike_place(shipped, text):
    """A source placed at a hospital named after its town ("a doctor at Sinjar general hospital told us"): where the
    source works, no strike's place, no event of its own."""
    assert places(text, shipped) == ["Khanah Sur"]


def test_a_toll_revised_with_its_strike_named_between(shipped):
    """A revised toll naming its strike between the toll and the verb ("The toll from this morning's strike near X
    has risen to two dead and one wounded"), a live blog's latest entry above its first: the revision wins, the
    wounded too (one of them died)."""
    text = ("LIVE: Turkish drone strike near Tal Tamr\n"
            "19:10 – The toll from this morning's drone strike on the road near Tal Tamr has risen to two dead and one "
            "wounded, medics said.\n"
            "11:30 – A Turkish drone hit a car on the road near Tal Tamr, killing one man and wounding two.")
    assert facts(text, shipped, "fatalities", "injured", published="2026-12-02T20:00:00Z") == [(2, 1)]


@pytest.mark.parametrize("text", [
    "الأسايش تعلن إسقاط طائرة مسيرة في ريف عامودا\n"
    "أعلنت قوى الأمن الداخلي (الأسايش)، اليوم الأربعاء، إسقاط طائرة مسيرة تركية في أجواء ريف عامودا.\n"
    "وقالت في بيان إن مقاتليها استهدفوا الطائرة بالأسلحة الرشاشة، وإن حطامها سقط في أرض زراعية شرقي عامودا.",
])
def test_a_downed_drones_wreckage_that_fell_is_no_strike(shipped, text):
    """A drone downed, its wreckage the subject before the verb of its fall ("وإن حطامها سقط في أرض زراعية"): the
    wreckage hit nothing, no strike report (Disrupted weapons use)."""
    assert conftest.coded(text, shipped, "sub_event_type", published="2026-12-02T16:00:00Z")[0] is False


def test_a_towns_countryside_with_its_bearing_labels_the_villages(shipped):
    """Villages introduced as such, then the town whose countryside they lie in and that town's bearing from the
    governorate city ("قريتي X وY بريف بلدة تل تمر شمال غربي الحسكة"): each village is its strike's place; the town
    after "ريف" only labels them, however the bearing places it."""
    text = ("قصف تركي يطال ريف تل تمر\n"
            "استهدفت القوات التركية بالمدفعية، صباح اليوم الأربعاء، قريتي تل نصري وتل كفشي بريف بلدة تل تمر شمال غربي "
            "الحسكة، ما أدى إلى إصابة مدني في تل نصري وآخر في تل كفشي.")
    assert places(text, shipped) == ["Tall Nasri", "Tall Kafshi"]


def test_a_side_hit_in_a_report_denied_next_is_not_struck(shipped):
    """A side said hit in a report the next sentence denies ("Telegram channels first claimed that an Iraqi army patrol
    had been hit. The Defence Ministry denied that"): not the side struck; the side the article names as the dead's is."""
    text = ("Turkish drone kills two near Sinuni\n"
            "A Turkish drone struck a car near Sinuni on Wednesday, killing two members of a local Yazidi force, local "
            "sources said.\n"
            "The two men were members of the Sinjar Resistance Units, a relative said.\n"
            "Several Telegram channels first claimed that an Iraqi army patrol had been hit. The Defence Ministry denied "
            "that on Wednesday evening.")
    assert facts(text, shipped, "actor2", published="2026-12-02T20:00:00Z") == [("Sinjar Resistance Units",)]
