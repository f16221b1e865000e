"""Running the feed spider inside one process, on one asyncio reactor, as often as needed.

    install_asyncio_reactor()            # before anything imports twisted.internet.reactor
    poller = Poller(db, config)
    report = await poller.poll(feed_rows)  # one crawl; returns what each feed gave

``monitor once`` and the daemon both go through ``Poller.poll``.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sqlite3
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlite_utils
from scrapy.logformatter import LogFormatter as ScrapyLogFormatter
from scrapy.settings import default_settings

from monitor import store
from monitor.config import Config, FeedConfig
from monitor.dedup import StoryIndex, open_index
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem, SourceCutItem
from monitor.pipelines import ITEM_PIPELINES, ArchiveWriteError
from monitor.workers import Workers


@contextmanager
def frames_only_stack():
    """``inspect.stack()`` without the frames' source lines, within: Scrapy's TLS modules make
    three deprecated aliases as they are imported, each calling ``inspect.stack()`` only to
    name the module that made it from the calling frame (``create_deprecated_class``).
    The whole stack it builds reads the source file of every frame and, for each frozen
    frame of the import system, goes through every loaded module: 45 ms of the crawl
    process's start, of 0.5 s of imports. The frames alone name the same module.

    >>> with frames_only_stack():
    ...     inspect.stack()[0][0] is sys._getframe()
    True
    """
    real = inspect.stack
    inspect.stack = lambda context=1: [(frame,) for frame, _ in traceback.walk_stack(sys._getframe(1))]
    try:
        yield
    finally:
        inspect.stack = real


# Imported here, at a shallow stack, not inside the first crawl (where its sixty frames of Twisted,
# asyncio and Scrapy cost a third of a second before the first request), and without sources.
with frames_only_stack():
    import scrapy.core.downloader.handlers.http11  # noqa: E402,F401

log = logging.getLogger("monitor.poll")

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def install_asyncio_reactor() -> None:
    """Install Twisted's asyncio reactor, once, before any import of the default one."""
    from scrapy.utils.reactor import install_reactor, is_reactor_installed

    if not is_reactor_installed():
        install_reactor(ASYNCIO_REACTOR)


