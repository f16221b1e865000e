"""Kinds of report the held-out sets articles_heldout_actors7.yaml and articles_heldout_news19.yaml measure (issue 16
point 7, who struck whom): the striker's claim told in a sentence of its own, apart from the sentence of the strike
and its place ("أعلنت وزارة الدفاع التركية "تحييد" …", "Turkish forces have neutralized …", "وكانت القيادة المركزية
قد أعلنت أنها استهدفت …").

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def sides(text: str, lexicon) -> list[tuple]:
    """[(place, actor1, actor2) of each event] of *text*, published early December."""
    return facts(text, lexicon, "location", "actor1", "actor2", published="2026-12-03T10:00:00Z")


@pytest.mark.parametrize("text, want", [
    # the claim's verb in quotes, after the day: quotes are no words
    ("أنقرة: \"تحييد\" مقاتلين في العمادية\n"
     "أعلنت وزارة الدفاع التركية، مساء الأربعاء، \"تحييد\" اثنين من عناصر حزب العمال الكردستاني شمالي العراق.\n"
     "وقال مصدر محلي إن طائرة مسيرة قصفت سيارة قرب ناحية ديرلوك التابعة لقضاء العمادية، ما أدى إلى مقتل اثنين.",
     ("Dereluk", "Turkish Armed Forces")),
    # the claim in the perfect, its subject the side that struck; the strike and its place in the next sentence
    ("Two PKK militants killed in northern Iraq, Ankara says\n"
     "ANKARA (AA) - Turkish forces have neutralized two PKK terrorists in northern Iraq, the ministry said on Wednesday.\n"
     "The two were killed in an air strike near Deraluk in Duhok province on Tuesday night, a ministry official told "
     "reporters.", ("Dereluk", "Turkish Armed Forces")),
])
def test_a_claim_in_a_sentence_of_its_own_names_the_striker(shipped, text, want):
    """A striker's claim told in a sentence of its own beside the strike's ("أعلنت وزارة الدفاع التركية، اليوم،
    "تحييد" …", "Turkish forces have neutralized …") names the side that struck."""
    assert [event[:2] for event in sides(text, shipped)] == [want]


@pytest.mark.parametrize("text", [
    # the pluperfect claim after the victims' mourning: "وكانت X قد أعلنت أنها استهدفت … في المنطقة"
    "كتائب حزب الله تنعى ثلاثة من مقاتليها بغارة قرب البوكمال\n"
    "نعت كتائب حزب الله، اليوم الخميس، ثلاثة من مقاتليها، قالت إنهم قتلوا بغارة جوية استهدفت موقعاً لها قرب "
    "مدينة البوكمال.\n"
    "وكانت القيادة المركزية الأمريكية قد أعلنت أنها قصفت مستودعات أسلحة تستخدمها الكتائب في المنطقة.",
    "Kataib Hezbollah mourns three fighters killed near Albu Kamal\n"
    "Kataib Hezbollah said on Thursday that three of its fighters were killed in an air strike on one of its "
    "positions near the town of Albu Kamal.\n"
    "The group's funeral for the three was held in Al-Qaim across the border on Friday, and its leaders vowed revenge.\n"
    "U.S. Central Command said on Thursday it had struck weapons depots used by the group in the area.",
])
def test_a_later_claim_of_the_strike_names_the_striker(shipped, text):
    """A later sentence in which a side claims the strike in its own words and names no other place ("وكانت
    القيادة المركزية قد أعلنت أنها قصفت … في المنطقة", "CENTCOM later said it had struck … in the area") names the
    side that struck the strike whose own sentences name none."""
    assert sides(text, shipped) == [("Boukamal", "US forces", "Kataib Hezbollah")]


@pytest.mark.parametrize("text", [
    # a denial is no claim
    "Unidentified drone kills two near Albu Kamal\n"
    "Two Kataib Hezbollah fighters were killed when an unidentified drone struck their car near Albu Kamal on "
    "Thursday.\n"
    "U.S. Central Command said it had conducted no strikes in Syria that day.",
    # a habit is no claim: "X and Y have both carried out strikes in the area"
    "Unidentified drone kills two near Albu Kamal\n"
    "Two Kataib Hezbollah fighters were killed when an unidentified drone struck their car near Albu Kamal on "
    "Thursday.\n"
    "Their comrades buried them on Friday.\n"
    "U.S. forces have both struck militia depots and intercepted rockets in the past, and Israeli jets have "
    "carried out hundreds of strikes in Syria.",
    # a claim of a strike elsewhere tells of another
    "كتائب حزب الله تنعى ثلاثة من مقاتليها بغارة قرب البوكمال\n"
    "نعت كتائب حزب الله، اليوم الخميس، ثلاثة من مقاتليها، قالت إنهم قتلوا بغارة جوية استهدفت موقعاً لها قرب "
    "مدينة البوكمال.\n"
    "وكانت القيادة المركزية الأمريكية قد أعلنت أنها قصفت مستودعات أسلحة في جرف الصخر.",
])
def test_no_claim_of_this_strike_names_no_striker(shipped, text):
    """A denial ("said it had conducted no strikes"), a habit ("have carried out hundreds of strikes") or a claim of a strike at another place names no striker of a
    strike whose own sentences name none."""
    assert [event[1] for event in sides(text, shipped) if event[0] == "Boukamal"] == [None]


@pytest.mark.parametrize("text, want", [
    ("مسيرة للتحالف تقتل عنصرين من داعش أثناء زرعهما عبوة ناسفة شرقي دير الزور\n"
     "استهدفت طائرة مسيرة تابعة للتحالف الدولي، فجر اليوم، عنصرين من تنظيم داعش أثناء قيامهما بزرع عبوة ناسفة على "
     "الطريق الواصل إلى بلدة ذيبان بريف دير الزور الشرقي، ما أدى إلى مقتلهما على الفور.",
     ("Air/drone strike", "US-led coalition", "Islamic State")),
    ("Iraqi army helicopters struck three Islamic State militants on Tuesday while they were planting a roadside bomb "
     "on the desert highway west of Rutba in Anbar province, killing all three, the Security Media Cell said.",
     ("Air/drone strike", "Iraqi army", "Islamic State")),
])
def test_a_bomb_the_struck_were_planting_is_no_weapon(shipped, text, want):
    """An aircraft striking men as they plant a bomb or a mine ("أثناء زرعهما عبوة ناسفة", "while they were planting a
    roadside bomb") is an air strike on them: the bomb is what they were doing, not the weapon that hit them."""
    assert [event[1:] for event in facts(text, shipped, "location", "sub_event_type", "actor1", "actor2",
                                         published="2026-12-03T10:00:00Z")] == [want]


@pytest.mark.parametrize("text", [
    "مقتل عنصرين من داعش بانفجار عبوة ناسفة أثناء زرعها على طريق بلدة ذيبان بريف دير الزور الشرقي.",
    "Two Islamic State militants were killed on Tuesday when a roadside bomb they were planting went off on the desert "
    "highway west of Rutba in Anbar province.",
])
def test_a_bomb_that_went_off_on_its_planters_stays_a_bomb(shipped, text):
    """A bomb that went off on the men planting it, no aircraft named, is the weapon: Remote explosive/landmine/IED."""
    assert [event[1] for event in facts(text, shipped, "location", "sub_event_type",
                                        published="2026-12-03T10:00:00Z")] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "#Hasakah | Drone strike on a motorbike near Al-Shaddadi at dusk, two ISIS emirs killed per local sources. No "
    "claim yet.",
    "Drone strike on a car south of Al-Shaddadi tonight; one ISIS emir killed, according to local sources.",
])
def test_a_posts_dead_told_with_their_source_are_the_side_struck(shipped, text):
    """A post's passive with its source after it ("two ISIS emirs killed per local sources", "… killed, according
    to …") names the side struck, not the striker."""
    assert [event[1:] for event in sides(text, shipped)] == [(None, "Islamic State")]


