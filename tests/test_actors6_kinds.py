"""Kinds of who-struck-whom wording (issue 16 point 7, the residue of articles_heldout_actors5): joint strikers, a
striker placed where it is stationed, hedged owners of the aircraft, a side said to stand behind the strike, a
state's forces claiming beside the strike, Anadolu's Arabic spelling of the PKK, a ground raid with a partner's
helicopters, and a strike on a civilian facility. Each rule on sentences of its own, not the fixture's, through
``analyse`` as the daemon codes them. The codebook: actor1 the side that struck, actor2 the side struck (civilians:
null); of two sides acting together, actor1 is the one whose act the event is (ACLED's associated actor, the
other, is not coded)."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-06-10T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    ("Turkish-backed Syrian National Army (SNA) fighters and Turkish troops shelled farmland on the edge of Ain Issa "
     "on Friday, damaging two houses. The area borders territory held by Turkish forces and the SNA.",
     [("Ain Issa", "Syrian National Army", None)]),
    ("مرتزقة الاحتلال التركي والجيش التركي المتمركزون قرب مدينة كري سبي قصفوا أطراف ناحية عين عيسى بقذائف الهاون، "
     "ما ألحق أضراراً بمنازل المدنيين.",
     [("Ain Issa", "Syrian National Army", None)]),
])
def test_sides_that_struck_together_are_the_first_named_and_neither_is_struck(shipped, text, expected):
    """"SNA (SNA) fighters and Turkish troops shelled", "مرتزقة الاحتلال التركي والجيش التركي المتمركزون قرب … قصفوا":
    two sides joined by "and" past the first's bracketed short name and its men (vocabulary.JOINED_STRIKER), or
    placed where they are stationed before their verb (ACTOR_STRUCK_AFTER), struck together: the first named is
    actor1, and neither is the side struck (events._strike_actors' ``together``)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone, most likely belonging to the US-led coalition, struck a motorcycle near Al-Shuhayl on Monday, killing "
     "two men suspected of being ISIS members.",
     [("Al-Shuhayl", "US-led coalition", "Islamic State")]),
])
def test_the_hedged_owner_of_the_aircraft_struck(shipped, text, expected):
    """"a drone, most likely belonging to X, struck": the aircraft's owner, hedged or not, set off by commas or not,
    is the striker (ACLED codes the suspected side the report names; vocabulary.ACTOR_STRUCK_BEFORE), not the side
    struck that "belonging to" names after a target."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قصفت طائرة مسيرة انتحارية موقعاً لقوات سوريا الديمقراطية قرب بلدة ذيبان، ويرجح ناشطون أن الميليشيات الإيرانية "
     "تقف وراء الهجوم.",
     [("Dhiban", "Iran-backed militias", "Syrian Democratic Forces")]),
    ("A drone struck a post of the Syrian Democratic Forces near Dhiban on Sunday, and the SDF said Iran-aligned "
     "militias were behind the attack.",
     [("Dhiban", "Iran-backed militias", "Syrian Democratic Forces")]),
])
def test_the_side_said_to_stand_behind_the_strike_struck(shipped, text, expected):
    """"يرجح ناشطون أن الميليشيات الإيرانية تقف وراء الهجوم", "the SDF said X were behind the attack": the side the
    report says or suspects stood behind a strike struck it (vocabulary.BEHIND_STRIKE_AFTER; an unidentified drone's
    too: test_actorsar_kinds, test_actors7_kinds)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iran's Revolutionary Guards said on Monday they had struck the bases of separatist groups in northern Iraq. "
     "Komala said two drones hit its camp near Koya, wounding four of its members.",
     [("Koya", "IRGC", "Komala")]),
])
def test_a_states_forces_claiming_beside_the_strike_are_its_forces(shipped, text, expected):
    """"Iran's Revolutionary Guards said they had struck …" before the strike's own sentence: the claimant that
    struck, its state ("Iran's") coded as its forces (events._strike_actors' claimants through STATE_FORCES)."""
    assert facts(text, shipped, *SIDES) == expected


