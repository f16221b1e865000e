"""Kinds of Arabic full news article the coder missed on tests/fixtures/matching/articles_heldout_news9ar.yaml
(bench/coding.py), each a rule with sentences of our own wording of that kind, not a fixture case."""

from __future__ import annotations

import pytest

from monitor.text import analyse
from conftest import facts, locations


def test_the_town_of_the_hospital_named_before_it_is_no_strike_place(shipped):
    """"نُقلوا إلى مستشفى الشهيد خبات في مدينة الحسكة": the hospital's own name, then its town, is where the wounded
    were taken (as "نقلوا إلى مشفى مدينة الرقة"), not a second struck place."""
    text = ("أصيب ثلاثة مدنيين، صباح الأحد، بقصف طائرة مسيّرة تركية استهدف منزلاً في قرية كرسي شمالي جبل سنجار، "
            "ونُقل المصابون إلى مستشفى الشهيد آزاد في مدينة دهوك.")
    assert locations(text, shipped, published="2025-11-30") == ["Karsi"]


@pytest.mark.parametrize("text", [
    # a party named with a word that is also a place (Baghdad's Hurriyah), and the signatories of an agreement
    "استهدفت طائرات مسيّرة، فجر الثلاثاء، مقراً في بلدة قوشتبة، ما أسفر عن إصابة حارسين.\n"
    "من جانبه، قال المتحدث باسم حزب الحرية الكردستاني، هاوري أحمد، إن «الهجوم استهدف مقراً يقيم فيه لاجئون».\n"
    "ويعد الهجوم الأول من نوعه منذ أشهر، بعد توقيع بغداد وطهران اتفاقاً أمنياً.",
    # the government by its capital, where the fire came from
    "أصيب طفلان، الثلاثاء، بقصف مدفعي استهدف بلدة قوشتبة، وقال مسؤول محلي إن القصف انطلق من مواقع فصائل دمشق "
    "في بلدتي الميادين والبوليل.",
    # the capital as a party to talks
    "أصيب طفلان، الثلاثاء، بقصف مدفعي استهدف بلدة قوشتبة، في ظل تعثر المفاوضات بين «قسد» ودمشق حول دمج المؤسسات.",
])
def test_a_name_of_a_party_or_a_government_is_no_place(shipped, text):
    """"المتحدث باسم حزب الحرية", "مواقع فصائل دمشق في بلدتي الميادين", "المفاوضات بين «قسد» ودمشق", "توقيع بغداد
    وطهران اتفاقاً": a party's name, a government's forces by its capital, where fire came from ("انطلق من مواقع X
    في"), and a party to talks or an agreement are no struck places: the strike is at the town alone."""
    assert locations(text, shipped, published="2025-11-25") == ["Qushtepe"]


def test_an_outlet_named_after_a_city_is_no_place(shipped):
    """"بغداد اليوم - دهوك:", "لـ"بغداد اليوم"": an outlet named after its city, in its dateline or quoted, is no
    struck place."""
    text = ('بغداد اليوم - دهوك: تعرضت أطراف قرية بيكوفا لقصف مدفعي تركي، مساء الخميس، دون خسائر بشرية، '
            'بحسب ما أفاد مصدر محلي لـ"بغداد اليوم".')
    assert locations(text, shipped, published="2025-11-28") == ["Bayguwah"]


def test_the_town_of_an_official_source_is_no_strike_place(shipped):
    """"وأفاد مصدر أمني في قضاء حديثة بأن …": an official source is placed where it speaks from, not where the
    strike was."""
    text = ("قُتل ثلاثة إرهابيين بضربة جوية استهدفت وكراً قرب ناحية البغدادي، وقال مصدر أمني في قضاء حديثة إن "
            "القتلى كانوا يخططون لاستهداف الرعاة.")
    assert locations(text, shipped, published="2025-11-28") == ["Khan al-Baghdadi"]


def test_an_island_named_after_a_town_is_its_area(shipped):
    """"جزيرة البغدادي", "منطقة جزيرة حديثة": the desert or river island named after a town is that town's area, at
    precision 2 (a name that is also a surname needs the place word)."""
    text = "دمرت ضربة جوية للقوة الجوية العراقية، مساء السبت، نفقاً لداعش في منطقة جزيرة البغدادي التابعة لقضاء هيت."
    assert facts(text, shipped, "location", "geo_precision", published="2025-11-30") == [("Khan al-Baghdadi", 2)]


def test_a_speaker_of_the_shelling_did_not_shell(shipped):
    """"وقالت الأسايش في بيان إن القصف انطلق من مواقع فصائل دمشق": the shelling named as the subject of what a side
    says is the reported shelling, not its claim ("أعلنت X قصف"); nor is the side's other name in brackets any more
    than the name ("قوى الأمن الداخلي (الأسايش)")."""
    text = ("سقطت ثلاث قذائف هاون، مساء الاثنين، على أراضٍ زراعية في بلدة جديد عكيدات بريف دير الزور، دون إصابات. "
            "وقالت قوى الأمن الداخلي (الأسايش) في بيان، إن القصف «انطلق من مواقع فصائل دمشق في مدينة الميادين».")
    assert facts(text, shipped, "actor1", published="2025-11-25") == [(None,)]


