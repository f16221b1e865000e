"""Extraction in worker processes: `monitor once` with two workers, and a pool whose worker died."""

from __future__ import annotations

import asyncio
import os

import pytest

from conftest import article_page, monitor, open_archive, rss, write_config
from monitor.pipelines import extract_page, extraction_pool


def test_once_with_two_extraction_workers_archives_every_body(site, tmp_path):
    links = [site.add(f"/a/{n}", article_page(n)) for n in range(6)]
    site.add("/feed.xml", rss([{"title": f"a{n}", "link": link} for n, link in enumerate(links)]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    config.write_text(config.read_text().replace("workers: 1", "workers: 2"))

    result = monitor("once", "--config", str(config))

    assert "6 new articles" in result.stdout
    rows = list(open_archive(tmp_path / "archive.db").query("SELECT body, body_source FROM articles"))
    assert len(rows) == 6 and all(row["body_source"] == "trafilatura" and "Euphrates" in row["body"] for row in rows)


def test_a_dead_worker_is_replaced_and_its_page_extracted_anyway():
    pool = extraction_pool(2)
    with pytest.raises(Exception) as died:
        pool.submit(os._exit, 1).result(timeout=60)        # a worker dies: the whole pool is broken
    assert type(died.value).__name__ == "BrokenProcessPool"

    page = asyncio.run(extract_page(article_page(1), "http://x.test/a/1", 2))

    assert page is not None and "Euphrates" in page.body
    replacement = extraction_pool(2)
    assert replacement is not pool
    assert "Paragraph 2" in asyncio.run(extract_page(article_page(2), "http://x.test/a/2", 2)).body
