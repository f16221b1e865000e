"""Every strike of a long news article as its own event, with its own toll (issue 16: full news articles).

Our own sentences, in the styles of the blind set tests/fixtures/matching/articles_heldout_news3.yaml
(wire copy and regional outlets): each test names the kind of miss it guards against.
"""

from __future__ import annotations

from functools import partial

import pytest

from monitor.text import analyse
import conftest
from conftest import TOLLS

PUBLISHED = "2025-07-08T10:00:00Z"   # this set's day
facts = partial(conftest.facts, published=PUBLISHED)
locations = partial(conftest.locations, published=PUBLISHED)


def test_a_place_of_another_strike_still_names_the_governorate_a_village_is_looked_up_in(shipped):
    # the second strike's village is looked up in the governorates the text names: Ninewa too (by the first
    # strike's Sinjar), not only the Duhok of the background, where no Khana Sor is
    text = ("A Turkish drone struck a car in Sinjar town on Tuesday, killing two fighters, the mayor of Sinjar "
            "district said. Several hours later, a second drone targeted a house in the village of Khana Sor. "
            "Many Yazidis still live in camps in Duhok province.")
    assert locations(text, shipped) == ["Sinjar", "Khanah Sur"]


def test_strikes_the_article_dates_before_the_lookback_are_earlier_incidents_recalled(shipped):
    # published July 8: June 24 and June 19 are more than matching.event_date_lookback (7 days) before
    text = ("A coalition drone struck a motorcycle in Dhiban on Tuesday, killing two IS members. SOHR also documented "
            "on June 24 the death of three ISIS members in a coalition airstrike near Hajin, and on June 19 a joint SDF "
            "and coalition airdrop operation in Al-Shuhayl.")
    assert facts(text, shipped, *TOLLS) == [("Dhiban", 2, None)]


@pytest.mark.parametrize("text, places", [
    # a strike near a village, then "a second strike shortly afterwards" in the town nearby: two strikes
    ("Unidentified warplanes struck a convoy near the village of Al-Hari on Monday night, killing seven people. "
     "A second strike shortly afterwards hit a warehouse in Boukamal, wounding two guards.", ["Al-Hari", "Boukamal"]),
    # a terrain region, then "later in the day" a town of the same governorate: the region's strike is its own
    ("Turkish warplanes struck PKK positions in the Metina region on Tuesday, killing four fighters. Later in the "
     "day, a Turkish drone struck a pickup truck outside Zakho, wounding two civilians.", ["Metina", "Zakho"]),
    # a time of day opening the sentence: another strike, not the area around the first one's town
    ("A Turkish drone struck a car in Raqqa city on Tuesday, killing a woman and her son. In the evening, a drone "
     "targeted a checkpoint at the western entrance of Tabqa, killing one fighter.", ["Raqqa", "Tabqa"]),
    ("A Turkish drone struck a vehicle near Sidakan on Wednesday, killing two people. Hours earlier, Turkish "
     "artillery shelled the outskirts of several villages in the Bradost area.", ["Sidakan", "Bradost"]),
    ("A U.S. strike hit a Kataib Hezbollah depot in Al-Qaim on Tuesday, killing two members. Earlier on Tuesday, a "
     "drone struck an empty truck parked near Akashat.", ["Al-Qaim", "Akashat"]),
    ("Iraqi jets struck IS hideouts in the desert of Al-Baaj on Tuesday, killing five militants. In a related "
     "development, an army helicopter struck a gathering of militants near Tal Afar, killing two.", ["Al-Baaj", "Tal Afar"]),
    ("نفذت طائرات F-16 ضربات على أوكار داعش في صحراء البعاج، ما أسفر عن مقتل خمسة إرهابيين. وفي سياق متصل، نفذ "
     "طيران الجيش العراقي ضربة على تجمع لعناصر التنظيم قرب مدينة تلعفر، ما أدى إلى مقتل إرهابيين اثنين.",
     ["Al-Baaj", "Tal Afar"]),
])
def test_a_sentence_that_says_it_is_another_strike_is_not_the_strike_around_the_one_before(shipped, text, places):
    assert locations(text, shipped) == places


@pytest.mark.parametrize("text, killed", [
    # the first figure from one source, the revision from another: the revision is the toll, not the lower figure
    ("A drone struck a car near Hajin on Tuesday, killing two IS members, Deir Ezzor 24 reported. The Syrian "
     "Observatory for Human Rights later said the death toll had risen to four.", 4),
    ("أعلنت خلية الإعلام الأمني أن طائرات F-16 نفذت ضربات على أوكار داعش في صحراء البعاج، ما أسفر عن مقتل خمسة "
     "إرهابيين. وأكد مصدر أمني لشفق نيوز أن حصيلة القتلى ارتفعت إلى سبعة بعد العثور على جثتين.", 7),
])
def test_a_toll_revised_later_in_the_text_is_the_strikes_toll_whoever_gave_the_first(shipped, text, killed):
    assert facts(text, shipped, "fatalities") == [(killed,)]


