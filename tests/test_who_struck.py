"""Who struck whom in full articles (issue 16, point 7): actor1 the side that struck, actor2 the
side struck; a source, a commenter, a patron, a neighbouring state or a background group is neither."""

from __future__ import annotations

import pytest

from monitor.normalize import normalize
from monitor.text import analyse
from monitor.vocabulary import ACTOR_ADJECTIVES


def sides(text: str, lexicon) -> tuple[str | None, str | None]:
    (event,) = analyse(text, "2024-03-06T10:00:00Z", lexicon).events
    return event["actor1"], event["actor2"]


def test_state_adjectives_are_written_as_the_folded_text_reads_them():
    # "إسرائيلية" folds to "اسراييليه": a key with its hamza never matched
    assert [word for word in ACTOR_ADJECTIVES if normalize(word).text != word] == []


@pytest.mark.parametrize("text, actor1, actor2", [
    # a headline without a full stop: the words after a name end with its sentence ("… في البوكمال" is
    # not the subject of the next line's "شن الطيران")
    ("غارات على مواقع للميليشيات الإيرانية في البوكمال\nشن الطيران الإسرائيلي غارات جوية على مواقع للميليشيات "
     "الموالية لإيران في مدينة البوكمال، ما أسفر عن مقتل سبعة عناصر.", "IDF", "Iran-backed militias"),
    # a state the actors list names by its bare adjective after the strike noun struck
    ("غارات إسرائيلية على مواقع للميليشيات الموالية لإيران في البوكمال", "IDF", "Iran-backed militias"),
    ("ضربات أمريكية على مواقع لكتائب حزب الله قرب القائم", "US forces", "Kataib Hezbollah"),
])
def test_a_state_named_by_its_adjective_after_the_strike_struck(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # the state a group is loyal to describes the group: no side
    ("أصيب طفلان بقصف مدفعي نفذته فصائل الجيش الوطني السوري الموالية لتركيا على قرية قرب عين عيسى.",
     "Syrian National Army", None),
    ("A US drone strike in Al-Qaim killed a commander of the pro-Iran group Kataib Hezbollah, security sources said.",
     "US forces", "Kataib Hezbollah"),
    ("Israeli jets struck a depot of militias loyal to Iran near Boukamal, killing six.", "IDF", "Iran-backed militias"),
    # a state named as a border is geography
    ("A Turkish drone hit a car near the town of Sidakan, close to the borders with Iran and Turkey, killing two people.",
     "Turkish Armed Forces", None),
    ("قصفت مسيرة تركية سيارة قرب بلدة سيدكان القريبة من الحدود مع إيران، ما أدى إلى مقتل شخصين.",
     "Turkish Armed Forces", None),
    # a party that calls on, urges or demands only comments
    ("قصفت الطائرات الحربية التركية سفوح جبل قنديل، فيما تطالب حكومة الإقليم بإبعاد الصراع عن المناطق المأهولة.",
     "Turkish Armed Forces", None),
    ("Turkish warplanes bombed the slopes of Qandil on Monday. The Kurdistan Regional Government urged both sides "
     "to keep the fighting away from villages.", "Turkish Armed Forces", None),
])
def test_a_patron_a_border_or_a_party_that_calls_for_something_is_no_side(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # a clause that runs "since" another time is background
    ("Turkish-backed factions shelled villages near Ain Issa, killing a woman. Fighting between the SDF and the "
     "factions has flared around Ain Issa since Turkey's 2019 offensive.", "Syrian National Army", None),
    ("A US drone strike near Al-Qaim killed two members of Kataib Hezbollah. The Islamic Resistance in Iraq has claimed "
     "more than 165 attacks on US troops near Al-Qaim since mid-October.", "US forces", "Kataib Hezbollah"),
])
def test_a_group_in_a_clause_since_another_time_is_background(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # where the fire came from is who fired
    ("مقتل طفل وإصابة والدته جراء قصف بقذائف الهاون مصدره مواقع قوات النظام على بلدة الشحيل بريف دير الزور.",
     "Syrian army", None),
    ("Mortar shells fired from regime forces' positions hit Al-Shuhayl, killing a child.", "Syrian army", None),
    # an Arabic verb in the plural after its subject (and the ministry's own soldiers wounded: its army is the side
    # struck, the codebook's actor2)
    ("قالت وزارة الدفاع العراقية إن عناصر من داعش استهدفوا نقطة للجيش بقذائف الهاون قرب الرطبة، ما أدى إلى إصابة جنديين.",
     "Islamic State", "Iraqi army"),
])
def test_where_the_fire_came_from_and_whose_strike_it_was_struck(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # "the factions", "the group", "التنظيم", "militia positions": the group of that kind named before
    ("شهدت دير الزور تصعيداً بين القوات الأمريكية والفصائل الموالية لإيران. وأطلقت الفصائل صواريخ على قاعدة حقل "
     "العمر التي تضم قوات أمريكية.", "Iran-backed militias", "US forces"),
    ("Kataib Hezbollah has vowed revenge. On Tuesday the group fired three rockets at a base hosting US forces "
     "near Al-Qaim.", "Kataib Hezbollah", "US forces"),
    # … of its kind: "the factions" are the factions named, not the last group ("the SDF said")
    ("Turkish-backed factions shelled a village near Ain Issa, killing a woman, the Syrian Democratic Forces said. "
     "In a statement, the SDF said the factions had fired more than 40 shells at the village.",
     "Syrian National Army", None),
    ("Iran-backed militias have expanded their presence in Boukamal. Unidentified aircraft struck militia positions "
     "near Boukamal on Friday, killing four.", None, "Iran-backed militias"),
    ("ينشط تنظيم داعش في البادية. وقصفت طائرات التحالف الدولي مواقع للتنظيم قرب هجين، ما أدى إلى مقتل ثلاثة.",
     "US-led coalition", "Islamic State"),
])
def test_a_group_named_again_by_its_kind_is_the_group_named_before(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "A US drone strike in Baghdad's Mashtal district killed a commander of Kataib Hezbollah. In the Anbar desert near "
    "Al-Qaim, another strike on Wednesday destroyed a truck carrying weapons, killing its two occupants.",
    "قتل قيادي في كتائب حزب الله بغارة أمريكية في بغداد. وفي صحراء القائم، استهدفت غارة أخرى شاحنة محملة بالأسلحة.",
    # "also": the forces named before struck again
    "US forces shelled the town of Al-Busayrah with rockets on Saturday, wounding a child. The forces also shelled the "
    "village of Khasham, east of the river, where no casualties were reported.",
])
def test_another_strike_of_the_article_is_by_the_side_that_struck_before(shipped, text):
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [event["actor1"] for event in events] == ["US forces", "US forces"]


