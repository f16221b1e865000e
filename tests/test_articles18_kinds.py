"""Kinds of full news article the residue of issue 16 asks for (every strike of a report its own event): two strikes
of one sentence set against each other by "while" / "فيما", a sentence opened by the seat of whoever tells its strikes.

Our own sentences, none of the sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts


def coded(text: str, lexicon, *keys: str) -> list[tuple]:
    """[the *keys* of each event] of *text*, published early December."""
    return facts(text, lexicon, *keys, published="2026-12-02T10:00:00Z")


@pytest.mark.parametrize("text, events", [
    ("وقالت قيادة العمليات المشتركة إن طيران الجيش قصف وكراً لداعش قرب قرية الجابرية شرقي القائم، ما أسفر عن مقتل "
     "إرهابيين اثنين، فيما دكت طائرات F-16 كهفاً قرب قرية البرث، ما أدى إلى مقتل ثلاثة آخرين.",
     [("Al Jabiriyah", 2), ("Al Barth", 3)]),
    ("The Joint Operations Command said army helicopters struck an ISIS hideout near the village of al-Jabiriyah east "
     "of Qaim on Tuesday, killing two militants, while Iraqi F-16 jets bombed a cave near al-Barth, killing three others.",
     [("Al Jabiriyah", 2), ("Al Barth", 3)]),
])
def test_a_strike_set_against_another_by_while_is_its_own(shipped, text, events):
    """"X struck A, killing two, while F-16s bombed B, killing three" (فيما): two strikes of one weapon a few km apart,
    each its own event and toll, not one strike and its surroundings."""
    assert coded(text, shipped, "location", "fatalities") == events


@pytest.mark.parametrize("text, events", [
    ("قال مدير ناحية كاني ماسي، إن الطائرات الحربية التركية قصفت مساء أمس محيط قرية ديرلوك، فيما قصفت المدفعية "
     "التركية أطراف قرية شيلادزي.", [("Dereluk", "Air/drone strike"), ("Shiladiza", "Shelling/artillery/missile attack")]),
    ("Residents spent the night in basements.\nAccording to Sidakan subdistrict director Ihsan Chalabi, Turkish jets "
     "bombed the hills near the village of Deraluk on Thursday night, while Turkish artillery pounded the outskirts of "
     "Kani Masi for an hour.",
     [("Dereluk", "Air/drone strike"), ("Ain Nuni", "Shelling/artillery/missile attack")]),
])
def test_the_seat_of_who_tells_two_strikes_is_neither(shipped, text, events):
    """"قال مدير ناحية X إن الطائرات قصفت A، فيما قصفت المدفعية B", "According to X subdistrict director Y, jets bombed
    A, while artillery pounded B": the speaker's seat opens no clause; A and B are the strikes."""
    assert coded(text, shipped, "location", "sub_event_type") == events


@pytest.mark.parametrize("text, place", [
    ("Turkish drone kills two near Amuda\nA Turkish drone struck a motorcycle in Ghazalik village in the countryside "
     "of Amuda on Tuesday, killing two young men, local sources told North Press.\nThe Asayish said the victims were "
     "civilians.", "Ghazalik"),
    ("Drone strike near Tal Tamr wounds shepherd\nA drone hit a sheepfold in Tal Maghas village near Tal Tamr on "
     "Tuesday morning, wounding a shepherd.\nResidents of Tal Tamr said the drone circled for an hour.", "Tall Maghas"),
])
def test_the_bodys_village_beats_the_headlines_near_town(shipped, text, place):
    """"… near T" in the headline, "in X village in the countryside of T" / "X village near T" in the body: the
    village the body introduces by its word is the strike's, the town only its label, however often named."""
    assert [location for (location,) in coded(text, shipped, "location")] == [place]


