"""Moderators: roles, scopes, the permission checks every service uses, and registration."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from moderator.errors import PermissionDenied, UsageError
from moderator.items import AccountId, AccountInfo, ModeratorInfo, Role
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import datetime

    from moderator.storage.uow import Database

__all__ = ["ModeratorInfo", "ModeratorService", "may_see", "require", "visible_accounts"]

# What each role may do beyond triage (every role may triage what it can see).
_PERMISSIONS: dict[str, frozenset[Role]] = {
    "rules.edit": frozenset({Role.TEAM_LEAD}),
    "audit.read_all": frozenset({Role.TEAM_LEAD}),
    "audit.export": frozenset({Role.TEAM_LEAD}),
    "export.personal": frozenset({Role.TEAM_LEAD}),
    "moderators.manage": frozenset({Role.TEAM_LEAD}),
    "retention.manage": frozenset({Role.TEAM_LEAD}),
    "accounts.manage": frozenset({Role.TEAM_LEAD, Role.COMMUNITY_MANAGER}),
    "claims.override": frozenset({Role.TEAM_LEAD}),
    "templates.edit": frozenset({Role.TEAM_LEAD}),
    "registrations.manage": frozenset({Role.TEAM_LEAD}),
}


def can(moderator: ModeratorInfo, permission: str) -> bool:
    """Whether the moderator's role grants ``permission``."""
    return moderator.role in _PERMISSIONS.get(permission, frozenset())


def require(moderator: ModeratorInfo, permission: str) -> None:
    """Raise ``PermissionDenied`` unless the role grants ``permission``."""
    if not can(moderator, permission):
        raise PermissionDenied(
            f"{moderator.name} ({moderator.role.value}) may not do this ({permission})")


def visible_accounts(moderator: ModeratorInfo,
                     accounts: Iterable[AccountInfo]) -> frozenset[AccountId] | None:
    """Accounts the moderator may see; None means all.

    An external moderator sees only the accounts or projects in their scope (entries are
    account names, or ``project:<label>``); an empty scope for them means nothing.
    """
    if moderator.role != Role.EXTERNAL_MODERATOR and not moderator.scope:
        return None
    names = set(moderator.scope)
    projects = {s.removeprefix("project:") for s in names if s.startswith("project:")}
    return frozenset(a.id for a in accounts if a.name in names or a.project in projects)


def may_see(visible: frozenset[AccountId] | None, account_id: int) -> bool:
    """Whether an account is within a visibility set."""
    return visible is None or account_id in visible


class ModeratorService:
    """Who is acting: lookup, registration, roles."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def list(self) -> list[ModeratorInfo]:
        """All moderators."""
        with self._db.read() as s:
            return AdminRepository(s).moderators()

    def get(self, name: str) -> ModeratorInfo:
        """A moderator by name."""
        with self._db.read() as s:
            found = AdminRepository(s).moderator(name)
        if found is None:
            raise UsageError(f"no moderator {name!r} in this workspace")
        return found

    def current(self, name: str | None = None) -> ModeratorInfo:
        """The acting moderator: ``name`` or the OS user, registered on first use.

        The first person in a new workspace becomes its team lead; later newcomers
        are community managers until a team lead changes their role.
        """
        name = (name or getpass.getuser() or "moderator").strip()
        with self._db.write() as s:
            admin = AdminRepository(s)
            found = admin.moderator(name)
            if found is not None:
                return found
            role = Role.COMMUNITY_MANAGER if admin.moderators() else Role.TEAM_LEAD
            return admin.add_moderator(name, role, ())

    def add(self, actor: ModeratorInfo, name: str, role: Role,
            scope: Sequence[str] = ()) -> ModeratorInfo:
        """Register a moderator (team leads only); logged."""
        require(actor, "moderators.manage")
        with self._db.write() as s:
            admin = AdminRepository(s)
            if admin.moderator(name) is not None:
                info = admin.set_moderator(name, role, tuple(scope))
            else:
                info = admin.add_moderator(name, role, tuple(scope))
            AuditRepository(s).append(
                at=self._now(), moderator=actor.name, role=actor.role.value,
                action="role_change", detail=f'{{"role":"{role.value}"}}',
                content=f"{name} scope={list(scope)}")
            return info
