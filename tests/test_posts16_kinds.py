"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts16.yaml): each
rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-09-02T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_line_of_a_village_and_its_district_places_the_strike_line_over_it(shipped):
    """"Turkish drone strike right now 🔴" over "Gir Balat – Derik", "مسيرة تركية تستهدف دراجة نارية الآن" over "كر بلاط،
    ديرك": a post's line that names a village and its district alone, after a comma or a spaced dash, tells the place
    of the strike line over it (decision.place_told_later, _names_only); both names are introduced there as a place
    word would introduce them (places.on_district_line), and the town after the village labels its area: the strike
    is at the village (places._label_area), not at the town at precision 1."""
    assert coded("Turkish drone strike right now 🔴\nGir Balat – Derik\n2 wounded",
                 shipped, "location", "geo_precision") == (True, [("Kir Balat", 1)])
    assert coded("مسيرة تركية تستهدف دراجة نارية الآن 🚨\nكر بلاط، ديرك\nجريح",
                 shipped, "location", "geo_precision") == (True, [("Kir Balat", 1)])


def test_a_town_after_a_village_and_a_comma_labels_the_villages_area(shipped):
    """"near Bayshilk village, Zakho … #Zakho": the town after "X village," labels the village's area whatever bearing
    the village has ("near"), and the tags closing the post name no place of the town's own (places._label_area): the
    strike is at the village, not at Zakho at precision 1."""
    text = "Turkish drone hit a car near Bayshilk village, Zakho, 1 wounded. #Zakho"
    assert facts(text, shipped, "location", "geo_precision") == [("Bayshilk", 2)]


def test_a_small_preposition_is_no_article_of_a_name(shipped):
    """"rockets landed at Tall Kaif": "at" in small letters is the preposition, not the article of the town "At Tall"
    (places._PREPOSITION_AS_ARTICLE); the name after it is the place."""
    text = "Katyusha rockets landed at Tall Kaif, north of Mosul, no casualties."
    assert facts(text, shipped, "location") == [("Telkafe",)]


def test_a_district_after_a_comma_introduces_the_village_before_it(shipped):
    """"ايدلبي، قضاء ميركسور", "Piresal, Mergasur district": the district labelling a name after a comma says the name
    is a place, as a village word before it would (places._DISTRICT_LABEL_AFTER): the strike is at the village, not
    the district's area."""
    assert facts("قصف جوي تركي - ايدلبي، قضاء ميركسور\nلا إصابات", shipped, "location", "geo_precision") == [("Idalbay", 1)]
    assert facts("Turkish shelling now – Piresal, Mergasur district", shipped, "location", "geo_precision") == [("Piresal", 1)]


def test_drones_hovering_with_no_strike_recorded_struck_nothing(shipped):
    """"طائرات مسيرة تحوم … فوق مخيم … دون تسجيل أي قصف", "… ولم يسجل أي قصف حتى اللحظة": a strike word said not recorded
    is no strike, and the drones of the sentence struck nothing (vocabulary.UNDONE)."""
    text = "طائرات مسيرة تحوم منذ ساعات فوق مخيم الهول، دون تسجيل أي قصف لغاية الآن"
    assert coded(text, shipped)[0] is False
    assert coded("طائرات مسيرة تحوم منذ ساعات فوق بلدة تل تمر، ولم يسجل أي قصف حتى اللحظة", shipped)[0] is False


def test_one_victim_before_a_verb_of_dying_is_one_dead(shipped):
    """"طيارة تركية ضربت بستان …، راعي غنم انقتل", "… وطفل استشهد متأثراً بجراحه": a victim named before the verb of his
    death, in the region's speech ("انقتل") as in the standard ("استشهد"), is one dead (figures: the victim, then the
    verb)."""
    text = "زاخو 😢 طيارة تركية ضربت بستان بقرية باطوفة، راعي غنم انقتل"
    assert facts(text, shipped, "location", "fatalities") == [("Batufe", 1)]
    text = "قصف تركي على قرية كلي بريف ديرك، وطفل استشهد متأثراً بجراحه"
    assert facts(text, shipped, "location", "fatalities") == [("Qal`at al Hisn", 1)]


def test_the_service_whose_statement_tells_the_attack_did_not_strike(shipped):
    """"… وفق بيان لجهاز مكافحة الإرهاب في إقليم كوردستان": the side whose statement a post follows reports the attack,
    as after "بحسب" or "according to a statement by"; it is no striker (vocabulary.ACTOR_SPEAKS_BEFORE)."""
    text = "هجوم بمسيرتين على قاعدة حرير الجوية شمال أربيل دون خسائر، وفق بيان لجهاز مكافحة الإرهاب في إقليم كوردستان"
    assert facts(text, shipped, "location", "actor1") == [("Harir base", None)]


def test_a_list_item_hit_under_its_heads_weapon_is_of_that_weapon(shipped):
    """"Turkish artillery shelling on Derik countryside:" over "- Kir Balat – a house hit": an item whose own word only
    says something was hit is a strike of the weapon its list's head names (decision.listed_strikes), not an air strike
    by default."""
    text = "Turkish artillery shelling on Derik countryside:\n- Kir Balat – a house hit\n- Tall Khinzir – 2 wounded"
    assert facts(text, shipped, "location", "sub_event_type") == [
        ("Kir Balat", "Shelling/artillery/missile attack"), ("Tall Khinzir", "Shelling/artillery/missile attack")]


def test_an_exchange_of_fire_with_its_guns_named_is_a_clash(shipped):
    """"exchanged sniper and heavy machine-gun fire near X", "تبادل الطرفان النار بالأسلحة الرشاشة قرب قرية X": the
    parties' exchange of fire is an Armed clash whatever guns or sides are named between its verb and its fire
    (watchlists.exchanges_of_fire), not no event."""
    text = ("SDF fighters and regime forces exchanged sniper and heavy machine-gun fire near Junaynah village, west of "
            "Deir ez-Zor; one SDF fighter wounded.")
    assert facts(text, shipped, "location", "sub_event_type", "injured") == [("Junaynah", "Armed clash", 1)]
    text = "تبادل الطرفان النار بالأسلحة الرشاشة قرب قرية الجنينة غربي دير الزور، وإصابة عنصر من قسد"
    assert facts(text, shipped, "location", "sub_event_type") == [("Junaynah", "Armed clash")]


def test_a_toll_noun_counted_one_is_one(shipped):
    """"…، جريح واحد", "غارة على الباغوز: شهيد واحد": a post's toll noun counted "واحد" is one wounded or one dead
    (figures), as "وجريح" after a toll is."""
    text = "مسيرة تركية تستهدف سيارة في قرية دوكر، جريح واحد"
    assert facts(text, shipped, "location", "fatalities", "injured") == [("Dukur", None, 1)]
    assert facts("غارة على الباغوز: شهيد واحد", shipped, "location", "fatalities") == [("Baghuz", 1)]
