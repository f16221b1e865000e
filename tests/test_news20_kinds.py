"""Kinds of full news articles the blind set tests/fixtures/matching/articles_heldout_news20.yaml measures (issue 16:
every strike of a full news article its own event, at its own place and day, no extra event): a condemnation that
counts the strike's dead, the day a statement was made or a report filed, a headline's town over a village of its
surroundings, …

Our own sentences, none of that set's: each test names the kind of sentence its rule codes.
"""

from __future__ import annotations

import pytest

from conftest import facts
from monitor.text import analyse


def coded(text: str, lexicon, *keys: str) -> list[tuple]:
    """[the *keys* of each event] of *text*, published early December."""
    return facts(text, lexicon, *keys, published="2026-12-02T10:00:00Z")


@pytest.mark.parametrize("text, place", [
    ("KRG condemns Turkish drone strike that killed three shepherds near Zakho\n"
     "ERBIL - The Kurdistan Regional Government on Tuesday condemned a Turkish drone strike that killed three shepherds "
     "near the village of Cham Mishkaw in the Zakho district, calling it a violation of the Kurdistan Region's "
     "sovereignty.", "Cham Mishkaw"),
    ("حكومة الإقليم تدين قصفاً تركياً أودى بحياة مزارعَين في العمادية\n"
     "أدانت حكومة إقليم كوردستان، اليوم الثلاثاء، القصف التركي الذي استهدف قرية بوطية التابعة لقضاء العمادية، والذي أسفر "
     "عن مقتل مزارعَين اثنين.", "Butya"),
    ("مسد يدين استهداف مسيّرة تركية لمقاتلين في ريف قامشلو\n"
     "قامشلو - هاوار\n"
     "أدان مجلس سوريا الديمقراطية، اليوم الثلاثاء، استهداف مسيّرة تركية سيارة قرب قرية حيمو غربي قامشلو، ما أدى إلى مقتل "
     "مقاتلين اثنين وإصابة ثالث.", "Himu"),
])
def test_a_condemnation_that_counts_the_dead_reports_the_strike(shipped, text, place):
    """A party's or the UN's condemnation of a strike that names its place and counts its dead ("condemned a drone
    strike that killed three shepherds near the village of X", "أدانت … القصف الذي استهدف قرية X … وأسفر عن مقتل"), in its
    headline or in the lead under it: a report of that strike, as ACLED codes a strike from any source that places it
    and counts its victims, not a reaction to a strike of days before."""
    coding = analyse(text, "2026-12-02T10:00:00Z", shipped)
    assert coding.is_strike_report
    assert [event["location"] for event in coding.events] == [place]


@pytest.mark.parametrize("text", [
    "The Kurdistan Regional Government condemned last week's Turkish bombardment of villages in the Amedi district and "
    "called on Ankara to respect the Kurdistan Region's sovereignty.",
    "أدانت الإدارة الذاتية القصف التركي الذي طال قبل أيام قرى ريف ديرك، وطالبت التحالف الدولي بموقف واضح.",
])
def test_a_condemnation_that_counts_no_dead_stays_a_reaction(shipped, text):
    """A condemnation that names the strike but counts no victim ("condemned last week's bombardment of villages"):
    a reaction to it, no report of it."""
    assert not analyse(text, "2026-12-02T10:00:00Z", shipped).is_strike_report


@pytest.mark.parametrize("text, day", [
    ("The UN mission on Tuesday condemned a drone strike that killed two farmers near the village of Cham Mishkaw in "
     "the Zakho district.\n"
     "Local officials said the drone struck the two men in their field on Monday evening.", "2026-11-30"),
    ("ERBIL, Dec 2 — A Turkish drone struck a car near the village of Cham Mishkaw in the Zakho district, killing two "
     "men, local officials said.\n"
     "The strike happened on Monday afternoon, the officials said.", "2026-11-30"),
])
def test_the_day_a_statement_was_made_or_filed_is_not_the_strikes(shipped, text, day):
    """The day between a speaker and its verb ("The UN mission on Tuesday condemned a drone strike …") and a
    dateline's day ("ERBIL, Dec 2 — …": the day the report was filed) name no day of the strike, which a later
    sentence does ("on Monday evening"): one strike, on that day."""
    assert coded(text, shipped, "location", "event_date") == [("Cham Mishkaw", day)]


