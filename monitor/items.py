"""What the feed spider yields. Pipelines fill in the later fields of an ArticleItem."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.urls import outlet


@dataclass
class FeedPollItem:
    """One fetch of a feed document (200, 304 or a failure)."""

    feed_id: int
    url: str
    status: int | None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    bytes: int = 0
    elapsed_ms: int | None = None
    entries: int = 0
    new_links: int = 0
    warning: str | None = None          # a problem that did not stop the feed being read
    retry_after_s: float | None = None  # what the server's Retry-After asked for
    kind: str | None = None             # what the source turned out to be (feed, sitemap, page, telegram, site)
    discovered_url: str | None = None   # the address polled from now on (discovery, permanent redirect)
    discovered_from: str | None = None  # how it was found
    interval_s: float | None = None     # the interval from now on (monitor.intervals), None: unchanged
    interval_reason: str | None = None
    title: str | None = None            # the source's own title (monitor add-source names it so)
    language: str | None = None         # the language it declares (a feed's <language>, a page's <html lang>)


@dataclass
class FetchFailureItem:
    """An article page that could not be fetched or a refused link.

    ``retryable`` failures (5xx, 408, 429, timeouts, connection and DNS errors) keep the
    feed's next poll a full GET so the page is tried again; the others (404, robots,
    refused, not HTML) are permanent: logged once and never fetched again.
    """

    feed_id: int
    url: str
    status: int | None
    error: str
    elapsed_ms: int | None = None
    retryable: bool = True


@dataclass
class SourceCutItem:
    """What a source's poll left for its later polls (``fetch.max_new_links``,
    ``max_history_pages``, ``source_time``): recorded in its ``last_error``; its validators
    are not stored, so the next poll reads the source in full again and takes the rest."""

    feed_id: int
    reason: str
    count: int = 1


@dataclass
class ArticleItem:
    """A new article page, from fetch through extraction, dedup, matching and storage."""

    feed_id: int
    url: str                      # canonical
    link: str                     # as the feed gave it
    html: bytes | None = field(repr=False)  # the page as downloaded; dropped after extraction
    fetched_at: str
    status: int | None = None
    bytes: int = 0
    elapsed_ms: int | None = None
    feed_language: str | None = None
    entry_title: str | None = None
    entry_author: str | None = None
    entry_published: str | None = None
    entry_summary: str | None = field(default=None, repr=False)   # plain text
    entry_content: str | None = field(default=None, repr=False)   # the feed's full content, if any
    # Filled in a worker process (monitor.workers.read_article): extraction, sketch, analysis
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    language: str | None = None
    site_name: str | None = None
    body: str | None = field(default=None, repr=False)  # kept out of log lines (dropped items)
    summary: str | None = field(default=None, repr=False)
    body_source: str | None = None
    content_hash: str | None = None
    canonical: str | None = None        # the page's <link rel=canonical> href, as written
    sketch: object = None               # monitor.dedup.Sketch of the body (signature, facts)
    is_strike_report: int | None = None
    match_score: float | None = None
    matches: list = field(default_factory=list)
    events: list = field(default_factory=list)
    # Filled by monitor.dedup
    story_id: int | None = None
    duplicate_of: int | None = None     # article id of the story's first copy; None for the first
    similarity: float | None = None
    placement: object = None            # monitor.dedup.Placement: the store writes its signature
    # Filled by the store
    id: int | None = None

    @property
    def outlet(self) -> str:
        """The outlet that published it (``monitor.urls.outlet``), as archived."""
        return outlet(self.url)