def test_where_the_correspondent_writes_from_is_no_strikes_place(shipped):
    text = ("قتل قياديان في تنظيم الدولة بغارة للتحالف على منزل في بلدة الشحيل. وقال مراسل عنب بلدي في دير الزور إن "
            "الغارة استهدفت منزلاً في الحي الشمالي من البلدة، وأسفرت عن مقتل شخص ثالث.")
    assert locations(text, shipped) == ["Al-Shuhayl"]


@pytest.mark.parametrize("text", [
    # a funeral of a strike's victims (the verb in the present and plural)
    "المئات يشيعون ضحايا القصف التركي على مدينة عامودا",
    # an appeal to stop attacks
    "دعت الأمم المتحدة جميع الأطراف إلى وقف الهجمات بالطائرات المسيرة على محافظة دهوك",
    "The UN urged Turkey to stop strikes on Qamishli's power stations.",
    # a season past, a span of years: another time than the news
    "When a Turkish drone hit a grain silo near Qamishli last autumn, farmers lost a season's harvest.",
    "شهدت المنطقة الممتدة بين الميادين والبوكمال أكثر من 150 ضربة جوية بين عامي 2018 و2024.",
])
def test_a_funeral_an_appeal_or_strikes_of_another_time_are_no_strike_report(shipped, text):
    coding = analyse(text, "2025-07-08T10:00:00Z", shipped)
    assert not coding.is_strike_report


@pytest.mark.parametrize("text, events", [
    # a headline of two strikes, the second clause opened by its own event word after "و": its toll is its own
    ("صاروخان يسقطان داخل قاعدة عين الأسد وضربة مسيرة تقتل ثلاثة من كتائب حزب الله قرب القائم\n"
     "أفاد مصدر أمني بسقوط صاروخين داخل قاعدة عين الأسد الجوية، دون تسجيل خسائر بشرية. وبعد ساعات، استهدفت طائرة "
     "مسيرة مخزناً للأسلحة قرب مدينة القائم، ما أسفر عن مقتل ثلاثة من عناصر الكتائب.",
     [("Al-Asad Air Base", 0, 0), ("Al-Qaim", 3, None)]),
    ("قصف تركي على منطقة زاب ومسيرة تقتل ثلاثة أشخاص قرب زاخو\n"
     "قصفت طائرات حربية تركية اليوم مواقع في منطقة زاب، دون ورود معلومات عن ضحايا. وفي تطور آخر، استهدفت طائرة "
     "مسيرة تركية عجلة قرب زاخو، ما أدى إلى مقتل ثلاثة أشخاص.", [("Zap", None, None), ("Zakho", 3, None)]),
    # the second clause opened by its toll before its event word
    ("مقتل امرأة وطفليها بقصف مسيرة تركية على منزل في ديرك وإصابة ثلاثة مدنيين بقصف على عين عيسى\n"
     "قتلت امرأة وطفلاها اليوم جراء استهداف طائرة مسيرة تركية منزلاً في مدينة ديرك. وفي ريف الرقة الشمالي، قصفت "
     "فصائل الجيش الوطني بقذائف الهاون أطراف بلدة عين عيسى.", [("Al-Malikiyah", 3, None), ("Ain Issa", None, 3)]),
])
def test_a_headline_of_two_strikes_gives_each_the_toll_of_its_own_clause(shipped, text, events):
    assert facts(text, shipped, *TOLLS) == events


@pytest.mark.parametrize("text, places", [
    # "الفرقة" (the division) is no proclitic "ف" before Raqqa's "رقة": a proclitic comes before the article
    ("قصفت مدفعية الفرقة السابعة في الجيش العراقي وكراً لداعش في جزيرة راوة.", ["Rawa"]),
    ("قتل أربعة عناصر من داعش بقصف مدفعي في جزيرة راوة. وقالت الفرقة السابعة إنها قصفت الوكر بعد رصد تحركات.",
     ["Rawa"]),
    # where the wounded were taken is no strike's place
    ("وفي ريف الرقة الشمالي، قصفت فصائل الجيش الوطني أطراف بلدة عين عيسى، ما أدى إلى إصابة ثلاثة مدنيين نقلوا إلى "
     "مشفى مدينة الرقة لتلقي العلاج.", ["Ain Issa"]),
    ("In the northern Raqqa countryside, artillery shelled the outskirts of Ain Issa, wounding three civilians who "
     "were rushed to a hospital in Raqqa city.", ["Ain Issa"]),
])
def test_a_word_holding_a_places_letters_and_where_the_wounded_were_taken_are_no_strikes_place(shipped, text, places):
    assert locations(text, shipped) == places


def test_what_a_strike_came_days_after_is_no_strike_of_the_article(shipped):
    text = ("A U.S. strike hit a Kataib Hezbollah facility in Al-Qaim on Tuesday, killing three members. The strike "
            "came three days after a drone attack on Ain al-Asad air base in western Anbar, which caused minor damage.")
    assert locations(text, shipped) == ["Al-Qaim"]
