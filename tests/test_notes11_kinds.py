"""Kinds of coded-report wording (issue 16, the misses of tests/fixtures/matching/articles_heldout_notes11.yaml:
ACLED-style event notes of the seven border governorates, Iraq weighted, one in five with Kurdish or Arabic
spellings): each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon codes
them."""

from __future__ import annotations

from monitor.text import analyse

PUBLISHED = "2025-05-04T10:00:00Z"


def coded(text, lexicon, *keys):
    """(is it a strike report, [the *keys* of each event])."""
    coding = analyse(text, PUBLISHED, lexicon)
    return coding.is_strike_report, [tuple(event[key] for key in keys) for event in coding.events]


# ------------------------------------------------------------------ where: names under another spelling
def test_a_kurdish_l_with_stroke_is_written_plain(shipped):
    """Gelale is the gazetteer's Kallallah of Choman district, whose Kurdish spelling Gełałe reports write with a
    plain l: looked up in the district, not coded at its seat."""
    text = ("On 3 May 2025, Iranian artillery shelled the outskirts of Gelale village in the Balakayati area "
            "(Choman, Erbil). No casualties.")
    assert coded(text, shipped, "location", "geo_precision") == (True, [("Kallallah", 2)])


def test_the_construct_state_t_is_written_or_not(shipped):
    """"Hawija al-Quwaylah" is Hawijat al Quwaylah: a name's -at before its next word (Jadidat, Khirbat, Jazirat) is
    written or dropped, as -ah is; not a village keyed otherwise coded at full precision."""
    text = ("On 3 May 2025, a landmine exploded under a tractor in Hawija al-Quwaylah village (Al-Hasakeh), "
            "killing the driver.")
    assert coded(text, shipped, "location", "geo_precision") == (False, [("Hawijat al Quwaylah", 1)])


def test_a_camp_names_its_place(shipped):
    """"Sharya camp (Sumel, Duhok)": the name before "camp" is a place of the area looked up by spelling (Shariya,
    also written Shariye), at the camp's precision beside it, not the district's seat."""
    text = "On 3 May 2025, an IED exploded near a tent in Sharya camp (Sumel, Duhok), injuring 2 people."
    assert coded(text, shipped, "location", "geo_precision", "injured") == (False, [("Shariya", 2, 2)])

