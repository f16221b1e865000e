"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of
tests/fixtures/matching/articles_heldout_actors3.yaml and the actor misses of the other article sets): each rule on
sentences of its own, not the fixtures', through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-03-04T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    # the Security Media Cell's post heading the army's own helicopters
    ("خلية الإعلام الأمني: طيران الجيش يدك أوكاراً لعصابات داعش الإرهابية في صحراء الرطبة، وقتل اثنين من الإرهابيين",
     [("Rutba", "Iraqi army")]),
    ("Security Media Cell: army aviation helicopters destroyed an ISIS hideout near Rutba, killing two terrorists.",
     [("Rutba", "Iraqi army")]),
    # the Joint Operations Command telling a strike its army aviation carried out
    ("أعلنت قيادة العمليات المشتركة مقتل إرهابيين اثنين بضربة جوية نفذها طيران الجيش قرب قضاء راوة غربي الأنبار.",
     [("Rawa", "Iraqi army")]),
    ("The Joint Operations Command said army aviation carried out an air strike on an ISIS hideout near Rawa, killing "
     "two militants.", [("Rawa", "Iraqi army")]),
    # a statement's round-up: the air force's F-16s struck first, the army aviation (in the statement's quotes) second
    ('أعلنت خلية الإعلام الأمني مقتل ستة إرهابيين بضربتين جويتين. وذكرت الخلية أن "طائرات F-16 العراقية وجهت ضربة جوية '
     'لوكر قرب الرطبة، أسفرت عن مقتل أربعة إرهابيين". وأضاف البيان أن "طيران الجيش نفذ ضربة ثانية استهدفت وكراً قرب قضاء '
     'راوة، ما أدى إلى مقتل إرهابيين اثنين".', [("Rutba", "Iraqi Air Force"), ("Rawa", "Iraqi army")]),
    # no state, no source: the army of the country struck
    ("طيران الجيش يقصف أوكاراً لداعش في وادي حوران غربي الأنبار.", [("Wadi Hauran", "Iraqi army")]),
])
def test_the_army_aviation_outranks_the_forces_that_tell_the_strike(shipped, text, expected):
    """"طيران الجيش", "army aviation": the army's own helicopters (vocabulary.ARMY_AVIATION, read in folded text where
    the article is dropped, "طيران جيش", and after a quote), though the Security Media Cell, the Joint Operations
    Command (Iraqi security forces, whose aircraft are the air force's: AIR_FORCES) or a round-up's F-16s tell it
    (events._army_aviation, before the round-up's striker and the own media's forces)."""
    assert facts(text, shipped, "location", "actor1") == expected


@pytest.mark.parametrize("text, location", [
    ("On April 4, U.S. Central Command (CENTCOM) forces conducted a precision airstrike in eastern Syria, killing two "
     "ISIS operatives near the town of Hajin. The strike is part of CENTCOM's ongoing commitment, in conjunction with "
     "partners in the region, to disrupt and degrade ISIS' efforts to plan, organize and conduct attacks against "
     "civilians and U.S., coalition, and partner forces.", "Hajin"),
    ("CENTCOM forces conducted a strike near Al-Shuhayl that killed an ISIS official. This strike is part of CENTCOM's "
     "commitment, in conjunction with partners in the region, to degrade ISIS's ability to plan, organize and conduct "
     "attacks.", "Al-Shuhayl"),
])
def test_the_groups_aim_in_centcoms_boilerplate_is_no_battle(shipped, text, location):
    """CENTCOM's closing line, "to disrupt ISIS' efforts (ability) to plan, organize and conduct attacks", tells the
    group's aim (config.yaml not_strike modality "efforts to plan", "ability to plan"), no attack; so its "in
    conjunction with partners" makes no battle of the strike (decision.sentence_type's conjunction cue)."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1", "actor2") == [
        (location, "Air/drone strike", "US forces", "Islamic State")]


@pytest.mark.parametrize("text, expected", [
    ("Türkiye's National Intelligence Organization (MIT) neutralised a senior PKK member in a drone operation near "
     "Sinjar, security sources said.", [("Sinjar", "Air/drone strike", "Turkish Armed Forces", "PKK")]),
    ("ANKARA (AA) - MIT has neutralised a so-called PKK official in a drone operation in the Makhmour area, security "
     "sources said on Tuesday.", [("Makhmour", "Air/drone strike", "Turkish Armed Forces", "PKK")]),
])
def test_anadolus_drone_operation_is_a_drone_strike(shipped, text, expected):
    """Ankara's "neutralised … in a drone operation" (config.yaml strike "drone strike": "drone operation", as "air
    operation" is an airstrike): a drone strike by Turkey's forces (MIT, by its initials too, is among them) on the PKK."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1", "actor2") == expected


