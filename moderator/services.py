"""Small services over storage: ingest, accounts, moderators, cursors, scores, outbox."""

from __future__ import annotations

import getpass
import secrets
from datetime import timedelta
from itertools import islice
from typing import TYPE_CHECKING

from moderator.errors import UsageError
from moderator.flagging import Flagger, FlagSubject
from moderator.items import (
    AccountId,
    AccountInfo,
    IncomingItem,
    ItemId,
    ModeratorInfo,
    Platform,
    Role,
)
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.ingest_repo import (
    IngestRepository,
    IngestResult,
    live_items,
    set_flags,
)
from moderator.storage.scores_repo import ScoresRepository
from moderator.storage.work_repo import OutboxEntry, WorkRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from datetime import datetime

    from moderator.storage.uow import Database

SALT_KEY = "author_key_salt"


class IngestService:
    """Idempotent upsert of incoming items, with house-rule flags, in batches."""

    def __init__(self, db: Database, flagger: Callable[[], Flagger]) -> None:
        self._db = db
        self._flagger = flagger
        self._salt: bytes | None = None

    def salt(self) -> bytes:
        """The workspace's secret for pseudonymous author keys (made on first use)."""
        if self._salt is None:
            with self._db.write() as s:
                admin = AdminRepository(s)
                value = admin.get_setting(SALT_KEY)
                if value is None:
                    value = secrets.token_hex(32)
                    admin.set_setting(SALT_KEY, value)
            self._salt = bytes.fromhex(str(value))
        return self._salt

    def upsert(self, items: Iterable[IncomingItem], *,
               cursor: tuple[AccountId, str] | None = None,
               batch_size: int = 2000) -> IngestResult:
        """Store items in batches; each batch commits whole or not at all.

        With ``cursor`` the whole call is one transaction, so the account's cursor can
        never be ahead of the items it covers (a crash resumes without loss).
        """
        salt, flagger, total = self.salt(), self._flagger(), IngestResult()
        it = iter(items)
        if cursor is not None:
            with self._db.write() as s:
                repo = IngestRepository(s, salt, flagger)
                while batch := list(islice(it, batch_size)):
                    total += repo.upsert(batch)
                repo.set_cursor(cursor[0], cursor[1])
            return total
        while batch := list(islice(it, batch_size)):
            with self._db.write() as s:
                total += IngestRepository(s, salt, flagger).upsert(batch)
        return total


    def live_items(self, account_id: AccountId,
                   thread_external_id: str) -> list[IncomingItem]:
        """A thread's stored, not-deleted items (sync's ``ThreadIndex``)."""
        with self._db.read() as s:
            return live_items(s, account_id, thread_external_id)


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

    def remove(self, account_id: int) -> None:
        """Delete an account and everything synced from it."""
        with self._db.write() as s:
            AdminRepository(s).remove_account(account_id)


class ModeratorService:
    """Who is acting: lookup, registration, roles."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def list(self) -> list[ModeratorInfo]:
        """All moderators."""
        with self._db.read() as s:
            return AdminRepository(s).moderators()

    def get(self, name: str) -> ModeratorInfo:
        """A moderator by name."""
        with self._db.read() as s:
            found = AdminRepository(s).moderator(name)
        if found is None:
            raise UsageError(f"no moderator {name!r} in this workspace")
        return found

    def current(self, name: str | None = None) -> ModeratorInfo:
        """The acting moderator: ``name`` or the OS user, registered on first use.

        The first person in a new workspace becomes its team lead; later newcomers
        are community managers until a team lead changes their role.
        """
        name = (name or getpass.getuser() or "moderator").strip()
        with self._db.write() as s:
            admin = AdminRepository(s)
            found = admin.moderator(name)
            if found is not None:
                return found
            role = Role.COMMUNITY_MANAGER if admin.moderators() else Role.TEAM_LEAD
            return admin.add_moderator(name, role, ())

    def add(self, actor: ModeratorInfo, name: str, role: Role,
            scope: Sequence[str] = ()) -> ModeratorInfo:
        """Register a moderator (team leads only); logged."""
        from moderator.moderators import require

        require(actor, "moderators.manage")
        with self._db.write() as s:
            admin = AdminRepository(s)
            if admin.moderator(name) is not None:
                info = admin.set_moderator(name, role, tuple(scope))
            else:
                info = admin.add_moderator(name, role, tuple(scope))
            AuditRepository(s).append(
                at=self._now(), moderator=actor.name, role=actor.role.value,
                action="role_change", detail=f'{{"role":"{role.value}"}}',
                content=f"{name} scope={list(scope)}")
            return info


class CursorService:
    """Per-account sync cursors."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, account_id: int) -> str | None:
        """The stored cursor, if any."""
        with self._db.read() as s:
            return AdminRepository(s).cursor(account_id)


