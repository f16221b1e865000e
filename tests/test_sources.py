"""Sources without feeds, and feeds that move: every kind polled for real by `monitor once`.

Each test serves realistic documents (tests/fixtures/sources/) over HTTP on 127.0.0.1 and
reads the real SQLite archive. Fixture dates are written around 2026-11-30 06:00 UTC and
shifted to now when served, so the backfill window holds whatever day the tests run.
"""

from __future__ import annotations

import gzip
import re
from datetime import datetime, timedelta, timezone

from monitor.urls import outlet

from conftest import FIXTURES, FixtureSite, article_page, monitor, monitor_measured, open_archive, rss, write_config

SOURCES = FIXTURES / "sources"
REFERENCE = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")


def document(name: str, site, now: datetime | None = None) -> str:
    """A fixture with ``{site}`` pointing at the loopback site and its ISO dates moved so
    that 2026-11-30T06:00Z is *now* (default: the real now)."""
    shift = (now or datetime.now(timezone.utc)) - REFERENCE
    text = (SOURCES / name).read_text(encoding="utf-8").replace("{site}", f"http://127.0.0.1:{site.port}")
    return _ISO.sub(lambda m: (datetime.fromisoformat(m[0].replace("Z", "+00:00")) + shift)
                    .isoformat(timespec="seconds"), text)


def outlet_page(title: str, *paragraphs: str) -> str:
    """An Arabic article page of the outlet (tests/fixtures/sources/outlet-article.html)."""
    html = (SOURCES / "outlet-article.html").read_text(encoding="utf-8")
    return html.replace("{title}", title).replace("{paragraphs}", "".join(f"<p>{p}</p>" for p in paragraphs))


STRIKE_AR = ("استهدفت غارة جوية مجهولة فجر اليوم مواقع لفصائل مسلحة قرب مدينة البوكمال على الحدود السورية "
             "العراقية، وأفادت مصادر محلية بمقتل خمسة عناصر وإصابة آخرين بجروح متفاوتة. ")


def serve_outlet(site) -> None:
    """The outlet's home page (feed announced by <link rel=alternate>), feed and two articles."""
    site.add("/", document("outlet-home.html", site))
    site.add("/ar/feed/latest.xml", document("outlet-feed.xml", site), "application/rss+xml; charset=UTF-8")
    site.add("/ar/news/2026/11/30/airstrike-al-bukamal-border",
             outlet_page("غارة جوية تستهدف مواقع قرب البوكمال", STRIKE_AR * 4))
    site.add("/ar/news/2026/11/29/drone-strike-al-mayadin",
             outlet_page("مسيّرة تقصف سيارة على طريق الميادين", "قصفت طائرة مسيّرة مساء أمس سيارة على طريق الميادين. " * 12))


def asked(site) -> list[tuple[str, int]]:
    """(path, status) of every request but Scrapy's own for robots.txt."""
    return [(r[1], r[3]) for r in site.requests if r[1] != "/robots.txt"]


def feed_row(tmp_path, name: str) -> dict:
    return next(open_archive(tmp_path / "archive.db").query("SELECT * FROM feeds WHERE name = ?", [name]))


# ---------------------------------------------------------------- 1. discovery and moves

def test_a_wrong_feed_guess_is_found_again_from_the_home_page_and_polled_from_then_on(site, tmp_path):
    serve_outlet(site)
    config = write_config(tmp_path / "config.yaml", [
        {"name": "Euphrates Post", "url": site.url("/feed/"), "site": site.url("/"), "language": "ar"}])

    result = monitor("once", "--config", str(config))

    assert "2 new articles" in result.stdout and "0 feeds failed" in result.stdout
    row = feed_row(tmp_path, "Euphrates Post")
    assert row["discovered_url"] == site.url("/ar/feed/latest.xml")          # announced by <link rel=alternate>
    assert row["discovered_from"] == f"found from {site.url('/')} (the feed address answered HTTP 404)"
    assert row["last_status"] == 200 and row["last_error"] is None and row["kind"] == "feed"
    assert not site.hits("/comments/feed/")                                  # a comments feed is no candidate
    titles = {r["title"] for r in open_archive(tmp_path / "archive.db").query("SELECT title FROM articles")}
    assert "غارة جوية تستهدف مواقع قرب البوكمال" in titles

    # From now on the discovered feed is polled, conditionally; the wrong guess is not asked again.
    site.requests.clear()
    monitor("once", "--config", str(config))
    assert asked(site) == [("/ar/feed/latest.xml", 304)]

    shown = monitor("feeds", "--config", str(config)).stdout
    assert "ar/feed/latest.xml (found from" in shown


