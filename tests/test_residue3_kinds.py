"""Kinds of sentence left over by the sets tuned this morning (articles_heldout_notes19.yaml, ACLED-style notes, and
articles_heldout_actors5.yaml, who struck whom): a place's background told in a "where" clause the news goes on after,
a bombardment told by its ground arm, a ministry's total over two countries, capitals appealed to as governments,
Ankara's "air-supported operation", old ordnance "from a previous strike" or dated to an old war, a bombardment only
heard, names written without the transliteration's apostrophe, a side that clashed with each other.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts

PUBLISHED = "2026-11-12T10:00:00Z"


@pytest.mark.parametrize("text, want", [
    ("On 10 November 2026, a roadside bomb went off on the road near Batifa (Zakho, Dohuk) where a Turkish drone "
     "struck a pickup last month, injuring 3 shepherds. Fatalities: 0.", [("Batufe", 0, 3)]),
    ("On 10 November 2026, a landmine exploded near Tal Tamr (Al-Hasakah countryside), on the track where a drone "
     "had hit an SDF vehicle the week before, killing 2 civilians.", [("Tal Tamr", 2, None)]),
    ("انفجرت عبوة ناسفة يوم الثلاثاء على الطريق قرب قرية باتيفا حيث استهدفت مسيرة تركية سيارة الشهر الماضي، ما أدى "
     "إلى إصابة ثلاثة رعاة.", [("Batufe", None, 3)]),
])
def test_a_places_background_clause_is_a_gap_not_a_cut(shipped, text, want):
    """A blast on a road "where a drone strike hit a car last week, wounding two": the "where" clause alone is
    background, so the toll told after it is the blast's."""
    assert facts(text, shipped, "location", "fatalities", "injured", published=PUBLISHED) == want


def test_the_side_named_after_a_background_clause_was_hit(shipped):
    """"…, where a drone had hit a car the week before, killing 2 SDF members": the side hit is named after the
    clause, and is the blast's."""
    text = ("On 10 November 2026, an IED exploded on the road between Tal Tamr and Tall Baydar (Al-Hasakah countryside), "
            "where a Turkish drone had struck a car last week, killing 2 SDF members. Fatalities: 2.")
    assert facts(text, shipped, "location", "actor1", "actor2", published=PUBLISHED) == [
        ("Tal Tamr", None, "Syrian Democratic Forces")]


@pytest.mark.parametrize("text", [
    "قصفت القواعد العسكرية التركية المنتشرة في المنطقة صباح اليوم أطراف قرية سرسنك، ما أدى إلى احتراق بساتين.",
    "استشهاد مدني بقصف لجيش الاحتلال التركي على أطراف قرية في ريف عين عيسى صباح اليوم.",
    "The Turkish army bombarded the outskirts of Sersink on Monday, setting orchards on fire.",
    "Turkish military bases in the area bombarded the outskirts of Sersink on Monday, setting orchards on fire.",
])
def test_a_bombardment_by_the_ground_arm_is_shelling(shipped, text):
    """A bombardment told by its ground arm ("قصفت القواعد العسكرية التركية", "بقصف لجيش الاحتلال", "the Turkish army
    bombarded"): its army, troops or bases shell, no aircraft named."""
    assert [kind for (kind,) in facts(text, shipped, "sub_event_type", published=PUBLISHED)] == [
        "Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Iraqi army aviation bombarded ISIS hideouts near Hatra on Monday, killing three militants.",
    "Army helicopters bombard ISIS hideouts near Hatra, killing three militants.",
    "قصف طيران الجيش العراقي صباح اليوم أوكاراً لداعش في وادي حوران.",
])
def test_the_armys_aircraft_are_no_ground_arm(shipped, text):
    """The army's own aircraft ("army aviation", "Army helicopters", "طيران الجيش") bombard from the air: an air strike."""
    assert [kind for (kind,) in facts(text, shipped, "sub_event_type", published=PUBLISHED)] == ["Air/drone strike"]


