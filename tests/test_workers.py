"""Worker processes: one call per page; the archive is the same with one worker or two;
a worker that dies loses no page."""

from __future__ import annotations

import asyncio
import email.utils
import os
import signal
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import ALERT_RULES, ROOT, FixtureSite, archive_ready, article_page, interrupt, matching_cases, monitor, open_archive, \
    page, rss, start_daemon, wait_for, watchlists_config, write_config
from monitor.config import load_config
from monitor.dedup import StoryIndex
from monitor.extract import content_hash
from monitor.items import ArticleItem
from monitor.workers import WorkerDied, Workers
from syndication import OUTLETS, serve, syndication_set

# Times and row ids differ between two runs; everything else must not. Which incident a
# report joins depends on the order reports arrive in (monitor.incidents: of a day's
# reports at one place, compatibility is not transitive), and workers change that order:
# incident ids, and the alerts (per incident), are left out.
TIME_COLUMNS = {"fetched_at", "first_seen_at", "last_seen_at", "created_at", "at", "elapsed_ms", "last_polled_at",
                "next_poll_at", "sent_at", "last_attempt_at", "next_attempt_at", "reported_at", "incident_id"}


def archive_rows(path: Path) -> dict[str, list]:
    """Every public table of the archive, ids replaced by what they point at (an article by
    its URL, a story by its first copy's URL, a feed by its URL), times left out, sorted."""
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    article_url = dict(db.execute("SELECT id, url FROM articles").fetchall())
    story_key = {story: article_url.get(first) for story, first in
                 db.execute("SELECT id, representative_article_id FROM stories").fetchall()}
    feed_url = dict(db.execute("SELECT id, url FROM feeds").fetchall())
    event_key = {event: article_url.get(article) for event, article in db.execute("SELECT id, article_id FROM events")}
    keys = {"article_id": article_url, "representative_article_id": article_url, "duplicate_of": article_url,
            "story_id": story_key, "feed_id": feed_url, "event_id": event_key}

    def value(column, raw):
        if column in keys and raw is not None:
            return keys[column].get(raw)
        return raw

    tables = {}
    for table in ("feeds", "articles", "stories", "signatures", "matches", "events", "fetch_log"):
        rows = [tuple(sorted((column, value(column, row[column])) for column in row.keys()
                             if column != "id" and column not in TIME_COLUMNS))
                for row in db.execute(f"SELECT * FROM {table}")]
        tables[table] = sorted(rows, key=repr)
    return tables


def distinct_stories(cases: list[dict], others: list[str]) -> list[dict]:
    """The cases that dedup would not fold into another case or into *others*: crawled
    together, their placement cannot depend on the order they reach the index."""
    index, kept = StoryIndex(), []
    for n, body in enumerate([*others, *(case["body"] for case in cases)], 1):
        placement = index.place(body, content_hash(body), datetime.now(timezone.utc))
        if placement.story_id is None:
            index.confirm(placement.ticket, n, n, n)
            if n > len(others):
                kept.append(cases[n - len(others) - 1])
    return kept


def test_one_worker_or_two_archive_the_same_rows(tmp_path):
    """Strike reports, syndicated copies (the later ones in a second poll, one per story, so
    placement does not depend on which page a worker finishes first) and their events;
    both archives raise alerts (which incident a report joins depends on arrival order)."""
    copies, _ = syndication_set()
    first, later = [], {}
    for copy in copies:
        if copy.story not in {c.story for c in first}:
            first.append(copy)
        else:
            later.setdefault(copy.story, copy)
    sites = [FixtureSite() for _ in range(OUTLETS + 1)]
    reports = sites[OUTLETS]
    try:
        entries = defaultdict(list)   # each outlet's feed lists every copy published so far

        report_items = []
        for case in distinct_stories(matching_cases(), [copy.body for copy in first]):
            stamp = case["published"]
            published = (stamp if isinstance(stamp, datetime) else datetime(stamp.year, stamp.month, stamp.day, 10))
            link = reports.add(f"/r/{case['id']}.html", page(case["title"], case["body"].strip()))
            report_items.append({"title": case["title"], "link": link, "description": case["body"].strip(),
                                 "pubDate": email.utils.format_datetime(published.replace(tzinfo=timezone.utc),
                                                                        usegmt=True)})
        reports.add("/feed.xml", rss(report_items), "application/rss+xml")
        feeds = [{"name": f"outlet {n}", "url": site.url("/feed.xml")} for n, site in enumerate(sites)]
        configs = {}
        for workers in (1, 2):
            (tmp_path / str(workers)).mkdir()
            config = write_config(tmp_path / str(workers) / "config.yaml", feeds, extra=watchlists_config() + ALERT_RULES)
            config.write_text(config.read_text().replace("workers: 1", f"workers: {workers}"))
            configs[workers] = config

        serve(sites, first, listed=entries)
        for config in configs.values():
            monitor("once", "--config", str(config))
        serve(sites, list(later.values()), len(first), listed=entries)
        for config in configs.values():
            monitor("once", "--config", str(config))

        one, two = (archive_rows(tmp_path / str(workers) / "archive.db") for workers in (1, 2))
        assert len(one["articles"]) == len(first) + len(later) + len(report_items)
        assert any(dict(row)["duplicate_of"] for row in one["articles"])
        for workers in (1, 2):
            assert sqlite3.connect(tmp_path / str(workers) / "archive.db").execute("SELECT count(*) FROM alerts").fetchone()[0]
        assert any(dict(row)["source_count"] > 1 for row in one["events"])   # copies counted in their events
        for table in one:
            assert one[table] == two[table], table
    finally:
        for site in sites:
            site.close()