@pytest.mark.parametrize("text, expected", [
    ("Rockets hit the US base at the Al-Omar oil field in eastern Deir ez-Zor on Tuesday, and a US drone later hit a "
     "car in Thiban, killing two men believed to have launched them.",
     [("Al-Omar oil field", None, "US forces"), ("Dhiban", "US forces", None)]),
    ("سقطت ثلاثة صواريخ على القاعدة الأمريكية في حقل العمر النفطي، فيما قصفت مسيرة أمريكية سيارة قرب ذيبان.",
     [("Al-Omar oil field", None, "US forces"), ("Dhiban", "US forces", None)]),
    ("Two rockets hit the Turkish base at Bashiqa, and Turkish drones later struck the launch site near Sinjar.",
     [("Bashiqa", None, "Turkish Armed Forces"), ("Sinjar", "Turkish Armed Forces", None)]),
])
def test_the_side_a_clause_says_was_struck_is_not_the_striker_another_clause_names(shipped, text, expected):
    """A sentence of two strikes clause by clause, the attack on a side's base and that side's reply: the striker of
    the reply's clause ("a US drone", "Turkish drones") strikes in the first clause only where that clause names no
    side of its own struck; the base's side ("the US base", "القاعدة الأمريكية") was struck there, not the striker
    (events._strike_actors, the clauses' imported striker)."""
    assert facts(text, shipped, "location", "actor1", "actor2") == expected


@pytest.mark.parametrize("text", [
    "وبحسب المرصد، استهدفت قوات النظام بالمدفعية مواقع لقسد في بلدة ذيبان.",
    "وفي سياق متصل، استهدفت قوات النظام بالمدفعية مواقع لقسد في بلدة ذيبان بريف دير الزور الشرقي.",
])
def test_the_verb_first_striker_after_a_fronted_connective(shipped, text):
    """Verb-first Arabic names the side that struck right after its strike verb, also when a connective or a source
    opens the sentence up to its comma ("وفي سياق متصل،", "وبحسب المرصد،": vocabulary.ACTOR_AFTER_OPENING_VERB); the
    side after "مواقع لـ" was struck."""
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Dhiban", "Syrian army", "Syrian Democratic Forces")]


@pytest.mark.parametrize("text, expected", [
    # the participle closing a statement: whom the speaker calls on
    ("قصف مدفعي على قرى في محيط تل تمر، وقالت قسد في بيان إن الاحتلال التركي يواصل استهداف المدنيين، مطالبة التحالف "
     "الدولي بالتدخل.", [("Tal Tamr", "Turkish Armed Forces", None)]),
    # ... after the strike word and a comma: no adjective of the strike ("القصف، داعية التحالف")
    ("قصفت مدفعية مجهولة قرى في محيط تل تمر، وأدانت الإدارة الذاتية القصف، داعية التحالف الدولي إلى التدخل.",
     [("Tal Tamr", None, None)]),
])
def test_the_side_a_statement_calls_on_is_neither_side(shipped, text, expected):
    """"مطالبة التحالف الدولي بالتدخل", "داعيةً التحالف الدولي": the participle of a demand or a call names whom the
    speaker calls on, neither side (vocabulary.ACTOR_SPEAKS_BEFORE), as "وطالبت" does; and a strike word's state
    adjective is read before its comma only ("القصف، داعية التحالف" is no coalition's shelling)."""
    assert facts(text, shipped, "location", "actor1", "actor2") == expected
