"""The ``monitor`` command.

    monitor check --config config.yaml
    monitor once  --config config.yaml [--db archive.db]
    monitor run   --config config.yaml [--db archive.db]
    monitor poll  --config config.yaml [NAME ...]      # now, by the running daemon or here
    monitor serve --config config.yaml [--db archive.db] [--port 8001] [--host 127.0.0.1]
    monitor rematch --config config.yaml [--db archive.db]
    monitor export-events --config config.yaml --format csv [--per incident|report] [--output events.csv]
    monitor feeds --config config.yaml [--db archive.db]
    monitor add-source URL --config config.yaml [--name N] [--language L] [--kind K] [--links CSS] [--allow-private]
    monitor import-opml FILE --config config.yaml [--allow-private]
    monitor export-opml --config config.yaml [--output sources.opml]
"""

from __future__ import annotations

import functools
import sqlite3
import sys
import time
from pathlib import Path

import click
from xml.etree.ElementTree import ParseError as ElementTreeError

from monitor.config import ConfigError, load_config
from monitor.urls import printable


def config_options(command=None, *, crawls: bool = False):
    """``--config`` (required) and ``--db`` (overrides storage.path) for every command.

    ``@config_options(crawls=True)``: a command that crawls (``once``, ``run``) starts the
    workers' forkserver before the config is read, so the server's imports and lexicon
    overlap that reading (``monitor.forkserver``).
    """
    if command is None:
        return functools.partial(config_options, crawls=crawls)

    @click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
                  help="Path of config.yaml")
    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="SQLite archive; overrides storage.path from the config")
    @functools.wraps(command)
    def wrapper(config_path, db_path, **kwargs):
        if crawls:
            from monitor.forkserver import start_forkserver
            from monitor.memory import return_freed_memory

            return_freed_memory()
            start_forkserver(config_path)
        try:
            config = load_config(config_path)
        except ConfigError as error:
            click.echo(f"invalid config:\n{error}", err=True)
            sys.exit(2)
        return command(config=config, config_path=config_path, db_path=db_path or config.db_path, **kwargs)

    return wrapper


def writable_archive(db_path: Path):
    """The archive opened by its one writer (``once``, ``run``, ``rematch``), its writer lock
    held (``monitor.writer``); exits 2 saying why it cannot be: another monitor writes it
    (naming its pid), or the file is read-only, damaged or not an SQLite database."""
    from monitor.writer import ArchiveInUse, hold_writer_lock

    try:
        hold_writer_lock(db_path)
    except ArchiveInUse as error:
        click.echo(f"archive in use: {error}", err=True)
        sys.exit(2)
    except OSError as error:
        exit_on_archive_error(db_path, error)
    return readable_archive(db_path)


def readable_archive(db_path: Path):
    """``schema.open_db`` (the schema ensured); exits 2 saying what is wrong with the file."""
    from monitor.schema import open_db

    try:
        return open_db(db_path)
    except (OSError, sqlite3.DatabaseError) as error:
        exit_on_archive_error(db_path, error)


def exit_on_archive_error(db_path: Path, error: Exception, status: int = 2):
    """Say what is wrong with the archive file, in words an operator can act on, and exit."""
    from monitor.writer import archive_problem

    click.echo(archive_problem(db_path, error), err=True)
    sys.exit(status)


def refuse_private(config, urls: list[str], allow_private: bool) -> list[str]:
    """The *urls* whose host resolves to a loopback/private address. Unless *allow_private*
    or ``fetch.allow_private``, exit 2 naming them: nothing is fetched from them unasked."""
    from monitor.middlewares import refused_address

    refusals = {url: reason for url in urls if (reason := refused_address(url))}
    if refusals and not (allow_private or config.fetch.allow_private):
        for url, reason in refusals.items():
            click.echo(f"{url}: refused: {reason} (pass --allow-private, or set fetch.allow_private, "
                       "to add it anyway)", err=True)
        sys.exit(2)
    return list(refusals)


def append_or_exit(config_path: Path, entries: list[dict]) -> None:
    """``config.append_feeds``; an edit that would make the config invalid is refused, the
    file left as it was, and the command exits 2 naming the field and line."""
    from monitor.config import append_feeds

    try:
        append_feeds(config_path, entries)
    except ConfigError as error:
        click.echo(f"not added:\n{error}", err=True)
        sys.exit(2)