def test_a_discovered_feed_that_moves_is_searched_for_again(site, tmp_path):
    serve_outlet(site)
    config = write_config(tmp_path / "config.yaml", [
        {"name": "Euphrates Post", "url": site.url("/feed/"), "site": site.url("/")}])
    monitor("once", "--config", str(config))
    # A redesign: the old feed is gone, the home page announces the new one.
    feed = site.routes.pop("/ar/feed/latest.xml")
    site.add("/ar/rss/all", feed.body, "application/rss+xml")
    site.add("/", document("outlet-home.html", site).replace("/ar/feed/latest.xml", "/ar/rss/all"))

    result = monitor("once", "--config", str(config))

    assert "0 feeds failed" in result.stdout
    row = feed_row(tmp_path, "Euphrates Post")
    assert row["discovered_url"] == site.url("/ar/rss/all")
    assert "answered HTTP 404" in row["discovered_from"] and row["consecutive_failures"] == 0


def test_conventional_paths_and_a_site_without_any_feed(site, tmp_path):
    site.add("/", "<html><head><title>No links</title></head><body><p>home</p></body></html>")
    site.add("/rss.xml", rss([{"title": "a", "link": site.url("/a/1")}]), "application/rss+xml")
    site.add("/a/1", article_page(1))
    bare = FixtureSite()      # another outlet: a home page and nothing else
    other = bare.add("/ar/", "<html><head><title>Nothing</title></head><body><p>x</p></body></html>")
    config = write_config(tmp_path / "config.yaml", [
        {"name": "by convention", "url": site.url("/"), "kind": "site"},
        {"name": "nothing", "url": bare.url("/nothing.xml"), "site": other}])
    try:
        result = monitor("once", "--config", str(config))
    finally:
        bare.close()

    assert "1 new articles" in result.stdout and "1 feeds failed" in result.stdout
    assert feed_row(tmp_path, "by convention")["discovered_url"] == site.url("/rss.xml")
    assert feed_row(tmp_path, "by convention")["kind"] == "site"
    error = feed_row(tmp_path, "nothing")["last_error"]
    assert error == f"the feed address answered HTTP 404; no feed found from {other} (8 addresses tried)"

    # The found feed moves to another conventional path: a kind site is searched again.
    site.add("/atom.xml", site.routes.pop("/rss.xml").body, "application/atom+xml")
    monitor("once", "--config", str(config))
    assert feed_row(tmp_path, "by convention")["discovered_url"] == site.url("/atom.xml")


def test_a_permanent_redirect_is_recorded_and_followed_from_then_on_a_temporary_one_is_not(site, tmp_path):
    site.add("/a/1", article_page(1))
    site.add("/new.xml", rss([{"title": "a", "link": site.url("/a/1")}]), "application/rss+xml")
    site.add("/old.xml", b"", status=301, headers={"Location": site.url("/new.xml")})
    site.add("/elsewhere.xml", b"", status=302, headers={"Location": site.url("/new.xml")})
    config = write_config(tmp_path / "config.yaml", [{"name": "moved", "url": site.url("/old.xml")},
                                                     {"name": "visiting", "url": site.url("/elsewhere.xml")}])
    monitor("once", "--config", str(config))

    moved, visiting = feed_row(tmp_path, "moved"), feed_row(tmp_path, "visiting")
    assert moved["discovered_url"] == site.url("/new.xml")
    assert moved["discovered_from"] == f"permanent redirect (HTTP 301) from {site.url('/old.xml')}"
    assert visiting["discovered_url"] is None
    site.requests.clear()
    monitor("once", "--config", str(config))
    assert not site.hits("/old.xml") and len(site.hits("/elsewhere.xml")) == 1


# ---------------------------------------------------------------- 2. news sitemaps

