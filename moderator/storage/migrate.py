"""Alembic at start-up: bring any workspace database to the newest schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from moderator.storage.engine import translate_errors

if TYPE_CHECKING:
    from sqlalchemy import Engine

_MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest migration revision shipped with this version."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(engine: Engine) -> None:
    """Apply pending migrations; a no-op (one cheap query) when already current."""
    with translate_errors("workspace database"):
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current == head_revision():
            return
        with engine.begin() as conn:
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
