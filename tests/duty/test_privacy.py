"""AVG duties on the real databases: retention, erasure without a trace, the access report."""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from moderator.actions import ActionRequest, RuleRef
from moderator.archive import export, verify_package
from moderator.audit.events import AuditAction
from moderator.audit.filter import AuditFilter
from moderator.errors import PermissionDenied, UsageError
from moderator.items import ActionKind, Role
from moderator.query import QueueQuery
from tests.helpers.cli import run_cli
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.items import ItemSummary
    from moderator.workspace import Workspace

RECENT = 14 * 24 * 60  # minutes after T0: newer than any retention period the tests set


def _rules(rule_id: str) -> RuleRef | None:
    return RuleRef("R1", "4", "Geen schelden", "Schelden is niet toegestaan.") \
        if rule_id == "R1" else None


def _texts(n: int, author: str) -> str:
    return f"Unieke tekst {n} van {author} over de rotonde bij de Dorpsstraat"


@pytest.fixture
def ws(any_ws: Workspace) -> Workspace:
    any_ws.actions.rules = _rules
    old = [make_item(n, text=_texts(n, f"a{n % 4}"), author=f"a{n % 4}") for n in range(8)]
    new = [make_item(n, text=_texts(n, f"a{n % 4}"), author=f"a{n % 4}", minutes=RECENT + n)
           for n in range(8, 12)]
    any_ws.ingest.upsert(old + new)
    me = any_ws.moderators.current("Fatima")
    for item in _items(any_ws)[:4]:
        any_ws.actions.perform(me, ActionRequest(
            ActionKind.REPLY, item.id, text=f"Dank je {item.author_name}, we kijken ernaar"))
    hide = next(i for i in _items(any_ws) if i.status.value != "handled")
    any_ws.actions.perform(me, ActionRequest(ActionKind.HIDE, hide.id, rule_id="R1"))
    return any_ws


def _items(ws: Workspace) -> list[ItemSummary]:
    return ws.queue.page(QueueQuery(all_statuses=True), limit=100).items


def test_retention_purges_and_log_and_archive_still_verify(ws: Workspace,
                                                           tmp_path: Path) -> None:
    before = ws.audit.verify()
    assert before.ok
    result = ws.privacy.apply_retention(ws.moderators.current("Fatima"), days=5)
    assert result.items == 8 and result.logged
    items = _items(ws)
    old = [i for i in items if "van" not in i.text]
    assert len(old) == 8 and all(i.text == "" and i.author_name == "" for i in old)
    assert all(i.author_key for i in old)  # the pseudonymous key stays
    assert sum(1 for i in items if i.text.startswith("Unieke")) == 4
    check = ws.audit.verify()
    assert check.ok and check.count == before.count + 1
    last = ws.audit.entries(AuditFilter(), limit=1)[0]
    assert last.action == AuditAction.RETENTION_PURGE and '"items":8' in last.detail
    # the log keeps what was done, by whom, under which rule; personal content is gone
    hides = [e for e in ws.audit.entries(AuditFilter(), limit=100) if e.action == "hide"]
    assert hides and hides[0].rule_id == "R1" and hides[0].moderator == "Fatima"
    assert all(e.content is None for e in hides)
    pkg = export(ws, tmp_path / "pakket.zip")
    assert verify_package(pkg.path).entries == check.count
    with zipfile.ZipFile(pkg.path) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"Unieke tekst 0 " not in everything and b"Dank je Auteur" not in everything
    # the automatic daily run does nothing more today and does not log an empty purge
    assert ws.privacy.daily() is None


def _scan(ws: Workspace, needles: list[str]) -> list[str]:
    """Needles found in the raw database files (SQLite) or anywhere in the tables (PostgreSQL)."""
    if ws.directory is not None:
        blobs = [p.read_bytes() for p in ws.directory.iterdir() if p.is_file()]
        return [n for n in needles if any(n.encode() in b for b in blobs)]
    found = []
    with ws.db.engine.connect() as c:
        tables = [r[0] for r in c.execute(text(
            "select table_name from information_schema.tables where table_schema='public'"))]
        for n in needles:
            for t in tables:
                hit = c.execute(text(f'select 1 from "{t}" x where x::text like :p limit 1'),
                                {"p": f"%{n}%"}).first()
                if hit:
                    found.append(f"{n} in {t}")
    return found


