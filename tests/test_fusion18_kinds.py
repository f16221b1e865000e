"""Kinds found by bilingual_blind18.yaml (issue 17, twenty-first session).
Our own sentences, none of that set's; each test names the kind of sentence its rule codes or fuses."""

import pytest

from conftest import facts
from monitor.incidents import FUSION_RULES, fuse, why_apart
from test_fusion16_kinds import reports   # each text's events as the reports of one article

PUBLISHED = "2028-03-20T21:00:00Z"


# ---------------------------------------------------------------- Turkey's named region and a village of its district

@pytest.mark.parametrize("village, region", [
    ("A Turkish drone struck a vehicle near the village of Hiryash in Amedi district on Monday, wounding two men.",
     "Turkish jets destroyed PKK shelters in the Zap region of northern Iraq on Monday, the ministry said."),
    ("إصابة شخصين بقصف مسيرة تركية استهدف سيارة قرب قرية هرياش التابعة لقضاء العمادية اليوم.",
     "Turkish forces neutralised two PKK terrorists in an air strike in the Zap region of northern Iraq on Monday."),
])
def test_turkeys_named_region_holds_a_village_of_its_district_far_from_its_point(shipped, village, region):
    """A Kurdish outlet's village of Amedi district 41 km from the point the gazetteer gives Turkey's "Zap region"
    (Amedi district's own point) and the ministry's statement of the region the same day: one strike (rule
    ``region_districts``), beyond the ``AREA_KM`` a region's point reaches."""
    told = reports([village, region], shipped)
    assert len(told) == 2 and {report["place_kind"] for report in told} >= {"region"}
    assert len(fuse(told)) == 1
    assert why_apart(*told, FUSION_RULES - {"region_districts"}) == "place"


def test_turkeys_named_region_does_not_hold_a_village_of_another_district_beyond_its_reach(shipped):
    """Zakho district's Batifa, 47 km from the point of the "Zap region" filed under Amedi district: two strikes."""
    told = reports(["A Turkish drone struck a car near Batifa in Zakho district on Monday, killing one man.",
                    "Turkish jets destroyed PKK shelters in the Zap region of northern Iraq on Monday."], shipped)
    assert len(told) == 2 and why_apart(*told) == "place"


# ---------------------------------------------------------------- "while" a hedged striker, in an aside, struck elsewhere

@pytest.mark.parametrize("text, strikes", [
    ("US jets struck a militia depot in Hajin on Monday night, while unidentified aircraft, most likely Israeli, hit "
     "a convoy near Al-Shaafa.", [("Hajin", "US forces"), ("Al-Shaafa", "IDF")]),
    ("Turkish drones struck a car in Amuda on Monday, while unidentified aircraft, believed to be Russian, hit a truck "
     "near Tall Hamis.", [("Amuda", "Turkish Armed Forces"), ("Tall Hamis", "Russian forces")]),
    # (the Arabic's hedge "يرجح أنها روسية" names no striker the lexicon reads: the clause's own, unknown, not the first's)
    ("قصفت طائرات التحالف موقعاً في بلدة هجين مساء اليوم، فيما استهدفت طائرات مجهولة، يرجح أنها روسية، سيارة قرب "
     "بلدة الشعفة.", [("Hajin", "US-led coalition"), ("Al-Shaafa", None)]),
])
def test_a_clause_set_against_a_strike_by_while_opens_at_while_though_an_aside_follows_its_subject(shipped, text,
                                                                                                   strikes):
    """"X struck A, while unidentified aircraft, most likely Israeli, hit B": the clause of B opens at "while" /
    "فيما", not at the comma closing the aside on its subject (``events._clause_spans``), so the striker the aside
    names is B's, and B's strike is not the first clause's striker's."""
    assert facts(text, shipped, "location", "actor1", published=PUBLISHED) == strikes


# ---------------------------------------------------------------- "مسيرة للتحالف": the coalition's drone by its bare name

@pytest.mark.parametrize("text, strikes", [
    ("مسيرة للتحالف تقصف دراجة نارية قرب بلدة هجين صباح اليوم ومقتل راكبها.", [("Hajin", "US-led coalition")]),
    ("مسيرات تابعة للتحالف تستهدف سيارة في بلدة الشحيل، ومعلومات عن قتيلين.", [("Al-Shuhayl", "US-led coalition")]),
])
def test_a_drone_of_the_coalition_by_its_bare_name_is_the_coalitions_strike(shipped, text, strikes):
    """A local post's "مسيرة للتحالف" / "مسيرات تابعة للتحالف" (no "الدولي", no "قوات"): the US-led coalition's drone
    strike (config.yaml actors), not a report the bare "drone" (also "a march") leaves undecided."""
    assert facts(text, shipped, "location", "actor1", published=PUBLISHED) == strikes
