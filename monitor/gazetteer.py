"""The gazetteer file: its places, read and written.

    >>> places = read_gazetteer(Path("seeds/places.csv.gz"))       # or a curated .csv
    >>> deir = next(place for place in places if place.name == "Deir ez-Zor")
    >>> deir.admin1, deir.kind, deir.precision, deir.source
    ('Deir ez-Zor', 'city', 1, 'curated')

Gazetteer CSV (plain or gzip-compressed), after optional ``#`` comment lines (the data's
attribution): ``name,variants,latitude,longitude,country,admin1,kind`` and optionally
``admin2`` (district) and ``source`` (``curated``, ``wof:<id>`` for a Who's On First place,
``opensyria:<P-code>`` for a sub-district, ``osm:<type>/<id>`` for an OpenStreetMap village).
Variants are separated by ``|``. Names are not unique: several villages share one,
so a folded variant stands for every place that has it. A bad row raises ValueError
naming its line. Plain data and files: ``monitor.config`` (to check a config) and
``monitor.text`` (to locate strikes) import it; it imports neither.
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from pathlib import Path

from monitor.normalize import normalize_term

# Gazetteer names that are also everyday words: a place only after a place cue (read_homographs)
HOMOGRAPHS = Path(__file__).resolve().parent.parent / "seeds" / "homographs.csv"
REQUIRED = ["name", "variants", "latitude", "longitude", "country", "admin1", "kind"]
COLUMNS = ["name", "variants", "latitude", "longitude", "country", "admin1", "admin2", "kind", "source"]
# ACLED geo_precision of a place of this kind: 1 the place itself, 2 its district, 3 the province.
KIND_PRECISION = {"city": 1, "town": 1, "village": 1, "neighbourhood": 1, "camp": 1, "border_crossing": 1,
                  "base": 1, "oil_field": 1, "dam": 1, "district": 2, "subdistrict": 2, "region": 2, "governorate": 3,
                  "area": 2}   # (area: the land around a name's parts, "Tall 'Abtah" of its north and south villages)
# Which of several same-name places a bare name most likely means: a curated place (the
# region's bases, towns, fields), then a town, a district, a village.
_SALIENCE = {"governorate": 0, "village": 1, "neighbourhood": 1, "subdistrict": 1, "district": 2, "town": 3, "city": 4}
@dataclass(frozen=True, slots=True)   # slots: 32,000 of them in every worker
class Place:
    name: str
    variants: tuple[str, ...]
    latitude: float
    longitude: float
    country: str
    admin1: str
    kind: str
    admin2: str = ""
    source: str = "curated"

    @property
    def precision(self) -> int:
        return KIND_PRECISION[self.kind]

    @property
    def curated(self) -> bool:
        return self.source == "curated"

    @property
    def bare(self) -> bool:
        """Whether its name alone is a place: a curated place, town, district or governorate
        does; a village or sub-district (many are everyday words or personal names) needs a
        cue ("in X")."""
        return self.curated or self.kind not in ("village", "subdistrict", "area")

    @property
    def salience(self) -> int:
        return 5 if self.curated and self.kind != "governorate" else _SALIENCE.get(self.kind, 1)

    @property
    def point(self) -> tuple[float, float]:
        return self.latitude, self.longitude

    def __reduce__(self):
        """Pickled as its fields, read back by one call of the class: a slotted frozen
        dataclass is otherwise restored field by field in Python (``dataclasses``'
        ``__setstate__``), a sixth of reading a kept lexicon back (0.22 -> 0.18 s, at every
        start of the workers' forkserver).

        >>> import pickle
        >>> place = Place("Amuda", ("عامودا",), 37.1, 40.9, "Syria", "Al-Hasakah", "town")
        >>> pickle.loads(pickle.dumps(place)) == place
        True
        """
        return Place, tuple(getattr(self, name) for name in self.__slots__)


def read_gazetteer(path: Path, raw: bytes | None = None) -> list[Place]:
    """Every row of the gazetteer CSV (or .csv.gz) at *path* as a Place; *raw*: the file's bytes, read already
    (the lexicon cache knows a file by its digest: ``monitor.text.lexicon_cache``)."""
    raw = path.read_bytes() if raw is None else raw
    text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    lines = text.splitlines(keepends=True)
    skipped = next((n for n, line in enumerate(lines) if not line.startswith("#")), len(lines))
    reader = csv.DictReader(io.StringIO("".join(lines[skipped:])))
    if not reader.fieldnames or set(REQUIRED) - set(reader.fieldnames) or set(reader.fieldnames) - set(COLUMNS):
        raise ValueError(f"{path}: header must be {','.join(REQUIRED)} and optionally admin2, source")
    places = []
    for row in reader:
        where = f"{path} line {reader.line_num + skipped}"
        try:
            latitude, longitude = float(row["latitude"]), float(row["longitude"])
        except (TypeError, ValueError):
            raise ValueError(f"{where}: latitude/longitude must be numbers") from None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise ValueError(f"{where}: coordinates out of range")
        if row["kind"] not in KIND_PRECISION:
            raise ValueError(f"{where}: kind {row['kind']!r} is not one of {', '.join(KIND_PRECISION)}")
        if not row["name"]:
            raise ValueError(f"{where}: missing name")
        variants = tuple(v.strip() for v in (row["variants"] or "").split("|") if v.strip())
        places.append(Place(row["name"], variants, latitude, longitude, row["country"], row["admin1"],
                            row["kind"], row.get("admin2") or "", row.get("source") or "curated"))
    return places


def write_gazetteer(path: Path, places: list[Place], comments: list[str]) -> None:
    """*places* as a gazetteer CSV at *path* (gzip-compressed, reproducibly, for ``.gz``)."""
    out = io.StringIO()
    out.writelines(f"# {line}\n" for line in comments)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in places:
        writer.writerow([p.name, "|".join(p.variants), f"{p.latitude:.5f}", f"{p.longitude:.5f}", p.country,
                         p.admin1, p.admin2, p.kind, p.source])
    data = out.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data, 9, mtime=0) if path.suffix == ".gz" else data)


def read_homographs(path: Path = HOMOGRAPHS) -> frozenset[str]:
    """The folded names of the homograph list at *path* (``name,why`` after ``#`` comment
    lines): names that are also everyday words, places only after a place cue.

        >>> "تدمر" in read_homographs()      # Palmyra, and the verb "destroys"
        True
    """
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    reader = csv.DictReader(lines)
    if reader.fieldnames != ["name", "why"]:
        raise ValueError(f"{path}: header must be name,why")
    names = set()
    for number, row in enumerate(reader, 1):
        if not row["name"] or not row["why"]:
            raise ValueError(f"{path}: data row {number} needs a name and a why")
        names.add(normalize_term(row["name"]))
    return frozenset(names)
