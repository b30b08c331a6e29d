"""Moderators: roles, scopes, the permission checks every service uses, and registration."""

from __future__ import annotations

import getpass
import json
import os
from enum import StrEnum
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import ErrorCode, PermissionDenied, UsageError
from moderator.items import Colleague, ModeratorInfo, Role
from moderator.scope import active, may_see, visible_accounts
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.roles_repo import RolesRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import datetime

    from moderator.storage.uow import Database

__all__ = ["ModeratorInfo", "ModeratorService", "Permission", "active", "can", "may_see",
           "os_user", "refusal", "require", "visible_accounts"]

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
    SYNC_RUN = "sync.run"
    DATA_IMPORT = "data.import"
    OUTBOX_RUN = "outbox.run"
    REPLIES_APPROVE = "replies.approve"
    AUDIT_SIGNOFF = "audit.signoff"
    PARTICIPATION_KEEP = "participation.keep"
    """Keep the input register and define polls (external moderators read them only)."""


_LEAD = frozenset({Role.TEAM_LEAD})
_PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.RULES_EDIT: _LEAD,
    Permission.AUDIT_READ_ALL: _LEAD,
    Permission.AUDIT_EXPORT: _LEAD,
    Permission.EXPORT_PERSONAL: _LEAD,
    Permission.MODERATORS_MANAGE: _LEAD,
    Permission.RETENTION_MANAGE: _LEAD,
    Permission.ACCOUNTS_MANAGE: _LEAD,
    Permission.SYNC_RUN: _LEAD,
    Permission.DATA_IMPORT: _LEAD,
    Permission.OUTBOX_RUN: _LEAD,
    Permission.AUDIT_SIGNOFF: _LEAD,
    Permission.REPLIES_APPROVE: frozenset({Role.TEAM_LEAD, Role.COMMUNITY_MANAGER}),
    # In team mode the database grants the same (migration 4b7d9e1f2a6c).
    Permission.PARTICIPATION_KEEP: frozenset({Role.TEAM_LEAD, Role.COMMUNITY_MANAGER}),
    Permission.CLAIMS_OVERRIDE: _LEAD,
    Permission.TEMPLATES_EDIT: _LEAD,
    Permission.REGISTRATIONS_MANAGE: _LEAD,
}


def can(moderator: ModeratorInfo, permission: Permission) -> bool:
    """Whether the moderator's role grants ``permission``."""
    return moderator.role in _PERMISSIONS.get(permission, frozenset())


