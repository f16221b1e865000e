"""Places: the gazetteer, and which of the places a report names is its strike's.

    >>> places = read_gazetteer(Path("seeds/gazetteer.csv"))
    >>> places[2].name, places[2].admin1, places[2].country
    ('Boukamal', 'Deir ez-Zor', 'Syria')

CSV header: ``name,variants,latitude,longitude,country,admin1,kind``; variants are
separated by ``|``. A bad row raises ValueError naming its line.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.text.normalize import normalize

if TYPE_CHECKING:
    from monitor.text.watchlists import Lexicon, Match

COLUMNS = ["name", "variants", "latitude", "longitude", "country", "admin1", "kind"]
# ACLED geo_precision of a place of this kind: 1 the place itself, 2 its district, 3 the province.
KIND_PRECISION = {"city": 1, "town": 1, "village": 1, "border_crossing": 1, "base": 1, "oil_field": 1,
                  "dam": 1, "district": 2, "governorate": 3}


@dataclass(frozen=True)
class Place:
    name: str
    variants: tuple[str, ...]
    latitude: float
    longitude: float
    country: str
    admin1: str
    kind: str

    @property
    def precision(self) -> int:
        return KIND_PRECISION[self.kind]


def read_gazetteer(path: Path) -> list[Place]:
    """Every row of the gazetteer CSV at *path* as a Place."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path}: header must be {','.join(COLUMNS)}")
        places, names = [], set()
        for row in reader:
            where = f"{path} line {reader.line_num}"
            try:
                latitude, longitude = float(row["latitude"]), float(row["longitude"])
            except (TypeError, ValueError):
                raise ValueError(f"{where}: latitude/longitude must be numbers") from None
            if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
                raise ValueError(f"{where}: coordinates out of range")
            if row["kind"] not in KIND_PRECISION:
                raise ValueError(f"{where}: kind {row['kind']!r} is not one of {', '.join(KIND_PRECISION)}")
            if not row["name"] or row["name"] in names:
                raise ValueError(f"{where}: missing or duplicate name {row['name']!r}")
            names.add(row["name"])
            variants = tuple(v.strip() for v in (row["variants"] or "").split("|") if v.strip())
            places.append(Place(row["name"], variants, latitude, longitude, row["country"],
                                row["admin1"], row["kind"]))
    return places


NEAR = re.compile(r"(?:near|outskirts of|north|south|east|west|around|countryside|desert|vicinity of"
                   r"|قرب|بالقرب من|محيط|اطراف|ريف|باديه|شمال|جنوب|شرق|غرب)\w*(?: of)?(?: \w+){0,4} $")
# "south of X", "جنوبي X": X is the reference point, not where the strike was.
_DIRECTION = re.compile(r"(?:(?:north|south|east|west)(?:ern)? of|(?:شمال|جنوب|شرق|غرب)\w*)(?: \w+)? $")


def strike_place(text: str, matches: list[Match], lexicon: Lexicon, strike_sentences, in_sentence):
    """The strike's place: beside a strike term, precise over province, not a mere reference
    point ("south of X"), most mentioned, first mentioned."""
    mentions: dict[str, list[Match]] = {}
    for match in matches:
        if match.watchlist in lexicon.place_watchlists and match.term in lexicon.places:
            mentions.setdefault(match.term, []).append(match)
    if not mentions:
        return None, None

    def rank(name):
        found = mentions[name]
        beside = [m for m in found if in_sentence(m.start) in strike_sentences]
        located = [m for m in beside if not _DIRECTION.search(words_before(text, m.start))]
        return (bool(beside), lexicon.places[name].precision < 3, len(located), len(beside), len(found),
                -found[0].start)

    name = max(mentions, key=rank)
    beside = [m for m in mentions[name] if in_sentence(m.start) in strike_sentences]
    return lexicon.places[name], (beside or mentions[name])[0]


def words_before(text: str, offset: int) -> str:
    """The few words before *offset*, folded, ending in one space."""
    return normalize(text[max(0, offset - 40):offset]).text.rstrip() + " "
