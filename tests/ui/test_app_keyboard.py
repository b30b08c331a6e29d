"""Must show: a moderator drives the app with the keyboard on the demo workspace.

Each step asserts what the queue and the detail panel show afterwards.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from moderator.audit.filter import AuditFilter
from moderator.capabilities import Refusal
from moderator.items import ActionKind, ItemKind, Status
from moderator.templates import greeting_name
from ui.triage.queue_model import Column

pytestmark = pytest.mark.slow


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    """A key press delivered to whatever has focus in the window (as a user's would be)."""
    if not window.isActiveWindow():  # offscreen has no window manager to hand it back
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    target = window.focusWidget() or window.triage.queue
    qtbot.keyClick(target, key, modifier)


def typed(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    target = window.focusWidget() or window.triage.queue
    qtbot.keyClicks(target, text)


def activate(qtbot, window):  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.triage.queue.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def current(window):  # type: ignore[no-untyped-def]
    return window.triage.current_summary()


def wait_detail_of(qtbot, window, item_id: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.triage.detail.detail is not None
                    and window.triage.detail.detail.item.id == item_id, timeout=5000)


def test_triage_with_the_keyboard(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]  # noqa: PLR0915
    window = make_window(demo_ws)
    activate(qtbot, window)
    triage, model, detail = window.triage, window.triage.model, window.triage.detail

    # Open: the worst item is first and selected; the detail shows it in full.
    first = model.summary(0)
    assert first is not None and first.status == Status.FLAGGED  # worst first
    assert current(window).id == first.id
    wait_detail_of(qtbot, window, first.id)
    assert detail.shown_text() == first.text
    qtbot.waitUntil(lambda: model.total is not None
                    and triage.filters.count_of("filter:open") is not None, timeout=5000)
    assert triage.filters.count_of("filter:open") == model.total

    # j / k move through the queue and the detail follows.
    press(qtbot, window, Qt.Key.Key_J)
    assert current(window).id == model.item_id(1)
    wait_detail_of(qtbot, window, model.item_id(1))
    press(qtbot, window, Qt.Key.Key_J)
    press(qtbot, window, Qt.Key.Key_K)
    assert current(window).id == model.item_id(1)
    press(qtbot, window, Qt.Key.Key_K)
    assert current(window).id == first.id
    wait_detail_of(qtbot, window, first.id)

    # w: warn, citing the rule the item matched (prefilled), template filled; Ctrl+Enter.
    rule_id = first.flags[0]
    rule = demo_ws.actions.rules(rule_id)
    assert rule is not None
    assert rule.title in detail.visible_text()  # the matched rule with its public text
    press(qtbot, window, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
    dlg = window.commands.dialog
    assert dlg.rule().rule_id == rule_id
    assert rule.title in dlg.editor.toPlainText()
    assert greeting_name(first.author_name) in dlg.editor.toPlainText()
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    entry = demo_ws.audit.entries(AuditFilter(action="warn"), limit=1)[0]
    assert entry.moderator == "Sanne de Vries"
    assert (entry.rule_id, entry.ruleset_version) == (rule.rule_id, rule.ruleset_version)
    qtbot.waitUntil(lambda: model.summary(0).status == Status.HANDLED, timeout=5000)
    assert current(window).id == model.item_id(1)  # moved on to the next item
    assert "gewaarschuwd" in triage.messages.text()

    # h: hide the next item that can be hidden (X hides replies only, so a top-level X
    # post is passed); the row says so, Ctrl+Z puts it back where it was.
    while not window.built["item.hide"].isEnabled():
        press(qtbot, window, Qt.Key.Key_J)
    target = current(window)
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        press(qtbot, window, Qt.Key.Key_H)
    row = model.row_of(target.id)
    qtbot.waitUntil(lambda: model.summary(row).status == Status.HIDDEN, timeout=5000)
    assert model.data(model.index(row, Column.STATUS)) == "verborgen"
    assert demo_ws.queue.detail(target.id).item.status == Status.HIDDEN
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.summary(row).status == target.status, timeout=5000)

    # r: reply from a template to a comment; the detail lists the reply afterwards.
    while current(window).kind == ItemKind.DM or (current(window).status != Status.FLAGGED \
            and current(window).status != Status.NEW) or not window.built["item.reply"].isEnabled():
        press(qtbot, window, Qt.Key.Key_J)
    replied = current(window)
    wait_detail_of(qtbot, window, replied.id)
    press(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
    dlg = window.commands.dialog
    assert dlg.choose_template("vraag-doorgezet")
    text = dlg.editor.toPlainText()
    assert greeting_name(replied.author_name) in text and "{" not in text
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # The desk moves on to the next item; k only means "back" once it has (a loaded machine
    # can take longer than the reply's own signal).
    qtbot.waitUntil(lambda: current(window).id != replied.id, timeout=5000)
    press(qtbot, window, Qt.Key.Key_K)
    wait_detail_of(qtbot, window, replied.id)
    qtbot.waitUntil(lambda: any(a.kind == ActionKind.REPLY for a in detail.detail.actions),
                    timeout=5000)
    # The history is laid out one event after the rest of the pane.
    qtbot.waitUntil(lambda: "beantwoord" in detail.visible_text(), timeout=5000)
    assert text.splitlines()[0][:30] in detail.visible_text()

    # g d: filter to DMs; every row is a DM and the header says so.
    press(qtbot, window, Qt.Key.Key_G)
    press(qtbot, window, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: model.rowCount() > 0
                    and all(model.summary(r).kind == ItemKind.DM
                            for r in range(model.rowCount())), timeout=5000)
    qtbot.waitUntil(lambda: model.total is not None
                    and triage.filters.count_of("filter:dm") == model.total, timeout=5000)
    assert model.total == model.rowCount()
    assert triage._title.text() == "DM's"
    wait_detail_of(qtbot, window, model.item_id(0))
    assert "privébericht" in detail.visible_text()
    assert window.built["item.dm_reply"].isEnabled()
    assert not window.built["item.reply"].isEnabled()

    # / then a word: the queue shows only matching items; Enter returns to the queue.
    press(qtbot, window, Qt.Key.Key_G)
    press(qtbot, window, Qt.Key.Key_A)
    press(qtbot, window, Qt.Key.Key_Slash)
    assert window.focusWidget() is triage.search
    typed(qtbot, window, "bomen")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.focusWidget() is triage.queue
    qtbot.waitUntil(lambda: model.query.text == "bomen" and model.rowCount() > 0
                    and not model.loading, timeout=5000)
    assert all("bomen" in model.summary(r).text.lower() for r in range(model.rowCount()))
    wait_detail_of(qtbot, window, model.item_id(0))
    assert "bomen" in detail.shown_text().lower()


def test_bulk_handle_a_selection(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    activate(qtbot, window)
    model = window.triage.model
    ids = [model.item_id(r) for r in range(3)]
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [s.id for s in window.triage.selected_summaries()] == ids
    assert not window.built["item.warn"].isEnabled()  # warn is one item at a time
    with qtbot.waitSignal(window.changes_applied, timeout=5000):
        press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: all(model.summary(r).status == Status.HANDLED for r in range(3)),
                    timeout=5000)
    assert "3 berichten afgehandeld" in window.triage.messages.text()


def test_focus_mode_and_shortcut_sheet(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    activate(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F)
    assert window.triage.focus_mode
    assert not window.triage.filters.isVisible() and not window.triage.queue.isVisible()
    qtbot.waitUntil(lambda: "1 van" in window.triage.detail.visible_text(), timeout=5000)
    press(qtbot, window, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: "2 van" in window.triage.detail.visible_text(), timeout=5000)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.triage.focus_mode and window.triage.queue.isVisible()

    press(qtbot, window, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: window.sheet is not None and window.sheet.isVisible(), timeout=3000)
    rows = dict((text, keys) for keys, text in window.sheet.rows())
    assert rows["Verbergen"] == "H" and rows["Waarschuwen"] == "W"
    assert rows["Volgend bericht"] == "J"


def test_capability_disables_action_with_reason(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    demo_ws.set_capabilities(
        lambda p, k, a: Refusal.PLATFORM if a == ActionKind.HIDE else None)
    window = make_window(demo_ws)
    hide = window.built["item.hide"]
    assert not hide.isEnabled()
    assert "biedt dit niet via de API" in hide.toolTip()
    assert not window.triage.buttons["item.hide"].isEnabled()


def test_errors_show_in_the_message_bar(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    activate(qtbot, window)
    item = window.triage.current_summary()
    other = demo_ws.moderators.get("Fatima El Amrani")
    demo_ws.queue.claim(item.id, other)  # a colleague holds it now
    press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.triage.messages.kind == "error", timeout=5000)
    # One Dutch sentence for the core's error code; the English message is the details.
    assert window.triage.messages.text() == "Een collega heeft dit bericht al opgepakt."
    assert "claimed by another moderator" in window.triage.messages.details()
    assert "Traceback" not in window.triage.messages.text()