def test_anadolus_arabic_spelling_of_the_pkk(shipped):
    """'إرهابيين من "بي كا كا"': Anadolu's Arabic service spells the PKK's letters as Turkish reads them (config
    actors, PKK)."""
    text = 'أعلنت وزارة الدفاع التركية تحييد 3 إرهابيين من "بي كا كا" في غارة جوية على منطقة متينا شمالي العراق.'
    assert facts(text, shipped, *SIDES) == [("Metina", "Turkish Armed Forces", "PKK")]


@pytest.mark.parametrize("text, expected", [
    ("نفذت قوات سوريا الديمقراطية بالتعاون مع مروحيات التحالف الدولي عملية إنزال جوي في بلدة الصور، واشتبكت مع "
     "مسلحين من تنظيم داعش، ما أدى لمقتل ثلاثة منهم.",
     [("As Suwar", "Armed clash", "Syrian Democratic Forces", "Islamic State")]),
    ("SDF fighters, in conjunction with coalition helicopters, clashed with an ISIS cell in Hajin overnight, killing "
     "two of its members.",
     [("Hajin", "Armed clash", "Syrian Democratic Forces", "Islamic State")]),
    ("The SDF, in conjunction with coalition jets, targeted an ISIS hideout near Al-Hol on Tuesday, killing a "
     "commander.",
     [("Al-Hawl", "Air/drone strike", "US-led coalition", "Islamic State")]),
])
def test_a_partners_aircraft_in_conjunction_with_a_raid_or_a_strike(shipped, text, expected):
    """"بالتعاون مع مروحيات التحالف … واشتبكت مع", "in conjunction with coalition helicopters, clashed with": a ground
    raid the partner's helicopters carry and cover is a clash (issue 16 point 5; vocabulary._SUPPORTED, its
    "conjunction" cue), the raiding side against the side named after "with" (events._strike_actors, the helicopters
    its support: CLASH_SUPPORT_AIRCRAFT_BEFORE); with no clash, the partner's aircraft struck, before a side that
    fights only on the ground (ACTOR_STRUCK_BEFORE, GROUND_SIDES), and it is never the side struck."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1", "actor2") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish strikes hit Asayish post in Amuda and water station near Al-Darbasiyah\n"
     "Turkish drones struck an Asayish checkpoint in Amuda on Friday, killing two of its members. Another strike hit "
     "a water pumping station near Al-Darbasiyah, the administration said.",
     [("Amuda", "Turkish Armed Forces", "Asayish"), ("Al-Darbasiyah", "Turkish Armed Forces", None)]),
    ("قتل ثلاثة من عناصر الأسايش بغارة تركية على حاجز عند مدخل مدينة المالكية، فيما طالت غارة ثانية محطة مياه قرب "
     "القامشلي.",
     [("Al-Malikiyah", "Turkish Armed Forces", "Asayish"), ("Qamishli", "Turkish Armed Forces", None)]),
])
def test_a_strike_on_a_civilian_facility_struck_no_side(shipped, text, expected):
    """"Another strike hit a water pumping station", "فيما طالت غارة ثانية محطة مياه": a strike whose clause names a
    civilian facility as what it hit struck no armed side, whatever side the strike before (or a headline naming both)
    struck (vocabulary.CIVILIAN_VICTIMS)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three rockets fired by Iran-backed militias targeted the Al-Omar oil field base on Friday evening. All three were "
     "intercepted by air defences, a source said.",
     [("Al-Omar oil field", "Disrupted weapons use", None, "Iran-backed militias")]),
    ("أطلقت المقاومة الإسلامية في العراق طائرة مسيرة باتجاه قاعدة حرير شمال أربيل فجر اليوم. وتم إسقاط الطائرة قبل "
     "وصولها إلى القاعدة.",
     [("Harir base", "Disrupted weapons use", None, "Islamic Resistance in Iraq")]),
])
def test_an_interception_told_after_the_attack_names_the_attacker_the_side_stopped(shipped, text, expected):
    """"… rockets fired by X targeted the base. All three were intercepted", "أطلقت X طائرة مسيرة … وتم إسقاط الطائرة":
    the codebook's Disrupted weapons use has the side that stopped the weapon as actor1 (unnamed here: null) and the
    side whose weapon was stopped as actor2 (events._strike_actors, after _interception_sides finds no stopper)."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1", "actor2") == expected


@pytest.mark.parametrize("text", [
    "استهدفت طائرة مسيرة تركية سيارة على طريق عامودا، ما أدى إلى استشهاد عضوين من قوى الأمن الداخلي.",
    "قتل عضوان في الأسايش بقصف مسيرة تركية على حاجز في عامودا.",
])
def test_two_members_counted_by_the_dual(shipped, text):
    """"استشهاد عضوين من قوى الأمن الداخلي", "قتل عضوان": the Kurdish media count the Asayish's dead as its members, by
    the dual of "عضو" (figures._AR_DUAL); the side struck stays the Asayish."""
    assert facts(text, shipped, "location", "fatalities", "actor2") == [("Amuda", 2, "Asayish")]


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية الإيرانية أطراف قرى ناحية سيدكان، ولم تسجل أي خسائر بشرية.", [("Sidakan", 0, 0, "IRGC")]),
    ("سقطت قذائف تركية قرب ناحية ديرلوك، ولم يسجل وقوع قتلى.", [("Dereluk", 0, None, "Turkish Armed Forces")]),
    # (none among the civilians says nothing of the fighters struck)
    ("شنت مقاتلات تركية غارات على مواقع لحزب العمال الكردستاني في منطقة خواكورك، ولم تسجل إصابات بين المدنيين.",
     [("Khakurk", None, None, "Turkish Armed Forces")]),
])
def test_no_casualties_recorded(shipped, text, expected):
    """"ولم تسجل أي خسائر بشرية", "ولم يسجل وقوع قتلى": none recorded is the codebook's 0 (figures._NO_CASUALTIES; losses
    the wounded too, the dead only the dead), and the artillery's adjective still names the striker."""
    assert facts(text, shipped, "location", "fatalities", "injured", "actor1") == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل شاب، مساء السبت، برصاص حرس الحدود التركي أثناء اقترابه من الشريط الحدودي قرب ناحية الدرباسية.",
     [("Al-Darbasiyah", "Attack", 1, "Turkish Armed Forces")]),
    ("استشهد شاب برصاص الجندرما التركية قرب مدينة عامودا.", [("Amuda", "Attack", 1, "Turkish Armed Forces")]),
])
def test_killed_by_the_border_guards_bullets(shipped, text, expected):
    """"قتل شاب برصاص حرس الحدود التركي", "برصاص الجندرما": killed by the border guards' bullets is an attack by those
    forces (config gunmen; the bullets' owner struck: vocabulary.ACTOR_STRUCK_BEFORE), as ACLED codes the Jandarma's
    shootings at the border."""
    assert facts(text, shipped, "location", "sub_event_type", "fatalities", "actor1") == expected


