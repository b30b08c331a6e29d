"""Roles, scopes and the permission checks every service uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.errors import PermissionDenied
from moderator.items import AccountId, AccountInfo, ModeratorInfo, Role

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["ModeratorInfo", "may_see", "require", "visible_accounts"]

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
