"""The ``monitor`` command.

    monitor check --config config.yaml
    monitor once  --config config.yaml [--db archive.db]
    monitor run   --config config.yaml [--db archive.db]
    monitor rematch --config config.yaml [--db archive.db]
    monitor export-events --config config.yaml --format csv [--output events.csv]
"""

from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

import click

from monitor.config import ConfigError, load_config


def config_options(command):
    """``--config`` (required) and ``--db`` (overrides storage.path) for every command."""

    @click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
                  help="Path of config.yaml")
    @click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="SQLite archive; overrides storage.path from the config")
    @functools.wraps(command)
    def wrapper(config_path, db_path, **kwargs):
        try:
            config = load_config(config_path)
        except ConfigError as error:
            click.echo(f"invalid config:\n{error}", err=True)
            sys.exit(2)
        return command(config=config, config_path=config_path, db_path=db_path or config.db_path, **kwargs)

    return wrapper


@click.group()
@click.version_option(package_name="border-strike-monitor")
def cli():
    """Watch news feeds for strikes in the Syria-Iraq border region."""


@cli.command()
@config_options
def check(config, config_path, db_path):
    """Validate the config; exit 2 naming every bad field and its line."""
    feeds = config.all_feeds()
    terms = sum(len(w.terms) or len(config.gazetteers.get(name, ())) for name, w in config.watchlists.items())
    click.echo(f"{config_path}: OK ({len(feeds)} feeds, {sum(f.enabled for f in feeds)} enabled; "
               f"{len(config.watchlists)} watchlists, {terms} terms; archive {db_path})")


@cli.command()
@config_options
def once(config, config_path, db_path):
    """Poll every enabled feed once, archive what is new, print a summary, exit 0."""
    from monitor.crawl import Poller, configure_logging, install_asyncio_reactor
    from monitor.schema import open_db
    from monitor.store import sync_feeds

    install_asyncio_reactor()
    configure_logging(config.log_level)
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor

    db = open_db(db_path)
    outcome = {}

    async def poll_all():
        try:
            outcome["report"] = await Poller(db, config).poll(sync_feeds(db, config))
        except BaseException as error:  # surfaced after the reactor stops
            outcome["error"] = error
        finally:
            reactor.stop()

    reactor.callWhenRunning(lambda: deferred_from_coro(poll_all()))
    reactor.run()
    if "error" in outcome:
        raise outcome["error"]
    report = outcome["report"]
    rows = [(r.name, r.status if r.status is not None else "-", r.new_articles, r.error or "")
            for r in report.results.values()]
    _print_table(("feed", "status", "new", "error"), rows)
    failed = sum(1 for r in report.results.values() if r.error)
    click.echo(f"{len(rows)} feeds polled in {report.seconds:.1f}s: {report.new_articles} new articles, "
               f"{failed} feeds failed")


@cli.command()
@config_options
def run(config, config_path, db_path):
    """Run the daemon: poll feeds on their schedule until SIGTERM/SIGINT."""
    from monitor.scheduler import Daemon

    Daemon(config_path, db_override=db_path).run()


def _print_table(headers, rows) -> None:
    widths = [max(len(str(v)) for v in column) for column in zip(headers, *rows)]
    for row in (headers, *rows):
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip())


@cli.command()
@config_options
def rematch(config, config_path, db_path):
    """Re-run matching and event extraction over the archive with the current watchlists."""
    from monitor.rematch import rematch as rematch_archive
    from monitor.schema import open_db

    db = open_db(db_path)
    total = db["articles"].count
    started = time.monotonic()
    try:
        with click.progressbar(length=total, label="rematching", file=sys.stderr) as bar:
            summary = rematch_archive(db, config, progress=bar.update)
    except ValueError as error:
        click.echo(f"rematch: {error}", err=True)
        sys.exit(2)
    click.echo(f"{summary}\n({time.monotonic() - started:.1f}s)")


@cli.command("export-events")
@config_options
@click.option("--format", "fmt", type=click.Choice(["csv"]), default="csv", show_default=True,
              help="Output format (ACLED's CSV columns)")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write; default stdout")
def export_events(config, config_path, db_path, fmt, output):
    """Write every event as an ACLED-compatible CSV."""
    from monitor.export import write_acled_csv
    from monitor.schema import open_db
    from monitor.store import all_events

    events = all_events(open_db(db_path))
    if output is None:
        write_acled_csv(events, sys.stdout)
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        count = write_acled_csv(events, handle)
    click.echo(f"{count} events written to {output}", err=True)
