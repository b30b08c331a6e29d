"""Screen readers and focus: Qt's accessibility tree names every control, the queue rows and
the detail say what they show, and the keyboard focus is visible on every control.

The checks walk all widgets of the window (every panel loaded) and of its dialogs, so a
panel added later is held to the same rules.
"""

from __future__ import annotations

import itertools
import os
import socket
import threading
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from moderator.items import ActionKind, ItemKind, Platform
from tests.auth.test_google_youtube import channel
from tests.connectors.conftest import populate_graph
from tests.connectors.test_import_dutch_csv import EXCEL
from tests.fakes.graph import GraphApp, V
from tests.fakes.oauth import Hosted, OAuthApp, browser_consent
from tests.fakes.server import FakeServer
from ui import access, panels, platforms, vocabulary
from ui.accounts.connect_dialog import PICK, PLATFORMS, SIGN_IN, connect_service
from ui.accounts.meta_login import MetaLoginView
from ui.triage.compose_dialog import ComposeContext, ComposeDialog

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace
    from ui.accounts.connect_dialog import ConnectDialog
    from ui.accounts.dialog import AccountsDialog
    from ui.main_window import MainWindow

pytestmark = pytest.mark.slow
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Meta's login: tests run as root
LEAD = "Fatima El Amrani"  # manages accounts, sees every moderator's log


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


# -- the dialogs opened from other windows, step by step ----------------------------------
def _stops(root: QWidget) -> list[QWidget]:
    """The widgets that take the focus when Tab reaches the controls of ``root``."""
    out: list[QWidget] = []
    for control in controls(root):
        w = control
        while w.focusProxy() is not None:
            w = w.focusProxy()
        if w not in out:
            out.append(w)
    return out


def _box(w: QWidget, root: QWidget) -> QRect:
    return QRect(w.mapTo(root, QPoint(0, 0)), w.size())


def _reads_before(a: QRect, b: QRect) -> bool:
    """``a`` comes first as a page is read: above ``b``, or beside it to the left."""
    if a.bottom() <= b.top() + 4:
        return True
    return not b.bottom() <= a.top() + 4 and a.left() < b.left()


def _web(w: QWidget) -> MetaLoginView | None:
    """The embedded login page ``w`` belongs to (its own fields take Tab inside it)."""
    parent: QWidget | None = w
    while parent is not None and not isinstance(parent, MetaLoginView):
        parent = parent.parentWidget()
    return parent


def _activate(qtbot: QtBot, root: QWidget) -> None:
    if not root.isActiveWindow():  # offscreen has no window manager to hand it back
        root.activateWindow()
        qtbot.waitUntil(root.isActiveWindow, timeout=3000)