@click.group()
@click.version_option(package_name="border-strike-monitor")
def cli():
    """Watch news feeds for strikes in the Syria-Iraq border region."""


@cli.command()
@config_options
@click.option("--online", is_flag=True, help="Also fetch every enabled source and say what it is (exit 1 if one fails)")
def check(config, config_path, db_path, online):
    """Validate the config; exit 2 naming every bad field and its line."""
    feeds = config.all_feeds()
    terms = sum(len(w.terms) or config.gazetteer_digests.get(name, (0,))[0] for name, w in config.watchlists.items())
    click.echo(f"{config_path}: OK ({len(feeds)} feeds, {sum(f.enabled for f in feeds)} enabled; "
               f"{len(config.watchlists)} watchlists, {terms} terms; archive {db_path})")
    if not online:
        return
    from monitor.crawl import probe

    enabled = [feed for feed in feeds if feed.enabled]
    found = probe(config, enabled)
    rows = []
    for n, feed in enumerate(enabled, 1):
        poll = found.get(n)
        rows.append((feed.name, poll.kind or "-" if poll else "-", _status(poll), describe_source(feed.url, poll)))
    _print_table(("source", "kind", "status", "what it is"), rows)
    failing = sum(1 for n in range(1, len(enabled) + 1) if found.get(n) is None or found[n].error)
    click.echo(f"{len(enabled)} sources fetched: {failing} failing")
    if failing:
        sys.exit(1)


def _status(poll) -> str:
    return "-" if poll is None or poll.status is None else str(poll.status)