def test_an_apposition_is_no_end_of_the_clause_that_runs_since_another_time(shipped):
    # "X, a loose alliance of Y, has claimed 165 attacks … since mid-October": X and Y are background
    text = ("A US drone strike in Baghdad's Mashtal district on Wednesday evening killed a commander of the pro-Iran "
            "group Kataib Hezbollah, security sources said, days after a drone attack killed three American soldiers "
            "in Jordan.\nIn the Anbar desert near Al-Qaim, another strike on Wednesday destroyed a truck carrying "
            "weapons, killing its two occupants, members of Kataib Hezbollah, a PMF official told AFP.\nThe Islamic "
            "Resistance in Iraq, a loose alliance of Iran-backed groups, has claimed more than 165 attacks against US "
            "troops in Iraq and Syria since mid-October.")
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [(event["actor1"], event["actor2"]) for event in events] == [("US forces", "Kataib Hezbollah")] * 2


@pytest.mark.parametrize("text, actor1, actor2", [
    # the adjective before a long aircraft word
    ("Coalition helicopters strike IS cell near Hajin, three militants killed", "US-led coalition", "Islamic State"),
    # "clashes broke out between X and Y": X and Y are the sides, not the aircraft that supported them
    ("Clashes broke out between the SDF and Islamic State cells near Al-Busayrah in conjunction with coalition "
     "airstrikes, leaving three militants dead.", "Syrian Democratic Forces", "Islamic State"),
])
def test_aircraft_adjectives_and_clashes_that_broke_out_between_two_sides(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # "IS" in capitals is the group, alone too; "is" the verb is no actor
    ("IS shells kill 7 civilians in Deir ez-Zor", "Islamic State", None),
    ("Coalition airstrikes kill 8 IS in Raqqa", "US-led coalition", "Islamic State"),
    ("A Turkish drone strike hit a car near Qamishli. The area is often targeted.", "Turkish Armed Forces", None),
])
def test_is_in_capitals_is_the_islamic_state(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # a speaker named with an apposition: what it says follows the apposition (its own loss: the side struck)
    ("A Turkish drone struck a car near the village of Sinuni in the Sinjar district on Tuesday night, killing the "
     "driver. The Sinjar "
     "Resistance Units, a Yazidi group close to the PKK, said in a statement that the dead man was one of its members.",
     "Turkish Armed Forces", "Sinjar Resistance Units"),
])
def test_a_speaker_speaks_after_its_apposition(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # an apposition or a relative clause describes the name before it: the names in it are no side
    ("Turkish drone strikes killed a civilian whose car was hit near Qamishli on Tuesday. The SDF, which spearheaded "
     "the fight against the Islamic State group with US backing, said the strikes also hit power stations.",
     "Turkish Armed Forces", None),
    # a patron named before "-backed"; quotes are no words; an actor's aircraft named after it
    ("Israeli jets hit positions of IRGC-backed militias near Abu Kamal, dozens of casualties", "IDF",
     "Iran-backed militias"),
    ('Turkish security forces have "neutralized" seven PKK terrorists in air operations in the Gara region.',
     "Turkish Armed Forces", "PKK"),
    ("Turkish occupation drone targets car in Tirbespî countryside, two civilians martyred", "Turkish Armed Forces", None),
])
def test_descriptions_quotes_and_an_actors_aircraft(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text, actor1, actor2", [
    # the side that holds the place struck is no side struck
    ("ذكر المرصد السوري أن قوات النظام قصفت بقذائف الهاون بلدة ذيبان بريف دير الزور الشرقي، الخاضعة لسيطرة قوات سوريا "
     "الديمقراطية، ما أدى إلى إصابة امرأة وطفلها.", "Syrian army", None),
    # a ministry that announces it "neutralised" struck
    ('أعلنت وزارة الدفاع التركية، اليوم الثلاثاء، "تحييد" تسعة من عناصر حزب العمال الكردستاني في غارات جوية على منطقة متينا.',
     "Turkish Armed Forces", "PKK"),
    # the Turkish-backed factions named by Ankara
    ("رصد المرصد قصفاً صاروخياً نفذته الفصائل الموالية لأنقرة على أطراف مدينة الدرباسية، ما أسفر عن أضرار مادية.",
     "Syrian National Army", None),
])
def test_the_holder_of_the_place_is_no_side_and_a_ministry_that_neutralised_struck(
        shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


def test_a_sentence_that_opens_with_a_hyphenated_name_has_no_dateline(shipped):
    # "A US-" is no "BAGHDAD -": the coalition named there struck
    assert sides("A US-led coalition drone strike killed two Islamic State members near Hajin on Tuesday.",
                 shipped) == ("US-led coalition", "Islamic State")


def test_a_separate_incident_of_another_kind_keeps_its_own_unknown_striker(shipped):
    text = ("A US-led coalition drone strike killed an Islamic State official near the town of Al-Busayrah on Tuesday, "
            "the Syrian Observatory for Human Rights said. In a separate incident, a roadside bomb hit an SDF patrol "
            "near Hajin, killing and injuring five fighters, the monitor said.")
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert {event["location"]: event["actor1"] for event in events} == {"Al-Busayrah": "US-led coalition", "Hajin": None}


@pytest.mark.parametrize("text", [
    # what a side says its operations target is a standing claim, no side of this strike
    "A Turkish drone strike on a farm near the town of Sidakan killed a man and his wife on Tuesday, the town's mayor "
    "said. Turkey says its operations target only fighters of the Kurdistan Workers' Party.",
    "قتل رجل وزوجته بقصف مسيرة تركية استهدف مزرعة قرب بلدة سيدكان. وتقول أنقرة إن عملياتها العسكرية في المنطقة "
    "تستهدف مقاتلي حزب العمال الكردستاني فقط.",
])
def test_what_a_side_says_its_operations_target_is_no_side_of_the_strike(shipped, text):
    assert sides(text, shipped) == ("Turkish Armed Forces", None)


@pytest.mark.parametrize("text", [
    "On 16 March 2024, the Turkish MoD said its aircraft had neutralised seven PKK militants in air strikes on the "
    "Hakurk region (Erbil).",
    "On 19 April 2024, the Turkish Ministry of National Defence reported that its aircraft had destroyed 12 PKK "
    "targets in the Metina region (Duhok).",
])
def test_the_ministry_that_reports_its_own_aircraft_names_the_side_that_struck(shipped, text):
    """ACLED's notes name Ankara's ministry as "the Turkish MoD": its own aircraft struck (the PKK)."""
    assert sides(text, shipped) == ("Turkish Armed Forces", "PKK")


@pytest.mark.parametrize("text", [
    "هجوم بطائرة مسيرة مفخخة استهدف قاعدة حرير التي تضم قوات أمريكية في محافظة أربيل، دون وقوع إصابات",
    "A drone attack targeted Harir air base in Erbil province late on Tuesday, causing no casualties, the "
    "Kurdistan Region's counter-terrorism directorate said. US forces are stationed at the base.",
])
def test_the_garrison_of_the_base_struck_is_the_side_struck(shipped, text):
    """A base "that houses" US forces ("التي تضم قوات أمريكية"), or where they "are stationed": they were
    struck, not the striker (the drone's owner is unknown)."""
    assert sides(text, shipped) == (None, "US forces")


@pytest.mark.parametrize("text, actor1, actor2", [
    # the toll's noun names the side hit: "مقتل ٣ دواعش" (IS members), not who struck
    ("مقتل ٣ دواعش بضربة جوية للقوة الجوية العراقية قرب حديثة", "Iraqi Air Force", "Islamic State"),
    # the Iraqi "vehicle" (عجلة) of a group is the group hit, and YBŞ as local posts write it
    ("طيارة مسيّرة ضربت عجلة لليبشة بقضاء سنجار، استشهاد ٣ من المقاتلين", None, "Sinjar Resistance Units"),
    ("مسيرة تركية تستهدف مقرا لليبشة في سنجار", "Turkish Armed Forces", "Sinjar Resistance Units"),
])
def test_local_posts_name_the_side_hit_by_its_toll_its_vehicle_and_its_dialect_name(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "Rockets hit Ain al-Asad base; U.S. strikes back at militia in Al-Qaim\nSeveral rockets struck Ain al-Asad air "
    "base in western Iraq on Monday, causing minor injuries to several U.S. personnel. There were no deaths. The "
    "Islamic Resistance in Iraq claimed the attack in a statement on Telegram. Hours later, U.S. forces struck a "
    "Kataib Hezbollah facility in Al-Qaim, killing five members of the group.",
])
def test_a_sentence_without_a_place_is_about_the_strike_reported_just_before_it(shipped, text):
    """A headline that names both strikes opens both: "X claimed the attack" after the first strike's
    sentences claims the first strike, not the one the article reports next."""
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [(event["location"], event["actor1"]) for event in events] == [
        ("Al-Asad Air Base", "Islamic Resistance in Iraq"), ("Al-Qaim", "US forces")]


