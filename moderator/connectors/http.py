"""One HTTP client for every connector: auth header, size cap, error mapping, GET retries.

The access token comes from a :class:`TokenSource` for every request: an account that
signed in with OAuth hands over a provider that refreshes the token before it expires,
and when the platform still answers "token expired" (a token revoked or expired early)
the request is sent once more with a renewed token, so a sync that outlives a one-hour
token goes on without anyone noticing. Tokens only ever travel in a header. Links the
platform hands back (Graph ``paging.next``) are followed only on the account's own API
host, with any ``access_token`` parameter removed; every message that leaves this module
goes through :meth:`ApiClient.scrub`.
"""

from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from moderator.connectors.base import (
    AuthExpired,
    ConnectorError,
    MalformedResponse,
    NotFound,
    PermissionMissing,
    RateLimited,
    TransientError,
)

log = logging.getLogger("moderator.connectors")

#: Platform-specific mapping of an error answer; None falls back to the HTTP status.
Classifier = Callable[[int, Any, httpx.Headers], ConnectorError | None]
_SECRET_PARAMS = re.compile(r"(?i)(access_token|token|client_secret|appsecret_proof)=[^&\s\"']+")


class Cancelled(ConnectorError):
    """The user cancelled a running sync."""


class TokenSource(Protocol):
    """Hands out an account's current access token and renews it when refused."""

    def token(self) -> str:
        """The access token to send now (refreshed first when it is about to expire).

        Raises:
            AuthExpired: The login can no longer be renewed (reconnect needed).
        """
        ...

    def renew(self, rejected: str) -> str | None:
        """A fresh token after the platform refused ``rejected``; None when none can be had."""
        ...


class StaticToken:
    """A token that cannot be renewed (pasted by hand, or a Meta Page token)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def token(self) -> str:
        """The token as given."""
        return self._token

    def renew(self, rejected: str) -> str | None:
        """Nothing to renew with."""
        return None


@dataclass
class HttpOptions:
    """Knobs shared by all connectors; tests shrink the timeouts and waits."""

    timeout: float = 30.0
    max_bytes: int = 16 * 1024 * 1024
    get_retries: int = 4
    max_wait: float = 300.0
    backoff: float = 1.0
    cancel: threading.Event = field(default_factory=threading.Event)
    transport: httpx.BaseTransport | None = None


def retry_after_seconds(headers: httpx.Headers, default: float = 60.0) -> float:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or ``x-rate-limit-reset``."""
    value = headers.get("retry-after")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
            except (TypeError, ValueError):
                pass
    reset = headers.get("x-rate-limit-reset")
    if reset and reset.isdigit():
        return max(0.0, int(reset) - time.time())
    return default


