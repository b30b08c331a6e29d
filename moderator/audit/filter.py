"""What the audit panel and exports filter the log by (a DTO; storage builds the SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Filter the log by moderator, action, rule, account and period (empty = any)."""

    moderator: str = ""
    action: str = ""
    rule_id: str = ""
    account_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
