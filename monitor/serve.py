"""Datasette on the live archive, read-only: ``monitor serve`` (``serve`` blocks until Ctrl-C).

    >>> from monitor.config import load_config
    >>> ds = archive_datasette(Path("archive.db"), load_config("config.yaml"))   # configured, not yet serving
    >>> serve(Path("archive.db"), load_config("config.yaml"))                    # doctest: +SKIP

What the pages show beyond Datasette's own is monitor/desk.py (a plugin: cell rendering, row
pages, the map's borders) with monitor/templates/ and monitor/static/.

The archive is opened in Datasette's normal (mutable) mode, not ``immutable``: the daemon
keeps writing to it in WAL mode, and an immutable open would promise SQLite the file never
changes (stale pages, cached counts, possibly torn reads). Datasette 0.65 has no setting that
forbids writes, so read-only is made of three parts:

- every read connection is opened ``mode=ro`` (Datasette's behaviour for mutable files);
- the shipped metadata defines no ``write: true`` canned query (a test guards it), and 0.65
  has no write API, so nothing asks for a write connection;
- ``prepare_connection`` below sets ``PRAGMA query_only`` on every connection to the archive,
  including Datasette's write connection, so any write a plugin might attempt fails.

An archive no monitor can write (a read-only file or directory) is opened ``immutable``
instead: a WAL reader would need to create its ``-shm`` file, and the file cannot change.
A damaged archive is a 503 page that says so (``handle_exception``), not a 500.

The database is always mounted as ``/archive`` whatever the file is called, so bookmarks and
feed-reader subscriptions (``/archive/alerts_feed.atom``) survive ``--db``.

Every connection also has ``watchlist_terms(text)``: the JSON list of [watchlist, term] pairs
that *text* is a spelling of in the config's watchlists and gazetteer ("Abu Kamal", "البوكمال"
-> [["places", "Boukamal"]]), so a canned query finds a term by any of its variants.
"""

from __future__ import annotations

import html
import json
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from weakref import WeakKeyDictionary

import yaml
from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database
from datasette.plugins import pm

from monitor import desk
from monitor.config import Config, ServeConfig
from monitor.schema import TABLES
from monitor.normalize import normalize_term
from monitor.text.watchlists import Lexicon, lexicon_for

METADATA = Path(__file__).with_name("metadata.yml")
DATABASE = "archive"
# Years of archive (a million articles) answer every page within a second
# (bench/archive_scale.py): the facets configured in metadata.yml are on indexed columns, and
# a facet that still takes long (over a big search or filter) is left out with a note
# rather than holding up the page.
SETTINGS = {
    "truncate_cells_html": 300,    # article bodies would otherwise fill the table pages
    "facet_time_limit_ms": 200,   # Datasette's default; an indexed facet of a million rows takes ~50 ms
    # Suggested facets try a GROUP BY on every column of the page's rows, up to 50 ms each:
    # seconds a page on a big table. ?_facet=column still facets on any column.
    "suggest_facets": False,
    "sql_time_limit_ms": 3000,
}


class ArchiveError(Exception):
    """The archive cannot be served (missing, or not an SQLite database)."""


