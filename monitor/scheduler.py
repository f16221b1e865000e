"""The daemon: APScheduler on the reactor's asyncio loop fires each feed at its interval.

    Daemon(config_path, db_override=None).run()   # blocks until SIGTERM/SIGINT

A feed's job only marks it due; one crawl at a time then polls every due feed
together, so per-domain delays and concurrency limits hold across feeds. The config
file is watched (and re-read on SIGHUP): a valid edit takes effect at once, an invalid
one is logged with its lines and the last good config stays in force. Alerts have a job
of their own (every ``alerts.deliver_every``, in a worker thread): a dead webhook never
holds up polling, and alerts are retried while no feed is due.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import signal
from datetime import datetime, timedelta, timezone
from pathlib import Path

from monitor.config import Config, ConfigError, load_config
from monitor.crawl import Poller, configure_logging, install_asyncio_reactor
from monitor.notify import alert_cycle_in
from monitor.schema import open_db
from monitor.store import db_file, enabled_feeds, parse_iso, sync_feeds

log = logging.getLogger("monitor.daemon")


class Daemon:
    def __init__(self, config_path: Path | str, db_override: Path | str | None = None):
        self.config_path = Path(config_path)
        self.db_override = db_override
        self.config: Config = load_config(self.config_path)
        self._config_stamp = self._stamp()
        self.db = open_db(db_override or self.config.db_path)
        self.poller = Poller(self.db, self.config)
        self.due: set[int] = set()
        self.scheduler = None
        self._crawling: asyncio.Task | None = None
        self.stopping = False      # set by SIGTERM/SIGINT: no crawl or alert cycle starts after it

    def run(self) -> None:
        install_asyncio_reactor()
        configure_logging(self.config.log_level)
        from twisted.internet import reactor
        from scrapy.utils.defer import deferred_from_coro

        reactor.callWhenRunning(self._start)
        reactor.addSystemEventTrigger("before", "shutdown", lambda: deferred_from_coro(self._shutdown()))
        reactor.run()

    def _start(self) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        loop = asyncio.get_event_loop()
        self.scheduler = AsyncIOScheduler(event_loop=loop, timezone=timezone.utc)
        self.scheduler.start()
        self.scheduler.add_job(self._check_config, "interval", id="config-watch",
                               seconds=self.config.schedule.reload_check, coalesce=True,
                               max_instances=1)
        self.scheduler.add_job(self._alert_cycle, "interval", id="alerts", seconds=self.config.alerts.deliver_every,
                               next_run_time=datetime.now(timezone.utc), coalesce=True, max_instances=1)
        loop.add_signal_handler(signal.SIGHUP, lambda: self.reload(force=True))
        self.apply(self.config)
        log.info("daemon started: %d feeds, archive %s, pid %d", len(self.scheduler.get_jobs()) - 2,
                 self.db.conn.execute("PRAGMA database_list").fetchone()[2], os.getpid())

    def apply(self, config: Config) -> None:
        """Schedule one job per enabled feed; drop jobs of feeds no longer configured."""
        self.config = config
        self.poller.use_config(config)
        self.scheduler.reschedule_job("config-watch", trigger="interval", seconds=config.schedule.reload_check)
        if self.scheduler.get_job("alerts").trigger.interval.total_seconds() != config.alerts.deliver_every:
            self.scheduler.reschedule_job("alerts", trigger="interval", seconds=config.alerts.deliver_every)
        rows = sync_feeds(self.db, config)
        wanted = {f"feed:{row['id']}": row for row in rows}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("feed:") and job.id not in wanted:
                job.remove()
        self._schedule(rows)

    def _schedule(self, rows: list[dict]) -> None:
        """A job per feed row at its interval in force; a job whose interval changed
        (an edit, or an adaptive interval set by the last poll) is replaced."""
        config = self.config
        now = datetime.now(timezone.utc)
        for row in rows:
            job_id = f"feed:{row['id']}"
            job = self.scheduler.get_job(job_id)
            if job is not None and job.trigger.interval.total_seconds() == row["interval_s"]:
                continue
            self.scheduler.add_job(
                self._mark_due, "interval", args=[row["id"]], id=job_id, replace_existing=True,
                seconds=row["interval_s"], jitter=min(config.schedule.jitter, row["interval_s"] / 4),
                next_run_time=self._first_run(row, now), coalesce=True, max_instances=1,
            )

    def _first_run(self, row: dict, now: datetime) -> datetime:
        """A feed never polled, or overdue, starts within a few seconds (spread out)."""
        spread = timedelta(seconds=random.uniform(0, min(5.0, self.config.schedule.jitter)))
        planned = next_poll_at(row)
        return planned + spread if planned and planned > now else now + spread

    async def _mark_due(self, feed_id: int) -> None:
        if self.stopping:
            return
        self.due.add(feed_id)
        if self._crawling is None or self._crawling.done():
            self._crawling = asyncio.ensure_future(self._crawl_due())
        else:
            log.debug("feed %d due: polled after the crawl in progress", feed_id)

    async def _crawl_due(self) -> None:
        """Poll every due feed in one crawl; repeat while more became due meanwhile."""
        while self.due and not self.stopping:
            ids, self.due = self.due, set()
            now = datetime.now(timezone.utc)
            # Re-read: the config was synced by apply(); validators and backoff change per poll.
            rows = [row for row in enabled_feeds(self.db, ids) if not backing_off(row, now)]
            try:
                await self.poller.poll(rows)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("poll of %d feeds failed; they are retried at their next run", len(rows))
            if not self.stopping:
                self._schedule(enabled_feeds(self.db, ids))

    async def _alert_cycle(self) -> None:
        """Record the alerts recent stories deserve and deliver what is due, off the reactor
        thread; the job's max_instances=1 keeps it to one delivery at a time."""
        if self.stopping:
            return
        try:
            await asyncio.to_thread(alert_cycle_in, db_file(self.db), self.config)
        except Exception:
            log.exception("alert cycle failed; it runs again in %gs", self.config.alerts.deliver_every)

    async def _check_config(self) -> None:
        if self._stamp() != self._config_stamp:
            # Read in a thread: a large config (a 13 MB watchlist) takes seconds to parse and
            # check, and polls, alerts and signals must go on meanwhile.
            self.reload(read=await asyncio.to_thread(read_config, self.config_path))

    def reload(self, force: bool = False, read: Config | ConfigError | None = None) -> None:
        """Apply the config file if it is valid and changed (*read*: the file as already read)."""
        self._config_stamp = self._stamp()
        try:
            config = read if read is not None else load_config(self.config_path)
            if isinstance(config, ConfigError):
                raise config
        except ConfigError as error:
            log.error("config not reloaded, the last good config stays in force:\n%s", error)
            return
        if config == self.config and not force:
            return
        self.apply(config)
        log.info("config reloaded: %d feeds", len(config.all_feeds()))

    def _stamp(self) -> tuple[float, int] | None:
        try:
            stat = self.config_path.stat()
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    async def _shutdown(self) -> None:
        """SIGTERM/SIGINT: stop scheduling, stop the crawl, let it finish its in-flight writes.

        An alert delivery in progress is left to finish in its thread (apprise's timeouts
        bound it); an attempt cut short is retried by the next run.
        """
        self.stopping = True
        log.info("shutting down")
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        await self.poller.stop()
        if self._crawling is not None and not self._crawling.done():
            try:
                await self._crawling
            except asyncio.CancelledError:
                pass
        self.db.conn.close()


def read_config(path: Path) -> Config | ConfigError:
    """``load_config``, its error returned rather than raised (for a thread's result)."""
    try:
        return load_config(path)
    except ConfigError as error:
        return error


def next_poll_at(row: dict) -> datetime | None:
    return parse_iso(row["next_poll_at"]) if row["next_poll_at"] else None


def backing_off(row: dict, now: datetime) -> bool:
    """A failing feed is skipped by its schedule job until the next_poll_at its backoff set."""
    planned = next_poll_at(row)
    return bool(row["consecutive_failures"]) and planned is not None and planned > now
