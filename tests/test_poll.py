"""`monitor once` end to end: loopback feeds and real pages into a real SQLite archive."""

from __future__ import annotations

import re
import threading
from collections import Counter

import trafilatura

from conftest import (FIXTURES, archive_ready, article_page, interrupt, monitor, open_archive, real_pages, rss,
                      start_monitor,
                      wait_for, write_config)


def token_f1(predicted: str, truth: str) -> float:
    """The extraction benchmark's measure: F1 over word tokens (bag of words)."""
    p, t = Counter(re.findall(r"\w+", predicted.lower())), Counter(re.findall(r"\w+", truth.lower()))
    common = sum((p & t).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def serve_real_pages(site, pages, feed_path="/feed.xml"):
    """Each real page at /articles/<id>.html (canonical tag removed so the URL stays ours)."""
    items = []
    for page_id, page in pages.items():
        html = re.sub(rb"<link[^>]+rel=[\"']?canonical[^>]*>", b"", page["html"], flags=re.I)
        site.add(f"/articles/{page_id}.html", html)
        items.append({"title": f"Story {page_id[:8]}",
                      "link": site.url(f"/articles/{page_id}.html") + "?utm_source=rss&utm_medium=feed#top"})
    return site.add(feed_path, rss(items), "application/rss+xml")


def test_once_archives_every_article_once_with_its_body(site, tmp_path):
    pages = real_pages()
    feed_url = serve_real_pages(site, pages)
    config = write_config(tmp_path / "config.yaml", [{"name": "real pages", "url": feed_url}])

    result = monitor("once", "--config", str(config))

    assert f"{len(pages)} new articles" in result.stdout
    db = open_archive(tmp_path / "archive.db")
    rows = list(db.query("SELECT * FROM articles"))
    assert len(rows) == len(pages)
    by_id = {re.search(r"articles/(\w+)\.html", row["url"]).group(1): row for row in rows}
    assert set(by_id) == set(pages)
    for row in rows:
        assert "utm_" not in row["url"] and "#" not in row["url"]      # canonical
        assert "utm_source=rss" in row["link"]                          # as the feed gave it
        assert row["body_source"] == "trafilatura" and len(row["body"]) > 200
        assert row["published_at"] == "2024-01-01T10:00:00Z"
        assert row["content_hash"] and row["language"]
        assert row["fetched_at"].endswith("Z")
    feed = db["feeds"].get(1)
    assert feed["last_status"] == 200 and feed["articles_found"] == len(pages) and feed["etag"]

    # Our bodies score on par with calling trafilatura directly on the same pages.
    ours = [token_f1(by_id[i]["body"], p["articleBody"]) for i, p in pages.items()]
    direct = [token_f1(trafilatura.extract(p["html"]) or "", p["articleBody"]) for p in pages.values()]
    mean_ours, mean_direct = sum(ours) / len(ours), sum(direct) / len(direct)
    print(f"token F1: monitor {mean_ours:.3f}, trafilatura.extract {mean_direct:.3f}")
    assert mean_ours >= mean_direct - 0.02
    assert mean_ours > 0.85

    # FTS over title + body is kept in sync by triggers.
    word = re.findall(r"[A-Za-z]{7,}", rows[0]["body"])[3]
    hits = list(db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [word]))
    assert rows[0]["id"] in [hit["rowid"] for hit in hits]


def test_second_poll_is_conditional_and_archives_nothing(site, tmp_path):
    pages = dict(list(real_pages().items())[:3])
    feed_url = serve_real_pages(site, pages)
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": feed_url}])
    monitor("once", "--config", str(config))
    site.requests.clear()

    result = monitor("once", "--config", str(config))

    assert "0 new articles" in result.stdout
    feed_hits = site.hits("/feed.xml")
    assert len(feed_hits) == 1
    method, _, headers, status = feed_hits[0]
    assert headers.get("if-none-match") and headers.get("if-modified-since")
    assert status == 304
    assert not [r for r in site.requests if r[1].startswith("/articles/")]
    db = open_archive(tmp_path / "archive.db")
    assert db["articles"].count == 3
    assert db["feeds"].get(1)["last_status"] == 304