def serve_sitemaps(site, now: datetime | None = None) -> None:
    """The index and its two sitemaps, the English one gzipped (as many sites serve them),
    dated as if *now* (default: the real now) were 2026-11-30T06:00Z."""
    site.add("/news-sitemap.xml", document("news-sitemap-index.xml", site, now).replace("news-en.xml", "news-en.xml.gz"),
             "application/xml")
    site.add("/sitemaps/news-ar.xml", document("news-sitemap-ar.xml", site, now), "application/xml")
    site.add("/sitemaps/news-en.xml.gz", gzip.compress(document("news-sitemap-en.xml", site, now).encode()),
             "application/x-gzip")
    for path in ("/ar/news/2026/11/30/qasf-jawi-albukamal", "/ar/news/2026/11/29/mosayara-hasakah",
                 "/ar/news/2026/11/22/old-report", "/en/news/2026/11/30/airstrike-near-al-bukamal"):
        site.add(path, outlet_page("خبر", STRIKE_AR * 3 + path))


def test_a_news_sitemap_index_gives_its_recent_articles_then_answers_304(site, tmp_path):
    served = datetime.now(timezone.utc)
    serve_sitemaps(site, served)
    config = write_config(tmp_path / "config.yaml", [{"name": "Eastern Monitor", "url": site.url("/news-sitemap.xml")}])
    result = monitor("once", "--config", str(config))

    assert "3 new articles" in result.stdout
    assert not site.hits("/sitemaps/archive-2026-10.xml")        # lastmod older than the backfill
    assert not site.hits("/ar/news/2026/11/22/old-report")       # published a week ago
    db = open_archive(tmp_path / "archive.db")
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in db.query("SELECT url, title, author, published_at, language FROM articles")}
    assert rows["qasf-jawi-albukamal"]["language"] == "ar" and rows["airstrike-near-al-bukamal"]["title"]
    # news:publication/news:name names the outlet, not a writer: the page's byline is the author
    assert rows["qasf-jawi-albukamal"]["author"] == "المحرر"
    published = datetime.fromisoformat(rows["qasf-jawi-albukamal"]["published_at"].replace("Z", "+00:00"))
    # news:publication_date 2026-11-30T06:00+03:00 of the fixture, moved as served: to the second
    assert published == (datetime(2026, 11, 30, 3, tzinfo=timezone.utc) + (served - REFERENCE)).replace(microsecond=0)
    assert feed_row(tmp_path, "Eastern Monitor")["kind"] == "sitemap"

    site.requests.clear()
    assert "0 new articles" in monitor("once", "--config", str(config)).stdout
    assert asked(site) == [("/news-sitemap.xml", 304)]


def test_a_site_without_feed_is_found_through_the_sitemap_its_robots_txt_names(site, tmp_path):
    serve_sitemaps(site)
    site.add("/", "<html><head><title>Eastern Monitor</title></head><body><p>Latest</p></body></html>")
    site.add("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {site.url('/news-sitemap.xml')}\n", "text/plain")
    config = write_config(tmp_path / "config.yaml", [{"name": "monitor", "url": site.url("/"), "kind": "site"}])

    assert "3 new articles" in monitor("once", "--config", str(config)).stdout
    assert feed_row(tmp_path, "monitor")["discovered_url"] == site.url("/news-sitemap.xml")


# ---------------------------------------------------------------- 3. listing pages

def serve_listing(site) -> None:
    site.add("/en/category/deir-ezzor", document("listing.html", site))
    for path in ("/en/2026/11/30/drone-strike-hits-vehicle-near-al-mayadin",
                 "/en/2026/11/29/shelling-reported-on-the-outskirts-of-hajin", "/en/news/48177",
                 "/en/2026/11/21/water-shortages-deepen-in-eastern-villages"):
        site.add(path, article_page(len(path)))


