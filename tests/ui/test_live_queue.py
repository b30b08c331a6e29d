"""The live queue: another process's or colleague's changes show in the open app within 2 s.

SQLite: the ``moderator`` CLI in a second process hides an item and imports a new one.
PostgreSQL: two app windows, each on its own connection pool and LISTEN connection (as two
apps on two desks), claim and hide in one, see it in the other.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

import pytest

from moderator.actions import ActionRequest
from moderator.demo import create_demo
from moderator.items import ActionKind, ItemId, ItemKind, Platform, Status
from moderator.workspace import Workspace
from tests.helpers import stub_rules
from tests.helpers.cli import run_cli

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from ui.main_window import MainWindow

LIVE_S = 2.0  # the target: another desk's change visible within this


def _seen_within(qtbot: QtBot, check: Callable[[], bool], started: float) -> float:
    qtbot.waitUntil(check, timeout=int(LIVE_S * 1000) + 3000)
    return time.monotonic() - started


def _hideable_row(window: MainWindow, skip: int = 0) -> int:
    """A loaded row, past ``skip``, on a platform that lets any comment be hidden."""
    model = window.triage.model
    return next(r for r in range(skip, model.rowCount())
                if (s := model.summary(r)) is not None and s.platform == Platform.FACEBOOK
                and s.kind == ItemKind.COMMENT)


def _row_status(window: MainWindow, item: ItemId) -> Status | None:
    model = window.triage.model
    s = model.summary(model.row_of(item))
    return None if s is None else s.status


def test_the_cli_in_another_process_hides_and_imports_while_the_app_is_open(
    qtbot: QtBot, demo_ws: Workspace, make_window: Any, tmp_path: Path,
) -> None:
    window = make_window(demo_ws)
    triage, model = window.triage, window.triage.model
    row = _hideable_row(window)
    triage.queue.go_to_row(row + 3)
    current = triage.queue.current_item()
    target = model.item_id(row)
    assert current is not None and target is not None
    qtbot.waitUntil(lambda: model.total is not None, timeout=5000)
    total = model.total
    assert total is not None
    folder = str(demo_ws.directory)

    r = run_cli("action", "hide", str(target), "--workspace", folder,
                "--as", "Fatima El Amrani")
    assert r.returncode == 0, r.stderr
    took = _seen_within(qtbot, lambda: _row_status(window, target) == Status.HIDDEN,
                        time.monotonic())
    assert took < LIVE_S
    assert model.row_of(target) == row  # shown on its row, not pulled away
    qtbot.waitUntil(lambda: model.total == total - 1, timeout=5000)  # one fewer open
    assert triage.queue.current_item() == current  # the moderator stays where they were

    queue = triage.queue
    # The import below is unflagged (the CLI has no stand-in rules) and older than every
    # demo item: it sorts first among the unflagged rows. The view starts below there.
    lands = next(r for r in range(model.rowCount())
                 if (s := model.summary(r)) is not None and not s.severity)
    queue.verticalScrollBar().setValue((lands + 2) * queue.verticalHeader().defaultSectionSize())
    top = model.item_id(queue.rowAt(0))
    account = demo_ws.accounts.list()[0].name
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"external_id": "live-1", "created_at": "2020-01-01T10:00:00Z",
                               "text": "Jullie zijn oplichters, windmolens of niet",
                               "author_name": "Nieuwe Inwoner"}) + "\n", encoding="utf-8")
    r = run_cli("import", str(new), "--account", account, "--workspace", folder)
    assert r.returncode == 0, r.stderr
    took = _seen_within(qtbot, lambda: model.total == total, time.monotonic())  # one more
    assert took < LIVE_S
    fresh = next(r for r in range(model.rowCount())
                 if model.summary(r).text.startswith("Jullie zijn oplichters"))
    assert fresh < model.row_of(top)  # it came in above the rows in view...
    assert model.item_id(queue.rowAt(0)) == top  # ...and the view did not jump
    assert queue.current_item() == current
    assert queue.selectionModel().isRowSelected(model.row_of(current))
    assert model.row_of(target) >= 0 and _row_status(window, target) == Status.HIDDEN


@pytest.fixture
def pg_demo(pg_url: str) -> Iterator[Callable[[], Workspace]]:
    """Workspaces on one PostgreSQL demo database, each with its own engine (one app each)."""
    opened: list[Workspace] = []

    def _open() -> Workspace:
        ws = Workspace.open(database=pg_url)
        stub_rules.install(ws)
        if not opened:
            create_demo(ws)
        opened.append(ws)
        return ws

    yield _open
    for ws in opened:
        ws.close()


@pytest.mark.postgres
def test_two_apps_on_one_postgresql_database_see_each_others_claims_and_hides(
    qtbot: QtBot, pg_demo: Callable[[], Workspace], make_window: Any,
) -> None:
    sanne = make_window(pg_demo(), "Sanne de Vries")
    fatima = make_window(pg_demo(), "Fatima El Amrani")
    row = _hideable_row(sanne)
    item = sanne.triage.model.item_id(row)
    assert item is not None
    fatima.triage.queue.go_to_row(fatima.triage.model.row_of(item))
    qtbot.waitUntil(lambda: fatima.triage.current_summary() is not None
                    and fatima.triage.current_summary().id == item, timeout=5000)
    fatima_row = fatima.triage.model.row_of(item)

    sanne.triage.queue.go_to_row(row)
    with qtbot.waitSignal(sanne.commands.changes_applied, timeout=5000):
        sanne.built["item.claim"].trigger()
    started = time.monotonic()
    took = _seen_within(qtbot, lambda: (s := fatima.triage.model.summary(fatima_row))
                        is not None and s.claimed_by == "Sanne de Vries", started)
    assert took < LIVE_S
    assert fatima.triage.queue.current_item() == item

    with qtbot.waitSignal(sanne.commands.changes_applied, timeout=5000):
        sanne.built["item.hide"].trigger()
    started = time.monotonic()
    took = _seen_within(qtbot, lambda: _row_status(fatima, item) == Status.HIDDEN, started)
    assert took < LIVE_S
    assert fatima.triage.model.row_of(item) == fatima_row  # on its row, marked
    # Fatima acts on it anyway before reading the row: a Dutch sentence naming Sanne.
    fatima.commands.perform([ActionRequest(ActionKind.HIDE, item)])
    qtbot.waitUntil(lambda: "Sanne de Vries was u voor" in fatima.triage.messages.text(),
                    timeout=5000)