def test_a_drone_that_bombarded_the_army_is_a_drone_strike(shipped):
    """The army as the target of an aircraft's bombardment ("قصفت مسيرة تركية نقاطا للجيش"): still a drone strike."""
    text = "قصفت طائرة مسيرة تركية صباح اليوم نقاطا لجيش النظام قرب تل تمر."
    assert [kind for (kind,) in facts(text, shipped, "sub_event_type", published=PUBLISHED)] == ["Air/drone strike"]


@pytest.mark.parametrize("text, want", [
    ("Turkish drone strikes killed two SDF fighters near Tal Tamr on Tuesday, the SDF said.\n"
     "Another drone hit a grain silo near Amuda, the Kurdish-led administration said.\n"
     "Turkey's defence ministry said its aircraft had \"neutralised\" 27 terrorists and destroyed 40 targets in "
     "northern Iraq and Syria.", [("Tal Tamr", 2), ("Amuda", None)]),
    ("قتل مقاتلان من قسد بقصف مسيرة تركية قرب تل تمر يوم الثلاثاء.\n"
     "واستهدفت مسيرة أخرى صوامع الحبوب قرب عامودا.\n"
     "وأعلنت وزارة الدفاع التركية تحييد 27 إرهابياً وتدمير 40 هدفاً في شمالي سوريا والعراق.",
     [("Tal Tamr", 2), ("Amuda", None)]),
])
def test_a_total_over_two_countries_is_no_strikes_toll(shipped, text, want):
    """A ministry's campaign total over two countries ("neutralised 32 terrorists … in northern Syria and Iraq",
    "تحييد 32 إرهابياً في شمالي سوريا والعراق"): no one strike falls in both, so it is none's toll."""
    assert facts(text, shipped, "location", "fatalities", published=PUBLISHED) == want


@pytest.mark.parametrize("text, want", [
    ("Turkish artillery shelled the outskirts of Sheladze on Monday, setting orchards on fire.\n"
     "Villagers have called on Baghdad and Erbil to stop the shelling, which has emptied dozens of villages.",
     [("Shiladiza", "Duhok")]),
    ("قصفت المدفعية التركية أطراف ناحية شيلادزي يوم الاثنين، ما أدى إلى احتراق بساتين.\n"
     "وطالب الأهالي بغداد وأربيل بوقف القصف الذي أفرغ عشرات القرى.", [("Shiladiza", "Duhok")]),
])
def test_capitals_appealed_to_are_governments_not_places(shipped, text, want):
    """The governments one appeals to by their capitals ("called on Baghdad and Erbil to stop the bombardment",
    "طالب الأهالي بغداد وأربيل"): parties asked, no place struck."""
    assert facts(text, shipped, "location", "admin1", published=PUBLISHED) == want


@pytest.mark.parametrize("text", [
    "ANKARA (AA) - Turkish forces neutralised three PKK terrorists in an air-supported operation in the Zap region of "
    "northern Iraq, the National Defence Ministry said on Tuesday.",
    "Turkish troops neutralised two PKK terrorists in air-supported operations in the Gara region, the ministry said.",
])
def test_ankaras_air_supported_operation_is_an_air_strike(shipped, text):
    """Ankara's "neutralised … in an air-supported operation in the X region": an air strike on that region, as its
    "air operation" is."""
    assert [kind for (kind,) in facts(text, shipped, "sub_event_type", published=PUBLISHED)] == ["Air/drone strike"]


@pytest.mark.parametrize("text, want", [
    ("On 12 November 2026, an unexploded shell from a previous Turkish bombardment went off near Tal Tamr "
     "(Al-Hasakah countryside), wounding 3 children. Fatalities: 0.", [("Tal Tamr", 0, 3)]),
    ("On 12 November 2026, a mortar round left over from the previous fighting exploded in Tal Tamr, injuring 2 "
     "shepherds.", [("Tal Tamr", None, 2)]),
])
def test_the_strike_old_ordnance_came_from_is_no_background(shipped, text, want):
    """Old ordnance "from a previous strike" going off: where it came from is no earlier event told, so the blast's
    toll after it is read."""
    assert facts(text, shipped, "location", "fatalities", "injured", published=PUBLISHED) == want


