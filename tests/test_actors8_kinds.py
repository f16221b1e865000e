"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of articles_heldout_actors8): a minister's or
commander's "our forces struck" told before the statement of the side struck. Each rule on sentences of its own, not
the fixture's, through ``analyse`` as the daemon codes them. The codebook: actor1 the side that struck, actor2 the side
struck (civilians: null); a state's forces by any name (its ministry, its minister, a commander) are its forces."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-06-10T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    ("Turkey's defence minister said on Tuesday that \"our forces struck terrorist shelters\" in northern Iraq during "
     "the night.\nThe PKK said in a statement that three of its fighters were killed when drones hit their position "
     "near Sidakan on Monday.",
     [("Sidakan", "Turkish Armed Forces", "PKK")]),
    # (the party's other name in brackets before what it is: "(KDPI), an exiled opposition party, said")
    ("A commander of Iran's Revolutionary Guards said on Sunday that \"our forces hit the bases of separatist groups\" "
     "in the Kurdistan Region.\nThe Kurdistan Democratic Party of Iran (KDPI), an exiled opposition party, said two of "
     "its members were wounded when a drone hit its office in Koya.",
     [("Koya", "IRGC", "KDPI")]),
    ("قال قائد في الحرس الثوري الإيراني، اليوم الأحد، إن \"قواتنا الجوية قصفت مقرات الجماعات الانفصالية\" في إقليم "
     "كردستان.\nوقال الحزب الديمقراطي الكردستاني الإيراني إن طائرة مسيرة استهدفت مقراً له قرب كويسنجق، ما أدى إلى "
     "إصابة اثنين من أعضائه.",
     [("Koya", "IRGC", "KDPI")]),
    ("قال وزير الدفاع التركي إن \"قواتنا ضربت مخابئ الإرهابيين\" شمالي العراق.\nوأعلن حزب العمال الكردستاني مقتل "
     "اثنين من مقاتليه بغارة على موقعهم في ناحية سيدكان.",
     [("Sidakan", "Turkish Armed Forces", "PKK")]),
])
def test_our_forces_struck_then_the_side_struck_tells_its_loss(shipped, text, expected):
    """"The minister said that 'our forces struck …'" / "قال وزير الدفاع التركي إن 'قواتنا ضربت …'", then the side
    struck tells its loss ("said three of its fighters were killed", "a drone hit its office", "استهدفت مقراً له"): the
    minister's or commander's "our forces" is his state's forces, the striker (vocabulary.ACTOR_CLAIMS_AFTER's "our
    …", the minister a variant of his state's forces), the side telling of its own loss the side struck
    (events._OWN_LOSS's camp, office and "مقراً له"; events._APPOSITION after a bracketed other name)."""
    assert facts(text, shipped, *SIDES) == expected


def test_a_side_that_says_it_searched_the_area_after_the_strike_did_not_strike(shipped):
    """"The SDF (…), the Kurdish-led force that holds the area, said it had carried out a ground operation in the area
    after the strike": a ground, security or arrest operation a side says it carried out claims no strike, now that its
    other name in brackets no longer hides its apposition (vocabulary.ACTOR_CLAIMS_AFTER)."""
    text = ("Two ISIS members were killed on Monday when a drone struck their car near Al-Karamah, east of Raqqa, local "
            "sources said.\nThe Syrian Democratic Forces (SDF), the Kurdish-led force that holds the area, said it had "
            "carried out a ground operation in the area after the strike.")
    assert facts(text, shipped, *SIDES) == [("Al Karamah", None, "Islamic State")]


def test_a_headline_of_two_strikes_leaves_each_its_own_victims(shipped):
    """"SDF shells army positions near X; government shelling kills boy in Y": a headline that tells two strikes
    apart with ";" is read after the body, whose own sentence says whom X's shelling hit (the soldiers of "Syrian army
    positions"); the boy is Y's (events._civilians_hit, _HEADLINE_STRIKES_APART)."""
    text = ("SDF shells army positions near Buqrus; government shelling kills boy in Al-Busayrah\n"
            "DEIR EZ-ZOR – The SDF shelled Syrian army positions on the edge of Buqrus, on the western bank of the "
            "Euphrates, with mortars on Tuesday morning, wounding three soldiers, a military source said.\n"
            "In the afternoon, government forces shelled the town of Al-Busayrah on the eastern bank, killing a boy, a "
            "medical source said.")
    assert facts(text, shipped, *SIDES) == [("Buqrus", "Syrian Democratic Forces", "Syrian army"),
                                            ("Al-Busayrah", "Syrian army", None)]


def test_iranian_artillery_beside_a_turkish_drone_in_one_headline(shipped):
    """"مسيرة تركية تقتل ثلاثة في زاب وقصف مدفعي إيراني على سيدكان" … "قصفت المدفعية الإيرانية أطراف ناحية سيدكان": Iran's
    adjective on its guns names its forces (the IRGC, as "قصف مدفعي تركي" names Turkey's) over the headline's Turkish
    drone of the other strike (vocabulary.ACTOR_ADJECTIVES)."""
    text = ("مسيرة تركية تقتل ثلاثة في زاب وقصف مدفعي إيراني على سيدكان\n"
            "استهدفت طائرة مسيرة تركية، صباح الأحد، موقعاً لحزب العمال الكردستاني في منطقة زاب، ما أدى إلى مقتل ثلاثة "
            "من عناصره.\nوفي اليوم نفسه، قصفت المدفعية الإيرانية أطراف ناحية سيدكان الحدودية، ما أدى إلى إصابة راعٍ.")
    assert facts(text, shipped, *SIDES) == [("Zap", "Turkish Armed Forces", "PKK"), ("Sidakan", "IRGC", None)]


