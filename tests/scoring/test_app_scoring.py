"""The app scores unscored items on a worker when a model is installed, and says so when not."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from moderator.demo import create_demo
from moderator.query import QueueQuery
from moderator.scoring.background import model_store
from moderator.workspace import Workspace


def _window(qtbot, ws: Workspace):  # type: ignore[no-untyped-def]
    from ui.app import open_window

    window = open_window(ws, "Sanne de Vries", "nl")
    qtbot.addWidget(window)
    window.show()
    return window


def test_installed_model_scores_the_queue_in_the_background(qtbot, tmp_path: Path,
                                                            tiny_bundle: Path) -> None:
    ws = Workspace.open(workspace=tmp_path / "w")
    create_demo(ws)
    model_store(ws).install(tiny_bundle, name="tiny")
    assert ws.queue.page(QueueQuery(), limit=5).items[0].toxicity is None
    window = _window(qtbot, ws)
    qtbot.waitUntil(lambda: window.scoring.state == "done", timeout=120_000)
    assert "alles gescoord" in window.scoring.text()
    unscored = [i for i in ws.queue.page(QueueQuery(all_statuses=True), limit=1000).items
                if i.toxicity is None]
    assert unscored == []
    from ui.tasks import readers, writer

    readers().waitForDone(5000)
    writer().waitForDone(5000)
    ws.close()


def test_without_a_model_the_app_says_rules_still_work(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(workspace=tmp_path / "w")
    create_demo(ws)
    window = _window(qtbot, ws)
    qtbot.waitUntil(lambda: window.scoring.state == "missing", timeout=30_000)
    assert "spelregels werken wel" in window.scoring.text()
    from ui.tasks import readers

    readers().waitForDone(5000)
    ws.close()
