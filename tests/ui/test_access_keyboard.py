"""Keyboard access: Tab and F6 reach every part, Esc leaves the search, no shortcut clashes,
keys typed while a dialog opens arrive in it, shortcuts are editable in Settings.

The checks walk every widget and action of the window, its loaded panels and its dialogs,
so panels added later are covered by the same tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from moderator.items import Status
from ui import access, panels
from ui.access import Binding

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.main_window import MainWindow

pytestmark = pytest.mark.slow
NO = Qt.KeyboardModifier.NoModifier


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.triage.queue.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def key(qtbot: QtBot, window: QWidget, k: Qt.Key, mod: Qt.KeyboardModifier = NO) -> None:
    """A key press to whatever has the focus, as a user's would be."""
    if not window.isActiveWindow():  # offscreen has no window manager to hand it back
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.focusWidget() or window, k, mod)


def load_panels(qtbot: QtBot, window: MainWindow) -> None:
    """Open every tab once so its panel exists (they load lazily)."""
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: len(window.panels) == len(panels.PANELS), timeout=5000)
    window.tabs.setCurrentIndex(0)


def tab_chain(window: QWidget, start: QWidget, backwards: bool = False) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from ``start`` until it comes round again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = [start]
    for _ in range(400):
        window.focusNextPrevChild(not backwards)
        w = QApplication.focusWidget()
        if w is None or w in seen:
            break
        seen.append(w)
    return seen


def shortcut_table(window: MainWindow) -> dict[str, list[Binding]]:
    """Every binding of the window and its dialogs, per window (the contexts that clash)."""
    table = {"main": access.bindings(window)}
    for dlg in panels.DIALOGS:
        opened = window.open_dialog(dlg)
        assert opened is not None
        table[dlg.id] = access.bindings(opened)
        opened.close()
    window.show_shortcuts()
    assert window.sheet is not None
    table["sheet"] = access.bindings(window.sheet)
    window.sheet.close()
    return table


def test_no_two_shortcuts_clash_in_any_window(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    load_panels(qtbot, window)
    table = shortcut_table(window)
    listing = "\n".join(f"{ctx:9} {b.context:28} {b.keys:16} {b.owner}"
                        for ctx, found in table.items() for b in found)
    print(listing)  # the list of every shortcut per context (pytest -s shows it)
    assert any(b.keys == "Esc" for b in table["main"])
    assert {"F6", "Ctrl+Tab", "Shift+F6", "J", "G, D"} <= {b.keys for b in table["main"]}
    for ctx, found in table.items():
        assert access.clashes(found) == [], f"{ctx}: {access.clashes(found)}"


def test_the_clash_check_finds_equal_and_prefix_keys() -> None:
    w = "window"
    assert access.clashes([Binding(w, "H", "a"), Binding(w, "H", "b")])
    assert access.clashes([Binding(w, "G", "a"), Binding(w, "G, A", "b")])  # g waits, then?
    assert access.clashes([Binding("widget:search", "Esc", "a"), Binding(w, "Esc", "b")])
    assert not access.clashes([Binding("widget:x", "Esc", "a"), Binding("widget:y", "Esc", "b")])
    assert not access.clashes([Binding(w, "G, A", "a"), Binding(w, "G, D", "b")])


def test_tab_reaches_every_part_in_reading_order(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    activate(qtbot, window)
    triage = window.triage
    chain = tab_chain(window, triage.filters)
    order = [chain.index(w) for w in (triage.filters, triage.search, triage.queue,
                                      triage.detail)]
    assert order == sorted(order)
    buttons = [b for b in triage.buttons.values() if b.isVisible() and b.isEnabled()]
    assert buttons and all(b in chain for b in buttons)
    assert window.tabs.tabBar() in chain
    # Shift+Tab walks the same ring backwards.
    back = tab_chain(window, triage.filters, backwards=True)
    assert set(back) == set(chain)
    # Every panel: Tab from its tab reaches controls inside it.
    load_panels(qtbot, window)
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.currentWidget()
        inside = [w for w in tab_chain(window, window.tabs.tabBar()) if page.isAncestorOf(w)]
        assert inside, f"Tab never enters {window.tabs.tabText(index)}"


def test_f6_and_ctrl_tab_cycle_the_regions(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    activate(qtbot, window)
    triage = window.triage
    seen = []
    for _ in range(5):
        key(qtbot, window, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    first_button = triage.focus_regions()[3]
    assert seen == [triage.detail, first_button, window.tabs.tabBar(), triage.filters,
                    triage.queue]
    key(qtbot, window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is triage.filters
    key(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is triage.queue
    key(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is triage.detail


def test_escape_leaves_the_search_without_ambiguity(qtbot: QtBot, demo_ws, make_window,  # type: ignore[no-untyped-def]
                                                     qtlog) -> None:
    window = make_window(demo_ws)
    activate(qtbot, window)
    triage = window.triage
    key(qtbot, window, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is triage.search
    qtbot.keyClicks(triage.search, "bomen")
    key(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is triage.queue
    assert triage.search.text() == ""
    qtbot.waitUntil(lambda: triage.queue.currentIndex().isValid()
                    and not triage.model.loading, timeout=5000)
    row = triage.queue.currentIndex().row()
    key(qtbot, window, Qt.Key.Key_J)  # a command again, not a letter in the box
    assert triage.search.text() == ""
    assert triage.queue.currentIndex().row() == row + 1
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def test_keys_typed_while_a_dialog_opens_go_into_it(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    activate(qtbot, window)
    model = window.triage.model
    first = window.triage.current_summary()
    key(qtbot, window, Qt.Key.Key_R)  # reply: the dialog is prepared on a worker
    assert window.commands.dialog is None  # not there yet
    for k in (Qt.Key.Key_A, Qt.Key.Key_H, Qt.Key.Key_J):  # handle, hide, next — if lost
        key(qtbot, window, k)
    qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
    dlg = window.commands.dialog
    # Typed where the cursor would have been had the dialog been there at once.
    assert dlg.editor.toPlainText().startswith("ahjBeste")
    assert window.triage.current_summary().id == first.id
    assert model.summary(0).status == first.status != Status.HANDLED
    dlg.reject()


def test_shortcuts_are_edited_in_settings(qtbot: QtBot, demo_ws, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ws)
    dlg = window.open_dialog(panels.DIALOGS[1])
    box = dlg.shortcuts
    assert box.set_keys("item.hide", "Shift+H")
    assert QSettings().value("shortcuts/item.hide") in ("Shift+H", ["Shift+H"])
    assert window.built["item.hide"].shortcut().toString() == "Shift+H"
    assert "Shift+H" in window.triage.buttons["item.hide"].text()
    window.show_shortcuts()
    assert dict((t, k) for k, t in window.sheet.rows())["Verbergen"] == "Shift+H"
    # A key in use, or one the window needs, is refused in Dutch and nothing is stored.
    assert not box.set_keys("item.hide", "J")
    assert "al de sneltoets voor 'Volgend bericht'" in dlg.messages.text()
    assert not box.set_keys("item.hide", "F6")
    assert window.built["item.hide"].shortcut().toString() == "Shift+H"
    box.reset("item.hide")
    assert window.built["item.hide"].shortcut().toString() == "H"
