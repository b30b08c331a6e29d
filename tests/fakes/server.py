"""A tiny threaded HTTP server on 127.0.0.1 that hosts one fake platform app.

The app (Graph, YouTube, ...) keeps the platform's state and speaks its documented shapes;
this server adds what every test needs around it: the token check, an expired-token switch,
one-shot or persistent overrides (malformed answers), and random faults (429, 5xx,
timeouts where the action IS applied and the answer comes too late). Synthetic: written from
docs/reference/platform-apis.md, not recorded.
"""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Req:
    method: str
    path: str
    query: dict[str, str]
    body: bytes
    headers: dict[str, str]

    def params(self) -> dict[str, Any]:
        """Query, form and JSON body merged (the platforms accept parameters in each)."""
        merged: dict[str, Any] = dict(self.query)
        ctype = self.headers.get("content-type", "")
        if self.body and "json" in ctype:
            loaded = json.loads(self.body)
            if isinstance(loaded, dict):
                merged.update(loaded)
        elif self.body:
            merged.update(parse_qsl(self.body.decode()))
        return merged


@dataclass
class Resp:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


class App(Protocol):
    def authorized(self, req: Req, token: str) -> bool: ...
    def error(self, kind: str) -> Resp: ...
    def handle(self, req: Req, base_url: str) -> Resp: ...


HTML_500 = Resp(502, "<html><body><h1>502 Bad Gateway</h1></body></html>",
                {"content-type": "text/html"})


class FakeServer:
    """Run ``app`` on 127.0.0.1:<free port>; use as a context manager."""

    def __init__(self, app: App, *, token: str = "TOKEN-abc123", seed: int = 1) -> None:
        self.app, self.token = app, token
        self.expired = False
        self.fail_rate = 0.0
        self.fail_kinds: tuple[str, ...] = ("429", "500", "timeout")
        self.fail_methods = frozenset({"GET", "POST", "PUT", "DELETE"})
        self.timeout_delay = 0.5
        self.slow_rate = 0.0  # answers that come late but in time (applied meanwhile)
        self.slow_delay = 0.05
        self.rng = random.Random(seed)
        self.overrides: list[tuple[str, str, Resp, int]] = []
        self.log: list[Req] = []
        self.lock = threading.Lock()
        self.url = ""
        self._httpd: ThreadingHTTPServer | None = None

    def override(self, method: str, path_part: str, resp: Resp, times: int = -1) -> None:
        """Answer requests whose path contains ``path_part`` with ``resp`` (times=-1: always)."""
        self.overrides.append((method, path_part, resp, times))

    def __enter__(self) -> FakeServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                req = Req(self.command, parts.path, dict(parse_qsl(parts.query)),
                          self.rfile.read(length) if length else b"",
                          {k.lower(): v for k, v in self.headers.items()})
                resp = fake.dispatch(req)
                data = resp.encode()
                try:
                    self.send_response(resp.status)
                    headers = {"content-type": "application/json", **resp.headers}
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = _any  # noqa: N815 - http.server names

        class Quiet(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # clients that time out or get killed reset their connections

        self._httpd = Quiet(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    def dispatch(self, req: Req) -> Resp:
        with self.lock:
            self.log.append(req)
            for i, (method, part, resp, times) in enumerate(self.overrides):
                if method == req.method and part in req.path and times != 0:
                    self.overrides[i] = (method, part, resp, times - 1)
                    return resp
            if not self.app.authorized(req, self.token):
                return self.app.error("unauthorized")
            if self.expired:
                return self.app.error("expired")
            fault = ""
            if req.method in self.fail_methods and self.rng.random() < self.fail_rate:
                fault = self.rng.choice(self.fail_kinds)
            if fault == "429":
                return self.app.error("throttle")
            if fault == "500":
                return HTML_500
            resp = self.app.handle(req, self.url)
            slow = self.rng.random() < self.slow_rate
        if fault == "timeout":
            time.sleep(self.timeout_delay)  # applied, but the answer comes too late
        elif slow:
            time.sleep(self.slow_delay)  # applied; a sender killed now never hears of it
        return resp
