"""The gazetteer: places of the border region with their English and Arabic variants.

    >>> places = read_gazetteer(Path("seeds/gazetteer.csv"))
    >>> places[2].name, places[2].admin1, places[2].country
    ('Boukamal', 'Deir ez-Zor', 'Syria')

CSV header: ``name,variants,latitude,longitude,country,admin1,kind``; variants are
separated by ``|``. A bad row raises ValueError naming its line.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

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
