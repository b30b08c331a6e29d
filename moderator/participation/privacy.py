"""AVG by design: the retention period, access reports and erasure of one author.

* Retention: after the period (default 90 days, set by a team lead) item texts, earlier
  versions, author display names, notes, the texts sent about those items and the
  personal content of log entries are blanked. The log keeps action, rule, time,
  moderator and the pseudonymous author key, and still verifies. It runs on start and
  daily in the worker, and every purge is itself logged.
* Access report (inzageverzoek, art. 15): everything stored about one author key, as
  JSON and a readable HTML page.
* Erasure (art. 17): that author's texts, names and notes removed everywhere, the name
  scrubbed from replies that quote it, and the database file rewritten so no trace is
  left in it (SQLite ``secure_delete`` plus VACUUM; PostgreSQL VACUUM FULL).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from moderator.audit.events import AuditAction
from moderator.errors import UsageError
from moderator.items import ModeratorId, ModeratorInfo, Role
from moderator.moderators import Permission, require
from moderator.participation.report_html import access_report_html
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.privacy_repo import PrivacyRepository, compact

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path

    from moderator.storage.uow import Database

DEFAULT_DAYS = 90
DAYS_KEY = "retention_days"
LAST_RUN_KEY = "retention_last_run"
MAX_DAYS = 36_500
#: Who the log names for the automatic daily purge.
SYSTEM = ModeratorInfo(ModeratorId(0), "Moderator (automatisch)", Role.TEAM_LEAD, ())


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a retention run blanked."""

    days: int
    cutoff: datetime
    items: int
    log_entries: int
    logged: bool


@dataclass(frozen=True, slots=True)
class EraseResult:
    """What an erasure removed."""

    author_key: str
    items: int
    names_scrubbed: int
    compaction: str


def _detail(d: dict[str, Any]) -> str:
    return json.dumps(d, sort_keys=True, separators=(",", ":"))


def _days(value: int) -> int:
    if not 1 <= value <= MAX_DAYS:
        raise UsageError(f"a retention period is 1 to {MAX_DAYS} days, not {value}")
    return value


class PrivacyService:
    """Retention, access reports and erasure on one workspace."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def retention_days(self) -> int:
        """The retention period in days (default 90)."""
        with self._db.read() as s:
            return int(AdminRepository(s).get_setting(DAYS_KEY, DEFAULT_DAYS))

    def set_retention_days(self, who: ModeratorInfo, days: int) -> None:
        """Set the retention period (team leads only); logged."""
        require(who, Permission.RETENTION_MANAGE)
        with self._db.write() as s:
            AdminRepository(s).set_setting(DAYS_KEY, _days(days))
            self._log(s, who, AuditAction.RETENTION_PURGE, {"set_days": days})

    def apply_retention(self, who: ModeratorInfo | None = None,
                        days: int | None = None) -> PurgeResult:
        """Purge what is older than the period; ``who`` None is the automatic run.

        A run by a person is always logged; the automatic one only when it purged something.
        """
        if who is not None:
            require(who, Permission.RETENTION_MANAGE)
        period = _days(days) if days is not None else self.retention_days()
        now = self._now()
        cutoff = now - timedelta(days=period)
        with self._db.write() as s:
            repo = PrivacyRepository(s)
            items, about = repo.blank_items(repo.items_before(cutoff))
            entries = about + repo.blank_log_before(cutoff.isoformat(timespec="microseconds"))
            AdminRepository(s).set_setting(LAST_RUN_KEY, now.isoformat())
            logged = who is not None or bool(items or entries)
            if logged:
                self._log(s, who or SYSTEM, AuditAction.RETENTION_PURGE, {
                    "days": period, "before": cutoff.isoformat(timespec="seconds"),
                    "items": items, "log_entries": entries})
        return PurgeResult(period, cutoff, items, entries, logged)

    def daily(self) -> PurgeResult | None:
        """The automatic run (on start, and daily in the worker): at most once a day."""
        with self._db.read() as s:
            last = AdminRepository(s).get_setting(LAST_RUN_KEY)
        if last and str(last)[:10] == self._now().isoformat()[:10]:
            return None
        return self.apply_retention(None)

    def access_report(self, who: ModeratorInfo, author_key: str, out: Path) -> dict[str, Any]:
        """Write everything stored about one author to ``out`` (JSON) and ``out``.html."""
        from moderator.outfiles import refuse_special_target
        from moderator.participation.polls import poll_votes

        require(who, Permission.EXPORT_PERSONAL)
        key = _key(author_key)
        with self._db.read() as s:
            data = PrivacyRepository(s).report(key)
        data = {"author_key": key, "made_at": self._now().isoformat(),
                "retention_days": self.retention_days(), **data,
                "poll_votes": poll_votes(self._db, [i["id"] for i in data["items"]])}
        html = out.with_suffix(".html") if out.suffix.lower() != ".html" else \
            out.with_suffix(".html.html")
        for target in (out, html):
            refuse_special_target(target)
        _write(out, json.dumps(data, ensure_ascii=False, indent=2))
        _write(html, access_report_html(data))
        with self._db.write() as s:
            self._log(s, who, AuditAction.ACCESS_REPORT,
                      {"author_key": key, "items": len(data["items"])})
        return data

    def erase(self, who: ModeratorInfo, author_key: str) -> EraseResult:
        """Erase one author's texts, names and notes everywhere; logged."""
        require(who, Permission.RETENTION_MANAGE)
        key = _key(author_key)
        with self._db.write() as s:
            repo = PrivacyRepository(s)
            ids, names = repo.items_of(key), repo.names_of(key)
            if not ids:
                raise UsageError(f"no items by author {key} in this workspace")
            items, _ = repo.blank_items(ids)
            scrubbed = sum(repo.scrub_name(n) for n in names)
            self._log(s, who, AuditAction.AUTHOR_ERASE,
                      {"author_key": key, "items": items, "names_scrubbed": scrubbed})
        return EraseResult(key, items, scrubbed, compact(self._db.engine))

    def _log(self, s: Any, who: ModeratorInfo, action: str, detail: dict[str, Any]) -> None:
        AuditRepository(s).append(at=self._now(), moderator=who.name, role=who.role.value,
                                  action=action, detail=_detail(detail))


def _key(text: str) -> str:
    key = text.strip().lower()
    if not key or len(key) > 64 or not all(c in "0123456789abcdef" for c in key):
        raise UsageError(f"not an author key: {text[:70]!r} (a hexadecimal key as in "
                         "`moderator queue --json`)")
    return key


def _write(path: Path, content: str) -> None:
    from moderator.errors import CannotCreateError

    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CannotCreateError(f"cannot write {path}: {e.strerror or e}") from None
