"""Workspace fixtures. ``any_ws`` runs a test on SQLite and on PostgreSQL.

PostgreSQL: a template database is migrated once per session; each test gets a fresh
copy (CREATE DATABASE ... TEMPLATE is fast). Under CI an unreachable server fails the
run instead of skipping, as the architecture notes require.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.items import IncomingItem, ItemKind, Platform
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

PG_ADMIN = os.environ.get("MODERATOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_admin():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(PG_ADMIN.replace("postgresql+psycopg", "postgresql"),
                           autocommit=True, connect_timeout=3)


def _db_url(name: str) -> str:
    base = PG_ADMIN.rsplit("/", 1)[0]
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated template database on the local PostgreSQL server."""
    try:
        conn = _pg_admin()
    except Exception as e:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must be reachable under CI: {e}")
        pytest.skip(f"no PostgreSQL server: {e}")
    name = f"modtpl_{uuid.uuid4().hex[:8]}"
    with conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    ws = Workspace.open(database=_db_url(name))
    ws.close()
    yield name
    with _pg_admin() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test."""
    name = f"modt_{uuid.uuid4().hex[:10]}"
    with _pg_admin() as c:
        c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield _db_url(name)
    with _pg_admin() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_ws(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh SQLite workspace."""
    ws = Workspace.open(workspace=tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_ws(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """The same test on a SQLite workspace and on PostgreSQL."""
    if request.param == "sqlite":
        ws = Workspace.open(workspace=tmp_path / "ws")
    else:
        ws = Workspace.open(database=request.getfixturevalue("pg_url"))
    yield ws
    ws.close()


T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def make_item(n: int, *, text: str | None = None, platform: Platform = Platform.FACEBOOK,
              account: str = "page1", kind: ItemKind = ItemKind.COMMENT, thread: str = "post1",
              author: str | None = None, minutes: int | None = None,
              parent: str | None = None, hidden: bool = False,
              deleted: bool = False) -> IncomingItem:
    """A small incoming item for tests."""
    return IncomingItem(
        platform=platform, account_external_id=account, external_id=f"c{n}", kind=kind,
        text=text if text is not None else f"reactie nummer {n}",
        author_name=f"Auteur {author or n % 7}", author_external_id=f"u{author or n % 7}",
        created_at=T0 + timedelta(minutes=n if minutes is None else minutes),
        thread_external_id=thread, thread_title=f"Bericht {thread}",
        parent_external_id=parent, hidden_on_platform=hidden, deleted_on_platform=deleted)
