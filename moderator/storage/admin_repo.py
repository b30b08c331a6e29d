"""Accounts, moderators, settings and cursors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text

from moderator.items import (
    AccountId,
    AccountInfo,
    AuthState,
    Colleague,
    ModeratorId,
    ModeratorInfo,
    Platform,
    Role,
)
from moderator.scope import active, may_see, visible_accounts
from moderator.storage.tables import AccountRow, CursorRow, ItemRow, ModeratorRow, SettingRow

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from sqlalchemy.orm import Session


def _account(r: AccountRow) -> AccountInfo:
    return AccountInfo(AccountId(r.id), Platform(r.platform), r.name, r.external_id,
                       r.project, r.api_base, AuthState(r.auth_state or "ok"), r.auth_expires_at)


def _moderator(r: ModeratorRow) -> ModeratorInfo:
    return ModeratorInfo(ModeratorId(r.id), r.name, Role(r.role), tuple(r.scope or ()),
                         r.until, bool(r.disabled))


MAX_ID = 2**63 - 1  # the largest integer key SQLite and PostgreSQL (bigint) store


class AdminRepository:
    """Small lookups and edits; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # accounts
    def accounts(self) -> list[AccountInfo]:
        """All accounts by name."""
        return [_account(r) for r in self._s.scalars(select(AccountRow).order_by(AccountRow.name))]

    def account(self, name_or_id: str | int) -> AccountInfo | None:
        """Find an account by id or name."""
        if (isinstance(name_or_id, int) or str(name_or_id).isdecimal()) and \
                0 < int(name_or_id) <= MAX_ID:
            row = self._s.get(AccountRow, int(name_or_id))
            if row is not None:
                return _account(row)
        row = self._s.scalars(select(AccountRow).where(AccountRow.name == str(name_or_id))).first()
        return None if row is None else _account(row)

    def add_account(self, platform: Platform, name: str, external_id: str, project: str,
                    api_base: str) -> AccountInfo:
        """Create an account row."""
        row = AccountRow(platform=platform.value, name=name, external_id=external_id,
                         project=project, api_base=api_base)
        self._s.add(row)
        self._s.flush()
        return _account(row)

    def set_account_auth(self, account_id: int, state: AuthState, expires_at: datetime | None,
                         *, keep_expiry: bool = False) -> AccountInfo | None:
        """Record whether the account's login works and when it runs out."""
        row = self._s.get(AccountRow, account_id)
        if row is None:
            return None
        row.auth_state = state.value
        if not keep_expiry:
            row.auth_expires_at = expires_at
        self._s.flush()
        return _account(row)

    def set_account_api_base(self, account_id: int, api_base: str) -> None:
        """Point an account at another API base (a reconnect through another host)."""
        row = self._s.get(AccountRow, account_id)
        if row is not None:
            row.api_base = api_base
            self._s.flush()

    def item_count(self, account_id: int) -> int:
        """How many items an account holds."""
        return int(self._s.execute(select(func.count()).select_from(ItemRow)
                                   .where(ItemRow.account_id == account_id)).scalar_one())

    def remove_account(self, account_id: int) -> None:
        """Delete an account with its threads, items and cursor (cascade)."""
        self._s.execute(delete(AccountRow).where(AccountRow.id == account_id))

    # moderators
    def moderators(self) -> list[ModeratorInfo]:
        """All moderators by name."""
        rows = self._s.scalars(select(ModeratorRow).order_by(ModeratorRow.name))
        return [_moderator(r) for r in rows]

    def moderator(self, name: str) -> ModeratorInfo | None:
        """Find a moderator by name."""
        row = self._s.scalars(select(ModeratorRow).where(ModeratorRow.name == name)).first()
        return None if row is None else _moderator(row)

    def colleagues(self, item_id: int, now: datetime) -> list[Colleague]:
        """The active moderators who can see the item, by name (an escalation's choices).

        Team mode asks the database: ``mod_colleagues`` (migration d4b8e2a7c915) reads the
        moderators an external moderator's login may not read, and answers nothing for an
        item outside the calling login's own scope; ``now`` is then the database's clock.
        The embedded workspace applies the same scope rules here.
        """
        if self._s.get_bind().dialect.name == "postgresql":
            rows = self._s.execute(text("SELECT moderator_id, name, role "
                                        "FROM mod_colleagues(:item)"), {"item": item_id})
            return [Colleague(ModeratorId(i), n, Role(r)) for i, n, r in rows]
        account_id = self._s.scalar(select(ItemRow.account_id).where(ItemRow.id == item_id))
        if account_id is None:
            return []
        accounts = self.accounts()
        return [Colleague(m.id, m.name, m.role) for m in self.moderators()
                if active(m, now) and may_see(visible_accounts(m, accounts), account_id)]

    def item_accounts(self, item_ids: Iterable[int]) -> dict[int, AccountId]:
        """The account of each item this session can see (others are left out)."""
        ids = sorted(set(item_ids))
        found: dict[int, AccountId] = {}
        for at in range(0, len(ids), 500):
            rows = self._s.execute(select(ItemRow.id, ItemRow.account_id)
                                   .where(ItemRow.id.in_(ids[at:at + 500])))
            found.update((i, AccountId(a)) for i, a in rows)
        return found

    def add_moderator(self, name: str, role: Role, scope: tuple[str, ...],
                      until: datetime | None = None) -> ModeratorInfo:
        """Create a moderator."""
        row = ModeratorRow(name=name, role=role.value, scope=list(scope), until=until,
                           disabled=False)
        self._s.add(row)
        self._s.flush()
        return _moderator(row)

    def set_moderator(self, name: str, role: Role, scope: tuple[str, ...],
                      until: datetime | None = None, *, disabled: bool = False) -> ModeratorInfo:
        """Change a moderator's role, scope, end date and whether they are disabled."""
        row = self._s.scalars(select(ModeratorRow).where(ModeratorRow.name == name)).one()
        row.role, row.scope, row.until, row.disabled = role.value, list(scope), until, disabled
        self._s.flush()
        return _moderator(row)

    # settings
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A workspace setting's JSON value."""
        row = self._s.get(SettingRow, key)
        return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        """Store a workspace setting."""
        row = self._s.get(SettingRow, key)
        if row is None:
            self._s.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._s.flush()

    # cursors
    def cursor(self, account_id: int) -> str | None:
        """The account's sync cursor."""
        row = self._s.get(CursorRow, account_id)
        return None if row is None else row.cursor
