"""The loopback redirect listener of RFC 8252 section 7.3: ``http://127.0.0.1:PORT/callback``.

It listens on 127.0.0.1 only (never all interfaces), takes the first request to its
callback path, answers the browser with a short page, and hands the full redirect URL to
whoever waits. Other paths (a browser asking for ``/favicon.ico``) get a 404.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from moderator.errors import ModeratorError

CALLBACK_PATH = "/callback"
_PAGE = """<!doctype html><html lang="nl"><meta charset="utf-8"><title>Moderator</title>
<body style="font-family:sans-serif;margin:3em;color:#1f2328">
<h1 style="font-size:1.3em">{title}</h1><p>{text}</p></body></html>"""
_DONE = ("Inloggen gelukt", "U kunt dit venster sluiten en teruggaan naar Moderator.")
_REFUSED = ("Inloggen niet gelukt",
            "Het platform gaf geen toestemming. Ga terug naar Moderator en probeer het opnieuw.")


class LoginTimeout(ModeratorError):
    """Nobody completed the sign-in in the browser in time."""

    exit_code = 75


class LoginCancelled(ModeratorError):
    """The sign-in was cancelled in the app."""

    exit_code = 130


class LoopbackListener:
    """Wait on 127.0.0.1 for the platform's redirect; use as a context manager."""

    def __init__(self, port: int = 0, path: str = CALLBACK_PATH) -> None:
        self._port, self._path = port, path
        self._url: str | None = None
        self._got = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def redirect_uri(self) -> str:
        """The redirect URI to register and send (numeric loopback address, not localhost)."""
        if self._httpd is None:
            raise RuntimeError("listener not started")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{self._path}"

    def __enter__(self) -> LoopbackListener:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass  # the query holds the authorization code: never log it

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != listener._path or listener._got.is_set():
                    self.send_error(404)
                    return
                query = dict(parse_qsl(parts.query))
                title, text = _REFUSED if "error" in query or "code" not in query else _DONE
                body = _PAGE.format(title=title, text=text).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)
                listener._url = listener.redirect_uri + ("?" + parts.query if parts.query else "")
                listener._got.set()

        try:
            self._httpd = ThreadingHTTPServer(("127.0.0.1", self._port), Handler)
        except OSError as exc:
            raise ModeratorError(f"cannot listen on 127.0.0.1:{self._port} for the sign-in "
                                 f"({exc.strerror}); is another sign-in still open?") from None
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def wait(self, timeout: float = 300.0, cancel: threading.Event | None = None) -> str:
        """The full redirect URL, once the browser arrives.

        Raises:
            LoginTimeout: Nothing arrived within ``timeout`` seconds.
            LoginCancelled: ``cancel`` was set.
        """
        waited = 0.0
        while not self._got.wait(0.1):
            waited += 0.1
            if cancel is not None and cancel.is_set():
                raise LoginCancelled("sign-in cancelled")
            if waited >= timeout:
                raise LoginTimeout(f"no sign-in completed within {timeout / 60:.0f} minutes")
        assert self._url is not None
        return self._url
