"""Screen readers and focus: Qt's accessibility tree names every control, the queue rows and
the detail say what they show, and the keyboard focus is visible on every control.

The checks walk all widgets of the window (every panel loaded) and of its dialogs, so a
panel added later is held to the same rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from moderator.items import ActionKind, ItemKind
from ui import access, panels, platforms, vocabulary
from ui.triage.compose_dialog import ComposeContext, ComposeDialog

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.main_window import MainWindow

pytestmark = pytest.mark.slow


def load_panels(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: len(window.panels) == len(panels.PANELS), timeout=5000)
    window.tabs.setCurrentIndex(0)


def controls(root: QWidget) -> list[QWidget]:
    """Every control Tab can reach in the window ``root`` as it is shown now."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if access.focusable(w) and w.isVisibleTo(root) and w.window() is root]


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name).strip()


def windows(qtbot: QtBot, window: MainWindow, demo_ws) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """The main window and each of its dialogs, opened."""
    load_panels(qtbot, window)
    out: dict[str, QWidget] = {"main": window}
    for spec in panels.DIALOGS:
        dlg = window.open_dialog(spec)
        assert dlg is not None
        out[spec.id] = dlg
    window.show_shortcuts()
    assert window.sheet is not None
    out["sheet"] = window.sheet
    s = window.triage.current_summary()
    ctx = ComposeContext(ActionKind.WARN, (s,), tuple(
        r for rid in demo_ws.rules.active().ruleset.rules if (r := demo_ws.actions.rules(rid.id))),
        "", "", "nl")
    compose = ComposeDialog(ctx, window)
    access.apply(compose)
    qtbot.addWidget(compose)
    out["compose"] = compose
    return out


def test_every_control_has_a_name(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    unnamed = []
    for where, root in windows(qtbot, window, demo_ws).items():
        pages = range(window.tabs.count()) if root is window else [None]
        for page in pages:
            if page is not None:
                window.tabs.setCurrentIndex(page)
            found = controls(root)
            assert found or where == "sheet", where  # the sheet: keys only (Esc, ?)
            unnamed += [f"{where}/{page}: {type(w).__name__} {w.objectName()!r}"
                        for w in found if not spoken_name(w)]
    assert unnamed == [], "\n".join(unnamed)
    triage = window.triage
    assert spoken_name(triage.queue) == "Wachtrij"
    assert spoken_name(triage.search) == "Zoeken in berichten"
    assert spoken_name(triage.filters) == "Filters en accounts"
    assert spoken_name(triage.detail.text_view) == "Tekst van het bericht"
    assert spoken_name(triage.buttons["item.hide"]) == "Verbergen"


def test_queue_rows_and_the_detail_say_what_they_show(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    triage = window.triage
    s = triage.current_summary()
    triage.queue.setFocus()
    iface = QAccessible.queryAccessibleInterface(triage.queue)
    cell = iface.focusChild()  # the current row's first cell, as a screen reader asks
    assert cell is not None and cell.role() == QAccessible.Role.Cell
    said = cell.text(QAccessible.Text.Name)
    for part in (platforms.name(s.platform), s.author_name, vocabulary.status(s.status),
                 *s.flags, s.text[:40]):
        assert part in said, part
    assert vocabulary.kind(ItemKind(s.kind)) in said
    # The detail announces the item's state.
    about = QAccessible.queryAccessibleInterface(triage.detail).text(
        QAccessible.Text.Description)
    assert vocabulary.status(s.status) in about and s.author_name in about


def test_the_keyboard_focus_is_visible_on_every_control(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    invisible = []
    # A widget with a focus proxy (the tab widget: its tab bar) shows the proxy's ring.
    shown = [w for w in controls(window) if w.isVisible() and w.width() > 0
             and w.focusProxy() is None]
    assert len(shown) > 10
    parking = window.tabs.tabBar()
    for w in shown:
        if not window.isActiveWindow():  # offscreen has no window manager to hand it back
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        if w is parking:
            window.triage.queue.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            parking.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        before = w.grab().toImage()
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert w.hasFocus()
        if w.grab().toImage() == before:
            invisible.append(f"{type(w).__name__} {w.objectName()!r}")
    assert invisible == [], invisible
