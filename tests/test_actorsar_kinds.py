"""Kinds of Arabic report whose side struck the coder missed on the full news articles of
articles_heldout_news7ar.yaml (bench/coding.py): the side struck named only in a later sentence, as the
struck side's own statement, a third party's, or the striker's claim. Every sentence here is our own
wording of that kind, not a fixture case."""

from __future__ import annotations

from functools import partial

import pytest

import conftest


DAY = "2025-11-20T10:00:00Z"
facts = partial(conftest.facts, published=DAY)


@pytest.mark.parametrize("statement", [
    # the struck side's own statement, its speaker's verb before it
    "وأعلنت قوات الدفاع الشعبي في بيان مساء اليوم أن القتيلين هما من مقاتليها.",
    # a third party's statement names the dead's side
    "من جهتها، قالت منظومة المجتمع الكوردستاني إن الضحايا الأربعة كانوا من عناصر حزب العمال الكوردستاني.",
])
def test_a_later_statement_names_the_side_of_the_dead(shipped, statement):
    """"القتلى هم من مقاتليها" after the side's own verb, "القتلى كانوا من عناصر X" in anyone's statement:
    the dead's side is the side struck, as "the HPG said the men killed were its fighters"."""
    text = ("قتل شخصان بضربة طائرة مسيرة تركية استهدفت سيارة على طريق جبلي قرب ناحية ديرلوك في قضاء العمادية "
            "بمحافظة دهوك.\n" + statement)
    assert facts(text, shipped, "actor1", "actor2") == [("Turkish Armed Forces", "PKK")]


@pytest.mark.parametrize("claim", [
    "لكن وكالة الأناضول نقلت عن وزارة الدفاع التركية أنها «حيّدت ثلاثة إرهابيين» هناك، في إشارة إلى حزب العمال الكردستاني.",
    "وقالت وزارة الدفاع التركية في وقت لاحق إنها حيّدت إرهابيين اثنين من حزب العمال الكردستاني في المنطقة.",
])
def test_the_striker_s_claim_in_a_later_sentence_names_the_side_struck(shipped, claim):
    """The striker's claim of whom it "neutralised" ("حيّدت إرهابيين … في إشارة إلى X", "حيّدت إرهابيين اثنين من X")
    names the side struck of the strike reported last before it, even when a source's sentence comes between
    and the headline names another strike too."""
    text = ("غارة تركية قرب ديرلوك وقصف على حفتانين\n"
            "قتل راع وأصيب آخر بضربة طائرة مسيرة تركية قرب ناحية ديرلوك في محافظة دهوك.\n"
            "وقال مسؤول محلي إن الراعي كان يرعى أغنامه قرب القرية.\n" + claim + "\n"
            "وفي اليوم التالي قصفت المدفعية التركية منطقة حفتانين الجبلية.")
    assert facts(text, shipped, "actor1", "actor2")[0] == ("Turkish Armed Forces", "PKK")


def test_the_guerrilla_is_the_pkk(shipped):
    """"مواقع الكريلا": the HPG's own media call its fighters the guerrilla; their positions struck are the PKK's."""
    text = "قصفت المدفعية التركية بعشرات القذائف مواقع الكريلا في منطقة الزاب بمحافظة دهوك، بحسب قوات الدفاع الشعبي."
    assert facts(text, shipped, "actor1", "actor2") == [("Turkish Armed Forces", "PKK")]


def test_a_side_suspected_of_an_unclaimed_strike_struck_it(shipped):
    """"يُرجّح ناشطون أن التحالف الدولي يقف وراء الضربة": the side a source suspects of an unknown drone's strike is
    its striker, as ACLED codes a suspected actor the report names (the convention settled in session 20; it was
    neither side before: tests/test_actors7_kinds.py), and no side struck."""
    text = ("قتل شخصان بضربة طائرة مسيرة مجهولة استهدفت دراجة نارية في بلدة الشحيل بريف دير الزور الشرقي، "
            "ويرجح ناشطون أن التحالف الدولي يقف وراء الضربة.")
    assert facts(text, shipped, "actor1", "actor2") == [("US-led coalition", None)]
