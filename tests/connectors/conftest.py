from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.connectors.http import HttpOptions
from moderator.items import AccountId, AccountInfo, Platform
from tests.fakes.graph import GraphApp, V
from tests.fakes.server import FakeServer

if TYPE_CHECKING:
    from collections.abc import Iterator

TOKEN = "TOKEN-abc123"
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def account(platform: Platform, external_id: str, api_base: str, name: str = "acc",
            aid: int = 1) -> AccountInfo:
    return AccountInfo(id=AccountId(aid), platform=platform, name=name, external_id=external_id,
                       api_base=api_base)


def fast() -> HttpOptions:
    return HttpOptions(timeout=2.0, get_retries=3, max_wait=2.0, backoff=0.01)


def populate_graph(app: GraphApp, posts: int, per_post: int, *, owner: str | None = None) -> None:
    owner = owner or app.page_id
    for p in range(posts):
        pid = app.add_post(f"Plan A27 deel {p}", T0 + timedelta(minutes=p), owner=owner)
        top = None
        for c in range(per_post):
            when = T0 + timedelta(minutes=p, seconds=c + 1)
            parent = top if (top and c % 4 == 3) else pid
            cid = app.add_comment(parent, f"reactie {p}.{c}", when, (f"u{c % 7}", f"User {c % 7}"))
            if parent == pid:
                top = cid


@pytest.fixture
def graph_server() -> Iterator[FakeServer]:
    app = GraphApp()
    with FakeServer(app, token=TOKEN) as server:
        server.api_base = f"{server.url}/{V}"  # type: ignore[attr-defined]
        yield server
