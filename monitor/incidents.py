"""Incidents: every report of one strike fused into one, by date, place, type and actors.

A *report* is one event as an article tells it: the ``events`` columns (lists as lists)
plus the article's ``article_id``, ``story_id``, ``outlet``, ``language``,
``published_at`` and ``fetched_at``. Pure functions; the store feeds them candidates.

    >>> def report(article_id, location, latitude, longitude, language="en", **fields):
    ...     return {"article_id": article_id, "story_id": article_id, "outlet": f"outlet{article_id}.example",
    ...             "language": language, "event_date": "2024-03-12", "event_type": "Explosions/Remote violence",
    ...             "sub_event_type": "Air/drone strike", "location": location, "admin1": "Deir ez-Zor",
    ...             "country": "Syria", "latitude": latitude, "longitude": longitude, "geo_precision": 1,
    ...             "actors": [], "targets": [], "source": [], "evidence": [], **fields}
    >>> hajin, susah = report(1, "Hajin", 34.6894, 40.8308), report(2, "Al-Susah", 34.66, 40.86, "ar")   # 4 km
    >>> boukamal = report(3, "Boukamal", 34.4536, 40.9186)                                           # 27 km
    >>> rural = report(4, "Deir ez-Zor", 35.3359, 40.1408, geo_precision=3)    # "rural Deir ez-Zor"
    >>> candidate_dates(rural)                         # the event dates to ask the store for
    ('2024-03-11', '2024-03-13')
    >>> choose_incident(susah, {7: [hajin], 9: [boukamal]})   # or None: a new one
    7
    >>> facts = incident_facts([hajin, susah])         # the incidents columns
    >>> facts["location"], facts["report_count"], facts["languages"]
    ('Hajin', 2, ['en', 'ar'])
    >>> groups = fuse([hajin, susah, boukamal, rural])     # a whole archive, in arrival order
    >>> [[r["article_id"] for r in group] for group in groups]   # the coarse one fits two strikes: its own
    [[1, 2], [3], [4]]
    >>> groups = fuse([hajin, susah], rules=FUSION_RULES - {"busy_places"})   # one rule off (bench/incidents.py)

Two reports are of one strike (``compatible``) when they have the same event date, or
dates ``DAY_SLACK`` apart when the later is a publication day (a late post naming no
date, published within ``LATE_POST_HOURS`` of the other) and both places are precise
(see ``late_flash``); their places are compatible (the same
place; precise places within ``NEAR_KM``; a coarse place containing a precise one: the
same governorate for precision 3 (and for an area named after its governorate, "eastern
Deir ez-Zor"), the same district, or within ``AREA_KM`` when a district is unknown, for
precision 2), their types are compatible and their actors do not
contradict. Two events of one article are never one incident: the producer guarantees
they are different strikes. Precise reports make the strikes: one joins an incident only
when it is compatible with every precise report already in it, so no chain of days two
days long forms. A coarse report is placed after them (``coarse_home``): in the one strike
it fits, never bridging two precise places far apart. The incidents do not depend on the
order reports arrive in (``settle``): they are what fusing every report one by one in an
order of their own facts gives (``fusion_order``: event date, publication time, outlet,
place …), so a report that arrives late re-fuses what it touches — the precise reports a
chain of compatible ones ties to it (a late post that fits yesterday evening's strike and
this morning's is judged where it stands, not by which of them reached the archive first),
then every coarse report of the days and governorates whose strikes it changes
(tests/test_incidents.py: reports of four days in 40 orders through the store, and two
orders of arrival through `monitor once`). Text plays no part: an Arabic post and an
English article of one strike meet on their coded facts alone.

Codebook rules beyond that, each switchable (``FUSION_RULES``; bench/incidents.py
measures each one off):

- ``busy_places``: a city or town named alone is struck several times a day, so the place
  alone does not say which strike a report is of. ACLED's event is one date, place, type
  and pair of actors: two reports that both name only a city or town (``busy``) and name
  different sides that struck (``different_fact``) are two strikes — the US strike and
  the Israeli one on Boukamal the same day. (Requiring them to agree on a second fact as
  well buys no precision on GED, whose event joins one day's strikes by the same sides at
  one place, and halves the pairs joined: bench/incidents.py.)
- ``lone_coarse``: an area or a governorate holds many strikes a day. A report naming only
  one (or a city or town with it) that fits one incident of its day and area joins it:
  nothing says another strike. One that fits several picks the one whose reports it agrees
  with on a second fact (``second_fact``: the side that struck, the side struck, a target,
  a compatible toll); none or several agreeing, it stays an incident of its own. Measured
  and not shipped (bench/incidents.py): ``busy_areas`` (a second fact with every busy
  report it joins, one incident or several) and ``busy_governorates`` (the same, only when
  one names a governorate or an area named after it). On GED's headlines a coarse pair
  agreeing on a second fact is one GED event no more often than one that does not (about
  half the time), so demanding the fact costs joins and buys little precision.
- ``late_flash``: an evening flash naming only an area or a governorate ("ريف دير الزور
  الشرقي") and a report naming no date published by the next morning (``LATE_POST_HOURS``)
  with the precise place are one strike, as two precise reports are (a late post of last
  night's strike): the flash was published first, and the late report names the place.
  Without it the Arabic flash and the English morning article stay two incidents (own
  cases, bench/incidents.py); GED gives no publication times to measure it on.
- ``named_place``: a coarse report that names a town ("the eastern Syrian town of
  Al-Mayadeen", coded as the town's area) and fits several incidents of its day and area
  joins the one with a precise report of that very place, before a second fact is asked
  (``lone_coarse``): the place a report names is its strongest fact.
- ``allied_sides``: allies that strike together (``ALLIED_SIDES``: the Turkish army and
  the Syrian National Army) are one side for
  ``busy_places``: an Arabic post's Turkish shelling of Ain Issa and an English article's
  "Turkish-backed factions" shelling it are one strike, not two sides' two strikes.
- ``named_apart``: two reports naming different villages, towns or cities are two
  strikes even within ``NEAR_KM`` (``named_apart``), unless so close that the gazetteer
  may list one place twice (``SAME_PLACE_KM``).
- ``town_area``: the area of a town or city ("the outskirts of Qamishli", coded as the
  town's area with its district) does not hold another town or city of its district
  (``another_town``): a town has its own countryside. Found by the third round's blind
  cases (the Qamishli outskirts and Amuda, 27 km apart, one district). An area named by its
  part ("north of Iraq's Sinjar") is judged by ``directions`` instead: it holds Sinuni,
  22 km north (bilingual_blind7.yaml, tenth session). Nor does it hold a place beyond
  ``TOWN_AREA_KM``, though in its district (``beyond_reach``): "near Rimelan" is not Tal
  Dardara's strike 30 km off, "near Girke Lege" not Ain Diwar's 35 km off (bilingual_blind7/8,
  eleventh session). The land around a site (an airport, a base, an oil field: ``SITE_KINDS``)
  reaches ``OUTSKIRTS_KM`` only, as a village's does (``site_reach``): a site has no
  countryside, so "near Qamishli airport" is not the strike in Khaybak 14 km off across the
  city, nor "near the Deir ez-Zor military airport" Al-Bughayliyah's 13 km off
  (bilingual_blind12/13.yaml, issue 17, sixteenth session).
- ``outskirts``: the area of a town or city holds every village within ``TOWN_AREA_KM`` of
  it and every town within ``OUTSKIRTS_KM`` (``town_area`` keeps out only farther ones),
  across a district border too (one reach, in the district or out: the Batifa sub-district's
  Kesta 16 km off in Amadiya district, bilingual_blind6.yaml): "near Al-Mayadin" is Mahkan's strike 6 km away, "the Thiban sub-district" (coded
  as Dhiban's area) Al-Shuhayl's, 7 km away in the next district. Found by the fourth
  round's blind cases (tests/fixtures/incidents/bilingual_blind3.yaml: an English article
  naming the town near the Arabic post's village).
- ``ambiguous_coarse``: a coarse report (an area, a governorate) is placed again whenever
  a precise report of its governorate and days arrives (``settle``), as if it arrived
  after every precise report: it leaves the incident it joined when a second strike it fits arrives, and joins
  the one a later report gives it a second fact with. Of two strikes it fits and does not
  say which (no named place, no single second fact), it is an incident of its own: the
  codebook's event is one date, place and pair of actors, and a report that cannot be tied
  to one is not merged into it — attached to one it would lend that strike its toll and
  sides and, worse, hide the other strike (a false merge hides a strike; a coarse incident
  of its own costs the analyst one more alert, and says "governorate only").

- ``directions``: an area named by its part (the event's ``direction``, read by
  ``monitor.text.places.said_direction``: "ريف دير الزور الغربي", "eastern Deir ez-Zor",
  "the northern countryside of Raqqa") holds only the places on that side of its point
  (``directions_apart``): a western-countryside flash and a strike in a village of the
  eastern countryside the same evening are two strikes, as are two flashes of the western
  and the eastern countryside. Found by the fifth round's blind cases
  (tests/fixtures/incidents/bilingual_blind4.yaml): a governorate with no part held both.
  Another area is judged by the ground it reaches (``reach_km``), not by its point: "near
  Choman" holds the road to Haji Omaran, 14 km east, that the Arabic post names as Haji
  Omaran's north-east (seventh round, bilingual_blind7.yaml; GED held-out +1 pair of one event).
  An area named by a part reaches that way without a bound of its own: "south of Mosul" holds
  "south-west of Qayyarah", 60 km south of the city (twelfth session, bilingual_blind9.yaml).

- ``governorate_types``: a report naming only a governorate and another coarse report (an
  area or a governorate) of one day give different sub_event_types: two strikes
  (``governorates_of_two_types``). With no place finer than a governorate the type is the
  one fact of the codebook's event left to tell a day's strikes apart ("قصف مدفعي على ريف
  دير الزور" and "air strikes on the Deir ez-Zor countryside"); a precise report still ties
  a shelling and an air-strike report of its strike. On GED's headlines (issue 17, sixth
  round, tuning half) it parts 17 joined pairs about different GED events for 9 of one.
- ``midnight_flash``: a flash naming no date, posted after local midnight ("قبل قليل", its
  day the publication's), and a report published after it that dates the strike to the day
  before ("late on Saturday") are one strike's reports a day apart, whatever their
  precisions (``_dates_compatible``): the flash's day is where its post fell, not when the
  strike did. Found by the twelfth session's blind cases (bilingual_blind9.yaml: As-Sukkariyah,
  Khatuniyah).
- ``overnight``: a report naming no day but the night ("struck … overnight", "ليلاً":
  ``overnight``) tells the night before its publication, which began the day before its
  event date: it is of that evening's strike too, whatever its place's precision (the
  wire's "Deir ez-Zor province … overnight" and the Arabic "ليلة أمس" of Al-Jalaa,
  bilingual_blind8.yaml; blind3's Al-Hamdan, struck after midnight, keeps its day).
- ``edges``: the outskirts of a village, town or city (``events.outskirts``: "أطراف مدينة
  العمادية") reach ``OUTSKIRTS_KM``, not its district nor ``TOWN_AREA_KM`` (``on_the_edge``):
  "the outskirts of Amedi" and "near Sheladze" 27 km off in Amedi district are two strikes,
  and so are "the western outskirts of Tal Afar" and the Al-Ayadiya sub-district
  (bilingual_blind7/8.yaml, issue 17, twelfth session).
- ``two_areas``: the edges of two places of different names (``areas_of_two_places``: the area
  of a village, which has no countryside, or a settlement's outskirts: "أطراف ناحية مانكيش" and
  "near Zawita", 16 km apart; "the desert of Kubaysah" and "the outskirts of Hit", 20 km) are two
  strikes beyond ``OUTSKIRTS_KM``, as two precise places are (``named_apart``), though each lies
  in the other's ``TOWN_AREA_KM``. The land near a town ("near Tal Tamr") is its countryside and
  still holds a village's area. Found by the blind cases of bilingual_blind9.yaml (issue 17,
  twelfth session).

- ``spellings``: an area and another report naming one place under two spellings that the gazetteer lists as
  two rows in two districts ("منطقة تل عبطة", the area of Tall 'Abtah's two parts in Mosul district, and Shafaq's
  "Tal Abta", Hatra's village 26 km off: ``spelled_alike``, ``monitor.text.places.spelling_key``) are one place,
  within ``AREA_KM`` in one governorate; farther, or in two governorates, namesakes. Found by the blind cases of
  bilingual_blind9.yaml (issue 17, fourteenth session); GED's headlines unchanged.

- ``regions``: a named region (gazetteer kind ``region``: "the Eastern Ghouta", "the Qalamoun", "Jabal al-Akrad")
  spans districts though the gazetteer files it under one: it holds the places and areas of its governorate within
  ``AREA_KM`` of its point whatever their district (``within_region``): "Douma's outskirts" and SOHR's "the Eastern
  Ghouta" the same day. Found on GED's headlines (issue 17, fifteenth session, tuning half).
- ``region_districts``: a named region holds every place of the district the gazetteer files it under as well, however
  far from its point (``in_region_district``): the point of a region whose extent no source gives is its district's
  (Turkey's "Avashin", "Zap", "Metina", "Gara" regions sit at Amedi district's point), and Amedi's villages lie up to
  45 km from it; Turkey's ministry names the region where Kurdish outlets name the village (Kesta, 37 km off).
  Found by the blind cases of bilingual_blind18.yaml (issue 17, twenty-first session).

- ``next_morning``: a report naming no day published in the region's morning (``morning_post``: from the end of
  the small hours to ``MORNING_END_HOUR`` local) may be of the day before's strike, whatever the precision of its place: Turkey's
  defence ministry tells the night's and the day before's operations the next morning naming no day ("5 PKK
  terrorists were neutralised in the Avashin region", "in the Sinjar region"), a region or a town's area where the
  day before's reports name the strike. ``late_flash`` joins such a late post only when it names a precise place.
  Found by the blind cases of bilingual_blind13/14.yaml (Metina, Hakurk, Avashin, Sinjar; issue 17, seventeenth
  session); GED's headlines carry no publication time to measure it on.

- ``two_strikers``: two reports naming two states' forces as the side that struck (``two_states_struck``: the
  government's shelling and a Turkish drone strike, Iranian artillery and a Turkish drone) are two events whatever the
  place, a village too, as ``busy_places`` parts them at a town. Found by the blind cases of bilingual_blind17.yaml
  (Abu Hammam, Birte; issue 17, twentieth session); GED's headlines unchanged (both halves).
- ``village_edges``: the land near a village ("near the village of Khatuniyah": a village's area, which reaches
  ``OUTSKIRTS_KM``) and a town of another name beyond ``NEAR_KM`` are two strikes unless a second fact ties them
  (``village_edge_by_town``): the town is struck on its own. Found by bilingual_blind16.yaml (Al-Hol and
  Khatuniyah, 9 km; issue 17, twentieth session); GED's headlines unchanged (a city spreads to its edge's villages).

- ``across_midnight``: two reports dating one strike a day apart, the earlier's date sentence placing it late in its
  day ("late on Sunday", "just before midnight on Friday") and the later's early in the next ("early on Monday …
  shortly after midnight", "في الساعات الأولى من فجر السبت"), tell one night's strike on the two sides of midnight
  (``across_midnight``): two days read from the texts that differ are otherwise two strikes. Found by the blind cases of
  bilingual_blind19.yaml (Al-Tayyana, Batifa; issue 17, twenty-second session).

- ``times_of_day``: two reports of one event date stating their strikes' times of day ``HOURS_APART`` or more apart
  (``hours_apart``; ``monitor.text.events``' ``time_of_day``: "at dawn", "around 3 pm", "عصر اليوم", "مساء أمس")
  are two strikes, whatever else they share: one striker's drones on one town at dawn and in the afternoon. The
  night, which straddles two days, is not read. Found by the blind cases of bilingual_blind19/20.yaml (Sidakan;
  Hajin, Al-Darbasiyah, Qamishli, Sinune, Al-Susah; issue 17, twenty-third session).

A village, neighbourhood or base is the strike's own place: two reports of it need no
more (an Arabic post and an English article of one village strike).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone

from haversine import haversine

from monitor.config import MatchingConfig
from monitor.text.events import SMALL_HOURS_END, summarize
from monitor.text.places import spelling_key
from monitor.normalize import normalize_term

DAY_SLACK = 1
# A report naming no date (its event date is its publication day) joins the strike of the
# day before only when published this soon after the other report: last night's strike
# told the next morning, not the next day's strike at the same place.
LATE_POST_HOURS = 18
# A report naming no day published before this local hour may tell the day before's strike, whatever its place
# (rule ``next_morning``): Turkey's defence ministry reports the night's and the day before's operations the next
# morning ("5 PKK terrorists were neutralised in the Avashin region"). Local time is the region's (Syria and Iraq:
# UTC+3), by which the coder dates a post: config.yaml's matching.utc_offset_hours, which the store hands on to the
# fusion (``region_time``); the configuration's default where none is handed on (a fusion in memory).
MORNING_END_HOUR = 12
_UTC_OFFSET: ContextVar[timedelta] = ContextVar(
    "utc_offset", default=timedelta(hours=MatchingConfig.model_fields["utc_offset_hours"].default))


# Precise places this close are one strike's place (a village and its neighbourhood, two
# spellings geocoded to neighbouring points); two strikes in one governorate are farther.
NEAR_KM = 6.0
# Two settlements of different names this close may be one place the gazetteer lists twice
# (two sources' spellings of one village, their points a little apart); farther apart they
# are neighbours, Al-Asharah and Al-Quriyah 5 km apart (rule ``named_apart``).
SAME_PLACE_KM = 3.0
SETTLEMENT_KINDS = frozenset({"village", "town", "city"})
REGION_KIND = "region"   # a named region of several districts: "the Eastern Ghouta", "the Qalamoun" (rule ``regions``)
# Sites named after no settlement (gazetteer kinds): "near the Tishrin Dam" is the land around the dam, as
# "near Al-Mayadin" is the town's (rules ``town_area``, ``outskirts``)
SITE_KINDS = frozenset({"dam", "base", "camp", "oil_field", "border_crossing"})
OUTSKIRTS_KINDS = SETTLEMENT_KINDS | SITE_KINDS                    # whose area holds what lies near (``in_outskirts``)
# A sub-district, district or "countryside of <town>" reaches this far from its point when
# the report names no district to compare.
AREA_KM = 35.0
# "near X", "the outskirts of X" reach this far from the town or city X for another town, whatever
# district it is in (rule ``outskirts``): a town 16 km away (Al-Asharah from Al-Mayadin) has a
# countryside of its own.
OUTSKIRTS_KM = 10.0
# The area of a town or city ("near X", "X's countryside", "the X road") reaches about this
# far from it, a site's ("near the airport") only OUTSKIRTS_KM (``site_reach``); Al-Susah is in
# "the Albukamal countryside" 24 km off: the villages it holds, in its district or not (rules
# ``town_area``, ``outskirts``), and where it overlaps an area named by its part (rule ``directions``).
TOWN_AREA_KM = 25.0
# A place this far on the other side of an area's point is still in the part of it a report names
# ("the western countryside" of Deir ez-Zor): the city's own edges, a village across its meridian.
DIRECTION_SLACK_KM = 5.0
OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
DIRECTION_WORDS = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}
KM_PER_DEGREE = 111.2
# Sub-event types one strike may be coded as by different reports ("قصف" read as shelling,
# "raid" as an air strike).
STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# … and one a report tells as carried out and another as intercepted ("a drone targeted the Zilkan base", "the drone
# was shot down before reaching its target"): one attack, which ACLED codes once, as Disrupted weapons use.
WEAPON_TYPES = STRIKE_TYPES | {"Disrupted weapons use"}
# Places several strikes a day may hit (gazetteer kinds, ``events.place_kind``): named alone,
# they do not tell one strike from another (rules ``busy_places``, ``busy_areas``).
BUSY_KINDS = frozenset({"city", "town"})
AREA_OWNER_KINDS = BUSY_KINDS | SITE_KINDS   # whose area holds no other town (``another_town``)
# Two tolls of one strike as independent reports give them: the lower at least half the
# higher (first reports count fewer dead; 3 and 5 killed are one strike, 2 and 30 are not).
TOLL_RATIO = 0.5
# A state's forces are its side (ACLED's actor is the state's military): a report naming the
# IDF and one naming Israel do not name two sides (config.yaml's actors watchlist terms).
STATE_SIDES = {"IDF": "Israel", "US forces": "United States", "US-led coalition": "United States",
               "Turkish Armed Forces": "Turkey", "Russian forces": "Russia", "IRGC": "Iran",
               "Syrian army": "Syrian government", "Jordanian Armed Forces": "Jordan",
               "Iraqi army": "Iraqi government", "Iraqi security forces": "Iraqi government",
               "Iraqi Air Force": "Iraqi government", "Iraqi Counter-Terrorism Service": "Iraqi government",
               "Peshmerga": "Kurdistan Regional Government",
               "Kurdistan Region Counter-Terrorism": "Kurdistan Regional Government"}
STATES = frozenset(STATE_SIDES.values())   # the states whose forces strike (rule ``two_strikers``)
# Sides that strike together, whom reports of one strike name in each other's place: the
# Turkish army and the Syrian National Army it backs ("the Turkish occupation and its
# mercenaries" shell a town that a wire says "Turkish-backed factions" shelled). Russian and
# Syrian government jets measured and left out: on GED's headlines the pairs they join are
# one GED event half the time (bench/incidents.py, issue 17 fourth round).
ALLIED_SIDES = {"Syrian National Army": "Turkey"}
FUSION_RULES = frozenset({"busy_places", "lone_coarse", "ambiguous_coarse", "late_flash", "named_place",
                          "named_apart", "town_area", "outskirts", "allied_sides", "directions",
                          "governorate_types", "midnight_flash", "overnight", "edges", "two_areas", "spellings",
                          "regions", "next_morning", "two_strikers", "village_edges", "region_districts",
                          "across_midnight", "times_of_day"})
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "ku": "Kurdish", "tr": "Turkish", "fa": "Persian",
                  "fr": "French"}


def candidate_dates(report: dict) -> tuple[str, str] | None:
    """The event_date range (inclusive) of incidents *report* may join: any incident whose
    reports it is compatible with has its own date within ``DAY_SLACK`` of the report's.
    None when the report cannot join any (no date, country or place).

    >>> candidate_dates({"event_date": "2024-03-12", "country": "Syria", "geo_precision": 1,
    ...                  "latitude": 34.9, "longitude": 40.5})
    ('2024-03-11', '2024-03-13')
    """
    if not _located(report) or not report.get("event_date"):
        return None
    day = date.fromisoformat(report["event_date"])
    return (day - timedelta(days=DAY_SLACK)).isoformat(), (day + timedelta(days=DAY_SLACK)).isoformat()


def compatible(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> bool:
    """Whether reports *a* and *b* can be of one strike (see the module docstring).

    >>> village = {"article_id": 1, "event_date": "2024-03-12", "country": "Syria", "admin1": "Deir ez-Zor",
    ...            "admin2": "Al-Mayadin", "location": "Al-Shuhayl", "geo_precision": 1,
    ...            "latitude": 35.09, "longitude": 40.42, "sub_event_type": "Air/drone strike"}
    >>> governorate = {**village, "article_id": 2, "location": "Deir ez-Zor", "admin2": None, "geo_precision": 3,
    ...                "latitude": 35.33, "longitude": 40.14}
    >>> compatible(village, governorate), compatible(village, {**village, "article_id": 3, "location": "Hajin", "latitude": 34.69})
    (True, False)
    """
    return why_apart(a, b, rules) is None


def why_apart(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> str | None:
    """The first test reports *a* and *b* fail to be of one strike ("article", "date",
    "place", "type", "actors", or the rule that keeps them apart: "busy_places",
    "named_apart", "town_area", "directions", "governorate_types"), None when they are
    ``compatible`` (bench/incidents.py counts the pairs of one event it missed by it).

    >>> hajin = {"event_date": "2024-03-12", "country": "Syria", "geo_precision": 1, "latitude": 34.69, "longitude": 40.83}
    >>> why_apart(hajin, {**hajin, "event_date": "2024-03-14"}), why_apart(hajin, {**hajin, "longitude": 40.93})
    ('date', 'place')
    """
    if a.get("article_id") is not None and a.get("article_id") == b.get("article_id"):
        return "article"
    if not _dates_compatible(a, b, rules):
        return "date"
    if not places_compatible(a, b, rules):
        return "place"
    if not _types_compatible(a, b):
        return "type"
    if actors_contradict(a, b):
        return "actors"
    if _busy_apart(a, b, rules):
        return "busy_places"
    for rule, apart in (("named_apart", named_apart), ("town_area", functools.partial(another_town, rules=rules)),
                        ("two_areas", areas_of_two_places), ("directions", directions_apart),
                        ("governorate_types", governorates_of_two_types), ("village_edges", village_edge_by_town),
                        ("two_strikers", functools.partial(two_states_struck, rules=rules)),
                        ("times_of_day", hours_apart)):
        if rule in rules and apart(a, b):
            return rule
    return None


def governorates_of_two_types(a: dict, b: dict) -> bool:
    """Whether one report names only a governorate (precision 3), the other no finer than an
    area, and they give different sub_event_types: the codebook's event is one date, place
    and type, and with no place finer than a governorate (a day's round-up of "strikes on the
    Idlib countryside") the type is the one fact left to tell its strikes apart — the
    shelling and the air raid of one governorate's day are two events. A precise report (a
    village, a town) ties a shelling and an air-strike report of its strike together.

    >>> shelling = {"geo_precision": 3, "sub_event_type": "Shelling/artillery/missile attack"}
    >>> governorates_of_two_types(shelling, {**shelling, "sub_event_type": "Air/drone strike"})
    True
    >>> governorates_of_two_types(shelling, {**shelling, "geo_precision": 1, "sub_event_type": "Air/drone strike"})
    False
    """
    return (min(a.get("geo_precision") or 0, b.get("geo_precision") or 0) >= 2
            and max(a["geo_precision"], b["geo_precision"]) == 3
            and bool(a.get("sub_event_type")) and bool(b.get("sub_event_type"))
            and a["sub_event_type"] != b["sub_event_type"])


def directions_apart(a: dict, b: dict) -> bool:
    """Whether one report names a part of its area (``direction``: "ريف دير الزور الغربي",
    "eastern Deir ez-Zor", "the northern countryside of Raqqa") where the other's place is
    not: farther than ``DIRECTION_SLACK_KM`` on the other side of the area's point (the
    governorate's city, the town whose countryside it is), or an area of the same point
    named by the opposite part ("the western countryside" and "the eastern"). A governorate
    named alone, with no part, may still be either, and so may a governorate's part hold a
    town's ("south of Al-Shaddadi" is in "southern Hasakah"); an area named by a part reaches
    that way past the other's point ("south of Mosul" holds "south-west of Qayyarah").

    >>> west = {"geo_precision": 3, "direction": "west", "latitude": 35.3359, "longitude": 40.1408}
    >>> shuhayl = {"geo_precision": 1, "latitude": 35.08, "longitude": 40.49}
    >>> tibni = {"geo_precision": 1, "latitude": 35.6117, "longitude": 39.8181}
    >>> directions_apart(west, shuhayl), directions_apart(west, tibni), directions_apart(west, {**west, "direction": "east"})
    (True, False, True)
    >>> south_of_mosul = {"geo_precision": 2, "direction": "south", "latitude": 36.34, "longitude": 43.13}
    >>> south_west_of_qayyarah = {"geo_precision": 2, "direction": "south-west", "latitude": 35.80, "longitude": 43.29}
    >>> mosul = {"geo_precision": 1, "latitude": 36.34, "longitude": 43.13}    # the city itself: not on that side
    >>> directions_apart(south_west_of_qayyarah, south_of_mosul), directions_apart(south_west_of_qayyarah, mosul)
    (False, True)
    """
    for area, other in ((a, b), (b, a)):
        if not area.get("direction") or (area.get("geo_precision") or 0) < 2:
            continue
        if other.get("direction") and (other.get("geo_precision") or 0) >= 2 and distance_km(area, other) <= SAME_PLACE_KM:
            parts = set(area["direction"].split("-"))
            if any(OPPOSITE[part] in parts for part in other["direction"].split("-")):
                return True
            continue
        if _governorate_wide(other):   # its point is the governorate's city, not where it struck
            continue
        north_km = (other["latitude"] - area["latitude"]) * KM_PER_DEGREE
        east_km = (other["longitude"] - area["longitude"]) * KM_PER_DEGREE * math.cos(math.radians(area["latitude"]))
        offsets = {"north": north_km, "south": -north_km, "east": east_km, "west": -east_km}
        slack = DIRECTION_SLACK_KM + reach_km(other)
        # (an area named by the same part reaches that way from its own point: "south of Mosul" holds the land
        # south-west of Qayyarah, 60 km south of the city)
        reaching = set(other["direction"].split("-")) if other.get("direction") and other["geo_precision"] >= 2 else set()
        if any(offsets[part] < -slack and part not in reaching for part in area["direction"].split("-")):
            return True
    return False


def another_town(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> bool:
    """Whether one report names the area of a town or city ("the outskirts of Qamishli",
    "the countryside of Al-Mayadin": precision 2 named after a settlement) and the other a
    precise town or city of another name: a town is not another town's countryside, it
    has its own (Amuda, 27 km from Qamishli, is in Qamishli's district, so the district
    alone did not tell them apart). Villages in it stay compatible, and so does every place
    of the countryside of a city named like its governorate ("the Homs countryside" holds
    Palmyra: ``_governorate_area``), and (rule ``outskirts``) a town within ``OUTSKIRTS_KM``.

    >>> qamishli = {"geo_precision": 2, "place_kind": "city", "location": "Qamishli", "admin2": "Qamishli",
    ...             "latitude": 37.05, "longitude": 41.22}
    >>> another_town(qamishli, {"geo_precision": 1, "place_kind": "town", "location": "Amuda", "admin2": "Qamishli",
    ...                         "latitude": 37.10, "longitude": 40.93})
    True
    >>> another_town(qamishli, {"geo_precision": 1, "place_kind": "village", "location": "Tal Hamis"})
    False

    The land around a site (``SITE_KINDS``: "near the Tishrin Dam") holds no town or city
    beyond ``OUTSKIRTS_KM`` either: Manbij city is 25 km from the dam, in its district.

    >>> dam = {"geo_precision": 2, "place_kind": "dam", "location": "Madinat Sadd Tishrin", "latitude": 36.38, "longitude": 38.19}
    >>> another_town(dam, {"geo_precision": 1, "place_kind": "city", "location": "Manbij", "latitude": 36.5281, "longitude": 37.9549})
    True

    An area named by its part ("north of Iraq's Sinjar") reaches beyond the town's own
    countryside, onto that side: ``directions_apart`` judges it (Sinuni, 22 km north).

    >>> another_town({**qamishli, "direction": "west"}, {"geo_precision": 1, "place_kind": "town", "location": "Amuda",
    ...                                                  "admin2": "Qamishli", "latitude": 37.10, "longitude": 40.93})
    False
    """
    area, place = sorted((a, b), key=lambda report: -(report.get("geo_precision") or 0))
    return (area.get("geo_precision") == 2 and place.get("geo_precision") == 1 and not _governorate_area(area)
            and not area.get("direction")
            and area.get("place_kind") in AREA_OWNER_KINDS and place.get("place_kind") in BUSY_KINDS
            and _bare(area.get("location") or "") != _bare(place.get("location") or "")
            and not ("outskirts" in rules and in_outskirts(area, place)))


def areas_of_two_places(a: dict, b: dict) -> bool:
    """Whether both reports name the edge of a place — the area of a village ("near Zawita",
    "أطراف ناحية مانكيش", "the desert of Kubaysah": a village has no countryside of its own) or
    the outskirts of a town or city (``events.outskirts``: "the outskirts of Hit") — two places
    of different names farther apart than ``OUTSKIRTS_KM``: each report names the place the
    strike was by, as two precise places name theirs (``named_apart``), so two strikes though
    each place lies in the other's ``TOWN_AREA_KM`` and in one district. The land near a town
    or city ("near Tal Tamr") is its countryside, which holds the villages around it
    (``in_outskirts``), and a village named like its district may name the district; an area
    named by its part is judged by ``directions_apart``.

    >>> mangesh = {"geo_precision": 2, "place_kind": "village", "location": "Mangesh", "admin2": "Duhok",
    ...            "latitude": 37.036, "longitude": 43.096}
    >>> zawita = {**mangesh, "location": "Zawita al 'Ulya", "latitude": 36.907, "longitude": 43.168}   # 16 km
    >>> areas_of_two_places(mangesh, zawita), areas_of_two_places(mangesh, {**zawita, "latitude": 37.0})   # 5 km
    (True, False)
    >>> hit = {"geo_precision": 2, "place_kind": "city", "location": "Heet", "admin2": "Hit", "latitude": 33.642,
    ...        "longitude": 42.825}
    >>> kubaysah = {**mangesh, "location": "Kubaysah", "admin2": "Hit", "latitude": 33.592, "longitude": 42.617}
    >>> areas_of_two_places({**hit, "outskirts": 1}, kubaysah), areas_of_two_places(hit, kubaysah)   # 20 km
    (True, False)
    """
    return (a.get("geo_precision") == b.get("geo_precision") == 2 and _edge_of_place(a) and _edge_of_place(b)
            and _bare(a.get("location") or "") != _bare(b.get("location") or "")
            and distance_km(a, b) > OUTSKIRTS_KM)


def village_edge_by_town(a: dict, b: dict) -> bool:
    """Whether one report names the land near a village ("near the village of X", "a farm outside X": a village's
    area, which ``reach_km`` lets hold what lies within ``OUTSKIRTS_KM``) and the other a town of another name
    beyond ``NEAR_KM``, and the two agree on no second fact (``second_fact``): a town is struck on its own, and the
    land by a village 9 km off is not the town's strike unless a fact beyond date and place ties them (one striker
    named by both: the artillery on "villages of Batifa subdistrict" and on Keshan, 7 km off). A city spreads to
    the villages at its edge (GED's Handarat, 9 km from Aleppo's point, is Aleppo's strike).

    >>> edge = {"geo_precision": 2, "place_kind": "village", "location": "Khatuniyah", "admin2": "Al-Hasakah",
    ...         "latitude": 36.422, "longitude": 41.224}
    >>> town = {"geo_precision": 1, "place_kind": "town", "location": "Al-Hawl", "latitude": 36.39, "longitude": 41.15}
    >>> village_edge_by_town(edge, town), village_edge_by_town({**edge, "actor1": "Turkey"}, {**town, "actor1": "Turkey"})
    (True, False)
    """
    edge, place = sorted((a, b), key=lambda report: -(report.get("geo_precision") or 0))
    return (edge.get("geo_precision") == 2 and edge.get("place_kind") == "village" and _edge_of_place(edge)
            and place.get("geo_precision") == 1 and place.get("place_kind") == "town"
            and _bare(edge.get("location") or "") != _bare(place.get("location") or "")
            and distance_km(edge, place) > NEAR_KM and second_fact(a, b) is None)


def _edge_of_place(report: dict) -> bool:
    """An area (precision 2) that is the edge of one named place, no part of it: a village's, or a settlement's
    or site's outskirts; not a district's (a village named like its district) nor a governorate's."""
    return (not report.get("direction") and not _governorate_area(report)
            and (report.get("place_kind") in OUTSKIRTS_KINDS and bool(report.get("outskirts"))
                 or report.get("place_kind") == "village" and not _district_seat(report)))


def in_outskirts(area: dict, place: dict) -> bool:
    """Whether precise *place* lies in the land around the town or city whose area *area*
    names ("near Al-Mayadin", "the outskirts of Qamishli": precision 2 named after a
    settlement): a village within ``TOWN_AREA_KM`` of it, a town or city within
    ``OUTSKIRTS_KM`` (farther, a town has its own countryside). The strike "near" a town is
    often at a neighbouring village or town, and the district border between them does not
    make it another strike.

    >>> mayadin = {"geo_precision": 2, "place_kind": "city", "location": "Mayadin", "latitude": 35.0167, "longitude": 40.45}
    >>> in_outskirts(mayadin, {"geo_precision": 1, "place_kind": "town", "location": "Mahkan", "latitude": 34.98, "longitude": 40.50})
    True
    >>> ashara = {"geo_precision": 1, "place_kind": "town", "location": "Al-Ashara", "latitude": 34.9167, "longitude": 40.5667}
    >>> in_outskirts(mayadin, ashara), in_outskirts(mayadin, {**ashara, "place_kind": "village"})
    (False, True)
    """
    reach = OUTSKIRTS_KM if place.get("place_kind") in BUSY_KINDS else site_reach(area)
    return (area.get("geo_precision") == 2 and place.get("geo_precision") == 1
            and area.get("place_kind") in OUTSKIRTS_KINDS and not _governorate_area(area)
            and distance_km(area, place) <= reach)


def named_apart(a: dict, b: dict) -> bool:
    """Whether two precise reports name different settlements (a village, town or city of
    another name, beyond ``SAME_PLACE_KM``): the strike on Al-Asharah and the one on
    Al-Quriyah, 5 km apart, are two strikes though within ``NEAR_KM``. A neighbourhood, a
    base or a site near a town may be the town's strike told more precisely.

    >>> ashara = {"geo_precision": 1, "place_kind": "town", "location": "Al-Ashara", "latitude": 34.9167, "longitude": 40.5667}
    >>> named_apart(ashara, {**ashara, "place_kind": "village", "location": "Al Qurayya", "latitude": 34.956, "longitude": 40.541})
    True
    >>> named_apart(ashara, {**ashara, "location": "Ashara"})
    False
    """
    return (a["geo_precision"] == b["geo_precision"] == 1
            and a.get("place_kind") in SETTLEMENT_KINDS and b.get("place_kind") in SETTLEMENT_KINDS
            and _bare(a.get("location") or "") != _bare(b.get("location") or "")
            and distance_km(a, b) > SAME_PLACE_KM)


def _busy_apart(a: dict, b: dict, rules: frozenset[str]) -> bool:
    """Whether the busy-place rules keep *a* and *b* apart (see the module docstring)."""
    if not (busy(a) and busy(b)):
        return False
    if (("busy_areas" in rules and max(a["geo_precision"], b["geo_precision"]) > 1)
            or ("busy_governorates" in rules and (_governorate_wide(a) or _governorate_wide(b)))):
        return second_fact(a, b) is None or different_fact(a, b, rules) is not None
    return "busy_places" in rules and different_fact(a, b, rules) is not None


def busy(report: dict) -> bool:
    """Whether the report names only a place several strikes a day may hit: a city or town
    named alone (its gazetteer kind), an area or a governorate (precision 2 or 3).

    >>> busy({"geo_precision": 1, "place_kind": "city"}), busy({"geo_precision": 1, "place_kind": "village"})
    (True, False)
    """
    return report["geo_precision"] >= 2 or report.get("place_kind") in BUSY_KINDS


def different_fact(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> str | None:
    """A fact both reports give that differs, or None: the side that struck — both name
    one, and neither's is among the actors the other names, a state and its forces being
    one side ("IDF" and "Israel"; an Arabic report that reads the militia as the striker
    still names Israel), and (rule ``allied_sides``) allies that strike together one camp
    (``ALLIED_SIDES``). Tolls differ between reports of one strike, and so do targets as
    the coded words name them ("positions" in one, "a depot" in the other).

    >>> different_fact({"actor1": "IDF", "actors": ["IDF", "Hezbollah"]}, {"actor1": "US forces", "actors": ["US forces", "Hezbollah"]})
    'actor1'
    >>> different_fact({"actor1": "IDF", "actors": ["IDF"]}, {"actor1": "Hezbollah", "actors": ["Hezbollah", "Israel"]}) is None
    True
    >>> different_fact({"actor1": "Turkish Armed Forces"}, {"actor1": "Syrian National Army"}) is None
    True
    """
    if not (a.get("actor1") and b.get("actor1")):
        return None
    camps_a, camps_b = {camp(actor, rules) for actor in _actors(a)}, {camp(actor, rules) for actor in _actors(b)}
    if camp(a["actor1"], rules) not in camps_b and camp(b["actor1"], rules) not in camps_a:
        return "actor1"
    return None


def two_states_struck(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> bool:
    """Whether the reports name two states' forces as the side that struck (``different_fact``), whatever the place:
    the government's shelling of a village and a Turkish drone strike on it the same day, Iranian artillery and a
    Turkish drone on one village, are two events (the codebook's event has one pair of actors; a village is no
    ``busy`` place, so ``busy_places`` did not part them). Only states (``STATES``): the striker a text names by
    its state is rarely misread, where a group named beside a strike is often its target ("مصادر تتحدث عن
    انتمائهما لخلايا داعش").

    >>> turkish, regime = {"actor1": "Turkish Armed Forces"}, {"actor1": "Syrian army"}
    >>> two_states_struck(turkish, regime), two_states_struck(turkish, {"actor1": "Islamic State"})
    (True, False)
    """
    return (bool(a.get("actor1") and b.get("actor1")) and side(a["actor1"]) in STATES and side(b["actor1"]) in STATES
            and different_fact(a, b, rules) is not None)


def camp(actor: str, rules: frozenset[str] = FUSION_RULES) -> str:
    """The side an actor is on (``side``), allies that strike together one (``ALLIED_SIDES``,
    rule ``allied_sides``)."""
    found = side(actor)
    return ALLIED_SIDES.get(found, found) if "allied_sides" in rules else found


def side(actor: str) -> str:
    """The side an actor is on: a state's forces are the state (``STATE_SIDES``)."""
    return STATE_SIDES.get(actor, actor)


def second_fact(a: dict, b: dict) -> str | None:
    """The fact beyond date and place two reports agree on, or None: the same side that
    struck (actor1), the same side struck (actor2), a target both name, or tolls both give
    that are compatible (``TOLL_RATIO``; "nobody killed" twice counts).

    >>> second_fact({"actor1": "Turkish Armed Forces", "fatalities": 3}, {"actor1": "Turkey"})
    'actor1'
    >>> second_fact({"fatalities": 3, "targets": ["vehicle"]}, {"fatalities": 5, "targets": ["checkpoint"]})
    'fatalities'
    >>> second_fact({"fatalities": 2, "targets": ["vehicle"]}, {"fatalities": 30}) is None
    True
    """
    for column in ("actor1", "actor2"):
        if a.get(column) and b.get(column) and side(a[column]) == side(b[column]):
            return column
    if set(a.get("targets") or ()) & set(b.get("targets") or ()):
        return "targets"
    for column in ("fatalities", "injured"):
        x, y = a.get(column), b.get(column)
        if x is not None and y is not None and min(x, y) >= TOLL_RATIO * max(x, y):
            return column
    return None


def places_compatible(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> bool:
    """The same place, precise places within NEAR_KM, or a coarse place containing the other
    (a town's area: a place of its district within its reach, or a place near it across the district
    border: rules ``town_area``, ``outskirts``)."""
    if not (_located(a) and _located(b)) or a["country"] != b["country"]:
        return False
    fine, coarse = (a, b) if a["geo_precision"] <= b["geo_precision"] else (b, a)
    if fine["geo_precision"] == 2 and _governorate_area(fine):   # (of two areas, one named after its governorate
        fine, coarse = coarse, fine                              # holds the other, whichever was asked first)
    if coarse["geo_precision"] == 1:   # two same-named villages far apart are two places
        return distance_km(a, b) <= NEAR_KM
    if coarse["geo_precision"] >= 3 or _governorate_area(coarse):
        return bool(coarse.get("admin1")) and coarse.get("admin1") == fine.get("admin1")
    # an area (precision 2) and a place or area in it
    if "regions" in rules and REGION_KIND in (coarse.get("place_kind"), fine.get("place_kind")):
        region, other = (coarse, fine) if coarse.get("place_kind") == REGION_KIND else (fine, coarse)
        return within_region(region, other) or ("region_districts" in rules and in_region_district(region, other))
    if "spellings" in rules and spelled_alike(coarse, fine):
        return True
    if "edges" in rules and (coarse.get("outskirts") or fine.get("outskirts")):
        edge, other = (coarse, fine) if coarse.get("outskirts") else (fine, coarse)
        return on_the_edge(edge, other)
    if "town_area" in rules and beyond_reach(coarse, fine):
        return False
    if fine.get("admin2") and coarse.get("admin2"):
        return fine["admin2"] == coarse["admin2"] or ("outskirts" in rules and in_outskirts(coarse, fine)) \
            or seat_of(coarse, fine) or seat_of(fine, coarse)
    if fine.get("admin1") and coarse.get("admin1") and fine["admin1"] != coarse["admin1"]:
        return False
    return distance_km(a, b) <= AREA_KM


def within_region(region: dict, other: dict) -> bool:
    """Whether *other* may lie in the named region *region* ("the Eastern Ghouta", "the Qalamoun": gazetteer kind
    ``REGION_KIND``, which spans districts though the gazetteer files it under one): in its governorate, within
    ``AREA_KM`` of its point, whatever district holds it (Douma, of Duma district, is in the Eastern Ghouta the
    gazetteer files under Rif Dimashq's central district).

    >>> ghouta = {"place_kind": "region", "location": "Eastern Ghouta", "admin1": "Rural Damascus",
    ...           "admin2": "Rural Damascus", "latitude": 33.50, "longitude": 36.42}
    >>> douma = {"place_kind": "town", "location": "Douma", "admin1": "Rural Damascus", "admin2": "Duma",
    ...          "latitude": 33.572, "longitude": 36.403}
    >>> within_region(ghouta, douma), within_region(ghouta, {**douma, "admin1": "Damascus"})
    (True, False)
    """
    return bool(region.get("admin1")) and region["admin1"] == other.get("admin1") and distance_km(region, other) <= AREA_KM


def in_region_district(region: dict, other: dict) -> bool:
    """Whether *other* lies in the district the named region *region* is filed under (rule ``region_districts``),
    however far from the region's point: a region whose own extent no source gives is placed at its district's point
    (Turkey's "Avashin region" at Amedi district's), so its district is all that is known of where it lies.

    >>> avashin = {"place_kind": "region", "location": "Avashin", "admin1": "Duhok", "admin2": "Amadiya",
    ...            "latitude": 37.109, "longitude": 43.535}
    >>> kesta = {"place_kind": "village", "location": "Kaystah", "admin1": "Duhok", "admin2": "Amadiya",
    ...          "latitude": 37.257, "longitude": 43.160}     # 37 km
    >>> in_region_district(avashin, kesta), in_region_district(avashin, {**kesta, "admin2": "Zakho"})
    (True, False)
    """
    return bool(region.get("admin2")) and region.get("admin1") == other.get("admin1") \
        and region["admin2"] == other.get("admin2")


def spelled_alike(area: dict, other: dict) -> bool:
    """Whether area *area* and *other* name one place the gazetteer lists twice, under two spellings in two
    districts (``monitor.text.places.spelling_key``: "Tall 'Abtah", the area of its two parts in Mosul district, and
    Hatra's "Tal Abta" 26 km off): the same name, in one governorate, within ``AREA_KM``. Two places of one name
    farther apart, or in two governorates, are namesakes.

    >>> abtah = {"geo_precision": 2, "place_kind": "area", "location": "Tall 'Abtah", "admin1": "Ninewa", "admin2": "Mosul",
    ...          "latitude": 36.0, "longitude": 42.7}
    >>> abta = {**abtah, "place_kind": "village", "location": "Tal Abta", "admin2": "Hatra", "longitude": 42.98}
    >>> spelled_alike(abtah, abta), spelled_alike(abtah, {**abta, "location": "Hatra"})
    (True, False)
    """
    return (bool(area.get("admin1")) and area.get("admin1") == other.get("admin1")
            and _spelling(area.get("location") or "") == _spelling(other.get("location") or "") != ""
            and distance_km(area, other) <= AREA_KM)


@functools.lru_cache(maxsize=8192)
def _spelling(name: str) -> str:
    return spelling_key(name) if name else ""


def seat_of(area: dict, place: dict) -> bool:
    """Whether *place* is the town a sub-district or district *area* is named after (its seat), whichever
    district each gazetteer puts them in: "ناحية بعشيقة" (OCHA's Bashiqa sub-district, of Mosul district) holds
    the town of Bashiqa (of Al-Hamdaniya district in Who's On First).

    >>> subdistrict = {"geo_precision": 2, "place_kind": "subdistrict", "location": "Bashiqa Subdistrict", "admin2": "Mosul"}
    >>> town = {"geo_precision": 2, "place_kind": "town", "location": "Bashiqa", "admin2": "Hamdaniya"}
    >>> seat_of(subdistrict, town), seat_of(subdistrict, {**town, "location": "Bartella"})
    (True, False)
    """
    suffix = _ADMIN_SUFFIX.get(area.get("place_kind"))
    name = _bare(area.get("location") or "")
    return bool(suffix) and name.endswith(suffix) and name.removesuffix(suffix) == _bare(place.get("location") or "")


_ADMIN_SUFFIX = {"subdistrict": " subdistrict", "district": " district"}   # the gazetteer's names of the units


def on_the_edge(edge: dict, other: dict) -> bool:
    """Whether *other* may be where the outskirts of the village, town or city that area *edge* names are
    (``outskirts``: "أطراف مدينة العمادية", "the western outskirts of Tal Afar"): the same place's, a place within
    ``OUTSKIRTS_KM``, or an area whose ground reaches the town (``reach_km``) in its district. The town's edge is
    not its district nor the land ``TOWN_AREA_KM`` around it (rule ``edges``): "the outskirts of Amedi" are not
    the mountains near Sheladize 27 km off though both are of Amedi district, and the outskirts of a district's
    seat are in its own sub-district, not another one ("the western outskirts of Tal Afar" and the Al-Ayadiya
    sub-district 18 km off; bilingual_blind7/8.yaml).

    >>> amedi = {"geo_precision": 2, "outskirts": 1, "place_kind": "town", "location": "Amadiya", "admin2": "Amadiya",
    ...          "latitude": 37.092, "longitude": 43.488}
    >>> near = {"geo_precision": 2, "place_kind": "village", "location": "Shiladiza", "admin2": "Amadiya",
    ...         "latitude": 37.029, "longitude": 43.791}
    >>> on_the_edge(amedi, near), on_the_edge(amedi, {**near, "location": "Amadiya District", "place_kind": "district"})
    (False, True)
    >>> on_the_edge(amedi, {**near, "geo_precision": 1, "latitude": 37.10, "longitude": 43.55})   # 6 km
    True
    """
    if _bare(edge.get("location") or "") == _bare(other.get("location") or ""):
        return True
    if other["geo_precision"] == 1:
        return distance_km(edge, other) <= OUTSKIRTS_KM
    if (edge.get("admin2") and other.get("admin2") and edge["admin2"] != other["admin2"]) or (
            other.get("place_kind") == "subdistrict" and _district_seat(edge)):
        return False
    return distance_km(edge, other) <= reach_km(other)


def reach_km(report: dict) -> float:
    """How far from its point the ground a report names may reach: nothing for a place, a
    village's edge or a site's ``OUTSKIRTS_KM`` (neither has a countryside: "جبال بادوش"), the
    land around a town or city ``TOWN_AREA_KM``, a district, a sub-district or the area
    of a town named like its district (``_district_seat``: "قضاء سنجار" is coded as Sinjar's
    area) ``AREA_KM``. An area named by its part does not hold another area whose ground
    reaches onto its side (``directions_apart``): "the road between Choman and Haji Omaran,
    north-east of Erbil" (coded as Haji Omaran's north-east) and "near Choman", 14 km west.

    >>> reach_km({"geo_precision": 1}), reach_km({"geo_precision": 2, "place_kind": "town", "location": "Choman"})
    (0.0, 25.0)
    >>> reach_km({"geo_precision": 2, "place_kind": "village", "location": "Badush", "admin2": "Mosul"})
    10.0
    >>> reach_km({"geo_precision": 2, "place_kind": "town", "location": "Sinjar", "admin2": "Sinjar"})
    35.0
    """
    if report.get("geo_precision") != 2:
        return 0.0
    if report.get("outskirts") or (report.get("place_kind") == "village" and not _district_seat(report)):
        return OUTSKIRTS_KM   # an edge: a settlement's outskirts, or a village's area (it has no countryside)
    return site_reach(report) if report.get("place_kind") in OUTSKIRTS_KINDS and not _district_seat(report) \
        else AREA_KM


def site_reach(area: dict) -> float:
    """How far the land around the town, city or site whose area *area* names reaches: ``TOWN_AREA_KM`` for a town or
    city, ``OUTSKIRTS_KM`` for a site (``SITE_KINDS``: an airport, a base, an oil field, a dam), which has no
    countryside of its own ("near Qamishli airport" is the land by the airport, not Khaybak 14 km off across the city).

    >>> site_reach({"place_kind": "base"}), site_reach({"place_kind": "town"})
    (10.0, 25.0)
    """
    return OUTSKIRTS_KM if area.get("place_kind") in SITE_KINDS else TOWN_AREA_KM


def beyond_reach(area: dict, place: dict) -> bool:
    """Whether precise *place* lies beyond the land around the town, city or site whose area *area*
    names ("near Rimelan", "the Tal Tamr countryside": ``TOWN_AREA_KM``), whatever district holds
    both: the land near a town is not its whole district (Tal Dardara, 30 km from Rmelan in
    Al-Malikiyah district, is another strike's). A town named like its district may name the
    district (``_district_seat``): its district holds the place.

    >>> rmelan = {"geo_precision": 2, "place_kind": "town", "location": "Rmelan", "admin2": "Al-Malikiyah",
    ...           "latitude": 37.0, "longitude": 41.93}
    >>> beyond_reach(rmelan, {"geo_precision": 1, "location": "Tall Dardarah", "latitude": 36.7424, "longitude": 41.8444})
    True
    >>> beyond_reach({**rmelan, "location": "Al-Malikiyah"}, {"geo_precision": 1, "latitude": 36.7424, "longitude": 41.8444})
    False
    """
    return (area.get("geo_precision") == 2 and place.get("geo_precision") == 1
            and area.get("place_kind") in OUTSKIRTS_KINDS and not _district_seat(area)
            and distance_km(area, place) > site_reach(area))


def _district_seat(report: dict) -> bool:
    """A town named like its district, or a city (every city of the gazetteer is its district's seat,
    the district often spelled otherwise: Boukamal's is Abu Kamal): its area may be the district."""
    return report.get("place_kind") == "city" or (
        bool(report.get("admin2")) and _bare(report.get("location") or "") == _bare(report["admin2"]))


def actors_contradict(a: dict, b: dict) -> bool:
    """Whether the reports name two different dyads: each names both sides (actor1 and
    actor2) and no side of one is named by the other, a state and its forces being one side
    (state media's "Israeli aggression" and a wire's "IDF strikes on Syrian army positions").
    A report naming one side only (most headlines: "coalition strikes kill IS members", "IS
    members killed") contradicts nothing.

    >>> actors_contradict({"actor1": "United States", "actor2": "Hezbollah"}, {"actor1": "Hezbollah"})
    False
    >>> actors_contradict({"actor1": "Israel", "actor2": "Hezbollah"}, {"actor1": "IDF", "actor2": "Syrian army"})
    False
    >>> actors_contradict({"actor1": "Israel", "actor2": "Hezbollah", "actors": ["Israel", "Hezbollah"]},
    ...                   {"actor1": "Turkey", "actor2": "PKK", "actors": ["Turkey", "PKK"]})
    True
    """
    if not (a.get("actor1") and a.get("actor2") and b.get("actor1") and b.get("actor2")):
        return False
    return not {side(actor) for actor in _actors(a)} & {side(actor) for actor in _actors(b)}


def distance_km(a: dict, b: dict) -> float:
    return haversine((a["latitude"], a["longitude"]), (b["latitude"], b["longitude"]))


def choose_incident(report: dict, candidates: dict[int, list[dict]], rules: frozenset[str] = FUSION_RULES,
                    fits: Callable[[dict, dict], bool] | None = None) -> int | None:
    """The incident *report* joins among *candidates* (incident id -> its reports), or None.

    Precise reports make the strikes: a precise report joins an incident every precise report
    of which it is compatible with (its coarse reports are placed after it: ``settle``), of
    several the one with a report of the same day, then the nearest place, then the most
    reports, then the first. A coarse report (an area, a governorate) goes where
    ``coarse_home`` says. *fits*: ``compatible`` under *rules*, perhaps ``remembering``.
    """
    if not _located(report):
        return None
    if report["geo_precision"] == 1:
        return (_fitting(report, {n: _precise(reports) for n, reports in candidates.items()}, rules, fits) or [None])[0]
    return coarse_home(report, candidates, rules, fits=fits)


def coarse_home(coarse: dict, candidates: dict[int, list[dict]], rules: frozenset[str] = FUSION_RULES,
                precise: dict[int, list[dict]] | None = None,
                fits: Callable[[dict, dict], bool] | None = None, known: dict[tuple, object] | None = None
                ) -> int | None:
    """The incident coarse report *coarse* belongs to among *candidates* (id -> reports,
    itself not among them), or None: an incident of its own. It depends on the precise
    reports alone, whatever the order they and it arrived in:

    - the one incident of precise reports it fits (compatible with each) — nothing says
      another strike;
    - of several, the one of the place it names or the one a second fact picks
      (``pick_for_coarse`` over their precise reports); none or several: it does not say
      which strike it is of, and attaching it to one would give that strike another's
      toll and sides and hide the other — a false merge hides a strike, a coarse incident of
      its own costs one more alert — so it joins only coarse reports a second fact ties it
      to, else stays alone;
    - fitting no precise incident, the coarse reports it fits (``_nearest_first``).

    *precise* (id -> the precise reports of candidates, none for an id not in it), *fits*
    (``compatible`` under *rules*, remembering: ``remembering``) and *known* (``settle``'s:
    the two strikes that proved a coarse report fits several, ``_strikes_it_fits``) spare
    work when a pass places many coarse reports (``settle``).
    """
    precise = ({n: _precise(reports) for n, reports in candidates.items()} if precise is None
               else {n: precise[n] for n in candidates if n in precise})
    fits = fits or remembering(rules)
    fitting = _strikes_it_fits(coarse, precise, rules, fits, known)
    if fitting:
        # (its precise reports alone were asked: an incident holding a coarse event of its own article is another
        # strike's, as the contract's events of one article are)
        fitting = {n: reports for n, reports in fitting.items() if not _holds_article(candidates[n], coarse)}
    loose = None
    if fitting:
        if "named_place" in rules and not any(names_the_place(coarse, reports) for reports in fitting.values()):
            # a strike of its place the precise reports do not name: one a round-up told beside them
            loose = _loose(coarse, candidates, precise, fits)
            named = [n for n, reports in loose.items() if names_the_place(coarse, reports)]
            if len(named) == 1:
                return named[0]
        if len(fitting) == 1:
            return next(iter(fitting))
        picked = pick_for_coarse(coarse, fitting, rules)
        if picked is not None:
            return picked
    loose = _loose(coarse, candidates, precise, fits) if loose is None else loose
    if fitting is not None and not fitting:
        return (_nearest_first(coarse, loose) or [None])[0]
    # several strikes and it says not which: with the coarse reports a second fact ties it to, else alone
    return pick_for_coarse(coarse, loose, rules) if loose else None


def _loose(coarse: dict, candidates: dict[int, list[dict]], precise: dict[int, list[dict]],
           fits: Callable[[dict, dict], bool]) -> dict[int, list[dict]]:
    """The incidents of *candidates* (id -> reports) of coarse reports only that *coarse* fits (each of them)."""
    return {n: reports for n, reports in candidates.items()
            if reports and not precise.get(n) and all(fits(coarse, other) for other in reports)}


def _strikes_it_fits(coarse: dict, precise: dict[int, list[dict]], rules: frozenset[str],
                     fits: Callable[[dict, dict], bool], known: dict[tuple, object] | None = None
                     ) -> dict[int, list[dict]] | None:
    """The incidents of *precise* (id -> precise reports) every report of which *coarse* is
    compatible with, or None as soon as governorate-wide *coarse* fits two that each agree
    with it on a second fact, or two when it gives no fact to agree on: then no place it
    names and no fact can pick one (``pick_for_coarse``), and the other incidents need not
    be tried — a governorate report on a busy day fits dozens. The two that proved it are
    kept in *known* (``remembering``'s, under the key (the report's id,)): while both are
    among *precise* with the same reports, it is None at once (``settle`` asks again of a
    governorate's coarse reports at each of its precise reports)."""
    if _proof_stands(coarse, precise, known):
        return None
    wide = _governorate_wide(coarse)
    key = (coarse.get("id"),)
    factless = "lone_coarse" not in rules or not any(coarse.get(column) not in (None, [], "") for column in
                                                   ("actor1", "actor2", "targets", "fatalities", "injured"))
    fitting, proving = {}, []
    for n, reports in precise.items():
        if reports and all(fits(coarse, other) for other in reports):
            fitting[n] = reports
            if wide and (factless or any(second_fact(coarse, other) for other in reports)):
                proving.append((n, reports))
                if len(proving) == 2:
                    if known is not None and key[0] is not None:
                        known[key] = proving
                    return None
    return fitting


def _holds_article(reports: list[dict], report: dict) -> bool:
    """Whether *reports* hold another event of *report*'s article (one article's events are different strikes).

    >>> _holds_article([{"article_id": 3}], {"article_id": 3}), _holds_article([{"article_id": 4}], {"article_id": 3})
    (True, False)
    """
    article = report.get("article_id")
    return article is not None and any(other.get("article_id") == article and other is not report for other in reports)


def _proof_stands(coarse: dict, precise: dict[int, list[dict]], known: dict[tuple, object] | None) -> bool:
    """Whether the two incidents that proved governorate-wide *coarse* fits several strikes
    (``_strikes_it_fits``, kept in *known*) are both among *precise* (id -> precise reports)
    with the same reports: it still fits several and says not which.

    >>> strike = [{"id": 1}]
    >>> coarse = {"id": 9, "geo_precision": 3}
    >>> _proof_stands(coarse, {4: strike, 5: strike}, {(9,): [(4, strike), (5, strike)]})
    True
    >>> _proof_stands(coarse, {4: strike, 5: [*strike, {"id": 2}]}, {(9,): [(4, strike), (5, strike)]})
    False
    """
    proof = (known.get((coarse["id"],)) if known is not None and coarse.get("id") is not None
             and _governorate_wide(coarse) else None)
    return bool(proof) and all(precise.get(n) == reports for n, reports in proof)


def _fitting(report: dict, candidates: dict[int, list[dict]], rules: frozenset[str],
             fits: Callable[[dict, dict], bool] | None = None) -> list[int]:
    """The candidates (id -> reports) every report of which *report* is compatible with,
    ``_nearest_first``."""
    fits = fits or remembering(rules)
    return _nearest_first(report, {n: reports for n, reports in candidates.items()
                                   if reports and all(fits(report, other) for other in reports)})


def _nearest_first(report: dict, candidates: dict[int, list[dict]]) -> list[int]:
    """The candidates' ids, those with a report of *report*'s day first, then the nearest
    place, then the most reports, then the first in an order of their reports' own facts
    (``fusion_order``: not the ids, which depend on the order reports arrived in)."""
    if len(candidates) < 2:
        return list(candidates)
    ranks = {n: (min(_day_gap(report, other) for other in reports),
                 min(_place_gap(report, other) for other in reports), -len(reports))
             for n, reports in candidates.items()}
    tied = Counter(ranks.values())
    # the order of their reports' facts only where day, place and size tie (it costs most)
    return [n for *_, n in sorted((*rank, min(map(fusion_order, candidates[n])) if tied[rank] > 1 else (), n)
                                  for n, rank in ranks.items())]


def remembering(rules: frozenset[str] = FUSION_RULES, known: dict[tuple, object] | None = None
                ) -> Callable[[dict, dict], bool]:
    """``compatible`` under *rules*, its answers for two archived events (their ``id``)
    kept in *known* ((id, id) -> answer; none kept without it): an event's facts are final,
    and a governorate's coarse reports meet the same reports again each time a precise
    report of it arrives (``settle``).

    >>> hajin = {"id": 1, "article_id": 1, "event_date": "2024-03-12", "country": "Syria", "admin1": "Deir ez-Zor",
    ...          "location": "Hajin", "latitude": 34.6894, "longitude": 40.8308, "geo_precision": 1,
    ...          "sub_event_type": "Air/drone strike", "actors": []}
    >>> known = {}
    >>> fits = remembering(known=known)
    >>> fits(hajin, {**hajin, "id": 2, "article_id": 2, "location": "Al-Susah", "latitude": 34.66, "longitude": 40.86})
    True
    >>> known          # compatible(a, b), remembered: both have an id
    {(1, 2): True}
    """
    if known is None:
        return functools.partial(compatible, rules=rules)

    def fits(a: dict, b: dict) -> bool:
        key = (a.get("id"), b.get("id"))
        answer = known.get(key)   # (a fusion asks this millions of times: one lookup)
        if answer is None:
            answer = compatible(a, b, rules)
            if key[0] is not None and key[1] is not None:
                known[key] = answer
        return answer
    return fits


def _precise(reports: list[dict]) -> list[dict]:
    return [r for r in reports if r.get("geo_precision") == 1]


def pick_for_coarse(report: dict, fitting: dict[int, list[dict]], rules: frozenset[str] = FUSION_RULES) -> int | None:
    """Of the incidents coarse *report* fits (id -> reports), the only one of the place it
    names (``named_place``: ``names_the_place``), else the only one a second fact picks
    (``lone_coarse``: ``pick_by_fact``), else None: it says not which."""
    named = [n for n, reports in fitting.items() if "named_place" in rules and names_the_place(report, reports)]
    if len(named) == 1:
        return named[0]
    return pick_by_fact(report, fitting) if "lone_coarse" in rules else None


def names_the_place(report: dict, reports: list[dict]) -> bool:
    """Whether coarse *report* names the place one of *reports* names the same day, as precisely
    or more: "the eastern Syrian town of Al-Mayadeen" coded as the area of the town, beside a
    report of Al-Mayadin itself; Hawar's "near Dandaniya village" beside a round-up's "قرب قرية
    الدندنية" (an area too). An area named after its governorate ("eastern Deir ez-Zor") names
    the governorate's countryside, not its city.

    >>> mayadin = {"location": "Mayadin", "geo_precision": 1, "event_date": "2024-05-14"}
    >>> near = {**mayadin, "location": "Al-Mayadin", "geo_precision": 2, "admin1": "Deir ez-Zor"}
    >>> names_the_place(near, [mayadin]), names_the_place(near, [near]), names_the_place(mayadin, [near])
    (True, True, False)
    """
    return (bool(report.get("location")) and not _governorate_wide(report)
            and any(other["geo_precision"] <= report["geo_precision"] and other.get("location")
                    and other.get("event_date") == report["event_date"]
                    and _bare(other["location"]) == _bare(report["location"]) for other in reports))


def pick_by_fact(report: dict, fitting: dict[int, list[dict]]) -> int | None:
    """Of the incidents a coarse *report* fits (id -> reports), the only one with a report
    it agrees with on a second fact (``second_fact``), or None: none or several agree.

    >>> pick_by_fact({"actor1": "Turkey"}, {1: [{"actor1": "US forces"}], 2: [{"actor1": "Turkish Armed Forces"}]})
    2
    """
    agreeing = [n for n, reports in fitting.items() if any(second_fact(report, other) for other in reports)]
    return agreeing[0] if len(agreeing) == 1 else None


# The incident the report starts, in ``settle``'s moves; further new incidents are -2, -3 …
NEW_INCIDENT = -1
# ``settle``'s keys of the incidents it forms anew before they get their ids: above any id.
_FORMED = 10 ** 12


def settle(report: dict, candidates: dict[int, list[dict]], rules: frozenset[str] = FUSION_RULES,
           widen: Callable[[dict], dict[int, list[dict]]] = lambda days: {}, known: dict[tuple, object] | None = None,
           around: Callable[[dict], dict[int, list[dict]]] = lambda report: {},
           reports_of: Callable[[int], list[dict] | None] = lambda n: None
           ) -> tuple[int | None, list[tuple[int, dict, int]]]:
    """Where *report* goes among *candidates* (id -> reports; None: a new incident) and the
    reports that move now that it is there: (from, report, to), *to* an id of the candidates,
    ``NEW_INCIDENT`` for the incident the report started, or a lower negative number for
    another new incident (one number, one incident).

    The incidents do not depend on the order reports arrive in: what the report touches is
    fused again as if every report had arrived in an order of their own facts
    (``fusion_order``). A precise report's strikes: the precise reports a chain of
    compatible ones ties to it (*around* gives the incidents near a precise report of it, id
    -> reports), placed one by one in that order (``choose_incident``) — the report that would
    have bridged two strikes had it come first is judged where it stands. Then every coarse
    report of the days and governorates whose places it may change is placed again in that
    order (``coarse_home``), unless none of them can move (``_coarse_stay``); *widen* is
    asked, only then, for the other incidents of their governorates and days
    (``governorate_days``: governorate -> first and last event date; id -> reports), and not
    even then when the incidents that proved each coarse report fits several strikes still
    do (``_witnesses``: *reports_of* gives an incident's reports as they are now, None when
    not read). Incidents keep the id most of their reports had. *known* keeps the
    compatibility of archived events found for the next reports (``remembering``: one dict
    a batch of reports, always with the same *rules*), and the strikes that proved a coarse
    report fits several (``_strikes_it_fits``).

    >>> hajin = {"article_id": 1, "event_date": "2024-03-12", "country": "Syria", "admin1": "Deir ez-Zor",
    ...          "location": "Hajin", "latitude": 34.6894, "longitude": 40.8308, "geo_precision": 1,
    ...          "sub_event_type": "Air/drone strike", "actors": []}
    >>> susah = {**hajin, "article_id": 2, "location": "Al-Susah", "latitude": 34.66, "longitude": 40.86}
    >>> settle(susah, {7: [hajin]}, widen=lambda days: {}, known={})   # e.g. the governorate's other incidents
    (7, [])
    """
    if not _located(report):
        return None, []
    fits = remembering(rules, known)
    view = dict(candidates)   # each list replaced, never changed
    formed = itertools.count(_FORMED)
    layout: dict[int, list[dict]] = {}   # the incidents after: id (or a key of formed) -> reports
    if report["geo_precision"] == 1:
        tied = _strike_incidents(report, view, fits, around)
        for strike in _strikes([report, *(other for n in tied for other in _precise(view[n]))], rules, fits):
            layout[next(formed)] = strike
        strikes = [other for n in layout for other in layout[n]]
        # the days and governorates of the coarse reports whose strikes it may change (a day
        # and governorate found once needs no look at its other coarse reports)
        replaced = set()
        for n, reports in view.items():
            for other in reports:
                if other.get("geo_precision") != 1 and _day_and_governorate(other) not in replaced and (
                        n in tied or ("ambiguous_coarse" in rules and any(fits(other, precise) for precise in strikes))):
                    replaced.add(_day_and_governorate(other))
        if not replaced:   # the strikes alone change
            return _moves(report, {n: view[n] for n in tied}, layout)
        witnesses = _witnesses(report, view, replaced, known, reports_of)
        if witnesses and _coarse_stay(strikes, tied, {**view, **witnesses}, replaced, rules, fits, known):
            return _moves(report, {n: view[n] for n in tied}, layout)
        view.update((n, reports) for n, reports in widen(governorate_days(replaced)).items() if n not in view)
        if _coarse_stay(strikes, tied, view, replaced, rules, fits, known):
            return _moves(report, {n: view[n] for n in tied}, layout)
    else:
        tied, replaced = set(), {_day_and_governorate(report)}
    coarse = [other for reports in view.values() for other in reports
              if other.get("geo_precision") != 1 and _day_and_governorate(other) in replaced]
    moving = {id(other) for other in coarse} | {id(other) for n in tied for other in view[n]}
    layout.update((n, [other for other in reports if id(other) not in moving])
                  for n, reports in view.items() if n not in tied)
    _place_coarse(sorted([*coarse, *([] if report["geo_precision"] == 1 else [report])], key=fusion_order),
                  layout, formed, rules, fits, known)
    return _moves(report, view, layout)


def _witnesses(report: dict, view: dict[int, list[dict]], replaced: set[tuple], known: dict[tuple, object] | None,
               reports_of: Callable[[int], list[dict] | None]) -> dict[int, list[dict]]:
    """The incidents not in *view* (id -> their reports now: *reports_of*) that proved a coarse
    report of *view* of the days and governorates *replaced* fits several strikes (*known*:
    ``_strikes_it_fits``) and hold a report of one of those days and governorates in
    *report*'s country, so that ``settle``'s *widen* would give them too: with them alone
    ``_coarse_stay`` may find that no coarse report moves, as it would among all of them
    (the coarse reports a strike fits are in *view* already: ``settle``'s candidates)."""
    found: dict[int, list[dict]] = {}
    if known is None:
        return found
    for reports in view.values():
        for other in reports:
            if other.get("geo_precision") == 1 or _day_and_governorate(other) not in replaced:
                continue
            for n, _ in known.get((other.get("id"),)) or ():
                if n not in view and n not in found and (now := reports_of(n)) and any(
                        r.get("country") == report["country"] and r.get("admin1")
                        and _day_and_governorate(r) in replaced for r in now):
                    found[n] = now
    return found


def _coarse_stay(strikes: list[dict], tied: set[int], view: dict[int, list[dict]], replaced: set[tuple],
                 rules: frozenset[str], fits: Callable[[dict, dict], bool], known: dict[tuple, object] | None) -> bool:
    """Whether no coarse report of the days and governorates *replaced* can move now that
    the precise reports *strikes* replace the incidents *tied* of *view*: none is in a tied
    incident, and each that fits a report of *strikes* names only a governorate and fits two
    incidents of its day untouched by them that say not which it is of (``_strikes_it_fits``:
    None, the more strikes the surer), so it is placed as before and so is every other (a coarse report
    that fits none of *strikes* fits the same incidents as before). A busy governorate's day
    of governorate-only reports is then not placed again at each of its precise reports
    (bench/incidents.py)."""
    coarse = []
    holding: dict[tuple, set[int]] = defaultdict(set)   # (day, governorate) -> the untouched incidents of it
    for n, reports in view.items():
        for other in reports:
            key = _day_and_governorate(other)
            if n not in tied:
                holding[key].add(n)
            if other.get("geo_precision") == 1 or key not in replaced:
                continue
            if n in tied:
                return False
            coarse.append(other)
    # (day, governorate) -> the untouched incidents of that day it may be of: a share of those
    # coarse_home would try (the next day's too), enough to find two that say not which
    untouched: dict[tuple, dict[int, list[dict]]] = {}
    for other in coarse:
        key = _day_and_governorate(other)
        if key not in untouched:
            untouched[key] = {m: _precise(view[m]) for m in holding[key] | holding[key[0], None]}
        # one whose proof of several strikes stands stays, whether it fits the new ones or not
        if _proof_stands(other, untouched[key], known) or not any(fits(other, precise) for precise in strikes):
            continue
        if not _governorate_wide(other) or _strikes_it_fits(other, untouched[key], rules, fits, known) is not None:
            return False
    return True


def governorate_days(keys: set[tuple]) -> dict[str | None, tuple[str, str]]:
    """Governorate -> the first and last event date of the incidents that may hold a coarse
    report of *keys* ((event date, governorate)) or a strike it fits: from the day before
    the first (an incident of two days, dated by its other day) to the day after the last
    (a late flash's strike is told a day after it).

    >>> governorate_days({("2024-03-12", "Deir ez-Zor"), ("2024-03-13", "Deir ez-Zor")})
    {'Deir ez-Zor': ('2024-03-11', '2024-03-14')}
    """
    days = defaultdict(list)
    for day, governorate in keys:
        if day:
            days[governorate].append(day)
    return {governorate: ((_day(min(found)) - timedelta(days=1)).isoformat(), _next_day(max(found)))
            for governorate, found in days.items()}


def _strike_incidents(report: dict, view: dict[int, list[dict]], fits: Callable[[dict, dict], bool],
                      around: Callable[[dict], dict[int, list[dict]]]) -> set[int]:
    """The incidents of *view* (id -> reports; those *around* finds added) whose precise
    reports a chain of compatible precise reports ties to precise *report*: the strikes it
    may change."""
    tied: set[int] = set()
    chain = [report]
    while chain:
        member = chain.pop()
        near = view if member is report else around(member)
        for n, reports in near.items():
            view.setdefault(n, reports)
            if n not in tied and any(fits(member, other) for other in _precise(reports)):
                tied.add(n)
                chain += _precise(reports)
    return tied


def _strikes(reports: list[dict], rules: frozenset[str], fits: Callable[[dict, dict], bool]) -> list[list[dict]]:
    """Precise *reports* fused one by one in an order of their own facts (``choose_incident``)."""
    if len(reports) == 1:
        return [reports]
    strikes: dict[int, list[dict]] = {}
    for report in sorted(reports, key=fusion_order):
        chosen = choose_incident(report, strikes, rules, fits)
        strikes[len(strikes) if chosen is None else chosen] = [*strikes.get(chosen, []), report]
    return list(strikes.values())


def _place_coarse(coarse: list[dict], layout: dict[int, list[dict]], formed: Iterator[int],
                  rules: frozenset[str], fits: Callable[[dict, dict], bool], known: dict[tuple, object] | None) -> None:
    """Coarse reports placed one by one in *layout* (id -> reports, each list replaced, never
    changed), a new incident (the next key of *formed*) for each that ``coarse_home`` leaves
    alone."""
    precise = {n: _precise(reports) for n, reports in layout.items()}
    # (event date, governorate) -> the incidents with a report of it: where each coarse report
    # may go (``_may_hold``) without a look at every incident of the governorate
    holding: dict[tuple, set[int]] = defaultdict(set)
    for n, reports in layout.items():
        for report in reports:
            holding[_day_and_governorate(report)].add(n)
    for report in coarse:
        near = sorted({n for key in _may_hold(report, holding) for n in holding[key] if layout[n]})
        home = coarse_home(report, {n: layout[n] for n in near}, rules, precise=precise, fits=fits, known=known)
        if home is None:
            home = next(formed)
            layout[home], precise[home] = [], []
        layout[home] = [*layout[home], report]
        holding[_day_and_governorate(report)].add(home)


def _moves(report: dict, view: dict[int, list[dict]], layout: dict[int, list[dict]]
           ) -> tuple[int | None, list[tuple[int, dict, int]]]:
    """``settle``'s answer: the incidents formed anew in *layout* get the id most of their
    reports had in *view* that no incident of *layout* keeps (else a new one), and every
    report whose incident differs moves."""
    was = {id(other): n for n, reports in view.items() for other in reports}
    free = {n for n in view if not layout.get(n)}
    fresh = itertools.count(NEW_INCIDENT - 1, -1)
    ids = {}
    for key in sorted(n for n in layout if n >= _FORMED and layout[n]):
        votes = Counter(was[id(other)] for other in layout[key] if was.get(id(other)) in free)
        if votes:
            ids[key] = min(votes, key=lambda n: (-votes[n], n))
            free.discard(ids[key])
        else:
            ids[key] = NEW_INCIDENT if any(other is report for other in layout[key]) else next(fresh)
    chosen = next(ids.get(n, n) for n, reports in layout.items() if any(other is report for other in reports))
    moves = [(was[id(other)], other, ids.get(key, key)) for key, reports in layout.items() for other in reports
             if other is not report and was[id(other)] != ids.get(key, key)]
    return (None if chosen == NEW_INCIDENT else chosen), moves


def _day_and_governorate(report: dict) -> tuple:
    return report.get("event_date"), report.get("admin1") or None


def _may_hold(coarse: dict, holding: dict[tuple, set[int]]) -> set[tuple]:
    """The keys of *holding* ((event date, governorate)) of incidents that may be one coarse
    report *coarse* fits, at a glance: a report of its day or the day after (a late
    flash's strike), or the day before when it tells the night (``overnight``) or names no day (its day is
    its publication's: a post after local midnight of the evening's strike, ``midnight_flash``), in its
    governorate or of none."""
    days = {coarse.get("event_date"), _next_day(coarse.get("event_date"))}
    if coarse.get("event_date") and (overnight(coarse) or not dated(coarse)):
        days.add(_day_before(coarse["event_date"]))
    if not coarse.get("admin1"):
        return {key for key in holding if key[0] in days}
    return {(day, governorate) for day in days for governorate in (coarse["admin1"], None)} & holding.keys()


@functools.lru_cache(maxsize=4096)
def _next_day(text: str | None) -> str | None:
    return (date.fromisoformat(text) + timedelta(days=1)).isoformat() if text else None


def _day_before(text: str) -> str:
    return (date.fromisoformat(text) - timedelta(days=1)).isoformat()


def fusion_order(report: dict) -> tuple:
    """The order of reports whose one-by-one fusion the incidents are (``settle``): by their
    own facts, not by when they reached the archive (nor by the ids it gave them: the
    article id decides only between two reports alike in all).

    >>> sorted([{"event_date": "2024-03-12", "published_at": "2024-03-12T09:00:00Z"},
    ...         {"event_date": "2024-03-11", "published_at": "2024-03-12T07:00:00Z"}], key=fusion_order)[0]["event_date"]
    '2024-03-11'
    """
    return (report.get("event_date") or "", reported_at(report) or "",
            *(str(report.get(column)) for column in FUSION_ORDER_FACTS), report.get("article_id") or 0)


# The facts that order reports of one event date and publication time (``fusion_order``).
FUSION_ORDER_FACTS = ("outlet", "url", "location", "geo_precision", "sub_event_type", "actor1", "actor2",
                      "fatalities", "injured", "latitude", "longitude", "direction")


def fuse(reports: list[dict], rules: frozenset[str] = FUSION_RULES) -> list[list[dict]]:
    """Every report, fused one by one as the live pipeline fuses them (``settle``): the
    incidents as lists of their reports, the same whatever the order of *reports*."""
    fusion = Fusion(rules)
    for report in reports:
        fusion.add(report)
    return fusion.close()


class Fusion:
    """Reports fused one by one in memory, as the live pipeline fuses them into the
    archive; ``close`` hands over the incidents no later report can join, so an archive
    fused day by day of event date holds only ``DAY_SLACK + 1`` days of reports.

        >>> hajin = {"article_id": 1, "event_date": "2024-03-12", "country": "Syria", "admin1": "Deir ez-Zor",
        ...          "location": "Hajin", "latitude": 34.6894, "longitude": 40.8308, "geo_precision": 1,
        ...          "sub_event_type": "Air/drone strike", "actors": []}
        >>> fusion = Fusion()
        >>> for report in (hajin, {**hajin, "article_id": 2}, {**hajin, "article_id": 3, "event_date": "2024-03-16"}):
        ...     fusion.add(report)
        >>> done = fusion.close(before="2024-03-14")   # the incidents of days before the 14th
        >>> [[report["article_id"] for report in incident] for incident in done]
        [[1, 2]]
    """

    def __init__(self, rules: frozenset[str] = FUSION_RULES):
        self.rules = rules
        self.incidents: dict[int, list[dict]] = {}
        # where incidents may be found, as the store's candidate query finds them: (country,
        # event_date, a grid cell of GRID_DEGREES) for every report; (..., admin1) for every
        # report and ("coarse", ...) for the coarse ones -> incident numbers
        self.index: dict[tuple, list[int]] = {}
        self.numbers = itertools.count()
        self.known: dict[tuple, bool] = {}   # compatibility of open reports (``remembering``)

    def add(self, report: dict) -> None:
        chosen, moves = settle(report, self._candidates(report), self.rules, functools.partial(self._governorate, report),
                               self.known, self._candidates, self.incidents.get)
        new = {NEW_INCIDENT: self._place(chosen, report)}
        for old, moved, destination in moves:
            self.incidents[old] = [other for other in self.incidents[old] if other is not moved]
            if not self.incidents[old]:
                del self.incidents[old]
            new[destination] = self._place(destination if destination >= 0 else new.get(destination), moved)

    def _candidates(self, report: dict) -> dict[int, list[dict]]:
        """The open incidents *report* may join, as the store's candidate query finds them."""
        numbers = {n for key in _lookup_keys(report, self._days(report)) for n in self.index.get(key, ())}
        # (a number a moved coarse report left behind may be of a closed incident)
        return {n: self.incidents[n] for n in sorted(numbers) if n in self.incidents}

    def _governorate(self, report: dict, days: dict[str | None, tuple[str, str]]) -> dict[int, list[dict]]:
        """Every open incident of *days* (``governorate_days``) of the report's country: where
        its coarse reports may go."""
        numbers = {n for governorate, (first, last) in days.items() for day in _dates_between(first, last)
                   for n in self.index.get(("admin1", report["country"], day, governorate), ())}
        return {n: self.incidents[n] for n in sorted(numbers) if n in self.incidents}

    @staticmethod
    def _days(report: dict) -> list[str]:
        window = candidate_dates(report)
        if not window:
            return []
        first = date.fromisoformat(window[0])
        return [(first + timedelta(days=n)).isoformat() for n in range(2 * DAY_SLACK + 1)]

    def close(self, before: str | None = None) -> list[list[dict]]:
        """The incidents whose reports are all dated before *before* (every one: None),
        in the order they started, removed from the fusion."""
        done = [n for n, reports in self.incidents.items()
                if before is None or all((r.get("event_date") or "") < before for r in reports)]
        for key in [key for key in self.index if before is None or key[2] < before]:
            del self.index[key]
        self.known.clear()
        return [self.incidents.pop(n) for n in done]

    def _place(self, number: int | None, report: dict) -> int:
        if number is None:
            number = next(self.numbers)
            self.incidents[number] = []
        self.incidents[number].append(report)
        if candidate_dates(report):
            for key in _index_keys(report):
                self.index.setdefault(key, []).append(number)
        return number


def _dates_between(first: str, last: str) -> list[str]:
    """The ISO days from *first* to *last*, both included."""
    start = _day(first)
    return [(start + timedelta(days=n)).isoformat() for n in range((_day(last) - start).days + 1)]


# Grid cells of the in-memory fusion's index: wider than AREA_KM (0.5 degrees is 55 km of
# latitude, 45 km of longitude at 36 N), so every place within AREA_KM is in a neighbouring cell.
GRID_DEGREES = 0.5


def _cell(report: dict) -> tuple[int, int]:
    return int(report["latitude"] // GRID_DEGREES), int(report["longitude"] // GRID_DEGREES)


def _index_keys(report: dict) -> list[tuple]:
    """Where a placed report is found by later ones (``_lookup_keys``)."""
    row, column = _cell(report)
    keys = [("cell", report["country"], report["event_date"], row, column),
            ("admin1", report["country"], report["event_date"], report.get("admin1"))]
    if report["geo_precision"] > 1:
        keys.append(("coarse", report["country"], report["event_date"], report.get("admin1")))
    return keys


def _lookup_keys(report: dict, days: list[str]) -> list[tuple]:
    """The index keys of *days* under which every report compatible with *report* is: the
    neighbouring cells (precise places and areas within AREA_KM), and the reports of its
    governorate (a coarse report) or the coarse reports of its governorate (a precise one)."""
    row, column = _cell(report)
    keys = [("cell", report["country"], day, row + dr, column + dc) for day in days for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)]
    if report.get("admin1"):
        keys += [("admin1" if report["geo_precision"] > 1 else "coarse", report["country"], day, report["admin1"])
                 for day in days]
    return keys


def incident_facts(reports: list[dict]) -> dict:
    """The ``incidents`` columns (lists as lists, no id/updated_at) of *reports*, in arrival order.

    Place: the most precise the reports give (of those, the most reported; then the first).
    Date, type, actor1, actor2: the most reported (then the earliest date, the first
    reporter's). Figures: see ``toll``.
    """
    finest = min(r.get("geo_precision") or 9 for r in reports)
    place_name = _most_reported([r.get("location") for r in reports if (r.get("geo_precision") or 9) == finest])
    place = next(r for r in reports if (r.get("geo_precision") or 9) == finest and r.get("location") == place_name)
    # the part of the area the reports of that place name (one may name it, another not; two
    # parts apart are two incidents: ``directions_apart``)
    direction = _most_reported([r.get("direction") for r in reports if (r.get("geo_precision") or 9) == finest
                                and r.get("location") == place_name]) if finest >= 2 else None
    dates = Counter(r["event_date"] for r in reports if r.get("event_date"))
    event_date = min(dates, key=lambda day: (-dates[day], day)) if dates else None
    typed = _most_reported([r.get("sub_event_type") for r in reports])
    event_type = next((r.get("event_type") for r in reports if r.get("sub_event_type") == typed), None)
    fatalities, killed_rule, killed_from = toll(reports, "fatalities")
    injured, injured_rule, injured_from = toll(reports, "injured")
    outlets = _distinct(r.get("outlet") for r in reports)
    languages = _distinct(r.get("language") for r in reports)
    reported = [reported_at(r) for r in reports]
    reported = [moment for moment in reported if moment]
    evidence = [*_evidence(killed_from, ("killed", "no casualties")), *_evidence(injured_from, ("injured",)),
                *_evidence([place], ("place",)), *_evidence([place], ("date",))]
    facts = {
        "first_reported_at": min(reported) if reported else None,
        "last_reported_at": max(reported) if reported else None,
        "event_date": event_date, "event_type": event_type, "sub_event_type": typed,
        **{column: place.get(column) for column in ("location", "admin1", "admin2", "country", "latitude",
                                                      "longitude", "geo_precision")},
        "direction": direction,
        "actor1": _most_reported([r.get("actor1") for r in reports]),
        "actor2": _most_reported([r.get("actor2") for r in reports]),
        "actors": _distinct(actor for r in reports for actor in _actors(r)),
        "fatalities": fatalities, "injured": injured,
        "fatalities_rule": killed_rule + ("" if injured is None else f"; injured: {injured_rule}"),
        "report_count": len(reports), "outlet_count": len(outlets), "outlets": outlets,
        "languages": languages, "evidence": evidence,
    }
    facts["notes"] = summary(facts, reports)
    return facts


def toll(reports: list[dict], column: str) -> tuple[int | None, str, list[dict]]:
    """A figure (``fatalities`` or ``injured``) across reports as the codebook counts it,
    the rule that gave it in words, and the reports whose figures it weighed.

    Reports of one outlet, or copies of one story, are one source: the source's figure is
    its highest (a later revision raising its own toll). Independent sources that differ
    give the lowest credible figure; "nobody died" (0) counts only when no source reports
    a death.

    >>> toll([{"outlet": "a.example", "story_id": 1, "fatalities": 3},
    ...       {"outlet": "b.example", "story_id": 2, "fatalities": 5},
    ...       {"outlet": "a.example", "story_id": 3, "fatalities": 4}], "fatalities")[:2]
    (4, 'lowest of 2 independent sources (4: a.example; 5: b.example)')
    """
    sources: dict[int, list[dict]] = {}
    for root, report in zip(_sources(reports), reports):
        sources.setdefault(root, []).append(report)
    figures = []   # (figure, the report that gave it) per source
    for members in sources.values():
        given = [r for r in members if r.get(column) is not None]
        if given:
            top = max(given, key=lambda r: r[column])
            figures.append((top[column], top, len(given)))
    if not figures:
        return None, "no report gives a figure", []
    positive = [f for f in figures if f[0] > 0] or figures
    figure, report, revisions = min(positive, key=lambda f: f[0])
    named = "; ".join(f"{value}: {r.get('outlet') or 'unknown outlet'}" for value, r, _ in sorted(figures, key=lambda f: f[0]))
    if len(figures) == 1:
        rule = f"one source ({named})" + (f", the highest of its {revisions} reports" if revisions > 1 else "")
    elif len({f[0] for f in figures}) == 1:
        rule = f"{len(figures)} independent sources agree ({named})"
    elif len(positive) < len(figures):
        rule = f"lowest death toll of {len(figures)} independent sources, 'nobody' set aside ({named})"
    else:
        rule = f"lowest of {len(figures)} independent sources ({named})"
    return figure, rule, [r for _, r, _ in figures]


def corroboration(counts: dict[str, int]) -> str:
    """Outlets per language in words: "reported by 3 outlets (2 Arabic, 1 English)".

    >>> corroboration({"ar": 2, "en": 1}), corroboration({"en": 1})
    ('reported by 3 outlets (2 Arabic, 1 English)', 'reported by 1 outlet (English)')
    """
    total = sum(counts.values())
    if len(counts) == 1:
        [language] = counts
        parts = LANGUAGE_NAMES.get(language, language or "language unknown")
    else:
        parts = ", ".join(f"{count} {LANGUAGE_NAMES.get(language, language or 'language unknown')}"
                          for language, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] or "")))
    return f"reported by {total} outlet{'s' if total != 1 else ''} ({parts})"


def outlets_by_language(reports: list[dict]) -> dict[str, int]:
    """Outlets per language (an outlet counts in the language of its first report)."""
    first: dict[str, str] = {}
    for report in reports:
        first.setdefault(report.get("outlet") or f"article {report.get('article_id')}", report.get("language") or "")
    return dict(Counter(first.values()))


def summary(facts: dict, reports: list[dict]) -> str:
    """One sentence: what, where (``place_named``), when, how many (``monitor.text.events.summarize``),
    who reports it."""
    named = {**facts, "location": place_named(facts)}
    return f"{summarize(named).removesuffix('.')}; {corroboration(outlets_by_language(reports))}."


def place_named(facts: dict) -> str | None:
    """The incident's place as the desk says it: an area or governorate with the part of it
    the reports name (``direction``) as "the western Deir ez-Zor countryside" says it, else
    ``location`` as it is.

    >>> west = {"location": "Deir ez-Zor Governorate", "admin1": "Deir ez-Zor", "geo_precision": 3, "direction": "west"}
    >>> place_named(west), place_named({**west, "direction": None})
    ('western Deir ez-Zor countryside', 'Deir ez-Zor Governorate')
    >>> place_named({"location": "Al-Shaddadi", "admin1": "Al-Hasakah", "geo_precision": 2, "direction": "south-east"})
    'south-eastern Al-Shaddadi countryside'
    """
    direction, precision = facts.get("direction"), facts.get("geo_precision") or 0
    if not direction or precision < 2:
        return facts.get("location")
    area = facts.get("admin1") if precision >= 3 else facts.get("location")
    *first, last = direction.split("-")   # "north-west": "north-western"
    return f"{'-'.join([*first, DIRECTION_WORDS.get(last, last)])} {area or facts.get('location')} countryside"


def _sources(reports: list[dict]) -> list[int]:
    """Per report, its source's number: reports sharing an outlet or a story are one source."""
    parent = list(range(len(reports)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    seen: dict[tuple, int] = {}
    for n, report in enumerate(reports):
        for key in (("outlet", report.get("outlet")), ("story", report.get("story_id"))):
            if key[1] is None:
                continue
            if key in seen:
                parent[root(n)] = root(seen[key])
            else:
                seen[key] = n
    return [root(n) for n in range(len(reports))]


def _evidence(reports: list[dict], kinds: tuple[str, ...]) -> list[dict]:
    found = []
    for report in reports:
        for item in report.get("evidence") or []:
            if item.get("kind") in kinds:
                found.append({"kind": item["kind"], "figure": item.get("figure"), "sentence": item.get("sentence"),
                              "span": item.get("span"), "outlet": report.get("outlet"),
                              "article_id": report.get("article_id"), "language": report.get("language")})
    return found


def _located(report: dict) -> bool:
    return (report.get("geo_precision") is not None and bool(report.get("country"))
            and report.get("latitude") is not None and report.get("longitude") is not None)


def _governorate_wide(report: dict) -> bool:
    """A governorate, or an area named after it: either may lie anywhere in the governorate."""
    return report["geo_precision"] >= 3 or _governorate_area(report)


def _governorate_area(report: dict) -> bool:
    """An area named after its governorate ("eastern Deir ez-Zor", "the Raqqa countryside"):
    it may lie anywhere in the governorate, as a governorate-only report does."""
    return (report["geo_precision"] == 2 and bool(report.get("location")) and bool(report.get("admin1"))
            and _bare(report["location"]) == _bare(report["admin1"]))


@functools.lru_cache(maxsize=8192)   # the fusion compares the same few names millions of times
def _bare(name: str) -> str:
    """A place name folded, without its article: "Al-Hasakah" and "Hasakah" are one name."""
    return normalize_term(name).removeprefix("al ")



def _dates_compatible(a: dict, b: dict, rules: frozenset[str] = FUSION_RULES) -> bool:
    """The same day; or a day apart when the later day is a publication day (a report that
    names no date) published within ``LATE_POST_HOURS`` of the other report — a late post
    of last night's strike, not the next day's strike — and both places are precise, or
    (rule ``late_flash``) the late report names the precise place of last night's flash that
    named only its area or governorate, published before it ("ريف دير الزور الشرقي" in the
    evening, "Al-Susah" the next morning); a district or governorate told the day after a
    precise strike is too weak a link; or (rule ``midnight_flash``) the later day is that of a
    report naming no date published first, and the other, published within
    ``LATE_POST_HOURS`` after it, names the day before: a flash posted after local midnight
    of a strike that a later report dates to the evening before ("قبل قليل" at 00:00, "late on
    Saturday"), whatever their precisions; or (rule ``overnight``) the later report names no
    day but the night, which began the day before; or (rule ``next_morning``) the later names
    no day and was published in the local morning (``morning_post``), whatever its place: the
    next morning's statement of the day before's strike. Two days read from the texts that
    differ are two strikes.

    >>> flash = {"event_date": "2026-06-14", "geo_precision": 1, "published_at": "2026-06-13T21:00:00Z"}
    >>> wire = {"event_date": "2026-06-13", "geo_precision": 2, "published_at": "2026-06-14T14:00:00Z",
    ...         "evidence": [{"kind": "date", "sentence": "… late on Saturday …"}]}
    >>> _dates_compatible(flash, wire), _dates_compatible(flash, wire, FUSION_RULES - {"midnight_flash"})
    (True, False)
    >>> _dates_compatible(flash, {**wire, "evidence": []})      # the wire's day its publication's: a day apart
    False
    """
    if not (a.get("event_date") and b.get("event_date")):
        return False
    gap = _day_gap(a, b)
    if gap == 0:
        return True
    earlier, later = sorted((a, b), key=lambda report: report["event_date"])
    if gap > DAY_SLACK:
        return False
    if "overnight" in rules and overnight(later):
        return True
    if "across_midnight" in rules and across_midnight(earlier, later):
        return True
    if dated(later):
        return False
    hours = _hours_between(earlier, later)
    if "midnight_flash" in rules and hours < 0 and dated(earlier):
        return -hours <= LATE_POST_HOURS
    if "next_morning" in rules and morning_post(later):
        return True
    return later["geo_precision"] == 1 and hours <= LATE_POST_HOURS and (earlier["geo_precision"] == 1 or ("late_flash" in rules and hours >= 0))


@contextmanager
def region_time(utc_offset_hours: float | None) -> Iterator[None]:
    """Within the block, the fusion tells the region's local time as UTC plus *utc_offset_hours* (config.yaml's
    matching.utc_offset_hours, by which the coder dated the reports; None: as it was)."""
    token = None if utc_offset_hours is None else _UTC_OFFSET.set(timedelta(hours=utc_offset_hours))
    try:
        yield
    finally:
        if token is not None:
            _UTC_OFFSET.reset(token)


def morning_post(report: dict) -> bool:
    """Whether the report, naming no day (its event date its publication day), was published in the region's
    morning, from ``SMALL_HOURS_END`` to ``MORNING_END_HOUR`` local: it may tell the day before's strike as well as
    its own day's, as a statement of the night's and the day before's operations does (rule ``next_morning``:
    Turkey's defence ministry the next morning, "5 PKK terrorists were neutralised in the Avashin region", naming no
    day). A post of the small hours is written in the night (rules ``midnight_flash``, ``overnight`` judge it).

    >>> statement = {"event_date": "2027-06-27", "published_at": "2027-06-27T06:00:00Z", "evidence": [{"kind": "place"}]}
    >>> morning_post(statement), morning_post({**statement, "published_at": "2027-06-27T10:00:00Z"})   # 13:00 local
    (True, False)
    >>> morning_post({**statement, "published_at": "2027-06-26T22:00:00Z"})                            # 01:00 local
    False
    >>> morning_post({**statement, "evidence": [{"kind": "date", "figure": "2027-06-27"}]})   # "on Sunday": its day
    False
    """
    at = reported_at(report)
    if dated(report) or overnight(report) or not at or len(at) <= 10:
        return False
    moment = _moment(at)
    local = (moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment) + _UTC_OFFSET.get()
    return local.date().isoformat() == report.get("event_date") and SMALL_HOURS_END <= local.hour < MORNING_END_HOUR


def _hours_between(earlier: dict, later: dict) -> float:
    """Hours from the publication of *earlier* to that of *later* (0 when either is unknown)."""
    first, last = reported_at(earlier), reported_at(later)
    if not first or not last:
        return 0.0
    return (_moment(last) - _moment(first)).total_seconds() / 3600


@functools.lru_cache(maxsize=4096)
def _moment(text: str) -> datetime:
    """A publication time parsed once (a late post is compared with every report of the day before)."""
    return datetime.fromisoformat(text)


def overnight(report: dict) -> bool:
    """Whether the report names no day but the night (``monitor.text.events``' evidence "night": "struck …
    overnight", "ليلاً"): the night before its publication, which began the day before its event date (its
    publication day). Such a report is of that day's evening strike as well (rule ``overnight``).

    >>> overnight({"evidence": [{"kind": "night", "sentence": "Aircraft struck a position overnight."}]})
    True
    >>> overnight({"evidence": [{"kind": "night"}, {"kind": "date", "figure": "2026-09-04"}]})
    False
    """
    kinds = {item.get("kind") for item in report.get("evidence") or ()}
    return "night" in kinds and "date" not in kinds


# Two strikes' times of day this many hours apart are two strikes (rule ``times_of_day``): dawn (5) and noon (12),
# the morning (9) and the afternoon (15); not dawn and the morning, nor the afternoon and the evening (19), which
# reports of one strike name each other's time by
HOURS_APART = 5


def hours_apart(a: dict, b: dict) -> bool:
    """Whether both reports state the local hour of their strike (``time_of_day``) on one event date, ``HOURS_APART``
    or more apart: the dawn strike and the afternoon one on one town.

    >>> dawn = {"event_date": "2028-09-01", "time_of_day": 5}
    >>> hours_apart(dawn, {**dawn, "time_of_day": 15}), hours_apart(dawn, {**dawn, "time_of_day": 9})
    (True, False)
    >>> hours_apart(dawn, {**dawn, "time_of_day": None}), hours_apart(dawn, {"event_date": "2028-09-02", "time_of_day": 15})
    (False, False)
    """
    x, y = a.get("time_of_day"), b.get("time_of_day")
    return x is not None and y is not None and a.get("event_date") == b.get("event_date") and abs(x - y) >= HOURS_APART


# A date sentence placing its strike late in the day it names, or early in it (rule ``across_midnight``): not the
# evening or the dawn alone, which a day's two strikes hours apart are told by
_LATE_IN_DAY = re.compile(r"\blate (?:on |at |in the )?(?:\w+day\b|night\b)|\b(?:just |shortly )?(?:before|around|at) midnight\b"
                          r"|(?:قبيل|قبل|عند|حوالي) منتصف (?:الليل|ليل)|في (?:ساعة|وقت) متأخر(?:ة)? من (?:الليل|ليل|مساء)",
                          re.IGNORECASE)
_EARLY_IN_DAY = re.compile(r"\bearly (?:on )?\w+day\b|\b(?:shortly |just |soon )?after midnight\b|\b(?:early|small|first) hours\b"
                           r"|الساعات الأ[وُ]?ولى|بعد منتصف (?:الليل|ليل)", re.IGNORECASE)


def across_midnight(earlier: dict, later: dict) -> bool:
    """Whether two reports dated a day apart (*earlier*'s day before *later*'s, both read from their texts) tell one
    strike on the two sides of midnight: the earlier's date sentence places it late in its day ("late on Sunday"),
    the later's early in its own ("shortly after midnight", "الساعات الأولى من فجر السبت").

    >>> sunday = {"evidence": [{"kind": "date", "sentence": "A drone struck a car late on Sunday."}]}
    >>> monday = {"evidence": [{"kind": "date", "sentence": "Two men were killed early on Monday, shortly after midnight."}]}
    >>> across_midnight(sunday, monday), across_midnight(monday, sunday)
    (True, False)
    >>> across_midnight({"evidence": [{"kind": "date", "sentence": "A drone struck a car on Sunday evening."}]}, monday)
    False
    """
    return _date_said(earlier, _LATE_IN_DAY) and _date_said(later, _EARLY_IN_DAY)


def _date_said(report: dict, pattern: re.Pattern) -> bool:
    """Whether the sentence *report*'s event date was read from says *pattern*."""
    return any(item.get("kind") == "date" and pattern.search(item.get("sentence") or "")
               for item in report.get("evidence") or ())


def reported_at(report: dict) -> str | None:
    """When the report was published (else archived), ISO UTC."""
    return report.get("published_at") or report.get("fetched_at")


def dated(report: dict) -> bool:
    """Whether the report's event date was read from its text (else it is the publication day)."""
    if "dated" in report:
        return bool(report["dated"])
    return any(item.get("kind") == "date" for item in report.get("evidence") or [])


def _day_gap(a: dict, b: dict) -> int:
    if a["event_date"] == b["event_date"]:
        return 0
    return abs((_day(a["event_date"]) - _day(b["event_date"])).days)


@functools.lru_cache(maxsize=4096)
def _day(text: str) -> date:
    """An event date parsed once (the fusion compares each with many)."""
    return date.fromisoformat(text)


def _place_gap(a: dict, b: dict) -> float:
    return distance_km(a, b) if a["geo_precision"] == b["geo_precision"] == 1 else AREA_KM


def _types_compatible(a: dict, b: dict) -> bool:
    x, y = a.get("sub_event_type"), b.get("sub_event_type")
    return not x or not y or x == y or (x in WEAPON_TYPES and y in WEAPON_TYPES)


def _actors(report: dict) -> list[str]:
    return [a for a in (report.get("actor1"), report.get("actor2"), *(report.get("actors") or [])) if a]


def _most_reported(values: list):
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else None


def _distinct(values) -> list:
    return list(dict.fromkeys(v for v in values if v))
