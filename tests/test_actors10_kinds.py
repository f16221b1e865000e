"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of articles_heldout_actors10): the striker named only
by its aircraft's model (Sukhoi's Su-34 and Su-35, the Anka-S, F-16s by where they struck) or by the base it took off
from; the Syrian government's forces by the opposition's names ("قوات الأسد", "Assad forces", "a regime army post"),
"the regime" / "النظام" alone; Anadolu's Arabic "ي ب ك/بي كا كا"; the PJAK by its name. Each rule on sentences of its
own, not the fixture's, through ``analyse`` as the daemon codes them. The codebook: actor1 the side that struck, actor2
the side struck (civilians: null)."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2024-10-15T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    ("Su-35 jets pounded Islamic State caves in the desert south of Mayadin on Sunday, killing four militants, a monitor "
     "said.",
     [("Mayadin", "Russian forces", "Islamic State")]),
    ("شنت مقاتلات من طراز سوخوي 34، صباح اليوم، غارات على مواقع لتنظيم داعش في بادية البوكمال، ما أدى إلى مقتل ثلاثة عناصر.",
     [("Boukamal", "Russian forces", "Islamic State")]),
    ("An Anka-S drone hit a pickup near the village of Sersink on Monday, killing two PKK fighters, officials said.",
     [("Sersink", "Turkish Armed Forces", "PKK")]),
])
def test_a_striker_named_by_its_aircraft_model(shipped, text, expected):
    """"Su-35 jets pounded …", "مقاتلات من طراز سوخوي 34", "An Anka-S drone hit …": the model names the side that flies
    it there (config.yaml's Russian forces: Sukhoi's Su-34 and Su-35, which only Russia flies in Syria; the Turkish Armed
    Forces: TAI's Anka-S)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("F-16 jets bombed the slopes above the village of Kani Balav on Monday, targeting PKK positions, the mayor said.",
     [("Kani Belav", "Turkish Armed Forces", "PKK")]),
    ("قصفت مقاتلات إف-16، فجر اليوم، مواقع لحزب العمال الكردستاني في منطقة زاب التابعة لقضاء العمادية.",
     [("Zap", "Turkish Armed Forces", "PKK")]),
    ("F-16 jets bombed an Islamic State hideout near Rutba on Sunday, killing three militants, a security source said.",
     [("Rutba", "Iraqi Air Force", "Islamic State")]),
])
def test_unnamed_f16s_are_flown_by_who_strikes_there(shipped, text, expected):
    """"F-16 jets bombed the slopes above Kani Balav", "قصفت مقاتلات إف-16 … منطقة زاب", "F-16 jets bombed … near Rutba":
    F-16s named without their state over Iraq are Turkey's over the Kurdistan Region's border mountains (Duhok; Erbil's
    Soran, Mergasur and Choman districts) and the Iraqi Air Force's elsewhere (vocabulary.UNNAMED_F16 in OWN_AVIATION,
    events._own_aviation)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قصفت قوات الأسد بقذائف الهاون بلدة ذيبان بريف دير الزور الشرقي، ما أدى إلى إصابة ثلاثة مدنيين.",
     [("Dhiban", "Syrian army", None)]),
    ("Assad forces shelled the town of Hajin on Sunday, wounding two civilians, local sources said.",
     [("Hajin", "Syrian army", None)]),
    ("An Islamic State drone struck a regime army post near the village of Ash Shula, killing two soldiers.",
     [("Ash Shula", "Islamic State", "Syrian army")]),
])
def test_the_assad_forces_by_the_oppositions_names(shipped, text, expected):
    """"قصفت قوات الأسد …", "Assad forces shelled …", "a regime army post": the opposition media's names for the Assad
    government's forces are the Syrian army, as striker and as the side struck (config.yaml's Syrian army)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ('أعلنت وزارة الدفاع التركية تحييد ثلاثة إرهابيين من تنظيم "ي ب ك/بي كا كا" بضربة جوية في محيط بلدة عامودا.',
     [("Amuda", "Turkish Armed Forces", "YPG")]),
])
def test_anadolus_arabic_ypg_pkk_pair_names_the_ypg(shipped, text, expected):
    """'تنظيم "ي ب ك/بي كا كا"': Anadolu's Arabic spells the YPG's letters as Turkish reads them, as it does the PKK's;
    the slashed pair names the YPG (config.yaml's YPG, events._slashed_as_another), as "PKK/YPG" in English does."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iranian artillery shelled a PJAK position in the mountains near Sidakan on Tuesday, the town's mayor said.",
     [("Sidakan", "IRGC", "PJAK")]),
])
def test_the_pjak_struck_by_name(shipped, text, expected):
    """"Iranian artillery shelled a PJAK position near Sidakan": the PKK's Iranian branch, the Guards' target along the
    border, is a side of its own (config.yaml's PJAK, ACLED's "PJAK: Free Life Party of Kurdistan")."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Warplanes that took off from the Hmeimim air base struck Islamic State hideouts in the desert south of Mayadin on "
     "Monday, killing two militants, a monitor said.",
     [("Mayadin", "Russian forces", "Islamic State")]),
    ("A drone launched from the Incirlik air base hit a car near Tal Tamr on Sunday, killing two YPG fighters.",
     [("Tal Tamr", "Turkish Armed Forces", "YPG")]),
    ("The PMF said a drone that took off from Ain al-Asad air base, which hosts U.S. forces, struck one of its "
     "positions near Husaybah on Friday, killing a fighter.",
     [("Husaybah", "US forces", "Popular Mobilization Forces")]),
    ("أفادت مصادر بأن طائرة مسيرة انطلقت من قاعدة عين الأسد التي تتمركز فيها قوات التحالف الدولي قصفت موقعاً للحشد "
     "الشعبي قرب مدينة القائم، ما أدى إلى مقتل منتسب.",
     [("Al-Qaim", "US-led coalition", "Popular Mobilization Forces")]),
    ("قصفت طائرات حربية انطلقت من مطار حميميم مواقع لتنظيم داعش في بادية الميادين، ما أدى إلى مقتل ثلاثة عناصر.",
     [("Mayadin", "Russian forces", "Islamic State")]),
])
def test_a_striker_named_by_the_base_it_took_off_from(shipped, text, expected):
    """"Warplanes that took off from the Hmeimim air base", "launched from the Incirlik air base", "launched from Ain
    al-Asad air base, which hosts U.S. forces", "انطلقت من قاعدة عين الأسد التي تتمركز فيها قوات التحالف": the side whose
    base the aircraft took off from struck (vocabulary.LAUNCHED_FROM_BEFORE in events._actor_role; Russia's and Turkey's
    bases named in config.yaml), never the side struck; the base, at home or abroad, is no place of the strike."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("نفذت قوات التحالف الدولي عملية بمروحيتين انطلقتا من قاعدة الشدادي، استهدفتا سيارة قرب بلدة الهول، ما أدى إلى "
     "مقتل ثلاثة من عناصر داعش.",
     [("Al-Hawl", "Air/drone strike", "US-led coalition")]),
])
def test_two_aircraft_in_the_dual_strike_from_the_air(shipped, text, expected):
    """"بمروحيتين … استهدفتا سيارة": the Arabic dual of the aircraft ("مروحيتين", "طائرتان") is the air strike's weapon as
    its singular and plural are (config.yaml's warplanes), not a generic strike read as shelling."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1") == expected


@pytest.mark.parametrize("text, expected", [
    ("Three civilians were wounded when a drone struck a house on the edge of Dhiban on Sunday, the SDF-run Deir ez-Zor "
     "Civil Council said.",
     [("Dhiban", None, None)]),
])
def test_a_council_a_side_runs_is_no_side(shipped, text, expected):
    """"the SDF-run Deir ez-Zor Civil Council said": a civil body a side runs reports or condemns; the side that runs it
    did not strike (vocabulary.ACTOR_DESCRIBES_AFTER), whereas "an SDF-run checkpoint" stays the SDF's."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قُتل رجل بقصف طائرة مسيرة تركية استهدف سيارته قرب قرية سرسنك. وقال مسؤول محلي إن القتيل يوصف بأنه عضو في حزب "
     "العمال الكردستاني.",
     [("Sersink", "Turkish Armed Forces", "PKK")]),
])
def test_a_man_described_in_arabic_as_a_member(shipped, text, expected):
    """"القتيل يوصف بأنه عضو في حزب العمال", "وُصف بأنه قيادي في": the Arabic "described as a member of" puts the member's
    word before the side (vocabulary.DESCRIBED_AS_BEFORE): that side was struck, as "a man described as a PKK member"."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("قصف النظام بالمدفعية الثقيلة، مساء أمس، مواقع لقوات سوريا الديمقراطية في بلدة ذيبان، ما أدى لإصابة مقاتلين.",
     "2024-05-07", [("Dhiban", "Syrian army", "Syrian Democratic Forces")]),
    ("استهدفت قسد بقذائف الهاون مواقع النظام في مدينة الميادين، ما أدى لمقتل عنصرين.",
     "2024-05-07", [("Mayadin", "Syrian Democratic Forces", "Syrian army")]),
    ("هاجم مسلحون من فلول النظام بالقذائف حاجزاً للأمن العام قرب مدينة الميادين، ما أدى لمقتل عنصرين.",
     "2025-05-07", [("Mayadin", None, None)]),
])
def test_the_regime_alone_is_the_assad_army_until_its_fall(shipped, text, published, expected):
    """"قصف النظام بالمدفعية …", "مواقع النظام": Syrian outlets' "the regime" alone is the Assad government's army, striker
    or struck, until it fell on 8 December 2024 (config.yaml's actor "the bare regime", vocabulary.BARE_REGIME in
    events._code); after that the word is the fallen regime, no side ("فلول النظام")."""
    assert conftest.facts(text, shipped, *SIDES, published=published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two rockets landed near an Iraqi army checkpoint outside Anah on Friday, wounding a soldier. Local officials blamed "
     "Islamic State militants hiding in the nearby desert.",
     [("Anah", "Islamic State", "Iraqi army")]),
])
def test_a_side_blamed_where_it_hides(shipped, text, expected):
    """"blamed Islamic State militants hiding in the nearby desert": a side blamed, then where it hides or is based, is
    blamed of the report's strike (vocabulary.ACCUSED_ALONE_AFTER; the lead's convention: actor1 unless denied)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("أصيب راعيان، اليوم، بانفجار لغم أرضي من مخلفات تنظيم داعش قرب قضاء راوة غربي الأنبار.",
     [("Rawa", "Islamic State", None)]),
])
def test_old_ordnance_a_side_left_is_that_sides(shipped, text, expected):
    """"لغم أرضي من مخلفات تنظيم داعش": old ordnance going off is no strike, but the side the report says left or laid it
    is the IED's actor1 (vocabulary.LAID_BY_BEFORE in events._strike_actors), as "a landmine left behind by ISIS"."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone hit the perimeter of the Harir air base, which hosts US and coalition troops, late on Sunday, "
     "a Kurdish security source said.",
     [("Harir base", None, "US-led coalition")]),
])
def test_the_troops_a_base_hosts_are_struck_there(shipped, text, expected):
    """"hit the perimeter of the Harir air base, which hosts US and coalition troops": the troops a struck base hosts
    are the side struck (vocabulary.HOSTED_BEFORE in events._actor_role), unless the aircraft took off from that base
    (test_a_striker_named_by_the_base_it_took_off_from)."""
    assert facts(text, shipped, *SIDES) == expected
