"""Places (helper places13r, issue 16: every strike at its right place): names the gazetteer lacked — an English
report's "Upper X" / "Lower X" for the village Who's On First names "X al 'Ulya", "X Saru", "X as Sufla", "X Khuwaru"
(seeds/build_gazetteer.english_part_names), and Arabic names Who's On First gives otherwise or not at all, written
as its own romanization reads (seeds/aliases.csv: "الدحلة" for Deir ez-Zor's Ad Dahlab, "الفيصلية" for Mosul's
Al-Faisaliya).

Our own sentences, none of a labelled set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import facts
from monitor.gazetteer import Place

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "seeds"))
import build_gazetteer  # noqa: E402

PUBLISHED = "2026-12-07T10:00:00Z"


def places(text: str, lexicon) -> list[tuple]:
    """[(location, admin1, geo_precision) of each event] of *text*."""
    return facts(text, lexicon, "location", "admin1", "geo_precision", published=PUBLISHED)


def village(name, variants, lat=36.9, lon=43.4, source="wof:1"):
    return Place(name, tuple(variants), lat, lon, "Iraq", "Duhok", "village", "Amadiya", source)


def test_a_part_word_after_the_name_is_also_upper_or_lower_before_it():
    """"Chamanki al 'Ulya", "Shadalah Khuwaru", a variant "Besifke Lower": the build also names them "Upper
    Chamanki", "Lower Shadalah", "Lower Besifke", as English reports write them; a name another place carries or
    gains too ("Upper Kani", taken) is left out, and a village with no part word gains nothing."""
    upper = village("Chamanki al 'Ulya", ["چمنكي العليا"], source="wof:2")
    lower = village("Shadalah Khuwaru", ["Besifke Lower"], source="wof:3")
    taken = village("Kani Saru", [], source="wof:4")
    other = village("Upper Kani", [], 37.0, 43.0, source="wof:5")
    plain = village("Sharanish", [], source="wof:6")
    built, count = build_gazetteer.english_part_names([upper, lower, taken, other, plain])
    assert count == 2
    assert "Upper Chamanki" in built[0].variants
    assert {"Lower Shadalah", "Lower Besifke"} <= set(built[1].variants)
    assert built[2:] == [taken, other, plain]


@pytest.mark.parametrize("text, place", [
    ("Turkish warplanes bombed the outskirts of Upper Chamanki in the Amedi district this morning, no casualties.",
     ("Chamanki al 'Ulya", "Duhok", 2)),
    ("A Turkish drone hit a farm in Lower Chamanki village, Amedi, causing material damage only.",
     ("Chamanki as Sufla", "Duhok", 1)),
    ("Turkish artillery shelled Lower Besifke village north of Duhok, no casualties reported.",
     ("Baysifkay as Sufla", "Duhok", 1)),
])
def test_upper_or_lower_before_the_name_is_that_part(shipped, text, place):
    """"shelled Lower Besifke village": English puts the part word before the name; the strike is at that part
    (the village Who's On First names "X as Sufla"), not at the area of the common name or the district."""
    assert places(text, shipped) == [place]


@pytest.mark.parametrize("text, place", [
    ("قصفت مسيرة مجهولة دراجة نارية في بلدة الدحلة في ريف دير الزور الشرقي، ما أسفر عن إصابة شاب.",
     ("Ad Dahlab", "Deir ez-Zor", 1)),
    ("غارة بطائرة مسيرة استهدفت منزلاً في حي الفيصلية بالساحل الأيسر للموصل وأدت إلى مقتل شخصين.",
     ("Al-Faisaliya", "Ninewa", 1)),
])
def test_an_arabic_name_who_s_on_first_spells_otherwise(shipped, text, place):
    """"بلدة الدحلة في ريف دير الزور", "حي الفيصلية بالساحل الأيسر للموصل": the Arabic name its romanization
    ("Daḩlah", "Al Fayşalīyah") reads, which Who's On First writes otherwise or not at all, names the place."""
    assert places(text, shipped) == [place]


@pytest.mark.parametrize("text, place", [
    ("Iraqi helicopters hit IS snipers in east Mosul\nIraqi army helicopters fired rockets at Islamic State snipers "
     "holed up in buildings in the Faisaliya neighbourhood of eastern Mosul on Thursday, killing at least four of them.",
     ("Al-Faisaliya", "Ninewa", 1)),
    ("Coalition jets pound IS positions in Mosul\nCoalition aircraft struck an Islamic State command post in the "
     "al-Faisaliya neighbourhood on Tuesday, killing six militants. Fighting continues across Mosul.",
     ("Al-Faisaliya", "Ninewa", 1)),
    ("مروحيات الجيش تقصف مواقع لداعش في الموصل\nقصفت مروحيات الجيش العراقي مبنى يتحصن فيه قناصة من داعش في حي "
     "الفيصلية في الساحل الأيسر من الموصل، ما أسفر عن مقتل ثلاثة منهم. وقال ضابط إن الموصل تشهد معارك.",
     ("Al-Faisaliya", "Ninewa", 1)),
])
def test_the_bodys_quarter_of_the_city_beats_the_headlines_city(shipped, text, place):
    """"… in east Mosul" over "… in the Faisaliya neighbourhood of eastern Mosul": a quarter the gazetteer knows,
    named beside the strike, is the strike's place however often the headline and the background name its city
    (places.locate_strike's quarter_named)."""
    assert places(text, shipped) == [place]


@pytest.mark.parametrize("text, place", [
    ("Iraqi F-16s bombed an ISIS tunnel in the Hatra desert near Al-Amiyan, south of Mosul, killing four militants.",
     ("Al 'Amiyan", "Ninewa", 2)),
    ("قصف طيران الجيش العراقي وكراً لداعش في بادية الحضر قرب العميان جنوب الموصل، ما أسفر عن مقتل ثلاثة إرهابيين.",
     ("Al 'Amiyan", "Ninewa", 2)),
    ("غارة جوية عراقية على مخبأ للتنظيم في صحراء الحضر بالقرب من قرية العميان تقتل ثلاثة من عناصره.",
     ("Al 'Amiyan", "Ninewa", 2)),
    ("Iraqi jets struck ISIS hideouts in the Hatra desert, killing three militants.", ("Al Hadar", "Ninewa", 2)),
])
def test_a_towns_desert_near_a_village_is_that_village(shipped, text, place):
    """"in the Hatra desert near Al-Amiyan", "في بادية الحضر قرب قرية العميان": a town named as the land around it
    (its desert, its area) labels the village of its district named right after it as near it, the strike's place
    (places.locate_strike's terrain, land_of); the town's desert alone stays the town's area."""
    assert places(text, shipped) == [place]
