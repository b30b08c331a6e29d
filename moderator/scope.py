"""Who may see what: a moderator's scope as accounts (pure; the services and storage share it).

Team mode's row-level security applies the same rules in the database
(``mod_visible_accounts``, ``mod_colleagues``); ``moderator.moderators`` re-exports these.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from moderator.items import AccountId, AccountInfo, ModeratorInfo, Role

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["active", "may_see", "visible_accounts"]


def active(moderator: ModeratorInfo, now: datetime | None = None) -> bool:
    """Whether the moderator may still see anything (not disabled, end date not passed)."""
    if moderator.disabled:
        return False
    return moderator.until is None or moderator.until > (now or datetime.now(UTC))


def visible_accounts(moderator: ModeratorInfo,
                     accounts: Iterable[AccountInfo]) -> frozenset[AccountId] | None:
    """Accounts the moderator may see; None means all.

    An external moderator sees only the accounts or projects in their scope (entries are
    account names, or ``project:<label>``); an empty scope for them means nothing.
    """
    if not active(moderator):
        return frozenset()
    if moderator.role != Role.EXTERNAL_MODERATOR and not moderator.scope:
        return None
    names = {s.removeprefix("account:") for s in moderator.scope}
    projects = {s.removeprefix("project:") for s in names if s.startswith("project:")}
    return frozenset(a.id for a in accounts
                     if a.name in names or str(a.id) in names or a.project in projects)


def may_see(visible: frozenset[AccountId] | None, account_id: int) -> bool:
    """Whether an account is within a visibility set."""
    return visible is None or account_id in visible
