"""Rebuild seeds/places.csv.gz, the shipped gazetteer, from Who's On First, OpenSyria,
OpenStreetMap and the curated lists.

    python seeds/build_gazetteer.py [path/to/wof_sy_iq.tsv.gz [output.csv.gz]]
        # default: <repo>/../shared/data/gazetteer/wof_sy_iq.tsv.gz -> seeds/places.csv.gz;
        # opensyria_subdistricts_sy.tsv and osm_communities_sy.tsv are read from the same folder,
        # ocha_subdistricts_iq.tsv and osm_villages_iq.tsv from seeds/sources/ (see its README)

Sources: the WOF extract of Syria and Iraq (32,061 towns, villages and districts; see its
README); OpenSyria's 272 Syrian sub-districts (nahiya, CC BY 4.0); OCHA's 294 Iraqi
sub-districts (COD-AB 2019, CC BY-IGO); 2,455 Syrian villages with OpenStreetMap points and
the OpenStreetMap villages of Iraq's border governorates (IRAQ_GOVERNORATES; ODbL);
seeds/gazetteer.csv, the curated places WOF lacks or names badly (bases, crossings, oil fields,
dams, camps, the region's towns under their usual spellings and their Kurdish names);
seeds/terrain.csv, the mountains and valleys of Iraqi Kurdistan, each with the public source
of its point. What the build does, so the seed can be refreshed
the same way:

- governorates under the names users know ("Days Az Zawr" -> Deir ez-Zor, "Hasaka (Al
  Haksa)" -> Al-Hasakah, "Dihok" -> Duhok, "Arbil" -> Erbil …: GOVERNORATES below);
- a row without a governorate takes the one its district has elsewhere in the file, else
  that of the nearest place in the same country that has one (its district too when that
  place is within 15 km);
- variants: WOF's Arabic, Kurdish and other names in Latin or Arabic script (other scripts
  never occur in the monitored news);
- a WOF place sharing a folded name with a curated place within 25 km is that place: its
  names become the curated place's variants and the curated row wins (name, point, kind);
  WOF places of one folded name within 5 km of each other are folded into one likewise;
- a WOF locality is a ``town`` when it is its district's seat (same name) or widely named
  (in at least TOWN_NAMES other scripts: it has Wikipedia articles), else a ``village`` (matched only after a place cue, see
  monitor/text/places.py); a WOF county is a ``district`` named "<X> District" (matched
  only as "X district", "منطقة X", "قضاء X"); every governorate gets a row ("<X> Governorate");
- a sub-district is "<X> Subdistrict" (kind ``subdistrict``, precision 2) with OpenSyria's or
  OCHA's English and Arabic names, its OCHA governorate and district renamed to the gazetteer's
  (an Iraqi district Who's On First draws otherwise: that of the nearest place);
- an OpenStreetMap village with the spelling key (places.spelling_key) or the Arabic name of
  a place within SAME_VILLAGE_KM is that place (its names become variants; a village OSM tags
  as a town is a town); else a new village (an Iraqi one in its sub-district's governorate and district);
- a sub-district's seat is the place of its district within SEAT_KM of the sub-district's point
  (the sub-district's centre, not its town; a seat within places.SAME_PLACE_KM is found so already) sharing a spelling key with one of its names,
  the nearest: a ``town`` (as a district's seat is), with the sub-district's names as variants
  (Markadah is Markada's seat; العريشة the seat عريشة), so a strike on the seat is there;
- a terrain region (kind ``region``, precision 2) takes the point its row names the source of;
- a village named with its word for village ("Qaryat Wadi al Murr") is also named without it (village_word_names);
- a name whose only namesakes are its parts (north/south, upper/lower, big/small) is a place midway between them,
  source "parts:" and theirs, a village or an ``area`` (precision 2) by how far apart they lie (part_areas);
- a village named with the word for its upper or lower part after its name ("Chamanki al 'Ulya", "Shadalah Khuwaru")
  is also "Upper Chamanki", "Lower Shadalah", as English reports write it (english_part_names).

Because of the OpenStreetMap villages the built gazetteer is a database under the ODbL 1.0
(share-alike): anything built from it stays under the ODbL and credits its sources (ATTRIBUTION).
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from haversine import Unit, haversine, haversine_vector

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from monitor.gazetteer import Place, read_gazetteer, write_gazetteer  # noqa: E402
from monitor.normalize import name_key, normalize_term  # noqa: E402
from monitor.text.places import SAME_PLACE_KM, spelling_key  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "gazetteer" / "wof_sy_iq.tsv.gz"
CURATED = ROOT / "seeds" / "gazetteer.csv"
OUTPUT = ROOT / "seeds" / "places.csv.gz"
ATTRIBUTION = ("Place data from Who's On First (whosonfirst.org, licence: whosonfirst.org/docs/licenses) "
               "and GeoNames (geonames.org, CC BY 4.0).")
SUBDISTRICT_CREDIT = ("Sub-district data from OpenSyria Data Geography (CC BY 4.0), based on UN OCHA/HDX, "
                      "geoBoundaries, GeoNames and Wikidata.")
OSM_CREDIT = ("Village points and names © OpenStreetMap contributors (ODbL 1.0); this gazetteer is a database "
              "under the Open Database License 1.0 (opendatacommons.org/licenses/odbl/1-0/): share-alike.")
IRAQ_SUBDISTRICT_CREDIT = ("Iraqi sub-district data from OCHA's Iraq Common Operational Dataset (COD-AB, "
                           "irq_admbnda_adm3_cso_20190603: Central Statistical Organization Iraq and ITOS, via HDX; "
                           "CC BY-IGO 3.0).")
SUBDISTRICTS, COMMUNITIES = "opensyria_subdistricts_sy.tsv", "osm_communities_sy.tsv"
IRAQ_SUBDISTRICTS, IRAQ_VILLAGES = "ocha_subdistricts_iq.tsv", "osm_villages_iq.tsv"
IRAQ_SOURCES = ROOT / "seeds" / "sources"   # derived for this project, kept with it
# The Iraqi governorates on the Syrian border and of the Turkish strikes, whose sub-districts and villages the
# build takes (elsewhere they would cost start-up and steal names: Baghdad's Al-Thawra Subdistrict is no Tabqa)
IRAQ_GOVERNORATES = frozenset({"Ninewa", "Duhok", "Erbil", "Anbar"})
TERRAIN = ROOT / "seeds" / "terrain.csv"
ALIASES = ROOT / "seeds" / "aliases.csv"
SEAT_KM = 40.0   # OpenSyria's centre of Abu Kamal Subdistrict is 45 km from the town; Markada's 26 km
SAME_VILLAGE_KM = 5.0   # as SAME_AS_EACH_OTHER_KM: GeoNames and OSM points of one village differ by a few km
TOWN_NAMES = 5
SAME_AS_CURATED_KM, SAME_AS_EACH_OTHER_KM, DISTRICT_FILL_KM = 25.0, 5.0, 15.0

# WOF region -> (the governorate as users know it, its Arabic name, other spellings)
GOVERNORATES = {
    "Aleppo": ("Aleppo", "حلب", []),
    "Ar Raqqah": ("Raqqa", "الرقة", ["Ar Raqqah", "Raqqah", "Rakka", "Raqa", "Al-Raqqa", "Al-Raqqah"]),
    "As Suwayda'": ("As-Suwayda", "السويداء", ["Suwayda", "Sweida", "As Suwayda"]),
    "Damascus": ("Damascus", "دمشق", []),
    "Dar`a": ("Daraa", "درعا", ["Dara'a", "Deraa", "Dar'a"]),
    "Days Az Zawr": ("Deir ez-Zor", "دير الزور", ["Days Az Zawr", "Dayr az Zawr", "Deir Ezzor", "Deir ez Zor",
                                                   "Deir el-Zour", "Deir al-Zor"]),
    "Hamah": ("Hama", "حماة", ["Hamah"]),
    "Hasaka (Al Haksa)": ("Al-Hasakah", "الحسكة", ["Hasakah", "Hasaka", "Hasakeh", "Hassakeh",
                                                           "Al-Hasaka", "Al-Hasakeh", "Al-Hassakeh"]),
    "Homs (Hims)": ("Homs", "حمص", ["Hims"]),
    "Idlib": ("Idlib", "إدلب", ["Idleb"]),
    "Lattakia": ("Latakia", "اللاذقية", ["Lattakia", "Latakia"]),
    "Quneitra": ("Quneitra", "القنيطرة", []),
    "Rif Dimashq": ("Rural Damascus", "ريف دمشق", ["Rif Dimashq", "Damascus countryside"]),
    "Tartus": ("Tartus", "طرطوس", ["Tartous"]),
    "Al-Anbar": ("Anbar", "الأنبار", ["Al-Anbar"]),
    "Al-Basrah": ("Basra", "البصرة", ["Al-Basrah", "Basrah"]),
    "Al-Muthannia": ("Muthanna", "المثنى", ["Al-Muthanna"]),
    "Al-Qadisiyah": ("Al-Qadisiyah", "القادسية", ["Qadisiyah", "Diwaniyah"]),
    "An-Najaf": ("Najaf", "النجف", ["An-Najaf"]),
    "Arbil": ("Erbil", "أربيل", ["Arbil", "Hawler", "Hewler"]),
    "As-Sulaymaniyah": ("Sulaymaniyah", "السليمانية", ["Sulaimaniyah", "Slemani"]),
    "Babil": ("Babil", "بابل", ["Babylon"]),
    "Baghdad": ("Baghdad", "بغداد", []),
    "Dhi-Qar": ("Dhi Qar", "ذي قار", ["Thi Qar"]),
    "Dihok": ("Duhok", "دهوك", ["Dihok", "Dohuk", "Dahuk"]),
    "Diyala": ("Diyala", "ديالى", []),
    "Halabja": ("Halabja", "حلبجة", []),
    "Karbala'": ("Karbala", "كربلاء", ["Kerbala"]),
    "Kirkuk": ("Kirkuk", "كركوك", []),
    "Maysan": ("Maysan", "ميسان", ["Missan"]),
    "Ninawa": ("Ninewa", "نينوى", ["Ninawa", "Nineveh", "Nineveh Plains"]),
    "Sala ad-Din": ("Salah al-Din", "صلاح الدين", ["Saladin", "Sala ad-Din", "Salahuddin"]),
    "Wasit": ("Wasit", "واسط", []),
}
# WOF district (county) names written as the region's news writes them.
DISTRICTS = {"Deir-ez-Zor": "Deir ez-Zor", "Al Mayadin": "Mayadin", "Al-Hasakeh": "Al-Hasakah",
             "Quamishli": "Qamishli", "Al-Malikeyyeh": "Al-Malikiyah", "Ar-Raqqa": "Raqqa", "Ka'im": "Al-Qaim",
             "Dahuk": "Duhok", "Amedi": "Amadiya", "Koisnjaq": "Koya", "Ain Al Arab": "Kobani",
             "Menbij": "Manbij", "Ru'ua": "Rawa", "Heet": "Hit", "Falluja": "Fallujah"}
COUNTRIES = {"SY": "Syria", "IQ": "Iraq"}
ADMIN_WORDS = re.compile(r"\b(?:district|distrikt\w*|province|governorate|muhafazat)\b|محافظة|قضاء|منطقة", re.IGNORECASE)


# Common nouns that some WOF names of one place are ("Air Base" of Al-Asad, "Lake" of Ramu): they name every
# such place, none in particular ("Abu al-Duhur Military Airbase" is no Al-Asad Air Base)
COMMON_NOUNS = frozenset({"air base", "airbase", "airport", "airfield", "base", "lake", "dam", "camp", "river", "mountain"})


def _usable(name: str) -> bool:
    """A name in Latin or Arabic script (the scripts of the monitored news), not a common noun (COMMON_NOUNS)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and normalize_term(name) not in COMMON_NOUNS and all(
        c.isascii() or "\u00c0" <= c <= "\u024f" or "\u0600" <= c <= "\u06ff" or "\u1e00" <= c <= "\u1eff" for c in letters)


