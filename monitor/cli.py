"""The ``monitor`` command.

    monitor check --config config.yaml
    monitor once  --config config.yaml [--db archive.db]
    monitor run   --config config.yaml [--db archive.db]
    monitor feeds --config config.yaml [--db archive.db]
"""

from __future__ import annotations

import functools
import sys
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
    click.echo(f"{config_path}: OK ({len(feeds)} feeds, {sum(f.enabled for f in feeds)} enabled; "
               f"archive {db_path})")


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
    rows = [(r.name, r.status if r.status is not None else "-", r.new_articles, r.error or r.warning or "")
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


@cli.command()
@config_options
def feeds(config, config_path, db_path):
    """Each configured feed's health, failing feeds first."""
    from monitor.schema import open_db
    from monitor.store import feed_health

    configured = config.all_feeds()
    rows = feed_health(open_db(db_path), [feed.url for feed in configured])
    known = {row["url"] for row in rows}
    never = [{"name": feed.name, "url": feed.url} for feed in configured if feed.url not in known]
    columns = ("name", "last_status", "consecutive_failures", "last_polled_at", "next_poll_at",
               "articles_found", "last_error")
    _print_table(("feed", "status", "failures", "last polled", "next poll", "articles", "last error"),
                 [["-" if row.get(c) is None else row[c] for c in columns] for row in rows + never])
    failing = sum(1 for row in rows if row["consecutive_failures"])
    click.echo(f"{len(configured)} feeds: {failing} failing, {len(never)} never polled")


def _print_table(headers, rows) -> None:
    widths = [max(len(str(v)) for v in column) for column in zip(headers, *rows)]
    for row in (headers, *rows):
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip())