@pytest.mark.parametrize("text, expected", [
    ("A drone struck the perimeter of the coalition base at the Conoco field on Sunday night, causing no casualties, a "
     "source at the base said.\nThe SDF blamed Iran-backed militias for the attack.",
     [("Conoco gas field", "Iran-backed militias", "US-led coalition")]),
    ("أصيب عنصران من قوى الأمن الداخلي (الأسايش) باستهداف طائرة مسيرة حاجزاً لهم قرب بلدة تل تمر، مساء الأحد.\n"
     "وحمّلت الأسايش في بيان الجيش التركي مسؤولية الهجوم.",
     [("Tal Tamr", "Turkish Armed Forces", "Asayish")]),
])
def test_a_side_blamed_for_the_strike_struck(shipped, text, expected):
    """"The SDF blamed Iran-backed militias for the attack", "وحمّلت الأسايش الجيش التركي مسؤولية الهجوم": the side blamed
    for the strike is its striker, as one accused of carrying it out is (unless the report says it denied it), and the
    base's side is the side struck, not its striker (vocabulary.ACCUSED_OF_STRIKING_AFTER)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone struck the perimeter of the coalition base at the Conoco field on Sunday night, causing no casualties.",
     [("Conoco gas field", None, "US-led coalition")]),
    ("Two rockets landed near the US base at Ain al-Asad on Monday, causing no casualties, a security source said.",
     [("Al-Asad Air Base", None, "US forces")]),
    ("A drone exploded near the U.S. base at Kharab al-Jir in Hasakah, a source at the base said.",
     [("Kharab al-Jir base", None, "US forces")]),
    ("سقطت ثلاث قذائف صاروخية قرب القاعدة الأمريكية في حقل العمر بريف دير الزور، دون إصابات.",
     [("Al-Omar oil field", None, "US forces")]),
    ("استهدفت طائرة مسيرة محيط قاعدة التحالف الدولي في حقل كونيكو بريف دير الزور الشمالي.",
     [("Conoco gas field", None, "US-led coalition")]),
    # (the fire came from the base: its side struck)
    ("أصيب مزارع بقصف مدفعي طال أطراف قرية في قضاء العمادية، مصدره قاعدة تركية قريبة.",
     [("Amadiya", "Turkish Armed Forces", None)]),
])
def test_a_side_named_by_its_base_beside_the_strike_was_struck(shipped, text, expected):
    """"Two rockets landed near the US base at X", "a drone struck the perimeter of the coalition base", "سقطت قذائف قرب
    القاعدة الأمريكية", "استهدفت مسيرة محيط قاعدة التحالف": a side named by its base is the side struck, never the striker
    (a base fires nothing), unless the fire came from it ("مصدره قاعدة تركية") (events._BASE_NAMED, _FROM_BEFORE)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قُتل رجلان، مساء السبت، بقصف طائرة مسيرة تركية استهدف سيارتهما على طريق قرية قرب بلدة تل تمر.\n"
     "وذكرت قوات سوريا الديمقراطية في بيان أن الرجلين من مقاتلي صفوفها.",
     [("Tal Tamr", "Turkish Armed Forces", "Syrian Democratic Forces")]),
    ("قتل شخصان باستهداف طائرة مسيرة دراجتهما النارية في بلدة عين عيسى.\n"
     "وقال مجلس دير الزور العسكري إن مسيرة تركية نفذت الضربة وإن القتيلين من عناصر قواته.",
     [("Ain Issa", "Turkish Armed Forces", "Deir ez-Zor Military Council")]),
])
def test_a_side_says_the_dead_were_of_its_forces(shipped, text, expected):
    """"وذكرت قسد أن الرجلين من مقاتلي صفوفها", "وإن القتيلين من عناصر قواته": a side that says the dead were fighters of its
    forces (its ranks) after a strike whose own sentence names no side struck is the side struck
    (vocabulary.DEAD_ARE_ITS_AFTER)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قصفت فصائل الاحتلال التركي بالمدفعية قرية تل طويل بريف تل تمر، ما أدى إلى إصابة طفل.",
     [("Tall Tawil", "Syrian National Army", None)]),
    ("Ankara-backed factions shelled the outskirts of Ain Issa on Sunday, wounding a woman.",
     [("Ain Issa", "Syrian National Army", None)]),
])
def test_factions_named_by_their_patron_are_the_sna(shipped, text, expected):
    """"قصفت فصائل الاحتلال التركي …", "Ankara-backed factions shelled …": the factions Kurdish media and wire copy name by
    their patron are the Syrian National Army, not the patron's army (config.yaml's actors: Syrian National Army)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Explosive-laden drones struck a camp of the Kurdistan Freedom Party (PAK) near Koya on Sunday night, wounding two "
     "people, local officials said.",
     [("Koya", None, "Kurdistan Freedom Party")]),
    ("A drone hit an office of the KDPI in Koya on Monday, causing damage but no casualties.",
     [("Koya", None, "KDPI")]),
])
def test_a_partys_camp_or_office_struck(shipped, text, expected):
    """"drones struck a camp of the Kurdistan Freedom Party", "a drone hit an office of the KDPI": the party whose camp or
    office was struck is the side struck, not its striker (vocabulary.ACTOR_HIT_BEFORE)."""
    assert facts(text, shipped, *SIDES) == expected