def _tab_problems(qtbot: QtBot, root: QWidget, stops: list[QWidget]) -> list[str]:
    """Tab, pressed as a user does, visits every stop once, in reading order, and comes round.

    A date field takes one Tab per part (day, month, year) before it lets go, as Qt's do.
    Inside the embedded web page Tab walks the page's own fields (Meta's); the walk steps
    over it as the focus chain does.
    """
    start = stops[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    presses = sum(w.sectionCount() if isinstance(w, QDateTimeEdit) else 1 for w in stops)
    for _ in range(presses):
        here = QApplication.focusWidget()
        assert here is not None
        if _web(here) is not None:
            root.focusNextPrevChild(True)
        else:
            qtbot.keyClick(here, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not here or not isinstance(now, QDateTimeEdit):
            visited.append(now)
    out = []
    if visited[-1] is not start or set(visited) != set(stops) or \
            len(visited) != len(stops) + 1:
        out.append("Tab goes " + " > ".join(f"{type(w).__name__}({spoken_name(w)!r})"
                                            for w in visited))
    ring = visited[:-1]
    out += [f"Tab goes back up from {spoken_name(a)!r} to {spoken_name(b)!r}"
            for a, b in itertools.pairwise(ring)
            if _reads_before(_box(b, root), _box(a, root))]
    return out


def _unfocused_ring(qtbot: QtBot, root: QWidget, stops: list[QWidget]) -> list[str]:
    """Stops that look the same with and without the keyboard focus."""
    out = []
    for w in stops:
        other = next((o for o in stops if o is not w), None)
        if other is None or w.width() <= 0:
            continue
        shown: QWidget = _web(w) or w  # the login page: its frame shows the ring
        _activate(qtbot, root)
        other.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        before = shown.grab().toImage()
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if shown.grab().toImage() == before:
            out.append(f"focus not visible on {type(w).__name__} {spoken_name(w)!r}")
    return out


def _unlabelled(root: QWidget) -> list[str]:
    """Form rows whose label does not name its field (no buddy)."""
    out = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            holder = field.widget()
            inner = field.layout()
            fields = [holder] if holder is not None else [
                inner.itemAt(n).widget() for n in range(inner.count())] if inner else []
            first = next((f for f in fields if f is not None and access.focusable(f)), None)
            text = label.widget()
            if first is not None and text.buddy() is not first:
                out.append(f"label {text.text()!r} is not the buddy of {type(first).__name__}")
    return out


def label_of(widget: QWidget) -> str:
    """The label a screen reader reads with ``widget`` (its buddy label).

    A list box's name is its value on Linux (AT-SPI); what it is for comes from its label.
    """
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return ", ".join(other.text(QAccessible.Text.Name)
                     for other, _ in iface.relations(QAccessible.RelationFlag.Label))


def dialog_problems(qtbot: QtBot, where: str, root: QWidget) -> list[str]:
    """What a keyboard or screen-reader user meets in ``root`` as it is shown now."""
    _activate(qtbot, root)
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    stops = _stops(root)
    found = [] if stops else ["nothing to Tab to"]
    if focus is None or focus not in stops:
        found.append(f"the focus is not on a control: {focus!r}")
    found += [f"{type(w).__name__} {w.objectName()!r} has no name" for w in stops
              if not spoken_name(w)]
    found += [f"list box {w.currentText()!r} has no label" for w in stops
              if isinstance(w, QComboBox) and not w.accessibleName() and not label_of(w)]
    found += _unlabelled(root)
    if stops:
        found += _tab_problems(qtbot, root, stops)
        found += _unfocused_ring(qtbot, root, stops)
    if focus is not None and focus in stops:
        focus.setFocus(Qt.FocusReason.OtherFocusReason)  # where the user was
    return [f"{where}: {p}" for p in found]


def _press(qtbot: QtBot, key: Qt.Key, on: QWidget | None = None) -> None:
    """A key as a user types it: on ``on`` (focused first), or on a window's focus."""
    target = on or QApplication.focusWidget()
    assert target is not None
    _activate(qtbot, target.window())
    if target.isWindow():
        target = target.focusWidget() or target
    elif on is not None:
        on.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(target, key)


def _accounts(qtbot: QtBot, window: MainWindow) -> AccountsDialog:
    spec = next(s for s in panels.DIALOGS if s.id == "accounts")
    dlg = window.open_dialog(spec)
    qtbot.waitUntil(lambda: dlg.table.rowCount() > 0, timeout=5000)
    return dlg  # type: ignore[return-value]


def _listening(url: str) -> bool:
    """Whether the loopback listener of a sign-in address still accepts a browser."""
    port = urlsplit(dict(parse_qsl(urlsplit(url).query))["redirect_uri"]).port
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port or 80)) == 0


def _opened(qtbot: QtBot, accounts: AccountsDialog) -> ConnectDialog:
    connect = accounts.connect_dialog
    assert connect is not None
    qtbot.waitUntil(connect.isVisible, timeout=5000)
    return connect


def _connect_with_the_browser(qtbot: QtBot, accounts: AccountsDialog, google: str) -> list[str]:
    """YouTube: Enter on the platform, Esc while waiting, then sign in, pick, Enter."""
    opened: list[str] = []
    accounts.connect_options = {"auth_base": google, "browser": opened.append,
                                "api_base": f"{google}/youtube/v3"}
    _press(qtbot, Qt.Key.Key_Return, accounts.table)  # the default: Account koppelen…
    connect = _opened(qtbot, accounts)
    problems = dialog_problems(qtbot, "connect, platform", connect)
    assert QApplication.focusWidget() is connect.platform_buttons[Platform.YOUTUBE]
    _press(qtbot, Qt.Key.Key_Return)  # Enter chooses the platform, as Space does
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert connect.stack.currentIndex() == SIGN_IN
    problems += dialog_problems(qtbot, "connect, sign in with the browser", connect)
    assert _listening(opened[0])
    _press(qtbot, Qt.Key.Key_Escape)  # closes, and stops waiting for the browser
    assert not connect.isVisible()
    qtbot.waitUntil(lambda: not _listening(opened[0]), timeout=3000)

    opened.clear()
    accounts.connect_button.click()
    connect = _opened(qtbot, accounts)
    _press(qtbot, Qt.Key.Key_Space, connect)  # on the platform that has the focus
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    threading.Thread(target=browser_consent, args=(opened[0],), daemon=True).start()
    qtbot.waitUntil(lambda: connect.stack.currentIndex() == PICK, timeout=15_000)
    problems += dialog_problems(qtbot, "connect, pick", connect)
    assert QApplication.focusWidget() is connect.choice_list
    assert [spoken_name(w) for w in (connect.url_field, connect.choice_list, connect.project,
                                     connect.platform_buttons[Platform.YOUTUBE])] == [
        "Adres van de inlogpagina", "Pagina's en accounts om te koppelen", "Project",
        "YouTube"]
    connect.project.setFocus()
    qtbot.keyClicks(connect.project, "Verbreding A27")
    with qtbot.waitSignal(connect.connected, timeout=5000):
        _press(qtbot, Qt.Key.Key_Return)  # Enter connects what is ticked
    qtbot.waitUntil(lambda: not connect.isVisible(), timeout=5000)
    return problems


