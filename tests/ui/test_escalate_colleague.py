"""Escalating to a named colleague from the app, with the keyboard only.

The escalate dialog lists, after the roles, the colleagues who can see the item (loaded on
a worker with the rest of the dialog's context); choosing one assigns the item to them, so
it is in their "Mij toegewezen".
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from moderator.query import QueueQuery

FATIMA = "Fatima El Amrani"  # the demo's team lead; the window is Sanne de Vries'


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    """A key press delivered to whatever has focus in the window (as a user's would be)."""
    if not window.isActiveWindow():  # offscreen has no window manager to hand it back
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.focusWidget() or window.triage.queue, key, modifier)


def test_escalate_to_a_named_colleague_with_the_keyboard(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    window.triage.queue.setFocus()
    while not window.built["item.escalate"].isEnabled():
        press(qtbot, window, Qt.Key.Key_J)
    item = window.triage.current_summary()
    assert demo_ws.queue.assignment(item.id) is None

    press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
    dlg = window.commands.dialog
    box = dlg.target_box
    texts = [box.itemText(i) for i in range(box.count())]
    # The roles first, then (after a separator) the colleagues by name, in Dutch; not me.
    assert texts[:3] == ["teamleider", "externe moderator", "communitymanager"]
    named = {box.itemData(i) for i in range(4, box.count())}
    assert f"{FATIMA} (teamleider)" in texts[4:]
    assert FATIMA in named and "Sanne de Vries" not in named
    assert box.accessibleName() == "Naar" and box.accessibleDescription()

    # Shift+Tab from the text to "Naar", type the name's first letters, Tab back, write.
    qtbot.keyClick(dlg.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dlg.focusWidget() is box, timeout=3000)
    qtbot.keyClicks(box, "Fat")
    assert box.currentData() == FATIMA
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.editor, timeout=3000)
    qtbot.keyClicks(dlg.editor, "Graag jouw oordeel over deze reactie")
    assert [r.escalate_to for r in dlg.requests()] == [FATIMA]
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assignment = demo_ws.queue.assignment(item.id)
    assert assignment is not None and assignment.assignee == FATIMA
    fatima = demo_ws.moderators.current(FATIMA)
    assert item.id in [i.id for i in demo_ws.queue.page(QueueQuery(assigned_to=fatima.id),
                                                        viewer=fatima).items]
