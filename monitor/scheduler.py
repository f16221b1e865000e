"""The daemon: APScheduler on the reactor's asyncio loop fires each feed at its interval.

    Daemon(config_path, db_override=None).run()   # blocks until SIGTERM/SIGINT
    Daemon(config_path, config=load_config(config_path)).run()   # the config already read

A feed's job only marks it due; one crawl at a time then polls every due feed
together, so per-domain delays and concurrency limits hold across feeds. The config
file is watched (and re-read on SIGHUP): a valid edit takes effect at once (an interval
counts from the feed's last poll, a new source is polled now), an invalid one is logged
with its lines and the last good config stays in force. ``monitor poll`` asks for polls
through the archive (``feeds.poll_requested_at``), taken on the same check as the config.
Each feed's next poll is logged with why, and recorded as ``feeds.next_poll_at``. Alerts
have a job of their own (every ``alerts.deliver_every``, in a worker thread): a dead webhook never
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

from monitor.config import Config, ConfigError, config_changes, load_config
from monitor.crawl import Poller, configure_logging, install_asyncio_reactor
from monitor.notify import alert_cycle_in
from monitor.schema import open_db
from monitor.intervals import cadence, duration, planned_poll
from monitor.memory import freeze_start_up
from monitor.store import db_file, enabled_feeds, iso, parse_iso, plan_next_polls, sync_feeds, take_poll_requests

log = logging.getLogger("monitor.daemon")


class Daemon:
    def __init__(self, config_path: Path | str, db_override: Path | str | None = None, config: Config | None = None):
        self.config_path = Path(config_path)
        self.db_override = db_override
        # The caller's config when it read one: reading it again would cost a second.
        self.config: Config = config or load_config(self.config_path)
        self._config_stamp = self._stamp()
        self.db = open_db(db_override or self.config.db_path)
        self.poller = Poller(self.db, self.config)
        self.due: set[int] = set()
        self.requested: set[int] = set()   # due because `monitor poll` asked: polled even when backing off
        self._intervals: dict[str, float] = {}   # feed job id -> the interval it was scheduled with
        self._started = False
        self._broken = False       # the file was invalid at the last reload
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
        freeze_start_up()
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
        """Schedule one job per enabled feed; drop jobs of feeds no longer configured.

        At start-up each feed keeps the plan its last poll made (``intervals.planned_poll``);
        a feed added by a later edit is polled at once.
        """
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
                self._intervals.pop(job.id, None)
        self._schedule(rows, added_now=self._started)
        self._started = True

    def _schedule(self, rows: list[dict], added_now: bool = False) -> set[int]:
        """A job per feed row at its interval in force; a job whose interval changed (an
        edit, or an adaptive interval set by the last poll) is replaced, its next poll
        counted from the last one. *added_now*: a feed without a job is new: polled now.
        Each new plan is logged (when and why) and recorded as ``feeds.next_poll_at``;
        returns the ids of the feeds (re)scheduled."""
        now = datetime.now(timezone.utc)
        plans = []
        for row in rows:
            job_id, interval = f"feed:{row['id']}", row["interval_s"]
            known = self._intervals.get(job_id)
            if known == interval:
                continue
            if known is None and added_now:
                at, why = now, "new source, polled now"
            else:
                at, why = planned_poll(row, now)
                if known is None and at <= now:   # start-up: the overdue feeds spread over a few seconds
                    at += timedelta(seconds=random.uniform(0, min(5.0, self.config.schedule.jitter)))
                if known is not None:
                    why = f"interval changed from {duration(known)}: {why}"
            # Jitter spreads the polls without ever making one later than its interval.
            jitter = min(self.config.schedule.jitter, interval / 4)
            self.scheduler.add_job(
                self._mark_due, "interval", args=[row["id"]], id=job_id, replace_existing=True,
                seconds=interval - jitter, jitter=jitter or None, next_run_time=at, coalesce=True, max_instances=1,
            )
            self._intervals[job_id] = interval
            plans.append((row["id"], at))
            log_plan(row, at, now, why)
        if plans:
            plan_next_polls(self.db, plans)
        return {feed_id for feed_id, _ in plans}

    def _replan(self, rows: list[dict], requested: set[int]) -> None:
        """After a poll: feeds whose interval changed are rescheduled; the others' next
        poll (their job's next run, or the end of a back-off) is logged and recorded. A poll
        `monitor poll` asked for starts the feed's interval anew."""
        rescheduled = self._schedule(rows)
        now = datetime.now(timezone.utc)
        plans = []
        for row in rows:
            job = self.scheduler.get_job(f"feed:{row['id']}")
            if row["id"] in rescheduled or job is None or job.next_run_time is None:
                continue
            at, why = planned_poll(row, now)
            if not backing_off(row, now):
                if row["id"] in requested:
                    job.modify(next_run_time=at)
                else:
                    at, why = job.next_run_time, cadence(row)
                plans.append((row["id"], at))
            log_plan(row, at, now, why)
        plan_next_polls(self.db, plans)

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
            requested, self.requested = self.requested & ids, self.requested - ids
            now = datetime.now(timezone.utc)
            # Re-read: the config was synced by apply(); validators and backoff change per poll.
            # A poll asked for by `monitor poll` goes ahead even during a back-off.
            rows = [row for row in enabled_feeds(self.db, ids) if row["id"] in requested or not backing_off(row, now)]
            try:
                await self.poller.poll(rows)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("poll of %d feeds failed; they are retried at their next run", len(rows))
            if not self.stopping:
                self._replan(enabled_feeds(self.db, {row["id"] for row in rows}), requested)

    async def _take_poll_requests(self) -> None:
        """Feeds `monitor poll` asked for (``feeds.poll_requested_at``) are polled now."""
        for feed_id, name in take_poll_requests(self.db):
            log.info("feed %s: polled now, as `monitor poll` asked", name)
            self.requested.add(feed_id)
            await self._mark_due(feed_id)

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
            stamp = self._stamp()
            self.reload(read=await asyncio.to_thread(read_config, self.config_path), stamp=stamp)
        await self._take_poll_requests()

    def reload(self, force: bool = False, read: Config | ConfigError | None = None,
               stamp: tuple[float, int] | None = None) -> None:
        """Read the config file again; a valid one is applied and what changed logged, an
        invalid one logged with its lines while the last good config stays in force.
        *read*: what reading the file gave already (in a thread), when its *stamp* was taken."""
        self._config_stamp = stamp or self._stamp()
        try:
            config = read if read is not None else load_config(self.config_path)
            if isinstance(config, ConfigError):
                raise config
            if self._stamp() != self._config_stamp:
                return   # written to while read (an editor saving it): read again at the next check
        except ConfigError as error:
            self._broken = True
            log.error("config not reloaded, the last good config stays in force:\n%s", error)
            return
        again = " (valid again)" if self._broken else ""
        self._broken = False
        if config == self.config and not force:
            if again:
                log.info("config valid again, the same as the config in force")
            return
        changes = config_changes(self.config, config)
        self.apply(config)
        log.info("config reloaded%s: %d feeds\n%s", again, len(config.all_feeds()),
                 "\n".join(f"  {change}" for change in changes) or "  nothing changed")

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


def log_plan(row: dict, at: datetime, now: datetime, why: str) -> None:
    """``feed NAME: next poll 2024-01-08T12:00:30Z (in 30s): every 1m, configured (interval)``"""
    log.info("feed %s: next poll %s (in %s): %s", row["name"], iso(at), duration(max(0.0, (at - now).total_seconds())),
             why)


def backing_off(row: dict, now: datetime) -> bool:
    """A failing feed is skipped by its schedule job until the next_poll_at its backoff set."""
    planned = next_poll_at(row)
    return bool(row["consecutive_failures"]) and planned is not None and planned > now
