"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of articles_heldout_actors9, _actors8, _notes23 and
_tolls4): a side the report accuses or blames of the strike in a sentence apart from the strike's own (the lead's
convention: the accused is actor1 unless it denies and the report names no other striker); an accuser named with its
seat ("الإدارة الذاتية في سنجار"), whose place is no strike of its own. Each rule on sentences of its own, not the
fixture's, through ``analyse`` as the daemon codes them. The codebook: actor1 the side that struck, actor2 the side
struck (civilians: null)."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-06-10T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    ("A drone hit a vehicle of the Syrian Democratic Forces near the town of Hajin on Monday night.\n"
     "Three fighters were wounded and taken to a hospital in the area, a medical source told North Press.\n"
     "The SDF accused Turkey of the attack, while Ankara made no comment.",
     [("Hajin", "Turkish Armed Forces", "Syrian Democratic Forces")]),
    ("استهدفت طائرة مسيرة، مساء أمس الاثنين، سيارة لقوات سوريا الديمقراطية قرب بلدة الشحيل بريف دير الزور.\n"
     "وأصيب ثلاثة مقاتلين بجروح نقلوا على إثرها إلى مشفى في المنطقة، بحسب مصدر طبي.\n"
     "واتهمت قسد في بيان تركيا بتنفيذ الهجوم.",
     [("Al-Shuhayl", "Turkish Armed Forces", "Syrian Democratic Forces")]),
])
def test_a_side_accused_two_sentences_later_struck(shipped, text, expected):
    """"… The SDF accused Turkey of the attack", "واتهمت قسد في بيان تركيا بتنفيذ الهجوم" two sentences after the strike,
    whose own sentences name no striker: the accused, undenied, is actor1 (events._strikers_claiming_later)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("The killed and injured totalled five, a nurse at the town's clinic said after a drone struck a position of the "
     "Syrian Democratic Forces on the edge of Hajin on Monday.\n"
     "The wounded were taken to Deir ez-Zor, she said, without saying how many died. The SDF blamed Turkey; there was "
     "no comment from Ankara.",
     [("Hajin", "Turkish Armed Forces", "Syrian Democratic Forces")]),
])
def test_a_side_blamed_apart_from_the_strike_struck(shipped, text, expected):
    """"The SDF blamed Turkey; there was no comment from Ankara" after the toll's sentences: the accused, undenied, is
    actor1 (events._strikers_claiming_later)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قُتل قيادي في وحدات مقاومة سنجار (اليبشة)، عصر اليوم الثلاثاء، بضربة بطائرة مسيرة استهدفت سيارته في قرية تل "
     "قصب غربي قضاء سنجار.\n"
     "وحمّلت الإدارة الذاتية في سنجار تركيا مسؤولية الضربة.",
     [("Tall Qasab", "Turkish Armed Forces", "Sinjar Resistance Units")]),
])
def test_an_accusers_seat_is_no_strike_of_its_own(shipped, text, expected):
    """"وحمّلت الإدارة الذاتية في سنجار تركيا مسؤولية الضربة": the place is the accuser's seat, no second strike
    (events._accusers_place with vocabulary.ACCUSER_PLACE); the accused struck the one strike told."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قُتل مقاتلان من وحدات مقاومة سنجار، مساء أمس الاثنين، بقصف طائرة مسيرة استهدف سيارتهما قرب قرية تل قصب جنوبي "
     "قضاء سنجار.\n"
     "وحمّلت الإدارة الذاتية تركيا مسؤولية القصف، مطالبة بغداد بموقف واضح.",
     [("Tall Qasab", "Turkish Armed Forces", "Sinjar Resistance Units")]),
])
def test_a_capital_an_appeal_addresses_is_no_place_struck(shipped, text, expected):
    """"مطالبة بغداد بموقف واضح", "called on Baghdad to act": the capital addressed is its government, no place struck
    (vocabulary.APPEAL_ADDRESSEE_BEFORE in events.build_events)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone strike killed two Iran-backed militiamen at a post in Al-Bukamal early on Tuesday, while a second strike "
     "hit a depot in Al-Mayadin, killing one more.\n"
     "Activists believed the aircraft were from the US-led coalition.",
     [("Boukamal", "US-led coalition", "Iran-backed militias"), ("Mayadin", "US-led coalition", "Iran-backed militias")]),
    ("قتل عنصران من الميليشيات الإيرانية بغارة جوية على نقطة لهم في مدينة البوكمال، فيما قتل عنصر ثالث بغارة ثانية "
     "استهدفت مستودعاً في مدينة الميادين، فجر اليوم الثلاثاء.\n"
     "ويرجح ناشطون أن الطائرات تابعة للتحالف الدولي.",
     [("Boukamal", "US-led coalition", "Iran-backed militias"), ("Mayadin", "US-led coalition", "Iran-backed militias")]),
])
def test_the_side_of_a_second_strike_struck_the_first(shipped, text, expected):
    """"… a strike killed two militiamen in X, while a second strike hit Y … Activists believed the aircraft were from
    the coalition", "… فيما قتل عنصر ثالث بغارة ثانية … ويرجح ناشطون أن الطائرات تابعة للتحالف": the side named for the
    second of one sentence's strikes struck the first too, which names none, and the side struck is the first's
    (events.build_events, the round-up's strikes told again)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone hit a pickup near the village of Musakan in Shikhan district on Monday, killing a man pro-government "
     "Turkish outlets described as a PKK cadre.",
     [("Musakan", "Turkish Armed Forces", "PKK")]),
    # (a guard: a building the striker says was a side's is no side struck)
    ("Israeli jets struck a residence near Boukamal on Monday which Israel claimed was an Iranian Revolutionary Guards "
     "headquarters, killing three people.",
     [("Boukamal", "IDF", None)]),
])
def test_a_man_described_as_a_member_is_of_the_side_struck(shipped, text, expected):
    """"killing a man Turkish outlets described as a PKK cadre": a person the striker's side says was a member of a
    group is that group's, the side struck, as ACLED codes the side the report names (vocabulary.DESCRIBED_AS_BEFORE
    with PERSON_OF_AFTER in events._actor_role); a building "claimed was a headquarters" names none."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("ANKARA (AA) - Turkish intelligence \"neutralised\" a PKK/YPG terrorist in charge of the group's recruitment in a "
     "drone strike in Amuda, northern Syria, on Monday, security sources said.",
     [("Amuda", "Turkish Armed Forces", "YPG")]),
    # (a guard: the YPG named first)
    ("ANKARA (AA) - Turkish intelligence neutralised two YPG/PKK terrorists in a drone strike near Tal Tamr, northern "
     "Syria, on Monday, security sources said.",
     [("Tal Tamr", "Turkish Armed Forces", "YPG")]),
])
def test_ankaras_pkk_ypg_is_the_ypg(shipped, text, expected):
    """"a PKK/YPG terrorist", "YPG/PKK terrorists": Anadolu's slashed pair names one side, the YPG, as ACLED codes
    the Syrian Kurdish forces (vocabulary.SLASHED_AS in events._slashed_as_another)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("استشهد راعٍ، ظهر اليوم الاثنين، جراء استهداف طائرة مسيرة تابعة لجيش الاحتلال التركي له قرب قرية تل كرمة في ريف "
     "عامودا، على بعد مئات الأمتار من نقطة لقوات الحكومة السورية.",
     [("Tall Karm", "Turkish Armed Forces", None)]),
    ("A Turkish drone killed a farmer on Monday near the village of Tal Karma in the Amuda countryside, a few hundred "
     "metres from a checkpoint of the Syrian army.",
     [("Tall Karm", "Turkish Armed Forces", None)]),
])
def test_a_post_the_strike_is_placed_by_is_no_side_struck(shipped, text, expected):
    """"على بعد مئات الأمتار من نقطة لقوات الحكومة السورية", "a few hundred metres from a checkpoint of the Syrian
    army": a side's post that places the strike is a landmark, not the side struck (vocabulary.ACTOR_DESCRIBES_BEFORE)."""
    assert facts(text, shipped, *SIDES) == expected
