"""The item pipelines, in order. Each is a thin Scrapy wrapper around one stage's function.

The crawl's context (database, config, report) is the spider's ``context`` attribute,
set by ``monitor.crawl``; pipelines find it through the crawler.
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from urllib.parse import urljoin

from scrapy.exceptions import DropItem

from monitor import store
from monitor.extract import apply_extraction, extract
from monitor.items import ArticleItem, FeedPollItem, FetchFailureItem
from monitor.urls import canonical_url

ITEM_PIPELINES = {
    "monitor.pipelines.ExtractPipeline": 100,
    "monitor.pipelines.StorePipeline": 800,
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

    The page's declared canonical URL becomes the article's URL; a page whose
    canonical URL is already archived (an AMP or mobile copy) is dropped here.
    """

    async def process_item(self, item):
        if not isinstance(item, ArticleItem):
            return item
        pool = extraction_pool(self.context.config.extract.workers)
        if pool is None:
            page = extract(item.html, item.url)
        else:
            page = await asyncio.wrap_future(pool.submit(extract, item.html, item.url))
        canonical = page and page.canonical and canonical_url(urljoin(item.url, page.canonical))
        if canonical and canonical != item.url and canonical.startswith(("http://", "https://")):
            if store.archived_urls(self.context.db, [canonical]):
                raise DropItem(f"canonical {canonical} of {item.link} already archived")
            item.url = canonical
        return apply_extraction(item, page)


class StorePipeline(StagePipeline):
    """Writes every item to the archive; drops an article that is already there."""

    def process_item(self, item):
        db = self.context.db
        if isinstance(item, ArticleItem):
            item.id = store.insert_article(db, item)
            if item.id is None:
                raise DropItem(f"already archived: {item.url}")
        elif isinstance(item, FeedPollItem):
            store.record_feed_poll(db, item, self.context.interval_of(item.feed_id),
                                   self.context.config.schedule.max_backoff)
        elif isinstance(item, FetchFailureItem):
            store.record_fetch_failure(db, item)
        return item
