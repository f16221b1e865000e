"""Public Telegram channels through their web preview, ``https://t.me/s/<channel>``: no login, no API key.

    >>> page = read_preview(html, "https://t.me/s/deirezzor24")          # doctest: +SKIP
    >>> page.messages[0]["link"], page.messages[0]["entry_content"]     # doctest: +SKIP
    ('https://t.me/deirezzor24/48213', 'قصف جوي يستهدف …')
    >>> page.older                                                        # doctest: +SKIP
    'https://t.me/s/deirezzor24?before=48190'

Each ``div.tgme_widget_message`` (``data-post="channel/123"``) is one message: its text
(``.tgme_widget_message_text``, line breaks kept; a photo's or video's caption is that same
text), ``time[datetime]``, and the channel it was forwarded from, if any. A message is an
article of its own: ``https://t.me/<channel>/<id>``, body = the text, no page to extract.
Older messages are on ``?before=<oldest id>``, the page's ``link rel=prev`` (none on the oldest page).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from monitor.store import iso, parse_iso

TITLE_CHARS = 120


@dataclass
class Preview:
    channel_title: str | None
    messages: list[dict]          # oldest first, as the page shows them
    older: str | None             # the page of the messages before these


def read_preview(html: str, page_url: str) -> Preview:
    """The messages of one preview page, each in the spider's entry shape plus its id."""
    page = Selector(text=html)
    title = page.css("meta[property='og:title']::attr(content)").get() or \
        page.css(".tgme_channel_info_header_title ::text").get()
    messages = []
    for node in page.css("div.tgme_widget_message[data-post]"):
        post = node.attrib["data-post"]
        channel, _, number = post.rpartition("/")
        if not number.isdigit():
            continue
        text = message_text(node.css(".tgme_widget_message_text"))
        when = node.css("time[datetime]::attr(datetime)").get()
        forwarded = node.css(".tgme_widget_message_forwarded_from_name")
        forwarded_name = " ".join(" ".join(forwarded.css("::text").getall()).split()) or None
        forwarded_link = forwarded.attrib.get("href") if forwarded else None
        author = " ".join(node.css(".tgme_widget_message_owner_name ::text").getall()).split()
        messages.append({
            "id": int(number),
            "link": message_url(page_url, channel, number),
            "entry_title": _title(text),
            "entry_author": " ".join(author) or title,
            "entry_published": _iso(when),
            "entry_summary": (f"Forwarded from {forwarded_name}" + (f" ({forwarded_link})" if forwarded_link else ""))
            if forwarded_name else None,
            "entry_content": text,
        })
    older = page.css("link[rel=prev]::attr(href)").get() or page.css("a.tme_messages_more::attr(href)").get()
    return Preview(title, sorted(messages, key=lambda m: m["id"]), urljoin(page_url, older) if older else None)


def message_text(nodes: Selector) -> str | None:
    """The text of a message element with its line breaks (``<br>``) kept."""
    if not nodes:
        return None
    parts = []
    for piece in nodes[0].xpath(".//text() | .//br"):
        parts.append("\n" if getattr(piece.root, "tag", None) == "br" else piece.get())
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line) or None


def message_url(page_url: str, channel: str, number: str) -> str:
    """``https://t.me/s/chan`` + 123 -> ``https://t.me/chan/123`` (same scheme and host as the preview)."""
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/{channel}/{number}"


def _title(text: str | None) -> str | None:
    if not text:
        return None
    first = text.split("\n", 1)[0]
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _iso(when: str | None) -> str | None:
    if not when:
        return None
    try:
        return iso(parse_iso(when))
    except ValueError:
        return None
