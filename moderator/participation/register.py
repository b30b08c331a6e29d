"""The input register (inbrengregister).

Citizen input per project and topic, and the feedback given on it ("koppel terug": what
was done with it, when, where to read it).

Exports are pseudonymised by default: the author appears as the pseudonymous key; a team
lead may export names, and that choice is logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import ErrorCode, PermissionDenied, UsageError
from moderator.moderators import Permission, may_see, require, visible_accounts
from moderator.participation.records import RegisterEntry
from moderator.participation.tabular import write_table
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.register_repo import RegisterRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date, datetime
    from pathlib import Path

    from moderator.items import ModeratorInfo
    from moderator.storage.uow import Database

NO_PROJECT = ""
__all__ = ["RegisterEntry", "RegisterService", "RegisterView"]

EXPORT_FIELDS = ("item_id", "project", "platform", "account", "created_at", "author",
                 "text", "topics", "marked_by", "marked_at", "feedback", "feedback_on",
                 "feedback_link", "permalink")


@dataclass(frozen=True, slots=True)
class RegisterView:
    """What the register screen shows for one project."""

    project: str
    topic_counts: dict[str, int]
    entries: list[RegisterEntry]

    @property
    def waiting(self) -> list[RegisterEntry]:
        """Input without feedback yet."""
        return [e for e in self.entries if not e.answered]

    @property
    def answered(self) -> list[RegisterEntry]:
        """Input with feedback given."""
        return [e for e in self.entries if e.answered]


class RegisterService:
    """Topics, marking input, recording feedback, the register view and its export."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def projects(self) -> list[str]:
        """Projects that have accounts or topics."""
        with self._db.read() as s:
            return RegisterRepository(s).projects()

    def topics(self, project: str) -> list[str]:
        """The project's topics."""
        with self._db.read() as s:
            return RegisterRepository(s).topics(project)

    def add_topic(self, project: str, name: str) -> bool:
        """Add a topic to a project's list (False: it was there already)."""
        name = " ".join(name.split())
        if not name or len(name) > 200 or len(project) > 200:
            raise UsageError("a topic needs a name of at most 200 characters")
        with self._db.write() as s:
            return RegisterRepository(s).add_topic(project, name)

    def mark(self, who: ModeratorInfo, item_id: int, topics: Sequence[str]) -> RegisterEntry:
        """Mark an item as participation input on one or more of its project's topics."""
        with self._db.write() as s:
            repo = RegisterRepository(s)
            project = repo.item_project(item_id)
            if project is None:
                raise UsageError(f"no item {item_id}", code=ErrorCode.UNKNOWN_ITEM,
                                 item=item_id)
            accounts = AdminRepository(s).accounts()
            if not may_see(visible_accounts(who, accounts), repo.item_account(item_id)):
                raise PermissionDenied(f"{who.name} may not mark item {item_id}",
                                       code=ErrorCode.NOT_VISIBLE, item=item_id)
            known = repo.topics(project)
            unknown = [t for t in topics if t not in known]
            if unknown or not topics:
                raise UsageError(
                    f"unknown topic(s) {unknown or '(none given)'} for project "
                    f"{project or '(no project)'}; known: {', '.join(known) or 'none yet'}")
            repo.mark(item_id, project, list(topics), who.name, self._now())
            return repo.entries(item_ids=[item_id])[0]

    def unmark(self, item_id: int) -> bool:
        """Take an item out of the register."""
        with self._db.write() as s:
            return RegisterRepository(s).unmark(item_id)

    def feedback(self, who: ModeratorInfo, item_id: int, text: str,
                 on: date | None = None, link: str = "") -> RegisterEntry:
        """Record the feedback given on an input ("koppel terug")."""
        text = text.strip()
        if not text:
            raise UsageError("say what was done with the input (feedback text)",
                             code=ErrorCode.NEEDS_TEXT, action="feedback")
        when = (on or self._now().date()).isoformat()
        with self._db.write() as s:
            repo = RegisterRepository(s)
            if not repo.set_feedback(item_id, text, when, link.strip(), who.name):
                raise UsageError(f"item {item_id} is not in the input register",
                                 code=ErrorCode.UNKNOWN_ITEM, item=item_id)
            return repo.entries(item_ids=[item_id])[0]

    def view(self, project: str) -> RegisterView:
        """Counts per topic and every entry of one project."""
        with self._db.read() as s:
            repo = RegisterRepository(s)
            return RegisterView(project, repo.topic_counts(project), repo.entries(project))

    def entries(self, project: str | None = None) -> list[RegisterEntry]:
        """Register entries of one project (None: all)."""
        with self._db.read() as s:
            return RegisterRepository(s).entries(project)

    def export(self, who: ModeratorInfo, path: Path, fmt: str, project: str | None = None,
               *, names: bool = False) -> int:
        """Write the register (CSV for Dutch Excel or JSONL); names only for a team lead."""
        if names:
            require(who, Permission.EXPORT_PERSONAL)
        rows = [e.export_row(names=names) for e in self.entries(project)]
        n = write_table(path, fmt, EXPORT_FIELDS, rows)
        if names:
            log_personal_export(self._db, self._now(), who, "register", n)
        return n


def log_personal_export(db: Database, at: datetime, who: ModeratorInfo, what: str,
                        rows: int) -> None:
    """Log that a team lead chose to export with names."""
    with db.write() as s:
        AuditRepository(s).append(at=at, moderator=who.name, role=who.role.value,
                                  action=AuditAction.EXPORT_PERSONAL,
                                  detail=json.dumps({"export": what, "rows": rows},
                                                    sort_keys=True, separators=(",", ":")))
