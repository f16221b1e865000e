"""Kinds of sentence behind who struck whom and the toll in full articles (issue 16, points 6 and 7), as the
tuned article sets (news5-news9, posts6-8, actors, actors2, tolls, tolls2) showed them missed: a lead that sums up
the strikes told one by one after it names their sides.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


SIDES = ("location", "actor1", "actor2")


def test_a_lead_summing_up_the_strikes_after_it_names_their_sides(shipped):
    # the ministry's lead counts them all; each strike is told after it without a side
    text = ("Turkey says five PKK militants killed in northern Iraq\n"
            "ANKARA - Turkish forces neutralised five PKK terrorists in northern Iraq, the defence ministry said on Tuesday.\n"
            "Three of the terrorists were neutralised in an air strike in the Zap region on Monday, the ministry said.\n"
            "The other two were neutralised by armed drones in the Metina region later the same day.")
    assert facts(text, shipped, *SIDES) == [("Zap", "Turkish Armed Forces", "PKK"),
                                           ("Metina", "Turkish Armed Forces", "PKK")]
    text = ("تركيا تعلن تحييد ستة من مسلحي العمال الكردستاني شمالي العراق\n"
            "أنقرة – الأناضول: حيّدت القوات التركية ستة إرهابيين من حزب العمال الكردستاني في شمال العراق، بحسب ما "
            "أعلنت وزارة الدفاع التركية اليوم الثلاثاء.\n"
            "وقالت الوزارة إن أربعة من الإرهابيين حُيّدوا بغارة جوية في منطقة الزاب أمس الاثنين.\n"
            "وأضافت أن الاثنين الآخرين استُهدفا بطائرة مسيّرة مسلحة في منطقة متينا في اليوم ذاته.")
    assert facts(text, shipped, *SIDES) == [("Zap", "Turkish Armed Forces", "PKK"),
                                           ("Metina", "Turkish Armed Forces", "PKK")]


def test_an_iranian_kurdish_party_struck_in_its_camp_is_the_side_struck(shipped):
    text = ("Iranian Revolutionary Guards drones struck a base of the Democratic Party of Iranian Kurdistan near Koya on "
            "Wednesday, wounding two of its members, the party said.")
    assert facts(text, shipped, *SIDES) == [("Koya", "IRGC", "KDPI")]
    text = ("استهدفت طائرات مسيّرة تابعة للحرس الثوري الإيراني، فجر اليوم، مقراً لحزب الحرية الكوردستاني في ناحية "
            "قوشتبه جنوبي أربيل، ما أدى إلى إصابة اثنين من عناصره.")
    assert facts(text, shipped, *SIDES) == [("Qushtepe", "IRGC", "Kurdistan Freedom Party")]


def test_a_member_of_an_umbrella_named_struck_is_the_side_struck(shipped):
    # the headline names the umbrella, the strike's sentence its member
    text = ("US jets strike Iran-backed militia sites near Al-Qaim\n"
            "A U.S. drone fired at a car on the outskirts of Al-Qaim late on Monday, killing three members of Kataib "
            "Hezbollah, two Iraqi security officials said.")
    assert facts(text, shipped, *SIDES) == [("Al-Qaim", "US forces", "Kataib Hezbollah")]
    text = ("غارة أمريكية على مواقع للفصائل الموالية لإيران قرب القائم\n"
            "استهدفت طائرة مسيّرة أمريكية، مساء الاثنين، سيارة على أطراف مدينة القائم، ما أسفر عن مقتل ثلاثة عناصر من "
            "كتائب حزب الله، بحسب مصدر أمني.")
    assert facts(text, shipped, *SIDES) == [("Al-Qaim", "US forces", "Kataib Hezbollah")]
    # … but the umbrella struck in the member's sentence stays the side struck
    text = ("Unidentified warplanes struck a house used by Iran-backed militias as a headquarters near Al-Qaim on Sunday, "
            "killing two members of Kataib Hezbollah.")
    assert facts(text, shipped, *SIDES) == [("Al-Qaim", None, "Iran-backed militias")]


def test_the_group_a_target_belonged_to_is_the_side_struck(shipped):
    text = ("On Tuesday morning, U.S. aircraft struck a weapons depot near the town of Akashat. A local official said "
            "the depot belonged to Kataib Hezbollah.")
    assert facts(text, shipped, *SIDES) == [("Akashat", "US forces", "Kataib Hezbollah")]


def test_who_sealed_off_the_site_after_the_strike_is_no_side(shipped):
    text = ("قُتل رجل، مساء الجمعة، إثر استهداف طائرة مسيّرة مجهولة سيارته في مدينة الطبقة غربي الرقة.\n"
            "وفرضت «قسد» طوقاً أمنياً حول مكان الاستهداف، ونُقلت الجثة إلى المشفى الوطني.")
    assert facts(text, shipped, *SIDES) == [("Tabqa", None, None)]
    text = ("A man was killed on Friday when an unidentified drone struck his car in the city of Tabqa, west of Raqqa. "
            "The SDF cordoned off the area and took the body to the national hospital.")
    assert facts(text, shipped, *SIDES) == [("Tabqa", None, None)]


def test_groups_said_to_be_an_offshoot_of_another_are_no_side(shipped):
    text = ("قصفت المدفعية التركية، مساء الأربعاء، قرية الشيوخ تحتاني غربي كوباني، ما ألحق أضراراً بمنازل المدنيين. "
            "وتقول تركيا إن قوات سوريا الديمقراطية ووحدات حماية الشعب امتداد لحزب العمال الكردستاني، وتنفذ ضربات منتظمة "
            "على مناطق سيطرتها.")
    assert facts(text, shipped, *SIDES) == [("Shuyukh Tahtani", "Turkish Armed Forces", None)]
    text = ("Turkish artillery shelled the village of Shuyukh Tahtani, west of Kobani, on Wednesday, damaging homes. "
            "Ankara says the SDF is an extension of the PKK, and its drones regularly strike SDF areas.")
    assert facts(text, shipped, *SIDES) == [("Shuyukh Tahtani", "Turkish Armed Forces", None)]


def test_the_toll_of_earlier_battles_a_place_has_seen_is_no_toll_of_the_strike(shipped):
    keys = ("location", "fatalities")
    text = ("A Turkish drone struck an SDF position near the Tishrin Dam on Monday, killing three fighters, the SDF said. "
            "The dam has been a flashpoint since the fighting between the SDF and Turkish-backed factions, which killed "
            "hundreds of fighters.")
    assert facts(text, shipped, *keys) == [("Madinat Sadd Tishrin", 3)]
    text = ("استهدفت طائرة مسيّرة تركية، اليوم الإثنين، موقعاً لقوات سوريا الديمقراطية في محيط سد تشرين، ما أدى إلى مقتل "
            "ثلاثة من عناصرها. ويشكل السد نقطة تماس منذ المعارك التي شهدها محيطه بين قسد والفصائل الموالية لتركيا، والتي "
            "أسفرت عن مقتل مئات المقاتلين.")
    assert facts(text, shipped, *keys) == [("Madinat Sadd Tishrin", 3)]


def test_one_victim_counted_by_wahid_after_the_noun_is_one(shipped):
    # "شخص واحد": "واحد" is the noun's number, no second victim joined by "و"
    text = ("استهدفت طائرة مسيّرة تركية، مساء الأحد، دراجة نارية قرب قرية حزيمة شمالي الرقة، وقُتل فيها شخص واحد، "
            "بحسب مصادر محلية.")
    assert facts(text, shipped, "location", "fatalities") == [("Al Huzaymah", 1)]