def test_a_killed_worker_is_replaced_and_the_pages_it_held_are_read_anyway(caplog):
    """A worker killed with pages in hand (stopped first, so it holds them): those pages
    are read in the crawl process, a new worker reads the next ones, and a call that kills
    its worker says so (``WorkerDied``)."""
    shipped = load_config(ROOT / "config.yaml")
    config = shipped.model_copy(update={"extract": shipped.extract.model_copy(update={"workers": 1})})

    def item(n: int) -> ArticleItem:
        return ArticleItem(feed_id=1, url=f"http://x.test/a/{n}", link=f"http://x.test/a/{n}", html=article_page(n),
                           fetched_at="2024-01-01T10:00:00Z")

    async def crawl():
        workers = Workers(config)
        try:
            first = await workers.call(os.getpid)
            os.kill(first, signal.SIGSTOP)
            held = [asyncio.ensure_future(workers.read(item(n))) for n in range(3)]
            await asyncio.sleep(0.2)   # the pages are written to the stopped worker
            os.kill(first, signal.SIGKILL)
            read = await asyncio.gather(*held)
            after = await workers.read(item(3))
            second = await workers.call(os.getpid)
            with pytest.raises(WorkerDied):
                await workers.call(os._exit, 1)
            third = await workers.call(os.getpid)
            return first, read, after, second, third
        finally:
            workers.close()
            await workers.wait_closed()

    first, read, after, second, third = asyncio.run(crawl())

    assert [f"Paragraph {n}" in page.body for n, page in enumerate([*read, after])] == [True] * 4
    assert all(page.sketch is not None and page.html is None for page in [*read, after])
    assert len({first, second, third}) == 3   # each dead worker replaced by a new process
    assert "http://x.test/a/0 read in the crawl process" in caplog.text


def test_a_watchlist_edit_reaches_the_workers_of_a_running_daemon(site, tmp_path):
    """A reload is a new config: the next pages are read by workers built from it."""
    site.add("/a0", page("Market day", "Traders met in the square. The zorblax stall opened early."))
    site.add("/a1", page("Market day again", "The zorblax stall sold out by noon, traders said."))
    site.add("/feed.xml", rss([{"title": "a0", "link": site.url("/a0")}]), "application/rss+xml")
    feeds = [{"name": "f", "url": site.url("/feed.xml"), "interval": "1s"}]
    extra = watchlists_config()
    config = write_config(tmp_path / "config.yaml", feeds, extra=extra)
    db = tmp_path / "archive.db"

    def matched_terms(url: str) -> set[str]:
        if not archive_ready(db):
            return set()
        return {row["term"] for row in open_archive(db).query(
            "SELECT term FROM matches JOIN articles ON articles.id = matches.article_id WHERE url = ?", [url])}

    def archived(url: str) -> bool:
        return archive_ready(db) and bool(list(open_archive(db).query("SELECT 1 FROM articles WHERE url = ?", [url])))

    with open(tmp_path / "daemon.log", "w+") as log:
        daemon = start_daemon(config, stdout=log)
        try:
            wait_for(lambda: archived(site.url("/a0")), timeout=60)
            write_config(config, feeds, extra=extra + "  market:\n    terms:\n      - term: zorblax\n")
            wait_for(lambda: "config reloaded" in (tmp_path / "daemon.log").read_text(), timeout=30)
            site.add("/feed.xml", rss([{"title": f"a{n}", "link": site.url(f"/a{n}")} for n in (0, 1)]),
                     "application/rss+xml")
            wait_for(lambda: archived(site.url("/a1")), timeout=60)
        finally:
            interrupt(daemon)

    assert "zorblax" not in matched_terms(site.url("/a0"))     # read before the edit
    assert "zorblax" in matched_terms(site.url("/a1"))



