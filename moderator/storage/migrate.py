"""Alembic at start-up: bring any workspace database to the newest schema.

Alembic itself is imported only when a migration is due: a current database is
recognised with one query against ``HEAD`` (a test keeps it equal to Alembic's head).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from moderator.errors import DataError
from moderator.storage.engine import translate_errors

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

_MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "d4b8e2a7c915"


def _config() -> Config:
    from alembic.config import Config

    # Alembic's default stdout is bound when alembic is imported; pass today's stream.
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest migration revision shipped with this version (asks Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version ships (a database at another one is from the future)."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Apply pending migrations; a no-op (one cheap query) when already current."""
    with translate_errors("workspace database"):
        current = current_revision(engine)
        if current == HEAD:
            return
        if current is not None and current not in known_revisions():
            raise DataError(
                f"this workspace was written by a newer Moderator (schema {current}; this "
                f"version knows up to {HEAD}): update Moderator to open it")
        from alembic import command

        with engine.begin() as conn:
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
