"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of articles_heldout_actors7): the hedged striker
in any wording, one rule (a side a source suspects struck, of a strike the report calls unidentified or unclaimed
too; one of two suspected sides is neither). Each rule on sentences of its own, not the fixture's, through
``analyse`` as the daemon codes them. The codebook: actor1 the side that struck, actor2 the side struck (civilians:
null); ACLED codes a suspected actor the report names."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-06-10T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    # suspected before it, of a strike nobody claimed
    ("أصيب ثلاثة عناصر من الأسايش بقصف طائرة مسيرة مجهولة على حاجز قرب بلدة تل تمر، ولم تتبن أي جهة القصف، ويرجح "
     "مراقبون أن تركيا تقف وراءه.",
     [("Tal Tamr", "Turkish Armed Forces", "Asayish")]),
    # suspected with its own verb after it
    ("قتل مسلحان باستهداف سيارة في بلدة الباغوز بريف دير الزور، ويعتقد ناشطون أن التحالف الدولي نفذها.",
     [("Baghuz", "US-led coalition", None)]),
    # … or what it might be
    ("قتل مسلحان باستهداف سيارة في بلدة الباغوز بريف دير الزور، ورجح ناشطون أن تكون الضربة من تنفيذ التحالف الدولي.",
     [("Baghuz", "US-led coalition", None)]),
    # the aircraft's owner hedged with "على الأرجح"
    ("أصيب طفلان بقصف طائرة مسيرة، على الأرجح تابعة للجيش التركي، استهدف منزلاً في قرية قرب بلدة الدرباسية.",
     [("Al-Darbasiyah", "Turkish Armed Forces", None)]),
    # "was behind it" after an unidentified drone in the same sentence
    ("An unidentified drone struck an Asayish checkpoint near Tal Tamr on Sunday, wounding three members, and residents "
     "believe Turkey was behind it.",
     [("Tal Tamr", "Turkish Armed Forces", "Asayish")]),
    # suspected, the strike unsaid
    ("An unidentified drone struck a car near Amadiya on Monday, wounding two men; Turkey was widely suspected.",
     [("Amadiya", "Turkish Armed Forces", None)]),
])
def test_a_side_a_source_suspects_struck(shipped, text, expected):
    """"ويرجح مراقبون أن تركيا تقف وراءه", "ويعتقد ناشطون أن التحالف الدولي نفذها", "رجح ناشطون أن تكون الضربة من تنفيذ
    التحالف", "بطائرة مسيرة، على الأرجح تابعة للجيش التركي", "residents believe Turkey was behind it", "Turkey was widely suspected": the one side a
    source suspects struck, itself or its aircraft, is actor1, of a strike the report calls unidentified or unclaimed
    too (vocabulary.SUSPECTED_AIRCRAFT_BEFORE, BEHIND_STRIKE_AFTER, ACTOR_STRUCK_BEFORE; it was neither side by
    ACTOR_ACCUSED_BEFORE before the convention was settled)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text", [
    "قتل ثلاثة بقصف طائرة مسيرة على سيارة في ريف البوكمال، ورجحت مصادر أن تكون الطائرة تابعة لإسرائيل أو للولايات المتحدة.",
    "قتل ثلاثة بقصف طائرة مسيرة على سيارة في ريف البوكمال، ورجحت مصادر أن تكون الطائرة تابعة للتحالف الدولي أو لإسرائيل.",
    "قتل ثلاثة بقصف طائرة مسيرة مجهولة على سيارة في ريف البوكمال، وتشهد المنطقة ضربات متفرقة بطائرات مسيرة مجهولة، "
    "يرجح ناشطون أن التحالف الدولي يقف وراء بعضها.",
])
def test_one_of_two_suspected_sides_is_neither(shipped, text):
    """"أن تكون الطائرة تابعة لإسرائيل أو للولايات المتحدة": a source that names two sides it suspects names no striker,
    the second as the first (vocabulary.SUSPECTED_ALTERNATIVE_BEFORE, ALTERNATIVE_AFTER); nor does one that suspects a
    side of only some of the strikes ("يقف وراء بعضها")."""
    assert facts(text, shipped, *SIDES) == [("Boukamal", None, None)]


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone hit a car near Sidakan on Monday, killing the nephew of a PKK commander, local officials said.",
     [("Sidakan", "Turkish Armed Forces", None)]),
    ("The brother of a senior official of the Syrian Democratic Forces was killed when a Turkish drone struck his shop "
     "in Amuda on Sunday.",
     [("Amuda", "Turkish Armed Forces", None)]),
    ("قتلت نجلة قيادي في وحدات مقاومة سنجار بقصف طائرة مسيرة تركية استهدف منزل عائلتها في بلدة سنوني.",
     [("Sinuni", "Turkish Armed Forces", None)]),
    ("أصيب ابن عم مسؤول في قوات سوريا الديمقراطية بقصف مسيرة تركية على سيارته قرب بلدة الدرباسية.",
     [("Al-Darbasiyah", "Turkish Armed Forces", None)]),
])
def test_a_victim_named_by_kin_of_a_sides_member_is_no_side(shipped, text, expected):
    """"the nephew of a PKK commander", "the brother of a senior official of the SDF", "نجلة قيادي في وحدات مقاومة
    سنجار", "ابن عم مسؤول في قسد": the victim's kinship names a side he does not belong to; the side struck is null
    (civilians) unless the report says the victim was a member (vocabulary.KIN_OF_BEFORE)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("نعت قوات سوريا الديمقراطية في بيان اثنين من مقاتليها قتلا بقصف طائرة مسيرة تركية على نقطة عسكرية قرب بلدة عين "
     "عيسى.",
     [("Ain Issa", "Turkish Armed Forces", "Syrian Democratic Forces")]),
    ("الحشد الشعبي ينعى ثلاثة من منتسبيه قتلوا بغارة جوية على مقر قرب قضاء القائم.",
     [("Al-Qaim", None, "Popular Mobilization Forces")]),
])
def test_a_side_mourning_its_own_dead_is_the_side_struck(shipped, text, expected):
    """"ونعت قسد في بيان اثنين من مقاتليها", "الحشد الشعبي ينعى ثلاثة من منتسبيه": the side that mourns its own members
    tells its loss; it is the side struck (vocabulary.MOURNS_AFTER, MOURNED_OWN_AFTER), not neither side as a mourner
    of others' dead, nor the striker of an unclaimed strike."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A group calling itself the Islamic Resistance in Iraq said it had launched a drone at the U.S. garrison at al-Tanf "
     "on Sunday; the drone struck the garrison's perimeter without causing casualties.",
     [("Al-Tanf", "Islamic Resistance in Iraq", "US forces")]),
    ("تبنت المقاومة الإسلامية في العراق استهداف القاعدة الأميركية في حقل كونيكو بطائرة مسيرة، دون وقوع إصابات.",
     [("Conoco gas field", "Islamic Resistance in Iraq", "US forces")]),
])
def test_a_base_named_by_its_occupier_is_the_occupiers(shipped, text, expected):
    """"the U.S. garrison at al-Tanf", "القاعدة الأميركية في حقل كونيكو": a garrison or base named by the state whose
    troops hold it names the side struck (config actors, US forces' variants)."""
    assert facts(text, shipped, *SIDES) == expected


def test_an_unknown_destination_is_no_unknown_striker(shipped):
    """"ونقلت قسد الجثتين إلى جهة مجهولة": where the bodies were taken is unknown, not who struck; the strike the
    report suspects the coalition's keeps that striker (events.UNKNOWN_STRIKER)."""
    text = ("استهدفت طائرة مسيرة يرجح أنها تابعة للتحالف الدولي، بصاروخين، سيارة قرب بلدة الشدادي، ما أدى إلى مقتل شخصين "
            "قالت مصادر محلية إنهما من عناصر تنظيم داعش. وطوقت قوات سوريا الديمقراطية المكان بعد الاستهداف، ونقلت الجثتين "
            "إلى جهة مجهولة. ولم يصدر عن التحالف الدولي أي تعليق حول الضربة.")
    assert facts(text, shipped, *SIDES) == [("Shaddadi", "US-led coalition", "Islamic State")]