def _connect_meta(qtbot: QtBot, accounts: AccountsDialog, facebook: str) -> list[str]:
    """Facebook: Meta's login inside the window, then Esc."""
    accounts.connect_options = {"auth_base": facebook, "api_base": f"{facebook}/{V}"}
    accounts.connect_button.click()
    connect = _opened(qtbot, accounts)
    connect.platform_buttons[Platform.FACEBOOK].click()
    assert connect.meta_view is not None
    problems = dialog_problems(qtbot, "connect, Meta's login in the window", connect)
    qtbot.waitUntil(lambda: connect.stack.currentIndex() == PICK, timeout=30_000)
    _press(qtbot, Qt.Key.Key_Escape, connect)
    assert not connect.isVisible()
    return problems


def _reconnect_fails(qtbot: QtBot, accounts: AccountsDialog, ws: Workspace,
                     google: str) -> list[str]:
    """Opnieuw koppelen with a login that cannot reach the account: back to step 1."""
    ws.accounts.add(Platform.YOUTUBE, "Ander kanaal", "UCanders", api_base="x")
    accounts.refresh()
    qtbot.waitUntil(lambda: any(a.name == "Ander kanaal" for a in accounts.accounts),
                    timeout=5000)
    accounts.table.selectRow(next(n for n, a in enumerate(accounts.accounts)
                                  if a.name == "Ander kanaal"))
    accounts.connect_options = {
        "auth_base": google, "api_base": f"{google}/youtube/v3",
        "browser": lambda url: threading.Thread(target=browser_consent, args=(url,),
                                                daemon=True).start()}
    accounts.reconnect_button.click()
    connect = accounts.connect_dialog
    assert connect is not None
    qtbot.waitUntil(connect.messages.isVisible, timeout=15_000)
    assert connect.stack.currentIndex() == PLATFORMS
    problems = dialog_problems(qtbot, "reconnect, failed", connect)
    assert QApplication.focusWidget() is connect.platform_buttons[Platform.YOUTUBE]
    _press(qtbot, Qt.Key.Key_Escape, connect)
    assert not connect.isVisible()
    return problems


def _import(qtbot: QtBot, accounts: AccountsDialog, folder: Path) -> list[str]:
    """Bestand importeren: no file yet, a CSV mapped and previewed, Enter imports, Esc."""
    accounts.import_button.click()
    imported = accounts.import_dialog
    assert imported is not None
    qtbot.waitUntil(lambda: imported.account.count() > 0, timeout=5000)
    problems = dialog_problems(qtbot, "import, no file yet", imported)
    f = folder / "reacties.csv"
    f.write_bytes(EXCEL.encode("cp1252"))
    imported.open_file(str(f))  # as the file chooser does
    qtbot.waitUntil(lambda: imported.table.rowCount() == 3, timeout=5000)
    problems += dialog_problems(qtbot, "import, mapped", imported)
    assert [spoken_name(imported.path), spoken_name(imported.table)] == ["Bestand", "Voorbeeld"]
    assert [label_of(imported.account), label_of(imported.mapping["text"])] == [
        "Voor account", "Tekst"]
    with qtbot.waitSignal(imported.changes_applied, timeout=10_000):
        _press(qtbot, Qt.Key.Key_Return, imported.account)  # Enter imports
    problems += dialog_problems(qtbot, "import, done", imported)
    _press(qtbot, Qt.Key.Key_Escape, imported)
    assert not imported.isVisible()
    return problems