@pytest.mark.parametrize("text", [
    "On 12 November 2026, a mortar round dating from the war against ISIS exploded while a shepherd was grazing his "
    "sheep near Sinjar, killing him. Fatalities: 1.",
    "On 12 November 2026, an artillery shell left from the battles of 2017 went off in a field near Sinjar, killing a "
    "farmer.",
    "انفجرت قذيفة هاون تعود إلى فترة الحرب على داعش في أرض زراعية قرب سنجار، ما أدى إلى مقتل مزارع.",
])
def test_ordnance_dated_to_an_old_war_is_a_remnant(shipped, text):
    """Old ordnance told by the war it dates from ("a mortar shell dating from the war against ISIS exploded",
    "قذيفة تعود إلى فترة الحرب"): a remnant going off, an IED event with no side, no shelling by the group named."""
    assert facts(text, shipped, "location", "sub_event_type", "actor1", "actor2", published=PUBLISHED) == [
        ("Sinjar", "Remote explosive/landmine/IED", None, None)]


@pytest.mark.parametrize("text", [
    "On 12 November 2026, the sound of Turkish artillery was heard near Batifa (Zakho, Dohuk) for several hours.",
    "سمعت أصوات قصف مدفعي تركي في محيط قرية باتيفا طوال الليل.",
])
def test_a_bombardment_only_heard_is_no_strike(shipped, text):
    """A bombardment only heard ("the sound of Turkish artillery was heard near X", "سمعت أصوات قصف مدفعي"): no strike
    is reported."""
    assert facts(text, shipped, "location", published=PUBLISHED) == []


@pytest.mark.parametrize("text, want", [
    ("On 10 November 2026, Turkish warplanes struck SDF positions near Bir Abu al Hassan (Raqqa district), killing 2 "
     "SDF fighters.", [("Bi'r Abu al Hassan", 2)]),
    ("On 10 November 2026, a drone struck a car near Bir al Halu (Ba'aj district, Ninewa), killing 2 ISIS members.",
     [("Bi'r al Halu", 2)]),
])
def test_a_name_written_without_the_transliterations_apostrophe(shipped, text, want):
    """A village the gazetteer spells with the hamza's apostrophe ("Bi'r Abu al Hassan") written without it, as the
    outlets write it ("Bir Abu al Hassan"): the same village (``places.unmarked_names``, tests/test_places19_kinds.py)."""
    assert facts(text, shipped, "location", "fatalities", published=PUBLISHED) == want


@pytest.mark.parametrize("text", [
    "On 10 November 2026, tribal gunmen clashed with each other over a land dispute in Al-Bariziyah (Heet, Anbar), "
    "killing 2.",
    "اشتبك مقاتلو العشائر فيما بينهم بسبب نزاع على أرض زراعية في قرية البريزية قرب هيت، ما أدى إلى مقتل شخصين.",
])
def test_a_side_that_clashed_with_each_other_is_both_sides(shipped, text):
    """A side that fought itself ("tribal fighters clashed with each other", "اشتبك مقاتلو العشائر فيما بينهم"): the codebook
    codes that side on both sides of the clash."""
    assert facts(text, shipped, "sub_event_type", "actor1", "actor2", published=PUBLISHED) == [
        ("Armed clash", "Tribal forces", "Tribal forces")]


def test_blasts_heard_beside_a_strike_told_are_the_strikes(shipped):
    """Blasts heard beside a strike the sentence tells ("helicopters fired on a house …, and explosions were heard",
    "وسماع أصوات انفجارات"): the strike is still told, of its type."""
    text = "مروحيات التحالف الدولي تطلق النار على منزل في قرية الشحيل بريف دير الزور الشرقي، وسماع أصوات انفجارات."
    assert [kind for (kind,) in facts(text, shipped, "sub_event_type", published=PUBLISHED)] == ["Air/drone strike"]


def test_a_count_written_with_capitals_is_no_place(shipped):
    """A count that opens a sentence with an acronym ("Two PKK/YBŞ terrorists were neutralised in … the Sinjar
    region"): no village spelled like it; the region named is the place."""
    text = ("Two PKK/YBŞ terrorists were neutralised in an air-supported operation in the Sinjar region of northern Iraq "
            "on 10 November, the Ministry of National Defence said.")
    assert facts(text, shipped, "location", published=PUBLISHED) == [("Sinjar",)]
