"""Kinds of "one event per article" (issue 16, point 4: every strike its own event with its own toll), as the tuned
sets lose them (the "left" lists of tests/fixtures/matching/articles_heldout_news9ar.yaml, news9en, notes10, posts7):
each codebook rule on sentences of its own, not the fixtures', in English and Arabic where the kind is in both,
through ``analyse`` as the daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2024-09-21T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ the dual by its vowel sign
def test_a_vowelled_dual_counts_two_dead(shipped):
    """"مقاتلَين" (two fighters) is told from "مقاتلِين" (fighters) by its fatha only, which the fold drops: the dual
    is a toll of two."""
    text = "قصفت مسيّرة تركية سيارة قرب بلدة عامودا مساء اليوم، ما أدى إلى استشهاد مقاتلَين من قوات سوريا الديمقراطية."
    assert coded(text, shipped, "location", "fatalities") == (True, [("Amuda", 2)])


def test_a_vowelled_dual_with_a_shadda_counts_two_wounded(shipped):
    """"مدنيَّين": the fatha before the shadda of the doubled ya, two wounded."""
    text = "استهدفت طائرة مسيرة منزلاً في قرية باطوفة بقضاء زاخو، ما أسفر عن إصابة مدنيَّين بجروح."
    assert coded(text, shipped, "location", "injured") == (True, [("Batufe", 2)])


def test_a_vowelled_plural_is_no_count(shipped):
    """"المقاتلِين" (kasra: the plural) counts nobody; nor is a place named with a fatha ("عَين") a dual."""
    text = "قصفت المدفعية التركية قرية كاني ماسي، ما أدى إلى مقتل المقاتلِين المتحصنين فيها."
    assert coded(text, shipped, "fatalities") == (True, [(None,)])


# ------------------------------------------------------------------ two strikes of one sentence, each its own toll
def test_one_of_one_person_counts_one(shipped):
    """"شخص واحد" (one person): the "و" of "واحد" joins no second victim ("أحد"), the toll is one, not two."""
    text = "استهدفت طائرة مسيرة تركية سيارة قرب قرية باطوفة، ما أدى إلى مقتل شخص واحد."
    assert coded(text, shipped, "location", "fatalities") == (True, [("Batufe", 1)])


def test_strikes_a_sentence_counts_are_two_however_near(shipped):
    """"the first raid … while the second …": two strikes by the report's own count, though Baghuz lies 7 km from
    Al-Susah; each its own clause's toll, the near one no part of the first."""
    text = ("The first raid hit a house in the town of Al-Susah, killing three people, while the second hit a house "
            "on the outskirts of Baghuz, killing one.")
    assert coded(text, shipped, "location", "fatalities") == (True, [("Al-Susah", 3), ("Baghuz", 1)])
    text = ("قال مراسل محلي إن الغارة الأولى استهدفت منزلاً في بلدة السوسة، وقُتل فيها ثلاثة أشخاص، بينما استهدفت "
            "الغارة الثانية منزلاً على أطراف بلدة الباغوز، وقُتل فيها شخص واحد.")
    assert coded(text, shipped, "location", "fatalities") == (True, [("Al-Susah", 3), ("Baghuz", 1)])


def test_a_clause_joins_the_strike_at_its_own_place(shipped):
    """A later sentence naming one strike's place joins that strike, not an earlier one merely near it (Baghuz's
    clause is Baghuz's strike, not Al-Susah's 7 km off)."""
    text = ("Coalition jets struck two houses in Al-Susah and Baghuz on Sunday, local sources said. One raid hit a "
            "house in the town of Al-Susah, killing three people. Another hit a house on the outskirts of Baghuz, "
            "killing one.")
    assert coded(text, shipped, "location", "fatalities") == (True, [("Al-Susah", 3), ("Baghuz", 1)])


def test_a_second_object_at_its_own_place_is_a_strike(shipped):
    """"… نقطة عسكرية في محيط بلدة X، ومحطة لضخ المياه في بلدة Y": the strike verb's second object, after a comma and
    "و", at its own place 25 km off, is a strike of its own (as "hit a depot in A, and a silo in B")."""
    text = ("استهدفت طائرات مسيّرة تركية، مساء الأربعاء، نقطة عسكرية لقوات سوريا الديمقراطية في محيط بلدة تل كوجر، "
            "ومحطة لضخ المياه في بلدة جل آغا بريف ديرك.")
    assert coded(text, shipped, "location") == (True, [("Al-Yarubiyah",), ("Al Jawadiyah",)])


def test_a_consequence_is_no_second_object(shipped):
    """"ما أدى إلى إصابة مزارع، واحتراق محاصيل في قرية Y": what the strike caused, after its consequence verb, names no
    place struck again."""
    text = ("استهدفت طائرات مسيّرة تركية نقطة عسكرية في محيط بلدة تل كوجر ما أدى إلى إصابة مزارع، واحتراق "
            "محاصيل في بلدة جل آغا.")
    assert coded(text, shipped, "location") == (True, [("Al-Yarubiyah",)])


