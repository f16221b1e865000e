"""Kinds of sentence in which a village found by a tolerant spelling was a confident wrong place (issue 16: "coded as a
precise place yet > 25 km off"; tests/fixtures/matching/articles_heldout_news9ar.yaml nc18), each a rule with
sentences of our own wording of that kind, not a fixture case."""

from __future__ import annotations

import pytest

from conftest import facts

PUBLISHED = "2025-11-22"


@pytest.mark.parametrize("text", [
    # the countryside by the town's name, before it: "في ريف بلدة X", "بريف X الشمالي"
    "قصفت القوات التركية، صباح السبت، قرية أم الكيف في ريف بلدة تل تمر بعدة قذائف مدفعية.",
    "قصف مدفعي تركي طال قرية أم الكيف بريف تل تمر الشمالي، دون وقوع إصابات.",
    # ... by a word that stands for the town named before it: "ريف الناحية"
    "الاحتلال التركي يقصف قرى في ريف تل تمر\nالحسكة: قصف مدفعي تركي طال قريتي أم الكيف والدردارة في ريف الناحية "
    "الشمالي.",
    # in English: "the countryside of X", "X countryside", "the town's countryside"
    "Turkish artillery shelled the village of Umm al-Kayf in the northern countryside of Tal Tamr on Saturday.",
    "Turkish artillery shelled Umm al-Kayf village in Tal Tamr countryside on Saturday, causing material damage.",
    "A Turkish drone struck a car at the western entrance of Tal Tamr, while artillery shelled Umm al-Kayf village "
    "in the town's northern countryside.",
])
def test_a_village_spelled_alike_beyond_the_countryside_its_sentence_names_is_not_the_one_struck(shipped, text):
    """"قرية أم الكيف بريف تل تمر", "ريف الناحية" (after "بلدة تل تمر"), "Umm al-Kayf village in Tal Tamr
    countryside": a name the gazetteer lacks, looked up by spelling, is a place of the countryside its sentence names
    only within that countryside's reach (``places.in_countryside``: COUNTRYSIDE_KM of the town, or the district of a
    district's seat). Umm Kahaf (أم كهف, 79 km south of Tal Tamr) is none of it: the strike stays at Tal Tamr, an
    area, never a precise village far off."""
    coded = facts(text, shipped, "location", "geo_precision", published=PUBLISHED)
    assert coded and all(location == "Tal Tamr" for location, _ in coded), coded


def test_a_name_refused_beyond_its_countryside_is_refused_when_it_comes_again(shipped):
    """The article's later sentence that names the village again, without its countryside ("قصفوا قرية أم الكيف
    بأكثر من 15 قذيفة"), names the same village: not Umm Kahaf there either."""
    text = ("قصف مدفعي تركي طال قرية أم الكيف في ريف تل تمر الشمالي صباح السبت.\n"
            "وأضاف مراسلنا أن جيش الاحتلال التركي قصف قرية أم الكيف بأكثر من 15 قذيفة مدفعية، ما ألحق أضراراً "
            "بمنازل المدنيين.")
    assert "Umm Kahaf" not in [location for location, in facts(text, shipped, "location", published=PUBLISHED)]


def test_a_village_within_the_countryside_is_still_found(shipped):
    """Within the countryside's reach the village named stands, whichever district the gazetteer files it in
    (Dardarah, Ras al-Ain's, 27 km north-west of Tal Tamr on the front line of its countryside)."""
    text = "قصفت القوات التركية بالمدفعية قرية الدردارة بريف تل تمر الشمالي، دون وقوع إصابات."
    assert [location for location, in facts(text, shipped, "location", published=PUBLISHED)] == ["Dardarah"]

