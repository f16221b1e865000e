"""Pure functions behind feed health: backoff, Retry-After, refusing entity declarations."""

from __future__ import annotations

from datetime import datetime, timezone

from monitor.store import backoff_delay
from spiders.feeds import declares_entities, retry_after_seconds

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_backoff_doubles_per_failure_up_to_the_cap():
    assert [backoff_delay(n, 60, 1800) for n in range(7)] == [60, 120, 240, 480, 960, 1800, 1800]
    assert backoff_delay(500, 60, 1800) == 1800                  # no overflow after months of failures
    assert backoff_delay(3, 7200, 1800) == 7200                  # never sooner than the feed's interval


def test_retry_after_pushes_the_next_poll_within_the_cap():
    assert backoff_delay(1, 60, 3600, retry_after_s=900) == 900
    assert backoff_delay(1, 60, 3600, retry_after_s=30) == 120   # the backoff is longer already
    assert backoff_delay(1, 60, 3600, retry_after_s=10 ** 9) == 3600


def test_retry_after_header_forms():
    assert retry_after_seconds("120", NOW) == 120
    assert retry_after_seconds("Mon, 01 Jan 2024 00:05:00 GMT", NOW) == 300
    assert retry_after_seconds("Sun, 31 Dec 2023 00:00:00 GMT", NOW) == 0   # in the past
    assert retry_after_seconds("soon", NOW) is None


def test_entity_declarations_are_spotted_only_in_the_doctype():
    assert declares_entities(b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>')
    assert declares_entities(b'<!DOCTYPE rss [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]><rss>&x;</rss>')
    assert not declares_entities(b'<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd"><rss/>')
    assert not declares_entities(b"<rss><item><description><![CDATA[<!ENTITY in text>]]></description></item></rss>")
