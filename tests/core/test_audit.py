from __future__ import annotations

import csv
import json
import sqlite3
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from moderator.actions import ActionRequest
from moderator.items import ActionKind
from moderator.query import QueueQuery
from moderator.workspace import Workspace
from tests.helpers.cli import run_cli
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from pathlib import Path


def _workspace_with_log(path: Path, n: int = 6) -> Path:
    with Workspace.open(workspace=path) as ws:
        ws.ingest.upsert([make_item(i) for i in range(n)])
        me = ws.moderators.current("Sanne")
        for item in ws.queue.page(QueueQuery()).items:
            ws.actions.perform(me, ActionRequest(ActionKind.NOTE, item.id, text=f"noot {item.id}"))
    return path


def _tamper(path: Path, *sql: str) -> None:
    # An attacker with the file can drop the append-only triggers first.
    db = sqlite3.connect(path / "moderator.db")
    db.execute("DROP TRIGGER audit_no_update")
    db.execute("DROP TRIGGER audit_no_delete")
    for s in sql:
        db.execute(s)
    db.commit()
    db.close()


@pytest.mark.parametrize("parallel", ["1", "1000000"], ids=["two-processes", "one-walk"])
def test_verify_ok_prints_count_and_head(tmp_path: Path, parallel: str) -> None:
    ws = _workspace_with_log(tmp_path / "w")
    r = run_cli("audit", "verify", "--workspace", str(ws),
                env={"MODERATOR_VERIFY_PARALLEL_MIN": parallel})
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK 6 entries, head 6:")


@pytest.mark.parametrize(("sql", "entry", "why"), [
    (["UPDATE audit_entries SET moderator='Iemand anders' WHERE seq=3"], 3, "altered"),
    (["UPDATE audit_entries SET content='{\"text\":\"anders\"}' WHERE seq=2"], 2, "content"),
    (["DELETE FROM audit_entries WHERE seq=4"], 4, "missing"),
    (["UPDATE audit_entries SET seq=-2 WHERE seq=2", "UPDATE audit_entries SET seq=2 WHERE seq=3",
      "UPDATE audit_entries SET seq=3 WHERE seq=-2"], 2, "does not follow"),
    (["DELETE FROM audit_entries WHERE seq>=5"], 5, "missing"),
])
@pytest.mark.parametrize("parallel", ["1", "1000000"], ids=["two-processes", "one-walk"])
def test_tampering_is_detected_and_names_the_entry(tmp_path: Path, sql: list[str], entry: int,
                                                   why: str, parallel: str) -> None:
    ws = _workspace_with_log(tmp_path / "w")
    _tamper(ws, *sql)
    r = run_cli("audit", "verify", "--workspace", str(ws),
                env={"MODERATOR_VERIFY_PARALLEL_MIN": parallel})
    assert r.returncode == 3
    assert f"BROKEN at entry {entry}" in r.stderr and why in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_cutting_off_the_head_and_settings_is_caught_by_an_export_head(tmp_path: Path) -> None:
    ws = _workspace_with_log(tmp_path / "w")
    exported = tmp_path / "log.jsonl"
    newcomer = run_cli("audit", "export", "--workspace", str(ws), "--as", "Bram",
                       "--format", "jsonl", "--out", str(exported))
    assert newcomer.returncode == 77 and "mag dit niet" in newcomer.stderr  # not a team lead
    lead = run_cli("audit", "export", "--workspace", str(ws), "--as", "Sanne", "--format",
                   "jsonl", "--out", str(exported))
    assert lead.returncode == 0, lead.stderr
    with Workspace.open(workspace=ws) as w:
        head = str(w.audit.head())
    # The attacker removes the newest entries (the 6 notes, then Bram's logged refusal)
    # AND rewrites the recorded head.
    _tamper(ws, "DELETE FROM audit_entries WHERE seq>=6",
            "UPDATE settings SET value=(SELECT json_object('seq', seq, 'hash', hash) "
            "FROM audit_entries WHERE seq=5) WHERE key='audit_head'")
    assert run_cli("audit", "verify", "--workspace", str(ws)).returncode == 0
    r = run_cli("audit", "verify", "--workspace", str(ws), "--head", head)
    assert r.returncode == 3 and "entries 6..7 are missing" in r.stderr


def test_export_csv_for_dutch_excel_and_jsonl_with_head(tmp_path: Path) -> None:
    path = tmp_path / "w"
    with Workspace.open(workspace=path) as ws:
        ws.moderators.current("Fatima")  # first moderator: team lead
        ws.ingest.upsert([make_item(1, text="Geen mening; wel “aanhalingstekens”")])
        item = ws.queue.page(QueueQuery()).items[0].id
        ws.actions.perform(ws.moderators.current("Fatima"),
                           ActionRequest(ActionKind.REPLY, item, text="Dank je; we kijken ernaar"))
    out = tmp_path / "log.csv"
    r = run_cli("audit", "export", "--workspace", str(path), "--as", "Fatima", "--out", str(out))
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:5] == ["seq", "at", "moderator", "role", "action"]
    assert rows[1][4] == "reply" and rows[1][11] == ""  # personal content left out
    jl = tmp_path / "log.jsonl"
    run_cli("audit", "export", "--workspace", str(path), "--as", "Fatima", "--format", "jsonl",
            "--out", str(jl), "--with-content")
    lines = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    assert "Dank je; we kijken ernaar" in lines[0]["content"]
    assert lines[-1]["head"].startswith("1:")


def test_purging_content_keeps_the_chain_valid(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(1)])
    me = any_ws.moderators.current("Sanne")
    item = any_ws.queue.page(QueueQuery()).items[0].id
    any_ws.actions.perform(me, ActionRequest(ActionKind.REPLY, item, text="Hoi Auteur 1!"))
    from moderator.storage.audit_repo import AuditRepository

    with any_ws.db.write() as s:
        assert AuditRepository(s).purge_content([1]) == 1
    assert any_ws.audit.verify().ok


@pytest.mark.postgres
def test_postgres_refuses_update_and_delete_of_audit_rows(pg_url: str) -> None:
    with Workspace.open(database=pg_url) as ws:
        ws.ingest.upsert([make_item(1)])
        item = ws.queue.page(QueueQuery()).items[0].id
        ws.actions.perform(ws.moderators.current("S"), ActionRequest(ActionKind.HANDLE, item))
        for stmt in ["DELETE FROM audit_entries", "UPDATE audit_entries SET action='x'",
                     "TRUNCATE audit_entries"]:
            with pytest.raises(Exception, match="append-only"), ws.db.engine.begin() as c:
                c.execute(text(stmt))
        assert ws.audit.verify().ok
