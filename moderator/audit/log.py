"""The moderation log (moderatielogboek): record, verify, filter, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.audit.chain import AuditEntry, Head, VerifyResult, verify
from moderator.audit.events import AuditAction
from moderator.audit.filter import AuditFilter
from moderator.audit.review import ModeratorSummary, ReviewRow, summarise, write_csv
from moderator.audit.verify import parallel_min, verify_parallel, verify_sqlite
from moderator.audit.witness import SignOff, Witness
from moderator.errors import CannotCreateError, IntegrityError, UsageError
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
        #: The workspace's name in the local witness (None: witness nothing).
        self.key: str | None = None
        self.witness = Witness()
        #: A rule id's title in the active rule set (None: unknown); set by the workspace.
        self.rule_title: Callable[[str], str | None] = lambda _rule: None

    def record(self, moderator: ModeratorInfo, action: str, *, detail: str = "",
               rule_id: str = "", ruleset_version: str = "",
               content: str | None = None) -> AuditEntry:
        """Log an admin event (rules, roles, retention) in its own transaction."""
        with self._db.write() as s:
            return AuditRepository(s).append(
                at=self._now(), moderator=moderator.name, role=moderator.role.value,
                action=action, rule_id=rule_id, ruleset_version=ruleset_version,
                detail=detail, content=content)

    def verify(self, head: Head | None = None, *, remember: bool = True) -> VerifyResult:
        """Walk the whole chain; every head recorded anywhere must agree with it.

        The log must end exactly at the head in the workspace settings, contain the head
        this machine witnessed last time (local settings) and, when given, ``head`` from
        an export or sign-off: an outside head adds a check, it never replaces one. A
        clean result becomes this machine's new witnessed head.
        """
        result = self._walk_or_damage()
        if not result.ok:
            return result
        witnessed = self.witnessed()
        for source, h in (("the sign-off or export", head),
                          ("this machine's last verification", witnessed)):
            if h is not None:
                result = self._contains(result, h, source)
                if not result.ok:
                    return result
        if remember and self.key is not None and result.head is not None:
            self.witness.remember(self.key, result.head)
        return result

    def signoff(self, moderator: ModeratorInfo) -> SignOff:
        """Sign off the log as verified now (``audit signoff --out FILE``).

        A logged entry names the reviewed head; its own head is returned to be kept outside.
        """
        result = self.verify()
        if not result.ok:
            raise IntegrityError(f"audit log BROKEN at entry {result.broken_seq}: "
                                 f"{result.reason}; nothing signed off")
        reviewed = result.head
        entry = self.record(moderator, AuditAction.SIGNOFF, detail=json.dumps(
            {"reviewed": str(reviewed) if reviewed else None}))
        head = Head(entry.seq, entry.hash)
        if self.key is not None:
            self.witness.remember(self.key, head)
        return SignOff(self.key or "", head, reviewed, entry.moderator, entry.at)

    def witnessed(self) -> Head | None:
        """The head this machine verified last for this workspace."""
        return None if self.key is None else self.witness.get(self.key)

    def check_witness(self) -> VerifyResult:
        """The quick start-up check: the witnessed entry is still there, unchanged.

        A rewritten chain changes that entry's hash; a cut one loses it. (The full walk
        is ``verify``.)
        """
        h = self.witnessed()
        with self._db.read() as s:
            repo = AuditRepository(s)
            last = repo.recorded_head()
            count = repo.last_seq()
        ok = VerifyResult(True, count, last)
        return ok if h is None else self._contains(ok, h, "this machine's last verification")

    def _contains(self, result: VerifyResult, h: Head, source: str) -> VerifyResult:
        end = result.head.seq if result.head else 0
        if h.seq > end:
            return VerifyResult(False, result.count, result.head, end + 1,
                                f"entries {end + 1}..{h.seq} are missing: {source} saw entry "
                                f"{h.seq}, the log ends at entry {end} (truncated)")
        with self._db.read() as s:
            stored = AuditRepository(s).hash_at(h.seq)
        if stored != h.hash:
            return VerifyResult(False, result.count, result.head, h.seq,
                                f"entry {h.seq} differs from the head {source} recorded "
                                "(the log was rewritten)")
        return result

    def _walk_or_damage(self) -> VerifyResult:
        """The chain walk; a row the walk cannot even read is named as damaged."""
        try:
            return self._walk()
        except (sqlite3.Error, ValueError, TypeError):
            with self._db.read() as s:
                found = audit_damage(s)
            if found is None:
                raise
            return VerifyResult(False, found.row - 1, None, found.row,
                                f"entry {found.row} is damaged ({found.why})")

    def _walk(self) -> VerifyResult:
        """The chain against the head recorded in the workspace settings (exact)."""
        with self._db.read() as s:
            repo = AuditRepository(s)
            expected = repo.recorded_head()
            con, last_seq = repo.sqlite_connection(), repo.last_seq()
            if con is None:
                return verify(repo.entries(), expected, exact=True)
            path = self._db.engine.url.database
            if not path or path == ":memory:" or last_seq < parallel_min():
                return verify_sqlite(con, last_seq, expected, exact=True)
        return verify_parallel(Path(path), last_seq, expected, exact=True)

    def head(self) -> Head | None:
        """The head recorded in workspace settings."""
        with self._db.read() as s:
            return AuditRepository(s).recorded_head()

    def entries(self, f: AuditFilter, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
        """Filtered entries, newest first."""
        with self._db.read() as s:
            return AuditRepository(s).query(where_clauses(f), limit, offset)

    def review(self, f: AuditFilter, limit: int = 200, offset: int = 0) -> list[ReviewRow]:
        """Filtered entries, newest first, with the message, its author and the rule."""
        with self._db.read() as s:
            repo = AuditRepository(s)
            entries = repo.query(where_clauses(f), limit, offset)
            items = repo.items_for_refs([e.item_ref for e in entries if e.item_ref])
        return [self._row(e, items.get(e.item_ref)) for e in entries]

    def _row(self, e: AuditEntry, item: tuple[int, str, str] | None) -> ReviewRow:
        title = (self.rule_title(e.rule_id) or "") if e.rule_id else ""
        if item is None:
            return ReviewRow(e, None, "", "", title)
        return ReviewRow(e, item[0], item[1], item[2], title)

    def export_review(self, path: Path, f: AuditFilter) -> int:
        """Write what the filter shows as CSV with Dutch headers; returns the row count."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                return write_csv(out, self._all_review(f))
        except OSError as e:
            raise CannotCreateError(f"cannot write {path}: {e.strerror or e}") from None

    def _all_review(self, f: AuditFilter, page: int = 2000) -> Iterator[ReviewRow]:
        offset = 0
        while rows := self.review(f, page, offset):
            yield from rows
            offset += len(rows)

    def summary(self, f: AuditFilter) -> list[ModeratorSummary]:
        """Per moderator over the filtered entries.

        Actions by type, reversals, approvals, rejections and refused attempts.
        """
        with self._db.read() as s:
            return summarise(AuditRepository(s).summary(where_clauses(f)))

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
