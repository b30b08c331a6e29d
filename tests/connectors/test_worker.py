"""``moderator worker`` against a local fake Graph API, as a team would run it.

It syncs a Page added by another process without any other command, delivers an action
issued by ``moderator action`` within 15 s, and after ``kill -9`` of its whole process group
in the middle of a batch of 50 hides and replies plus a restart, every action reached the
platform exactly once, the rest within a minute of the restart. SIGTERM stops it cleanly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest as Command
from moderator.cli import main
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.items import ActionKind, Platform
from moderator.outbox.entry import OutboxState
from moderator.teamworker import Health, TeamWorker
from moderator.workspace import Workspace
from tests.connectors.conftest import TOKEN, populate_graph
from tests.connectors.wsutil import stored
from tests.fakes.graph import GraphApp, V
from tests.fakes.server import FakeServer
from tests.helpers.cli import ROOT, run_cli

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from moderator.items import ItemSummary


def _until(what: Callable[[], bool], timeout: float, step: float = 0.1) -> float:
    """Seconds until ``what()`` holds (fails after ``timeout``)."""
    start = time.monotonic()
    while not what():
        assert time.monotonic() - start < timeout, "timed out"
        time.sleep(step)
    return time.monotonic() - start


def _start(ws_dir: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "moderator.cli", "worker", "--workspace", ws_dir,
         "--interval", "2", "--no-score"], cwd=ROOT, env={**os.environ, **env},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def _batch(ws: Workspace, items: list[ItemSummary], ext: dict[str, str]
           ) -> Counter[tuple[str, str]]:
    """Hide or reply to each item; what the platform should receive."""
    me = ws.moderators.current("tester")
    expected: Counter[tuple[str, str]] = Counter()
    for n, item in enumerate(items):
        if n % 2:
            ws.actions.perform(me, Command(ActionKind.HIDE, item.id))
            expected["hide", ext[item.text]] += 1
        else:
            text = f"Bedankt voor uw reactie {item.id}"
            ws.actions.perform(me, Command(ActionKind.REPLY, item.id, text=text))
            expected["reply", text] += 1
    return expected


@pytest.mark.slow
def test_worker_syncs_delivers_and_survives_kill_9_of_its_process_group(tmp_path: Path) -> None:
    app = GraphApp()
    populate_graph(app, posts=2, per_post=30)
    ws_dir = str(tmp_path / "ws")
    env = {"PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.FileKeyring",
           "MODERATOR_TEST_KEYRING": str(tmp_path / "keyring.json"), "PYTHONPATH": str(ROOT)}
    with FakeServer(app, token=TOKEN) as server, Workspace.open(workspace=ws_dir) as ws:
        worker = _start(ws_dir, env)
        try:
            # a Page connected by another process while the worker runs: synced by itself
            added = run_cli("account", "add", "--workspace", ws_dir, "--platform", "facebook",
                            "--name", "gem", "--external-id", app.page_id,
                            "--api-base", f"{server.url}/{V}", "--token-stdin",
                            env=env, stdin=TOKEN + "\n")
            assert added.returncode == 0, added.stderr
            synced = _until(lambda: len(stored(ws)) == 60, 30)
            items = stored(ws)
            ext = {n["message"]: i for i, n in app.nodes.items() if n.get("_t") == "comment"}
            first = items[0]
            issued = time.monotonic()
            done = run_cli("action", "hide", str(first.id), "--workspace", ws_dir, env=env)
            assert done.returncode == 0, done.stderr
            _until(lambda: app.applied["hide", ext[first.text]] == 1, 15)
            delivered = time.monotonic() - issued
            assert _until(lambda: Health.load(ws) is not None
                          and Health.load(ws).accounts["1"].last_sync != "", 10) < 10  # type: ignore[union-attr]

            # a batch of 50 hides and replies; slow answers keep the worker busy with it
            expected = _batch(ws, items[1:51], ext)
            expected["hide", ext[first.text]] += 1
            server.slow_rate, server.slow_delay = 1.0, 0.15
            _until(lambda: ws.outbox.count(OutboxState.SENT) >= 8, 30, 0.02)
            os.killpg(worker.pid, signal.SIGKILL)  # the whole group, mid-batch
            worker.wait()
            left = ws.outbox.outstanding()
            assert 0 < left < 50
            server.slow_rate = 0.0
            restarted = time.monotonic()
            worker = _start(ws_dir, env)
            rest = _until(lambda: ws.outbox.outstanding() == 0, 60)
            assert time.monotonic() - restarted < 60
            assert ws.outbox.count(OutboxState.SENT) == 51
        finally:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
            out, _ = worker.communicate(timeout=30)
            print(out)
    assert worker.returncode == 0 and "worker stopped" in out  # SIGTERM: a clean stop
    assert "delivery:" in out and "sync facebook/gem" in out
    applied = {k: v for k, v in app.applied.items() if k[0] in ("hide", "reply")}
    assert applied == dict(expected)  # every action on the platform exactly once
    print(f"\nsynced a new Page in {synced:.1f} s; `moderator action hide` delivered in "
          f"{delivered:.1f} s; after kill -9 ({left} of 50 left) the rest in {rest:.1f} s")


def test_worker_round_on_sqlite_and_postgresql_backs_off_and_stores_health(
        any_ws: Workspace) -> None:
    app = GraphApp()
    populate_graph(app, posts=1, per_post=4)
    lines: list[str] = []
    with FakeServer(app, token=TOKEN) as server:
        any_ws.accounts.add(Platform.FACEBOOK, "gem", app.page_id, api_base=f"{server.url}/{V}")
        worker = TeamWorker(any_ws, lambda a: FacebookConnector(a, TOKEN, HttpOptions(timeout=5)),
                            log=lines.append, score=False, interval=60)
        assert worker.round()
        items = stored(any_ws)
        assert len(items) == 4
        any_ws.actions.perform(any_ws.moderators.current("t"), Command(ActionKind.HIDE,
                                                                       items[0].id))
        worker.round()  # not due for a sync: only the delivery
        assert sum(n for (op, _), n in app.applied.items() if op == "hide") == 1
        health = Health.load(any_ws)
        assert health is not None and health.backlog == 0 and health.accounts["1"].last_sync
        where = ["--workspace", str(any_ws.directory)] if any_ws.directory else \
            ["--database", any_ws.url]
        assert main(["worker", *where, "--account-interval", "gem", "30"]) == 0
        worker.health.accounts["1"].next_sync = 0
        worker.round()  # the account's own interval wins over the worker's
        assert worker.health.accounts["1"].next_sync - time.time() == pytest.approx(30, abs=5)
        server.expired = True  # the next sync fails: back-off doubles the wait
        assert main(["worker", *where, "--account-interval", "gem", "0"]) == 0
        for failures in (1, 2):
            worker.health.accounts["1"].next_sync = 0
            worker.round()
            h = worker.health.accounts["1"]
            assert h.failures == failures and "190" in h.last_error
            assert h.next_sync - time.time() == pytest.approx(60 * 2 ** (failures - 1), abs=5)
    assert any(line.startswith("sync facebook/gem: 4 items") for line in lines)
    assert any(line.startswith("delivery: 1 sent") for line in lines)
