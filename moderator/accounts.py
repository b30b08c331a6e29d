"""Organisation accounts and their sync cursors (tokens live in the keyring, never here)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import UsageError
from moderator.items import AuthState
from moderator.moderators import os_user, visible_accounts
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.work_repo import now_utc

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from moderator.items import AccountInfo, ModeratorInfo, Platform
    from moderator.storage.uow import Database


class AccountService:
    """Organisation accounts (the token lives in the keyring, never here)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, platform: Platform, name: str, external_id: str, project: str = "",
            api_base: str = "") -> AccountInfo:
        """Register an account; names are unique."""
        if not name.strip():
            raise UsageError("an account needs a name")
        with self._db.write() as s:
            admin = AdminRepository(s)
            if admin.account(name) is not None:
                raise UsageError(f"an account named {name!r} exists already")
            return admin.add_account(platform, name, external_id, project, api_base)

    def list(self) -> list[AccountInfo]:
        """All accounts."""
        with self._db.read() as s:
            return AdminRepository(s).accounts()

    def get(self, name_or_id: str | int) -> AccountInfo:
        """One account by name or id."""
        with self._db.read() as s:
            found = AdminRepository(s).account(name_or_id)
        if found is None:
            raise UsageError(f"no account {name_or_id!r}")
        return found

    def mark_reconnect(self, account_id: int) -> None:
        """The login expired or was revoked: show *opnieuw koppelen nodig*, stop syncing.

        Items, threads and the log stay; only a new login (``renewed``) clears the state.
        """
        with self._db.write() as s:
            AdminRepository(s).set_account_auth(account_id, AuthState.RECONNECT, None,
                                                keep_expiry=True)

    def renewed(self, account_id: int, expires_at: datetime | None, *,
                api_base: str | None = None) -> AccountInfo:
        """A fresh login was stored for the account: back to normal, with its new expiry."""
        with self._db.write() as s:
            admin = AdminRepository(s)
            if api_base is not None:
                admin.set_account_api_base(account_id, api_base)
            found = admin.set_account_auth(account_id, AuthState.OK, expires_at)
        if found is None:
            raise UsageError(f"no account {account_id!r}")
        return found

    def visible_to(self, moderator: ModeratorInfo) -> Sequence[AccountInfo]:
        """The accounts a moderator may see (the sidebar shows no others)."""
        accounts = self.list()
        visible = visible_accounts(moderator, accounts)
        return accounts if visible is None else [a for a in accounts if a.id in visible]

    def remove(self, account_id: int, *, by: ModeratorInfo | None = None) -> None:
        """Delete an account and everything synced from it; logged (who, which, how many).

        The entry names the account and its item count, so the log keeps verifying and
        still says what disappeared.
        """
        with self._db.write() as s:
            admin = AdminRepository(s)
            found = admin.account(account_id)
            items = admin.item_count(account_id)
            admin.remove_account(account_id)
            if found is not None:
                AuditRepository(s).append(
                    at=now_utc(), moderator=by.name if by else os_user(),
                    role=by.role.value if by else "",
                    action=AuditAction.ACCOUNT_REMOVE, account_id=account_id,
                    detail=json.dumps({"platform": found.platform.value, "items": items,
                                       "project": found.project}, ensure_ascii=False),
                    content=found.name)


class CursorService:
    """Per-account sync cursors."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, account_id: int) -> str | None:
        """The stored cursor, if any."""
        with self._db.read() as s:
            return AdminRepository(s).cursor(account_id)
