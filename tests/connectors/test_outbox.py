from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest as Command
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.items import ActionKind, Platform
from moderator.outbox.executor import OutboxExecutor
from moderator.sync import SyncService
from moderator.workspace import Workspace
from tests.connectors.conftest import TOKEN, populate_graph
from tests.connectors.wsutil import stored

if TYPE_CHECKING:
    from pathlib import Path

    from tests.fakes.graph import GraphApp
    from tests.fakes.server import FakeServer


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = Workspace.open(workspace=tmp_path / "ws")
    yield w  # type: ignore[misc]
    w.close()


@pytest.mark.slow
def test_1000_actions_exactly_once_against_30_percent_failures(
        ws: Workspace, graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=10, per_post=100)
    acc = ws.accounts.add(Platform.FACEBOOK, "gem", app.page_id,
                          api_base=graph_server.api_base)  # type: ignore[attr-defined]
    opts = HttpOptions(timeout=0.15, get_retries=2, max_wait=1.0, backoff=0.01)
    conn = FacebookConnector(acc, TOKEN, opts)
    result = SyncService(ws.ingest, ws.cursors,
                         lambda a: FacebookConnector(a, TOKEN, opts)).run([acc])
    assert result[0].error is None and result[0].items == 1000
    me = ws.moderators.current("tester")
    items = stored(ws)
    assert len(items) == 1000
    for n, item in enumerate(items):
        if n % 3 == 0:
            ws.actions.perform(me, Command(ActionKind.HIDE, item.id))
        else:
            ws.actions.perform(me, Command(ActionKind.REPLY, item.id, text=f"Dank {item.id}"))
    assert len(ws.outbox.pending(5000)) == 1000
    app.applied.clear()
    graph_server.fail_rate, graph_server.timeout_delay = 0.3, 0.4
    executor = OutboxExecutor(ws.outbox, lambda _aid: conn, workers=8, backoff=0.01,
                              max_backoff=0.05, max_attempts=100)
    report = executor.drain(idle_wait=0.02)
    assert ws.outbox.pending(5000) == []
    assert report.failed == 0 and report.sent == 1000
    assert report.retried > 100  # the faults really happened
    assert report.already_applied > 0  # and some timed-out sends were found applied
    hides = Counter(t for (op, t), n in app.applied.items() if op == "hide" for _ in range(n))
    replies = Counter(t for (op, t), n in app.applied.items() if op == "reply" for _ in range(n))
    assert len(hides) == 334 and set(hides.values()) == {1}
    assert len(replies) == 666 and set(replies.values()) == {1}
    conn.close()


def test_permanent_failure_keeps_platform_reason(ws: Workspace, graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=1, per_post=2)
    acc = ws.accounts.add(Platform.FACEBOOK, "gem", app.page_id,
                          api_base=graph_server.api_base)  # type: ignore[attr-defined]
    conn = FacebookConnector(acc, TOKEN, HttpOptions(timeout=2))
    SyncService(ws.ingest, ws.cursors,
                lambda a: FacebookConnector(a, TOKEN, HttpOptions(timeout=2))).run([acc])
    item = stored(ws)[0]
    ws.actions.perform(ws.moderators.current("t"), Command(ActionKind.REPLY, item.id, text="Hoi"))
    from tests.fakes.server import Resp

    graph_server.override("POST", "/comments", Resp(400, {"error": {
        "message": "(#368) The action attempted has been deemed abusive", "code": 368}}))
    report = OutboxExecutor(ws.outbox, lambda _aid: conn).run_once()
    assert report.failed == 1 and ws.outbox.pending() == []
    path = ws.directory / "audit.jsonl"  # type: ignore[operator]
    ws.audit.export(path, "jsonl", pseudonymise=False)
    assert "#368" in path.read_text(encoding="utf-8")


def test_failed_actions_are_listed_retried_and_cancelled_from_the_cli(
        ws: Workspace, graph_server: FakeServer) -> None:
    # A headless team worker's operator has no "Mislukt" filter: `outbox list/retry/cancel`.
    import json

    from moderator.outbox.entry import OutboxState
    from tests.fakes.server import Resp
    from tests.helpers.cli import run_cli

    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=1, per_post=3)
    acc = ws.accounts.add(Platform.FACEBOOK, "gem", app.page_id,
                          api_base=graph_server.api_base)  # type: ignore[attr-defined]
    conn = FacebookConnector(acc, TOKEN, HttpOptions(timeout=2))
    SyncService(ws.ingest, ws.cursors,
                lambda a: FacebookConnector(a, TOKEN, HttpOptions(timeout=2))).run([acc])
    me = ws.moderators.current("t")
    first, second = stored(ws)[:2]
    for item in (first, second):
        ws.actions.perform(me, Command(ActionKind.REPLY, item.id, text="Hoi"))
    graph_server.override("POST", "/comments", Resp(400, {"error": {
        "message": "(#368) The action attempted has been deemed abusive", "code": 368}}))
    assert OutboxExecutor(ws.outbox, lambda _aid: conn).run_once().failed == 2
    where = ["--workspace", str(ws.directory)]
    listed = run_cli("outbox", "list", "--json", *where)
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["item"] for r in rows} == {first.id, second.id}
    assert all(r["state"] == "failed" and "#368" in r["error"] for r in rows)
    plain = run_cli("outbox", "list", *where)
    assert "#368" in plain.stdout and plain.stdout.count("\n") == 2
    retry, cancel = rows[0]["id"], rows[1]["id"]
    done = run_cli("outbox", "retry", str(retry), "--as", "t", *where)
    assert done.returncode == 0 and "again" in done.stdout, done.stderr
    assert run_cli("outbox", "cancel", str(cancel), "--as", "t", *where).returncode == 0
    again = run_cli("outbox", "retry", str(cancel), *where)  # cancelled: not failed any more
    assert again.returncode == 2 and "not failed" in again.stderr
    states = {d.id: d.state for d in ws.outbox.deliveries()}
    assert states == {retry: OutboxState.PENDING, cancel: OutboxState.CANCELLED}
    assert run_cli("outbox", "list", *where).stdout.strip() == "outbox: nothing failed"
    from moderator.audit.filter import AuditFilter

    logged = {e.action for e in ws.audit.entries(AuditFilter())}
    assert {"platform_retry", "platform_cancelled"} <= {str(a) for a in logged}
    conn.close()