def test_the_area_a_village_belongs_to_labels_it(shipped):
    """"قرية X التابعة لناحية Y": the sub-district the village belongs to labels it, no strike of its own."""
    text = ("قصفت القوات التركية قرية كور حسن التابعة لناحية عين عيسى شمالي الرقة، بينما استهدفت طائرة مسيرة "
            "دراجة نارية قرب قرية حزيمة شمال مدينة الرقة.")
    assert coded(text, shipped, "location") == (True, [("Kur Hasan",), ("Al Huzaymah",)])


def test_a_village_named_again_without_its_cue_gives_its_toll(shipped):
    """A village the strike sentence names with the cue its name needs ("قرية حزيمة") is that village where a later
    sentence names it bare ("في حزيمة"): the clause's toll is its strike's, not the other strike's."""
    text = ("قصفت القوات التركية قرية كور حسن شمالي الرقة، بينما استهدفت طائرة مسيرة دراجة نارية قرب قرية حزيمة. "
            "وقال مراسل محلي إن القصف على كور حسن تسبب بأضرار مادية، بينما قُتل شاب وأصيب آخر جراء استهداف "
            "الدراجة النارية في حزيمة.")
    assert coded(text, shipped, "location", "fatalities", "injured") == (
        True, [("Kur Hasan", None, None), ("Al Huzaymah", 1, 1)])


def test_later_that_day_is_the_day_its_sentence_names(shipped):
    """"On 20 September, drones struck X, killing two; later that day artillery shelled Y": "that day" is the day
    the sentence named before it, so the first clause keeps its date and its toll."""
    text = ("On 20 September 2024, Turkish drones struck a vehicle near Batifa (Zakho, Duhok), killing two PKK "
            "members; later that day Turkish artillery shelled the outskirts of Kani Masi (Amadiya, Duhok).")
    assert coded(text, shipped, "location", "event_date", "fatalities") == (
        True, [("Batufe", "2024-09-20", 2), ("Ain Nuni", "2024-09-20", None)])
    text = ("قصفت مسيّرة تركية، يوم 20 أيلول 2024، سيارة قرب قرية باطوفة، ما أدى إلى مقتل عنصرين، وفي اليوم نفسه "
            "قصفت المدفعية التركية أطراف قرية كاني ماسي.")
    assert coded(text, shipped, "location", "event_date", "fatalities")[1][0] == ("Batufe", "2024-09-20", 2)


# ------------------------------------------------------------------ a round-up's lead: the summary, no strike of its own
def test_a_lead_that_counts_the_strikes_is_their_summary(shipped):
    """"بضربتين جويتين … في محافظتي نينوى وكركوك" over the two strikes the statement then tells: the lead names the
    governorates of the strikes, no third strike (not Kirkuk city with the total toll)."""
    text = ("أعلنت خلية الإعلام الأمني مقتل خمسة إرهابيين بضربتين جويتين نفذتهما طائرات القوة الجوية في محافظتي نينوى "
            "وكركوك. وقالت الخلية إن الضربة الأولى استهدفت وكراً في جبال قره جوغ ضمن قضاء مخمور، وأسفرت عن مقتل "
            "ثلاثة إرهابيين. وأضافت أن ضربة ثانية استهدفت مضافة في وادي الشاي جنوب غربي قضاء داقوق، ما أسفر عن مقتل "
            "إرهابيين اثنين.")
    assert coded(text, shipped, "location", "fatalities") == (True, [("Makhmour", 3), ("Daquq", 2)])
    text = ("Turkish drones carried out three strikes in the Derik, Amuda and Kobani countrysides on Thursday, killing "
            "four people. In the morning, a drone targeted a car near the village of Ein Diwar, in the far northeast of "
            "the Derik (al-Malikiyah) countryside, killing two fighters. At noon, a drone struck a house in the village "
            "of Tal Hebash, west of Amuda, wounding three civilians. In the evening, a drone hit a motorcycle near the "
            "village of Shahinjak, west of Kobani, killing two.")
    assert coded(text, shipped, "location") == (True, [("Diwar",), ("Tall Habash",), ("Shahinjak",)])


def test_the_second_of_two_sources_is_no_side_struck(shipped):
    """"according to local sources and the Syrian Democratic Forces (SDF)": the SDF reports, it is not struck (the
    round-up lead naming it gives no strike its side)."""
    text = ("Turkish drones carried out two strikes in the Amuda and Kobani countrysides on Thursday, killing three "
            "people, according to local sources and the Syrian Democratic Forces (SDF). At noon, a drone struck a house "
            "in the village of Tal Hebash, west of Amuda, wounding three civilians. In the evening, a drone hit a "
            "motorcycle near the village of Shahinjak, west of Kobani, killing two.")
    assert coded(text, shipped, "location", "actor2") == (True, [("Tall Habash", None), ("Shahinjak", None)])
