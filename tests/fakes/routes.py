"""A route-table base for fake platform apps served by :class:`tests.fakes.server.FakeServer`.

Each platform app declares ``ROUTES`` (method, path regex, handler name), its auth header and
its error bodies; this base does the matching, offset page tokens and the action ledger.
Synthetic: every shape is written from docs/reference/platform-apis.md, not recorded.
"""

from __future__ import annotations

import base64
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import unquote

if TYPE_CHECKING:
    from tests.fakes.server import Req, Resp


class RouteApp:
    """Dispatch ``METHOD path`` through ``ROUTES``; subclasses add state and handlers."""

    ROUTES: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    PREFIX: ClassVar[str] = ""
    AUTH_HEADER: ClassVar[str] = "authorization"
    AUTH_PREFIX: ClassVar[str] = "Bearer "

    def __init__(self) -> None:
        self.applied: Counter[tuple[str, str]] = Counter()
        self.retry_after = "0.05"
        self._ids = itertools.count(10_000)
        self._compiled = [(m, re.compile(f"^{self.PREFIX}{rx}$"), h) for m, rx, h in self.ROUTES]

    def new_id(self, prefix: str = "") -> str:
        return f"{prefix}{next(self._ids)}"

    # --- App protocol ---------------------------------------------------------------
    def authorized(self, req: Req, token: str) -> bool:
        return req.headers.get(self.AUTH_HEADER) == f"{self.AUTH_PREFIX}{token}"

    def error(self, kind: str) -> Resp:
        raise NotImplementedError

    def not_found(self, what: str) -> Resp:
        raise NotImplementedError

    def handle(self, req: Req, base: str) -> Resp:
        path = unquote(req.path)
        for method, rx, name in self._compiled:
            if method == req.method and (m := rx.match(path)):
                result: Resp = getattr(self, name)(req.params(), *m.groups())
                return result
        return self.not_found(f"{req.method} {path}")


def offset_page(rows: list[Any], token: str | None, size: int) -> tuple[list[Any], str | None]:
    """Slice ``rows`` at an opaque base64 offset token; return the rows and the next token."""
    start = int(base64.b64decode(token).decode()) if token else 0
    end = start + size
    nxt = base64.b64encode(str(end).encode()).decode() if end < len(rows) else None
    return rows[start:end], nxt
