"""Workspace-wide settings shared by the team (JSON values in the database).

What belongs to one workspace, not to one computer: the organisation's app registrations
per platform (client ids; their secrets live in the keyring), the form of address of the
reply templates and the team's own template texts. Window geometry and the UI language
stay in QSettings (ui/).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moderator.storage.admin_repo import AdminRepository

if TYPE_CHECKING:
    from moderator.storage.uow import Database


class WorkspaceSettings:
    """Read and write workspace settings by key."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The stored JSON value, or ``default``."""
        with self._db.read() as s:
            return AdminRepository(s).get_setting(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store a JSON value."""
        with self._db.write() as s:
            AdminRepository(s).set_setting(key, value)