def load_metadata(serve_config: ServeConfig) -> dict:
    """The shipped metadata.yml plus the map's tile layer from config.yaml's ``serve:``."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["plugins"]["datasette-cluster-map"].update(
        tile_layer=serve_config.tile_layer,
        tile_layer_options={"maxZoom": 19, "attribution": serve_config.tile_attribution},
    )
    return metadata


def missing_tables(db_path: Path) -> list[str]:
    """Tables of the schema the archive lacks (an archive from an older monitor), read-only.

    Raises ArchiveError when the file does not exist or is not an SQLite database.
    """
    if not db_path.is_file():
        raise ArchiveError(f"no archive at {db_path}: run `monitor once` or `monitor run` first")
    try:
        uri = db_path.resolve().as_uri() + ("?immutable=1" if unwritable(db_path) else "?mode=ro")
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{db_path} is not a readable SQLite archive: {error}") from None
    return [table for table in TABLES if table not in names]


def unwritable(db_path: Path) -> bool:
    """Whether no monitor can write *db_path* (the file or its directory is read-only).

    Such an archive is served immutable: a WAL reader otherwise needs to create the
    ``-shm`` file beside it, and nothing can change the file under Datasette.
    """
    return not os.access(db_path, os.W_OK) or not os.access(db_path.resolve().parent, os.W_OK)


# The lexicon each Datasette's watchlist_terms() reads (one per served config).
_LEXICONS: WeakKeyDictionary[Datasette, Lexicon] = WeakKeyDictionary()


def archive_datasette(db_path: Path, config: Config) -> Datasette:
    """A Datasette serving *db_path* read-only as ``/archive`` with the shipped metadata."""
    for plugin, name in ((sys.modules[__name__], "monitor.serve"), (desk, "monitor.desk")):
        if not pm.is_registered(plugin):
            pm.register(plugin, name=name)
    ds = Datasette(metadata=load_metadata(config.serve), settings=SETTINGS, template_dir=str(desk.TEMPLATES),
                   static_mounts=[(desk.STATIC_MOUNT, str(desk.STATIC))])
    ds.remove_database("_memory")  # Datasette adds it when given no files; it has no use here
    ds.add_database(Database(ds, path=str(db_path), is_mutable=not unwritable(db_path)), name=DATABASE)
    _LEXICONS[ds] = lexicon_for(config)
    return ds


def watchlist_terms(lexicon: Lexicon, text: str | None) -> str:
    """The [watchlist, term] pairs *text* is a spelling of, as JSON (``[]`` when none).

    The ``matches`` table stores each term under its watchlist spelling (``term``) and as
    the article wrote it (``matched_text``); this maps any variant to the former.
    """
    if not text or not lexicon.enabled:
        return "[]"
    found = lexicon.automaton.get(normalize_term(text), None)
    return json.dumps(sorted({(entry.watchlist, entry.term) for entry in found[1]}) if found else [],
                      ensure_ascii=False)


def serve(db_path: Path, config: Config) -> None:
    """Run Datasette on *db_path* until interrupted, listening where ``config.serve`` says."""
    import uvicorn

    # ds.app() runs Datasette's start-up (schema refresh, plugins' startup hooks) on the first request.
    uvicorn.run(archive_datasette(db_path, config).app(), host=config.serve.host, port=config.serve.port,
                log_level="info", lifespan="on", workers=1)


# Datasette 0.65 lists every column description above a table's rows, which pushes the map
# and the rows below the fold; fold the list into a <details> (still one click away).
FOLD_COLUMN_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach((list) => {
  const details = document.createElement("details");
  details.className = "column-descriptions";
  details.innerHTML = "<summary>What the columns mean</summary>";
  list.replaceWith(details);
  details.appendChild(list);
});
"""


@hookimpl
def prepare_connection(conn, database, datasette):
    if database == DATABASE:
        conn.execute("PRAGMA query_only = 1")
        lexicon = _LEXICONS[datasette]
        conn.create_function("watchlist_terms", 1, lambda text: watchlist_terms(lexicon, text), deterministic=True)


ARCHIVE_ERROR_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The archive cannot be read</title></head>
<body><h1>The archive cannot be read</h1>
<p>The archive file is damaged or unreadable: {reason}.</p>
<p>Restore it from a backup, or move it aside and let <code>monitor run</code> start a new one.
This server shows it again as soon as it can be read.</p></body></html>
"""


@hookimpl
def handle_exception(datasette, request, exception):
    """An archive that cannot be read (damaged, unreadable) is a clear 503 page, not a 500 with a traceback."""
    from datasette.utils.asgi import Response

    if isinstance(exception, sqlite3.DatabaseError):
        reason = html.escape(str(exception))
        return Response.html(ARCHIVE_ERROR_PAGE.format(reason=reason), status=503)
    return None


@hookimpl
def extra_body_script(view_name, database):
    if view_name == "table" and database == DATABASE:
        return FOLD_COLUMN_DESCRIPTIONS
