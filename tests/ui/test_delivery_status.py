"""Who sends, as the status bar says: the team worker (no tokens here, its health from the
database) or the app itself, which asks before quitting with actions still to send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.items import Platform
from moderator.teamworker import TeamWorker
from tests.fakes.graph import GraphApp, V
from tests.fakes.server import FakeServer
from tests.ui.test_app_keyboard import activate, press

if TYPE_CHECKING:
    from tests.fakes.keyring_backend import MemoryKeyring

TOKEN = "TOKEN-abc123"


def test_without_tokens_the_team_worker_sends_and_its_health_shows(  # type: ignore[no-untyped-def]
        qtbot, tmp_path, open_ws, make_window, memory_keyring: MemoryKeyring) -> None:
    app = GraphApp()
    post = app.add_post("Afsluiting Lekdijk", datetime.now(UTC) - timedelta(hours=3))
    for n in range(3):
        app.add_comment(post, f"Vraag {n} over de omleiding", datetime.now(UTC)
                        - timedelta(minutes=30 - n), (f"u{n}", f"Inwoner {n}"))
    with FakeServer(app, token=TOKEN) as server:
        ws = open_ws(tmp_path / "ws")
        ws.accounts.add(Platform.FACEBOOK, "Waterschap", app.page_id,
                        api_base=f"{server.url}/{V}")
        # the team's worker runs elsewhere with the token; this computer has none
        worker = TeamWorker(ws, lambda a: FacebookConnector(a, TOKEN, HttpOptions(timeout=5)),
                            log=lambda _line: None, score=False)
        worker.round()
        window = make_window(ws)
        status = window.delivery
        qtbot.waitUntil(lambda: status.text().startswith("Verzending via de teamworker"),
                        timeout=10_000)
        # The health is read off the GUI thread; the tooltip follows the status text.
        qtbot.waitUntil(lambda: "Waterschap: gesynchroniseerd" in status.toolTip(),
                        timeout=10_000)
        activate(qtbot, window)
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            press(qtbot, window, Qt.Key.Key_H)
        press(qtbot, window, Qt.Key.Key_K)
        qtbot.waitUntil(lambda: "wacht op verzenden" in window.triage.detail.visible_text(),
                        timeout=10_000)
        worker.round()  # the team worker sends it
        assert sum(n for (op, _), n in app.applied.items() if op == "hide") == 1
        window.close()  # nothing to send from here: no question
        assert not window.isVisible()
        worker.cancel.set()


def test_quitting_with_actions_to_send_asks_and_waits(  # type: ignore[no-untyped-def]
        qtbot, demo_ws, make_window) -> None:
    window = make_window(demo_ws)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.delivery.sends_here, timeout=10_000)  # a demo sends here
    while not window.built["item.hide"].isEnabled():
        press(qtbot, window, Qt.Key.Key_J)
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        press(qtbot, window, Qt.Key.Key_H)
    assert window.delivery.backlog > 0
    window.close()
    box = window.findChild(QMessageBox, "quitWhilePending")
    assert box is not None and window.isVisible()
    assert "wachten nog op verzending" in box.text()  # Dutch plural form
    wait = next(b for b in box.buttons() if b.text() == "Wachten")
    qtbot.mouseClick(wait, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)  # closed once all is sent
    assert demo_ws.outbox.outstanding() == 0