def test_connect_and_import_dialogs_every_step_by_keyboard(  # type: ignore[no-untyped-def]
        qtbot: QtBot, demo_ws: Workspace, make_window, memory_keyring, tmp_path: Path) -> None:
    """Accounts > Account koppelen (platform, sign-in, pick; Meta's login in the window; a
    reconnect that fails) and Bestand importeren (empty, mapped, imported), as reached
    from the main window: named, Tab in reading order, focus visible, Enter and Esc."""
    window = make_window(demo_ws, LEAD)
    accounts = _accounts(qtbot, window)
    problems = dialog_problems(qtbot, "accounts", accounts)
    accounts.table.selectRow(0)
    problems += dialog_problems(qtbot, "accounts, a row chosen", accounts)
    auth, graph = OAuthApp("google"), GraphApp()
    populate_graph(graph, posts=1, per_post=1)
    meta = OAuthApp("meta", pages=[{"id": graph.page_id, "name": "Gemeente Test",
                                    "ig": graph.ig_id, "ig_name": "gemeente.test"}])
    registrations = connect_service(demo_ws)[1]
    registrations.set(Platform.YOUTUBE, auth.client_id, auth.client_secret)
    with FakeServer(Hosted(auth, channel(threads=2)), token="unused") as google, \
            FakeServer(Hosted(meta, graph), token="unused") as facebook:
        problems += _connect_with_the_browser(qtbot, accounts, google.url)
        registrations.set(Platform.FACEBOOK, meta.client_id, meta.client_secret)
        problems += _connect_meta(qtbot, accounts, facebook.url)
        problems += _reconnect_fails(qtbot, accounts, demo_ws, google.url)
    problems += _import(qtbot, accounts, tmp_path)
    _press(qtbot, Qt.Key.Key_Escape, accounts.table)
    assert not accounts.isVisible()
    assert problems == [], "\n".join(problems)


def _while_open(qtbot: QtBot, trigger: Callable[[], object],
                check: Callable[[QDialog], list[str]]) -> list[str]:
    """Check a dialog that runs its own event loop (``exec``), then leave it with Esc."""
    found: list[str] = []

    def inspect() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QDialog):
            found.append(f"no dialog: {dlg!r}")
            return
        try:
            found.extend(check(dlg))
            _press(qtbot, Qt.Key.Key_Escape, dlg)
            if dlg.isVisible():
                found.append(f"{dlg.windowTitle()}: Esc does not close it")
        finally:
            dlg.reject()

    QTimer.singleShot(100, inspect)
    trigger()
    return found


def test_the_other_dialogs_by_keyboard(qtbot: QtBot, demo_ws: Workspace,  # type: ignore[no-untyped-def]
                                       make_window) -> None:
    """The per-moderator overview, the templates, input topics, poll and feedback dialogs."""
    window = make_window(demo_ws, LEAD)
    load_panels(qtbot, window)
    problems: list[str] = []
    audit = window.panels["audit"]
    audit.summary.click()
    qtbot.waitUntil(lambda: audit.summary_dialog is not None
                    and audit.summary_dialog.isVisible(), timeout=5000)
    summary = audit.summary_dialog
    problems += dialog_problems(qtbot, "overview per moderator", summary)
    _press(qtbot, Qt.Key.Key_Return, summary)  # the default: Sluiten
    assert not summary.isVisible()

    settings = window.open_dialog(next(s for s in panels.DIALOGS if s.id == "settings"))
    settings.edit_templates.click()
    templates = settings.templates_dialog
    qtbot.waitUntil(lambda: templates.listing.count() > 0, timeout=5000)
    problems += dialog_problems(qtbot, "templates", templates)
    with qtbot.waitSignal(templates.save_button.clicked, timeout=2000):
        _press(qtbot, Qt.Key.Key_Return, templates.name)  # Enter saves, never resets
    _press(qtbot, Qt.Key.Key_Escape, templates)
    assert not templates.isVisible()
    settings.reject()

    window.tabs.setCurrentIndex(0)
    window.triage.queue.setFocus()
    problems += _while_open(qtbot, window.built["item.mark_input"].trigger,
                            lambda d: dialog_problems(qtbot, "input topics", d))

    def poll(dlg: QDialog) -> list[str]:
        found = dialog_problems(qtbot, "poll", dlg)
        _press(qtbot, Qt.Key.Key_Space, dlg.closes)  # type: ignore[attr-defined]
        return found + dialog_problems(qtbot, "poll, with a closing time", dlg)

    problems += _while_open(qtbot, window.built["item.define_poll"].trigger, poll)
    register = window.panels["register"]
    window.tabs.setCurrentIndex(window.tabs.indexOf(register.parentWidget()))
    qtbot.waitUntil(lambda: register.table.rowCount() > 0, timeout=5000)
    register.table.selectRow(0)
    problems += _while_open(qtbot, register.feedback.click,
                            lambda d: dialog_problems(qtbot, "feedback", d))
    assert problems == [], "\n".join(problems)
