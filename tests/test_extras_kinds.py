"""Kinds of sentence that made extra events (over-splitting) in the full news articles of
tests/fixtures/matching/articles_heldout_news14.yaml and articles_heldout_news17.yaml: air defences named as
equipment a speaker asks for ("air defence systems", "منظومات دفاع جوي") and the drones such systems are meant to
stop ("capable of detecting drones", "قادرة على رصد الطائرات المسيرة") are no interception and no strike.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon) -> list[tuple]:
    """[(place, sub_event_type) of each event] of *text*, published early December."""
    return facts(text, lexicon, "location", "sub_event_type", published="2026-12-03T10:00:00Z")


STRIKE_EN = "\nA drone struck a Popular Mobilization Forces vehicle near Tal Afar at dawn, killing one fighter, a security source said."
STRIKE_AR = "\nوكانت طائرة مسيرة مجهولة قد استهدفت فجر اليوم عجلة للحشد الشعبي قرب تلعفر، ما أسفر عن مقتل منتسب."


@pytest.mark.parametrize("text", [
    "Nineveh lawmakers urged the federal government on Thursday to send air defence systems to the border units in "
    "Rabia and Zummar." + STRIKE_EN,
    "دعا مجلس محافظة نينوى الحكومة الاتحادية إلى نشر منظومات دفاع جوي في ربيعة وزمار." + STRIKE_AR,
])
def test_air_defence_systems_asked_for_intercept_nothing(text, lexicon):
    """A demand for air defence systems (equipment named, no verb of interception) next to a strike: the strike's
    event only, no Disrupted weapons use at the places the systems are asked for."""
    assert coded(text, lexicon) == [("Tal Afar", "Air/drone strike")]


@pytest.mark.parametrize("text", [
    "The Kurdistan Region's interior ministry asked Baghdad for air-defence batteries to shield Zakho and Batifa.",
])
def test_air_defence_batteries_asked_for_are_no_event(text, lexicon):
    """A request for air-defence batteries alone: no event."""
    assert coded(text, lexicon) == []


@pytest.mark.parametrize("text", [
    "The governor asked for air defence systems able to track drones in Sinjar and Baaj." + STRIKE_EN,
    "Nineveh lawmakers asked Baghdad for air defence systems capable of detecting drones, saying the skies over Sinjar "
    "and Baaj were left unguarded." + STRIKE_EN,
    "طالب نواب نينوى بتزويد القطعات بمنظومات دفاع جوي قادرة على رصد الطائرات المسيرة، مؤكدين أن أجواء سنجار والبعاج "
    "باتت مكشوفة." + STRIKE_AR,
    "دعا محافظ نينوى إلى نشر منظومات دفاع جوي في سنجار والبعاج للتصدي للطائرات المسيرة." + STRIKE_AR,
])
def test_drones_defences_are_meant_to_stop_struck_nothing(text, lexicon):
    """Drones named as what a defence is for ("capable of detecting drones"): no strike at the places it guards."""
    assert coded(text, lexicon) == [("Tal Afar", "Air/drone strike")]


@pytest.mark.parametrize("text", [
    "Air defences intercepted a drone over Erbil airport on Tuesday, officials said.",
    "اعترضت منظومات الدفاع الجوي طائرة مسيرة قرب مطار أربيل، بحسب مصدر أمني.",
    "A drone was brought down by air defence systems over Erbil airport on Tuesday, officials said.",
    "Air defence systems engaged a drone over Erbil airport on Tuesday, officials said.",
    "تصدت منظومات الدفاع الجوي لطائرة مسيرة قرب مطار أربيل فجر اليوم.",
])
def test_an_interception_by_air_defence_systems_stays(text, lexicon):
    """Air defence systems that fought a drone (by a verb of interception, as the agent of a downing, or by a verb
    no interception term names: "engaged", "تصدت") stay Disrupted weapons use."""
    assert coded(text, lexicon) == [("Erbil airport", "Disrupted weapons use")]
