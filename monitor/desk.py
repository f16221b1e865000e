"""The analyst's desk: a Datasette plugin that shows the archive as text, not JSON.

    pm.register(monitor.desk, name="monitor.desk")    # monitor.serve does it

Datasette's own pages do the work (table pages with facets and the map, row pages, canned
queries, the Atom renderer); this module only renders cells and adds what a row page lacks:

- ``render_cell``: JSON lists (actors, outlets, languages, sources) as plain lists; evidence
  as its sentences with the figure highlighted (``<mark>``); article text in its own
  direction (``dir="auto"``, Arabic right to left); an ``incident_id``, ``article_id``,
  ``story_id`` or ``event_id`` as a link to its row;
- ``extra_template_vars``: what the row pages of monitor/templates/ list below a record:
  an incident's reports, an article's events, a story's articles;
- ``prepare_connection`` / ``prepare_jinja2_environment``: an incident's place as the desk
  says it (``monitor.incidents.place_named``: "western Deir ez-Zor countryside") for SQL
  (``place_named(location, admin1, geo_precision, direction)``, the Atom feed's titles) and
  for templates (``row|place_named``);
- ``extra_css_urls`` / ``extra_js_urls``: desk.css, and desk-map.js on every page with a
  map, which draws the country and governorate borders of static/boundaries.geojson
  (Natural Earth) under the markers, so the map can be read with no tile server.

Datasette's plugins were looked at first: datasette-pretty-json still shows JSON,
datasette-render-html needs HTML stored in the archive, datasette-leaflet-geojson draws
GeoJSON *columns* (the archive has points, and the borders are one static file),
datasette-template-sql would put the row pages' queries in templates (here they are plain
SQL below, next to the code that reads their rows), datasette-dashboards makes charts.
"""

from __future__ import annotations

import json
from pathlib import Path

from datasette import hookimpl
from markupsafe import Markup, escape

from monitor.incidents import place_named

STATIC = Path(__file__).with_name("static")
TEMPLATES = Path(__file__).with_name("templates")
STATIC_MOUNT = "monitor-static"
DATABASE = "archive"

# Columns naming a row of another table: a link to it where Datasette shows a bare number
# (row pages and canned queries; table pages expand foreign keys into labelled links).
ROW_LINKS = {"article_id": "articles", "story_id": "stories", "event_id": "events",
             "representative_article_id": "articles", "duplicate_of": "articles"}
SINGULAR = {"articles": "article", "stories": "story", "events": "event", "incidents": "incident"}
# Columns holding a JSON list of names, shown as "a, b, c".
LIST_COLUMNS = {"actors", "targets", "source", "outlets", "languages", "delivered_to"}
BODY_PREVIEW = 600    # characters of a body in a list of rows (Datasette's own cut is 300)
# Columns of free text in the article's language: shown in the text's own direction.
TEXT_COLUMNS = {"title", "summary", "article", "matched_text", "notes", "message", "atom_title"}

REPORTS_SQL = """
select e.id as event_id, e.fatalities, e.injured, place_named(e.location, e.admin1, e.geo_precision, e.direction) as location,
       e.geo_precision, e.evidence,
       a.id as article_id, a.outlet, a.language, a.title, a.url, a.story_id,
       coalesce(a.published_at, a.fetched_at) as reported_at
from events e join articles a on a.id = e.article_id
where e.incident_id = :id
order by reported_at, a.id
"""
ARTICLE_EVENTS_SQL = """
select id, event_date, sub_event_type, location, fatalities, injured, incident_id
from events where article_id = :id order by id
"""
STORY_ARTICLES_SQL = """
select id, title, outlet, language, coalesce(published_at, fetched_at) as reported_at, url
from articles where story_id = :id order by reported_at, id
"""
ROW_QUERIES = {"incidents": ("reports", REPORTS_SQL), "articles": ("article_events", ARTICLE_EVENTS_SQL),
               "stories": ("story_articles", STORY_ARTICLES_SQL)}


def parse_list(value) -> list | None:
    """A JSON list column's value as a list; None when it is not one.

    >>> parse_list('["Hezbollah", "IRGC"]')
    ['Hezbollah', 'IRGC']
    """
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, list) else None


def highlighted(sentence: str, span) -> Markup:
    """*sentence* with the characters *span* = [start, end] marked; as is without a usable span.

    >>> highlighted("It killed five civilians.", [10, 24])
    Markup('It killed <mark>five civilians</mark>.')
    """
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(i, int) for i in span):
        start, end = span
        if 0 <= start < end <= len(sentence):
            return Markup("{}<mark>{}</mark>{}").format(sentence[:start], sentence[start:end], sentence[end:])
    return Markup(escape(sentence))


