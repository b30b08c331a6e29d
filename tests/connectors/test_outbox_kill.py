"""Exactly once under kill -9: 60+ senders killed mid-delivery, every action applied once.

Each sender is a real process (forked from a fork server that has the modules loaded, so
60 of them start within the test's minute) that delivers the workspace's outbox to a local
fake Graph API injecting 429s, 5xx, timeouts (applied, answer too late) and slow answers
(applied, answer late: a sender killed meanwhile never hears of it). Killing a sender at a
random moment must neither lose an action nor send one twice.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest as Command
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.items import ActionKind, ItemKind, Platform
from moderator.outbox.entry import OutboxState
from moderator.sync import SyncService
from moderator.workspace import Workspace
from tests.connectors.conftest import TOKEN, populate_graph
from tests.connectors.wsutil import stored
from tests.fakes import outbox_child
from tests.fakes.graph import GraphApp, V
from tests.fakes.server import FakeServer

if TYPE_CHECKING:
    from pathlib import Path

KILLS = 62


def _sender(ctx: multiprocessing.context.ForkServerContext, where: tuple[str, str]
            ) -> multiprocessing.process.BaseProcess:
    started = ctx.Event()
    proc = ctx.Process(target=outbox_child.deliver, args=(*where, TOKEN, started))
    proc.start()
    assert started.wait(20), "the sender did not start"
    return proc


def _queue_actions(ws: Workspace, app: GraphApp) -> Counter[tuple[str, str]]:
    """Hide (some then reply), reply, remove each comment, answer each DM; what should arrive."""
    me = ws.moderators.current("tester")
    items = stored(ws)
    ext = {n["message"]: i for i, n in app.nodes.items() if n.get("_t") == "comment"}
    expected: Counter[tuple[str, str]] = Counter()
    for n, item in enumerate(items):
        if item.kind is ItemKind.DM:
            text = f"Antwoord {item.id}"
            ws.actions.perform(me, Command(ActionKind.DM_REPLY, item.id, text=text))
            expected["dm", text] += 1
        elif n % 3 == 0:
            ws.actions.perform(me, Command(ActionKind.HIDE, item.id))
            expected["hide", ext[item.text]] += 1
            if n % 2:  # a reply after the hide: delivered in order, after it
                text = f"Na verbergen {item.id}"
                ws.actions.perform(me, Command(ActionKind.REPLY, item.id, text=text))
                expected["reply", text] += 1
        elif n % 3 == 1:
            text = f"Dank {item.id}"
            ws.actions.perform(me, Command(ActionKind.REPLY, item.id, text=text))
            expected["reply", text] += 1
        else:
            ws.actions.perform(me, Command(ActionKind.REMOVE, item.id, rule_id="NL-SPAM"))
            expected["delete", ext[item.text]] += 1
    return expected


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite",
                                     pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_kill_9_during_delivery_62_times_every_action_applied_exactly_once(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    rng = random.Random(9)
    app = GraphApp()
    # PostgreSQL commits take ~5 ms here (fsync): fewer actions keep its run near a minute
    populate_graph(app, posts=8 if backend == "sqlite" else 4, per_post=45)
    now = datetime.now(UTC)
    for n in range(40):
        app.add_dm(app.page_id, (f"p{n}", f"Persoon {n}"), f"vraag {n}",
                   now - timedelta(minutes=n + 1))
    where = (str(tmp_path / "ws"), "") if backend == "sqlite" else \
        ("", request.getfixturevalue("pg_url"))
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(outbox_child.PRELOAD)
    with FakeServer(app, token=TOKEN) as server, \
            Workspace.open(workspace=where[0] or None, database=where[1] or None) as ws:
        acc = ws.accounts.add(Platform.FACEBOOK, "gem", app.page_id, api_base=f"{server.url}/{V}")
        opts = HttpOptions(timeout=2)
        SyncService(ws.ingest, ws.cursors, lambda a: FacebookConnector(a, TOKEN, opts)).run([acc])
        expected = _queue_actions(ws, app)
        assert sum(k[0] == "dm" for k in expected) == 40
        total = ws.outbox.outstanding()
        assert total > (400 if backend == "sqlite" else 150)
        app.applied.clear()
        server.fail_rate, server.timeout_delay = 0.25, 0.3
        server.slow_rate, server.slow_delay = 0.3, 0.1
        kills, started = 0, time.monotonic()
        while kills < KILLS:
            proc = _sender(ctx, where)
            time.sleep(rng.uniform(0.02, 0.2))
            if not proc.is_alive():  # it sent everything left before this kill could land
                break
            os.kill(proc.pid, signal.SIGKILL)
            proc.join()
            kills += 1
        left = ws.outbox.outstanding()
        assert kills == KILLS, f"the work ran out after {kills} kills"
        assert 0 < left < total  # the kills landed mid-delivery, with work done and left
        server.fail_rate = server.slow_rate = 0.0
        restarted = time.monotonic()
        proc = _sender(ctx, where)  # the restart: takes over the killed senders' entries
        proc.join(60)
        assert proc.exitcode == 0
        drained = time.monotonic() - restarted
        elapsed = time.monotonic() - started
        assert ws.outbox.outstanding() == 0
        assert ws.outbox.count(OutboxState.FAILED) == 0
        assert ws.outbox.count(OutboxState.SENT) == total
    assert dict(app.applied) == dict(expected)  # each action on the platform exactly once
    print(f"\n{backend}: {kills} kills, {total} actions ({left} left after the kills), "
          f"all applied once in {elapsed:.1f} s (the restart sent the rest in {drained:.1f} s)")
