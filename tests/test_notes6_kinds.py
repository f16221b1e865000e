"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes6.yaml):
each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest

import pytest


PUBLISHED = "2024-10-20T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ what happened
def test_a_headline_s_present_tense_clash_with_air_support_is_a_clash(shipped):
    """"القوات تشتبك مع …" is the clash verb in a headline's present tense: with the air support named before it,
    the event is the Armed clash, no strike report."""
    text = "قوات الجيش العراقي وبإسناد من طيران الجيش تشتبك مع خلايا داعش في صحراء قضاء الرطبة غربي الأنبار"
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Armed clash", "Iraqi army", "Islamic State")])


@pytest.mark.parametrize("text, place", [
    ("شجار مسلح بين عائلتين في بلدة العبيدي غربي الأنبار يسفر عن مقتل رجل", "Al-Ubaydi"),
    ("On 19 October 2024, an armed dispute between two families in Rawa (Anbar) left one man dead.", "Rawa"),
])
def test_a_feud_fought_with_weapons_is_a_clash(shipped, text, place):
    """A feud fought with weapons ("نزاع عشائري مسلح", "شجار مسلح", "an armed dispute") is an Armed clash."""
    assert coded(text, shipped, "location", "sub_event_type", "fatalities") == (False, [(place, "Armed clash", 1)])


def test_an_execution_verb_is_an_attack_and_its_toll(shipped):
    """"تعدم راعياً": the verb of an execution (a headline's present too) is an Attack, its object one killed;
    the victim's alleged links ("بتهمة التعاون مع X") name no side."""
    text = "عناصر من داعش تعدم شاباً في بادية بلدة هجين بتهمة التعاون مع قسد"
    assert coded(text, shipped, "sub_event_type", "fatalities", "actor1", "actor2") == (
        False, [("Attack", 1, "Islamic State", None)])


def test_a_defusal_in_the_present_tense_is_disrupted_weapons_use_by_its_subject(shipped):
    """"الشرطة تفكك عبوة ناسفة": Disrupted weapons use, the side that defuses it actor1."""
    text = "القوات الأمنية تفكك عبوة ناسفة مزروعة على جانب الطريق قرب قضاء حديثة غربي الأنبار"
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (
        False, [("Disrupted weapons use", "Iraqi security forces", None)])


def test_witnesses_of_the_blast_are_no_event_of_their_own(shipped):
    """"Residents of X said they heard the blast": the strike the sentence before reported, not an explosion at X."""
    text = ("On 18 October 2024, a Turkish drone struck a car near Deraluk (Amadiya district, Duhok), killing its driver. "
            "Families in the neighbouring villages of Bamarni and Sersink said they heard the blast.")
    strike, events = coded(text, shipped, "sub_event_type")
    assert strike and events == [("Air/drone strike",)]


# ------------------------------------------------------------------ tolls
@pytest.mark.parametrize("text", [
    "On 18 October 2024, Turkish jets bombed a hill near Zakho (Duhok), causing material damage only.",
    "قصفت مسيرة تركية منزلاً في قرية قرب ناحية باطوفة، واقتصرت الأضرار على الماديات",
])
def test_damage_only_says_nobody_was_hurt(shipped, text):
    """"material damage only", "اقتصرت الأضرار على الماديات": the codebook's 0 killed, 0 injured."""
    assert coded(text, shipped, "fatalities", "injured")[1] == [(0, 0)]


@pytest.mark.parametrize("text, killed", [
    ("مسلحون يقتلون تاجراً في سوق مدينة هيت غربي الأنبار", 1),
    ("مقتل مختار قرية برصاص مسلحين مجهولين في ناحية الكسرة بريف دير الزور", 1),
    ("مسيرة تستهدف سيارة قيادي في داعش قرب بلدة البصيرة، ومقتله على الفور", 1),
])
def test_one_victim_named_by_an_arabic_noun_or_pronoun(shipped, text, killed):
    """A headline's active plural ("يقتلون"), victims' nouns (a headman, a trader, a porter) and "his death"
    ("ومقتله", "لقي مصرعه") count one killed."""
    assert coded(text, shipped, "fatalities")[1] == [(killed,)]


def test_two_women_wounded(shipped):
    """"امرأتين": the dual counts two."""
    text = "قصف مدفعي لقوات النظام يستهدف بلدة الشحيل، ما أدى لإصابة امرأتين"
    assert coded(text, shipped, "injured")[1] == [(2,)]


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, place", [
    ("On 18 October 2024, Turkish artillery shelled the edge of Kani Masi (Amadiya district, Duhok).", "Ain Nuni"),
    ("انفجار لغم أرضي في حقول قرية الكشكية بريف دير الزور الشرقي", None),
    ("سقوط قذائف في مزارع بلدة البصيرة شرقي دير الزور", "Al-Busayrah"),
])
def test_the_edge_or_the_farms_of_a_place_are_around_it(shipped, text, place):
    """"the edge of X", "the farmland of X", "في مزارع/حقول قرية X": around the place, precision 2."""
    events = coded(text, shipped, "location", "geo_precision")[1]
    assert events and events[0][1] == 2 and place in (None, events[0][0])


@pytest.mark.parametrize("text, place", [
    ("قصف صاروخي مصدره مواقع قسد في بلدة ذيبان يستهدف قرية بقرص على الضفة الأخرى", "Buqrus"),
    ("قصف مدفعي لقوات النظام من مواقعها في مدينة البوكمال يستهدف بلدة هجين", "Hajin"),
    ("On 18 October 2024, regime forces fired mortars from their positions in Mayadin at Al-Shuhayl (Deir ez-Zor).",
     "Al-Shuhayl"),
])
def test_where_the_fire_came_from_is_not_where_it_fell(shipped, text, place):
    """"مصدره مواقع X في Y", "من مواقعها في Y", "from their positions in Y": Y is where the fire came from."""
    assert coded(text, shipped, "location")[1] == [(place,)]


