"""The item pipelines, in order. Each is a thin Scrapy wrapper around one stage's function.

The crawl's context (database, config, report) is the spider's ``context`` attribute,
set by ``monitor.crawl``; pipelines find it through the crawler.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy import signals
from scrapy.exceptions import DropItem

from monitor import store
from monitor.alerts import record_article_alerts
from monitor.dedup import parse_time
from monitor.extract import Extracted, apply_extraction, extract
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.text import analyse, lexicon_for, story_event
from monitor.urls import adoptable_canonical

log = logging.getLogger("monitor.extract")

ITEM_PIPELINES = {
    "monitor.pipelines.ExtractPipeline": 100,
    "monitor.pipelines.DedupPipeline": 200,
    "monitor.pipelines.AnalysePipeline": 300,
    "monitor.pipelines.StorePipeline": 800,
    "monitor.pipelines.AlertsPipeline": 900,
}

_pool: ProcessPoolExecutor | None = None


def extraction_pool(workers: int) -> ProcessPoolExecutor | None:
    """One pool of extraction processes for the life of this process (None: inline).

    trafilatura is CPU-bound; worker processes let it use every core while the reactor
    keeps downloading. forkserver, because forking a process with threads is unsafe.
    """
    global _pool
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        return None
    if _pool is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["monitor.extract"])
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        atexit.register(_pool.shutdown, cancel_futures=True)
    return _pool


async def extract_page(html: bytes, url: str, workers: int) -> Extracted | None:
    """``extract`` in the pool of *workers* processes (inline for 1).

    A worker that died (killed, out of memory) breaks the whole pool: it is replaced
    for later pages, and this page is extracted inline, so nothing is lost.

        page = await extract_page(item.html, item.url, config.extract.workers)
    """
    global _pool
    pool = extraction_pool(workers)
    if pool is None:
        return extract(html, url)
    try:
        return await asyncio.wrap_future(pool.submit(extract, html, url))
    except BrokenProcessPool:
        log.warning("extraction worker died: pool replaced, %s extracted inline", url)
        if _pool is pool:
            _pool = None
            pool.shutdown(wait=False, cancel_futures=True)
        return extract(html, url)


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


class ExtractPipeline(StagePipeline):
    """trafilatura body and metadata; the feed's own text when that is longer.

    The page's declared canonical URL becomes the article's URL when it may
    (``adoptable_canonical``: same site, not a section page) and no other page took it
    already; otherwise the article keeps its own URL and dedup folds it into the story
    of the page it copies. No article is dropped for its canonical link.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.adopted: set[str] = set()   # canonical URLs given to an article in this crawl

    async def process_item(self, item):
        if not isinstance(item, ArticleItem):
            return item
        if item.html is None:   # a Telegram message: its text is the body, no page to extract
            return apply_extraction(item, None)
        page = await extract_page(item.html, item.url, self.context.config.extract.workers)
        canonical = page and page.canonical and adoptable_canonical(
            page.canonical, item.url, self.crawler.spider.feed_urls[item.feed_id])
        if canonical and canonical not in self.adopted and not store.archived_urls(self.context.db, [canonical]):
            self.adopted.add(canonical)
            item.url = canonical
        return apply_extraction(item, page)


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
        seen_at = parse_time(item.fetched_at)
        while (placement := stories.place(item.body, item.content_hash, seen_at)).waits_for is not None:
            await asyncio.sleep(self.PENDING_POLL_S)
        item.story_id, item.duplicate_of, item.similarity = (
            placement.story_id, placement.duplicate_of, placement.similarity)
        item.placement = placement
        return item

    def release(self, item, **kwargs):
        """An article dropped or failed after dedup: its held place goes."""
        if isinstance(item, ArticleItem) and item.placement is not None:
            self.context.stories.discard(item.placement.ticket)


class AnalysePipeline(StagePipeline):
    """Text analysis (``monitor.text.analyse``): matches, the strike-report decision and
    the event, with the crawl's current config."""

    def process_item(self, item):
        if isinstance(item, ArticleItem):
            coding = analyse(item.body, item.published_at or item.fetched_at, lexicon_for(self.context.config))
            item.matches = coding.matches
            if coding.decision is not None:
                item.is_strike_report, item.match_score = int(coding.is_strike_report), coding.decision.score
            item.events = [coding.event] if coding.event else []
        return item


class StorePipeline(StagePipeline):
    """Writes every item to the archive (an article with its matches and event in one
    transaction); drops an article that is already there. A later copy's event is first
    merged into its story's (``monitor.text.story_event``)."""

    def process_item(self, item):
        db = self.context.db
        if isinstance(item, ArticleItem):
            stories = self.context.stories
            if item.duplicate_of is not None and item.events:
                # merged here, in the writer's synchronous turn, so no other copy lands between
                item.events = [story_event(store.story_events(db, item.story_id), event) for event in item.events]
            item.id = store.insert_article(db, item, stories.scheme)
            if item.id is None:
                raise DropItem(f"already archived: {item.url}")
            if item.placement is not None:
                stories.confirm(item.placement.ticket, item.id, item.story_id, item.duplicate_of or item.id)
        elif isinstance(item, FeedPollItem):
            store.record_feed_poll(db, item, self.context.interval_of(item.feed_id),
                                   self.context.config.schedule.max_backoff)
        elif isinstance(item, FetchFailureItem):
            store.record_fetch_failure(db, item)
        return item


class AlertsPipeline(StagePipeline):
    """Records the alerts the article's stories now deserve (delivery is the alert cycle's job).

    Runs after the store, so it reads the stories and events as archived. Rows are
    committed per item; sending is monitor/notify.py's ``alert_cycle``, never inside a
    crawl, so a dead webhook cannot hold up polling.
    """

    def process_item(self, item):
        if isinstance(item, ArticleItem) and item.id is not None:
            record_article_alerts(self.context.db, self.context.config, item.id)
        return item
