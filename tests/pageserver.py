"""A loopback HTTP server for tests: routes map paths to canned responses or handlers.

Real sockets, real HTTP: the fetcher under test cannot tell it from a news site, except
that it lives on 127.0.0.1 (tests enable ``fetch.allow_private_addresses`` or inject an
address policy that treats it as public).
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # before the status line
    drip: float = 0.0  # seconds between body bytes (a slow-loris server)
    content_length: bool = True


Handler = Callable[[BaseHTTPRequestHandler], None]


class PageServer:
    """``server.route("/a", Route(...))`` then fetch ``server.url("/a")``. With ``tls`` (a
    server-side SSL context) it speaks HTTPS and records the SNI names clients sent."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route | Handler] = {}
        self.requests: list[dict[str, str]] = []
        self.sni: list[str | None] = []
        self.scheme = "https" if tls else "http"
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                outer.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                route = outer.routes.get(self.path) or outer.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    route = Route(b"<html><body>not found</body></html>", status=404)
                if callable(route):
                    route(self)
                    return
                try:
                    outer._serve(self, route)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        if tls is not None:
            tls.sni_callback = lambda _sock, name, _ctx: self.sni.append(name)
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @staticmethod
    def _serve(handler: BaseHTTPRequestHandler, route: Route) -> None:
        if route.delay:
            time.sleep(route.delay)
        handler.send_response(route.status)
        for key, value in route.headers.items():
            handler.send_header(key, value)
        if route.content_length:
            handler.send_header("Content-Length", str(len(route.body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        if route.drip:
            for i in range(len(route.body)):
                handler.wfile.write(route.body[i : i + 1])
                handler.wfile.flush()
                time.sleep(route.drip)
        else:
            handler.wfile.write(route.body)

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, path: str, route: Route | Handler) -> str:
        self.routes[path] = route
        return self.url(path)

    def html(self, path: str, body: str | bytes, **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return self.route(path, Route(data, **kwargs))  # type: ignore[arg-type]

    def start(self) -> PageServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