class ScoreService:
    """Unscored work and storing scores (re-applying rules that use toxicity)."""

    def __init__(self, db: Database, flagger: Callable[[], Flagger]) -> None:
        self._db = db
        self._flagger = flagger

    def unscored(self, model_version: str, limit: int,
                 languages: Mapping[str, str] | None = None) -> list[tuple[ItemId, str]]:
        """Items lacking a score from the model for their language, unhandled and newest first.

        ``languages`` maps a language to its model's version; ``model_version`` scores the rest.
        """
        with self._db.read() as s:
            return ScoresRepository(s).unscored(model_version, limit, languages)

    def count_unscored(self, model_version: str,
                       languages: Mapping[str, str] | None = None) -> int:
        """How many items lack a score from the model for their language."""
        with self._db.read() as s:
            return ScoresRepository(s).count_unscored(model_version, languages)

    def store(self, model_name: str, model_version: str,
              rows: list[tuple[ItemId, dict[str, float]]],
              languages: Sequence[str] | None = None) -> None:
        """Save scores (with each item's language) and re-evaluate the rules on open items."""
        with self._db.write() as s:
            repo = ScoresRepository(s)
            repo.store(model_name, model_version, rows, languages)
            texts = repo.texts([i for i, _ in rows])
            ids = [i for i, _ in rows if i in texts]
            subjects = [FlagSubject(texts[i][0], texts[i][1], texts[i][2], texts[i][3],
                                    texts[i][4], dict(sc)) for i, sc in rows if i in texts]
            for item_id, flags in zip(ids, self._flagger()(subjects), strict=True):
                set_flags(s, item_id, flags)


class OutboxService:
    """The pending platform side of actions, for the outbox executor."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        """Due pending entries, oldest first."""
        with self._db.read() as s:
            return WorkRepository(s).pending_outbox(limit, self._now())

    def lease(self, limit: int = 100, ttl: timedelta = timedelta(minutes=2)) -> list[OutboxEntry]:
        """Take due entries for sending: nobody else gets them until ``ttl`` has passed.

        Several executors (team mode) may run at once; each entry goes to one of them. An
        executor that dies leaves its leases to expire, and the entry is tried again (the
        idempotency key and the platform-state check keep that retry exactly-once).
        """
        now = self._now()
        with self._db.write() as s:
            work = WorkRepository(s)
            entries = work.pending_outbox(limit, now, lock=True)
            work.push_back_outbox([e.id for e in entries], now + ttl)
        return entries

    def outstanding(self) -> int:
        """Entries not yet sent or failed (due now or later)."""
        with self._db.read() as s:
            return WorkRepository(s).count_outbox("pending")

    def unlease(self, entry_ids: list[int]) -> None:
        """Make leased entries due again now (taken but not attempted)."""
        with self._db.write() as s:
            WorkRepository(s).push_back_outbox(entry_ids, self._now())

    def mark_sent(self, entry_id: int, platform_ref: str) -> None:
        """The platform applied it: store its answer on the action and log it."""
        self._finish(entry_id, "sent", platform_ref, None)

    def mark_failed(self, entry_id: int, reason: str) -> None:
        """Permanent failure: keep the platform's reason for the moderator."""
        self._finish(entry_id, "failed", None, reason)

    def mark_retry(self, entry_id: int, error: str, not_before: datetime) -> None:
        """Temporary failure: try again after ``not_before``."""
        with self._db.write() as s:
            row = WorkRepository(s).outbox_row(entry_id)
            row.attempts += 1
            row.last_error, row.not_before, row.updated_at = error, not_before, self._now()

    def _finish(self, entry_id: int, state: str, ref: str | None, error: str | None) -> None:
        now = self._now()
        with self._db.write() as s:
            work = WorkRepository(s)
            row = work.outbox_row(entry_id)
            if row.state != "pending":
                return  # already finished: finishing twice must not log twice
            row.state, row.platform_ref, row.last_error = state, ref, error
            row.attempts += 1
            row.updated_at = now
            action = work.action_row(row.action_id)
            action.platform_result = ref if state == "sent" else f"failed: {error}"
            item = work.item_state(row.item_id)
            AuditRepository(s).append(
                at=now, moderator="outbox", role="system", action=f"platform_{state}",
                item_ref=item.item_ref if item else "", account_id=row.account_id,
                detail=f'{{"action_id":{row.action_id},"kind":"{row.kind}"}}',
                content=error if error else None)