def test_a_listing_page_gives_its_article_links_by_heuristic_or_by_selector(site, tmp_path):
    serve_listing(site)
    page = site.url("/en/category/deir-ezzor")
    heuristic = write_config(tmp_path / "heuristic.yaml", [{"name": "by heuristic", "url": page, "kind": "page"}],
                             db="heuristic.db")
    selector = write_config(tmp_path / "selector.yaml", [
        {"name": "by selector", "url": page, "kind": "page", "links": "article h2 a"}], db="selector.db")

    assert "4 new articles" in monitor("once", "--config", str(heuristic)).stdout
    assert not {r[1] for r in site.requests} & {"/en/author/rami-khalil", "/en/tag/drones", "/en/category/hasakah",
                                                "/en/live", "/en/category/deir-ezzor/page/2", "/en/about"}
    # The selector leaves out the "most read" box.
    assert "3 new articles" in monitor("once", "--config", str(selector)).stdout
    db = open_archive(tmp_path / "selector.db")
    urls = {r["url"] for r in db.query("SELECT url FROM articles")}
    assert site.url("/en/2026/11/21/water-shortages-deepen-in-eastern-villages") not in urls
    assert next(db.query("SELECT kind FROM feeds"))["kind"] == "page"
    site.requests.clear()
    assert "0 new articles" in monitor("once", "--config", str(selector)).stdout
    assert asked(site) == [("/en/category/deir-ezzor", 304)]


def test_an_arabic_listing_page_with_arabic_slugs(site, tmp_path):
    page = site.add("/ar/category/%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%B2%D9%88%D8%B1", document("listing-ar.html", site))
    articles = re.findall(r'class="title" href="http://127\.0\.0\.1:\d+([^"]+)"', document("listing-ar.html", site))
    for path in articles:
        site.add(path, "<html><body><article><p>" + STRIKE_AR * 3 + "</p></article></body></html>")
    config = write_config(tmp_path / "config.yaml", [{"name": "وكالة الشرق", "url": page, "kind": "page",
                                                      "language": "ar"}])

    assert "3 new articles" in monitor("once", "--config", str(config)).stdout

    assert not [r for r in site.requests if "/tag/" in r[1] or "/author/" in r[1] or "/page/2" in r[1]]
    titles = {r["title"] for r in open_archive(tmp_path / "archive.db").query("SELECT title FROM articles")}
    assert "قصف جوي يستهدف مواقع قرب البوكمال" in titles          # the link text: the pages have no title


# ---------------------------------------------------------------- 4. Telegram

def serve_channel(site, now=None) -> None:
    """/s/deirezzor_news and its ?before=1205 page."""
    first, older = document("telegram-preview.html", site, now), document("telegram-preview-before-1205.html", site, now)

    def preview(handler):
        body = older if "before=1205" in handler.path else first
        site._respond(handler, 200, body.encode(), "text/html; charset=utf-8", {})
        return 200

    site.add("/s/deirezzor_news", b"", handler=preview)


def test_a_telegram_channel_preview_is_read_back_to_the_backfill_window(site, tmp_path):
    serve_channel(site)
    config = write_config(tmp_path / "config.yaml", [
        {"name": "Deir ez-Zor Now", "url": site.url("/s/deirezzor_news"), "kind": "telegram"}])

    result = monitor("once", "--config", str(config))

    # 10 messages on two pages: one photo without caption, one older than the 3-day backfill.
    assert "8 new articles" in result.stdout
    assert [path for path, _ in asked(site) if path.startswith("/s/")] == ["/s/deirezzor_news",
                                                                           "/s/deirezzor_news?before=1205"]
    db = open_archive(tmp_path / "archive.db")
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in db.query("SELECT * FROM articles")}
    assert set(rows) == {"1202", "1203", "1204", "1205", "1207", "1208", "1209", "1210"}
    strike = rows["1210"]
    assert strike["url"] == site.url("/deirezzor_news/1210") and strike["body_source"] == "telegram"
    assert strike["body"].startswith("عاجل | قصف جوي مجهول يستهدف مواقع") and strike["language"] == "ar"
    assert strike["author"] == "دير الزور الآن" and strike["title"].endswith("…")
    assert rows["1205"]["body"].splitlines()[1] == "- انقطاع الكهرباء عن أحياء في الميادين"    # <br> kept
    assert rows["1209"]["summary"] == "Forwarded from شبكة الخابور (https://t.me/alkhabour/5521)"
    assert rows["1202"]["summary"] == "Forwarded from مراسل الشرقية"
    assert rows["1207"]["body"].startswith("🎥 مشاهد من موقع الاستهداف")                       # a video's caption
    assert feed_row(tmp_path, "Deir ez-Zor Now")["kind"] == "telegram"

    # Next poll: the first page reaches an archived message, so no older page is asked.
    site.requests.clear()
    assert "0 new articles" in monitor("once", "--config", str(config)).stdout
    assert [path for path, _ in asked(site)] == ["/s/deirezzor_news"]