@pytest.mark.parametrize("text, actor1, actor2", [
    ("U.S. jets pounded two positions held by Iran-backed militias in Mayadin overnight, killing nine fighters.",
     "US forces", "Iran-backed militias"),
    ("A U.S. drone strike hit a car near Al-Qaim, killing two members of Kataib Hezbollah.", "US forces",
     "Kataib Hezbollah"),
])
def test_a_state_abbreviated_with_full_stops_before_a_strike_word_struck(shipped, text, actor1, actor2):
    assert sides(text, shipped) == (actor1, actor2)


def test_a_headline_shared_by_two_strikes_yields_to_each_strikes_own_striker(shipped):
    """"U.S. strikes back in Al-Qaim" is the second strike's striker: the first's own sentences name its own."""
    text = ("Rockets hit Ain al-Asad base; Turkish jets strike back at PKK in Al-Qaim\nSeveral rockets struck Ain "
            "al-Asad air base in western Iraq on Monday. The Islamic Resistance in Iraq claimed the attack in a "
            "statement. Hours later, U.S. forces struck a Kataib Hezbollah facility in Al-Qaim, killing five members "
            "of the group.")
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [(event["location"], event["actor1"]) for event in events] == [
        ("Al-Asad Air Base", "Islamic Resistance in Iraq"), ("Al-Qaim", "US forces")]


