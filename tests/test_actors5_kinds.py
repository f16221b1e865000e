"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of articles_heldout_news16, _actors4 and _posts15):
each rule on sentences of its own, not the fixtures', through ``analyse`` as the daemon codes them. The codebook:
actor1 the side that struck, actor2 the side struck (civilians: null)."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-03-04T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    ("Iraqi F-16 jets bombed a hideout near Rutba late on Monday, the Joint Operations Command said.",
     [("Rutba", "Iraqi Air Force", "Islamic State")]),
    ("Iraqi army helicopters struck a gathering near Al-Baaj on Monday night, killing four militants, the army said.",
     [("Al-Baaj", "Iraqi army", "Islamic State")]),
    ("نفذت طائرات القوة الجوية العراقية، مساء أمس، ضربة جوية استهدفت تجمعاً للإرهابيين قرب قضاء راوة، ما أسفر عن مقتل"
     " ثلاثة منهم.",
     [("Rawa", "Iraqi Air Force", "Islamic State")]),
    ("أعلنت قيادة العمليات المشتركة أن طيران الجيش نفذ ضربة جوية قرب قضاء البعاج أسفرت عن مقتل عناصر إرهابية.",
     [("Al-Baaj", "Iraqi army", "Islamic State")]),
])
def test_the_terrorists_of_iraqs_statements_are_the_islamic_state(shipped, text, expected):
    """"bombed a hideout", "killing four militants", "تجمعاً للإرهابيين", "عناصر إرهابية": Iraq's own forces (the
    Security Media Cell, the Joint Operations Command, the Counter-Terrorism Service) name the enemy they struck in
    Iraq only so; in Iraq's official wording these are the Islamic State (vocabulary.STATE_ENEMY, STATE_OWN_FORCES,
    STATE_ENEMY_WORDS; a "hideout", "وكر", the event's target)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    # another striker's "terrorists" are not Iraq's Islamic State: Ankara's word for the PKK (vocabulary.FOREIGN_ENEMY,
    # tests/test_actors6_kinds.py)
    ("نفذت طائرات تركية ضربة جوية قرب ناحية سيدكان قالت أنقرة إنها استهدفت إرهابيين.",
     [("Sidakan", "Turkish Armed Forces", "PKK")]),
    # Iraqi forces striking with no such word: no side guessed
    ("Iraqi army artillery shelled the outskirts of Al-Qaim on Monday, the army said.",
     [("Al-Qaim", "Iraqi army", None)]),
])
def test_no_enemy_named_beyond_iraqs_own_statements(shipped, text, expected):
    """Only Iraq's own forces' "terrorists", and only where the strike's words call the struck so."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish drone kills two near Sidakan as Ankara presses PKK\nA Turkish drone struck a pickup truck near Sidakan on"
     " Sunday, killing two men. A news agency close to the PKK said all of the dead were civilians from one family.",
     [("Sidakan", "Turkish Armed Forces", None)]),
    ("Turkish drone strike kills two in Amadiya\nA Turkish drone hit a car near Amadiya on Sunday, killing two men."
     " \"These were ordinary villagers,\" the mayor said. Ankara has for decades carried out air strikes against the PKK"
     " in the mountains of the area.",
     [("Amadiya", "Turkish Armed Forces", None)]),
    ("مسيرة تركية تقتل شخصين قرب باتيفا\nقال مصدر أمني إن طائرة مسيرة تركية استهدفت، مساء أمس، عجلة قرب قرية في ناحية"
     " باتيفا، ما أسفر عن مقتل شخصين كانا بداخلها.\nوأكد مسؤول محلي أن الضربة أسفرت عن مقتل شخصين، مشيراً إلى أن"
     " الاثنين من أهالي القرية.\nولم يصدر أي تعليق من الجانب التركي، فيما تتهم أنقرة حزب العمال الكوردستاني باستخدام"
     " القرى الحدودية ممرات لمقاتليه.",
     [("Batufe", "Turkish Armed Forces", None)]),
    ("قصف تركي يقتل راعيين قرب العمادية\nقصفت طائرة مسيرة تركية، أمس، محيط قرية قرب العمادية ما أدى إلى مقتل شخصين،"
     " وأكد مختار القرية أنهما كانا من الرعاة. وتقول أنقرة إن غاراتها تستهدف مواقع حزب العمال الكردستاني.",
     [("Amadiya", "Turkish Armed Forces", None)]),
])
def test_the_dead_said_to_be_civilians_outweigh_ankaras_stated_target(shipped, text, expected):
    """"All of the dead were civilians", "These were ordinary villagers", "الاثنين من أهالي القرية": what the dead
    were, said in a sentence the strike owns after it (vocabulary.CIVILIAN_VICTIMS), codes the victims: no armed side,
    whatever the striker's stated aim names in a later sentence ("operations against the PKK", "تتهم أنقرة حزب
    العمال"; events._civilians_hit reads the sentences beside the strike)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قيادة العمليات المشتركة: طائرة مسيرة تركية استهدفت عجلة مدنية في قضاء سنجار ما أدى إلى مقتل اثنين من ركابها",
     [("Sinjar", "Turkish Armed Forces", None)]),
    ("Joint Operations Command: a Turkish drone struck a civilian car near Sinjar, killing two of its passengers",
     [("Sinjar", "Turkish Armed Forces", None)]),
    # (of their own forces' strike they are the striker)
    ("قيادة العمليات المشتركة: طائرات القوة الجوية تقصف أوكاراً لبقايا داعش قرب قضاء راوة",
     [("Rawa", "Iraqi Air Force", "Islamic State")]),
])
def test_a_states_forces_heading_their_statement_report_it(shipped, text, expected):
    """"قيادة العمليات المشتركة: طائرة مسيرة تركية استهدفت …": a state's forces heading their statement of another's
    strike (vocabulary.STATEMENT_HEAD, no "our" loss) only report it; they are not the side struck."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("خلية الإعلام الأمني 📌\nضربة جوية دقيقة نفذتها طائرات F-16 استهدفت وكراً لبقايا عصابات داعش الإرهابية في وادي"
     " حوران بقاطع عمليات الأنبار",
     [("Wadi Hauran", "Iraqi Air Force", "Islamic State")]),
    ("خلية الإعلام الأمني\nطائرات F-16 تدمر مضافة لعصابات داعش الإرهابية قرب قضاء راوة",
     [("Rawa", "Iraqi Air Force", "Islamic State")]),
])
def test_the_media_cell_heading_its_post_struck_the_gangs_it_names(shipped, text, expected):
    """"خلية الإعلام الأمني 📌" on its own line over "طائرات F-16 … استهدفت وكراً لبقايا عصابات داعش": the cell's
    own forces struck (events._told_by_own_media reads the heading beside the strike), and "عصابات داعش" after the
    target is the side struck (vocabulary.ACTOR_HIT_BEFORE: the group's own noun before its name), not the striker."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("أطلق حرس الحدود التركي \"الجندرما\"، فجر اليوم السبت، النار على شاب من أبناء ريف الدرباسية أثناء محاولته اجتياز"
     " الشريط الحدودي، ما أدى إلى مقتله.",
     [("Al-Darbasiyah", "Attack", "Turkish Armed Forces", None)]),
    ("أطلقت الجندرمة التركية، اليوم، النار على مهربين قرب بلدة عامودا، ما أدى إلى مقتل شاب.",
     [("Amuda", "Attack", "Turkish Armed Forces", None)]),
])
def test_the_side_between_the_verb_and_its_fire_opened_fire(shipped, text, expected):
    """"أطلق حرس الحدود التركي … النار على شاب": Arabic puts the verb first and the side that fired between "أطلق"
    and "النار" (watchlists.fire_opened_apart): the cue "أطلق النار" with its subject apart, an Attack by that side."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1", "actor2") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish artillery shelled the outskirts of Hawinka near Amadiya on Monday, causing no casualties. Ankara says its"
     " operations in the mountainous border areas of northern Iraq target PKK positions.",
     [("Hevindika", "Turkish Armed Forces", None)]),
    ("قصفت المدفعية التركية أطراف قرية هاوينكه قرب العمادية، من دون وقوع إصابات. ولم تعلق وزارة الدفاع التركية على"
     " القصف، غير أنها تقول إن عملياتها في المناطق الحدودية الجبلية شمالي العراق تستهدف مواقع حزب العمال الكوردستاني.",
     [("Hevindika", "Turkish Armed Forces", None)]),
    ("شنت طائرات حربية تركية غارات على محيط قرية هاوينكه قرب العمادية. وتقول تركيا إن عملياتها العسكرية في جبال إقليم"
     " كوردستان الحدودية تستهدف مواقع حزب العمال الكردستاني.",
     [("Hevindika", "Turkish Armed Forces", None)]),
])
def test_the_strikers_standing_claim_names_no_side_of_this_strike(shipped, text, expected):
    """"Ankara says its operations in the mountainous border areas of northern Iraq target PKK positions", "تقول إن
    عملياتها في المناطق الحدودية الجبلية شمالي العراق تستهدف": the striker's standing claim of whom its operations
    target, however many words name their areas (vocabulary.ANOTHER_TIME), is a policy, no side this strike hit."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأضاف البيان أن طائرات F-16 التابعة للقوة الجوية نفذت فجر اليوم ضربة استهدفت وكراً قرب قضاء البعاج.",
     [("Al-Baaj", "Iraqi Air Force", "Islamic State")]),
    ("قالت مصادر أمنية إن طائرات القوة الجوية قصفت مساء أمس كهفاً قرب قضاء راوة.",
     [("Rawa", "Iraqi Air Force", None)]),
    ("F-16 jets of the air force bombed a cave near Rutba on Monday night, a security source said.",
     [("Rutba", "Iraqi Air Force", None)]),
])
def test_the_air_force_named_without_its_state_is_the_countrys(shipped, text, expected):
    """"طائرات F-16 التابعة للقوة الجوية": an Iraqi statement names its air force without its state, as it names "طيران
    الجيش" (vocabulary.OWN_AVIATION): the air force of the country struck, where the actors list one."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة فجر اليوم مقراً للحزب الديمقراطي الكوردستاني الإيراني قرب قرية زايران جنوبي قضاء كويه، ما أسفر"
     " عن مقتل عضوين في الحزب. من جهته، أعلن الحرس الثوري الإيراني في بيان نقلته وكالة تسنيم أن قواته البرية استهدفت"
     " بطائرات مسيرة مقرات جماعات انفصالية في شمال العراق.",
     [("Zayran", "IRGC", "KDPI")]),
    ("قصفت طائرة مسيرة مساء أمس موقعاً لحزب العمال الكردستاني قرب ناحية سيدكان، ما أسفر عن مقتل مقاتلين اثنين. وأعلنت"
     " وزارة الدفاع التركية في بيان لها مساء اليوم أن قواتها الجوية قصفت أهدافاً في شمال العراق.",
     [("Sidakan", "Turkish Armed Forces", "PKK")]),
])
def test_a_side_that_says_its_own_forces_struck_claims_the_strike(shipped, text, expected):
    """"أعلن الحرس الثوري … في بيان نقلته وكالة تسنيم أن قواته البرية استهدفت": a side that says its own forces (by their
    adjective, the statement's carrier between) struck claims the strike (vocabulary.ACTOR_CLAIMS_AFTER)."""
    assert facts(text, shipped, *SIDES) == expected
