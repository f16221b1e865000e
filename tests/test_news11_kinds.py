"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news11.yaml measures (issue 16:
every strike of an article at its place, and who struck whom): the Arabic village named with its word beside the
town whose countryside it lies in ("في قرية X بريف Y"), the group's own noun between its members and its name
("عنصران من تنظيم «الدولة الإسلامية»"), a strike whose own clause says it hit civilians (no side struck taken
from the other strike of a round-up or a mourning statement), an exchange of fire said not to have happened
("There was no exchange of fire"), the attack the dead "were preparing" (a purpose, no event), and "no casualties
… in either strike", said of every strike.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_an_arabic_village_named_with_its_word_is_the_strike_place_not_the_town_of_its_countryside(shipped):
    text = ("أصيب مدنيان بقصف مدفعي تركي استهدف قرية كوير داود بريف رأس العين الشرقي صباح اليوم، وفق مصادر محلية في "
            "رأس العين.")
    assert facts(text, shipped, "location", "geo_precision") == [("Kuwayr Dawud", 1)]


def test_the_groups_own_noun_between_its_members_and_its_name_names_the_side_struck(shipped):
    text = ("قُتل عنصران من تنظيم \"داعش\" بغارة لطائرة مسيّرة تابعة للتحالف الدولي على سيارة قرب بلدة الشحيل بريف دير "
            "الزور فجر اليوم. وقالت مصادر محلية إن الغارة سبقت وصول دورية تقل عناصر من \"قسد\" إلى المكان.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Al-Shuhayl", "US-led coalition", "Islamic State")]


def test_a_strike_whose_own_clause_says_it_hit_civilians_struck_no_side_the_round_up_names(shipped):
    text = ("Turkish drones struck an SDF post in Tal Tamr on Monday, killing two fighters, and a second strike wounded "
            "a civilian near the village of Tall Nasri, local sources said. The SDF mourned its two fighters.")
    assert facts(text, shipped, "location", "actor2") == [("Tal Tamr", "Syrian Democratic Forces"),
                                                          ("Tall Nasri", None)]
    text = ("قُتل عنصران من قسد بقصف مسيّرة تركية على نقطة عسكرية في بلدة تل تمر مساء الأحد. وفي اليوم التالي، قصفت "
            "مسيّرة أخرى أرضاً زراعية قرب قرية تل نصري، ما أدى إلى إصابة مدني بجروح. ونعت قسد في بيان عنصريها.")
    assert facts(text, shipped, "location", "actor2") == [("Tal Tamr", "Syrian Democratic Forces"),
                                                          ("Tall Nasri", None)]


def test_a_side_the_strikes_own_clause_names_hit_stands_beside_civilian_dead(shipped):
    text = "Turkish drones struck SDF positions near Tal Tamr on Monday, killing two civilians, local sources said."
    assert facts(text, shipped, "location", "actor2") == [("Tal Tamr", "Syrian Democratic Forces")]


def test_an_exchange_of_fire_said_not_to_have_happened_makes_no_clash(shipped):
    text = ("Coalition jets struck a hideout of Islamic State militants in farmland near Saqlawiyah in Anbar late on "
            "Saturday, killing three, before Iraqi troops searched the site. There was no exchange of fire, an officer "
            "said.")
    assert facts(text, shipped, "location", "sub_event_type") == [("As Saqlawiyah", "Air/drone strike")]


def test_an_attack_the_dead_were_preparing_is_no_event(shipped):
    text = ("A U.S. strike near Hajin in Deir ez-Zor on Sunday killed two ISIS operatives who were preparing an attack "
            "on a checkpoint of partner forces, CENTCOM said.")
    assert facts(text, shipped, "location", "sub_event_type") == [("Hajin", "Air/drone strike")]


def test_no_casualties_in_either_strike_is_said_of_every_strike(shipped):
    text = ("U.S. forces conducted a strike near Hajin on Friday, killing an ISIS official. On Saturday, U.S. forces "
            "conducted a second strike near Dhiban, killing two ISIS operatives. There is no indication that any "
            "civilians were injured in either strike.")
    assert facts(text, shipped, "location", "fatalities", "injured") == [("Hajin", 1, 0), ("Dhiban", 2, 0)]
