"""Statistics queries over items, flags, actions, scores and the audit log.

Every query takes a period ``[since, until)`` on the item's creation time (actions: on
the action's time) and an optional set of visible accounts, so an external moderator's
statistics cover only their own accounts. Days are bucketed in UTC on both backends.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, distinct, func, select

from moderator.storage.tables import (
    ActionRow,
    AuditEntryRow,
    FlagRow,
    ItemRow,
    ModeratorRow,
    ScoreRow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Accounts = Collection[int] | None


class StatsRepository:
    """Read-only aggregate queries; the caller owns the session."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._dialect = session.get_bind().dialect.name

    def items_per_day(self, since: datetime, until: datetime,
                      accounts: Accounts) -> list[tuple[date, str, int]]:
        """(day, platform, items) for items created in the period."""
        day = self._day(ItemRow.created_at)
        stmt = (select(day, ItemRow.platform, func.count())
                .where(*self._items_in(since, until, accounts))
                .group_by(day, ItemRow.platform).order_by(day, ItemRow.platform))
        return [(_as_date(d), str(p), int(n)) for d, p, n in self._s.execute(stmt)]

    def flagged_counts(self, since: datetime, until: datetime,
                       accounts: Accounts) -> tuple[int, int]:
        """(items in the period, of which with at least one house-rule flag)."""
        total = self._s.execute(select(func.count()).select_from(ItemRow)
                                .where(*self._items_in(since, until, accounts))).scalar_one()
        flagged = self._s.execute(
            select(func.count(distinct(FlagRow.item_id)))
            .join(ItemRow, ItemRow.id == FlagRow.item_id)
            .where(*self._items_in(since, until, accounts))).scalar_one()
        return int(total), int(flagged)

    def actions_per_moderator(self, since: datetime, until: datetime,
                              accounts: Accounts) -> list[tuple[str, str, int]]:
        """(moderator name, action kind, count) for actions taken in the period."""
        stmt = (select(ModeratorRow.name, ActionRow.kind, func.count())
                .join(ModeratorRow, ModeratorRow.id == ActionRow.moderator_id)
                .where(ActionRow.created_at >= since, ActionRow.created_at < until)
                .group_by(ModeratorRow.name, ActionRow.kind)
                .order_by(ModeratorRow.name, ActionRow.kind))
        if accounts is not None:
            stmt = stmt.join(ItemRow, ItemRow.id == ActionRow.item_id).where(
                ItemRow.account_id.in_(list(accounts)))
        return [(str(m), str(k), int(n)) for m, k, n in self._s.execute(stmt)]

    def first_responses(self, since: datetime, until: datetime, accounts: Accounts,
                        kinds: Collection[str]) -> list[tuple[datetime, datetime]]:
        """(item created, first response action) for items created in the period."""
        first = func.min(ActionRow.created_at)
        stmt = (select(ItemRow.created_at, first)
                .join(ActionRow, ActionRow.item_id == ItemRow.id)
                .where(ActionRow.kind.in_(list(kinds)),
                       *self._items_in(since, until, accounts))
                .group_by(ItemRow.id, ItemRow.created_at))
        return [(aware(c), aware(f)) for c, f in self._s.execute(stmt)]

    def rule_counts(self, since: datetime, until: datetime, accounts: Accounts,
                    limit: int | None = None) -> list[tuple[str, int]]:
        """(rule id, items it flagged) for items created in the period, most first."""
        n = func.count(distinct(FlagRow.item_id))
        stmt = (select(FlagRow.rule_id, n).join(ItemRow, ItemRow.id == FlagRow.item_id)
                .where(*self._items_in(since, until, accounts))
                .group_by(FlagRow.rule_id).order_by(n.desc(), FlagRow.rule_id))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [(str(r), int(c)) for r, c in self._s.execute(stmt)]

    def recent_scores(self, limit: int,
                      accounts: Accounts) -> list[tuple[int, str, dict[str, Any]]]:
        """(item id, text, scores) of the most recently created scored items."""
        stmt = (select(ItemRow.id, ItemRow.text, ScoreRow.values)
                .join(ScoreRow, ScoreRow.item_id == ItemRow.id)
                .order_by(ItemRow.created_at.desc(), ItemRow.id.desc()).limit(limit))
        if accounts is not None:
            stmt = stmt.where(ItemRow.account_id.in_(list(accounts)))
        return [(int(i), str(t), dict(v or {})) for i, t, v in self._s.execute(stmt)]

    def audit_choices(self) -> tuple[list[str], list[str], list[str]]:
        """The distinct moderators, actions and rule ids in the log (for filter menus)."""
        def values(col: Any) -> list[str]:
            rows = self._s.execute(select(col).distinct().where(col != "").order_by(col))
            return [str(v) for (v,) in rows]
        return (values(AuditEntryRow.moderator), values(AuditEntryRow.action),
                values(AuditEntryRow.rule_id))

    def _items_in(self, since: datetime, until: datetime,
                  accounts: Accounts) -> list[ColumnElement[bool]]:
        where = [ItemRow.created_at >= since, ItemRow.created_at < until]
        if accounts is not None:
            where.append(ItemRow.account_id.in_(list(accounts)))
        return where

    def _day(self, col: Any) -> Any:
        if self._dialect == "postgresql":
            return func.date(func.timezone("UTC", col))
        return func.date(col)  # SQLite keeps UTC text: 'YYYY-MM-DD HH:MM:SS'


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def aware(value: object) -> datetime:
    """A time read back from the database as an aware UTC datetime."""
    # min() over a UtcDateTime column bypasses the type on SQLite and may come back as text.
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

