"""The moderation log (moderatielogboek): record, verify, filter, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.audit.chain import AuditEntry, Head, VerifyResult, verify
from moderator.audit.filter import AuditFilter
from moderator.audit.verify import parallel_min, verify_parallel, verify_sqlite
from moderator.errors import CannotCreateError, UsageError
from moderator.storage.audit_filter import where_clauses
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.damage import audit_damage

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from moderator.items import ModeratorInfo
    from moderator.storage.uow import Database

__all__ = ["AuditFilter", "AuditLog", "VerifyResult"]

EXPORT_FIELDS = ("seq", "at", "moderator", "role", "action", "item_ref", "account_id",
                 "rule_id", "ruleset_version", "detail", "content_digest", "content",
                 "prev_hash", "hash")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """How many entries an export wrote and the head it ends at."""

    path: Path
    count: int
    head: Head | None


class AuditLog:
    """The append-only, hash-chained log of every action and every admin change."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def record(self, moderator: ModeratorInfo, action: str, *, detail: str = "",
               rule_id: str = "", ruleset_version: str = "",
               content: str | None = None) -> AuditEntry:
        """Log an admin event (rules, roles, retention) in its own transaction."""
        with self._db.write() as s:
            return AuditRepository(s).append(
                at=self._now(), moderator=moderator.name, role=moderator.role.value,
                action=action, rule_id=rule_id, ruleset_version=ruleset_version,
                detail=detail, content=content)

    def verify(self, head: Head | None = None) -> VerifyResult:
        """Walk the whole chain and compare with the recorded head (or a given one).

        ``head`` is one from an export or sign-off: the log must contain it. Without it,
        the log must end exactly at the head recorded in the workspace settings.
        """
        try:
            return self._verify(head)
        except (sqlite3.Error, ValueError, TypeError):
            with self._db.read() as s:
                found = audit_damage(s)
            if found is None:
                raise
            return VerifyResult(False, found.row - 1, None, found.row,
                                f"entry {found.row} is damaged ({found.why})")

    def _verify(self, head: Head | None) -> VerifyResult:
        with self._db.read() as s:
            repo = AuditRepository(s)
            expected = head if head is not None else repo.recorded_head()
            exact = head is None
            con, last_seq = repo.sqlite_connection(), repo.last_seq()
            if con is None:
                return verify(repo.entries(), expected, exact=exact)
            path = self._db.engine.url.database
            if not path or path == ":memory:" or last_seq < parallel_min():
                return verify_sqlite(con, last_seq, expected, exact=exact)
        return verify_parallel(Path(path), last_seq, expected, exact=exact)

    def head(self) -> Head | None:
        """The head recorded in workspace settings."""
        with self._db.read() as s:
            return AuditRepository(s).recorded_head()

    def entries(self, f: AuditFilter, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
        """Filtered entries, newest first."""
        with self._db.read() as s:
            return AuditRepository(s).query(where_clauses(f), limit, offset)

    def count(self, f: AuditFilter) -> int:
        """How many entries match a filter."""
        with self._db.read() as s:
            return AuditRepository(s).count(where_clauses(f))

    def export(self, path: Path, fmt: str, *, pseudonymise: bool = True) -> ExportResult:
        """Write the log as CSV (``;``, UTF-8 with BOM, for Dutch Excel) or JSONL.

        With ``pseudonymise`` (the default) personal content is left out; digests stay,
        so the export still verifies. The file ends with the head it was taken at.
        """
        if fmt not in ("csv", "jsonl"):
            raise UsageError(f"unknown export format {fmt!r} (csv or jsonl)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._db.read() as s, path.open("w", encoding="utf-8-sig" if fmt == "csv"
                                                 else "utf-8", newline="") as out:
                repo = AuditRepository(s)
                rows = _rows(repo.entries(), pseudonymise)
                count, last = (_write_csv if fmt == "csv" else _write_jsonl)(out, rows)
        except OSError as e:
            raise CannotCreateError(f"cannot write {path}: {e.strerror or e}") from None
        return ExportResult(path, count, last)


def _rows(entries: Iterator[AuditEntry], pseudonymise: bool) -> Iterator[AuditEntry]:
    for e in entries:
        if pseudonymise and e.content is not None:
            yield e._replace(content=None)
        else:
            yield e


def _write_csv(out: object, rows: Iterator[AuditEntry]) -> tuple[int, Head | None]:
    w = csv.writer(out, delimiter=";")  # type: ignore[arg-type]
    w.writerow(EXPORT_FIELDS)
    count, last = 0, None
    for e in rows:
        w.writerow(["" if v is None else v for v in (getattr(e, f) for f in EXPORT_FIELDS)])
        count, last = count + 1, Head(e.seq, e.hash)
    return count, last


def _write_jsonl(out: object, rows: Iterator[AuditEntry]) -> tuple[int, Head | None]:
    count, last = 0, None
    write = out.write  # type: ignore[attr-defined]
    for e in rows:
        write(json.dumps(e._asdict(), ensure_ascii=False) + "\n")
        count, last = count + 1, Head(e.seq, e.hash)
    write(json.dumps({"head": str(last) if last else None, "count": count}) + "\n")
    return count, last
