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