@pytest.mark.parametrize("text, events", [
    ("وفي سياق متصل، استهدفت طائرة مسيّرة مجهولة الهوية، مساء اليوم، دراجة نارية على أطراف بلدة الشحيل بريف دير الزور "
     "الشرقي، ما أدى لمقتل شاب، فيما سقطت قذائف مدفعية أطلقتها قوات الحكومة من مواقعها غرب الفرات على أطراف بلدة ذيبان.",
     [("Al-Shuhayl", "Air/drone strike", None), ("Dhiban", "Shelling/artillery/missile attack", "Syrian army")]),
    ("An unidentified drone struck a motorcycle on the outskirts of al-Shuhayl in the eastern Deir ez-Zor countryside on "
     "Tuesday evening, killing a young man, while artillery shells fired by government forces from their positions west "
     "of the Euphrates fell on the outskirts of Dhiban.",
     [("Al-Shuhayl", "Air/drone strike", None), ("Dhiban", "Shelling/artillery/missile attack", "Syrian army")]),
])
def test_a_round_ups_shells_clause_is_a_strike_of_its_own(shipped, text, events):
    """"…، فيما سقطت قذائف أطلقتها قوات الحكومة من مواقعها غرب الفرات على أطراف بلدة Y" ("…, while shells fired by
    government forces from their positions west of the Euphrates fell on Y"): a second strike, at Y (not where the fire
    came from), its own type and striker, however near the first town (two weapons: beyond one site)."""
    assert coded(text, shipped, "location", "sub_event_type", "actor1") == events


@pytest.mark.parametrize("text", [
    "Drone strike in Raqqa\nA Turkish drone hit an SDF checkpoint in Mulayhan village in the countryside of Ain Issa in "
    "northern Raqqa province on Tuesday night, wounding two fighters.",
    "Checkpoint hit near Ain Issa\nA Turkish drone hit an SDF checkpoint in Mulayhan village in the countryside of Ain "
    "Issa in northern Raqqa province on Tuesday night, wounding two fighters.",
])
def test_a_village_of_the_towns_countryside_is_its_namesake_there(shipped, text):
    """"X village in the countryside of T in northern G": of X's namesakes in G, the one within T's countryside (30 km),
    not the one the governorate alone would choose; and it is the strike's place, not the headline's "near T"."""
    assert coded(text, shipped, "location", "latitude") == [("Mulayhan", 36.3559)]


def test_a_clause_that_names_its_own_day_is_that_days_strike(shipped):
    """"قصف … مساء أمس قرية X …، فيما تجدد القصف صباح اليوم على قرية Y": Y's strike is today's, not yesterday's."""
    text = ("قصف جيش الاحتلال التركي ومرتزقته مساء أمس قرية تل مغاس في ريف ناحية تل تمر بقذائف الهاون، فيما تجدد القصف "
            "صباح اليوم على قرية أم حرملة.")
    assert coded(text, shipped, "location", "event_date") == [("Tall Maghas", "2026-12-01"), ("Umm Harmala", "2026-12-02")]


@pytest.mark.parametrize("text", [
    "استهدفت طائرة مسيّرة تركية ظهر اليوم سيارة في بلدة سنوني، فيما قصفت مسيّرة أخرى منزلاً في قرية خانصور.\n"
    "وبحسب مصادر محلية، فإن المسيّرة الأولى استهدفت السيارة قرب سوق البلدة، ما أدى إلى مقتل شخصين كانا بداخلها.\n"
    "وبعد ساعة، قصفت مسيّرة ثانية منزلاً في قرية خانصور، ما أسفر عن إصابة ثلاثة مدنيين.",
    "A Turkish drone struck a car in the town of Sinuni on Tuesday afternoon, while another drone hit a house in the "
    "village of Khanasor.\nAccording to local sources, the first drone hit the car near the town's market, killing two "
    "people inside.\nAn hour later, a second drone struck a house in Khanasor, wounding three civilians.",
])
def test_the_first_drone_after_a_sentence_of_two_strikes_is_the_firsts(shipped, text):
    """"المسيّرة الأولى استهدفت السيارة …", "the first drone hit the car …" after a sentence of two strikes: that
    sentence's toll is the first strike's, not the last one told."""
    assert coded(text, shipped, "location", "fatalities", "injured") == [("Sinuni", 2, None), ("Khanah Sur", None, 3)]


