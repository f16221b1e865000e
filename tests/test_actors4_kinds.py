"""Kinds of who-struck-whom wording (issue 16 point 7, the blind misses of
tests/fixtures/matching/articles_heldout_actors4.yaml): each rule on sentences of its own, not the fixture's,
through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


PUBLISHED = "2025-03-04T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
SIDES = ("location", "actor1", "actor2")


@pytest.mark.parametrize("text, expected", [
    ("The SDF accused Turkey on Monday of carrying out a drone strike on a farm near Amuda, killing a farmer.",
     [("Amuda", "Turkish Armed Forces", None)]),
    ("Local officials accused the Turkish army of shelling the village of Kani Mazni, wounding two shepherds.",
     [("Kani Mazni", "Turkish Armed Forces", None)]),
    ("اتهمت الإدارة الذاتية، اليوم الثلاثاء، الجيش التركي بقصف محطة مياه في ريف الدرباسية بطائرة مسيرة.",
     [("Al-Darbasiyah", "Turkish Armed Forces", None)]),
    ("قسد تتهم تركيا بقصف مدرسة في ريف عامودا",
     [("Amuda", "Turkish Armed Forces", None)]),
])
def test_the_side_accused_of_the_strike_itself_struck_it(shipped, text, expected):
    """"accused Turkey of carrying out a drone strike", "اتهمت … الجيش التركي بقصف": when the report's word on who
    struck is the accusation of the strike itself, by its weapon (vocabulary.ACCUSED_OF_STRIKING_AFTER), the accused
    struck; the accuser only speaks ("اتهمت", "تتهم" before or after it: ACTOR_SPEAKS_BEFORE/AFTER), even with its own
    name and the day between ("اتهمت قوات سوريا الديمقراطية (قسد)، اليوم الاثنين، الجيش التركي")."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    # accused of something else than the strike: still neither side
    ("A drone struck a car near Amuda, killing two. The SDF accused Turkey of trying to destabilise the region.",
     [("Amuda", None, None)]),
    # (a side blamed with no more words is blamed for the strike: the striker by the lead's convention, session 22)
    ("Drone hits checkpoint near Sinjar; Erbil blames Kataib Hezbollah\n"
     "A drone struck a checkpoint near Sinjar on Monday, wounding two guards.", [("Sinjar", "Kataib Hezbollah", None)]),
])
def test_a_side_accused_of_anything_else_is_no_side(shipped, text, expected):
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Peshmerga vehicle was hit near Sidakan on Friday by a drone believed to be Turkish, killing two.",
     [("Sidakan", "Turkish Armed Forces", "Peshmerga")]),
    ("A house in Boukamal was struck at dawn by aircraft thought to be Israeli, killing three militiamen.",
     [("Boukamal", "IDF", None)]),
    ("تعرضت عجلة تابعة لقسد قرب بلدة تل تمر لقصف بطائرة مسيرة، يعتقد أنها تركية، ما أدى إلى مقتل عنصرين.",
     [("Tal Tamr", "Turkish Armed Forces", "Syrian Democratic Forces")]),
])
def test_a_striker_hedged_after_its_aircraft_struck(shipped, text, expected):
    """"by a drone believed to be Turkish", "بطائرة مسيرة، يعتقد أنها تركية": the state's adjective after a hedge
    (events._PREDICATE_ADJECTIVE without "was", and _HEDGE after the comma the Arabic puts before it); the side whose
    vehicle "was hit" by it is the side struck (ACTOR_STRUCK_AFTER reads no passive)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("طائرة مسيرة مجهولة تستهدف عجلة تابعة للحشد قرب ناحية عكاشات، ومقتل منتسب.",
     [("Akashat", None, "Popular Mobilization Forces")]),
    ("استهدفت مسيرة تركية نقطة تابعة للحشد قرب قضاء سنجار.", [("Sinjar", "Turkish Armed Forces",
                                                          "Popular Mobilization Forces")]),
])
def test_the_hashd_named_bare_by_what_is_its(shipped, text, expected):
    """"عجلة تابعة للحشد": the Hashd named bare (the bare word is also a build-up) by what belongs to it (config.yaml's
    variants of the Popular Mobilization Forces; not "عناصر الحشد", which opens "عناصر الحشد العشائري")."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 4 March 2025, QSD drones struck positions of government forces near Muhasan, injuring two soldiers.",
     [("Muhasan", "Syrian Democratic Forces", "Syrian army")]),
    ("Islamic State militants fired mortars at government forces near Rutba, wounding three.",
     [("Rutba", "Islamic State", "Iraqi security forces")]),
    # (the striker's own forces named again are no side struck; nor is the government's employee)
    ("Syrian government forces shelled Dhiban, killing a child. Government forces control the western bank.",
     [("Dhiban", "Syrian army", None)]),
    ("Gunmen opened fire on a car near Rutba, killing a government employee.", [("Rutba", None, None)]),
    ("قصفت القوات الحكومية بالمدفعية بلدة ذيبان بريف دير الزور الشرقي، ما أدى إلى إصابة طفل.",
     [("Dhiban", "Syrian army", None)]),
])
def test_government_forces_named_bare_are_the_country_s(shipped, text, expected):
    """"government forces", "القوات الحكومية" without their state: the forces of the government of the country
    struck (vocabulary.GOVERNMENT_FORCES), as the adjective of "قصف مدفعي حكومي" is, struck or striking."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("On March 3, U.S. Central Command forces, in coordination with the Iraqi Security Forces, conducted an airstrike "
     "near Al-Qaim, killing an ISIS leader.", [("Al-Qaim", "US forces", "Islamic State")]),
    ("Coalition aircraft, in coordination with the SDF, struck an ISIS hideout near Al-Shuhayl, killing two militants.",
     [("Al-Shuhayl", "US-led coalition", "Islamic State")]),
])
def test_a_partner_set_off_by_commas_is_not_the_subject(shipped, text, expected):
    """"X forces, in coordination with Y, conducted an airstrike": the subject is X (events._APPOSITION skips the
    partner set off by commas after the name's noun); Y only supported it."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("تبادلت قوات الأسايش ومسلحون مجهولون إطلاق النار في مدينة الحسكة، ما أدى إلى إصابة عنصر.",
     [("Hasakah", "Asayish", None)]),
    ("اشتبكت قسد وخلية لداعش في بلدة ذيبان، ما أدى إلى مقتل عنصرين من التنظيم.",
     [("Dhiban", "Syrian Democratic Forces", "Islamic State")]),
])
def test_a_verb_first_exchange_of_fire_is_between_its_subject_and_the_side_joined_to_it(shipped, text, expected):
    """"تبادلت X ومسلحون مجهولون إطلاق النار", "اشتبكت X وخلية لداعش": the Arabic verb before its sides and no "مع":
    the first named after the verb, and the side joined to it by "و" (unnamed: null) (events._clash_sides,
    vocabulary.CLASH_SUBJECT_BEFORE and CLASH_PAIR_JOINED)."""
    assert facts(text, shipped, *SIDES) == expected


