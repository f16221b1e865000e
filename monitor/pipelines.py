"""The item pipelines, in order. Each is a thin Scrapy wrapper around one stage's function.

The crawl's context (database, config, report) is the spider's ``context`` attribute,
set by ``monitor.crawl``; pipelines find it through the crawler.
"""

from __future__ import annotations

import asyncio
import logging
import math
import sqlite3

from scrapy import signals
from scrapy.exceptions import DropItem

from monitor import store
from monitor.alerts import record_article_alerts
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.urls import adoptable_canonical

log = logging.getLogger("monitor.store")

ITEM_PIPELINES = {
    "monitor.pipelines.ReadPipeline": 100,
    "monitor.pipelines.DedupPipeline": 200,
    "monitor.pipelines.StorePipeline": 800,
    "monitor.pipelines.AlertsPipeline": 900,
}


class ArchiveWriteError(Exception):
    """The archive could not take an item (disk full, read-only file …): the reason, logged
    once per batch; the crawl goes on and the feed's next poll fetches the article again."""


class StagePipeline:
    """Base: keeps the crawler so stages can reach the crawl's context."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def context(self):
        return self.crawler.spider.context


class ReadPipeline(StagePipeline):
    """One worker call per article (``monitor.workers.read_article``): trafilatura body and
    metadata (the feed's own text when that is longer), the dedup sketch, watchlist matches,
    the strike-report decision and the event.

    The page's declared canonical URL becomes the article's URL when it may
    (``adoptable_canonical``: same site, not a section page) and no other page took it
    already; otherwise the article keeps its own URL and dedup folds it into the story
    of the page it copies. No article is dropped for its canonical link.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.adopted: set[str] = set()   # canonical URLs given to an article in this crawl

    async def process_item(self, item):
        if isinstance(item, FeedPollItem) and item.new_links:
            self.context.workers.start()   # they boot while its pages download (a cycle of 304s needs none)
        if not isinstance(item, ArticleItem):
            return item
        # The worker's answer is a copy: its fields go back into this item, which Scrapy's
        # signals (item_error, item_dropped) name, so a failure later releases its dedup ticket.
        read = await self.context.workers.read(item)
        vars(item).update(vars(read))
        canonical = item.canonical and adoptable_canonical(
            item.canonical, item.url, self.crawler.spider.feed_urls[item.feed_id])
        if canonical and canonical not in self.adopted and not store.archived_urls(self.context.db, [canonical]):
            self.adopted.add(canonical)
            item.url = canonical
        return item


class DedupPipeline(StagePipeline):
    """Places each article in a story: sets story_id (later copies), duplicate_of, similarity.

    A first copy gets ``story_id`` from the store. A copy of a first copy that is still
    on its way to the store waits for it, so both land in one story.
    """

    PENDING_POLL_S = 0.02

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.release, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.release, signal=signals.item_error)
        return pipeline

    async def process_item(self, item):
        if not isinstance(item, ArticleItem):
            return item
        stories = self.context.stories
        seen_at = store.parse_iso(item.fetched_at)
        while (placement := stories.place_sketch(item.sketch, item.content_hash, seen_at)).waits_for is not None:
            await asyncio.sleep(self.PENDING_POLL_S)
        item.story_id, item.duplicate_of, item.similarity = (
            placement.story_id, placement.duplicate_of, placement.similarity)
        item.placement = placement
        return item

    def release(self, item, **kwargs):
        """An article dropped or failed after dedup: its held place goes."""
        if isinstance(item, ArticleItem) and item.placement is not None:
            self.context.stories.discard(item.placement.ticket)


class StorePipeline(StagePipeline):
    """Writes every item to the archive; drops an article that is already there.

    Articles are written in batches, at most one transaction every ``BATCH_SECONDS`` (an
    article after a quiet spell, the first of a crawl among them, is written at once) and at
    most ``BATCH_SIZE`` articles in one (``store.insert_articles``), each whole with its
    story, signature, matches and event. A commit costs about as much CPU as the articles it
    writes (0.8 ms an article in batches of two, 0.55 in batches of eight, 0.5 of thirty)
    and holds up the reactor while SQLite writes the log. Longer waits would save little
    and cost downloads: Scrapy counts the page of an article waiting here among the 5 MB of
    responses it holds before it stops downloading. Each article's ``process_item`` returns once
    its batch is committed, so nothing downstream (alerts, the poll's completion) sees an
    article before the archive has it. Each article's events are fused into incidents
    (``monitor.incidents``) inside that transaction, so a report earlier in the same batch
    is a candidate. Feed polls and fetch failures are written at once.
    """

    BATCH_SIZE = 64
    BATCH_SECONDS = 0.1

    def __init__(self, crawler):
        super().__init__(crawler)
        self.batch: list[tuple[ArticleItem, asyncio.Future]] = []
        self.timer: asyncio.TimerHandle | None = None
        self.committed_at = -math.inf   # the event loop's time of the last commit

    async def process_item(self, item):
        db = self.context.db
        if isinstance(item, ArticleItem):
            written = asyncio.get_running_loop().create_future()
            self.batch.append((item, written))
            if len(self.batch) >= self.BATCH_SIZE:
                self.write_batch()
            elif self.timer is None:
                loop = asyncio.get_running_loop()
                self.timer = loop.call_at(max(loop.time(), self.committed_at + self.BATCH_SECONDS), self.write_batch)
            item.id = await written
            if item.id is None:
                raise DropItem(f"already archived: {item.url}")
        else:
            try:
                if isinstance(item, FeedPollItem):
                    store.record_feed_poll(db, item, self.context.interval_of(item.feed_id),
                                           self.context.config.schedule.max_backoff)
                elif isinstance(item, FetchFailureItem):
                    store.record_fetch_failure(db, item)
            except sqlite3.DatabaseError as error:
                log.error("archive write failed: %s not recorded (%s)", item.url, error)
                raise ArchiveWriteError(str(error)) from error
        return item

    def write_batch(self) -> None:
        """Commit the waiting articles, then put them in the dedup index and wake their items."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        batch, self.batch = self.batch, []
        if not batch:
            return
        stories = self.context.stories
        try:
            results = store.insert_articles(self.context.db, [item for item, _ in batch], stories.scheme,
                                            self.context.config.matching.utc_offset_hours)
        except Exception as error:   # the commit itself failed: none of them is archived
            results = [error] * len(batch)
        self.committed_at = asyncio.get_running_loop().time()
        log.debug("%d articles in one transaction", len(batch))
        failed = [result for result in results if isinstance(result, Exception)]
        if failed:
            log.error("archive write failed for %d of %d articles (%s): retried on a later poll",
                      len(failed), len(batch), failed[0])
        for (item, written), result in zip(batch, results):
            if isinstance(result, Exception):
                written.set_exception(ArchiveWriteError(str(result)))
                continue
            if result is not None and item.placement is not None:
                stories.confirm(item.placement.ticket, result, item.story_id, item.duplicate_of or result)
            written.set_result(result)


class AlertsPipeline(StagePipeline):
    """Records the alerts the article's incidents now deserve (delivery is the alert cycle's job).

    Runs after the store, so it reads the incidents as archived. Rows are
    committed per item; sending is monitor/notify.py's ``alert_cycle``, never inside a
    crawl, so a dead webhook cannot hold up polling.
    """

    def process_item(self, item):
        # An article without events joined no incident: no query for it (most articles).
        if isinstance(item, ArticleItem) and item.id is not None and item.events:
            record_article_alerts(self.context.db, self.context.config, item.id)
        return item
