"""Kinds of full news articles (issue 16: every strike of an article as its own event, at its place, with its
toll and sides), after the misses of the article sets tests/fixtures/matching/articles_heldout_news6.yaml,
news7ar/news7en and news8ar/news8en (cases looked at are named in each test's comment).

Our own sentences, none of those sets': each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

from functools import partial

from monitor.text import analyse
import conftest
from conftest import TOLLS


PUBLISHED = "2025-11-12T10:00:00Z"   # articles of the same day
facts = partial(conftest.facts, published=PUBLISHED)
locations = partial(conftest.locations, published=PUBLISHED)

# two strikes of a day in Duhok, the first killing two, the second wounding three (the next two kinds' articles)
_TWO_STRIKES = ("استهدفت طائرة مسيّرة تركية، الأحد، عجلة قرب ناحية شيلادزي في قضاء العمادية، ما أسفر عن مقتل شخصين كانا "
                "على متنها.\n"
                "وبعد ساعات، استهدفت مسيّرة ثانية عجلة أخرى عند أطراف ناحية باطوفة التابعة لقضاء زاخو، ما أسفر عن إصابة "
                "ثلاثة أشخاص.")


def test_a_sub_district_label_yields_to_no_town_named_only_in_the_background(shipped):
    # (news6 nx16) "ناحية X التابعة لقضاء Y في محافظة Z": the sub-district X is the strike's area; a town of Z that
    # only the background names (Zakho's protests) makes no finer place the label should yield to
    text = ("قصف تركي يصيب راعياً في كاني ماسي\n"
            "أصيب راع بجروح، مساء الأحد، جراء قصف مدفعي تركي استهدف أطراف ناحية كاني ماسي التابعة لقضاء العمادية في "
            "محافظة دهوك، بحسب مصدر محلي.\n"
            "وقال المصدر إن القذائف سقطت قرب مراع يرتادها الرعاة صيفاً.\n"
            "وشهدت مدينة زاخو الشهر الماضي احتجاجات على القصف المتكرر.")
    assert locations(text, shipped) == ["Ain Nuni"]


def test_a_person_named_with_his_nisba_is_no_town(shipped):
    # (news8en n8e16: "killed Hamza al-Ubaidi") a given name before a name with its article is a person's nisba
    text = ("A US drone strike killed Abdullah al-Ubaidi, an Islamic State financier, near the town of Al-Busayrah in "
            "Deir ez-Zor on Tuesday, the coalition said.")
    assert locations(text, shipped) == ["Al-Busayrah"]


def test_a_place_named_with_its_article_after_a_preposition_stays_a_place(shipped):
    text = ("A US drone strike killed two Islamic State members near the town of Al-Busayrah in Deir ez-Zor on "
            "Tuesday, the coalition said. A day earlier a drone hit a car near al-Ubaidi, killing one.")
    assert "Al-Ubaydi" in locations(text, shipped)


def test_a_statements_terrorists_are_the_group_it_named_so_and_the_side_struck(shipped):
    # (news8ar nb06, news7ar na06: "وكراً للإرهابيين", "مقتل أربعة إرهابيين") the bare "terrorists" of an Iraqi
    # statement are the Islamic State the article named before
    text = ("ضربة جوية عراقية في صحراء الرطبة\n"
            "تواصل القوات الأمنية العراقية منذ أشهر ملاحقة فلول تنظيم داعش في صحراء الأنبار الغربية.\n"
            "ونفذت طائرات القوة الجوية العراقية، مساء السبت، ضربة جوية استهدفت وكراً للإرهابيين في صحراء الرطبة، ما "
            "أسفر عن مقتل ثلاثة إرهابيين، بحسب بيان لخلية الإعلام الأمني.")
    [event] = analyse(text, "2025-11-30T10:00:00Z", shipped).events
    assert (event["actor1"], event["actor2"]) == ("Iraqi Air Force", "Islamic State")


def test_a_statement_naming_strikes_by_their_order_gives_each_its_toll(shipped):
    # (news8en n8e16) "the first strike … killed one", "The second strike … killed two" are the strikes the residents
    # place as "the first strike hit … near X" and "The second airstrike hit … Y", not a summary of both
    text = ("US strikes kill three Islamic State members in Syria\n"
            "WASHINGTON (Reuters) - U.S. forces carried out two strikes in eastern Syria this week, killing three members "
            "of Islamic State, the military said on Friday.\n"
            "U.S. Central Command said the first strike, on Tuesday, killed one ISIS operative who had planned attacks "
            "on partner forces.\n"
            "The second strike, on Wednesday, killed two ISIS operatives, it said.\n"
            "Residents said the first strike hit a motorcycle near the town of Al-Busayrah in Deir ez-Zor.\n"
            "The second airstrike hit a farmhouse in the village of Hasrat, in Deir ez-Zor's eastern countryside, they said.")
    events = analyse(text, "2025-11-28T18:00:00Z", shipped).events
    assert [(e["location"], e["event_date"], e["fatalities"]) for e in events] == [
        ("Al-Busayrah", "2025-11-25", 1), ("Hasrat", "2025-11-26", 2)]


def test_a_state_force_telling_what_a_strike_killed_struck(shipped):
    # (news8en n8e16: "U.S. Central Command said in a statement that the first strike … killed") a state's forces
    # reporting the toll of another side claim the strike; reporting their own loss, they are the side struck
    text = ("U.S. Central Command said in a statement that a strike on Sunday killed two ISIS operatives near the town "
            "of Al-Busayrah in Deir ez-Zor.")
    [event] = analyse(text, "2025-12-01T10:00:00Z", shipped).events
    assert (event["actor1"], event["actor2"]) == ("US forces", "Islamic State")


def test_the_dead_named_again_are_no_toll_of_the_next_strike(shipped):
    # (news8ar nb05: "القتيلين في ضربة بورك" beside Rabia's strike) "القتيلين" refers back to the two a strike before
    # killed: the strike that only wounded three, whose sentences it follows, killed nobody said
    text = ("مسيّرات تركية تستهدف عجلتين في دهوك\n" + _TWO_STRIKES +
            "\nوقال مصدر محلي إن القتيلين من سكان المنطقة، وإن الجرحى نُقلوا إلى المستشفى.")
    assert facts(text, shipped, *TOLLS) == [("Shiladiza", 2, None), ("Batufe", None, 3)]


def test_the_dead_named_only_so_are_the_strikes_toll(shipped):
    text = ("A drone struck a car near Sheladize in Amadiya district on Sunday, local officials said.\n"
            "The Kurdistan Workers' Party said the two dead were its members.")
    assert facts(text, shipped, *TOLLS) == [("Shiladiza", 2, None)]


def test_a_headline_counting_two_strikes_gives_its_total_to_neither(shipped):
    # (news8ar nb05: "ضربتان لمسيّرات تركية … تخلفان قتيلين وثلاثة جرحى") the dual counts two strikes: the headline's
    # wounded are the second strike's, not the first's too
    text = "ضربتان لمسيّرات تركية في شيلادزي وباطوفة تخلفان قتيلين وثلاثة جرحى\n" + _TWO_STRIKES
    assert facts(text, shipped, *TOLLS) == [("Shiladiza", 2, None), ("Batufe", None, 3)]


def test_the_owner_of_a_target_is_the_side_struck(shipped):
    # (news8ar nb01: "دمرت 11 هدفاً لمنظمة بي كي كي") "a target of X" was X's: X is struck, the ministry that tells
    # what its jets destroyed struck
    text = ("أعلنت وزارة الدفاع التركية، الأربعاء، أن غارات جوية دمرت هدفاً لمنظمة بي كي كي الإرهابية في منطقة متينا "
            "شمالي العراق.")
    [event] = analyse(text, "2025-11-26T10:00:00Z", shipped).events
    assert (event["actor1"], event["actor2"]) == ("Turkish Armed Forces", "PKK")