def test_changed_feed_fetches_only_new_links(site, tmp_path):
    pages = real_pages()
    first, second = dict(list(pages.items())[:2]), dict(list(pages.items())[:4])
    serve_real_pages(site, first)
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    monitor("once", "--config", str(config))
    site.requests.clear()
    serve_real_pages(site, second)      # the feed now lists two more articles

    monitor("once", "--config", str(config))

    fetched = sorted(r[1] for r in site.requests if r[1].startswith("/articles/"))
    assert fetched == sorted(f"/articles/{i}.html" for i in list(second)[2:])
    assert open_archive(tmp_path / "archive.db")["articles"].count == 4


def test_validators_are_replaced_from_every_200(site, tmp_path):
    """A new ETag with an unchanged Last-Modified is still stored (and vice versa)."""
    pages = dict(list(real_pages().items())[:1])
    serve_real_pages(site, pages)
    route = site.routes["/feed.xml"]
    route.headers = {"ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    monitor("once", "--config", str(config))
    route.headers = {"ETag": '"v2"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
    route.etag = False                  # the server ignores validators: always 200

    monitor("once", "--config", str(config))

    feed = open_archive(tmp_path / "archive.db")["feeds"].get(1)
    assert feed["etag"] == '"v2"'
    assert feed["last_modified"] == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert site.hits("/feed.xml")[-1][2]["if-none-match"] == '"v1"'


def test_feed_in_config_and_opml_is_polled_once(site, tmp_path):
    pages = dict(list(real_pages().items())[:2])
    feed_url = serve_real_pages(site, pages)
    opml = tmp_path / "sources.opml"
    opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
                    f'<outline text="Same feed" type="rss" xmlUrl="{feed_url}?utm_source=opml"/></body></opml>')
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": feed_url}],
                          extra="sources:\n  - sources.opml\n")

    monitor("once", "--config", str(config))

    assert len(site.hits("/feed.xml")) == 1
    assert open_archive(tmp_path / "archive.db")["feeds"].count == 1


def test_a_feed_dropped_from_the_config_is_disabled_and_keeps_its_articles(site, tmp_path):
    for name in ("a", "b"):
        site.add(f"/{name}/1.html", article_page(ord(name)))
        site.add(f"/{name}.xml", rss([{"title": name, "link": site.url(f"/{name}/1.html")}]), "application/rss+xml")
    both = [{"name": name, "url": site.url(f"/{name}.xml")} for name in ("a", "b")]
    config = write_config(tmp_path / "config.yaml", both)
    monitor("once", "--config", str(config))

    write_config(config, both[:1])
    monitor("once", "--config", str(config))
    db = open_archive(tmp_path / "archive.db")
    assert {row["name"]: row["enabled"] for row in db["feeds"].rows} == {"a": 1, "b": 0}
    assert db["articles"].count == 2 and len(site.hits("/b.xml")) == 1   # b is no longer polled

    write_config(config, both)   # back in the config: the same row, enabled again
    monitor("once", "--config", str(config))
    assert {row["name"]: row["enabled"] for row in db["feeds"].rows} == {"a": 1, "b": 1}
    assert db["feeds"].count == 2 and len(site.hits("/b.xml")) == 2


def page_declaring(canonical: str, text: str) -> bytes:
    """An article page whose <link rel=canonical> points at *canonical*."""
    return (f"<html><head><link rel='canonical' href='{canonical}'><title>t</title></head><body>"
            f"<article><p>{text * 20}</p></article></body></html>").encode()


