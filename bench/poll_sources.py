"""One poll cycle over 1,000 unchanged sources of every kind on loopback, against 1,000 feeds.

    python bench/poll_sources.py [SOURCES]    # default 1000: a quarter each of feeds,
                                              # news sitemaps, listing pages, Telegram previews

The shipped config.yaml runs it (its watchlists, gazetteer, rules), with the sources in place
of its feeds. Each source lists two articles (a Telegram preview: two messages). The first cycle archives
them; the second, with nothing changed, must download no body again: every source answers
304 to its conditional GET. Printed: both cycles' seconds, the 304s, the bodies downloaded,
and the unchanged cycle's time as a ratio of the same cycle over 1,000 plain feeds measured
in the same run (the baseline). Timings are wall-clock on a shared machine: noisy.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from common import FixtureSite, rss, run_measured, shipped_config

KINDS = ("feed", "sitemap", "page", "telegram")


def sitemap(urls: list[str], published: str) -> str:
    entries = "".join(
        f"<url><loc>{url}</loc><news:news><news:publication><news:name>Bench</news:name>"
        f"<news:language>ar</news:language></news:publication><news:publication_date>{published}"
        f"</news:publication_date><news:title>t</news:title></news:news></url>" for url in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>')


def listing(urls: list[str]) -> str:
    cards = "".join(f'<article><h2><a href="{url}">Report {n}</a></h2></article>' for n, url in enumerate(urls))
    return f"<html><head><title>Latest</title></head><body><nav><a href='/tag/x'>x</a></nav>{cards}</body></html>"


def preview(channel: str, published: str) -> str:
    messages = "".join(
        f'<div class="tgme_widget_message js-widget_message" data-post="{channel}/{n}">'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">رسالة {n} من قناة {channel} عن قصف قرب البوكمال'
        f'</div><a class="tgme_widget_message_date"><time datetime="{published}"></time></a></div>' for n in (1, 2))
    return f"<html><head><meta property='og:title' content='{channel}'></head><body>{messages}</body></html>"


def serve(site: FixtureSite, count: int, mixed: bool) -> list[dict]:
    """Routes for *count* sources (mixed kinds, or feeds only); returns their config entries."""
    published = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat(timespec="seconds")
    for k in range(10):
        site.add(f"/a/{k}", f"<html><body><article><p>{'Article text. ' * 40}{k}</p></article></body></html>")
    sources = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)] if mixed else "feed"
        links = [site.url(f"/a/{k}") for k in (n % 10, (n + 1) % 10)]
        if kind == "feed":
            url = site.add(f"/src/{n}.xml", rss([{"title": "t", "link": link} for link in links]), "application/rss+xml")
        elif kind == "sitemap":
            url = site.add(f"/src/{n}-sitemap.xml", sitemap(links, published), "application/xml")
        elif kind == "page":
            url = site.add(f"/src/{n}/latest", listing([site.url(f"/a/{k}/report-{n % 3}") for k in (0, 1)]))
            for k in (0, 1):
                site.add(f"/a/{k}/report-{n % 3}", f"<html><body><article><p>{'Listed text. ' * 40}{n % 3}</p>"
                                                    "</article></body></html>")
        else:
            url = site.add(f"/s/channel{n}", preview(f"channel{n}", published))
        sources.append({"name": f"source{n}", "url": url, "kind": None if kind == "feed" else kind})
    return sources


def cycle(count: int, mixed: bool) -> dict:
    site = FixtureSite()
    try:
        sources = serve(site, count, mixed)
        with tempfile.TemporaryDirectory() as tmp:
            config = shipped_config(Path(tmp) / "config.yaml", [
                {"url": source["url"], **({"kind": source["kind"]} if source["kind"] else {})} for source in sources])
            prime = run_measured(["once", "--config", str(config)]).seconds
            site.requests.clear()
            seconds = run_measured(["once", "--config", str(config)]).seconds
        statuses = [status for _, path, _, status in site.requests if path.startswith(("/src/", "/s/"))]
        bodies = sum(1 for _, path, _, _ in site.requests if path.startswith("/a/"))
    finally:
        site.close()
    return {"prime": prime, "seconds": seconds, "not_modified": statuses.count(304), "asked": len(statuses),
            "bodies": bodies}


def main(count: int) -> None:
    baseline = cycle(count, mixed=False)
    mixed = cycle(count, mixed=True)
    print(f"sources: {count} ({', '.join(KINDS)}, a quarter each); baseline: {count} feeds")
    for name, result in (("feeds only", baseline), ("mixed kinds", mixed)):
        print(f"{name:12s} first cycle {result['prime']:.1f}s; unchanged cycle {result['seconds']:.1f}s, "
              f"304: {result['not_modified']}/{result['asked']}, article bodies downloaded: {result['bodies']}")
    print(f"unchanged cycle, mixed / feeds only: {mixed['seconds'] / baseline['seconds']:.2f}x  "
          "(goal: about 1x, 0 bodies, every source 304)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
