"""Moderators: roles, scopes, the permission checks every service uses, and registration."""

from __future__ import annotations

import getpass
from enum import StrEnum
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import ErrorCode, PermissionDenied, UsageError
from moderator.items import AccountId, AccountInfo, ModeratorInfo, Role
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import datetime

    from moderator.storage.uow import Database

__all__ = ["ModeratorInfo", "ModeratorService", "Permission", "can", "may_see", "require",
           "visible_accounts"]

class Permission(StrEnum):
    """What a role may do beyond triage (every role may triage what it can see)."""

    RULES_EDIT = "rules.edit"
    AUDIT_READ_ALL = "audit.read_all"
    AUDIT_EXPORT = "audit.export"
    EXPORT_PERSONAL = "export.personal"
    MODERATORS_MANAGE = "moderators.manage"
    RETENTION_MANAGE = "retention.manage"
    ACCOUNTS_MANAGE = "accounts.manage"
    CLAIMS_OVERRIDE = "claims.override"
    TEMPLATES_EDIT = "templates.edit"
    REGISTRATIONS_MANAGE = "registrations.manage"


_LEAD = frozenset({Role.TEAM_LEAD})
_PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.RULES_EDIT: _LEAD,
    Permission.AUDIT_READ_ALL: _LEAD,
    Permission.AUDIT_EXPORT: _LEAD,
    Permission.EXPORT_PERSONAL: _LEAD,
    Permission.MODERATORS_MANAGE: _LEAD,
    Permission.RETENTION_MANAGE: _LEAD,
    Permission.ACCOUNTS_MANAGE: frozenset({Role.TEAM_LEAD, Role.COMMUNITY_MANAGER}),
    Permission.CLAIMS_OVERRIDE: _LEAD,
    Permission.TEMPLATES_EDIT: _LEAD,
    Permission.REGISTRATIONS_MANAGE: _LEAD,
}


def can(moderator: ModeratorInfo, permission: Permission) -> bool:
    """Whether the moderator's role grants ``permission``."""
    return moderator.role in _PERMISSIONS.get(permission, frozenset())


def require(moderator: ModeratorInfo, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless the role grants ``permission``."""
    if not can(moderator, permission):
        raise PermissionDenied(
            f"{moderator.name} ({moderator.role.value}) may not do this ({permission})",
            permission=permission.value)


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
            raise UsageError(f"no moderator {name!r} in this workspace",
                             code=ErrorCode.UNKNOWN_MODERATOR)
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
        require(actor, Permission.MODERATORS_MANAGE)
        with self._db.write() as s:
            admin = AdminRepository(s)
            if admin.moderator(name) is not None:
                info = admin.set_moderator(name, role, tuple(scope))
            else:
                info = admin.add_moderator(name, role, tuple(scope))
            AuditRepository(s).append(
                at=self._now(), moderator=actor.name, role=actor.role.value,
                action=AuditAction.ROLE_CHANGE, detail=f'{{"role":"{role.value}"}}',
                content=f"{name} scope={list(scope)}")
            return info
