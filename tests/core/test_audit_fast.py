"""The SQLite verify fast path agrees with the reference chain code, and never trusts itself."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from moderator.audit.chain import GENESIS, Head, content_digest, entry_hash
from moderator.audit.verify import verify_parallel, verify_sqlite, walk
from moderator.storage.audit_repo import AuditRepository
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path

TRICKY = ['a"b\\c', "\n\t\r\b\f", "\x01\x1f\x7f", "é🙂\u2028\u2029 zéér", "x\x00y", "<>&'/", ""]


def _log(path: Path, n: int = 8) -> Path:
    with Workspace.open(workspace=path) as ws, ws.db.write() as s:
        repo = AuditRepository(s)
        for i in range(n):
            odd = TRICKY[i % len(TRICKY)]
            repo.append(at=datetime(2026, 1, 1, 12, i, tzinfo=UTC), moderator=f"Sanne {odd}",
                        role="team_lead", action="reply", item_ref=f"x:1:{odd}",
                        account_id=None if i % 2 else 7, detail=f'{{"t":"{i}"}}',
                        content=f"Hoi {odd}" if i % 3 else None)
    return path / "moderator.db"


def _raw(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER audit_no_update")
    con.execute("DROP TRIGGER audit_no_delete")
    return con


def test_sqlite_serialises_entries_byte_for_byte_like_the_writer(tmp_path: Path) -> None:
    con = sqlite3.connect(_log(tmp_path / "w"))
    rows = con.execute(
        "SELECT hash, CAST(json_array(seq, at, moderator, role, action, item_ref, account_id, "
        "rule_id, ruleset_version, detail, content_digest, prev_hash) AS BLOB), "
        "seq, at, moderator, role, action, item_ref, account_id, rule_id, ruleset_version, "
        "detail, content_digest, prev_hash FROM audit_entries ORDER BY seq").fetchall()
    assert len(rows) == 8
    for h, canonical, seq, *f in rows:
        assert hashlib.sha256(canonical).hexdigest() == h
        assert entry_hash(seq, at=f[0], moderator=f[1], role=f[2], action=f[3], item_ref=f[4],
                          account_id=f[5], rule_id=f[6], ruleset_version=f[7], detail=f[8],
                          digest=f[9], prev_hash=f[10]) == h


def test_a_sqlite_that_serialises_differently_is_checked_by_the_reference(
        tmp_path: Path) -> None:
    db = _log(tmp_path / "w")
    con = sqlite3.connect(db)
    # Shadow the built-in with one that writes other bytes: every fast check now fails.
    con.create_function("json_array", 12, lambda *a: "not the canonical form")
    result = verify_sqlite(con, 8, None)
    assert result.ok and result.count == 8
    raw = _raw(db)
    raw.execute("UPDATE audit_entries SET role='viewer' WHERE seq=5")
    raw.commit()
    broken = verify_sqlite(con, 8, None)
    assert (broken.ok, broken.broken_seq, broken.count) == (False, 5, 4)
    assert "altered" in broken.reason


@pytest.mark.parametrize("seq", [0, -7])
def test_a_row_slipped_in_before_entry_one_is_caught(tmp_path: Path, seq: int) -> None:
    db = _log(tmp_path / "w")
    raw = _raw(db)
    raw.execute("INSERT INTO audit_entries SELECT ?, at, moderator, role, action, item_ref, "
                "account_id, rule_id, ruleset_version, detail, content_digest, content, "
                "prev_hash, hash FROM audit_entries WHERE seq = 1", (seq,))
    raw.commit()
    for result in (verify_sqlite(sqlite3.connect(db), 8, None),
                   verify_parallel(db, 8, None, workers=2)):
        assert not result.ok
        assert f"entry {seq} appears out of order" in result.reason


def test_blanked_content_and_empty_fields_verify(tmp_path: Path) -> None:
    db = _log(tmp_path / "w")
    raw = _raw(db)
    raw.execute("UPDATE audit_entries SET content=NULL WHERE seq IN (2, 4)")
    raw.commit()
    con = sqlite3.connect(db)
    assert verify_sqlite(con, 8, None).ok
    head = con.execute("SELECT seq, hash FROM audit_entries WHERE seq = 6").fetchone()
    assert verify_sqlite(con, 8, Head(*head), exact=False).ok
    assert not verify_sqlite(con, 8, Head(6, GENESIS), exact=False).ok
    assert content_digest("") == "" and content_digest(None) == ""


def test_a_range_walk_joins_at_its_start_hash(tmp_path: Path) -> None:
    db = _log(tmp_path / "w")
    con = sqlite3.connect(db)
    h4 = con.execute("SELECT hash FROM audit_entries WHERE seq = 4").fetchone()[0]
    r = walk(con, 5, 8, Head(4, h4))
    assert r.ok and r.count == 4 and r.head is not None and r.head.seq == 8
    wrong = walk(con, 5, 8, Head(4, GENESIS))
    assert (wrong.ok, wrong.broken_seq) == (False, 5) and "does not follow" in wrong.reason
