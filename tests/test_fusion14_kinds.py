"""Fusion kinds found by bilingual_blind14.yaml (issue 17, seventeenth session): what each rule joins or keeps
apart, told with the sentences outlets write, each failing without its rule (``monitor.incidents.FUSION_RULES``)."""

import pytest

from monitor.incidents import FUSION_RULES, fuse, why_apart
from monitor.text import analyse


def coded(lexicon, text: str, published: str, outlet: str) -> dict:
    """The one event *text* codes, as the fusion gets it from an article of *outlet*."""
    [event] = analyse(text, published, lexicon).events
    return {**event, "article_id": outlet, "story_id": outlet, "outlet": outlet, "published_at": published}


# ---------------------------------------------------------------- rule next_morning

@pytest.mark.parametrize("strike,statement", [
    (("طائرات حربية تركية تقصف منطقة آفاشين التابعة لقضاء العمادية بمحافظة دهوك صباح اليوم، واندلاع حرائق.",
      "2027-06-26T08:00:00Z"),
     ("5 PKK terrorists detected in the Avashin region of northern Iraq were neutralised in an air operation, the "
      "Ministry of National Defence announced.", "2027-06-27T06:00:00Z")),
    (("Turkish warplanes bombed the Zap region of Duhok province on Saturday afternoon, local officials told "
      "Kurdistan24.", "2027-06-26T14:00:00Z"),
     ("In an air operation in the Zap region of northern Iraq, 4 PKK terrorists were neutralised, the Ministry of "
      "National Defence said.", "2027-06-27T07:30:00Z")),
    (("مسيرة تركية تستهدف عجلة تابعة لوحدات مقاومة سنجار داخل قضاء سنجار غربي نينوى، ومقتل اثنين من عناصرها.",
      "2027-07-16T09:00:00Z"),
     ("2 PKK terrorists were neutralised by an air operation in the Sinjar region, the Ministry of National "
      "Defence said.", "2027-07-17T06:30:00Z")),
])
def test_a_statement_naming_no_day_published_the_next_morning_is_of_the_day_befores_strike(lexicon, strike, statement):
    """Turkey's defence ministry tells the night's and the day before's operations the next morning, naming no day:
    its event date is its publication day, a day after the strike the local post and the Kurdish outlet dated, and
    its place a region or a district's area (``late_flash`` joins a late post naming a precise place only). Published
    before local noon (``morning_post``), it may be of the day before's strike."""
    post, ministry = coded(lexicon, *strike, "local"), coded(lexicon, *statement, "msb.gov.tr")
    assert ministry["event_date"] > post["event_date"]
    assert why_apart(post, ministry) is None
    assert why_apart(post, ministry, FUSION_RULES - {"next_morning"}) == "date"
    assert len(fuse([post, ministry])) == 1


def test_a_statement_naming_no_day_published_in_the_afternoon_or_naming_its_day_is_its_own_days(lexicon):
    """Published after local noon, a report naming no day tells its own day's strike; one naming its day ("on
    Sunday") is that day's whenever it was published: the day before's strike at the same region is another."""
    post = coded(lexicon, "طائرات حربية تركية تقصف منطقة آفاشين التابعة لقضاء العمادية بمحافظة دهوك صباح اليوم.",
                 "2027-06-26T08:00:00Z", "local")
    afternoon = coded(lexicon, "5 PKK terrorists were neutralised in an air operation in the Avashin region of "
                      "northern Iraq, the Ministry of National Defence said.", "2027-06-27T11:00:00Z", "msb.gov.tr")
    named = coded(lexicon, "Turkish jets bombed the Avashin region of Duhok on Sunday morning, officials said.",
                  "2027-06-27T07:00:00Z", "wire")
    assert why_apart(post, afternoon) == why_apart(post, named) == "date"


# ---------------------------------------------------------------- gazetteer: a district's seat in its own district

def test_the_land_north_of_baiji_holds_a_place_of_baiji_district(lexicon):
    """Baiji is the seat of Baiji District (seeds/gazetteer.csv's admin2, en.wikipedia.org/wiki/Baiji_District); the
    nearest Who's On First place lay in Tikrit's, so "the Makhoul mountains north of Baiji" (Baiji's area, its north)
    and the Security Media Cell's "سلسلة جبال مكحول شمال قضاء بيجي" (the area of Makhul, of Baiji district) were in two
    districts, two strikes (bilingual_blind13.yaml). Baiji's area now names its district, which holds Makhul."""
    cell = coded(lexicon, "خلية الإعلام الأمني: طائرات F-16 العراقية تنفذ ضربة جوية على كهف لعصابات داعش الإرهابية في "
                 "سلسلة جبال مكحول شمال قضاء بيجي، وتدميره بالكامل.", "2027-04-01T06:00:00Z", "smc")
    shafaq = coded(lexicon, "Iraqi F-16s destroyed an ISIS cave in the Makhoul mountains north of Baiji on Thursday, "
                   "the Security Media Cell said.", "2027-04-01T09:00:00Z", "shafaq")
    town = coded(lexicon, "Shells fell near Baiji on Thursday, security sources said.", "2027-04-01T09:00:00Z", "wire")
    assert town["admin2"] == shafaq["admin2"] == cell["admin2"] == "Baiji"
    assert why_apart(cell, shafaq) is None
    assert len(fuse([cell, shafaq])) == 1