# Session 19 (articles_heldout_actors6.yaml's residue): the striker named by its aircraft, owners and attributions told
# after the strike, disputed victims, an accusation denied.

@pytest.mark.parametrize("text, expected", [
    ("A Bayraktar TB2 hit a pickup on the road south of Amuda on Sunday, killing two YPG fighters.",
     [("Amuda", "Turkish Armed Forces", "YPG")]),
    ("An Akinci drone struck a truck near Tal Tamr at noon.", [("Tal Tamr", "Turkish Armed Forces", None)]),
    ("استهدفت طائرة بيرقدار دراجة نارية قرب بلدة عامودا، ما أدى إلى إصابة شخصين.",
     [("Amuda", "Turkish Armed Forces", None)]),
])
def test_a_drone_named_by_its_model_is_its_flyers(shipped, text, expected):
    """"A Bayraktar TB2 hit", "Akinci drone", "طائرة بيرقدار": a drone named by its model alone is an aircraft
    (decision.AIRCRAFT) of the side that flies it there, Turkey's (config actors): the striker."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone hit a fuel tanker on the road outside Al-Busayrah late on Friday, wounding its driver. Local sources said "
     "the drone belonged to the US-led coalition.", [("Al-Busayrah", "US-led coalition", None)]),
    ("أصيب رجلان بجروح جراء استهداف سيارتهما بطائرة مسيرة يعتقد أنها تابعة للجيش التركي قرب بلدة عامودا.",
     [("Amuda", "Turkish Armed Forces", None)]),
    ("قتل شخص باستهداف دراجته النارية بطائرة مسيرة، يرجح أنها تابعة للقوات الأمريكية، في بلدة هجين.",
     [("Hajin", "US forces", None)]),
    # (a target's owner hedged so is the side struck)
    ("قصفت طائرات حربية تركية مواقع يعتقد أنها تابعة لحزب العمال الكردستاني في منطقة زاب.",
     [("Zap", "Turkish Armed Forces", "PKK")]),
])
def test_the_aircrafts_owner_told_after_it(shipped, text, expected):
    """"said the drone belonged to X", "بطائرة مسيرة يعتقد أنها تابعة لـX": the owner of the aircraft, hedged or not,
    struck (vocabulary.ACTOR_STRUCK_BEFORE), not the side struck (the victims are unnamed: null); "مواقع يعتقد أنها
    تابعة لـX" hedges the target's owner, the side struck."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Asayish accused Turkey of carrying out a drone strike on a checkpoint near Amuda that killed one of its members. "
     "The Turkish defence ministry denied the accusation.", [("Amuda", None, "Asayish")]),
    ("استهدفت طائرة مسيرة مقراً للحشد الشعبي قرب قضاء القائم. واتهمت فصائل عراقية القوات الأمريكية بتنفيذ الضربة، "
     "فيما نفى متحدث أمريكي أي علاقة للقوات الأمريكية بها.", [("Al-Qaim", None, "Popular Mobilization Forces")]),
])
def test_a_side_accused_that_denied_the_strike_is_no_striker(shipped, text, expected):
    """"X accused Turkey of carrying out a drone strike … The ministry denied", "اتهم X القوات الأمريكية بقصف … فيما نفى
    متحدث أمريكي أي علاقة للقوات الأمريكية": the accused side struck only on its accuser's word, and the report says it
    denied (events._denied): no striker, as the codebook leaves a strike nobody else is named for; the denial's
    object is neither side (vocabulary.DENIED_PART_BEFORE)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل عنصران من كتائب حزب الله بقصف استهدف سيارتهما قرب قضاء القائم.", [("Al-Qaim", None, "Kataib Hezbollah")]),
    ("قتل مقاتلان من قسد بغارة استهدفت سيارتهما قرب بلدة عين عيسى.", [("Ain Issa", None, "Syrian Democratic Forces")]),
])
def test_the_side_whose_men_a_strike_killed_before_by_the_strike(shipped, text, expected):
    """"قتل عنصران من X بقصف استهدف سيارتهما": the side named before "by the shelling/raid" (بقصف، بغارة، جراء) lost the
    men the strike killed; the verb after the strike noun is the strike's, not the side's (vocabulary.ACTOR_STRUCK_AFTER)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unidentified aircraft struck a weapons depot of Iran-backed militias near Al-Bukamal at dawn. A local militia "
     "commander said the strike had been carried out by Israeli jets.",
     [("Boukamal", "IDF", "Iran-backed militias")]),
    ("استهدفت طائرة مجهولة مقراً للحشد الشعبي قرب مدينة عنه غربي الأنبار. واتهم قيادي في الحشد الطيران الإسرائيلي "
     "بتنفيذ الضربة، مؤكداً أن المقر كان خالياً.", [("Anah", "IDF", "Popular Mobilization Forces")]),
    ("قصفت طائرات مجهولة الهوية مواقع لميليشيات إيرانية في مدينة الميادين. ورجّحت مصادر محلية أن تكون الطائرات "
     "أمريكية.", [("Mayadin", "US forces", "Iran-backed militias")]),
    # (a habit told beside it names no striker of this strike)
    ("Unidentified aircraft struck a weapons depot near Al-Bukamal at dawn. Israel has carried out hundreds of strikes "
     "in Syria in recent years.", [("Boukamal", None, None)]),
])
def test_an_unidentified_strike_attributed_by_a_later_sentence(shipped, text, expected):
    """"Unidentified aircraft struck …" then "a commander said the strike had been carried out by Israeli jets",
    "اتهم قيادي … الطيران الإسرائيلي بتنفيذ الضربة", "رجّحت مصادر أن تكون الطائرات أمريكية": a sentence that names
    this strike (its singular with the article) or its aircraft with a predicate adjective attributes it to one side,
    which ACLED codes (vocabulary.THE_STRIKE_NAMED, AIRCRAFT_PREDICATE); a habit stays no striker."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("Warplanes struck a militia position near Mayadin on Monday. A commander said the raid was carried out by jets "
     "that entered Syrian airspace from the direction of the Tanf zone.", ["Mayadin"]),
    ("قصفت طائرات حربية موقعاً للميليشيات قرب الميادين، وقال سكان إنها دخلت من جهة منطقة التنف.", ["Mayadin"]),
    # ("ناحية" is also the sub-district: the strike's place)
    ("استهدفت ضربة جوية مخبأً في الوديان القريبة من ناحية الدبس شمال غربي كركوك.", ["Dibis"]),
])
def test_where_the_aircraft_came_from_is_no_strike(shipped, text, expected):
    """"entered Syrian airspace from the direction of the Tanf zone", "دخلت من جهة منطقة التنف": where the aircraft came
    from is no strike place (events._FROM_DIRECTION); "القريبة من ناحية الدبس" names the sub-district struck."""
    assert conftest.locations(text, shipped, published=PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone struck a car near Amuda on Monday, killing two men. Turkey's defence ministry said it had "
     "neutralised two PKK terrorists in the area, but local officials said the dead were civilians.",
     [("Amuda", "Turkish Armed Forces", None)]),
    ("قصفت طائرة مسيرة تركية سيارة قرب بلدة عامودا، ما أدى إلى مقتل شخصين. وزعمت وزارة الدفاع التركية أنها حيّدت "
     "إرهابيين اثنين من وحدات حماية الشعب، فيما أكدت الإدارة الذاتية أن الضحايا مدنيون.",
     [("Amuda", "Turkish Armed Forces", None)]),
    # (undisputed, the striker's claim names the side struck)
    ("Turkish drones struck a car near Amuda on Monday, killing two men. Turkey's defence ministry said it had "
     "neutralised two PKK terrorists in the area.", [("Amuda", "Turkish Armed Forces", "PKK")]),
])
def test_the_strikers_claim_disputed_by_civilian_victims(shipped, text, expected):
    """"said it had neutralised two PKK terrorists, but officials said the dead were civilians", "زعمت … أنها حيّدت
    إرهابيين اثنين، فيما أكدت الإدارة الذاتية أن الضحايا مدنيون": the striker's word for its dead (its "terrorists",
    the side its claim names: events._strikers_word) is no side struck where the report says they were civilians
    (events._civilians_hit, vocabulary.CIVILIAN_VICTIMS' "الضحايا مدنيون"); the codebook codes civilians, actor2 null."""
    assert facts(text, shipped, *SIDES) == expected


def test_turkeys_defence_ministry_by_the_possessive(shipped):
    """"Turkey's defence ministry said on Sunday its forces had neutralised two PKK terrorists": the ministry named with
    the state's possessive is the Turkish Armed Forces (config actors), whose claim names the striker."""
    text = ("Turkey's defence ministry said on Sunday its forces had neutralised two PKK terrorists in an air operation "
            "in the Zap region of northern Iraq.")
    assert facts(text, shipped, *SIDES) == [("Zap", "Turkish Armed Forces", "PKK")]


@pytest.mark.parametrize("text, expected", [
    ("A drone struck a pickup of the SDF on the road near Amuda on Tuesday.", [("Amuda", None, "Syrian Democratic Forces")]),
    ("Two Turkish drones hit a motorcycle of the Asayish in Tal Tamr.", [("Tal Tamr", "Turkish Armed Forces", "Asayish")]),
])
def test_the_side_named_by_what_its_men_drive(shipped, text, expected):
    """"a pickup of the SDF", "a motorcycle of the Asayish": the side whose car, pickup, truck or motorcycle was hit is
    the side struck (vocabulary.ACTOR_HIT_BEFORE), as its vehicles and checkpoints are."""
    assert facts(text, shipped, *SIDES) == expected


def test_aircraft_called_in_during_the_clashes_are_part_of_them(shipped):
    """"واندلعت اشتباكات … وعلى إثرها تم استدعاء طيران الجيش الذي قصف مواقع المهاجمين": aircraft called in during the
    fighting are part of it (vocabulary.WIDE_CUES "conjunction", as "helicopters were called in"): one Armed clash, the
    side that attacked actor1, and no strike report."""
    text = ("هاجمت خلية من داعش ثكنة للجيش العراقي في أطراف قضاء سنجار مساء أمس، واندلعت اشتباكات بين الطرفين، وعلى "
            "إثرها تم استدعاء طيران الجيش الذي قصف مواقع المهاجمين.")
    assert facts(text, shipped, "sub_event_type", "actor1", "actor2") == [("Armed clash", "Islamic State", "Iraqi army")]


@pytest.mark.parametrize("text, expected", [
    ("Turkish forces neutralised two PKK terrorists who were detected preparing an attack on a base in the Zap region "
     "of northern Iraq, the ministry said. The terrorists were hit by armed drones.",
     [("Zap", "Air/drone strike", 2)]),
    ("أعلنت وزارة الدفاع التركية تحييد ثلاثة إرهابيين في منطقة متينا شمالي العراق. وأوضحت الوزارة أن الإرهابيين "
     "استهدفوا بضربة جوية أثناء تحضيرهم لهجوم على القواعد التركية.", [("Metina", "Air/drone strike", 3)]),
])
def test_the_means_told_after_the_placed_dead(shipped, text, expected):
    """"neutralised two PKK terrorists … in the Zap region." then "The terrorists were hit by armed drones": a strike
    sentence naming again the victims the sentence right before it placed takes that place (decision.place_told_later,
    VICTIMS_AGAIN; a toll there is its victims: "neutralised"), whatever attack that sentence says they prepared."""
    assert facts(text, shipped, "location", "sub_event_type", "fatalities") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets neutralised four terrorists in an air operation in the Gara region of northern Iraq on Friday.",
     [("Gara", "Turkish Armed Forces", "PKK")]),
    ("أعلنت وزارة الدفاع التركية تحييد إرهابيين اثنين بضربة جوية في منطقة زاب شمالي العراق.",
     [("Zap", "Turkish Armed Forces", "PKK")]),
    # (a wire's "attacks that Ankara says target Kurdish militants" names no enemy struck; the report says the dead were
    # civilians: no enemy)
    ("A Turkish drone strike on a car near Sidakan killed two people on Sunday, the latest in a series of attacks that "
     "Ankara says target Kurdish militants.", [("Sidakan", "Turkish Armed Forces", None)]),
    ("قصفت مسيرة تركية سيارة قرب مخمور ما أدى إلى مقتل شخصين، وأعلنت أنقرة تحييد إرهابيين اثنين، فيما أكد مسؤولون "
     "محليون أن القتيلين مدنيان.", [("Makhmour", "Turkish Armed Forces", None)]),
])
def test_turkeys_terrorists_in_iraq_are_the_pkk(shipped, text, expected):
    """"Turkish jets neutralised four terrorists in … northern Iraq", "تحييد إرهابيين اثنين … شمالي العراق": the
    Turkish forces' word for their enemy in Iraq is the PKK (events._state_enemy, vocabulary.FOREIGN_ENEMY), unless
    the report says the dead were civilians."""
    assert facts(text, shipped, *SIDES) == expected
