"""What a person reads: the alerts' Atom feed as `monitor serve` gives it."""

from __future__ import annotations

import feedparser

from conftest import serve_config, start_serve, stop
from strike_archive import ALERTS, build_archive


def test_the_atom_title_names_the_severity_once_and_the_message_keeps_its_lines(tmp_path):
    db = build_archive(tmp_path / "archive.db", alerts=False)
    with db.conn:
        db["alerts"].insert({**ALERTS[0], "title": "Air/drone strike in Hajin, Syria: 5 injured, no death toll reported "
                                                   "[high]", "message": "What: Air/drone strike\nWhere: Hajin <village>"})
    process, base = start_serve(serve_config(tmp_path))
    try:
        (entry,) = feedparser.parse(f"{base}/alerts_feed.atom").entries
    finally:
        stop(process)
        db.close()
    assert entry.title == "[HIGH] Air/drone strike in Hajin, Syria: 5 injured, no death toll reported"
    assert entry.content[0].type == "text/html"
    assert entry.content[0].value == "What: Air/drone strike<br />Where: Hajin &lt;village&gt;"