def test_a_telegram_message_and_the_outlet_article_copying_it_are_one_story(site, tmp_path):
    """Shipped dedup settings (3-word shingles, threshold 0.5) on a short message: an outlet
    that republishes it with its attribution or one sentence of its own folds into the
    message's story; measured in the report, a copy that adds two sentences or more to a
    40-word message falls below the threshold (Jaccard ~0.59, estimated under 0.5) and stays apart."""
    serve_channel(site)
    message = next(line for line in document("telegram-preview.html", site).splitlines()
                   if "عاجل | قصف جوي" in line)
    text = re.sub(r"<[^>]+>", "", message).strip()
    copies = {"/ar/news/copy-attributed": [text, "المصدر: قناة دير الزور الآن على تلغرام"],
              "/ar/news/copy-one-more-sentence": [text + ". ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن."]}
    for path, paragraphs in copies.items():
        site.add(path, outlet_page("قصف جوي قرب البوكمال", *paragraphs))
    site.add("/outlet.xml", rss([{"title": "قصف", "link": site.url(path)} for path in copies]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [
        {"name": "Deir ez-Zor Now", "url": site.url("/s/deirezzor_news"), "kind": "telegram"}])
    monitor("once", "--config", str(config))
    write_config(config, [{"name": "Deir ez-Zor Now", "url": site.url("/s/deirezzor_news"), "kind": "telegram"},
                          {"name": "outlet", "url": site.url("/outlet.xml")}])

    monitor("once", "--config", str(config))

    db = open_archive(tmp_path / "archive.db")
    story = next(db.query("SELECT story_id FROM articles WHERE url LIKE '%/1210'"))["story_id"]
    folded = {r["url"].rsplit("/", 1)[-1]: r for r in db.query(
        "SELECT url, story_id, duplicate_of, similarity FROM articles WHERE url LIKE '%copy-%'")}
    assert {name: row["story_id"] for name, row in folded.items()} == {
        "copy-attributed": story, "copy-one-more-sentence": story}
    assert all(row["duplicate_of"] is not None and row["similarity"] >= 0.5 for row in folded.values())


def test_each_telegram_channel_is_an_outlet_of_its_own():
    """Stories count distinct outlets (corroboration): two channels are two sources, not one t.me."""
    assert outlet("https://t.me/deirezzor_news/1210") == outlet("https://t.me/s/DeirEzzor_News?before=9") \
        == "t.me/deirezzor_news"
    assert outlet("https://t.me/alkhabour/5521") == "t.me/alkhabour"


# ---------------------------------------------------------------- 6. adaptive polling, 7. robustness

def test_the_interval_follows_how_often_a_source_publishes_an_explicit_interval_wins(site, tmp_path):
    now = datetime.now(timezone.utc)
    busy = [{"title": f"a{n}", "link": site.url(f"/a/{n}"),
             "pubDate": (now - timedelta(hours=3 * n)).strftime("%a, %d %b %Y %H:%M:%S +0000")} for n in range(56)]
    for n in range(56):
        site.add(f"/a/{n}", article_page(n))
    site.add("/busy.xml", rss(busy), "application/rss+xml")
    site.add("/quiet.xml", rss(busy[:2]), "application/rss+xml")
    site.add("/fixed.xml", rss(busy), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [
        {"name": "busy", "url": site.url("/busy.xml")}, {"name": "quiet", "url": site.url("/quiet.xml")},
        {"name": "fixed", "url": site.url("/fixed.xml"), "interval": "10m"}],
        ).read_text()
    (tmp_path / "config.yaml").write_text(config.replace("  reload_check: 0.5s", "  reload_check: 0.5s\n"
                                                         "  min_interval: 2h\n  max_interval: 12h"))
    started = datetime.now(timezone.utc)
    monitor("once", "--config", str(tmp_path / "config.yaml"))
    ran = datetime.now(timezone.utc) - started

    busy_row, quiet_row, fixed_row = (feed_row(tmp_path, name) for name in ("busy", "quiet", "fixed"))
    assert busy_row["interval_s"] == 3 * 3600 and busy_row["interval_reason"] == \
        "adaptive: 56 entries in 7 days, one every 3h"
    assert quiet_row["interval_s"] == 12 * 3600 and quiet_row["interval_reason"].endswith("capped at max_interval 12h")
    assert fixed_row["interval_s"] == 600 and fixed_row["interval_reason"] == "configured (interval)"
    polled, next_poll = (datetime.fromisoformat(busy_row[column].replace("Z", "+00:00"))
                         for column in ("last_polled_at", "next_poll_at"))
    # due one interval after the poll completed, i.e. once its 56 pages were archived in this run
    assert timedelta(hours=3) <= next_poll - polled <= timedelta(hours=3) + ran + timedelta(seconds=1)
    shown = monitor("feeds", "--config", str(tmp_path / "config.yaml")).stdout
    busy_line = next(line for line in shown.splitlines() if line.startswith("busy ") and "adaptive" in line)
    assert busy_line.split()[1:3] == ["feed", "3h"] and "adaptive: 56 entries in 7 days, one every 3h" in busy_line


def test_a_truncated_feed_read_by_the_loose_parser_is_healthy_with_a_warning(site, tmp_path):
    site.add("/truncated.xml", (FIXTURES / "feeds" / "rss_incomplete_cdata.xml").read_bytes(), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "truncated", "url": site.url("/truncated.xml")}])

    result = monitor("once", "--config", str(config))

    assert "0 feeds failed" in result.stdout
    row = feed_row(tmp_path, "truncated")
    assert row["consecutive_failures"] == 0 and row["last_status"] == 200
    assert row["last_error"].startswith("ill-formed XML, read by the loose parser: SAXParseException:")