def plural(count: int, one: str, many: str | None = None) -> str:
    """``plural(1, "entry", "entries")`` -> ``'1 entry'``; ``plural(3, "message")`` -> ``'3 messages'``."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def describe_source(url: str, poll) -> str:
    """What a probe found, in words: ``feed (12 entries)``, ``site: its feed is …`` …"""
    if poll is None:
        return "not fetched (the crawl stopped)"
    if poll.error:
        return poll.error
    count = poll.entries
    what = {"feed": f"feed ({plural(count, 'entry', 'entries')})",
            "sitemap": f"news sitemap ({plural(count, 'recent URL or sitemap', 'recent URLs or sitemaps')})",
            "page": f"listing page ({plural(count, 'article link')})",
            "telegram": f"Telegram channel ({plural(count, 'message')})"}.get(poll.kind, poll.kind or "?")
    language = f"; language {poll.language}" if poll.language else ""
    if poll.discovered_url:
        return f"{what} at {poll.discovered_url}: {poll.discovered_from}{language}"
    return what + (f" ({poll.warning})" if poll.warning else "") + language


@cli.command()
@config_options(crawls=True)
def once(config, config_path, db_path):
    """Poll every enabled feed once, archive what is new, print a summary, exit 0."""
    print_report(poll_here(config, config_path, db_path), db_path)


def poll_here(config, config_path: Path, db_path: Path, urls: list[str] | None = None):
    """Poll the enabled feeds (those at *urls* when given) in this process, then record and
    deliver the alerts due; returns the crawl's ``PollReport``. Exits 1 when SIGTERM/SIGINT
    stopped the crawl (what was archived is kept)."""
    from monitor.forkserver import start_forkserver
    from monitor.memory import freeze_start_up, return_freed_memory

    return_freed_memory()
    start_forkserver(config_path)   # started already by `monitor once`; `monitor poll` only needs it now
    from monitor.crawl import Poller, configure_logging, install_asyncio_reactor
    from monitor.notify import alert_cycle
    from monitor.store import sync_feeds

    install_asyncio_reactor()
    configure_logging(config.log_level)
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor

    from twisted.internet.error import ReactorNotRunning

    db = writable_archive(db_path)
    poller = Poller(db, config)
    outcome = {}

    async def poll_all():
        try:
            rows = [row for row in sync_feeds(db, config) if urls is None or row["url"] in urls]
            outcome["report"] = await poller.poll(rows)
        except BaseException as error:  # surfaced after the reactor stops
            outcome["error"] = error
        finally:
            try:
                reactor.stop()
            except ReactorNotRunning:
                pass  # already stopping: SIGTERM/SIGINT came first

    def interrupted():
        """SIGTERM/SIGINT: stop the crawl, letting the writes in flight finish."""
        if not outcome:
            outcome["interrupted"] = True
            return deferred_from_coro(poller.stop())

    reactor.callWhenRunning(lambda: deferred_from_coro(poll_all()))
    reactor.addSystemEventTrigger("before", "shutdown", interrupted)
    freeze_start_up()
    reactor.run()
    try:
        if isinstance(outcome.get("error"), sqlite3.DatabaseError):
            exit_on_archive_error(db_path, outcome["error"], status=1)
        if "error" in outcome:
            raise outcome["error"]
        if "interrupted" in outcome:
            click.echo("interrupted: what was archived is kept; the next poll fetches the rest", err=True)
            sys.exit(1)
        report = outcome["report"]
        if report.write_error is None:
            try:
                alert_cycle(db, config)
            except sqlite3.DatabaseError as error:
                report.write_error = str(error)
        return report
    finally:
        # closed here, not by the collector: the connection is frozen with the start-up's objects, and
        # its close is what checkpoints the WAL into the archive file
        db.conn.close()


def print_report(report, db_path: Path) -> None:
    """A line per feed polled (status, new articles, error, what was left for later), then
    the totals; exit 1 when the archive refused writes, saying why."""
    rows = [(r.name, r.status if r.status is not None else "-", r.new_articles, r.error or r.warning or r.cut or "")
            for r in report.results.values()]
    _print_table(("feed", "status", "new", "error"), rows)
    failed = sum(1 for r in report.results.values() if r.error)
    click.echo(f"{len(rows)} feeds polled in {report.seconds:.1f}s: {report.new_articles} new articles, "
               f"{failed} feeds failed")
    if report.write_error is not None:
        from monitor.writer import archive_problem

        click.echo(f"{archive_problem(db_path, sqlite3.OperationalError(report.write_error))}; "
                   "what was not archived is fetched again on the next poll", err=True)
        sys.exit(1)


@cli.command()
@config_options
@click.argument("names", nargs=-1)
def poll(config, config_path, db_path, names):
    """Poll the sources NAMES (default: every enabled one) now.

    With `monitor run` running on this archive, the request is written to the archive
    (feeds.poll_requested_at); the daemon takes it within schedule.reload_check and polls
    those sources at once, even one backing off (its log and `monitor feeds` show the
    outcome). When no daemon takes it, this command polls them itself and prints what came
    of it, as `monitor once` does. Exit 2 for a name that is not an enabled source.
    """
    from monitor.config import did_you_mean
    from monitor.store import poll_requests_pending, request_polls, sync_feeds

    enabled = {feed.name: feed for feed in config.all_feeds() if feed.enabled}
    for name in names:
        if name not in enabled:
            click.echo(f"no enabled source named {name!r}{did_you_mean(name, list(enabled))}", err=True)
            sys.exit(2)
    urls = [enabled[name].url for name in names or enabled]
    db = readable_archive(db_path)   # the request is a write, but no crawl: the writer lock stays the daemon's
    sync_feeds(db, config)      # a source just added to the file has its row before the daemon reloads
    request_polls(db, urls)
    grace = time.monotonic() + 2 * config.schedule.reload_check + 3
    while poll_requests_pending(db, urls) and time.monotonic() < grace:
        time.sleep(0.2)
    if poll_requests_pending(db, urls):
        request_polls(db, urls, cancel=True)
        db.conn.close()
        click.echo("no daemon took the request: polling here", err=True)
        print_report(poll_here(config, config_path, db_path, urls), db_path)
        return
    click.echo(f"the running daemon polls {plural(len(urls), 'source')} now: see its log or `monitor feeds`")


@cli.command()
@config_options(crawls=True)
def run(config, config_path, db_path):
    """Run the daemon: poll feeds on their schedule until SIGTERM/SIGINT."""
    from monitor.scheduler import Daemon

    writable_archive(db_path).close()    # the lock stays held; the daemon opens its own connection
    Daemon(config_path, db_override=db_path, config=config).run()


@cli.command()
@config_options
@click.option("--host", help="Interface to listen on; default serve.host (127.0.0.1: this machine only)")
@click.option("--port", type=click.IntRange(1, 65535), help="TCP port; default serve.port (8001)")
def serve(config, config_path, db_path, host, port):
    """Browse the archive in Datasette (read-only): tables, map, search, alerts feed."""
    from monitor.serve import ArchiveError, missing_tables, serve as serve_archive

    try:
        missing = missing_tables(db_path)
    except ArchiveError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
    if missing:
        click.echo(f"warning: {db_path} lacks the tables {', '.join(missing)} (made by an older monitor); "
                   "queries on them fail until `monitor once` or `monitor run` adds them", err=True)
    settings = config.serve.model_copy(update={k: v for k, v in (("host", host), ("port", port)) if v is not None})
    base = f"http://{settings.host}:{settings.port}/archive"
    click.echo(f"Browsing {db_path} read-only at {base}\n  incidents (map): {base}/incidents   alerts feed: {base}/alerts_feed.atom")
    serve_archive(db_path, config.model_copy(update={"serve": settings}))


@cli.command()
@config_options
def feeds(config, config_path, db_path):
    """Each configured source's health, failing ones first: its kind, the address polled
    (when discovery or a permanent redirect found another), the interval in force and why."""
    from monitor.intervals import duration
    from monitor.store import feed_health

    configured = config.all_feeds()
    rows = feed_health(readable_archive(db_path), [feed.url for feed in configured])
    known = {row["url"] for row in rows}
    never = [{"name": feed.name, "url": feed.url, "kind": feed.source_kind} for feed in configured
             if feed.url not in known]
    columns = ("name", "last_status", "consecutive_failures", "last_polled_at", "next_poll_at",
               "articles_found", "last_error")
    _print_table(("feed", "status", "failures", "last polled", "next poll", "articles", "last error"),
                 [["-" if row.get(c) is None else row[c] for c in columns] for row in rows + never])
    failing = sum(1 for row in rows if row["consecutive_failures"])
    unpolled = len(never) + sum(1 for row in rows if row["last_polled_at"] is None)
    click.echo(f"{len(configured)} feeds: {failing} failing, {unpolled} never polled")
    # What each source is, how often it is polled and why, and where it is polled when it moved.
    click.echo("")
    _print_table(("feed", "kind", "interval", "why", "polled at"), [
        (row["name"], row.get("kind") or "-", duration(row["interval_s"]) if row.get("interval_s") else "-",
         row.get("interval_reason") or "-",
         f"{row['discovered_url']} ({row['discovered_from']})" if row.get("discovered_url") else row["url"])
        for row in rows + never])


@cli.command("add-source")
@config_options
@click.argument("url")
@click.option("--name", help="The source's name; default the title it gives itself")
@click.option("--language", help="Language it publishes in (en, ar …)")
@click.option("--kind", type=click.Choice(["feed", "site", "sitemap", "page", "telegram"]),
              help="What it is, when detection should not decide")
@click.option("--links", help="kind page: CSS (or XPath) of the article links")
@click.option("--allow-private", is_flag=True,
              help="Fetch URL even if it is a loopback/private address (fetch.allow_private does the same)")
def add_source(config, config_path, db_path, url, name, language, kind, links, allow_private):
    """Fetch URL (with the poll's fetch rules), say what it is and append it to config.yaml.

    A site's feed found by discovery is added as the source's url, the site as its
    ``site``, so discovery can start again if the feed moves. Exit 1 when nothing usable
    answers, 2 when the URL is already configured.
    """
    from monitor.config import FeedConfig
    from monitor.crawl import probe
    from monitor.urls import canonical_url

    taken = {canonical_url(feed.url): feed.name for feed in config.all_feeds()}
    if canonical_url(url) in taken:
        click.echo(f"{url} is already configured as {taken[canonical_url(url)]!r}", err=True)
        sys.exit(2)
    try:
        source = FeedConfig(name=name or url, url=url, kind=kind, links=links, language=language)
    except ValueError as error:
        click.echo(f"{url}: {error}", err=True)
        sys.exit(2)
    private, links_allowed = refuse_private(config, [url], allow_private), config.fetch.allow_private
    if private:
        # The probe may then search the private site for its feed as the poll would with allow_private.
        config = config.model_copy(update={"fetch": config.fetch.model_copy(update={"allow_private": True})})
    poll = probe(config, [source]).get(1)
    click.echo(printable(f"{url}: {describe_source(url, poll)}"))
    if poll is None or poll.error:
        sys.exit(1)
    entry = {"name": name or (poll.title or "").strip() or url, "url": url}
    if poll.discovered_url and (poll.discovered_from or "").startswith("found from"):
        entry.update(url=poll.discovered_url, site=url)
    elif poll.discovered_url:     # moved for good: the new address
        entry["url"] = poll.discovered_url
    implied = FeedConfig(name="-", url=entry["url"]).source_kind        # telegram for t.me
    detected = poll.kind if poll.kind in ("sitemap", "page", "telegram") else None
    declared = (poll.language or "").strip().split("-")[0].split("_")[0].lower() or None   # en-GB -> en
    entry.update(kind=kind or (detected if detected != implied else None), links=links, language=language or declared)
    if entry["name"] in {feed.name for feed in config.feeds}:
        entry["name"] = f"{entry['name']} ({entry['url']})"
    append_or_exit(config_path, [entry])
    click.echo(printable(f"added to {config_path}: {entry['name']} "
                         f"({', '.join(f'{k}: {v}' for k, v in entry.items() if v and k != 'name')})"))
    if private and not links_allowed:
        click.echo("note: it is a private address: its own address is polled, the pages it links to are "
                   "fetched only with fetch.allow_private: true", err=True)


@cli.command("import-opml")
@config_options
@click.argument("opml", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--allow-private", is_flag=True,
              help="Also add outlines at loopback/private addresses (fetch.allow_private does the same)")
def import_opml(config, config_path, db_path, opml, allow_private):
    """Append every outline of OPML (xmlUrl -> url, htmlUrl -> site) not yet configured to config.yaml."""
    from monitor.config import read_opml
    from monitor.urls import canonical_url

    try:
        outlines = read_opml(opml)
    except (OSError, ValueError, ElementTreeError) as error:
        click.echo(f"cannot read OPML {opml}: {error}", err=True)
        sys.exit(2)
    taken = {canonical_url(feed.url) for feed in config.all_feeds()}
    names = {feed.name for feed in config.feeds}
    entries = []
    for outline in outlines:
        if canonical_url(outline.url) in taken:
            continue
        taken.add(canonical_url(outline.url))
        name = outline.name if outline.name not in names else f"{outline.name} ({outline.url})"
        names.add(name)
        entries.append({"name": name, "url": outline.url, "site": outline.site, "language": outline.language})
    refuse_private(config, [url for entry in entries for url in (entry["url"], entry["site"]) if url], allow_private)
    if entries:
        append_or_exit(config_path, entries)
    click.echo(f"{len(entries)} sources added to {config_path}; {len(outlines) - len(entries)} already configured")


@cli.command("export-opml")
@config_options
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write; default stdout")
def export_opml(config, config_path, db_path, output):
    """Write every configured source as OPML 2.0 (url -> xmlUrl, site -> htmlUrl)."""
    from monitor.config import write_opml

    document = write_opml(config.all_feeds(), f"Sources of {config_path.name}")
    if output is None:
        click.echo(document, nl=False)
    else:
        output.write_text(document, encoding="utf-8")
        click.echo(f"{len(config.all_feeds())} sources written to {output}", err=True)


def _print_table(headers, rows) -> None:
    rows = [[printable(v) for v in row] for row in (headers, *rows)]
    widths = [max(len(v) for v in column) for column in zip(*rows)]
    for row in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


@cli.command("dedup-report")
@config_options
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1),
              help="How many stories to show")


def dedup_report(config, config_path, db_path, limit):
    """The largest stories (most outlets, then copies), each with the copies folded into it."""
    from monitor.store import largest_stories
    from monitor.urls import outlet

    if not Path(db_path).exists():
        click.echo(f"no archive at {db_path}", err=True)
        sys.exit(2)
    stories = largest_stories(readable_archive(db_path), limit)
    if not stories:
        click.echo("no story has more than one copy yet")
    for story in stories:
        click.echo(f"story {story['id']}: {story['source_count']} outlets, {story['article_count']} copies, "
                   f"{story['first_seen_at']} .. {story['last_seen_at']}  {story['title'] or ''}".rstrip())
        rows = [(f"  {a['id']}", "first" if a["duplicate_of"] is None else f"{a['similarity']:.2f}",
                 outlet(a["url"]), a["feed"] or "", a["url"]) for a in story["articles"]]
        _print_table(("  article", "similarity", "outlet", "feed", "url"), rows)


@cli.command()
@config_options
@click.option("--limit", default=20, show_default=True, help="How many of the latest alerts to list")
@click.option("--send", is_flag=True,
              help="First evaluate the rules over incidents changed within alerts.max_age and deliver what is due")


def alerts(config, config_path, db_path, limit, send):
    """List recent alerts and their delivery state (newest first)."""
    from monitor import store
    from monitor.crawl import configure_logging
    from monitor.notify import alert_cycle
    db = readable_archive(db_path)
    if send:
        configure_logging(config.log_level)
        recorded, outcome = alert_cycle(db, config)
        click.echo(f"{recorded} alerts recorded; " + ", ".join(f"{n} {state}" for state, n in outcome.items()))
    rows = [(a["id"], a["created_at"], a["rule"], a["severity"], a["kind"], a["incident_id"], a["status"],
             a["attempts"], _clip(a["title"], 60), _clip(a["last_error"] or "", 60))
            for a in store.recent_alerts(db, limit)]
    _print_table(("id", "created", "rule", "severity", "kind", "incident", "status", "tries", "title", "last error"),
                 rows)


@cli.command("test-notify")
@config_options
@click.argument("target")
def test_notify(config, config_path, db_path, target):
    """Send a test message to one notify TARGET; exit 1 if it fails, 2 if TARGET is not configured."""
    from monitor.notify import send_test

    if target not in config.notify:
        click.echo(f"unknown target {target!r}; targets in notify: {', '.join(sorted(config.notify)) or 'none'}",
                   err=True)
        sys.exit(2)
    error = send_test(config, target)
    if error and not error.startswith("no target configured"):
        click.echo(f"{target}: sending to {notify_address(config, target)} failed: {error}", err=True)
        sys.exit(1)
    if error:
        click.echo(f"{target}: {error}", err=True)
        sys.exit(2 if error.startswith("no target configured") else 1)
    click.echo(f"{target}: test message sent")


def notify_address(config, target: str) -> str:
    """Where a notify target sends, without what may be secret (a token in its path, query or
    user part): ``json://127.0.0.1:8080 (notify.default: ${MONITOR_NOTIFY_URL})``."""
    from urllib.parse import urlsplit

    from monitor.notify import resolve_targets

    url = resolve_targets(config, [target])[0][target]
    parts = urlsplit(url)
    host = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or "?"
    return f"{parts.scheme}://{host} (notify.{target}: {config.notify[target]})"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


class ProgressLines:
    """A progress callback (called with the number of items just done) that writes a line to
    stderr every *every_s* seconds and at each tenth of *total*, readable in a log as on a
    terminal:

        120,000 of 1,000,000 articles rematched (12%), 1,130/s, about 13 min left
    """

    def __init__(self, total: int, what: str, every_s: float = 10.0):
        self.total, self.what, self.every_s = total, what, every_s
        self.done = 0
        self.started = self.last_line = time.monotonic()

    def __call__(self, done: int) -> None:
        before, self.done = self.done, self.done + done
        now = time.monotonic()
        tenth = max(1, self.total // 10)
        if now - self.last_line < self.every_s and before // tenth == self.done // tenth:
            return
        self.last_line = now
        rate = self.done / max(now - self.started, 1e-9)
        left = max(self.total - self.done, 0) / rate if rate else 0
        click.echo(f"{self.done:,} of {self.total:,} {self.what} ({self.done / max(self.total, 1):.0%}), "
                   f"{rate:,.0f}/s, about {_duration(left)} left", err=True)


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"


@cli.command()
@config_options
def rematch(config, config_path, db_path):
    """Re-run matching and event extraction over the archive with the current watchlists."""
    from monitor.rematch import rematch as rematch_archive

    db = writable_archive(db_path)
    total = db["articles"].count
    started = time.monotonic()
    try:
        summary = rematch_archive(db, config, progress=ProgressLines(total, "articles rematched"))
    except ValueError as error:
        click.echo(f"rematch: {error}", err=True)
        sys.exit(2)
    click.echo(f"{summary}\n({time.monotonic() - started:.1f}s)")


@cli.command("export-events")
@config_options
@click.option("--format", "fmt", type=click.Choice(["csv"]), default="csv", show_default=True,
              help="Output format (ACLED's CSV columns)")


@click.option("--per", type=click.Choice(["incident", "report"]), default="incident", show_default=True,
              help="One row per incident (every report of a strike fused), or per report (each article's event)")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write; default stdout")
def export_events(config, config_path, db_path, fmt, per, output):
    """Write every incident (or every report's event) as an ACLED-compatible CSV."""
    from monitor.export import write_acled_csv
    from monitor.store import all_events, incidents_for_export

    db = readable_archive(db_path)
    events = incidents_for_export(db) if per == "incident" else all_events(db)
    if output is None:
        write_acled_csv(events, sys.stdout)
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        count = write_acled_csv(events, handle)
    click.echo(f"{count} {'incidents' if per == 'incident' else 'events'} written to {output}", err=True)