def test_a_datelines_town_is_no_strike_of_the_round_up(shipped):
    """"زركان/ هاوار - … قصف … قرية X في ريف ناحية زركان، فيما …": where the report was filed is no place of its strikes,
    though the body names the sub-district again with its cue."""
    text = ("زركان/ هاوار - أصيب مدني بجروح جراء قصف جيش الاحتلال التركي ومرتزقته، مساء أمس، قرية الداودية في ريف ناحية "
            "زركان، فيما تجدد القصف صباح اليوم على قرية دلاوية.")
    assert coded(text, shipped, "location")[0] == ("Ad Dawudiyah",)


def test_a_village_in_apposition_keeps_its_district_as_label(shipped):
    """"…, and artillery shelled the outskirts of Y, a village in the Amedi district, on Monday": the district labels Y
    (no strike of its own), and Y's clause names its own day."""
    text = ("Turkish warplanes bombed the hills above the village of Deraluk on Sunday night, and Turkish artillery "
            "shelled the outskirts of Kani Masi, a village in the Amedi district, on Monday, local sources said.")
    assert coded(text, shipped, "location", "event_date") == [("Dereluk", "2026-11-29"), ("Ain Nuni", "2026-11-30")]


def test_a_name_matched_under_two_spellings_is_one_clause(shipped):
    """"… قرية الداودية في ريف ناحية زركان، فيما تجدد القصف … على قرية بيرمية": a village the gazetteer matches under two
    spellings is one strike's place, not two clauses."""
    text = ("أصيب مدني بجروح جراء قصف جيش الاحتلال التركي ومرتزقته بقذائف الهاون، مساء أمس، قرية الداودية في ريف ناحية "
            "زركان، فيما تجدد القصف صباح اليوم على قرية بيرمية.")
    assert [location for (location,) in coded(text, shipped, "location")] == ["Ad Dawudiyah", "Bayramiyah"]


def test_a_sub_districts_countryside_labels_its_village(shipped):
    """"أصيب طفل … قصف … قرية X في ريف ناحية T، فيما تجدد القصف … على قرية Y": "ريف ناحية T" labels X (no clause of its
    own), so X keeps its clause's wounded."""
    text = ("أصيب طفل بجروح جراء قصف جيش الاحتلال التركي ومرتزقته، مساء أمس، قرية الداودية في ريف ناحية زركان، فيما تجدد "
            "القصف صباح اليوم على قرية دكوك.")
    assert coded(text, shipped, "location", "injured") == [("Ad Dawudiyah", 1), ("Dukuk", None)]


def test_a_clause_names_no_part_of_the_other_clauses_day(shipped):
    """"A strike hit X on Sunday evening, and a second strike on Monday hit a house in Y" then "On Monday afternoon, a
    drone fired at a house in Y": Y's clause names no evening, so the afternoon's sentence is its strike, not another."""
    text = ("Drone strikes in Sinjar kill two, wound two\nA drone strike killed two men in a car near the town of "
            "Khanasor, north of Mount Sinjar, on Sunday evening, and a second strike on Monday hit a house in Sinuni, "
            "wounding two people, officials said.\nThe first strike hit a pick-up truck on the road between Khanasor and "
            "the border at around 7 pm.\nOn Monday afternoon, a drone fired a missile at a house on the edge of Sinuni, "
            "wounding a woman and her son.")
    assert sorted(coded(text, shipped, "location", "event_date")) == [("Khanah Sur", "2026-11-29"), ("Sinuni", "2026-11-30")]