def configure_logging(level: str) -> None:
    """Our own lines at *level*; Scrapy's chatter only from WARNING up. Call once."""
    from scrapy.utils.log import configure_logging as scrapy_configure_logging

    scrapy_configure_logging({"LOG_LEVEL": level, "LOG_FORMAT": LOG_FORMAT})
    for noisy in ("scrapy", "twisted", "trafilatura", "htmldate", "courlan", "filelock", "apscheduler",
                  "apprise", "urllib3"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
    # A failed feed or page is already one line of ours (and a fetch_log row) with its
    # reason; these would repeat it with a traceback for every unreachable host.
    for repeats in ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt"):
        logging.getLogger(repeats).setLevel(logging.CRITICAL)
    logging.getLogger("monitor").setLevel(level)


EXTENSIONS_OFF = {"scrapy.extensions.remote_control.RemoteControl", "scrapy.extensions.telnet.TelnetConsole",
                  "scrapy.extensions.corestats.CoreStats", "scrapy.extensions.logcount.LogCount",
                  "scrapy.extensions.memusage.MemoryUsage", "scrapy.extensions.feedexport.FeedExporter"}

DOWNLOADER_MIDDLEWARES_OFF = {"scrapy.downloadermiddlewares.cookies.CookiesMiddleware"}


def scrapy_settings(config: Config) -> dict:
    """Scrapy settings built from our config: Scrapy does all fetching policy."""
    fetch = config.fetch
    return {
        "TWISTED_REACTOR": ASYNCIO_REACTOR,
        "USER_AGENT": fetch.user_agent,
        "ROBOTSTXT_OBEY": fetch.obey_robots,
        "DOWNLOAD_TIMEOUT": fetch.timeout,
        "DOWNLOAD_MAXSIZE": fetch.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "CONCURRENT_REQUESTS": fetch.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": max(1, min(fetch.concurrency, 4)),
        "DOWNLOAD_DELAY": fetch.per_domain_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if fetch.per_domain_delay > 0 else 0,
        "RETRY_ENABLED": fetch.retries > 0,
        "RETRY_TIMES": fetch.retries,
        # 429 and 503 are not retried at once: the feed backs off (honouring Retry-After).
        "RETRY_HTTP_CODES": [500, 502, 504, 522, 524, 408],
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        # Off and never imported: the remote control alone imports aiohttp and builds its TLS
        # contexts, 0.13 s of CPU before the first request of every start. Scrapy's
        # statistics extensions count into the stats nothing reads (below): off, with their
        # signal receivers, called per request, response and item. The feed exporter has no
        # FEEDS to write (3 ms of imports). Left out of the base
        # setting: switched off in EXTENSIONS (None) each is still imported, as Scrapy
        # resolves every key of that setting.
        "EXTENSIONS_BASE": {extension: order for extension, order in default_settings.EXTENSIONS_BASE.items()
                            if extension not in EXTENSIONS_OFF},
        # The same for the cookies middleware, off (COOKIES_ENABLED) but imported all the same:
        # its module reads tldextract's list of public suffixes, 33 ms of every start.
        "DOWNLOADER_MIDDLEWARES_BASE": {middleware: order for middleware, order
                                        in default_settings.DOWNLOADER_MIDDLEWARES_BASE.items()
                                        if middleware not in DOWNLOADER_MIDDLEWARES_OFF},
        "LOGSTATS_INTERVAL": 0,
        "STATS_DUMP": False,
        # Nothing reads Scrapy's stats: counting costs the crawl process a dictionary update
        # behind a wrapper per signal and per middleware, for every page.
        "STATS_CLASS": "scrapy.statscollectors.DummyStatsCollector",
        "DOWNLOADER_STATS": False,
        "DNS_TIMEOUT": min(fetch.timeout, 30),
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "LOG_FORMATTER": "monitor.crawl.LogFormatter",
        # Items of one response processed at once: a page yields one article, a feed one poll
        # item; Scrapy starts this many tasks per response (100 by default: most of the
        # crawl process's scheduling work).
        "CONCURRENT_ITEMS": 4,
        # A lint for spider authors: it re-reads and parses the callback's source for every
        # response (its cache misses on bound methods), 0.4 ms a response.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        # Before robots.txt (100): a refused address is never asked even for its robots.txt.
        # A source past fetch.source_time: its requests are dropped before anything else.
        # Scrapy's meta refresh decodes every page whole (monitor.middlewares.HeadMetaRefreshMiddleware).
        # Off, as they have nothing to do here and cost every request a call (and the offsite
        # filter a signal and a URL parse): the spider names no allowed_domains, the config no
        # HTTP credentials.
        "DOWNLOADER_MIDDLEWARES": {"monitor.middlewares.SourceTimeMiddleware": 40,
                                   "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
                                   "monitor.middlewares.PrivateAddressMiddleware": 50,
                                   "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
                                   "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
                                   "monitor.middlewares.HeadMetaRefreshMiddleware": 580},
        # The same for the spider's output: no DEPTH_LIMIT or DEPTH_PRIORITY to apply, and the
        # meta-copy check is a lint for spider authors; each is a generator layer per response.
        "SPIDER_MIDDLEWARES": {"scrapy.spidermiddlewares.depth.DepthMiddleware": None,
                               "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None},
        # Each crawler re-installs the root log handler from these two settings.
        "LOG_LEVEL": config.log_level,
        "LOG_FORMAT": LOG_FORMAT,
    }


class LogFormatter(ScrapyLogFormatter):
    """Scrapy's log lines, except an item error per article the archive refused: the store
    logs that once per batch, with its reason (a full disk would otherwise log a traceback
    per article)."""

    def item_error(self, item, exception, response, spider):
        entry = super().item_error(item, exception, response, spider)
        if isinstance(exception, ArchiveWriteError):
            entry["level"] = logging.DEBUG
        return entry


@dataclass
class FeedResult:
    feed_id: int
    name: str
    url: str
    status: int | None = None
    error: str | None = None
    warning: str | None = None
    new_articles: int = 0
    elapsed_ms: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    new_links: int = 0          # > 0: the poll completes once these are settled
    failed_articles: int = 0    # pages that could not be fetched or stored (retried next poll)
    interval_s: float | None = None  # the adaptive interval the poll set, if it changed
    cuts: dict[str, int] = field(default_factory=dict)   # what the poll left for later: reason -> how many

    @property
    def cut(self) -> str | None:
        """What was left for later polls, in words (the feed's last_error), or None."""
        return "; ".join(f"{count} {reason}" for reason, count in self.cuts.items()) or None

    @property
    def awaits_articles(self) -> bool:
        return self.status == 200 and self.error is None and self.new_links > 0


@dataclass
class PollReport:
    """What one crawl did, feed by feed; filled from Scrapy's item signals."""

    results: dict[int, FeedResult] = field(default_factory=dict)
    seconds: float = 0.0
    finish_reason: str | None = None
    write_error: str | None = None     # why the archive refused writes, if it did (retried next poll)

    def _result(self, item) -> FeedResult | None:
        return self.results.get(getattr(item, "feed_id", None))

    def item_scraped(self, item, response=None, spider=None) -> None:
        result = self._result(item)
        if result is None:
            return
        if isinstance(item, FeedPollItem):
            result.status, result.error, result.warning = item.status, item.error, item.warning
            result.elapsed_ms = item.elapsed_ms
            result.etag, result.last_modified, result.new_links = item.etag, item.last_modified, item.new_links
            result.interval_s = item.interval_s
        elif isinstance(item, ArticleItem):
            result.new_articles += 1
        elif isinstance(item, FetchFailureItem) and item.retryable:
            result.failed_articles += 1
        elif isinstance(item, SourceCutItem):
            result.cuts[item.reason] = result.cuts.get(item.reason, 0) + item.count

    def item_error(self, item, response=None, spider=None, failure=None) -> None:
        if failure is not None and isinstance(failure.value, ArchiveWriteError):
            self.write_error = str(failure.value)
        result = self._result(item)
        if result is not None and isinstance(item, ArticleItem):
            result.failed_articles += 1

    def spider_closed(self, spider=None, reason=None) -> None:
        self.finish_reason = reason

    def completed_polls(self, intervals: dict[int, float]) -> list[tuple[int, str | None, str | None, float, str | None]]:
        """Feeds whose new articles are all settled, for ``store.complete_feed_polls``.

        Only a crawl that ran to its end settles anything (a stopped one left requests
        behind); a feed with failed or cut articles gets no validators, so they are
        taken by its next poll.
        """
        if self.finish_reason != "finished":
            return []
        return [(r.feed_id, *((r.etag, r.last_modified) if not (r.failed_articles or r.cuts) else (None, None)),
                 r.interval_s or intervals[r.feed_id], r.cut) for r in self.results.values() if r.awaits_articles]

    @property
    def new_articles(self) -> int:
        return sum(result.new_articles for result in self.results.values())

    def log_summary(self) -> None:
        """One line per source polled; the sources a stopped crawl never reached, in one line."""
        interrupted = self.finish_reason != "finished"
        unpolled = [r for r in self.results.values() if interrupted and r.status is None and r.error is None]
        if unpolled:
            log.info("crawl %s: %d feeds not polled (interrupted): %s", self.finish_reason or "stopped",
                     len(unpolled), ", ".join(r.name for r in unpolled))
        for result in self.results.values():
            if result in unpolled:
                continue
            # A source that never answered (DNS, refused, timed out) has no status and no time to show.
            answer = "no answer" if result.status is None else f"status={result.status}"
            took = "" if result.elapsed_ms is None else f" ms={result.elapsed_ms}"
            problem = result.error or result.warning or result.cut
            log.info("poll feed=%s %s new=%d%s%s", result.name, answer, result.new_articles, took,
                     f" error={problem}" if problem else "")


@dataclass
class PollContext:
    """What the spider's pipelines need: set as ``spider.context``."""

    db: sqlite_utils.Database
    config: Config
    intervals: dict[int, float]
    stories: StoryIndex
    workers: Workers

    def interval_of(self, feed_id: int) -> float:
        return self.intervals.get(feed_id, self.config.schedule.default_interval)


@dataclass
class ProbeContext:
    """A probe's ``spider.context``: the config only (a probe reads and writes no archive)."""

    config: Config


def probe(config: Config, feeds: list[FeedConfig]) -> dict[int, FeedPollItem]:
    """What each source is (feed, site with a feed, sitemap, listing page, Telegram
    channel), by one crawl with the poll's fetch rules that archives nothing; keyed by
    the source's 1-based position. Runs the reactor, so once per process.

        found = probe(config, [FeedConfig(name="x", url="https://outlet.example/")])
        found[1].kind, found[1].discovered_url, found[1].error
    """
    from scrapy import signals
    from scrapy.crawler import AsyncCrawlerRunner
    from scrapy.utils.defer import deferred_from_coro

    from spiders.feeds import FeedSpider

    install_asyncio_reactor()
    from twisted.internet import reactor

    rows = [{"id": n, "name": feed.name, "url": feed.url, "site": feed.site, "kind": feed.source_kind,
             "links": feed.links, "language": feed.language} for n, feed in enumerate(feeds, 1)]
    found: dict[int, FeedPollItem] = {}

    def scraped(item, response=None, spider=None):
        if isinstance(item, FeedPollItem):
            found[item.feed_id] = item

    async def crawl():
        try:
            runner = AsyncCrawlerRunner({**scrapy_settings(config), "ITEM_PIPELINES": {}, "LOG_LEVEL": "WARNING"})
            crawler = runner.create_crawler(FeedSpider)
            crawler.signals.connect(scraped, signal=signals.item_scraped)
            await runner.crawl(crawler, feeds=rows, probe=True, context=ProbeContext(config))
        finally:
            reactor.stop()

    configure_logging("WARNING")
    reactor.callWhenRunning(lambda: deferred_from_coro(crawl()))
    reactor.run()
    return found


class Poller:
    """Crawls feeds on the running reactor; one instance for the life of the process."""

    def __init__(self, db: sqlite_utils.Database, config: Config):
        self.db = db
        self.config = config
        self._runner = None        # for the next crawl (a reload replaces it)
        self._crawling = None      # the runner of the crawl in progress, whatever config it started with
        self._stories: StoryIndex | None = None
        self._workers: Workers | None = None

    def use_config(self, config: Config) -> None:
        """Later crawls use *config* (its fetch settings, watchlists, rules, dedup index);
        a crawl in progress finishes with the config it started with (and its workers)."""
        if config.dedup != self.config.dedup:
            self._stories = None
        if self._workers is not None and not self._workers.serves(config):
            if self._crawling is None:
                self._workers.close()
            self._workers = None     # a crawl in progress closes its own when it ends
        self.config = config
        self._runner = None

    @property
    def workers(self) -> Workers:
        """The worker processes of the current config; kept across polls."""
        if self._workers is None:
            self._workers = Workers(self.config)
        return self._workers

    @property
    def stories(self) -> StoryIndex:
        """The dedup index, loaded from the archive on first use; kept across polls."""
        if self._stories is None:
            self._stories = open_index(self.db, self.config.dedup, store.utc_now())
            log.info("dedup index: %d articles of the last %g days", len(self._stories),
                     self._stories.window_days)
        return self._stories

    @property
    def runner(self):
        from scrapy.crawler import AsyncCrawlerRunner

        if self._runner is None:
            self._runner = AsyncCrawlerRunner(scrapy_settings(self.config))
        return self._runner

    async def poll(self, feeds: list[dict]) -> PollReport:
        """Fetch *feeds* (rows of the feeds table) and everything new they link to."""
        from scrapy import signals

        from spiders.feeds import FeedSpider

        report = PollReport({feed["id"]: FeedResult(feed["id"], feed["name"], feed["url"])
                             for feed in feeds})
        if not feeds:
            return report
        started = time.monotonic()
        runner = self.runner
        crawler = runner.create_crawler(FeedSpider)
        # Signal receivers are weak references: the report object stays referenced here.
        crawler.signals.connect(report.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(report.item_error, signal=signals.item_error)
        crawler.signals.connect(report.spider_closed, signal=signals.spider_closed)
        workers = self.workers
        context = PollContext(self.db, self.config, {f["id"]: f["interval_s"] for f in feeds}, self.stories,
                              workers)
        self._crawling = runner
        try:
            await runner.crawl(crawler, feeds=feeds, context=context)
        finally:
            self._crawling = None
            if workers is not self._workers:   # the config was reloaded meanwhile
                workers.close()
        try:
            store.complete_feed_polls(self.db, report.completed_polls(context.intervals))
        except sqlite3.DatabaseError as error:   # the feeds keep their old validators: a full GET next time
            log.error("archive write failed: polls not completed (%s)", error)
            report.write_error = str(error)
        report.seconds = time.monotonic() - started
        report.log_summary()
        return report

    async def stop(self) -> None:
        """Stop the crawl in progress (also one started before a config reload).

        A crawler told to stop before its engine runs ignores it and crawls on (Scrapy
        issue 6916): wait until the engine runs, or the crawl is over, then stop it.
        """
        runner = self._crawling
        while runner is not None and self._crawling is runner and not all(
                crawler.engine is not None and crawler.engine.running for crawler in runner.crawlers):
            await asyncio.sleep(0.05)
        if runner is not None and self._crawling is runner:
            await runner.stop()

