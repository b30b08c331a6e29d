"""Team mode on the real PostgreSQL server: a workspace with moderators that are logins.

Roles are cluster-wide while the test databases are not: every role gets a unique prefix
and is dropped after the test (the databases are dropped by ``pg_url``).
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import psycopg
import pytest
from sqlalchemy import text

from moderator.items import ModeratorInfo, Platform, Role
from moderator.storage.roles_repo import RolesRepository
from moderator.workspace import Workspace
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from collections.abc import Iterator


@dataclass
class Team:
    """A lead's workspace with two projects and named logins; ``url(name)`` connects as one."""

    lead_url: str
    ws: Workspace
    lead: ModeratorInfo
    prefix: str
    names: dict[str, str] = field(default_factory=dict)

    def url(self, who: str) -> str:
        """The database URL of a login (no password: the test server trusts local logins)."""
        host, db = self.lead_url.split("@", 1)[1].rsplit("/", 1)
        return f"postgresql://{self.names[who]}@{host}/{db}"

    def add(self, who: str, role: Role, scope: list[str] | None = None,
            until: datetime | None = None) -> ModeratorInfo:
        """Create a login for ``who`` (a short label; the role name gets the prefix)."""
        name = f"{self.prefix}_{who}"
        self.names[who] = name
        return self.ws.moderators.add(self.lead, name, role, scope or [], until=until,
                                      password=f"pw-{uuid.uuid4().hex[:8]}")

    def open(self, who: str) -> Workspace:
        """A workspace connection as ``who``'s own login."""
        return Workspace.open(database=self.url(who))

    def close(self) -> None:
        """End the logins' sessions and drop them (they outlive the test database)."""
        self.ws.close()
        with Workspace.open(database=self.lead_url) as admin, admin.db.write() as s:
            s.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE usename LIKE :p"), {"p": f"{self.prefix}%"})
            roles = RolesRepository(s)
            for name in self.names.values():
                roles.drop(name)


def new_team(pg_url: str) -> Team:
    """A lead's workspace on ``pg_url`` with a unique prefix for its logins."""
    ws = Workspace.open(database=pg_url)
    return Team(pg_url, ws, ws.moderators.current(), f"mt{uuid.uuid4().hex[:6]}")


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    """Accounts A27 (project A27, 30 items) and Markt (project Markt, 20 items)."""
    t = new_team(pg_url)
    try:
        t.ws.accounts.add(Platform.FACEBOOK, "A27", "a27", project="A27")
        t.ws.accounts.add(Platform.FACEBOOK, "Markt", "markt", project="Markt")
        t.ws.ingest.upsert([make_item(i, account="a27") for i in range(30)]
                           + [make_item(100 + i, account="markt", thread="p2")
                              for i in range(20)])
        yield t
    finally:
        t.close()


PAST = datetime(2000, 1, 1, tzinfo=UTC)


def sql_as(url: str, query: str) -> list[tuple[object, ...]]:
    """Run plain SQL as the login of ``url`` (the database decides, not the app)."""
    with psycopg.connect(url, autocommit=True) as c:
        cur = c.execute(query)
        return cur.fetchall() if cur.description else []


def refused_as(url: str, query: str) -> str:
    """The refusal's message; the SQLSTATE must be insufficient_privilege (42501)."""
    with pytest.raises(psycopg.Error) as caught, psycopg.connect(url, autocommit=True) as c:
        c.execute(query)
    assert caught.value.sqlstate == "42501", (query, caught.value)
    return str(caught.value)


def migrate(ws: Workspace, step: str) -> None:
    """Move the workspace's schema to ``step`` (``head`` up, a revision id down), as Alembic."""
    from alembic import command
    from alembic.config import Config

    with ws.db.engine.begin() as conn:
        cfg = Config(stdout=io.StringIO())
        cfg.set_main_option("script_location", "moderator/storage/migrations")
        cfg.attributes["connection"] = conn
        (command.upgrade if step == "head" else command.downgrade)(cfg, step)