def evidence_html(entries: list, language: str | None = None) -> Markup:
    """Evidence as a list of quotes: what the figure is, where it came from, the sentence.

    Entries are dicts {kind, figure, sentence, span, outlet, article_id, language} (an
    event's own lack the last four: *language* is its article's; older archives hold bare
    sentences, shown as quotes).
    """
    items = []
    for entry in entries:
        if isinstance(entry, str):
            items.append(Markup('<li><q dir="auto">{}</q></li>').format(entry))
            continue
        if not isinstance(entry, dict):
            continue
        label = " ".join(str(part) for part in (entry.get("kind"), entry.get("figure")) if part not in (None, ""))
        source = entry.get("outlet") or ""
        if entry.get("article_id"):
            source = Markup('<a href="/{}/articles/{}">{}</a>').format(DATABASE, entry["article_id"],
                                                                      source or f"article {entry['article_id']}")
        items.append(Markup('<li><span class="evidence-kind">{}</span> <q dir="auto" lang="{}">{}</q> {}</li>').format(
            label, entry.get("language") or language or "", highlighted(str(entry.get("sentence") or ""), entry.get("span")),
            Markup('<span class="evidence-source">{}</span>').format(source) if source else ""))
    return Markup('<ul class="evidence">{}</ul>').format(Markup("").join(items))


def row_link(table: str, value) -> Markup:
    """A link to row *value* of *table*: ``<a href="/archive/incidents/1">incident 1</a>``."""
    return Markup('<a href="/{}/{}/{}">{} {}</a>').format(DATABASE, table, value, SINGULAR[table], value)


@hookimpl
def render_cell(row, value, column, table, database):
    if database != DATABASE or value in (None, ""):
        return None
    if column == "incident_id":
        return row_link("incidents", value)
    if column in ROW_LINKS and isinstance(value, int):
        return row_link(ROW_LINKS[column], value)
    if column == "evidence":
        entries = parse_list(value)
        return evidence_html(entries) if entries is not None else None
    if column in LIST_COLUMNS:
        items = parse_list(value)
        return Markup('<span dir="auto">{}</span>').format(", ".join(map(str, items))) if items is not None else None
    if column == "body":   # a preview: the article's own page shows all of it (templates/_record.html)
        language = row["language"] if "language" in row.keys() else ""
        preview = value if len(value) <= BODY_PREVIEW else value[:BODY_PREVIEW] + "…"
        return Markup('<div class="article-body" dir="auto" lang="{}">{}</div>').format(language or "", preview)
    if column in TEXT_COLUMNS and isinstance(value, str):
        return Markup('<span dir="auto">{}</span>').format(value)
    return None


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    """The rows a row page lists under its record (see ROW_QUERIES)."""
    if view_name != "row" or database != DATABASE or table not in ROW_QUERIES:
        return {}
    name, sql = ROW_QUERIES[table]

    async def rows():
        pk = request.url_vars["pks"]
        result = await datasette.get_database(DATABASE).execute(sql, {"id": pk})
        listed = [dict(row) for row in result.rows]
        for row in listed:
            if "evidence" in row:
                row["evidence"] = evidence_html(parse_list(row["evidence"]) or [], row.get("language"))
        tiles = datasette.plugin_config("datasette-cluster-map") or {}
        return {name: listed, "tile_layer": tiles.get("tile_layer"),
                "tile_attribution": (tiles.get("tile_layer_options") or {}).get("attribution", "")}

    return rows


PLACE_COLUMNS = ("location", "admin1", "geo_precision", "direction")


@hookimpl
def prepare_connection(conn, database, datasette):
    conn.create_function("place_named", len(PLACE_COLUMNS),
                         lambda *values: place_named(dict(zip(PLACE_COLUMNS, values))), deterministic=True)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["place_named"] = lambda row: place_named({column: row[column] for column in PLACE_COLUMNS})


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path(f"/{STATIC_MOUNT}/desk.css")]


@hookimpl
def extra_js_urls(view_name, columns, table, datasette):
    """desk-map.js where a map is drawn: pages with latitude and longitude, and an incident."""
    mapped = view_name in ("table", "database") and {"latitude", "longitude"} <= set(columns or ())
    if mapped or (view_name == "row" and table == "incidents"):
        return [datasette.urls.path(f"/{STATIC_MOUNT}/desk-map.js")]
    return []


@hookimpl
def extra_body_script(view_name, columns, table, datasette):
    if {"latitude", "longitude"} <= set(columns or ()) or (view_name == "row" and table == "incidents"):
        return "window.DESK_BOUNDARIES = {};".format(
            json.dumps(datasette.urls.path(f"/{STATIC_MOUNT}/boundaries.geojson")))
    return None