def _arabic(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)


def _distinct(names) -> list[str]:
    seen, kept = set(), []
    for name in names:
        folded = normalize_term(name)
        if name and folded and folded not in seen and _usable(name):
            seen.add(folded)
            kept.append(name)
    return kept


def read_wof(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def fill_governorates(rows: list[dict]) -> Counter:
    """Give every row a governorate (and a district where one is close); count what was filled."""
    filled = Counter()
    by_county = defaultdict(Counter)
    for row in rows:
        if row["region"] and row["county"]:
            by_county[row["country"], row["county"]][row["region"]] += 1
    for row in rows:
        if not row["region"] and row["county"] and by_county[row["country"], row["county"]]:
            row["region"] = by_county[row["country"], row["county"]].most_common(1)[0][0]
            filled["from its district"] += 1
    for country in COUNTRIES:
        known = [r for r in rows if r["country"] == country and r["region"]]
        points = np.array([(float(r["lat"]), float(r["lon"])) for r in known])
        for row in rows:
            if row["country"] == country and not row["region"]:
                here = (float(row["lat"]), float(row["lon"]))
                distances = haversine_vector(here, points, Unit.KILOMETERS, comb=True).ravel()
                nearest = known[int(np.argmin(distances))]
                row["region"] = nearest["region"]
                filled["from the nearest place"] += 1
                if not row["county"] and distances.min() <= DISTRICT_FILL_KM:
                    row["county"] = nearest["county"]
    return filled


def wof_place(row: dict) -> Place:
    admin1 = GOVERNORATES[row["region"]][0]
    admin2 = DISTRICTS.get(row["county"], row["county"])
    listed = [row["name"], *row["names_ar"].split("|"), *row["names_ku"].split("|"), *row["names_other"].split("|")]
    names = _distinct(n.strip() for n in listed)
    # The name shown is plain Latin where WOF has one ("Afrin", not "‘Afrīn"; some rows carry an
    # Arabic name as the English one).
    plain = [n for n in names if _PLAIN.fullmatch(n)]
    if plain and not _PLAIN.fullmatch(names[0]):
        # "Ḩarastā" is Harasta, which WOF lists too, not the first plain name it lists ("Arasta Bassal")
        same = [n.strip() for n in listed if _PLAIN.fullmatch(n.strip()) and normalize_term(n) == normalize_term(names[0])]
        if same and spelling_key(plain[0]) != spelling_key(names[0]):
            names[0] = same[0]
        else:
            names.insert(0, names.pop(names.index(plain[0])))
    point = (float(row["lat"]), float(row["lon"]))
    source = f"wof:{row['wof_id']}"
    if row["placetype"] == "county":
        arabic = [n for n in names if _arabic(n)]
        latin = [n for n in names if n not in arabic]
        bare_ar = _distinct(n.removeprefix("منطقة ").removeprefix("قضاء ").removeprefix("مركز ") for n in arabic)
        variants = _distinct([*(n if "distri" in n.lower() else f"{n} district" for n in [admin2, *latin]),
                              *(f"{prefix} {n}" for n in bare_ar for prefix in ("منطقة", "قضاء"))])
        return Place(f"{admin2} District", tuple(variants), *point, COUNTRIES[row["country"]], admin1, "district",
                     admin2, source)
    # A town's record often lists its district's and governorate's names ("Idlib District",
    # "محافظة إدلب"): those belong to the district and governorate rows.
    names = [n for n in names if not ADMIN_WORDS.search(n)] or names[:1]
    if row["placetype"] == "campus":
        kind = "base"
    elif row["placetype"] == "neighbourhood":
        kind = "neighbourhood"
    else:
        seat = normalize_term(row["name"]) in {normalize_term(row["county"]), normalize_term(admin2)}
        widely_named = sum(not _usable(n) for n in row["names_other"].split("|") if n) >= TOWN_NAMES
        kind = "town" if seat or widely_named else "village"
    return Place(names[0], tuple(names[1:]), *point, COUNTRIES[row["country"]], admin1, kind, admin2, source)


_PLAIN = re.compile(r"[A-Za-z][A-Za-z' -]*")


def _keys(place: Place) -> set[str]:
    return {normalize_term(v) for v in (place.name, *place.variants)} - {""}


def merge(curated: list[Place], wof: list[Place]) -> tuple[list[Place], Counter]:
    """Curated places with the names of the WOF places that are them, then the other WOF places
    (same-name neighbours folded into one)."""
    stats = Counter()
    owner: dict[str, list[int]] = defaultdict(list)
    for index, place in enumerate(curated):
        for key in _keys(place):
            owner[key].append(index)
    extra: dict[int, list[str]] = defaultdict(list)
    rest = []
    for place in wof:
        same = {i for key in _keys(place) for i in owner.get(key, ())
                if place.kind != "district" and haversine(place.point, curated[i].point) <= SAME_AS_CURATED_KM}
        if same:
            target = min(same, key=lambda i: haversine(place.point, curated[i].point))
            extra[target].extend([place.name, *place.variants])
            stats["WOF places merged into a curated one"] += 1
        else:
            rest.append(place)
    taken = set(owner)
    merged = []
    for index, place in enumerate(curated):
        names = [n for n in _distinct([place.name, *place.variants, *extra[index]])[1:]]
        # a WOF name that another curated place owns stays that place's
        names = [n for n in names if normalize_term(n) not in taken or index in owner[normalize_term(n)]]
        admin2 = place.admin2 or _nearest_district(place, wof)
        merged.append(Place(place.name, tuple(names), place.latitude, place.longitude, place.country,
                            place.admin1, place.kind, admin2, "curated"))
    groups: dict[str, list[Place]] = defaultdict(list)
    for place in rest:
        groups[normalize_term(place.name)].append(place)
    for same_name in groups.values():
        same_name.sort(key=lambda p: (-len(p.variants), p.source))
        kept: list[list[Place]] = []
        for place in same_name:
            home = next((g for g in kept if g[0].kind == place.kind
                         and haversine(g[0].point, place.point) <= SAME_AS_EACH_OTHER_KM), None)
            (home.append(place), stats.update(["WOF duplicates folded"])) if home else kept.append([place])
        for first, *others in kept:
            names = _distinct([*first.variants, *(n for o in others for n in (o.name, *o.variants))])
            merged.append(Place(first.name, tuple(n for n in names if normalize_term(n) != normalize_term(first.name)),
                                first.latitude, first.longitude, first.country, first.admin1, first.kind,
                                first.admin2, first.source))
    return merged, stats


def _nearest_district(place: Place, wof: list[Place]) -> str:
    near = [p for p in wof if p.admin1 == place.admin1 and p.admin2 and p.kind != "district"]
    return min(near, key=lambda p: haversine(place.point, p.point)).admin2 if near else ""


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def admin_names(places: list[Place]):
    """A function from an OCHA (governorate, district) spelling to the gazetteer's
    ("Deir-ez-Zor", "Al Mayadin" -> "Deir ez-Zor", "Mayadin"): same name key or spelling key,
    else OCHA_DISTRICTS."""
    governorate = {}
    for wof_name, (name, arabic, spellings) in GOVERNORATES.items():
        for spelling in (wof_name, name, arabic, *spellings):
            governorate[name_key(spelling)] = governorate[spelling_key(spelling)] = name
    districts = defaultdict(dict)
    for p in places:
        if p.kind == "district":
            for spelling in (p.admin2, p.name.removesuffix(" District")):
                districts[p.admin1][name_key(spelling)] = districts[p.admin1][spelling_key(spelling)] = p.admin2

    def rename(admin1: str, admin2: str) -> tuple[str, str]:
        admin1 = governorate.get(name_key(admin1)) or governorate[spelling_key(admin1)]
        admin2 = OCHA_DISTRICTS.get(admin2, admin2)
        known = districts[admin1]
        return admin1, known.get(name_key(admin2)) or known.get(spelling_key(admin2)) or admin2
    return rename


# OCHA district names no key relates to the gazetteer's (WOF's) name of that district.
OCHA_DISTRICTS = {"Mount Simeon": "Jebel Saman", "Ayn al-Arab": "Kobani", "Ain Al Arab": "Kobani",
                  "Maarrat al-Nu'man": "Al Ma'ra", "Al Mara": "Al Ma'ra", "Markaz Rif Dimashq": "Rural Damascus",
                  "Mhardeh": "Muhradah", "Al-Mukharram": "Al Makhrim", "Tadmur": "Tadmor", "Douma": "Duma",
                  "Duraykish": "Dreikish", "Al-Zabadani": "Az-Zabdani", "Yabrud": "Yabroud",
                  "Jisr al-Shughur": "Jisr-Ash-Shugur", "Al-Haffah": "Al-Haffa", "Baniyas": "Banyas",
                  "Al-Shaykh Badr": "Sheikh Badr", "Tell Abyad": "Tell Abiad", "Ar-Raqqah": "Raqqa",
                  "Ar-Raqqa": "Raqqa", "Quamishli": "Qamishli", "Al-Qamishli": "Qamishli", "Menbij": "Manbij",
                  "Al Mayadin": "Mayadin", "Deir-ez-Zor": "Deir ez-Zor", "Al-Hasakeh": "Al-Hasakah",
                  "Al-Malikeyyeh": "Al-Malikiyah", "Ras al-Ayn": "Ras Al Ain", "Dar'a": "Dar'a", "Daraa": "Dar'a",
                  "Izra": "Izra'", "As-Sweida": "As-Sweida", "As-Suwayda": "As-Sweida", "Tartous": "Tartous",
                  "Tartus": "Tartous", "Latakia": "Lattakia", "Idlib": "Idleb", "Harem": "Harim",
                  # Iraq (OCHA's COD-AB spellings)
                  "Aqra": "Akre", "Koysinjaq": "Koya", "Makhmour": "Makhmur", "Al-Kaim": "Al-Qaim", "Heet": "Hit",
                  "Al-Falluja": "Fallujah", "Sumail": "Sumel", "Al-Amadiya": "Amadiya", "Tilkaef": "Tilkaif"}
# Machine transliterations in OpenSyria's aliases ("nahyt atarb"): no one writes them.
_LOWERCASE = re.compile(r"[a-z ʿʾ`'-]+")


def _bare_name(name: str) -> str:
    """A name folded without its article ("Al-Walid", "الوليد" -> "walid", "وليد")."""
    folded = normalize_term(name)
    return re.sub(r"^(?:a[lnrsdtz] |ال)", "", folded)


def subdistrict_places(rows: list[dict], rename, places: list[Place], source: str, seated: bool = False) -> list[Place]:
    """Sub-districts (OpenSyria's, OCHA's of Iraq) as places "<X> Subdistrict" (precision 2), their
    sources *source*:<P-code>, with "X", "X subdistrict" and "ناحية X" among their names. If *seated*
    (OCHA's Iraqi rows), only where no town or village of its district, or of the governorate within
    SEAT_KM, is named like it: with one, "X" is that seat's, and "ناحية X" / "the X sub-district" is read by the label rule of
    monitor/text/places.py, which codes the seat at precision 2, as ACLED and the labelled reports do
    (Qayyarah, Zumar; a row named so beside it would take "Haqlaniya town" from its village); the row keeps only
    its labelled names ("ناحية X", "X subdistrict"), and only when the seat lies within
    SAME_PLACE_KM of its point and no place of the governorate carries the name (rule "nahiya" of places.py).
    An Iraqi district the gazetteer draws otherwise (OCHA's Rawanduz and Al-Zibar of Erbil are Soran,
    Mergasur and Choman to Who's On First) is that of the gazetteer's place nearest the sub-district's
    point; OpenSyria's districts are the gazetteer's, renamed."""
    subdistricts, districts = [], {(p.admin1, p.admin2) for p in places if p.kind == "district"}
    named: dict[tuple[str, str], list[tuple[tuple[float, float], str, str]]] = defaultdict(list)
    carried = set()   # (governorate, folded name) of its places' names
    for p in places if seated else ():
        if p.kind in ("village", "town", "city"):
            for name in (p.name, *p.variants):
                named[p.admin1, spelling_key(name)].append((p.point, p.admin2, _bare_name(name)))
                carried.add((p.admin1, normalize_term(name)))
    for row in rows:
        country = COUNTRIES[row["country"]]
        admin1, admin2 = rename(row["admin1"], row["admin2"])
        point = (float(row["lat"]), float(row["lon"]))
        if country == "Iraq" and (admin1, admin2) not in districts:
            admin2 = _nearest_district(Place("", (), *point, country, admin1, "subdistrict"), places)
        names = [row["name"], *row["alt_names"].split("|"), *row["names_ar"].split("|"), *row["names_ku"].split("|")]
        names = _distinct(n.strip() for n in names if n.strip() and not _LOWERCASE.fullmatch(n.strip()))
        bare = [n for n in names if not re.search(r"sub ?district|nahiyat|ناحيه|مركز", normalize_term(n))]
        # (a desert sub-district's centre can lie far from its seat: Al-Walid's is 56 km from the border village)
        # (beyond SAME_PLACE_KM, a seat bears its name, not a spelling key alone: Pirblah, 37 km off, is no seat of
        # Barwari Bala, nor Al Kar'an of Al-Qairawan; Al Walid of Al-Walid and An Nukhayb of Al-Nekhaeeb are)
        seats = [km for n in bare for at, district, name in named.get((admin1, spelling_key(n)), ())
                 if ((km := haversine(point, at)) <= SEAT_KM or district == admin2)
                 and (km <= SAME_PLACE_KM or name == _bare_name(n))]
        labelled = [*(f"{n} subdistrict" for n in bare if not _arabic(n)), *(f"ناحية {n}" for n in bare if _arabic(n))]
        # a seated sub-district keeps its labelled names when its seat is beside its point ("ناحية سنجار" is Sinjar's,
        # no Sanjar sub-district of Idlib; "the Bateel subdistrict", spelled as OCHA does): the label rule reads them
        # at precision 2; not when the seat lies farther than SAME_PLACE_KM (its labelled name read on the seat's
        # name, at the seat's point) or another place of the governorate carries the name
        variants = [*bare, *labelled, *names] if not seats else [
            n for n in labelled if min(seats) <= SAME_PLACE_KM and (admin1, normalize_term(n)) not in carried]
        subdistricts.append(Place(f"{row['name']} Subdistrict", tuple(_distinct(variants)), *point, country, admin1,
                                  "subdistrict", admin2, f"{source}:{row['source_id']}"))
    return subdistricts


def seat_towns(places: list[Place]) -> tuple[list[Place], int]:
    """Each sub-district's seat (a place of its district within SEAT_KM, named like it, the
    nearest) becomes a town carrying the sub-district's names; returns the places and how many."""
    places, count = list(places), 0
    by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, place in enumerate(places):
        if place.kind in ("village", "town", "city"):
            for name in (place.name, *place.variants):
                by_key[place.admin1, spelling_key(name)].add(index)
    for area in [p for p in places if p.kind == "subdistrict"]:
        names = [n for n in (area.name, *area.variants) if not re.search(r"sub ?district|nahiyat|ناحيه", normalize_term(n))]
        near = [i for i in set().union(*(by_key.get((area.admin1, spelling_key(n)), set()) for n in names))
                if places[i].admin2 == area.admin2 and haversine(area.point, places[i].point) <= SEAT_KM]
        seat = min(near, key=lambda i: haversine(area.point, places[i].point), default=None)
        # a seat within SAME_PLACE_KM is already the sub-district's seat to places.locate (rule "seats"); one farther
        # off bears its name, not a spelling key alone (Al Kar'an, 34 km from Al-Qairawan's point, is no seat of it)
        if seat is not None and haversine(area.point, places[seat].point) > SAME_PLACE_KM and (
                {_bare_name(n) for n in names} & {_bare_name(n) for n in (places[seat].name, *places[seat].variants)}):
            place = places[seat]
            places[seat] = replace(place, kind="town" if place.kind == "village" else place.kind,
                                   variants=tuple(_distinct([place.name, *place.variants, *names])[1:]))
            count += 1
    return places, count


def merge_communities(places: list[Place], rows: list[dict], admin, unnamed_only: bool = False) -> tuple[list[Place], Counter]:
    """OpenStreetMap villages: the spellings of one already known (same spelling key or Arabic
    name within SAME_VILLAGE_KM) join it; the others are new villages, in the (country, governorate,
    district) that ``admin(row)`` gives; if *unnamed_only* (Iraq's), only those with no name a place of
    the country already has (Anbar's الحضر would make Hatra's a name of two places, and no strike there)."""
    stats = Counter()
    countries = {COUNTRIES[row["country"]] for row in rows}
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, place in enumerate(places):
        if place.country in countries and place.kind not in ("district", "subdistrict", "governorate", "region"):
            for name in (place.name, *place.variants):
                by_key[spelling_key(name)].append(index)
    taken = {normalize_term(n) for p in places if unnamed_only and p.country in countries for n in (p.name, *p.variants)}
    extra: dict[int, list[str]] = defaultdict(list)
    towns: set[int] = set()
    new = []
    for row in rows:
        names = _distinct([*row["names"].split("|"), *row["names_ar"].split("|")])
        if not names:
            continue
        point = (float(row["lat"]), float(row["lon"]))
        near = {i for name in names for i in by_key.get(spelling_key(name), ())
                if haversine(point, places[i].point) <= SAME_VILLAGE_KM}
        if near:
            target = min(near, key=lambda i: haversine(point, places[i].point))
            extra[target].extend(names)
            stats["OSM villages merged into a known place"] += 1
            if row["osm_place"] in ("town", "city") and places[target].kind == "village":
                towns.add(target)   # OpenStreetMap knows it as a town (Nasib of Daraa): a town
            continue
        if taken & {normalize_term(n) for n in names}:
            stats["OSM villages left out: a known place's name"] += 1
            continue
        kind = "town" if row["osm_place"] in ("town", "city") else "village"
        country, admin1, admin2 = admin(row)
        new.append(Place(names[0], tuple(names[1:]), *point, country, admin1, kind, admin2, row["osm_id"]))
        stats["OSM villages new"] += 1
    merged = [replace(p, variants=tuple(n for n in _distinct([p.name, *p.variants, *extra[i]])[1:]),
                      kind="town" if i in towns else p.kind) if i in extra else p for i, p in enumerate(places)]
    stats["villages OpenStreetMap knows as towns"] = len(towns)
    return merged + new, stats


# The words that name a part of a village (its north or south, upper or lower, big or small part), after its name,
# with or without an article, its ayn marked or not: "Tall 'Abtah al Janubi", "Hubarah Kabirah", "Ruilik Upper", "Chamanki al
# 'Ulya", "تل عبطة الشمالي", "أوكير فوقاني"
_PART_WORD = re.compile(r"\s+(?:(?:al|ash|as|at|ar|el|es|ech)[ -])?['`’‘]?(?:janubi|janubiyah|shimali|shamali|shimaliyah|shamaliyah"
                        r"|kabir|kabirah|kebir|kebire|saghir|saghirah|sghir|fawqani|tahtani|ulya|sufla|olya|sofla|upper|lower"
                        r"|gharbi|gharbiyah|sharqi|sharqiyah)$"
                        r"|\s+(?:ال)?(?:جنوبي|جنوبية|جنوبيه|شمالي|شمالية|شماليه|كبير|كبيرة|كبيره|صغير|صغيرة|صغيره|فوقاني|فوفاني"
                        r"|تحتاني|عليا|سفلى|غربي|غربية|غربيه|شرقي|شرقية|شرقيه)$", re.IGNORECASE)
PARTS_KM = 10.0        # a village's parts lie within a few km of each other (Tall 'Abtah's two: 7 km)
ONE_VILLAGE_KM = 5.0   # … parts this close are one village's land: the area of their common name is precise


def _common_name(name: str) -> str:
    """A part's name without its part word ("Tall 'Abtah al Janubi" -> "Tall 'Abtah", "حبارة كبيرة" -> "حبارة"), else ""."""
    bare = _PART_WORD.sub("", name)
    return bare if bare != name and len(normalize_term(bare)) >= 3 else ""


def part_areas(places: list[Place]) -> tuple[list[Place], int]:
    """A name whose only namesakes are its parts (the gazetteer has "Tall 'Abtah al Janubi" and "Tall 'Abtah ash
    Shimali", no "Tall 'Abtah") is the area around them: a place of its own named by the parts' common names, its
    point midway between them (source "parts:" and theirs), a ``village`` when they lie within ONE_VILLAGE_KM of
    each other, else an ``area`` (precision 2). Only parts of one governorate within PARTS_KM of each other, and
    only names that no other place of the governorate within SAME_PLACE_KM carries; a part's variant that is the
    common name ("Tall ‘Abţah") becomes the area's. Returns the places and how many areas."""
    taken: dict[str, set[int]] = defaultdict(set)
    for index, place in enumerate(places):
        for name in (place.name, *place.variants):
            taken[normalize_term(name)].add(index)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, place in enumerate(places):
        if place.kind in ("village", "town") and (common := _common_name(place.name)):
            groups[place.admin1, normalize_term(common)].append(index)
    areas, moved = [], defaultdict(set)
    for (admin1, key), members in sorted(groups.items()):
        parts = [places[i] for i in members]
        if len(parts) < 2 or any(haversine(a.point, b.point) > PARTS_KM for a in parts for b in parts):
            continue
        commons = _distinct(c for p in parts for n in (p.name, *p.variants) if (c := _common_name(n)))
        # (a namesake far off stays one: "Tall Abtah" of Tal Afar, 80 km from Mosul's two parts)
        free = [c for c in commons if not any(
            i not in members and places[i].admin1 == admin1 and haversine(places[i].point, parts[0].point) <= SAME_PLACE_KM
            for i in taken.get(normalize_term(c), ()))]
        free.sort(key=_arabic)   # (named in Latin letters where a part is)
        if not free:
            continue
        for index in members:
            moved[index] |= {normalize_term(c) for c in free}
        lat, lon = (round(sum(c) / len(parts), 5) for c in zip(*(p.point for p in parts)))
        span = max(haversine(a.point, b.point) for a in parts for b in parts)
        admin2 = Counter(p.admin2 for p in parts).most_common(1)[0][0]
        areas.append(Place(free[0], tuple(free[1:]), lat, lon, parts[0].country, admin1,
                           "village" if span <= ONE_VILLAGE_KM else "area", admin2,
                           "parts:" + "+".join(sorted(p.source for p in parts))))
    kept = [replace(p, variants=tuple(v for v in p.variants if normalize_term(v) not in moved[i])) if i in moved else p
            for i, p in enumerate(places)]
    return kept + areas, len(areas)


# "Qaryat X", "قرية X": Who's On First names some villages with their word for village, which reports leave out
_VILLAGE_WORD = re.compile(r"^(?:qaryat|qaryah|قرية|قريه)\s+", re.IGNORECASE)


def village_word_names(places: list[Place]) -> tuple[list[Place], int]:
    """A village named with its word for village ("Qaryat Wadi al Murr", "قرية وادي المر") is also named without it
    ("وادي المر"), where no place of the gazetteer carries that name and it is a name of two words or more (one
    word alone, "حقي", "الحسينية", is a word or a namesake as often). Returns the places and how many gained one."""
    taken = {normalize_term(n) for p in places for n in (p.name, *p.variants)}
    kept, count = [], 0
    for place in places:
        bare = [b for n in (place.name, *place.variants) if (b := _VILLAGE_WORD.sub("", n)) != n
                and " " in normalize_term(b) and normalize_term(b) not in taken] if place.kind == "village" else []
        if bare:
            place = replace(place, variants=tuple(_distinct([*place.variants, *bare])))
            count += 1
        kept.append(place)
    return kept, count


# The words after a village's name that say its upper or its lower part, in the Arabic, Sorani and Behdini
# transliterations Who's On First writes ("Chamanki al 'Ulya", "Shadalah Saru", "Baysifkay as Sufla", "Hirura Juri"),
# which English reports put before the name: "Upper Chamanki", "Lower Baysifke"
_UPPER_WORD = re.compile(r"\s+(?:(?:al[ -])?['`’‘]?(?:ulya|olya)|fawqani|fawqa|saru|sarw|zhori|zhuri|jori|juri|upper)$",
                         re.IGNORECASE)
_LOWER_WORD = re.compile(r"\s+(?:(?:as[ -])?(?:sufla|sofla)|tahtani|khwaru|khwar|khuwaru|khuwar|zheri|jeri|lower)$", re.IGNORECASE)


def english_part_names(places: list[Place]) -> tuple[list[Place], int]:
    """A village or town named with the word for its upper or lower part after its name ("Chamanki al 'Ulya",
    "Shadalah Khuwaru", a variant "Besifke Lower") is also "Upper Chamanki", "Lower Shadalah", "Lower Besifke", as
    English reports write it, where no other place carries or gains that name. Returns the places and how many
    gained one."""
    english: dict[int, set[str]] = defaultdict(set)
    for index, place in enumerate(places):
        if place.kind in ("village", "town"):
            for name in (place.name, *place.variants):
                for word, pattern in (("Upper", _UPPER_WORD), ("Lower", _LOWER_WORD)):
                    bare = pattern.sub("", name)
                    if bare != name and len(normalize_term(bare)) >= 3:
                        english[index].add(f"{word} {bare}")
    taken = Counter(normalize_term(n) for p in places for n in (p.name, *p.variants))
    taken.update(key for names in english.values() for key in {normalize_term(n) for n in names})
    kept, count = [], 0
    for index, place in enumerate(places):
        if own := sorted(n for n in english.get(index, ()) if taken[normalize_term(n)] == 1):
            place = replace(place, variants=tuple(_distinct([*place.variants, *own])))
            count += 1
        kept.append(place)
    return kept, count


def syrian_admin(rename):
    """The (country, governorate, district) of an OpenSyria community row, OCHA's names renamed."""
    return lambda row: ("Syria", *rename(row["admin1"], row["admin2"]))


def iraqi_admin(subdistricts: list[Place]):
    """The (country, governorate, district) of an Iraqi village row: those of its sub-district (by P-code)."""
    by_code = {p.source.removeprefix("ocha:"): p for p in subdistricts}
    return lambda row: ("Iraq", by_code[row["admin3_pcode"]].admin1, by_code[row["admin3_pcode"]].admin2)


def _curated_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def add_aliases(places: list[Place], path: Path) -> tuple[list[Place], list[str]]:
    """seeds/aliases.csv: other names (and a corrected kind) of places already in the gazetteer,
    found by name and governorate (a curated place first); and the rows whose place is not
    there (a WOF extract without it; the shipped build has them all: tests/test_places.py)."""
    places, missing = list(places), []
    for number, row in enumerate(_curated_rows(path), 2):
        found = sorted((i for i, p in enumerate(places) if p.name == row["name"] and p.admin1 == row["admin1"]
                        and p.kind not in ("district", "subdistrict", "governorate")),
                       key=lambda i: not places[i].curated)
        if not found:
            missing.append(f"{path.name} row {number}: {row['name']} ({row['admin1']})")
            continue
        place = places[found[0]]
        names = _distinct([place.name, *place.variants, *row["aliases"].split("|")])[1:]
        places[found[0]] = replace(place, variants=tuple(names), kind=row["kind"] or place.kind)
    return places, missing


def terrain_places(path: Path) -> list[Place]:
    """The curated terrain of seeds/terrain.csv (its ``reference`` column names each point's
    source; the gazetteer keeps the place)."""
    rows = _curated_rows(path)
    for number, row in enumerate(rows, 2):
        if not row.get("reference"):
            raise ValueError(f"{path} row {number}: a terrain point needs its public source in 'reference'")
    return [Place(row["name"], tuple(v for v in row["variants"].split("|") if v), float(row["latitude"]),
                  float(row["longitude"]), row["country"], row["admin1"], "region", row["admin2"], "curated")
            for row in rows]


# The governorate's capital, whose point a governorate-level event carries (ACLED codebook:
# an event known only to its province is coded at the provincial capital, geo_precision 3).
CAPITALS = {"Aleppo": "Aleppo", "Raqqa": "Raqqa", "As-Suwayda": "Suwayda", "Damascus": "Damascus", "Daraa": "Daraa",
            "Deir ez-Zor": "Deir ez-Zor", "Hama": "Hama", "Al-Hasakah": "Hasakah", "Homs": "Homs", "Idlib": "Idlib",
            "Latakia": "Latakia", "Quneitra": "Quneitra", "Rural Damascus": "Damascus", "Tartus": "Tartus",
            "Anbar": "Ramadi", "Basra": "Basra", "Muthanna": "Samawah", "Al-Qadisiyah": "Diwaniyah", "Najaf": "Najaf",
            "Erbil": "Erbil", "Sulaymaniyah": "Sulaymaniyah", "Babil": "Hilla", "Baghdad": "Baghdad",
            "Dhi Qar": "Nasiriyah", "Duhok": "Duhok", "Diyala": "Baqubah", "Halabja": "Halabja", "Karbala": "Karbala",
            "Kirkuk": "Kirkuk", "Maysan": "Amarah", "Ninewa": "Mosul", "Salah al-Din": "Tikrit", "Wasit": "Kut"}


def capital(places: list[Place], governorate: str) -> Place | None:
    """The capital of *governorate* among *places* (a curated city first), by any of its names."""
    name = spelling_key(CAPITALS[governorate])
    found = [p for p in places if p.kind in ("city", "town") and name in {spelling_key(v) for v in (p.name, *p.variants)}
             and (p.admin1 == governorate or governorate == "Rural Damascus")]
    return min(found, key=lambda p: (not p.curated, p.kind != "city", -len(p.variants)), default=None)


def governorates(places: list[Place], curated: list[Place]) -> list[Place]:
    """A row for every governorate (the curated ones with the other spellings added), at its
    capital's point (else the mean point of its places)."""
    rows = []
    have = {p.admin1: p for p in curated if p.kind == "governorate"}
    for wof_name, (name, arabic, spellings) in GOVERNORATES.items():
        spellings = [name, *spellings]
        variants = [f"محافظة {arabic}", *(f"{s} {word}" for s in spellings for word in ("province", "governorate"))]
        seat = capital(places, name)
        if name in have:
            current = have[name]
            point = seat.point if seat else current.point
            rows.append((current, replace(current, variants=tuple(_distinct([*current.variants, *variants])),
                                          latitude=point[0], longitude=point[1])))
            continue
        members = [p for p in places if p.admin1 == name]
        if not members:
            continue
        point = seat.point if seat else (sum(p.latitude for p in members) / len(members),
                                         sum(p.longitude for p in members) / len(members))
        rows.append((None, Place(f"{name} Governorate", tuple(_distinct(variants)), *point, members[0].country, name,
                                 "governorate", "", "curated")))
    return rows


def build(source: Path) -> list[Place]:
    rows = read_wof(source)
    filled = fill_governorates(rows)
    wof = [wof_place(row) for row in rows]
    curated = read_gazetteer(CURATED) + terrain_places(TERRAIN)
    places, stats = merge(curated, wof)
    for old, new in governorates(places, curated):
        places = [p for p in places if not (old and p.curated and p.name == old.name)] + [new]
    places, missing = add_aliases(places, ALIASES)
    if missing:
        print(f"aliases whose place is not in {source.name}: {'; '.join(missing)}")
    rename = admin_names(places)
    folder = source.parent
    if (folder / SUBDISTRICTS).exists():
        places += subdistrict_places(read_tsv(folder / SUBDISTRICTS), rename, places, "opensyria")
    if (folder / COMMUNITIES).exists():
        places, osm = merge_communities(places, read_tsv(folder / COMMUNITIES), syrian_admin(rename))
        stats.update(osm)
    nahiyas = [row for row in read_tsv(IRAQ_SOURCES / IRAQ_SUBDISTRICTS) if rename(row["admin1"], "")[0] in IRAQ_GOVERNORATES]
    iraqi = subdistrict_places(nahiyas, rename, places, "ocha", seated=True)
    places += iraqi
    codes = {p.source.removeprefix("ocha:") for p in iraqi}
    villages = [row for row in read_tsv(IRAQ_SOURCES / IRAQ_VILLAGES) if row["admin3_pcode"] in codes]
    places, osm = merge_communities(places, villages, iraqi_admin(iraqi), unnamed_only=True)
    stats.update({f"{key} (Iraq)": n for key, n in osm.items()})
    places, stats["sub-district seats"] = seat_towns(places)
    places, stats["villages named without their word for village"] = village_word_names(places)
    places, stats["areas of a name's parts"] = part_areas(places)
    places, stats["parts named in English"] = english_part_names(places)
    places.sort(key=lambda p: (p.country, p.admin1, p.admin2, p.kind != "governorate", p.name, p.source))
    kinds = Counter(p.kind for p in places)
    print(f"{len(rows)} WOF rows, {len(curated)} curated -> {len(places)} places")
    print(f"governorates filled: {dict(filled)}; {dict(stats)}")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    return places


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    output = Path(argv[2]) if len(argv) > 2 else OUTPUT
    places = build(source)
    write_gazetteer(output, places, [
        ATTRIBUTION, SUBDISTRICT_CREDIT, IRAQ_SUBDISTRICT_CREDIT, OSM_CREDIT,
        f"Built by seeds/build_gazetteer.py from {source.name} (Who's On First, 2024-03-05), {SUBDISTRICTS} "
        f"(OpenSyria @ bebd183c), {COMMUNITIES} (OpenStreetMap via OCHA/IOM community matches), {IRAQ_SUBDISTRICTS} "
        f"(OCHA COD-AB 2019), {IRAQ_VILLAGES} (OpenStreetMap villages of Iraq's border governorates), seeds/gazetteer.csv "
        "and seeds/terrain.csv (curated; terrain points with their sources).",
    ])
    size = len(gzip.decompress(output.read_bytes())) if output.suffix == ".gz" else output.stat().st_size
    print(f"wrote {output}: {output.stat().st_size / 1e6:.2f} MB ({size / 1e6:.1f} MB as CSV)")


if __name__ == "__main__":
    main(sys.argv)
