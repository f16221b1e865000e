"""Kinds of coded-report wording left by tests/fixtures/matching/articles_heldout_notes21.yaml (issue 16): other events
of the border governorates that name drones, aircraft or shelling in passing, and strikes told in wording new to the
coded-report sets. Each codebook rule on sentences of its own, not the fixture's, through ``analyse`` as the daemon
codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-05-05T10:00:00Z"


coded = partial(conftest.coded, published=PUBLISHED)


# ------------------------------------------------------------------ a grenade a drone drops
def test_a_grenade_a_drone_drops_is_an_air_strike(shipped):
    """A grenade a drone drops ("used a drone to drop a grenade", "a grenade dropped by a drone", "بقنبلة يدوية ألقتها
    طائرة مسيرة", "إلقاء طائرة مسيرة قنبلة يدوية") is the drone's strike: ACLED's Air/drone strike covers a non-state
    actor's drones, so IS's is a strike report, not a Grenade attack."""
    for text in ("On 4 May 2025, IS fighters used a drone to drop a grenade on a PMF post near Rutba (Al-Anbar).",
                 "On 4 May 2025, a grenade dropped by a drone wounded 3 Asayish members at a checkpoint in Amuda.",
                 "أصيب ثلاثة من عناصر الأسايش بقنبلة يدوية ألقتها طائرة مسيرة على حاجز في مدينة عامودا",
                 "أصيب عنصران من الحشد جراء إلقاء طائرة مسيرة قنبلة يدوية على نقطة قرب الرطبة"):
        assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)]), text


def test_a_grenade_thrown_by_hand_stays_a_grenade(shipped):
    """A grenade thrown by hand while a drone flies above is the hand's: a Grenade attack, no strike."""
    for text in ("On 4 May 2025, gunmen threw a grenade at an Asayish checkpoint in Amuda while a drone flew overhead.",
                 "ألقى مسلحون قنبلة يدوية على حاجز للأسايش في مدينة عامودا"):
        assert coded(text, shipped, "sub_event_type") == (False, [("Grenade",)]), text
