"""Places (helper places7, issue 16 points 1-3): kinds that articles_heldout_news12.yaml's precise-far Iraqi events and
the blind set articles_heldout_places7.yaml showed, each test failing without its rule — of monitor/text/places.py (a
governorate's namesake city named in a list of governorates and elsewhere labelled a province names the governorate:
``_governorate_lists``, ``says_governorate``; a counted settlement word opens no name: ``looks_like_place``; a village
of a town's countryside stays a village of it across the gazetteer's district line: ``locate_strike``, rule "bound";
a district introduced by "a village of" is no village: ``locate_strike``'s rank; a village's name that goes on with an
article starts a longer name: ``looks_like_place``, ``_INTRODUCED``; a sub-district's spelling is its seat's:
``_tolerant_place``; a Kurdish c before e or i is j: ``spelling_key``) and of seeds/terrain.csv (Lake Tharthar) and of
monitor/vocabulary.py (a strike "about two weeks" before this one is background: ``BACKGROUND``)."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-12-06T10:00:00Z"   # texts of the same day
facts = partial(conftest.facts, published=PUBLISHED)


# ------------------------------------------------------------------ a province named as one

def test_a_namesake_city_listed_with_governorates_and_labelled_a_province_elsewhere_is_the_governorate(shipped):
    """"in Anbar and Kirkuk raids" heads a report that calls Kirkuk "the northern province of Kirkuk": the headline's
    Kirkuk is the province (precision 3), no strike in Kirkuk city; a report naming the city alone keeps it."""
    text = ("Iraqi air force kills six militants in Anbar and Kirkuk raids\n"
            "Iraqi warplanes killed six militants in two raids on hideouts in the western province of Anbar and the "
            "northern province of Kirkuk, the military said on Tuesday.")
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Anbar Governorate", "Anbar", 3), ("Kirkuk Governorate", "Kirkuk", 3)]
    assert ("Kirkuk", "Kirkuk", 1) in facts("A drone struck a car in Kirkuk and another in Hawija, killing two.", shipped, "location", "admin1", "geo_precision")


# ------------------------------------------------------------------ a counted settlement word

def test_a_counted_settlement_word_opens_no_name(shipped):
    """"أكثر من 800 قرية على الشريط الحدودي" (800 villages on the border strip) names no "قرية علي" (a village of Diyala,
    whose bare name is the town Ali of Sulaymaniyah); "قرية علي" written as a village's name still is one."""
    text = ("قصف تركي يطال أطراف قرية بالكيان في إدارة سوران.\n"
            "وتقول حكومة إقليم كوردستان إن القصف التركي أدى إلى إخلاء أكثر من 800 قرية على الشريط الحدودي.")
    assert all(location != "Ali" for location, _, _ in facts(text, shipped, "location", "admin1", "geo_precision"))


# ------------------------------------------------------------------ a town's countryside across a district line

def test_a_village_of_a_towns_countryside_is_its_village_across_the_gazetteers_district_line(shipped):
    """"قرية الدردارة بريف ناحية تل تمر": Dardarah, 27 km from Tal Tamr, lies in Ras al-Ayn district in Who's On First;
    within COUNTRYSIDE_KM of the town whose countryside labels it, it is that village, not the sub-district."""
    text = "قصف مدفعي لفصائل الجيش الوطني استهدف قرية الدردارة بريف ناحية تل تمر شمال غرب الحسكة، ما أدى لإصابة طفلين."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Dardarah", "Al-Hasakah", 1)]


# ------------------------------------------------------------------ an earlier strike "about two weeks" before

def test_a_strike_about_two_weeks_before_this_one_is_background(shipped):
    """"ويأتي هذا القصف بعد نحو أسبوعين من ضربة مماثلة استهدفت منزلاً في مجمع سنوني" recalls an earlier strike: no
    event at Sinuni beside this one at Hardan."""
    text = ("مقتل عنصرين بقصف لمسيرة تركية استهدف عجلتهم قرب قرية حردان شمال شرقي قضاء سنجار.\n"
            "ويأتي هذا القصف بعد نحو أسبوعين من ضربة مماثلة استهدفت منزلاً في مجمع سنوني شمالي جبل سنجار، أسفرت عن إصابة "
            "شخصين.")
    assert [location for location, _, _ in facts(text, shipped, "location", "admin1", "geo_precision")] and \
        all(location != "Sinuni" for location, _, _ in facts(text, shipped, "location", "admin1", "geo_precision"))


# ------------------------------------------------------------------ "X, a village of D district"

def test_a_district_introduced_by_a_village_of_is_the_villages_label(shipped):
    """"Kani Sark, a village of Amadiya district, Duhok": the village (Kani Sarke), not the district's seat."""
    text = "Turkish artillery shelled Kani Sark, a village of Amadiya district, Duhok, on Sunday."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Kani Sarke", "Duhok", 1)]


# ------------------------------------------------------------------ spellings

def test_a_villages_name_going_on_with_an_article_is_a_longer_name_looked_up_by_spelling(shipped):
    """"the village of Safat al-Zir" is no Safat of Al-Hasakah (200 km off, at precision 1): the whole name, looked up
    by spelling in the governorate the text names, is Saffat az Zirr."""
    text = ("Two children were killed when an unexploded shell went off in the village of Safat al-Zir, in the eastern "
            "countryside of Deir Ezzor.")
    assert ("Saffat az Zirr", "Deir ez-Zor", 1) in facts(text, shipped, "location", "admin1", "geo_precision")
    assert all(location != "Safat" for location, _, _ in facts(text, shipped, "location", "admin1", "geo_precision"))


def test_a_subdistricts_spelling_is_its_seats(shipped):
    """SOHR's "Khafsa" is spelled as the Al-Khafsa sub-district's row alone, whose point lies 72 km south of its seat:
    the town Al Khafsah, as a variant's spelling would be."""
    text = ("An unidentified drone targeted a vehicle near Khafsa water station in the eastern countryside of Aleppo "
            "this afternoon, injuring two persons.")
    assert [location for location, _, _ in facts(text, shipped, "location", "admin1", "geo_precision")] == ["Al Khafsah"]


def test_a_kurdish_c_before_e_or_i_is_j(shipped):
    """Kurdistan24's "Til Hecer" is Tall Hajar of Qamishli; OCHA's "Dercar" (c before a) stays Darkar's spelling."""
    text = "A Turkish drone struck a motorcycle near Til Hecer, east of Qamishlo, wounding two civilians."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Tall Hajar", "Al-Hasakah", 2)]


# ------------------------------------------------------------------ terrain

def test_lake_tharthar_is_an_area(shipped):
    """"منطقة بحيرة الثرثار": the lake (seeds/terrain.csv, its Wikipedia point), an area at precision 2."""
    text = "مقتل أربعة إرهابيين بضربة لطيران الجيش في منطقة بحيرة الثرثار شمال شرقي الرمادي."
    assert facts(text, shipped, "location", "admin1", "geo_precision") == [("Lake Tharthar", "Anbar", 2)]
