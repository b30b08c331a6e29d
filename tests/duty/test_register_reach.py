"""The input register, representativeness and the statements-of-reasons report."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest, RuleRef
from moderator.audit.filter import AuditFilter
from moderator.errors import PermissionDenied, UsageError
from moderator.items import ActionKind, Platform, Role
from moderator.participation.reach import half_from, reading, top_share
from moderator.participation.transparency import write_report
from moderator.query import QueueQuery
from tests.helpers.workspaces import T0, make_item

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.workspace import Workspace


@pytest.fixture
def ws(any_ws: Workspace) -> Workspace:
    any_ws.accounts.add(Platform.FACEBOOK, "Pagina", "page1", "Plein")
    any_ws.accounts.add(Platform.X, "Tijdlijn", "xacc", "Plein")
    # 20 comments: author u0 writes 8, u1 4, eight others 1 each; two on X
    authors = ["0"] * 8 + ["1"] * 4 + [str(n) for n in range(2, 10)]
    items = [make_item(n, author=a, text=f"Idee {n} voor het plein") for n, a in
             enumerate(authors)]
    items += [make_item(30 + n, author=f"x{n}", platform=Platform.X, account="xacc",
                        thread="t2") for n in range(2)]
    any_ws.ingest.upsert(items)
    return any_ws


def _ids(ws: Workspace) -> list[int]:
    return [i.id for i in ws.queue.page(QueueQuery(all_statuses=True), limit=100).items]


def test_register_marks_feedback_and_counts(ws: Workspace, tmp_path: Path) -> None:
    me = ws.moderators.current("Fatima")
    assert ws.register.add_topic("Plein", "Groen") and ws.register.add_topic("Plein", "Spelen")
    assert not ws.register.add_topic("Plein", "Groen")
    a, b, c = _ids(ws)[:3]
    ws.register.mark(me, a, ["Groen", "Spelen"])
    ws.register.mark(me, b, ["Groen"])
    ws.register.mark(me, c, ["Spelen"])
    with pytest.raises(UsageError, match="unknown topic"):
        ws.register.mark(me, c, ["Parkeren"])
    ws.register.feedback(me, b, "Meegenomen in het ontwerp", link="https://example.org/x")
    view = ws.register.view("Plein")
    assert view.topic_counts == {"Groen": 2, "Spelen": 2}
    assert {e.item_id for e in view.waiting} == {a, c}
    assert [e.feedback for e in view.answered] == ["Meegenomen in het ontwerp"]
    out = tmp_path / "register.csv"
    assert ws.register.export(me, out, "csv", "Plein") == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = [line.split(";") for line in raw.decode("utf-8-sig").splitlines()]
    assert rows[0][:3] == ["item_id", "project", "platform"]
    assert "Auteur" not in raw.decode("utf-8-sig")  # pseudonymised by default
    jsonl = tmp_path / "register.jsonl"
    ws.register.export(me, jsonl, "jsonl", names=True)
    assert all(json.loads(x)["author"].startswith("Auteur")
               for x in jsonl.read_text(encoding="utf-8").splitlines())
    logged = ws.audit.entries(AuditFilter(), limit=1)[0]
    assert logged.action == "export_personal" and '"rows":3' in logged.detail
    cm = ws.moderators.add(me, "Sanne", Role.COMMUNITY_MANAGER)
    with pytest.raises(PermissionDenied):
        ws.register.export(cm, jsonl, "jsonl", names=True)
    outsider = ws.moderators.add(me, "Piet", Role.EXTERNAL_MODERATOR, ["project:Elders"])
    with pytest.raises(PermissionDenied):
        ws.register.mark(outsider, c, ["Groen"])


def test_shares_and_reading() -> None:
    counts = [8, 4, 1, 1, 1, 1, 1, 1, 1, 1]
    assert top_share(counts, 0.10) == pytest.approx(8 / 20)
    assert half_from(counts) == 2 and half_from([]) == 0
    assert top_share([], 0.1) == 0.0


def test_reach_per_project_and_period(ws: Workspace) -> None:
    r = ws.reach.reach(T0 - timedelta(days=1), T0 + timedelta(days=1), "Plein")
    assert r.comments == 22 and r.authors == 12
    assert r.half_from == 2  # 8 + 4 of 22 comments come from two people
    assert r.repeat_authors == 2 and r.repeat_share == pytest.approx(12 / 22)
    assert r.platforms == {"facebook": (20, 10), "x": (2, 2)}
    assert sum(n for _, n in r.new_per_week) == 12
    text = reading(r)
    assert "De helft van de reacties komt van 2 mensen." in text
    empty = ws.reach.reach(T0 + timedelta(days=5), T0 + timedelta(days=6), "Plein")
    assert empty.comments == 0 and "geen reacties" in reading(empty)


def test_statements_of_reasons(ws: Workspace, tmp_path: Path) -> None:
    ws.actions.rules = lambda rid: RuleRef(rid, "1.1", "Geen schelden", "Houd het netjes.") \
        if rid == "NL-SCHELDEN" else None
    me = ws.moderators.current("Fatima")
    first = _ids(ws)[0]
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, first, rule_id="NL-SCHELDEN"))
    out = tmp_path / "verklaringen.jsonl"
    total = write_report(ws.db, out, "jsonl", None, None)
    assert total["statements"] == 1 and total["per_rule"] == {"NL-SCHELDEN": 1}
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["rule_id"] == "NL-SCHELDEN" and lines[0]["ruleset_version"] == "1.1"
    assert lines[0]["moderator_role"] == "team_lead" and "summary" in lines[-1]