class ApiClient:
    """A pooled httpx client bound to one account's API base URL and token."""

    def __init__(self, name: str, base_url: str, token: str | TokenSource, *,
                 auth_header: str = "Authorization", auth_prefix: str = "Bearer ",
                 headers: Mapping[str, str] | None = None, classify: Classifier | None = None,
                 options: HttpOptions | None = None) -> None:
        self.name = name
        self.options = options or HttpOptions()
        self._tokens: TokenSource = StaticToken(token) if isinstance(token, str) else token
        self._used: set[str] = set()  # every token sent, so scrub() hides old ones too
        self._auth = (auth_header, auth_prefix)
        self._base = base_url.rstrip("/") + "/"
        self._classify = classify
        all_headers = {"Accept": "application/json"}
        all_headers.update(headers or {})
        self._client = httpx.Client(headers=all_headers, timeout=self.options.timeout,
                                    transport=self.options.transport, follow_redirects=False)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def scrub(self, text: str) -> str:
        """Remove the token and any secret-looking query parameters from ``text``."""
        for token in self._used:
            text = text.replace(token, "***")
        return _SECRET_PARAMS.sub(r"\1=***", text)

    def url(self, path_or_url: str) -> str:
        """Resolve a path against the base URL; refuse links to other hosts, drop tokens."""
        if not path_or_url.startswith(("http://", "https://")):
            return self._base + path_or_url.lstrip("/")
        parts, base = urlsplit(path_or_url), urlsplit(self._base)
        if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
            raise MalformedResponse(f"{self.name}: refusing a paging link to another host")
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                           if k.lower() not in {"access_token", "appsecret_proof"}])
        return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        """GET with retries on throttling and transient errors (GETs are safe to repeat)."""
        attempt = 0
        while True:
            try:
                return self.request("GET", path, params=params)
            except (RateLimited, TransientError) as exc:
                attempt += 1
                wait = getattr(exc, "retry_after", self.options.backoff * 2 ** (attempt - 1))
                if attempt > self.options.get_retries or wait > self.options.max_wait:
                    raise
                self.sleep(wait * (1 + random.random() * 0.1))

    def sleep(self, seconds: float) -> None:
        """Wait, but wake up and raise :class:`Cancelled` when the sync is cancelled."""
        if self.options.cancel.wait(seconds):
            raise Cancelled(f"{self.name}: cancelled")

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                json_body: Any = None, data: Mapping[str, Any] | None = None) -> Any:
        """Send one request; return the decoded JSON (None for an empty body) or raise.

        A "token expired" answer is retried once with a renewed token: the platform did
        not act on a request it refused for its token, so even a POST is safe to resend.
        """
        if self.options.cancel.is_set():
            raise Cancelled(f"{self.name}: cancelled")
        token = self._tokens.token()
        try:
            return self._send(method, path, token, params, json_body, data)
        except AuthExpired:
            fresh = self._tokens.renew(token)
            if not fresh or fresh == token:
                raise
            log.info("%s: token renewed after the platform refused it", self.name)
            return self._send(method, path, fresh, params, json_body, data)

    def _send(self, method: str, path: str, token: str,  # noqa: PLR0917
              params: Mapping[str, Any] | None, json_body: Any,
              data: Mapping[str, Any] | None) -> Any:
        url = self.url(path)
        where = f"{self.name}: {method} {urlsplit(url).path}"
        log.debug("%s", where)
        self._used.add(token)
        header, prefix = self._auth
        try:
            with self._client.stream(method, url, params=params, json=json_body, data=data,
                                     headers={header: prefix + token}) as resp:
                body = self._read(resp, where)
                status, headers = resp.status_code, resp.headers
        except httpx.TimeoutException as exc:
            sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
            raise TransientError(f"{where}: timed out",
                                 ambiguous=sent and method != "GET") from None
        except httpx.TransportError as exc:
            sent = not isinstance(exc, httpx.ConnectError)
            raise TransientError(self.scrub(f"{where}: network error ({type(exc).__name__})"),
                                 ambiguous=sent and method != "GET") from None
        return self._decode(status, headers, body, where, method)

    def _read(self, resp: httpx.Response, where: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                raise MalformedResponse(
                    f"{where}: answer larger than {self.options.max_bytes // 1_048_576} MiB")
            chunks.append(chunk)
        return b"".join(chunks)

    def _decode(self, status: int, headers: httpx.Headers, body: bytes, where: str,
                method: str) -> Any:
        parsed: Any = None
        if body.strip():
            try:
                parsed = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                if status < 400:
                    raise MalformedResponse(f"{where}: HTTP {status} answer is not valid JSON "
                                            "(truncated, or an HTML page)") from None
                parsed = None
        error = self._classify(status, parsed, headers) if self._classify else None
        if error is None and status >= 400:
            error = _by_status(status, headers, method)
        if error is not None:
            raise _rewrap(error, where, self.scrub) from None
        return parsed


def _rewrap(error: ConnectorError, where: str, scrub: Callable[[str], str]) -> ConnectorError:
    message = scrub(f"{where}: {error}")
    new = (RateLimited(message, error.retry_after) if isinstance(error, RateLimited)
           else type(error)(message))
    new.ambiguous = error.ambiguous
    return new


def _by_status(status: int, headers: httpx.Headers, method: str) -> ConnectorError:
    if status == 401:
        return AuthExpired(f"HTTP {status}: token expired or revoked; add a new token")
    if status == 403:
        return PermissionMissing(f"HTTP {status}: permission missing")
    if status in (404, 410):
        return NotFound(f"HTTP {status}: not found or deleted")
    if status == 429:
        return RateLimited(f"HTTP {status}: rate limited", retry_after_seconds(headers))
    if status >= 500:
        error = TransientError(f"HTTP {status}: server error")
        error.ambiguous = method != "GET"
        return error
    return MalformedResponse(f"HTTP {status}: unexpected answer")