def test_link_rel_canonical_is_the_article_url(site, tmp_path):
    site.add("/amp/news/2024/03/strike-report",
             page_declaring("/news/2024/03/strike-report", "A long paragraph of reporting on the border region. "))
    site.add("/feed.xml", rss([{"title": "t", "link": site.url("/amp/news/2024/03/strike-report")}]),
             "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])

    monitor("once", "--config", str(config))

    row = next(open_archive(tmp_path / "archive.db").query("SELECT url, link FROM articles"))
    assert row == {"url": site.url("/news/2024/03/strike-report"), "link": site.url("/amp/news/2024/03/strike-report")}


def test_articles_pointing_at_a_section_page_are_each_archived_under_their_own_url(site, tmp_path):
    topics = ["Shelling reported near Boukamal crossing. ", "Drone seen over Qaim border post. ",
              "Convoy stopped on the road to Rabia. "]
    links = [site.add(f"/news/2024/03/story-{n}", page_declaring("/news/", topic)) for n, topic in enumerate(topics)]
    site.add("/feed.xml", rss([{"title": f"t{n}", "link": link} for n, link in enumerate(links)]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])

    result = monitor("once", "--config", str(config))

    assert "3 new articles" in result.stdout
    assert {row["url"] for row in open_archive(tmp_path / "archive.db").query("SELECT url FROM articles")} == set(links)


def test_amp_copy_of_an_archived_article_is_its_own_row_in_the_same_story(site, tmp_path):
    text = "Airstrikes hit positions near the Syria-Iraq border crossing at dawn, residents said. "
    original = site.add("/news/2024/03/strike-report", page_declaring("/news/2024/03/strike-report", text))
    site.add("/feed.xml", rss([{"title": "t", "link": original}]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    monitor("once", "--config", str(config))
    amp = site.add("/amp/news/2024/03/strike-report", page_declaring(original, text))
    site.add("/feed.xml", rss([{"title": "t", "link": original}, {"title": "t amp", "link": amp}]), "application/rss+xml")

    result = monitor("once", "--config", str(config))

    assert "1 new articles" in result.stdout
    rows = {row["url"]: row for row in open_archive(tmp_path / "archive.db").query(
        "SELECT id, url, story_id, duplicate_of FROM articles")}
    assert set(rows) == {original, amp}
    assert rows[amp]["story_id"] == rows[original]["story_id"]
    assert rows[amp]["duplicate_of"] == rows[original]["id"]


def test_feed_text_is_the_fallback_when_extraction_finds_less(site, tmp_path):
    summary = "Drone strike near Al-Qaim. " * 30
    site.add("/js-only", "<html><body><div id='app'></div><script>render()</script></body></html>")
    site.add("/feed.xml", rss([{"title": "t", "link": site.url("/js-only"), "description": summary}]),
             "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])

    monitor("once", "--config", str(config))

    row = next(open_archive(tmp_path / "archive.db").query("SELECT body, body_source FROM articles"))
    assert row["body_source"] == "feed" and row["body"] == summary.strip()


def test_broken_feeds_are_recorded_and_the_others_go_on(site, tmp_path):
    pages = dict(list(real_pages().items())[:2])
    serve_real_pages(site, pages, "/good.xml")
    broken = {
        "/illformed.xml": (FIXTURES / "feeds" / "aaa_illformed.xml").read_bytes(),
        "/empty.xml": (FIXTURES / "feeds" / "rss_empty_document.xml").read_bytes(),
        "/html.xml": b"<!doctype html><html><body><h1>Welcome</h1></body></html>",
    }
    feeds = [{"name": "good", "url": site.url("/good.xml")}]
    for path, body in broken.items():
        site.add(path, body, "application/xml" if path != "/html.xml" else "text/html")
        feeds.append({"name": path.strip("/"), "url": site.url(path)})
    feeds.append({"name": "missing", "url": site.url("/gone.xml")})
    feeds.append({"name": "refused", "url": "http://127.0.0.1:9/feed.xml"})
    config = write_config(tmp_path / "config.yaml", feeds)

    result = monitor("once", "--config", str(config))

    assert "5 feeds failed" in result.stdout
    db = open_archive(tmp_path / "archive.db")
    assert db["articles"].count == 2
    errors = {row["name"]: row["last_error"] for row in db.query("SELECT name, last_error FROM feeds")}
    assert errors["good"] is None
    assert errors["illformed.xml"].startswith("feed parse error:")
    assert errors["empty.xml"].startswith(("feed parse error:", "not a feed"))
    assert errors["html.xml"].startswith("not a feed: the URL serves an HTML page")
    assert errors["missing"] == "HTTP 404"
    assert errors["refused"] == "connection refused by 127.0.0.1:9"
    failures = {row["name"]: row["consecutive_failures"] for row in db.query("SELECT * FROM feeds")}
    assert failures["good"] == 0 and failures["missing"] == 1
    logged = list(db.query("SELECT url, status, error FROM fetch_log WHERE error IS NOT NULL"))
    assert len(logged) == 5


def test_a_deleted_article_does_not_disable_conditional_get(site, tmp_path):
    pages = dict(list(real_pages().items())[:1])
    serve_real_pages(site, pages)
    feed = site.routes["/feed.xml"]
    site.add("/feed.xml", feed.body.replace(b"</channel>", (
        f"<item><title>gone</title><link>{site.url('/articles/deleted.html')}</link></item></channel>").encode()),
        "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    monitor("once", "--config", str(config))
    site.requests.clear()

    monitor("once", "--config", str(config))

    assert [status for _, _, _, status in site.hits("/feed.xml")] == [304]
    assert not site.hits("/articles/deleted.html")
    db = open_archive(tmp_path / "archive.db")
    assert [(row["status"], row["error"], row["retryable"]) for row in db.query(
        "SELECT status, error, retryable FROM fetch_log WHERE url LIKE '%deleted%'")] == [(404, "HTTP 404", 0)]


def test_a_permanently_failed_link_is_not_fetched_again_when_the_feed_changes(site, tmp_path):
    site.add("/a/1", "<html><body>x</body></html>")
    site.add("/a/gone", b"gone", "text/plain", status=410)
    site.add("/feed.xml", rss([{"title": "gone", "link": site.url("/a/gone")}]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    monitor("once", "--config", str(config))
    site.add("/feed.xml", rss([{"title": "gone", "link": site.url("/a/gone")}, {"title": "new", "link": site.url("/a/1")}]),
             "application/rss+xml")

    monitor("once", "--config", str(config))

    assert len(site.hits("/a/gone")) == 1 and len(site.hits("/a/1")) == 1


def test_sigterm_interrupts_once_cleanly_keeping_what_was_archived(site, tmp_path):
    asked, release = threading.Event(), threading.Event()

    def hanging_page(handler) -> int:
        asked.set()
        release.wait(60)
        try:
            site._respond(handler, 200, article_page(9), "text/html; charset=utf-8", {})
        except OSError:
            pass  # the crawler is gone
        return 200

    site.add("/a0", article_page(0))
    site.add("/slow", b"", handler=hanging_page)
    site.add("/feed.xml", rss([{"title": "a0", "link": site.url("/a0")}, {"title": "slow", "link": site.url("/slow")}]),
             "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "f", "url": site.url("/feed.xml")}])
    once = start_monitor("once", "--config", str(config))
    try:
        assert asked.wait(60)
        wait_for(lambda: archive_ready(tmp_path / "archive.db")
                 and open_archive(tmp_path / "archive.db")["articles"].count == 1, timeout=60)
    finally:
        output = interrupt(once, release)
    assert once.returncode == 1, output
    assert "interrupted: what was archived is kept" in output and "Traceback" not in output
    db = open_archive(tmp_path / "archive.db")
    assert [row["url"] for row in db.query("SELECT url FROM articles")] == [site.url("/a0")]
    assert db["feeds"].get(1)["etag"] is None      # the poll is redone in full next time