def test_erasure_leaves_no_trace_and_the_log_verifies(ws: Workspace) -> None:
    victim = next(i for i in _items(ws) if i.author_name == "Auteur a1")
    theirs = [i for i in _items(ws) if i.author_key == victim.author_key]
    needles = [i.text for i in theirs] + ["Auteur a1"]
    assert len(theirs) == 3 and not _scan(ws, ["no such text here"])
    assert _scan(ws, needles)  # present before
    result = ws.privacy.erase(ws.moderators.current("Fatima"), victim.author_key)
    assert result.items == 3
    assert _scan(ws, needles) == []
    assert ws.audit.verify().ok
    others = [i for i in _items(ws) if i.author_key != victim.author_key]
    assert all(i.text.startswith("Unieke") for i in others)
    erased = [i for i in _items(ws) if i.author_key == victim.author_key]
    assert all(i.text == "" and i.author_name == "" for i in erased)


def test_access_report_lists_exactly_that_author(ws: Workspace, tmp_path: Path) -> None:
    victim = next(i for i in _items(ws) if i.author_name == "Auteur a2")
    theirs = {i.id for i in _items(ws) if i.author_key == victim.author_key}
    out = tmp_path / "inzage.json"
    data = ws.privacy.access_report(ws.moderators.current("Fatima"), victim.author_key, out)
    assert {i["id"] for i in data["items"]} == theirs
    acted_on = {i.id for i in _items(ws) if i.status.value in ("handled", "hidden")}
    assert {a["item_id"] for a in data["actions"]} == theirs & acted_on
    assert len(data["log"]) == len(data["actions"])
    saved = out.read_text(encoding="utf-8")
    others = [i.text for i in _items(ws) if i.author_key != victim.author_key]
    assert all(t not in saved for t in others)
    assert all(json.dumps(i["text"], ensure_ascii=False)[1:-1] in saved for i in data["items"])
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    assert "inzageverzoek" in html and victim.text in html
    assert ws.audit.verify().ok


def test_only_a_team_lead_erases_and_only_with_a_key(ws: Workspace) -> None:
    lead = ws.moderators.current("Fatima")
    cm = ws.moderators.add(lead, "Sanne", Role.COMMUNITY_MANAGER)
    key = _items(ws)[0].author_key
    with pytest.raises(PermissionDenied):
        ws.privacy.erase(cm, key)
    with pytest.raises(UsageError):
        ws.privacy.erase(lead, "not-a-key")
    with pytest.raises(UsageError):
        ws.privacy.erase(lead, "0" * 20)


def test_cli_erase_needs_yes_and_retention_reports(tmp_path: Path) -> None:
    w = str(tmp_path / "w")
    from moderator.workspace import Workspace

    with Workspace.open(workspace=w) as ws:
        ws.ingest.upsert([make_item(1), make_item(2)])
        key = _items(ws)[0].author_key
    r = run_cli("author", "erase", key, "--workspace", w)
    assert r.returncode == 2 and "--yes" in r.stderr
    r = run_cli("retention", "apply", "--days", "3", "--workspace", w)
    assert r.returncode == 0 and "purged 2 items" in r.stdout, r.stderr
    r = run_cli("audit", "verify", "--workspace", w)
    assert r.returncode == 0, r.stderr


def test_worker_runs_the_daily_purge(tmp_path: Path) -> None:
    import subprocess
    import sys

    from moderator.workspace import Workspace
    from tests.helpers.cli import ROOT

    w = tmp_path / "w"
    with Workspace.open(workspace=w) as ws:
        ws.ingest.upsert([make_item(1)])  # in November 2026: older than a short period
        ws.privacy.set_retention_days(ws.moderators.current("Fatima"), 1)
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "moderator.worker", "retention", "--workspace", str(w)]
    first = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
    assert json.loads(first.stdout.splitlines()[-1]) == {"result": {"ran": True, "items": 1}}
    again = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
    assert json.loads(again.stdout.splitlines()[-1]) == {"result": {"ran": False, "items": 0}}
