"""Kinds of wording that name a place the coder did not read (issue 16 points 1-3: every strike at its right place).

An Iraqi operations sector: the Security Media Cell places a strike "ضمن قاطع عمليات الأنبار" (within the Anbar
operations sector), "في قاطع مسؤولية قيادة عمليات نينوى". The sector is the land the operations command named after
the area holds: the governorate (precision 3) when it is named after one, the district when named after a town
("قاطع عمليات سامراء"). It is no command that speaks ("أعلنت قيادة عمليات الأنبار", whose name places nothing).

A name that ends in a word that heads other names ("كاني دير", Kani Dayr; "نص تل"; "كواز قرة بيت") is whole: the words
after it ("التابعة لقضاء ميرگەسور", "في قضاء الموصل", "ويقتل") do not make it the head of a longer name, as they do
a name that is only the head word ("منطقة تل عبطة" is Tall Abtah, no At Tall).

A sub-district's seat whose Latin name is too short to stand alone ("Az Zab", Who's On First's "Nāḩiyat az Zāb") is
read with its sub-district word: "near the Zab sub-district, west of Hawija", "the al-Zab subdistrict".

Our own sentences, none of the sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from monitor.text import analyse


def located(text: str, lexicon, published: str = "2026-11-12T10:00:00Z") -> list[tuple[str, int]]:
    return [(event["location"], event["geo_precision"]) for event in analyse(text, published, lexicon).events]


@pytest.mark.parametrize("text, place", [
    ("خلية الإعلام الأمني: ضربة جوية تستهدف وكراً لعصابات داعش الإرهابية ضمن قاطع عمليات نينوى، ومقتل إرهابيين اثنين.",
     ("Ninewa Governorate", 3)),
    ("خلية الإعلام الأمني: طيران الجيش العراقي يدمر وكراً لعصابات داعش ضمن قاطع عمليات الأنبار وقتل ثلاثة إرهابيين.",
     ("Anbar Governorate", 3)),
    ("ضربة جوية عراقية تستهدف وكرا لعصابات داعش الإرهابية ضمن قاطع مسؤولية قيادة عمليات كركوك وقتل ثلاثة إرهابيين.",
     ("Kirkuk Governorate", 3)),
    ("خلية الإعلام الأمني: طائرات F-16 العراقية تنفذ ضربتين جويتين على أوكار لعصابات داعش الإرهابية في منطقة مطيبيجة "
     "ضمن قاطع عمليات سامراء، ما أدى إلى تدميرها وقتل خمسة إرهابيين.", ("Samarra", 2)),
])
def test_an_operations_sector_is_the_area_it_is_named_after(shipped, text, place):
    assert located(text, shipped) == [place]


def test_the_sector_tells_apart_two_villages_named_alike(shipped):
    # Al Muhallabiyah of Ninewa, not the Mahlabiyah of Anbar's Hit
    text = "خلية الإعلام الأمني: ضربة جوية تستهدف وكراً لعصابات داعش في منطقة المحلبية ضمن قاطع عمليات نينوى، ومقتل إرهابيين اثنين."
    assert located(text, shipped) == [("Al Muhallabiyah", 2)]


def test_the_command_that_speaks_places_nothing(shipped):
    text = "أعلنت قيادة عمليات الأنبار مقتل إرهابيين اثنين بضربة جوية في صحراء القائم."
    assert [place for place, _ in located(text, shipped)] == ["Al-Qaim"]


@pytest.mark.parametrize("text, place", [
    ("قصفت المدفعية التركية قرية كاني دير التابعة لقضاء ميرگەسور في محافظة أربيل، دون أنباء عن إصابات.", "Kani Dayr"),
    ("قصف مدفعي تركي يستهدف قرية كاني دير في ناحية سيدكان", "Kani Dayr"),
    ("هجوم بطائرة مسيرة يستهدف قرية نص تل في قضاء الموصل ويقتل شخصين", "Qaryat Nus Tall"),
    ("قصف مدفعي يطال قرية كواز قرة بيت التابعة لمحافظة كركوك", "Kawaz Qarah Bayt"),
])
def test_a_name_ending_in_a_head_word_is_whole(shipped, text, place):
    assert [name for name, _ in located(text, shipped)] == [place]


@pytest.mark.parametrize("text, place", [
    ("On Sunday, an army drone struck a hideout near the Zab sub-district, west of Hawija in Kirkuk province, "
     "killing two militants, the Security Media Cell said.", "Az Zab"),
    ("Iraqi jets struck an ISIS hideout in the al-Zab subdistrict of Kirkuk, killing three militants.", "Az Zab"),
])
def test_a_short_seat_written_with_its_sub_district_word(shipped, text, place):
    # "Zab" alone is below a Latin name's minimum length (and a river's name): its sub-district word makes it a place
    assert located(text, shipped) == [(place, 2)]
