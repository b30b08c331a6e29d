"""Audit-panel filters turned into WHERE clauses."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

from moderator.storage.tables import AuditEntryRow

if TYPE_CHECKING:
    from moderator.audit.filter import AuditFilter


def where_clauses(f: AuditFilter) -> list[Any]:
    """SQL conditions for a filter."""
    c: list[Any] = []
    if f.moderator:
        c.append(AuditEntryRow.moderator == f.moderator)
    if f.action:
        c.append(AuditEntryRow.action == f.action)
    if f.rule_id:
        c.append(AuditEntryRow.rule_id == f.rule_id)
    if f.account_id is not None:
        c.append(AuditEntryRow.account_id == f.account_id)
    if f.since is not None:
        c.append(AuditEntryRow.at >= f.since.astimezone(UTC).isoformat(timespec="microseconds"))
    if f.until is not None:
        c.append(AuditEntryRow.at < f.until.astimezone(UTC).isoformat(timespec="microseconds"))
    return c