def test_a_50000_url_sitemap_is_read_within_max_bytes_and_bounded_memory(site, tmp_path):
    """The whole document is read (parsed whole by Scrapy's lxml Sitemap; its URLs are not kept
    beyond the recent ones); only recent URLs are asked. The bound catches per-URL state
    piling up on top of the parse, not the parse itself (measured: +27 MB, the tree alone +25 MB)."""
    now = datetime.now(timezone.utc)
    old = (now - timedelta(days=30)).date().isoformat()

    def big(count: int, fresh: int) -> bytes:
        urls = "".join(f"<url><loc>{site.url(f'/archive/2026/{n:06d}-report')}</loc><lastmod>{old}</lastmod></url>"
                       for n in range(count - fresh))
        urls += "".join(f"<url><loc>{site.url(f'/news/fresh-{n}')}</loc><lastmod>{now.isoformat()}</lastmod></url>"
                        for n in range(fresh))
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{urls}</urlset>").encode()

    for n in range(2):
        site.add(f"/news/fresh-{n}", article_page(n))
    site.add("/small-sitemap.xml", big(10, 2), "application/xml")
    site.add("/sitemap.xml", big(50_000, 2), "application/xml")
    assert 5_000_000 < len(site.routes["/sitemap.xml"].body) < 10_000_000
    small = write_config(tmp_path / "small.yaml", [{"name": "small", "url": site.url("/small-sitemap.xml")}], db="s.db")
    large = write_config(tmp_path / "large.yaml", [{"name": "large", "url": site.url("/sitemap.xml")}], db="l.db")

    _, _, baseline_rss = monitor_measured("once", "--config", str(small))
    result, _, peak_rss = monitor_measured("once", "--config", str(large))

    assert "0 feeds failed" in result.stdout and "2 new articles" in result.stdout, result.stdout
    assert not [r for r in site.requests if r[1].startswith("/archive/")]
    print(f"peak RSS: 10-URL sitemap {baseline_rss / 2**20:.0f} MB, 50,000-URL sitemap {peak_rss / 2**20:.0f} MB")
    assert peak_rss - baseline_rss < 100 * 2**20         # measured: +27 MB for 6.5 MB of sitemap