@pytest.mark.parametrize("text", [
    "The Iraqi air force targeted two Islamic State hideouts in Anbar on Tuesday, killing seven militants. The first "
    "strike hit a cave near Akashat, killing four, while the second destroyed a tunnel complex near Anah, killing three.",
])
def test_the_strikes_a_round_up_breaks_down_struck_the_side_the_round_up_names(shipped, text):
    """Each strike of the breakdown names no side: the round-up's "targeted two Islamic State hideouts" does."""
    events = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert [(event["location"], event["actor1"], event["actor2"]) for event in events] == [
        ("Akashat", "Iraqi Air Force", "Islamic State"), ("Anah", "Iraqi Air Force", "Islamic State")]


@pytest.mark.parametrize("text, actor1", [
    ("Iraqi helicopters strike IS cell near Rutba\nIraqi army helicopters struck an Islamic State hideout in the "
     "desert south of Rutba on Tuesday, killing four militants.", "Iraqi army"),
    ("غارات عراقية تقتل عناصر من داعش قرب الحضر\nنفذت طائرات القوة الجوية العراقية ثلاث غارات على أوكار لعصابات داعش "
     "في صحراء الحضر، ما أسفر عن مقتل أربعة إرهابيين.", "Iraqi Air Force"),
])
def test_a_state_adjective_yields_to_the_force_of_that_state_the_report_names(shipped, text, actor1):
    """The headline's adjective names only the state; the body names which of its forces struck."""
    assert sides(text, shipped) == (actor1, "Islamic State")