@pytest.mark.parametrize("text", [
    "YBŞ \"targets\" hit near Sinune\n"
    "A drone struck a building near the town of Sinune, north of Sinjar, on Sunday night, killing one person, local "
    "sources said.",
    "SDF targets hit near Tal Tamr, two killed\n"
    "A drone struck a building on the edge of Tal Tamr on Sunday night, killing two people, local sources said.",
])
def test_a_headlines_targets_hit_are_the_side_struck(shipped, text):
    """A headline's passive, the side's targets then the bare participle ('YBŞ "targets" hit near X', "SDF targets
    hit near X"), names the side struck, not the striker."""
    assert [event[1] for event in sides(text, shipped)] == [None]


@pytest.mark.parametrize("text, want", [
    ("غارات أمريكية على مواقع في القائم\n"
     "أعلنت كتائب حزب الله، مساء الأحد، أنها ستواصل عملياتها ضد القوات الأمريكية.\n"
     "وفجر الاثنين، قال مسؤول أمريكي إن طائرات أمريكية قصفت مستودعين تستخدمهما الكتائب قرب قضاء القائم غربي الأنبار.",
     ("Al-Qaim", "US forces", "Kataib Hezbollah")),
    ("قصف أمريكي على مقرات الكتائب في جرف الصخر\n"
     "تبنت كتائب سيد الشهداء هجوماً على قاعدة عين الأسد، وبعد ساعات قصفت طائرات أمريكية مقرين للكتائب في منطقة "
     "جرف الصخر.",
     ("Jurf al-Sakhar", "US forces", "Kataib Sayyid al-Shuhada")),
])
def test_the_brigades_named_again_are_the_side_struck(shipped, text, want):
    """Arabic names Kataib Hezbollah (or another كتائب) again as "الكتائب" after its full name: the side struck where
    the strike hits the Brigades' depots ("مستودعين تستخدمهما الكتائب"), the Brigades last named."""
    assert [event for event in sides(text, shipped) if event[0] == want[0]] == [want]


@pytest.mark.parametrize("text", [
    "وزارة الدفاع: عدوان إسرائيلي على موقع عسكري قرب البوكمال\n"
    "قالت وزارة الدفاع السورية في بيان إن العدو الإسرائيلي شن، فجر اليوم، عدواناً جوياً استهدف موقعاً عسكرياً قرب "
    "مدينة البوكمال بريف دير الزور، ما أدى إلى استشهاد ثلاثة عسكريين.",
    "Syria says Israeli strike kills soldiers near Albu Kamal\n"
    "DAMASCUS (SANA) - The Syrian Defence Ministry said Israeli warplanes struck a military site near the town of Albu "
    "Kamal in Deir ez-Zor countryside at dawn, adding that three soldiers were killed.",
])
def test_a_states_forces_telling_their_soldiers_killed_are_the_side_struck(shipped, text):
    """A state's forces telling of the soldiers an enemy's strike killed ("قالت وزارة الدفاع السورية إن العدو
    الإسرائيلي شن عدواناً … ما أدى إلى استشهاد ثلاثة عسكريين", "The Syrian Defence Ministry said … three soldiers were
    killed") tell of their own loss: the side struck."""
    assert [event[1:] for event in sides(text, shipped)] == [("IDF", "Syrian army")]