def test_a_coded_to_tag_names_the_event_s_place(shipped):
    """ACLED's "[coded to X]" names the place the note's event is coded at (a road between two towns)."""
    text = ("On 18 October 2024, a drone struck a truck on the road between Tal Afar and Rabia (Ninewa), killing two "
            "people. [coded to Rabia]")
    assert coded(text, shipped, "location")[1] == [("Rabia",)]


def test_a_district_named_alone_is_at_its_seat(shipped):
    """"قضاء عنه": Ana District at its seat Anah (Who's On First files the town under Rawa's district)."""
    text = "اشتباكات بين القوات الأمنية وعناصر داعش في قضاء عنه"
    assert coded(text, shipped, "location", "geo_precision")[1] == [("Anah", 2)]


# ------------------------------------------------------------------ who struck whom
@pytest.mark.parametrize("text, sides", [
    ("On 18 October 2024, Iraqi army units and tribal fighters, backed by Iraqi jets, clashed with IS militants "
     "near Haditha (Anbar).", ("Iraqi army", "Islamic State")),
    ("On 18 October 2024, Peshmerga forces, with the support of coalition aircraft, clashed with IS militants near "
     "Gwer (Erbil).", ("Peshmerga", "Islamic State")),
])
def test_the_side_that_supports_a_clash_is_none_of_its_sides(shipped, text, sides):
    """"X and Y, backed by Z's jets, clashed with W": the aircraft are part of the clash (Armed clash, no strike
    report), X (the first of the sides joined by "and") fought W; Z is no side, nor does the phrase set off by
    commas part X from its verb."""
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2") == (False, [("Armed clash", *sides)])


@pytest.mark.parametrize("text", [
    "On 18 October 2024, the Asayish detained three men in Amadiya (Duhok) a day after a Turkish drone strike killed "
    "a shepherd near Bamarni.",
    "الأسايش تعتقل ثلاثة شبان في العمادية بعد يوم من غارة تركية قتلت راعياً قرب بامرني",
])
def test_a_strike_a_day_before_the_news_is_its_background(shipped, text):
    """"… a day after a drone strike killed …", "بعد يوم من غارة": the strike the news came after is background."""
    assert coded(text, shipped, "sub_event_type") == (False, [])


def test_aircraft_that_back_a_strike_leave_it_a_strike(shipped):
    """Without a clash word the aircraft that back it name no fighting: jets backed by drones strike."""
    text = "On 18 October 2024, Iraqi F-16s, backed by drones, struck an IS cave near Akashat (Anbar)."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])


@pytest.mark.parametrize("text, struck", [
    ("انفجار عبوة ناسفة استهدف رتلاً للحشد الشعبي على طريق القائم – عكاشات", "Popular Mobilization Forces"),
    ("On 18 October 2024, a roadside bomb went off near a Peshmerga vehicle in Gwer (Erbil).", "Peshmerga"),
    ("On 18 October 2024, an IED hit a convoy of civilian trucks carrying fuel for US forces near Akashat (Anbar).",
     None),
])
def test_an_ied_s_named_side_is_the_one_it_hit(shipped, text, struck):
    """Who planted a bomb is rarely named: a side an IED report names without a role is the one it hit
    ("رتلاً لـ X": the convoy's owner), and the recipient of a convoy's load is no side."""
    assert coded(text, shipped, "sub_event_type", "actor1", "actor2")[1] == [
        ("Remote explosive/landmine/IED", None, struck)]


@pytest.mark.parametrize("text, actor2", [
    ("On 18 October 2024, gunmen shot dead a member of an Iranian opposition group in Koya (Erbil).", None),
    ("On 18 October 2024, IS militants shot dead a shepherd accused of collaborating with the Iraqi army near Baaj "
     "(Ninewa).", None),
])
def test_a_victim_s_nationality_or_alleged_links_name_no_side(shipped, text, actor2):
    """"an Iranian opposition group" is no act of Iran; "accused of collaborating with X" names X as background."""
    assert coded(text, shipped, "actor2")[1] == [(actor2,)]


def test_a_headline_s_killer_is_the_side_that_attacked(shipped):
    """"X يقتل …": the subject of a headline's active kill verb attacked (a state as its forces)."""
    text = "حرس الحدود الإيراني يقتل مهرباً بإطلاق النار عليه قرب ناحية سيدكان شمال شرقي أربيل"
    assert coded(text, shipped, "sub_event_type", "actor1")[1] == [("Attack", "IRGC")]


def test_a_side_named_for_an_incident_earlier_in_the_week_is_background(shipped):
    """"the strike answered a drone attack on X earlier in the week": X is no side of this strike."""
    text = ("On 18 October 2024, US jets struck a warehouse in Al-Hari (Deir ez-Zor). A US official said the strike "
            "answered a drone attack on SDF fighters earlier in the week.")
    assert coded(text, shipped, "actor1", "actor2")[1] == [("US forces", None)]


def test_ndf_militiamen_are_the_national_defence_forces(shipped):
    """The acronym as notes write it ("NDF militiamen") names the National Defence Forces."""
    text = "On 18 October 2024, NDF militiamen and SDF fighters clashed near Marrat (Deir ez-Zor)."
    assert coded(text, shipped, "actor1", "actor2")[1] == [("National Defence Forces", "Syrian Democratic Forces")]
