"""Kinds of full news articles the known residue of news10-news12 shows (issue 16: every strike of an article, and
none more): an earlier strike the report says this one "comes after" with the strike itself the subject ("ويأتي هذا
القصف بعد نحو أسبوعين من ضربة مماثلة …", "وتأتي الضربتان بعد أيام من …") or says this one is "not the first"
("وليست هذه المرة الأولى التي …", "It is not the first time …"), background and no event of its own; the day set
between commas after the speaker of the Arabic wire formula ("أعلنت مديرية أسايش محافظة دهوك، اليوم الثلاثاء، مقتل
…"), the day of the telling: the strike's day is the one its detail names, and the lead and the detail are one strike;
"the strike" a later sentence only names ("ولم تعلق الوزارة على الضربة"), no type of the shelling it follows when the
headline sums that shelling up with an air strike elsewhere; farmland said by its adjective ("في منطقة زراعية"), no
village (the gazetteer's Al Zira'iyah). Who struck whom: the side that answered an attack by a strike of its own
("responded to the attack by shelling SDF positions", 'ردت فصائل "الجيش الوطني" على الهجوم بقصف مواقع "قسد"'), the
striker, and the side whose positions it hit, the side struck; the command that oversaw a strike ("بإشراف ومتابعة
قيادة العمليات المشتركة", "under the supervision of the Joint Operations Command") and two forces that searched the
site after it ("X وY شرعت بتفتيش موقع الضربة"), neither side; a side that mourns its dead ("ونعت أسايش عنصرها"),
not the striker of the next strike. Attacks a group "has stepped up" are a campaign, no event.

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)


def test_an_earlier_strike_this_one_comes_after_is_background(shipped):
    text = ("استهدفت طائرة مسيرة تركية، مساء أمس، سيارة على أطراف بلدة عامودا بريف الحسكة، ما أدى إلى مقتل شخصين. "
            "ويأتي هذا الاستهداف بعد نحو شهر من ضربة مماثلة طالت منزلاً في بلدة الدرباسية وأسفرت عن إصابة ثلاثة مدنيين.")
    assert facts(text, shipped, "location", "fatalities") == [("Amuda", 2)]
    text = ("قصفت المدفعية التركية صباح اليوم قرية الدردارة شمال تل تمر دون ورود أنباء عن إصابات. وتأتي الغارات "
            "بعد أيام من تصعيد تركي، إذ استهدفت مسيرة الخميس الماضي سيارة قرب مدينة المالكية ما أدى إلى مقتل ثلاثة.")
    assert [location for (location,) in facts(text, shipped, "location")] == ["Dardarah"]


def test_an_earlier_strike_told_after_not_the_first_time_is_background(shipped):
    text = ("قُتل عنصر من قسد بقصف لطائرة مسيرة تركية استهدف نقطة عسكرية قرب بلدة عين عيسى شمالي الرقة، مساء أمس. "
            "وليست هذه المرة الأولى التي تستهدف فيها المسيرات التركية مواقع قسد في قرية صيدا، إذ قُتل عنصران "
            "بهجوم مماثل.")
    assert facts(text, shipped, "location", "fatalities") == [("Ain Issa", 1)]
    text = ("A Turkish drone struck a car near the town of Ain Issa on Monday, killing one SDF fighter. It was not "
            "the first attack on the village of Saida: two fighters died there when a drone hit a car.")
    assert facts(text, shipped, "location", "fatalities") == [("Ain Issa", 1)]


def test_the_day_between_commas_after_the_arabic_speaker_is_the_telling_and_the_detail_dates_the_strike(shipped):
    text = ("أعلنت مديرية أسايش محافظة دهوك، اليوم الأربعاء، مقتل شخصين بغارة لطائرة مسيرة تركية قرب ناحية باتيفا. "
            "وقالت المديرية في بيان إن الطائرة استهدفت مساء أمس الثلاثاء سيارة على الطريق المؤدي إلى باتيفا.")
    assert facts(text, shipped, "location", "event_date", "fatalities") == [("Batufe", "2025-11-11", 2)]


def test_the_strike_a_later_sentence_only_names_does_not_type_a_shelling_the_headline_sums_with_an_air_strike(shipped):
    text = ("مقتل مدني بغارة تركية على عامودا وإصابة اثنين بقصف على تل تمر\n"
            "قُتل مدني، اليوم الأحد، جراء غارة لطائرة مسيرة تركية استهدفت منزلاً في بلدة عامودا بريف الحسكة.\n"
            "وفي ريف الحسكة الشمالي الغربي، قصفت فصائل الجيش الوطني بقذائف الهاون أطراف بلدة تل تمر، ما أدى إلى إصابة "
            "مدنيين اثنين.\nولم تعلق وزارة الدفاع التركية على الضربة.")
    assert facts(text, shipped, "location", "sub_event_type") == [
        ("Amuda", "Air/drone strike"), ("Tal Tamr", "Shelling/artillery/missile attack")]


def test_farmland_said_by_its_adjective_is_no_village(shipped):
    text = "قُتل مزارع وأصيب ابنه، اليوم، بانفجار لغم أرضي من مخلفات الحرب في منطقة زراعية غربي مدينة هيت."
    assert facts(text, shipped, "location", "sub_event_type") == [("Heet", "Remote explosive/landmine/IED")]


def test_the_side_that_answered_an_attack_by_a_strike_struck_and_the_side_whose_positions_it_hit_was_struck(shipped):
    text = ("SNA factions responded to the attack by shelling SDF positions in the village of Dardarah, north of "
            "Tal Tamr, on Monday.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [
        ("Dardarah", "Syrian National Army", "Syrian Democratic Forces")]
    text = ('وذكرت مصادر محلية أن فصائل "الجيش الوطني" ردت على الهجوم بقصف مواقع "قسد" في قرية الدردارة شمالي بلدة '
            "تل تمر بقذائف الهاون، مساء أمس.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [
        ("Dardarah", "Syrian National Army", "Syrian Democratic Forces")]


def test_the_command_that_oversaw_a_strike_is_neither_side(shipped):
    # (the side struck: Iraq's own forces' "terrorists" are the Islamic State, test_actors5_kinds)
    text = ('وذكرت الخلية أنه "بإشراف ومتابعة قيادة العمليات المشتركة، وبناءً على معلومات استخبارية، نفذت طائرات القوة '
            'الجوية العراقية ضربة جوية على وكر للإرهابيين في وادي حوران غربي الرطبة، أسفرت عن مقتل إرهابيين اثنين".')
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Wadi Hauran", "Iraqi Air Force", "Islamic State")]
    text = ("Under the supervision of the Joint Operations Command and acting on intelligence, Iraqi F-16 jets struck "
            "a hideout of terrorists in Wadi Houran west of Rutba, killing two terrorists, the Security Media Cell said.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Wadi Hauran", "Iraqi Air Force", "Islamic State")]


def test_two_forces_that_searched_the_site_after_the_strike_are_neither_side(shipped):
    # (the side struck: Iraq's own forces' "terrorists" are the Islamic State, test_actors5_kinds)
    text = ("نفذت طائرات القوة الجوية العراقية ضربة جوية على وكر للإرهابيين في وادي حوران غربي الرطبة. وأضافت الخلية أن "
            "قطعات من جهاز مكافحة الإرهاب وقيادة عمليات الأنبار شرعت بتفتيش موقع الضربة.")
    assert facts(text, shipped, "location", "actor1", "actor2") == [("Wadi Hauran", "Iraqi Air Force", "Islamic State")]


def test_attacks_a_group_has_stepped_up_are_a_campaign_and_no_event(shipped):
    text = ("A U.S. strike killed an Islamic State official near the village of Jadidat Bikara on Sunday, CENTCOM said. "
            "Islamic State has sought to exploit the tensions, and monitors say the group has stepped up attacks on SDF "
            "positions in Deir al-Zor, where tribes resent Kurdish-led rule.")
    assert facts(text, shipped, "location") == [("Jadidat Bikara",)]
    text = ("A U.S. drone strike killed an Islamic State official near the village of Jadidat Bikara on Sunday. The "
            "group has intensified its attacks on SDF checkpoints in Hasakah.")
    assert facts(text, shipped, "location") == [("Jadidat Bikara",)]


def test_a_side_that_mourns_its_dead_did_not_strike_the_next_strike(shipped):
    text = ('قُتل عنصر من "أسايش" وأصيب عنصر من "قسد"، جراء ضربتين لطائرات مسيرة تركية استهدفتا ريف الحسكة، أمس الأحد. '
            'وقال مراسل محلي إن طائرة مسيرة تركية استهدفت سيارة على الطريق بين قرية الدردارة وبلدة تل تمر، ما أدى إلى '
            'مقتل عنصر من "أسايش". وبعد ساعة، استهدفت مسيرة ثانية نقطة تتمركز فيها عناصر من "قسد" على أطراف قرية '
            'العريشة، ما أسفر عن إصابة عنصر. ونعت "أسايش" في بيان عنصرها، واتهمت تركيا بمحاولة ضرب الاستقرار.')
    assert facts(text, shipped, "location", "actor1", "actor2") == [
        ("Dardarah", "Turkish Armed Forces", "Asayish"), ("`Arishah", "Turkish Armed Forces", "Syrian Democratic Forces")]
