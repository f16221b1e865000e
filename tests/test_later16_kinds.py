"""Kinds of sentence by which full news articles lost their second strike, or gave it the first's toll (issue 16:
every strike of a report): a later paragraph's "In another strike, …" / "وفي غارة أخرى" / "استهدفت مسيّرة أخرى" is a
strike of its own at its own place, however near the first (English already says it so); a strike a monitor or command announced "at the start of
this month" ("مطلع الشهر الحالي") is background, no strike of the news; an Arabic dual the number two follows
("مقتل إرهابيَين اثنين") is a toll of two, read once.

Our own sentences, none of the sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest
from conftest import TOLLS


PUBLISHED = "2026-09-09T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_an_arabic_later_paragraphs_other_drone_or_separate_strike_is_its_own_strike(shipped):
    # (English says it so already: "In another strike, a drone hit …", "Another drone later struck …")
    opening = ("قُتل شخص، مساء الثلاثاء، بضربة من طائرة مسيّرة استهدفت سيارة قرب بلدة هجين في ريف دير الزور الشرقي.\n"
               "وقالت مصادر محلية إن السيارة احترقت بالكامل، ونُقلت الجثة إلى مشفى في المنطقة.\n")
    for later in ("وفي اليوم نفسه، استهدفت مسيّرة أخرى دراجة نارية قرب بلدة السوسة، ما أدى إلى إصابة شخصين.",
                  "وفي ضربة منفصلة، استهدفت مسيّرة دراجة نارية قرب بلدة السوسة، ما أدى إلى إصابة شخصين."):
        assert facts(opening + later, shipped, *TOLLS) == [("Hajin", 1, None), ("Al-Susah", None, 2)], later
    # … and in one sentence: "فيما استهدفت مسيّرة أخرى"
    text = ("قُتل شخص، مساء الثلاثاء، بضربة من طائرة مسيّرة استهدفت سيارة قرب بلدة هجين في ريف دير الزور الشرقي، "
            "فيما استهدفت مسيّرة أخرى دراجة نارية قرب بلدة السوسة ما أدى إلى إصابة شخصين.")
    assert facts(text, shipped, *TOLLS) == [("Hajin", 1, None), ("Al-Susah", None, 2)]


def test_a_strike_announced_at_the_start_of_this_month_is_background(shipped):
    text = ("قُتل شخص، مساء الثلاثاء، بضربة من طائرة مسيّرة استهدفت سيارة قرب بلدة هجين في ريف دير الزور الشرقي.\n"
            "وفي اليوم نفسه، استهدفت مسيّرة أخرى دراجة نارية قرب بلدة السوسة، ما أدى إلى إصابة شخصين.\n"
            "وأعلنت القيادة المركزية الأمريكية مطلع الشهر الحالي مقتل قيادي في التنظيم بضربة قرب بلدة الشحيل.")
    assert [toll[0] for toll in facts(text, shipped, *TOLLS)] == ["Hajin", "Al-Susah"]


def test_an_arabic_dual_and_the_number_two_after_it_are_one_toll_of_two(shipped):
    # a statement's second strike (whose sentence adds up the figures of separate strikes): the dual told by its vowel
    # sign, then the number, "إرهابيَين اثنين" (two terrorists), is one figure, not two and two
    first = ("ذكرت خلية الإعلام الأمني أن طائرات F-16 وجهت مساء أمس ضربة جوية لتجمع إرهابي قرب منفذ طريبيل "
             "الحدودي غربي الأنبار، أسفرت عن مقتل أربعة إرهابيين.\n")
    text = first + ("وأضاف البيان أن طيران الجيش نفذ فجر اليوم ضربة ثانية استهدفت وكراً في منطقة مطيبيجة شرقي "
                    "قضاء الدور، ما أدى إلى مقتل إرهابيَين اثنين.")
    assert [toll[1] for toll in facts(text, shipped, *TOLLS)] == [4, 2]
    # … and the dual in plain letters, "عنصرين اثنين", or the wounded, "مدنيَّين اثنين"
    text = first + ("وأضاف البيان أن طيران الجيش نفذ فجر اليوم ضربة ثانية استهدفت وكراً في منطقة مطيبيجة شرقي "
                    "قضاء الدور، ما أدى إلى مقتل عنصرين اثنين من التنظيم.")
    assert [toll[1] for toll in facts(text, shipped, *TOLLS)] == [4, 2]
    text = first + ("وأضاف البيان أن طيران الجيش نفذ فجر اليوم ضربة ثانية استهدفت وكراً في منطقة مطيبيجة شرقي "
                    "قضاء الدور، ما أدى إلى إصابة مدنيَّين اثنين كانا قرب المكان.")
    assert [toll[2] for toll in facts(text, shipped, *TOLLS)] == [None, 2]


def test_an_arabic_headlines_two_villages_in_a_towns_countryside_are_the_villages_the_body_names(shipped):
    # "قريتين" (two villages) is "قرى" in the dual: the headline's town is their area, no strike of its own
    text = ("القوات التركية تقصف قريتين في ريف زركان\n"
            "قصفت القوات التركية، مساء أمس وصباح اليوم، قريتين في ريف ناحية زركان، ما أدى إلى إصابة مدني.\n"
            "وقال مراسل إن القوات التركية استهدفت مساء أمس قرية الداودية بقذائف الهاون، ما أدى إلى إصابة مدني بجروح.\n"
            "وأضاف المراسل أن القصف تجدد صباح اليوم مستهدفاً قرية باب الخير، دون وقوع إصابات.")
    assert [toll[0] for toll in facts(text, shipped, *TOLLS)] == ["Ad Dawudiyah", "Bab al Khayr"]
    text = text.replace("قريتين", "بلدتين")
    assert [toll[0] for toll in facts(text, shipped, *TOLLS)] == ["Ad Dawudiyah", "Bab al Khayr"]


def test_an_arabic_headline_that_strikes_a_countryside_twice_is_both_strikes_summary(shipped):
    # once the later paragraph's "مسيّرة أخرى" is a strike of its own, the headline's "twice" ("مرتين") keeps its
    # toll (two killed and one wounded, both strikes') off the first
    text = ("مسيّرات تركية تستهدف ريف الرقة مرتين خلال يومين.. قتيلان من قسد وجريح مدني\n"
            "وقال المراسل إن مسيّرة تركية استهدفت مساء الأحد آلية عسكرية قرب قرية الهيشة بريف الرقة الشمالي، "
            "ما أدى إلى مقتل عنصرين كانا على متنها.\n"
            "وفي اليوم التالي، قصفت مسيّرة أخرى محيط قرية السلحبية غربي مدينة الرقة، ما أسفر عن إصابة مدني بجروح.")
    assert facts(text, shipped, *TOLLS) == [("Al Hishah", 2, None), ("Salhabiyah", None, 1)]
