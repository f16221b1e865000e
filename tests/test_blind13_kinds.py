"""Kinds of report the fusion and the coder got wrong on tests/fixtures/incidents/bilingual_blind13.yaml (issue 17,
sixteenth session), and on blind12's cases of the same kinds: a site's area across a city, and CENTCOM's
"in Deir ez-Zor, Syria", which names the governorate.

Each test names the kind; the reports are the sets' own, and sentences of our own beside them.
"""

from __future__ import annotations

import yaml

from conftest import FIXTURES
from monitor.incidents import FUSION_RULES, compatible, fuse
from monitor.text import analyse


def told(name: str, start: str) -> list[dict]:
    """The reports of the case of blind set *name* whose description starts with *start*, in order of publication."""
    [case] = [case for case in yaml.safe_load((FIXTURES / "incidents" / f"bilingual_{name}.yaml").read_text(
        encoding="utf-8"))[name] if case["case"].startswith(start)]
    return sorted(case["reports"], key=lambda report: report["published"])


def reports(lexicon, texts: list[tuple[str, str]]) -> list[dict]:
    """The one event of each (text, published) of *texts*, as the fusion reads it (one article each)."""
    coded = []
    for n, (text, published) in enumerate(texts):
        [event] = analyse(text, published, lexicon).events
        coded.append({**event, "article_id": n, "story_id": n, "outlet": f"outlet{n}.example", "published_at": published})
    return coded


def test_the_land_near_a_site_does_not_reach_a_village_across_the_city(lexicon):
    """"قرب مطار القامشلي" and Khaybak, 14 km off east of Qamishli; "near the Deir ez-Zor military airport" and
    Al-Bughayliyah, 13 km off west of the city: a site (an airport, a base, an oil field) has no countryside, its
    land reaches OUTSKIRTS_KM as a village's does, not a town's TOWN_AREA_KM (``site_reach``, rule ``town_area``)."""
    airport, khaybak = reports(lexicon, [(t["text"], t["published"]) for t in told("blind13", "Turkish drones the same day on an SDF vehicle near Qamishli airport")])
    assert (airport["location"], airport["geo_precision"], khaybak["location"]) == ("Qamishli Airport", 2, "Khaybak")
    assert not compatible(airport, khaybak)
    assert compatible(airport, khaybak, FUSION_RULES - {"town_area", "times_of_day"})   # (their times apart too)
    us, drone = reports(lexicon, [(t["text"], t["published"]) for t in told("blind12", "a US strike on a militia depot at Al-Muri'iyah")])
    assert (us["location"], drone["location"]) == ("Deir ez-Zor Airport", "Bughayliyah")
    assert not compatible(us, drone)


def test_the_land_near_a_site_still_holds_its_own_edges_and_the_city_by_it(lexicon):
    """Of one strike: "near Qamishlo airport", "the outskirts of Qamishli" (4.5 km) and the road by the airport; the
    Omar field's desert and "near the Omar oil field"; a base named by itself and by the town by it ("near the town
    of Tal Tamr")."""
    for name, start in (("blind13", "a Turkish drone on a car by Qamishli airport"),
                        ("blind13", "an unidentified drone on the Qasrak base"),
                        ("blind12", "a coalition strike on an IS cell by the Al-Omar oil field")):
        coded = reports(lexicon, [(t["text"], t["published"]) for t in told(name, start)])
        assert len(fuse(coded)) == 1, [(e["location"], e["geo_precision"]) for e in coded]


def test_a_governorates_namesake_labelled_by_its_country_alone_is_the_governorate(lexicon):
    """CENTCOM's "a precision strike in Deir ez-Zor, Syria" names the province its strikes in the desert are in (the way
    "Texas, USA" names the state), not the city: the governorate at precision 3 (place rule "labels"). A writer who
    means the city says so ("the city of Raqqa, Syria"), and "Raqqa, Syria's former IS capital" is the city."""
    def place(text):
        [event] = analyse(text, "2027-01-11T14:00:00Z", lexicon).events
        return event["location"], event["geo_precision"]

    assert place("On Jan. 10, U.S. Central Command forces conducted a precision strike in Deir ez-Zor, Syria, killing "
                 "a senior ISIS official.") == ("Deir ez-Zor Governorate", 3)
    assert place("U.S. forces conducted a strike in Raqqa, Syria, killing an ISIS leader.") == ("Raqqa Governorate", 3)
    assert place("A coalition strike in Hasakah, Syria, killed two ISIS members on Monday.") == ("Al-Hasakah Governorate", 3)
    assert place("A drone struck a car in the city of Raqqa, Syria, killing two.") == ("Raqqa", 1)
    assert place("A drone strike in Raqqa, Syria's former IS capital, killed two people.") == ("Raqqa", 1)
    # (named bare, nothing saying a city, the namesake is the province too: place rule "capital", tests/test_places18_kinds.py)
    assert place("A drone struck a car in Raqqa on Monday, killing two.") == ("Raqqa Governorate", 3)


def test_centcoms_statement_of_the_governorate_joins_the_village_strike_of_its_day(lexicon):
    """The Arabic post's Busaytin, the wire's northern countryside and CENTCOM's "in Deir ez-Zor, Syria" the next day:
    read as the city, CENTCOM's was a strike of its own 45 km off, and the wire's countryside, fitting both, joined
    neither. So too Al-Qadiriyah and "in Raqqa, Syria", and blind12's Omar field."""
    for name, start in (("blind13", "a coalition strike on an IS official's house in Busaytin"),
                        ("blind13", "a coalition strike on an IS leader's car by Al-Qadiriyah"),
                        ("blind12", "a coalition strike on an IS cell by the Al-Omar oil field")):
        coded = reports(lexicon, [(t["text"], t["published"]) for t in told(name, start)])
        assert len(fuse(coded)) == 1, [(e["location"], e["geo_precision"]) for e in coded]
