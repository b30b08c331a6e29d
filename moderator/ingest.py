"""Ingest: idempotent upsert of incoming items with their house-rule flags, in batches."""

from __future__ import annotations

import secrets
from itertools import islice
from typing import TYPE_CHECKING

from moderator.storage.admin_repo import AdminRepository
from moderator.storage.ingest_repo import IngestRepository, IngestResult, live_items

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from moderator.flagging import Flagger
    from moderator.items import AccountId, IncomingItem
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
               batch_size: int = 2000,
               on_batch: Callable[[IngestResult], None] | None = None) -> IngestResult:
        """Store items in batches; each batch commits whole or not at all.

        ``items`` is consumed lazily, one batch at a time (a file import streams through
        here), and ``on_batch`` hears each batch's counts once it is committed. With
        ``cursor`` the whole call is one transaction, so the account's cursor can never be
        ahead of the items it covers (a crash resumes without loss); ``on_batch`` then
        hears the total once, after that commit.
        """
        salt, flagger, total = self.salt(), self._flagger(), IngestResult()
        it = iter(items)
        if cursor is not None:
            with self._db.write() as s:
                repo = IngestRepository(s, salt, flagger)
                while batch := list(islice(it, batch_size)):
                    total += repo.upsert(batch)
                repo.set_cursor(cursor[0], cursor[1])
            if on_batch is not None:
                on_batch(total)
            return total
        while batch := list(islice(it, batch_size)):
            with self._db.write() as s:
                counts = IngestRepository(s, salt, flagger).upsert(batch)
            del batch  # the next batch is read while this one can go
            total += counts
            if on_batch is not None:
                on_batch(counts)
        return total

    def live_items(self, account_id: AccountId,
                   thread_external_id: str) -> list[IncomingItem]:
        """A thread's stored, not-deleted items (sync's ``ThreadIndex``)."""
        with self._db.read() as s:
            return live_items(s, account_id, thread_external_id)