@pytest.mark.parametrize("text, place", [
    ("Turkish air strike kills three farmers in Soran\n"
     "ERBIL, Kurdistan Region (Rudaw) - A Turkish drone struck a house in Balkiyan, a village of the Soran district, on "
     "Monday evening, killing three farmers, the district's mayor said.", "Balkiyan"),
    ("قصف تركي يقتل ثلاثة مزارعين في سوران\n"
     "أربيل - قصفت طائرات حربية تركية، مساء أمس، قرية جنديان التابعة لقضاء سوران، ما أسفر عن مقتل ثلاثة "
     "مزارعين.", "Cundiyan"),
])
def test_a_headlines_town_over_a_village_of_its_surroundings_is_the_villages(shipped, text, place):
    """A headline naming a district's seat ("… kills three farmers in Soran") over a body that names a village of
    that district a few kilometres from the seat: one strike, at the village (ACLED's most specific place), however
    near the town, as it is when the village lies farther off."""
    assert [location for (location,) in coded(text, shipped, "location")] == [place]


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a shepherd near the village of Cham Mishkaw in the Zakho district on Tuesday, killing him.\n"
    "Around thirty sheep were also killed, villagers said.",
    "A Turkish drone strike killed a herder near the village of Cham Mishkaw in the Zakho district on Tuesday. "
    "The strike also killed 40 head of sheep and two cows.",
])
def test_animals_killed_are_no_fatalities(shipped, text):
    """A flock or a herd killed beside its shepherd ("Around thirty sheep were also killed", "killed 40 head of sheep"):
    the animals count no fatality; the strike's toll is the one man."""
    assert coded(text, shipped, "location", "fatalities") == [("Cham Mishkaw", 1)]


@pytest.mark.parametrize("text, place", [
    ("بغداد وأنقرة.. المياه على طاولة المفاوضات\n"
     "تتجه الأنظار إلى جولة جديدة من المفاوضات بين بغداد وأنقرة الشهر الجاري.\n"
     "في المقابل، تطالب أنقرة بغداد بخطوات أبعد ضد حزب العمال.\n"
     "وعلى الأرض، قال مصدر أمني في قضاء مخمور إن طائرة مسيّرة تركية استهدفت مساء أمس سيارة قرب قرية عربوك "
     "التابعة للقضاء، ما أسفر عن مقتل شخص.", "Arbook"),
    ("Baghdad and Ankara: water and the PKK on the table\n"
     "Talks between Baghdad and Ankara resume this month, and Ankara wants Baghdad to act against the PKK.\n"
     "On the ground, a security source said a Turkish drone struck a car near the village of Arbook on Sunday "
     "evening, killing one person.", "Arbook"),
])
def test_a_governorate_named_only_in_the_background_rules_no_village_out(shipped, text, place):
    """A strike told in a late paragraph after political background that names a capital (Baghdad, as the party to
    talks): the village the strike's own sentence names is its place, though it lies outside the governorate the
    background names; that governorate helps choose among villages of one name, it does not rule the only one out."""
    assert [location for (location,) in coded(text, shipped, "location")] == [place]


@pytest.mark.parametrize("text, actors", [
    ("The Syrian Democratic Forces (SDF) said a drone targeted one of its positions near the village of Himu, west of "
     "Qamishli, on Tuesday, killing a fighter.", [(None, "Syrian Democratic Forces")]),
    ("The Sinjar Resistance Units (YBS) said a drone struck one of their vehicles near the village of Bulayj, south of "
     "Sinjar, on Tuesday, killing two of their fighters.", [(None, "Sinjar Resistance Units")]),
])
def test_a_side_named_with_its_acronym_that_says_its_post_was_hit_is_struck(shipped, text, actors):
    """A side named with its acronym in brackets before its verb of saying ("The Syrian Democratic Forces (SDF) said a
    drone targeted one of its checkpoints"): the speaker, whose post was hit, the side struck (actor2); not the
    striker."""
    assert coded(text, shipped, "actor1", "actor2") == actors


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a car near the village of Cham Mishkaw in the Zakho district on Tuesday, killing two men.\n"
    "Both Baghdad and the Kurdistan Regional Government have criticised earlier strikes on Iraqi territory.",
    "استهدفت طائرة مسيّرة تركية، اليوم الثلاثاء، سيارة قرب قرية چم مشكو التابعة لقضاء زاخو، ما أسفر عن مقتل شخصين.\n"
    "وانتقدت بغداد مراراً الضربات التركية على أراضي العراق.",
])
def test_a_government_that_criticises_strikes_reports_none(shipped, text):
    """A government that criticises strikes ("Both Baghdad and the KRG have criticised earlier strikes on Iraqi
    territory", "وانتقدت بغداد الضربات التركية"): a reaction, no strike at its capital; the one strike is the village's."""
    assert [location for (location,) in coded(text, shipped, "location")] == ["Cham Mishkaw"]
