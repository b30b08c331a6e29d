from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator.connectors.facebook import FacebookConnector
from moderator.items import Platform
from moderator.sync import SyncProgress, SyncService
from moderator.workspace import Workspace
from tests.connectors.conftest import TOKEN, fast, populate_graph
from tests.connectors.wsutil import stored
from tests.fakes.graph import GraphApp
from tests.fakes.server import FakeServer, Resp

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = Workspace.open(workspace=tmp_path / "ws")
    yield w  # type: ignore[misc]
    w.close()


def server_texts(app: GraphApp) -> list[str]:
    return sorted(n["message"] for n in app.nodes.values() if n["_t"] == "comment")


def test_one_failing_account_does_not_stop_the_others(ws: Workspace) -> None:
    good_app, bad_app = GraphApp(), GraphApp(page_id="2000")
    populate_graph(good_app, posts=2, per_post=5)
    populate_graph(bad_app, posts=1, per_post=5)
    events: list[SyncProgress] = []
    with FakeServer(good_app, token=TOKEN) as good, FakeServer(bad_app, token=TOKEN) as bad:
        bad.override("GET", "/comments", Resp(200, "<html>Service Unavailable</html>",
                                               {"content-type": "text/html"}))
        a1 = ws.accounts.add(Platform.FACEBOOK, "kapot", "2000", api_base=f"{bad.url}/v25.0")
        a2 = ws.accounts.add(Platform.FACEBOOK, "goed", "1000", api_base=f"{good.url}/v25.0")
        service = SyncService(ws.ingest, ws.cursors,
                              lambda a: FacebookConnector(a, TOKEN, fast()),
                              progress=events.append)
        r1, r2 = service.run([a1, a2])
    assert r1.error and "facebook/kapot" in r1.error and "not valid JSON" in r1.error
    assert r2.error is None and r2.items == 10
    assert sorted(i.text for i in stored(ws)) == server_texts(good_app)
    assert events[-1].finished and events[-1].account == "facebook/goed"
    assert ws.cursors.get(a2.id) is not None


def test_cancel_stops_between_pages(ws: Workspace, graph_server: FakeServer) -> None:
    populate_graph(graph_server.app, posts=5, per_post=30)  # type: ignore[arg-type]
    acc = ws.accounts.add(Platform.FACEBOOK, "gem", "1000",
                          api_base=graph_server.api_base)  # type: ignore[attr-defined]
    cancel = threading.Event()
    service = SyncService(ws.ingest, ws.cursors,
                          lambda a: FacebookConnector(a, TOKEN, fast(), page_size=10),
                          progress=lambda p: cancel.set() if p.pages == 3 else None,
                          cancel=cancel)
    result = service.run([acc])[0]
    assert result.error and "cancelled" in result.error and result.pages == 3
    assert len(stored(ws)) == result.items


def test_no_token_in_database_logs_or_audit_export(ws: Workspace, graph_server: FakeServer,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=3, per_post=30)
    acc = ws.accounts.add(Platform.FACEBOOK, "gem", "1000",
                          api_base=graph_server.api_base)  # type: ignore[attr-defined]
    graph_server.override("GET", "/comments", Resp(400, {"error": {
        "message": f"Invalid OAuth 2.0 Access Token {TOKEN} (access_token={TOKEN})",
        "code": 190}}), times=1)
    service = SyncService(ws.ingest, ws.cursors,
                          lambda a: FacebookConnector(a, TOKEN, fast(), page_size=10))
    first = service.run([acc])[0]
    assert first.error and "190" in first.error and TOKEN not in first.error
    assert service.run([acc])[0].error is None  # paging.next links carry the token
    export = ws.directory / "audit.jsonl"  # type: ignore[operator]
    ws.audit.export(export, "jsonl", pseudonymise=False)
    ws.close()
    for path in [export, *ws.directory.glob("*")]:  # type: ignore[union-attr]
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    assert TOKEN not in caplog.text
    assert any("after" in r.query for r in graph_server.log)
    assert all(TOKEN not in str(r.query) for r in graph_server.log)


@pytest.mark.slow
def test_kill_9_during_sync_20_times_then_stored_equals_server(tmp_path: Path) -> None:
    rng = random.Random(4)
    app = GraphApp()
    # Enough comments that a sync takes longer than the longest wait below on a fast
    # machine too: the kills must land mid-sync, not after it finished (each run resumes
    # the last, so the work must outlast all 20 rounds; 120 per post got 14-19 kills once
    # ingest's rule evaluation was compiled, 250 gets 19-20).
    populate_graph(app, posts=40, per_post=250)
    wsdir = tmp_path / "ws"
    with FakeServer(app, token=TOKEN) as server:
        with Workspace.open(workspace=wsdir) as w:
            w.accounts.add(Platform.FACEBOOK, "gem", "1000", api_base=f"{server.url}/v25.0")
        env = {**os.environ, "FAKE_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "tests.fakes.sync_child", str(wsdir), "25"]
        kills = 0
        for round_ in range(20):
            child = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "START"
            try:
                child.wait(timeout=rng.uniform(0.0, 1.0))
            except subprocess.TimeoutExpired:
                os.kill(child.pid, signal.SIGKILL)
                child.wait()
                kills += 1
            post = app.edges[f"{app.page_id}/posts"][round_ % 40]
            with server.lock:  # real time: a new comment is never older than the run
                app.add_comment(post, f"nieuw tijdens ronde {round_}", datetime.now(UTC),
                                ("u99", "Laat"))
        assert kills >= 15
        # restart: the resumed run finishes the interrupted one; comments that arrived on
        # posts it had already finished are read by the next (incremental) run.
        for _ in range(2):
            done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True,
                                  timeout=120, check=True)
            assert "error=None" in done.stdout
    with Workspace.open(workspace=wsdir) as w:
        texts = sorted(i.text for i in stored(w))
    assert texts == server_texts(app)