@pytest.mark.parametrize("text, expected", [
    ("أعلنت وزارة الدفاع التركية مقتل جندي بهجوم بقذائف الهاون شنه مسلحو حزب العمال الكردستاني على قاعدة عسكرية تركية "
     "في منطقة متينا.", [("Metina", "PKK", "Turkish Armed Forces")]),
    ("سقطت قذائف أطلقها مسلحو حزب العمال الكردستاني على قاعدة تركية في منطقة زاب.",
     [("Zap", "PKK", "Turkish Armed Forces")]),
])
def test_a_base_named_by_the_state_s_adjective_is_its_forces(shipped, text, expected):
    """"قاعدة عسكرية تركية", "القاعدة التركية": as "Turkish base", the Turkish forces struck (config.yaml)."""
    assert facts(text, shipped, *SIDES) == expected


def test_who_calls_the_strikes_something_only_comments(shipped):
    """"The Iraqi government's spokesman called the strikes a violation": a comment (ACTOR_SPEAKS_AFTER), no striker
    of the strike the round-up's lead names."""
    text = ("U.S. airstrikes pounded Iran-backed militias on both sides of the border overnight. In Iraq, strikes hit a PMF "
            "headquarters in Al-Qaim, killing five of its members. Across the border, strikes near Al-Bukamal killed seven "
            "militia fighters. The Iraqi government's spokesman called the strikes a violation of sovereignty.")
    assert facts(text, shipped, *SIDES) == [("Al-Qaim", "US forces", "Popular Mobilization Forces"),
                                            ("Boukamal", "US forces", "Iran-backed militias")]


@pytest.mark.parametrize("text, expected", [
    ("قتل مدنيان بانفجار عبوة ناسفة زرعتها خلية تابعة لتنظيم داعش على طريق بلدة هجين.", [("Hajin", "Islamic State")]),
    ("قتل جنديان بانفجار عبوة ناسفة زرعها عناصر من تنظيم داعش قرب قضاء الرطبة.", [("Rutba", "Islamic State")]),
])
def test_the_planter_of_a_bomb_named_after_its_verb_struck(shipped, text, expected):
    """"عبوة ناسفة زرعتها خلية تابعة لتنظيم داعش": the verb with the bomb's pronoun, its subject after
    (ACTOR_STRUCK_BEFORE, as "نفذتها", "أطلقتها")."""
    assert facts(text, shipped, "location", "actor1") == expected


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة إيرانية مفخخة مقراً لحزب كومله في محيط قضاء كويسنجق.", [("Koya", "Air/drone strike")]),
    ("هجوم بطائرة مسيرة تركية مفخخة على نقطة لقسد في ريف تل تمر.", [("Tal Tamr", "Air/drone strike")]),
])
def test_an_explosive_laden_drone_of_a_state_is_a_drone_strike(shipped, text, expected):
    """"طائرة مسيرة إيرانية مفخخة": the drone's kind after its state's adjective is still the drone's, no car bomb
    (decision._DRONES_STATE)."""
    assert facts(text, shipped, "location", "sub_event_type") == expected
