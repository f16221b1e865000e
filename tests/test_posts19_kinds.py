"""Kinds of local-post wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_posts19.yaml and
posts18's residue): each rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes
them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-12-07T10:00:00Z"   # posts of the same day
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_kurmanji_post_in_latin_letters_reports_its_strike_at_its_village(shipped):
    """"Firokeya bêmirov a dewleta Tirk êrîşî gundê Xana Serê kir", "Artêşa Tirk gundê Sergelê yê Amêdiyê topbaran
    kir": Kurdish channels' Kurmanji names the drone "firokeya bêmirov" (the unmanned aircraft), the shelling
    "topbaran", the bombardment "bombebaran", the Turkish army "artêşa/dewleta Tirk" (config.yaml), and introduces its
    village with "gundê" (places._PLACE_WORDS, _SETTLEMENT_WORDS): a strike report at the village, not nothing."""
    assert facts("Firokeya bêmirov a dewleta Tirk êrîşî gundê Xana Serê kir, 2 sivîl birîndar bûn",
                 shipped, "location", "sub_event_type", "actor1", "injured") == [
        ("Khan al Jabal", "Air/drone strike", "Turkish Armed Forces", 2)]
    assert facts("Artêşa Tirk gundê Sergelê yê Amêdiyê topbaran kir", shipped, "location", "sub_event_type") == [
        ("Sargali", "Shelling/artillery/missile attack")]


def test_a_sorani_post_in_arabic_letters_reports_its_strike_at_its_village(shipped):
    """"هێرشی درۆنی تورکیا بۆ سەر گوندی سەدەڕ", "بۆردومانی تۆپخانەی تورکیا بۆ سەر گوندی دەرەگرد", "هێرشی درۆن لە نزیک
    گوندی دەرەگرد": Sorani's drone attack (هێرشی درۆن), bombardment (بۆردومان) and artillery (تۆپخانە) are strike words
    (config.yaml); its village word گوندی introduces the village as قرية does, and نزیک (near) places the strike by it
    (places.NEAR: precision 2)."""
    assert facts("هێرشی درۆنی تورکیا بۆ سەر گوندی سەدەڕ، کەسێک بریندار بوو",
                 shipped, "location", "sub_event_type", "actor1") == [
        ("Sadar", "Air/drone strike", "Turkish Armed Forces")]
    assert facts("بۆردومانی تۆپخانەی تورکیا بۆ سەر گوندی دەرەگرد لە ناوچەی چۆمان",
                 shipped, "location", "sub_event_type") == [("Deregird", "Shelling/artillery/missile attack")]
    assert facts("هێرشی درۆن لە نزیک گوندی دەرەگرد", shipped, "location", "geo_precision") == [("Deregird", 2)]


def test_a_kurdish_drone_that_fell_unexploded_or_only_circles_is_no_strike(shipped):
    """"Firokeya bêmirov … li nêzî gundê Xana Serê ket û neteqiya", "فڕۆکەی بێفڕۆکەوان لە نزیک گوندی سەدەڕ کەوتە خوارەوە و
    نەتەقییەوە",
    "Dronek a Tirk li ser Dirbêsiyê digere, heta niha êrîş nekiriye": a drone that fell and did not go off
    (neteqiya, نەتەقییەوە), or that "has not attacked" while it circles (êrîş nekiriye), struck nothing (config.yaml
    not_strike, "no blast"): no strike report."""
    assert coded("Firokeya bêmirov a dewleta Tirk li nêzî gundê Xana Serê ket û neteqiya", shipped)[0] is False
    assert coded("فڕۆکەی بێفڕۆکەوان لە نزیک گوندی سەدەڕ کەوتە خوارەوە و نەتەقییەوە", shipped)[0] is False
    assert coded("Dronek a Tirk li ser Dirbêsiyê digere, heta niha êrîş nekiriye", shipped)[0] is False


def test_a_village_after_a_bare_in_or_at_with_the_town_it_is_near(shipped):
    """"Turkish drone hit a car in Fakhariya near Qamishli", "Unknown drone struck a pickup at Qaraqub near Qamishli":
    a name after a bare "in" or "at" is refused by the tolerant lookup (a city's quarter follows "in" as often), but the
    town named right after it by "near" places it (places._IN_NEAR): the one village spelled so near that town is the
    strike's place, not the town."""
    assert facts("Turkish drone hit a car in Fakhariya near Qamishli, 1 killed", shipped, "location", "fatalities") == [
        ("Fakhkhariyah", 1)]
    assert facts("Unknown drone struck a pickup at Qaraqub near Qamishli", shipped, "location") == [("Qarah Qub",)]


def test_a_sub_district_belonging_to_a_seat_town_named_bare_is_no_strike_in_the_town(shipped):
    """"قصف مدفعي تركي على ناحية دركار التابعة لزاخو", "مسيرة تركية تقصف ناحية سرسنك التابعة للعمادية": the town a
    sub-district "belongs to", its word قضاء left out, is the district it is the seat of (places._label_area,
    BELONGS_TO), a label: the strike is in the sub-district at precision 2, not in Zakho or Amadiya city at precision 1
    (30 km off)."""
    assert facts("قصف مدفعي تركي على ناحية دركار التابعة لزاخو", shipped, "location", "geo_precision") == [
        ("Dercar Subdistrict", 2)]
    assert facts("مسيرة تركية تقصف ناحية سرسنك التابعة للعمادية", shipped, "location", "geo_precision") == [
        ("Sersink", 2)]


def test_an_arabizi_post_with_digit_letters_reports_its_strike_at_its_village(shipped):
    """"2asf madfa3i torki 3ala 2aryet khirbet marjane janub el qamishli", "6ayyara msayyara 2asfet motor 3ala 2aryet
    tal 3ajin b rif tal tamr": Arabizi types the letters Latin lacks as digits (2 the qaf local speech says as a hamza,
    3 ayn, 6 ta, 7 ha); a digit before a letter is read as its letter (normalize._ARABIZI), so "2aryet" is the village
    word (places._PLACE_WORDS, _INTRODUCED) and the name after it is looked up by spelling in the area the post
    names; "3 jar7a" still counts the wounded (figures)."""
    assert facts("2asf madfa3i torki 3ala 2aryet khirbet marjane janub el qamishli, fi 2 jar7a",
                 shipped, "location", "sub_event_type", "injured") == [
        ("Khirbat Marjanah", "Shelling/artillery/missile attack", 2)]
    assert facts("6ayyara msayyara 2asfet motor 3ala 2aryet tal 3ajin b rif tal tamr", shipped, "location") == [
        ("Tall `Ajin",)]


def test_arabizi_digits_are_read_as_letters_only_inside_words():
    """A digit before a Latin letter is Arabizi's letter ("2asf", "na3ur", "6ayyara"), not an ordinal's, a time's or
    a unit's ("3rd", "7am", "5km"), nor a number's ("2 jar7a", "F-16", "TB2")."""
    from monitor.normalize import normalize, normalize_term
    assert normalize("2asf madfa3i 3ala 2aryet tal na3ur, 6ayyara").text == "qasf madfa i ala qaryet tal na ur, tayyara"
    assert normalize_term("3rd drone at 7am, 5km from the F-16 and TB2, 2 jar7a") == \
        "3rd drone at 7am, 5km from the f 16 and tb2, 2 jarha"


def test_a_posts_closing_line_of_hashtags_is_no_strike_of_its_own(shipped):
    """"regime mortars hit kulaijel village, 2 wounded" over "#DeirEzzor": a post's closing line of hashtags
    files it under its area (events: _TAGS_ONLY); beside the strike its words tell at a village found by spelling, the
    tag's namesake city is no second strike (33 km off, at precision 1)."""
    assert facts("regime mortars hit kulaijel village, 2 wounded\n#DeirEzzor", shipped, "location") == [("Kulayjil",)]
