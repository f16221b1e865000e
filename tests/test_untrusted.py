"""What a source, a server or a feed's author controls cannot reach further than its own
source: private addresses, alert bodies, terminal output, XML tricks."""

from __future__ import annotations

from conftest import monitor, rss, write_config

RSS_CT = "application/rss+xml"


def test_add_source_and_import_opml_refuse_private_addresses_unless_asked(site, tmp_path):
    site.add("/feed.xml", rss([]), RSS_CT)
    config = write_config(tmp_path / "config.yaml", [{"name": "public", "url": "https://outlet.example/feed"}],
                          fetch={"allow_private": False})
    before = config.read_text()

    refused = monitor("add-source", site.url("/feed.xml"), "--config", str(config), check=False)

    assert refused.returncode == 2
    assert "refused: 127.0.0.1 resolves to non-public address 127.0.0.1" in refused.stderr
    assert "--allow-private" in refused.stderr
    assert not site.hits("/feed.xml") and config.read_text() == before   # not even probed

    opml = tmp_path / "sources.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body>'
                    '<outline text="metadata" xmlUrl="http://169.254.169.254/latest/feed"/>'
                    '<outline text="fine" xmlUrl="https://fine.example/feed"/></body></opml>', encoding="utf-8")
    refused = monitor("import-opml", str(opml), "--config", str(config), check=False)
    assert refused.returncode == 2 and "169.254.169.254 resolves to non-public address" in refused.stderr
    assert config.read_text() == before

    added = monitor("add-source", site.url("/feed.xml"), "--config", str(config), "--allow-private")
    assert "added to" in added.stdout and site.url("/feed.xml") in config.read_text()
    assert "fetch.allow_private" in added.stderr     # its links stay refused without it
    assert "2 sources added" in monitor("import-opml", str(opml), "--config", str(config), "--allow-private").stdout


HOSTILE_TITLE = ('Strike <a href="http://evil.example/">official statement</a> <b>unclosed '
                 '@everyone @here <@123456789> <@&987654321>')
TELEGRAM_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
DISCORD_ID, DISCORD_TOKEN = "417429632418316298", "JHZ7lQml277CDHmQKMHI8qBe7bk2ZwO5UKjCiOAF7711o33MyqU344Qpgv7YTpadV_js"
ALERT_TARGETS = f"""
notify:
  telegram: tgram://{TELEGRAM_TOKEN}/12345
  discord: discord://{DISCORD_ID}/{DISCORD_TOKEN}
  webhook: ${{MONITOR_NOTIFY_URL}}
rules:
  - name: strike-near-border
    severity: high
    targets: [telegram, discord, webhook]
    places: [Deir ez-Zor]
    corroboration: 2
alerts:
  max_age: 2d
"""


def test_a_hostile_title_reaches_each_kind_of_receiver_as_plain_text_pinging_nobody(site, tmp_path):
    from alerting import add_story
    from conftest import ROOT, FIXTURES, Receiver, alert_config
    from monitor.schema import open_db

    config = alert_config(tmp_path / "config.yaml", [], rules=ALERT_TARGETS)
    db = open_db(tmp_path / "archive.db")
    for article in add_story(db, 1, ["Reuters", "AP"]):
        db["articles"].update(article, {"title": HOSTILE_TITLE})
    db.conn.close()
    telegram = Receiver(site, path=f"/telegram/bot{TELEGRAM_TOKEN}/sendMessage")
    discord = Receiver(site, path=f"/discord/webhooks/{DISCORD_ID}/{DISCORD_TOKEN}", statuses=[204])
    webhook = Receiver(site)

    result = monitor("alerts", "--config", str(config), "--send", env={
        "MONITOR_NOTIFY_URL": webhook.url, "MONITOR_TEST_APPRISE_BASE": f"http://127.0.0.1:{site.port}",
        "PYTHONPATH": f"{ROOT}:{FIXTURES / 'apprise_loopback'}"})

    assert "1 sent" in result.stdout, result.stdout + result.stderr
    [to_telegram], [to_discord], [to_webhook] = telegram.deliveries, discord.deliveries, webhook.deliveries
    # Telegram reads HTML: the markup arrives escaped, so the link is text and the open tag breaks nothing.
    text = to_telegram["text"]
    assert "&lt;a href=" in text and '<a href="http://evil.example/">' not in text and "<b>unclosed" not in text
    # Discord: nobody pinged, no mention allowed.
    assert "allow_mentions" not in to_discord and "allowed_mentions" not in to_discord
    sent = repr(to_discord)
    assert "@everyone" not in sent and "@here" not in sent and "<@123456789>" not in sent and "<@&987654321>" not in sent
    # A generic webhook gets the text as typed, mentions broken.
    assert '<a href="http://evil.example/">' in to_webhook["message"] and "@\u200beveryone" in to_webhook["message"]


def test_terminal_escapes_from_a_server_are_not_printed(site, tmp_path):
    escapes = "\x1b]0;owned\x07\x1b[2J\x1b[31m"
    site.add("/busy.xml", b"busy", status=503, headers={"Retry-After": f"{escapes}60"})
    site.add("/titled.xml", rss([], title=f"Outlet{escapes}"), RSS_CT)
    config = write_config(tmp_path / "config.yaml", [{"name": "busy", "url": site.url("/busy.xml")},
                                                     {"name": "titled", "url": site.url("/titled.xml")}])

    once = monitor("once", "--config", str(config))
    feeds = monitor("feeds", "--config", str(config))

    for output in (once.stdout, once.stderr, feeds.stdout):
        assert "\x1b" not in output and "\x07" not in output
    assert "HTTP 503 (Retry-After: 60)" in once.stdout and "HTTP 503 (Retry-After: 60)" in feeds.stdout


def test_a_gzipped_sitemap_is_read_as_a_sitemap(site, tmp_path):
    import gzip
    from datetime import datetime, timezone

    from conftest import article_page, open_archive

    today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    site.add("/a/1", article_page(1))
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"<url><loc>{site.url('/a/1')}</loc><lastmod>{today}</lastmod></url></urlset>")
    site.add("/sitemap.xml.gz", gzip.compress(sitemap.encode()), "application/x-gzip")
    config = write_config(tmp_path / "config.yaml", [{"name": "s", "url": site.url("/sitemap.xml.gz"), "kind": "sitemap"}])

    assert "1 new articles" in monitor("once", "--config", str(config)).stdout
    assert open_archive(tmp_path / "archive.db")["feeds"].get(1)["kind"] == "sitemap"


def test_entity_declarations_are_found_in_utf16_and_after_a_long_comment(site, tmp_path):
    from conftest import open_archive

    bomb = ('<?xml version="1.0" encoding="{encoding}"?>{comment}<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title>'
            '<item><title>x</title><link>http://127.0.0.1/x</link></item></channel></rss>')
    site.add("/utf16.xml", bomb.format(encoding="utf-16", comment="").encode("utf-16"), RSS_CT)
    site.add("/comment.xml", bomb.format(encoding="utf-8", comment="<!--" + "padding " * 1000 + "-->").encode(), RSS_CT)
    config = write_config(tmp_path / "config.yaml", [{"name": "utf16", "url": site.url("/utf16.xml")},
                                                     {"name": "comment", "url": site.url("/comment.xml")}])

    monitor("once", "--config", str(config))

    rows = open_archive(tmp_path / "archive.db").query("SELECT last_error FROM feeds")
    assert [row["last_error"] for row in rows] == [
        "refused: the feed declares XML entities (<!ENTITY>), which are never expanded"] * 2