def test_a_claim_whose_verb_comes_before_the_quoted_name_names_the_striker(shipped):
    """"وتبنت «X» الهجوم": X struck, not the state whose adjective the headline gives the other strike."""
    text = ("قصف صاروخي يستهدف قاعدة عين الأسد وغارات أميركية على القائم\nتعرضت قاعدة عين الأسد الجوية في محافظة الأنبار "
            "لقصف صاروخي. وتبنت «المقاومة الإسلامية في العراق» الهجوم في بيان.")
    (first, _) = analyse(text, "2024-03-06T10:00:00Z", shipped).events
    assert (first["location"], first["actor1"]) == ("Al-Asad Air Base", "Islamic Resistance in Iraq")


def test_a_quoted_name_after_the_words_that_say_it_was_struck_is_the_side_struck(shipped):
    """'مواقع لخلايا «داعش»': the quote is no word between the name and what says it was struck."""
    text = ("شن الطيران الحربي الروسي غارات جوية على مواقع لخلايا «داعش» في بادية الميادين. وتنفذ خلايا التنظيم هجمات "
            "متكررة على قوات النظام.")
    assert sides(text, shipped) == ("Russian forces", "Islamic State")


def test_the_party_an_appeal_is_addressed_to_is_no_side(shipped):
    text = ("Turkish artillery shelled the town of Amuda on Friday. The shelling also hit the outskirts of Amuda, where "
            "a farmer was wounded. The Autonomous Administration called on the United Nations and the U.S.-led "
            "coalition to take a clear position on the attacks.")
    assert sides(text, shipped) == ("Turkish Armed Forces", None)


@pytest.mark.parametrize("text", [
    "On 25 April 2024, Iraqi Army Aviation struck an IS cell in Wadi Horan, south of Rawa (Anbar), killing five militants.",
    "قصف طيران الجيش العراقي وكراً لعناصر داعش في وادي حوران جنوب راوة، ما أسفر عن مقتل خمسة منهم.",
])
def test_the_army_s_own_aviation_is_the_army(shipped, text):
    """Iraq's Army Aviation Command flies the army's helicopters: ACLED's notes code it as the army, not the air force."""
    assert sides(text, shipped) == ("Iraqi army", "Islamic State")


def test_the_us_personnel_a_strike_injured_written_with_full_stops_were_struck(shipped):
    text = ("Several rockets struck Ain al-Asad air base in western Iraq on Monday, causing minor injuries to several "
            "U.S. personnel. The Islamic Resistance in Iraq claimed the attack.")
    assert sides(text, shipped) == ("Islamic Resistance in Iraq", "US forces")


def test_a_party_that_has_not_commented_is_no_side(shipped):
    """'ولم تعلق X على الضربة' (the verb before its subject): X neither struck nor was struck."""
    text = ("طال قصف صاروخي أطراف بلدة عين عيسى بريف الرقة الشمالي، ما أدى إلى إصابة طفلين بجروح. ولم تعلق وزارة الدفاع "
            "التركية على الضربة حتى لحظة تحرير هذا الخبر.")
    assert sides(text, shipped) == (None, None)