def require(moderator: ModeratorInfo, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless the role grants ``permission``.

    Services that can log use ``ModeratorService.require``, which also writes the refusal
    in the moderation log.
    """
    if not can(moderator, permission):
        raise refusal(moderator, permission.value)


def refusal(moderator: ModeratorInfo | None, what: str) -> PermissionDenied:
    """The error for a refused attempt, in Dutch (the CLI prints it as is)."""
    who = f"{moderator.name} ({moderator.role.value})" if moderator else "deze login"
    return PermissionDenied(f"geweigerd: {who} mag dit niet ({what}); de poging is "
                            "vastgelegd in het moderatielogboek", permission=what)


def os_user() -> str:
    """The OS account running this process (solo mode's one identity).

    On POSIX the user database, not ``$USER``/``$LOGNAME``, which any caller can set.
    """
    if os.name == "posix":
        import pwd

        try:
            return pwd.getpwuid(os.getuid()).pw_name
        except KeyError:
            pass
    return getpass.getuser() or "moderator"


def colleague_for(admin: AdminRepository, name: str, item_id: int, now: datetime, *,
                  unknown_ok: bool = False) -> Colleague | None:
    """The active colleague ``name`` who can see the item (an escalation's or assignment's).

    Raises UsageError when ``name`` is a moderator who is inactive or cannot see the item;
    an unknown name raises too unless ``unknown_ok`` (an escalation may name a free-text
    target). In team mode the database answers which colleagues see the item.
    """
    found = next((c for c in admin.colleagues(item_id, now) if c.name == name), None)
    if found is not None:
        return found
    known = admin.moderator(name)
    if known is None and unknown_ok:
        return None
    if known is None or not active(known, now):
        raise UsageError(f"no active moderator {name!r}", code=ErrorCode.UNKNOWN_MODERATOR)
    raise UsageError(f"{name} cannot see item {item_id} (outside their scope)",
                     code=ErrorCode.NOT_VISIBLE, item=item_id)


class ModeratorService:
    """Who is acting: lookup, registration, roles, logins, refusals.

    Solo (SQLite): one OS user owns the workspace; ``current(name)`` may name anyone, as
    the file belongs to that user anyway. Team mode (PostgreSQL): who acts is the database
    login (``session_user``); each moderator is a login role created here with least
    privileges, and row-level security limits what it sees.
    """

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    @property
    def team(self) -> bool:
        """Whether this is a team (PostgreSQL) workspace."""
        return self._db.dialect == "postgresql"

    def list(self) -> list[ModeratorInfo]:
        """All moderators (an external moderator's login sees only itself)."""
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

    def login(self) -> str:
        """The database login of this workspace connection (team mode) or the OS user."""
        if not self.team:
            return os_user()
        with self._db.read() as s:
            return RolesRepository(s).current_user()

    def current(self, name: str | None = None) -> ModeratorInfo:
        """The acting moderator.

        Solo: ``name`` or the OS user, registered on first use (the first person becomes
        team lead, later ones community managers). Team mode: the database login's own
        moderator; only the workspace owner's login (which can rewrite every table anyway)
        may name someone else, as the demo and test harnesses do.
        """
        login = ""
        with self._db.write() as s:
            admin = AdminRepository(s)
            if self.team:
                roles = RolesRepository(s)
                login, owner = roles.current_user(), roles.is_owner()
                if name and name != login and not owner:
                    raise PermissionDenied(
                        f"geweigerd: in teammodus bent u {login}; u kunt niet als {name} "
                        "werken", code=ErrorCode.PERMISSION_DENIED)
                name = name or login
                found = admin.moderator(name)
                if found is None and not owner:
                    raise PermissionDenied(
                        f"geweigerd: {login} is geen moderator in deze werkruimte",
                        code=ErrorCode.UNKNOWN_MODERATOR)
            else:
                name = (name or os_user()).strip()
                found = admin.moderator(name)
            if found is not None:
                if not active(found, self._now()):
                    raise PermissionDenied(f"geweigerd: de toegang van {found.name} is "
                                           "verlopen of uitgeschakeld")
                return found
            # The first person in a workspace leads it; so does its owner's own login.
            first = not admin.moderators() or (self.team and name == login)
            return admin.add_moderator(name, Role.TEAM_LEAD if first else
                                       Role.COMMUNITY_MANAGER, ())

    def require(self, actor: ModeratorInfo, permission: Permission, what: str = "") -> None:
        """Refuse (in Dutch, logged) unless the actor's role grants ``permission``."""
        if not can(actor, permission):
            raise self.refuse(actor, what or permission.value)

    def refuse(self, actor: ModeratorInfo | None, what: str) -> PermissionDenied:
        """Log a refused attempt and return the error to raise."""
        err = refusal(actor, what)
        self.log_refusal(actor, what)
        err.logged = True
        return err

    def log_refusal(self, actor: ModeratorInfo | None, what: str) -> None:
        """Write a refused attempt to the moderation log (its own transaction)."""
        name = actor.name if actor else self.login()
        role = actor.role.value if actor else ""
        with self._db.write() as s:
            AuditRepository(s).append(
                at=self._now(), moderator=name, role=role, action=AuditAction.REFUSED,
                detail=json.dumps({"what": what}, ensure_ascii=False))

    def add(self, actor: ModeratorInfo, name: str, role: Role, scope: Sequence[str] = (),
            *, until: datetime | None = None, password: str | None = None,
            login: bool | None = None) -> ModeratorInfo:
        """Register or change a moderator (team leads only); logged.

        In team mode the moderator gets a database login with ``role``'s privileges
        (``login=False``: a name only, e.g. demo colleagues who never sign in).
        """
        self.require(actor, Permission.MODERATORS_MANAGE, "moderators")
        name = name.strip()
        if not name or len(name.encode()) > 63:
            raise UsageError(f"not a moderator name: {name!r} (1 to 63 bytes)")
        with self._db.write() as s:
            admin = AdminRepository(s)
            with_login = self.team and (login if login is not None else True)
            if with_login:
                RolesRepository(s).save_login(name, role, password, until)
            if admin.moderator(name) is not None:
                info = admin.set_moderator(name, role, tuple(scope), until)
            else:
                info = admin.add_moderator(name, role, tuple(scope), until)
            if with_login:
                RolesRepository(s).apply_privileges(name)
            self._log_change(AuditRepository(s), actor, info, "saved")
            return info

    def disable(self, actor: ModeratorInfo, name: str) -> ModeratorInfo:
        """Take a moderator's access away (the login stays for the log); logged."""
        self.require(actor, Permission.MODERATORS_MANAGE, "moderators")
        with self._db.write() as s:
            admin = AdminRepository(s)
            found = admin.moderator(name)
            if found is None:
                raise UsageError(f"no moderator {name!r} in this workspace",
                                 code=ErrorCode.UNKNOWN_MODERATOR)
            info = admin.set_moderator(name, found.role, found.scope, found.until,
                                       disabled=True)
            if self.team:
                RolesRepository(s).disable(name)
            self._log_change(AuditRepository(s), actor, info, "disabled")
            return info

    def _log_change(self, audit: AuditRepository, actor: ModeratorInfo, info: ModeratorInfo,
                    change: str) -> None:
        detail = {"name": info.name, "role": info.role.value, "scope": list(info.scope),
                  "until": info.until.isoformat() if info.until else None, "change": change}
        audit.append(
            at=self._now(), moderator=actor.name, role=actor.role.value,
            action=AuditAction.ROLE_CHANGE, detail=json.dumps(detail, ensure_ascii=False),
            content=info.name)
