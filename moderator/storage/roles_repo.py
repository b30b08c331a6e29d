"""Team mode: each moderator is a PostgreSQL login role with least privileges.

What a role may read is narrowed further by row-level security (the ``scope`` policies of
migration 8e2f4a6c1b3d); this module only creates, changes and disables the logins and
grants each role kind its table privileges. Audit entries are never granted for writing:
logins append through the ``audit_append`` function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from moderator.items import Role

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

_READ = ("accounts", "threads", "items", "item_history", "scores", "flags", "actions", "notes",
         "outbox", "item_counts", "moderators", "rulesets", "settings", "audit_entries",
         "cursors", "alembic_version")
_TRIAGE = (
    "GRANT SELECT ON {read} TO {r}",
    "GRANT INSERT ON actions, notes, outbox TO {r}",
    "GRANT UPDATE (status, is_open, claimed_by, claim_expires_at, assigned_to, assigned_at) "
    "ON items TO {r}",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {r}",
)
#: Privileges per role kind; ``{r}`` is the quoted role, ``{read}`` the readable tables.
GRANTS: dict[Role, tuple[str, ...]] = {
    Role.EXTERNAL_MODERATOR: _TRIAGE,
    Role.COMMUNITY_MANAGER: (
        *_TRIAGE,
        "GRANT UPDATE (state, approved_by, review_note, text, updated_at, not_before) "
        "ON outbox TO {r}",
    ),
    # Team leads manage accounts, moderators and retention; they pass their privileges on
    # (GRANT OPTION) when they add a moderator, and may blank audit content only.
    Role.TEAM_LEAD: (
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {r} "
        "WITH GRANT OPTION",
        "REVOKE INSERT, UPDATE, DELETE ON audit_entries FROM {r}",
        "GRANT UPDATE (content) ON audit_entries TO {r}",
        "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {r} "
        "WITH GRANT OPTION",
    ),
}


class RolesRepository:
    """Create, change and disable moderator logins (the caller needs CREATEROLE)."""

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
        """Create or change the login ``name`` with ``role``'s privileges only."""
        r = self._quote(name)
        valid = f" VALID UNTIL {self._literal(until.isoformat())}" if until else \
            " VALID UNTIL 'infinity'"
        pw = f" PASSWORD {self._literal(password)}" if password is not None else ""
        attrs = " CREATEROLE" if role == Role.TEAM_LEAD else " NOCREATEROLE"
        verb = "ALTER" if self.exists(name) else "CREATE"
        self._s.execute(text(f"{verb} ROLE {r} LOGIN NOSUPERUSER NOBYPASSRLS"
                             f"{attrs}{pw}{valid}".replace(":", r"\:")))
        self.revoke_all(name)
        for grant in GRANTS[role]:
            self._s.execute(text(grant.format(r=r, read=", ".join(_READ))))

    def revoke_all(self, name: str) -> None:
        """Take every table privilege from the login (before re-granting or disabling)."""
        r = self._quote(name)
        self._s.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {r} CASCADE"))
        self._s.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {r} CASCADE"))

    def disable(self, name: str) -> None:
        """The login may no longer connect and keeps no privileges."""
        if self.exists(name):
            self.revoke_all(name)
            self._s.execute(text(f"ALTER ROLE {self._quote(name)} NOLOGIN"))

    def drop(self, name: str) -> None:
        """Remove the login entirely (tests clean up; the log keeps its name)."""
        if self.exists(name):
            self.revoke_all(name)
            self._s.execute(text(f"DROP ROLE {self._quote(name)}"))