def test_workers_read_with_the_lexicon_the_forkserver_loaded_before_the_config_was_read(site, tmp_path):
    """`monitor once` starts the workers' forkserver before it reads the config, so the
    server's imports and lexicon overlap that reading: the server reads the config itself,
    builds the lexicon (or reads the one it kept) and the workers read every page with it,
    its pages shared, rather than each building one of its own."""
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}],
                          extra=watchlists_config())
    for n in (0, 1):   # a second start: the lexicon the first kept
        site.add(f"/a{n}", page(f"Market day {n}", "Traders met in the square and the stalls opened early."))
        site.add("/feed.xml", rss([{"title": f"a{k}", "link": site.url(f"/a{k}")} for k in range(n + 1)]),
                 "application/rss+xml")
        result = monitor("once", "--config", str(config))
        assert "workers ready in" in result.stderr and "sharing the forkserver's lexicon" in result.stderr, result.stderr
        assert "1 new articles" in result.stdout


def test_the_crawl_process_leaves_trafilatura_to_the_workers(site, tmp_path):
    """Only the forkserver and its workers read pages: the crawl process never imports
    trafilatura (5 MiB and 0.05 s of its start-up), yet every page is read; nor aiohttp,
    which only Scrapy's remote control (off) needs (0.13 s before the first request), nor
    Scrapy's cookies middleware (off; its import reads tldextract's suffix list, 33 ms) and
    feed exporter (no feeds to write)."""
    site.add("/feed.xml", rss([{"title": f"Article {n}", "link": site.url(f"/a/{n}")} for n in range(3)]),
             "application/rss+xml")
    for n in range(3):
        site.add(f"/a/{n}", article_page(n))
    config = write_config(tmp_path / "config.yaml", [{"name": "site", "url": site.url("/feed.xml")}])
    crawl = ("import atexit, sys\n"
             "atexit.register(lambda: print('imported:', sorted(m for m in sys.modules\n"
             "                                              if m.startswith(('trafilatura', 'aiohttp',\n"
             "                                                               'scrapy.downloadermiddlewares.cookies',\n"
             "                                                               'scrapy.extensions.feedexport')))))\n"
             "from monitor.cli import cli\n"
             f"cli.main(['once', '--config', {str(config)!r}], standalone_mode=False)\n")

    run = subprocess.run([sys.executable, "-c", crawl], capture_output=True, text=True, timeout=180,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})

    assert run.returncode == 0, run.stderr
    assert "imported: []" in run.stdout
    assert [row["body_source"] for row in open_archive(tmp_path / "archive.db").query(
        "SELECT body_source FROM articles")] == ["trafilatura"] * 3


def test_scrapy_s_tls_aliases_are_named_without_reading_the_sources_of_the_stack():
    """Scrapy names the deprecated aliases its TLS modules make on import from the calling
    frame; the crawl process imports them without inspect.stack() reading the source of
    every frame on the stack (45 ms of its start): the same names, no source read."""
    script = ("import linecache, monitor.crawl\n"
              "from scrapy.core.downloader import contextfactory, tls\n"
              "print(contextfactory.ScrapyClientContextFactory.__module__, tls.ScrapyClientTLSOptions.__module__,\n"
              "      [name for name in linecache.cache if name.endswith('.py')])\n")

    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})

    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["scrapy.core.downloader.contextfactory", "scrapy.core.downloader.tls", "[]"]


def test_the_forkserver_leaves_the_public_suffix_list_to_the_crawl_process(tmp_path):
    """Only the crawl process compares sites (canonical links): the forkserver, which imports
    the URL rules with the config, does not import tldextract and its HTTP client (0.11-0.14 s
    of its start-up, before the workers are ready)."""
    config = write_config(tmp_path / "config.yaml", [])
    script = "import sys, monitor.preload\nprint(sorted(m for m in sys.modules if m.startswith(('tldextract', 'requests'))))"

    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "MONITOR_WORKER_CONFIG": str(config),
                              "MONITOR_CACHE_DIR": str(tmp_path / "cache")})

    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["once", "--config", "{config}"], ["once", "--config={config}", "--db", "{db}"],
                                  ["check", "--config", "{config}"]])
def test_a_crawling_command_starts_the_forkserver_before_the_cli_imports(tmp_path, args):
    """``monitor once``/``run`` start the workers' forkserver first thing, before
    ``monitor.cli``'s imports (0.4 s), so its imports and lexicon load meanwhile."""
    config = write_config(tmp_path / "config.yaml", [])
    argv = [arg.format(config=config, db=tmp_path / "other.db") for arg in args]
    script = ("import runpy, sys\n"
              "import monitor.forkserver as forkserver\n"
              "forkserver.start_forkserver = lambda path=None: print('forkserver', 'after' if 'monitor.cli' in sys.modules"
              " else 'before', 'the CLI imports')\n"
              f"sys.argv = ['monitor', *{argv!r}]\n"
              "runpy.run_module('monitor', run_name='__main__')\n")

    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})

    assert run.returncode == 0, run.stderr
    started = [line for line in run.stdout.splitlines() if line.startswith("forkserver")]
    assert started[:1] == ([] if args[0] == "check" else ["forkserver before the CLI imports"])
