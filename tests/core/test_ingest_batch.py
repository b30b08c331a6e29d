"""What the batched SQLite insert path must keep exactly as the ORM and triggers would."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import text

from moderator.items import ItemKind, Platform
from moderator.query import QueueQuery
from moderator.storage.migrate import HEAD
from moderator.workspace import Workspace
from tests.helpers.workspaces import make_item

ALL = QueueQuery(all_statuses=True)
_KEY = "status, platform, account_id, kind"


def _counts(ws: Workspace) -> tuple[dict[tuple[str, str, int, str], int], ...]:
    with ws.db.engine.connect() as c:
        kept = {tuple(r[:4]): r[4] for r in c.execute(
            text(f"SELECT {_KEY}, n FROM item_counts WHERE n <> 0"))}
        real = {tuple(r[:4]): r[4] for r in c.execute(
            text(f"SELECT {_KEY}, count(*) FROM items GROUP BY {_KEY}"))}
    return kept, real


def test_item_counts_match_the_items_through_new_edited_hidden_and_deleted(
        any_ws: Workspace) -> None:
    mixed = [make_item(n, platform=(Platform.FACEBOOK, Platform.X)[n % 2],
                       kind=(ItemKind.COMMENT, ItemKind.REPLY, ItemKind.DM)[n % 3],
                       account=f"acc{n % 4}") for n in range(120)]
    any_ws.ingest.upsert(mixed, batch_size=50)
    kept, real = _counts(any_ws)
    assert kept == real and sum(real.values()) == 120
    any_ws.ingest.upsert([make_item(1, text="nieuw", account="acc1", platform=Platform.X,
                                    kind=ItemKind.REPLY),
                          make_item(2, hidden=True, account="acc2", kind=ItemKind.DM),
                          make_item(3, deleted=True, account="acc3", platform=Platform.X),
                          make_item(500, account="acc9")])
    kept, real = _counts(any_ws)
    assert kept == real and sum(real.values()) == 121
    assert any_ws.queue.count(ALL) == 121


def test_stored_times_are_utc_text_as_sqlalchemy_writes_them(sqlite_ws: Workspace) -> None:
    cest = timezone(timedelta(hours=2))
    item = make_item(1)
    item = type(item)(**{**{f: getattr(item, f) for f in item.__slots__},
                         "created_at": datetime(2026, 7, 1, 12, 0, 0, tzinfo=cest)})
    sqlite_ws.ingest.upsert([item, make_item(2, minutes=0)])
    with sqlite_ws.db.engine.connect() as c:
        stored = c.execute(text("SELECT external_id, created_at FROM items ORDER BY id")).all()
    assert stored == [("c1", "2026-07-01 10:00:00.000000"), ("c2", "2026-11-20 09:00:00.000000")]
    got = {i.text: i.created_at for i in sqlite_ws.queue.page(ALL).items}
    assert got["reactie nummer 1"] == datetime(2026, 7, 1, 10, tzinfo=UTC)
    since = sqlite_ws.queue.count(QueueQuery(all_statuses=True,
                                             since=datetime(2026, 7, 1, 10, tzinfo=UTC)))
    assert since == 2


def test_migration_down_and_up_keeps_counts_and_search(any_ws: Workspace) -> None:
    from alembic import command
    from alembic.config import Config

    any_ws.ingest.upsert([make_item(n) for n in range(10)])

    def _run(step: str) -> None:
        with any_ws.db.engine.begin() as conn:
            cfg = Config(stdout=io.StringIO())
            cfg.set_main_option("script_location", "moderator/storage/migrations")
            cfg.attributes["connection"] = conn
            (command.upgrade if step == "head" else command.downgrade)(cfg, step)
        # Pooled SQLite connections may keep the old table shape after a DROP COLUMN.
        any_ws.db.engine.dispose()

    _run("b7c1d2e3f4a5")  # to before af67a93a6430, which dropped the per-row insert trigger
    if any_ws.db.dialect == "sqlite":
        with any_ws.db.engine.begin() as c:  # the old per-row trigger counts this insert
            c.execute(text("INSERT INTO items SELECT id + 100, account_id, thread_id, platform, "
                           "external_id || 'x', parent_external_id, kind, text, text_hash, "
                           "author_name, author_key, created_at, permalink, status, is_open, "
                           "sort_sev, sort_tox, toxicity, hidden_on_platform, "
                           "deleted_on_platform, claimed_by, claim_expires_at, revision, purged "
                           "FROM items WHERE id = 1"))
            c.execute(text("INSERT INTO items_fts(rowid, text) VALUES (101, 'reactie')"))
    _run("head")
    with any_ws.db.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    kept, real = _counts(any_ws)
    assert kept == real
    any_ws.ingest.upsert([make_item(n) for n in range(20, 25)])
    kept, real = _counts(any_ws)
    assert kept == real
    assert any_ws.queue.count(QueueQuery(text="reactie", all_statuses=True)) == sum(real.values())
