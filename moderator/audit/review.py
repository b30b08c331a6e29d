"""The team lead's log review: entries with their message, author and rule in words.

Exported as filtered, with Dutch headers and Amsterdam time beside UTC; and a summary per
moderator (actions by type, reversals, approvals, rejections, refused attempts).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from moderator.audit.events import AuditAction
from moderator.items import ActionKind

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import TextIO

    from moderator.audit.chain import AuditEntry

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

#: The export's column titles (Dutch: the file goes to Dutch team leads and auditors).
HEADERS = ("Nr.", "Tijdstip (Europe/Amsterdam)", "Tijdstip (UTC)", "Moderator", "Rol", "Actie",
           "Bericht", "Auteur", "Spelregel", "Toelichting", "Item")
ROLE_WORDS = {"team_lead": "teamleider", "community_manager": "communitymanager",
              "external_moderator": "externe moderator", "system": "systeem"}
ACTION_WORDS: dict[str, str] = {
    ActionKind.WARN: "waarschuwen", ActionKind.HIDE: "verbergen",
    ActionKind.UNHIDE: "zichtbaar maken",
    ActionKind.REMOVE: "verwijderen", ActionKind.REPLY: "antwoorden",
    ActionKind.DM_REPLY: "privé antwoorden", ActionKind.HANDLE: "afhandelen",
    ActionKind.ESCALATE: "escaleren", ActionKind.NOTE: "notitie", ActionKind.CLAIM: "oppakken",
    ActionKind.RELEASE: "vrijgeven", AuditAction.ROLE_CHANGE: "moderator gewijzigd",
    AuditAction.PLATFORM_SENT: "door platform uitgevoerd",
    AuditAction.PLATFORM_FAILED: "door platform geweigerd",
    AuditAction.RULES_ACTIVATE: "regelset geactiveerd",
    AuditAction.RETENTION_PURGE: "bewaartermijn verstreken", AuditAction.REFUSED: "geweigerd",
    AuditAction.SIGNOFF: "logboek afgetekend", AuditAction.ACCOUNT_REMOVE: "account verwijderd",
    AuditAction.APPROVE: "goedgekeurd", AuditAction.REJECT: "afgewezen",
    AuditAction.ASSIGN: "toegewezen",
}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A log entry with what it is about, in words."""

    entry: AuditEntry
    item_id: int | None  # None: no item, or not visible to this login, or removed
    text: str  # the message (blank after retention or when not visible)
    author: str
    rule_title: str


@dataclass
class ModeratorSummary:
    """One moderator's entries over a period."""

    moderator: str
    actions: dict[str, int] = field(default_factory=dict)
    reversals: int = 0
    approvals: int = 0
    rejections: int = 0
    refused: int = 0

    @property
    def total(self) -> int:
        """Every entry of this moderator in the period."""
        return sum(self.actions.values())


def summarise(rows: Iterable[tuple[str, str, int, int]]) -> list[ModeratorSummary]:
    """Per moderator, from (moderator, action, entries, of which undo) rows."""
    out: dict[str, ModeratorSummary] = {}
    for mod, action, n, undo in rows:
        s = out.setdefault(mod, ModeratorSummary(mod))
        s.actions[action] = s.actions.get(action, 0) + n
        s.reversals += undo + (n if action == ActionKind.UNHIDE else 0)
        s.approvals += n if action == AuditAction.APPROVE else 0
        s.rejections += n if action == AuditAction.REJECT else 0
        s.refused += n if action == AuditAction.REFUSED else 0
    return list(out.values())


def both_times(stamp: str) -> tuple[str, str]:
    """An entry's UTC stamp as (Amsterdam local, UTC), both 'jjjj-mm-dd uu:mm:ss'."""
    try:
        at = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp, stamp
    fmt = "%Y-%m-%d %H:%M:%S"
    return at.astimezone(AMSTERDAM).strftime(fmt), at.strftime(fmt)


def detail_fields(detail: str) -> dict[str, Any] | None:
    """An entry's JSON detail as a mapping; None when it is not one (a foreign or old row)."""
    try:
        d = json.loads(detail) if detail else {}
    except ValueError:
        return None
    return d if isinstance(d, dict) else None


def explain(detail: str) -> str:
    """An entry's JSON detail in words (status change, target, reason)."""
    d = detail_fields(detail)
    if d is None:
        return detail
    parts = []
    if "from" in d and "to" in d:
        parts.append(f"{d['from']} → {d['to']}")
    for key, word in (("escalate_to", "naar"), ("assign_to", "toegewezen aan"),
                      ("what", "poging"), ("author", "auteur"), ("items", "items")):
        if d.get(key) not in (None, ""):
            parts.append(f"{word} {d[key]}")
    if d.get("undo"):
        parts.append("teruggedraaid")
    return ", ".join(parts) or detail


def write_csv(out: TextIO, rows: Iterable[ReviewRow]) -> int:
    """The filtered review as CSV for Dutch Excel (``;``); returns the row count."""
    w = csv.writer(out, delimiter=";")
    w.writerow(HEADERS)
    n = 0
    for r in rows:
        e = r.entry
        local, utc = both_times(e.at)
        w.writerow([e.seq, local, utc, e.moderator, ROLE_WORDS.get(e.role, e.role),
                    ACTION_WORDS.get(e.action, e.action), r.text, r.author,
                    r.rule_title or e.rule_id, explain(e.detail),
                    r.item_id if r.item_id is not None else ""])
        n += 1
    return n
