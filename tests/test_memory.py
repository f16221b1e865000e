"""What keeps the crawl process lean behaves as before: a page's meta refresh is still followed."""

from __future__ import annotations

from conftest import monitor, open_archive, write_config
from loopback import article_page, rss

FILLER = "<p>" + "Filler text of a long page that is no article at all. " * 600 + "</p>"   # 33 KB


def refreshing_page(before: str, target: str) -> str:
    """A page whose ``<meta http-equiv="refresh">`` to *target* comes after *before* in its head."""
    return (f'<html><head><title>{before}</title><meta http-equiv="refresh" content="0; url={target}">'
            f"</head><body>{FILLER}</body></html>")


def test_a_meta_refresh_is_followed_from_the_head_of_a_long_page(site, tmp_path):
    pages = {
        "/a/1": refreshing_page("Moved", "/real/1"),
        "/a/2": refreshing_page("ا" * 3000, "/real/2"),   # 6,000 bytes in: still among its first 4,096 characters
        "/a/3": refreshing_page("ا" * 5000, "/real/3"),   # past them: Scrapy reads no further, nor do we
    }
    for path, html in pages.items():
        site.add(path, html.encode("utf-8"))
    for n in (1, 2, 3):
        site.add(f"/real/{n}", article_page(n))
    site.add("/feed.xml", rss([{"title": path, "link": site.url(path)} for path in pages]), "application/rss+xml")
    config = write_config(tmp_path / "config.yaml", [{"name": "site", "url": site.url("/feed.xml")}])

    monitor("once", "--config", str(config))

    bodies = [row["body"] for row in open_archive(tmp_path / "archive.db").query("SELECT body FROM articles")]
    assert len(bodies) == 3
    assert sum("Paragraph 1 about the Euphrates" in body for body in bodies) == 1
    assert sum("Paragraph 2 about the Euphrates" in body for body in bodies) == 1
    assert sum(body.startswith("Filler text") for body in bodies) == 1      # /a/3, read as it is
