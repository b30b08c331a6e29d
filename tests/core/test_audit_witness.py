"""A forger with database access rewrites or cuts the chain and fixes every hash and the
head in the settings: the log is then internally consistent. A machine that verified
before still catches it (its witnessed head), and so does a sign-off file anywhere."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from moderator.actions import ActionRequest
from moderator.audit.chain import AuditEntry, Head, hash_of
from moderator.items import ActionKind
from moderator.query import QueueQuery
from moderator.storage.audit_repo import AuditRepository
from tests.helpers.cli import run_cli
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.workspace import Workspace


def _fill(ws: Workspace, n: int = 8) -> None:
    ws.ingest.upsert([make_item(i) for i in range(n)])
    me = ws.moderators.current("Fatima")
    for item in ws.queue.page(QueueQuery()).items:
        ws.actions.perform(me, ActionRequest(ActionKind.NOTE, item.id, text=f"noot {item.id}"))


def _forge(ws: Workspace, *, rewrite_from: int | None = None, cut_after: int | None = None,
           ) -> None:
    """What a superuser can do: bypass the triggers, change or drop entries, then re-hash
    everything after the change and move the recorded head to match."""
    with ws.db.engine.begin() as c:
        pg = ws.db.dialect == "postgresql"
        if pg:
            c.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER ALL"))
            c.execute(text("ALTER TABLE settings DISABLE TRIGGER ALL"))
        else:
            c.execute(text("DROP TRIGGER audit_no_update"))
            c.execute(text("DROP TRIGGER audit_no_delete"))
        if cut_after is not None:
            c.execute(text("DELETE FROM audit_entries WHERE seq > :n"), {"n": cut_after})
        if rewrite_from is not None:
            c.execute(text("UPDATE audit_entries SET detail = :d WHERE seq = :n"),
                      {"d": '{"vervalst":1}', "n": rewrite_from})
        cols = ", ".join(AuditEntry._fields)
        rows = [AuditEntry._make(r) for r in c.execute(
            text(f"SELECT {cols} FROM audit_entries ORDER BY seq"))]
        prev = "0" * 64
        for e in rows:
            fixed = e._replace(prev_hash=prev)
            fixed = fixed._replace(hash=hash_of(fixed))
            c.execute(text("UPDATE audit_entries SET prev_hash = :p, hash = :h WHERE seq = :s"),
                      {"p": fixed.prev_hash, "h": fixed.hash, "s": e.seq})
            prev = fixed.hash
        head = json.dumps({"seq": rows[-1].seq, "hash": prev})
        c.execute(text("UPDATE settings SET value = :v WHERE key = 'audit_head'"), {"v": head})
        if pg:
            c.execute(text("ALTER TABLE audit_entries ENABLE TRIGGER ALL"))
            c.execute(text("ALTER TABLE settings ENABLE TRIGGER ALL"))


def _where(ws: Workspace) -> list[str]:
    return (["--database", ws.url] if ws.directory is None
            else ["--workspace", str(ws.directory)])


@pytest.mark.parametrize("forgery", [{"rewrite_from": 3}, {"cut_after": 5}],
                         ids=["rewritten", "truncated"])
def test_a_consistent_forgery_is_caught_by_witness_and_sign_off(any_ws: Workspace,
                                                                tmp_path: Path,
                                                                forgery: dict[str, int]) -> None:
    _fill(any_ws)
    before = run_cli("audit", "verify", *_where(any_ws))  # this machine witnesses the head
    assert before.returncode == 0, before.stderr
    signoff = tmp_path / "signoff.json"
    signed = run_cli("audit", "signoff", "--out", str(signoff), *_where(any_ws),
                     *(["--as", "Fatima"] if any_ws.directory else []))
    assert signed.returncode == 0, signed.stderr
    assert json.loads(signoff.read_text(encoding="utf-8"))["head"].startswith("9:")
    _forge(any_ws, **forgery)
    # The chain on its own is consistent again: a machine that never saw it says OK...
    elsewhere = {"XDG_CONFIG_HOME": str(tmp_path / "elsewhere")}
    assert run_cli("audit", "verify", *_where(any_ws), env=elsewhere).returncode == 0
    # ...but not this machine, and not anyone holding the sign-off file.
    here = run_cli("audit", "verify", *_where(any_ws))
    assert here.returncode == 3 and "this machine" in here.stderr, here.stderr
    anywhere = run_cli("audit", "verify", *_where(any_ws), "--head", str(signoff),
                       env={"XDG_CONFIG_HOME": str(tmp_path / "third")})
    assert anywhere.returncode == 3 and "sign-off" in anywhere.stderr, anywhere.stderr
    assert ("truncated" if "cut_after" in forgery else "rewritten") in anywhere.stderr
    # The quick start-up check (the app's tamper alarm) agrees.
    assert not any_ws.audit.check_witness().ok


def test_an_older_head_never_weakens_verify(any_ws: Workspace, tmp_path: Path) -> None:
    """--head of an older sign-off adds a check: a cut the settings head sees still fails."""
    _fill(any_ws)
    old = any_ws.audit.head()
    assert old is not None
    with any_ws.db.engine.begin() as c:
        if any_ws.db.dialect == "postgresql":
            c.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER ALL"))
        else:
            c.execute(text("DROP TRIGGER audit_no_delete"))
        c.execute(text("DELETE FROM audit_entries WHERE seq > 6"))
        if any_ws.db.dialect == "postgresql":
            c.execute(text("ALTER TABLE audit_entries ENABLE TRIGGER ALL"))
    r = run_cli("audit", "verify", *_where(any_ws), "--head", "3:" + _hash_at(any_ws, 3),
                env={"XDG_CONFIG_HOME": str(tmp_path / "fresh")})
    assert r.returncode == 3 and "missing" in r.stderr, r.stderr


def _hash_at(ws: Workspace, seq: int) -> str:
    with ws.db.read() as s:
        h = AuditRepository(s).hash_at(seq)
    assert h is not None
    return h


def test_the_witness_lives_in_the_users_settings_folder(sqlite_ws: Workspace) -> None:
    _fill(sqlite_ws, 2)
    result = sqlite_ws.audit.verify()
    assert result.ok and result.head is not None
    assert sqlite_ws.audit.witnessed() == Head(result.head.seq, result.head.hash)
    assert str(sqlite_ws.audit.witness.path).startswith(os.environ["XDG_CONFIG_HOME"])
