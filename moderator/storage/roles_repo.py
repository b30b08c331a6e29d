"""Team mode: each moderator is a PostgreSQL login role with least privileges.

This module creates, changes and disables the logins (the caller needs CREATEROLE: team
leads get it). Their table privileges follow the moderator's row and are granted by the
workspace owner through ``mod_set_privileges`` (migration 8e2f4a6c1b3d; since d4b8e2a7c915
also EXECUTE on ``mod_colleagues``), so changing one moderator never takes away what another
was granted. What a login may read is narrowed further by row-level security; audit entries
are never granted for writing (logins append through ``audit_append``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from moderator.items import Role

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


class RolesRepository:
    """Logins of one workspace's moderators; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def _quote(self, name: str) -> str:
        return str(self._s.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())

    def _literal(self, value: str) -> str:
        return str(self._s.execute(text("SELECT quote_literal(:v)"),
                                   {"v": value}).scalar_one())

    def exists(self, name: str) -> bool:
        """Whether a database role of this name exists (in the whole cluster)."""
        return self._s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                               {"n": name}).first() is not None

    def current_user(self) -> str:
        """The login of this session (who the database says is acting)."""
        return str(self._s.execute(text("SELECT session_user")).scalar_one())

    def is_owner(self) -> bool:
        """Whether this login owns the workspace (superuser or owner of its tables)."""
        return bool(self._s.execute(text("SELECT mod_is_owner()")).scalar_one())

    def save_login(self, name: str, role: Role, password: str | None,
                   until: datetime | None) -> None:
        """Create or change the login ``name`` (privileges: ``apply_privileges``)."""
        r = self._quote(name)
        valid = (f" VALID UNTIL {self._literal(until.isoformat())}" if until
                 else " VALID UNTIL 'infinity'")
        pw = f" PASSWORD {self._literal(password)}" if password is not None else ""
        attrs = " CREATEROLE" if role == Role.TEAM_LEAD else " NOCREATEROLE"
        verb = "ALTER" if self.exists(name) else "CREATE"
        # text() would read ":00" in a date or password as a bind parameter.
        self._s.execute(text(f"{verb} ROLE {r} LOGIN NOSUPERUSER NOBYPASSRLS"
                             f"{attrs}{pw}{valid}".replace(":", r"\:")))

    def apply_privileges(self, name: str) -> None:
        """Grant what the moderator's row says (role; nothing when disabled)."""
        self._s.execute(text("SELECT mod_set_privileges(:n)"), {"n": name})

    def disable(self, name: str) -> None:
        """The login may no longer connect (its row is already marked disabled)."""
        if self.exists(name):
            self.apply_privileges(name)
            self._s.execute(text(f"ALTER ROLE {self._quote(name)} NOLOGIN"))

    def drop(self, name: str) -> None:
        """Remove the login entirely (tests and benchmarks clean up; the log keeps its name).

        Run by the owner, who granted every privilege, so the revoke leaves nothing behind.
        """
        if self.exists(name):
            r = self._quote(name)
            self._s.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {r}"))
            self._s.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {r}"))
            self._s.execute(text(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {r}"))
            self._s.execute(text(f"DROP ROLE {r}"))
