"""A real HTTP site on 127.0.0.1 for tests and benchmarks: routes, conditional GET, a request log.

    site = FixtureSite()
    site.add("/feed.xml", rss([{"title": "t", "link": site.url("/a")}]), "application/rss+xml")
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import threading
from dataclasses import dataclass, field
from html import escape as html_escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the default 5 drops SYNs under a crawler's burst: 1 s retransmits
    daemon_threads = True


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    etag: bool = True            # answer If-None-Match / If-Modified-Since with 304
    handler: object = None       # callable(request_handler) for hostile behaviour


class FixtureSite:
    """A threaded HTTP server with conditional GET; records every request it sees.

        site.add("/feed.xml", rss_bytes, "application/rss+xml")
        site.url("/feed.xml")        # http://127.0.0.1:PORT/feed.xml
        site.requests                # [(method, path, headers, status), ...]
    """

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host             # another loopback address (127.0.0.2 …) is another site to a crawler
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str, dict, int]] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                site._serve(self)

            do_POST = do_GET

        self.server = _Server((host, 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **kw) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body, content_type, **kw)
        return self.url(path)

    def hits(self, path: str) -> list[tuple[str, str, dict, int]]:
        with self.lock:
            return [r for r in self.requests if r[1].split("?")[0] == path]

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        route = self.routes.get(path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        if route is not None and route.handler is not None:
            status = route.handler(handler) or 200
        elif route is None:
            status = 404
            self._respond(handler, 404, b"not found", "text/plain", {})
        else:
            status = route.status
            extra = dict(route.headers)
            if route.etag and status == 200:
                etag = extra.setdefault("ETag", '"%s"' % hashlib.md5(route.body).hexdigest()[:16])
                modified = extra.setdefault("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT")
                if headers.get("if-none-match") == etag or (
                        "if-none-match" not in headers and headers.get("if-modified-since") == modified):
                    status = 304
            body = b"" if status == 304 else route.body
            self._respond(handler, status, body, route.content_type, extra)
        with self.lock:
            self.requests.append((handler.command, handler.path, headers, status))

    @staticmethod
    def _respond(handler, status, body, content_type, headers):
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Receiver:
    """A webhook on a FixtureSite, the apprise target of alert tests: records every POST.

        hook = Receiver(site, statuses=[500, 200])   # answers 500 once, then 200 for good
        hook.url                                     # json://127.0.0.1:PORT/hook
        hook.posts, hook.deliveries                  # (status, body) answered / bodies answered 2xx
        hook.hang.set(); hook.release.set()          # block answers until released
    """

    def __init__(self, site: FixtureSite, path: str = "/hook", statuses=(200,)):
        self.site, self.path, self.statuses = site, path, list(statuses)
        self.posts: list[tuple[int, dict]] = []      # (status answered, JSON body)
        self.arrived: list[dict] = []                 # bodies as they arrive, before any answer
        self.hang, self.release = threading.Event(), threading.Event()
        self.lock = threading.Lock()
        site.add(path, b"", handler=self._handle)

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.site.port}{self.path}"

    @property
    def deliveries(self) -> list[dict]:
        with self.lock:
            return [body for status, body in self.posts if 200 <= status < 300]

    def _handle(self, handler) -> int:
        length = int(handler.headers.get("Content-Length") or 0)
        body = json.loads(handler.rfile.read(length) or b"{}")
        with self.lock:
            self.arrived.append(body)
            status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if self.hang.is_set():
            self.release.wait(120)
        answer = (status, body)
        with self.lock:          # before answering: the sender's next POST may come at once
            self.posts.append(answer)
        try:
            FixtureSite._respond(handler, status, b"{}", "application/json", {})
        except (BrokenPipeError, ConnectionResetError):
            with self.lock:      # the sender is gone (killed while we hung): nothing was delivered
                self.posts.remove(answer)
        return status


def rss(items: list[dict], title: str = "Fixture feed") -> str:
    """An RSS 2.0 document; each item has title, link and optional description/pubDate."""
    parts = []
    for item in items:
        date = item.get("pubDate") or email.utils.format_datetime(
            email.utils.parsedate_to_datetime("Mon, 01 Jan 2024 10:00:00 GMT"))
        description = f"<description>{escape(item['description'])}</description>" if item.get("description") else ""
        parts.append(f"<item><title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
                     f"<guid>{escape(item['link'])}</guid><pubDate>{date}</pubDate>{description}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://127.0.0.1/</link><description>fixture</description>{''.join(parts)}</channel></rss>")


def page(title: str, body: str) -> str:
    """A news page of *title* with *body*'s paragraphs (blank-line separated)."""
    paragraphs = "".join(f"<p>{html_escape(p)}</p>" for p in body.split("\n\n"))
    return (f"<html><head><title>{html_escape(title)}</title></head><body><article>"
            f"<h1>{html_escape(title)}</h1>{paragraphs}</article></body></html>")


def article_page(n: int) -> bytes:
    """A small news page trafilatura extracts a real body from."""
    return (f"<html><head><title>Article {n}</title></head><body><article><h1>Article {n}</h1><p>"
            + f"Paragraph {n} about the Euphrates valley and its towns. " * 15
            + "</p></article></body></html>").encode()