def test_a_faction_joined_to_the_striker_struck_with_it(shipped):
    """'عنب بلدي – الرقة: قصفت القوات التركية وفصائل "الجيش الوطني السوري" …': the side joined by "وفصائل" to the
    subject of the opening verb struck with it (the dateline before the verb does not hide it), it is not the side
    struck."""
    text = ('عنب بلدي – الرقة: قصفت القوات التركية وفصائل "الجيش الوطني السوري" المدعومة منها، الثلاثاء، '
            'قرية عين العروس شمالي الرقة، دون تسجيل إصابات.')
    assert facts(text, shipped, "actor1", "actor2", published="2025-11-26") == [("Turkish Armed Forces", None)]


def test_the_holder_named_again_in_brackets_is_not_struck(shipped):
    """"الخاضعة لسيطرة «قوات سوريا الديمقراطية» (قسد)": who holds the place struck, named again in brackets, is
    still no side struck."""
    text = ("قُتل شاب، مساء الأحد، إثر استهداف طائرة مسيّرة مجهولة سيارته في مدينة الشدادي جنوبي الحسكة، "
            "الخاضعة لسيطرة «قوات سوريا الديمقراطية» (قسد).")
    assert facts(text, shipped, "actor2", published="2025-11-24") == [(None,)]


def test_killed_in_it_counts_the_dead(shipped):
    """"وقُتل فيها ثلاثة أشخاص", "قتل فيه شخص واحد": the strike the dead were killed in, after the verb, does not
    hide the count."""
    text = "استهدفت غارة لطائرة مسيّرة، فجر الجمعة، منزلاً في بلدة الصبحة بريف دير الزور، وقُتل فيها ثلاثة أشخاص."
    assert facts(text, shipped, "fatalities", published="2025-11-28") == [(3,)]


def test_nobody_hurt_is_a_toll_of_none(shipped):
    """"ولم يصب أحد بأذى": nobody hurt, neither dead nor injured (the codebook's 0 and 0)."""
    text = ("سقطت أربع قذائف مدفعية تركية، عصر الأربعاء، قرب قرية بيكوفا في قضاء زاخو، وقال مختار القرية إن "
            "«الأهالي كانوا في منازلهم ولم يصب أحد بأذى».")
    assert facts(text, shipped, "fatalities", "injured", published="2025-11-26") == [(0, 0)]


def test_what_the_strike_came_after_is_background(shipped):
    """"ويأتي ذلك بعد أيام من هجوم شنته خلية للتنظيم على حاجز …، قُتل فيه أربعة": what the strike came days after is
    an earlier incident, whose dead are not the strike's."""
    text = ("قُتل عنصران من تنظيم الدولة، ليل السبت، بضربة للتحالف الدولي في بادية مركدة جنوبي الحسكة. "
            "ويأتي ذلك بعد أيام من هجوم شنته خلية للتنظيم على حاجز لـ«قسد» في ريف مركدة، أسفر عن مقتل أربعة من عناصرها.")
    assert facts(text, shipped, "fatalities", published="2025-11-23") == [(2,)]


def test_firing_practice_reports_no_strike(shipped):
    """"نفذت مروحيات رمايات بالصواريخ", "انفجارات ناجمة عن رمايات": firing practice is an exercise, whose weapons
    fire at no one."""
    text = "نفذت مروحيات من طراز «أباتشي» و«بلاك هوك» رمايات بالصواريخ قرب بلدة الشدادي، صباح الخميس."
    assert not analyse(text, "2025-11-20", shipped).is_strike_report


def test_a_drone_bombardment_after_a_ground_side_is_an_air_strike(shipped):
    """"مقتل قيادي في وحدات حماية الشعب بقصف مسيّرة تركية": the bombardment's construct names its aircraft; the ground
    side named before it was struck, it did not shell."""
    text = "مقتل قيادي في وحدات حماية الشعب بقصف مسيّرة تركية في مدينة عامودا"
    event = analyse(text, "2025-11-20", shipped).events[0]
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Turkish Armed Forces")


def test_mount_korek_is_its_own_terrain(shipped):
    """"مواقع على جبل كورك المطل على راوندوز": Mount Korek is a curated terrain row (its point from the encyclopedia),
    not Kork, the village by Erbil city 45 km off."""
    text = "قصفت طائرات حربية تركية، ظهر الجمعة، مواقع على جبل كورك المطل على مدينة راوندوز، دون ورود أنباء عن ضحايا."
    assert facts(text, shipped, "location", "geo_precision", published="2025-11-21") == [("Mount Korek", 2)]
