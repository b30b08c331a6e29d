"""YouTube's "remove and block the author" in the app: offered on YouTube items only, asks
for the house rule like a removal, and queues one platform action (sent by the outbox)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from moderator.items import ActionKind, Platform, Status
from moderator.outbox.entry import OutboxState
from tests.ui.test_app_keyboard import activate, current, press


def test_ban_author_is_offered_on_youtube_only_and_queued_once(  # type: ignore[no-untyped-def]
        qtbot, demo_ws, make_window) -> None:
    window = make_window(demo_ws)
    activate(qtbot, window)
    ban = window.built["item.ban"]
    seen = set()
    for _ in range(60):
        s = current(window)
        seen.add(s.platform)
        if s.platform is Platform.YOUTUBE and s.status in (Status.NEW, Status.FLAGGED):
            break
        qtbot.wait(30)  # the action states follow the current row
        assert not ban.isEnabled() or s.platform is Platform.YOUTUBE
        press(qtbot, window, Qt.Key.Key_J)
    target = current(window)
    assert target.platform is Platform.YOUTUBE and len(seen) > 1
    qtbot.waitUntil(ban.isEnabled, timeout=5000)
    press(qtbot, window, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
    dlg = window.commands.dialog
    assert dlg.rule() is not None  # cites a house rule, like a removal
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert demo_ws.queue.detail(target.id).item.status is Status.REMOVED
    bans = [d for d in demo_ws.outbox.for_item(target.id) if d.kind is ActionKind.BAN]
    assert len(bans) == 1
    qtbot.waitUntil(lambda: demo_ws.outbox.for_item(target.id)[0].state is OutboxState.SENT,
                    timeout=60_000)  # the demo's delivery child sent it (a cold start under load)
