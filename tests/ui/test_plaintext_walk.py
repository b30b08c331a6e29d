"""Issue 16, must show: names never render as HTML, anywhere in the app.

The real main window opens offscreen on a workspace whose moderators, account, project,
authors, thread, rule texts, escalation target and notes are markup. Then every panel and
dialog (and the compose dialog) is opened and every widget is walked: label text,
toolTip, whatsThis, item-view tooltip/whatsThis data, tab, combo and action tooltips, and
the text items of chart scenes. A string that holds one of the hostile values *verbatim*
fails when Qt would render it as rich text (a label whose format is not PlainText and that
``Qt.mightBeRichText``, or a tooltip/whatsThis, which Qt auto-detects); escaped copies
(``&lt;img``) are fine; a chart text item fails when its HTML holds an image or a hostile
value (Qt Charts reads labels as HTML always). Plain channels (accessible names, item
display text, buttons) show markup as characters and are not checked.
"""

from __future__ import annotations

import csv as csv_module
import html
import sqlite3
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from moderator.actions import ActionRequest
from moderator.items import ActionKind, IncomingItem, ItemId, ItemKind, Platform, Role
from moderator.query import QueueQuery
from moderator.ruleset import activate
from tests.auth.test_google_youtube import channel
from tests.fakes.oauth import Hosted, OAuthApp, browser_consent
from tests.fakes.server import FakeServer
from ui import panels
from ui.accounts.connect_dialog import PLATFORMS, connect_service
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from moderator.workspace import Workspace

IMG = "<img src=file:///etc/passwd>"
HOSTILE = {
    "moderator": f"<b>Mod</b>{IMG}&amp;",
    "claimer": f"<i>Claim</i>{IMG}",
    "account": f"<b>Account</b>{IMG}",
    "project": f"<u>Project</u>{IMG}&amp;x",
    "author": f"<b>Auteur</b>{IMG}",
    "thread": f"<s>Post</s>{IMG}",
    "rule_title": f"<b>Regel</b>{IMG}",
    "rule_public": f"<h1>Openbaar</h1>{IMG}&amp;",
    "escalate_to": f"<b>Escalatie</b>{IMG}",
    "note": f"<b>Notitie</b>{IMG}",
    "text": f"kwaadwoord <b>vet</b> {IMG} &amp; einde",
}
RULES = f"""ruleset: "<b>Set</b>{IMG}"
version: "<i>1</i>"
language: nl
rules:
  - id: H1
    title: "{HOSTILE['rule_title']}"
    public_text: "{HOSTILE['rule_public']}"
    severity: high
    action: hide
    when:
      any:
        - words: ["kwaadwoord"]
"""


def _seed(ws: Workspace) -> None:
    lead = ws.moderators.get("Fatima El Amrani")
    me = ws.moderators.add(lead, HOSTILE["moderator"], Role.TEAM_LEAD)
    claimer = ws.moderators.add(lead, HOSTILE["claimer"], Role.COMMUNITY_MANAGER)
    activate(ws, me, RULES)
    account = ws.accounts.list()[0]
    assert ws.directory is not None
    with sqlite3.connect(ws.directory / "moderator.db") as c:
        c.execute("UPDATE accounts SET name = ?, project = ? WHERE id = ?",
                  (HOSTILE["account"], HOSTILE["project"], account.id))
    ws.ingest.upsert([IncomingItem(
        platform=account.platform, account_external_id=account.external_id,
        external_id=f"hostile{n}", kind=ItemKind.COMMENT, text=HOSTILE["text"] + f" {n}",
        author_name=HOSTILE["author"], author_external_id="mallory",
        created_at=datetime.now(UTC), thread_external_id="hostile-thread",
        thread_title=HOSTILE["thread"]) for n in range(3)])
    mine = ws.queue.page(QueueQuery(text="kwaadwoord"), limit=10).items
    assert len(mine) == 3, mine
    first, second, third = (ItemId(i.id) for i in mine)
    ws.actions.perform(me, ActionRequest(ActionKind.ESCALATE, first, text=HOSTILE["note"],
                                         escalate_to=HOSTILE["escalate_to"]))
    ws.actions.perform(me, ActionRequest(ActionKind.NOTE, second, text=HOSTILE["note"]))
    ws.queue.claim(third, claimer)


def _renders_rich(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or \
        QtGui.Qt.mightBeRichText(text)


def _leaks(text: Any) -> list[str]:
    """Which hostile values ``text`` holds verbatim (a bare ``<img`` counts too)."""
    if not isinstance(text, str):
        return []
    return [k for k, v in HOSTILE.items() if v in text] or (["img"] if IMG in text else [])


def _model_strings(model: QAbstractItemModel, parent: QModelIndex | None = None,
                   depth: int = 0) -> list[tuple[str, str]]:
    parent = parent or QModelIndex()
    out = []
    for row in range(min(model.rowCount(parent), 300)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            for role, name in ((Qt.ItemDataRole.ToolTipRole, "toolTip"),
                               (Qt.ItemDataRole.WhatsThisRole, "whatsThis")):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append((name, value))
            if col == 0 and depth < 3 and model.rowCount(index) > 0:
                out.extend(_model_strings(model, index, depth + 1))
    return out


def _item_strings(widget: QWidget) -> list[tuple[str, Any]]:
    """Tooltips of a widget's items: model rows, tabs, combo entries, actions."""
    out: list[tuple[str, Any]] = []
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        out += [(f"model.{name}", text) for name, text in _model_strings(widget.model())]
    if isinstance(widget, QTabBar):
        out += [(f"tabToolTip[{i}]", widget.tabToolTip(i)) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        out += [(f"item{i}.toolTip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
                for i in range(widget.count())]
    out += [(f"action[{a.text()}].toolTip", a.toolTip()) for a in widget.actions()
            if isinstance(a, QAction)]
    return out


def _problems(widget: QWidget) -> list[str]:
    where = f"{type(widget).__name__}#{widget.objectName()}"
    found: list[str] = []

    def check(what: str, text: Any, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> None:
        if isinstance(text, str) and _leaks(text) and _renders_rich(text, fmt):
            found.append(f"{where}.{what}: {text[:120]!r}")

    for prop in ("toolTip", "whatsThis"):
        check(prop, getattr(widget, prop)())
    if isinstance(widget, QLabel):
        check("text", widget.text(), widget.textFormat())
    if isinstance(widget, QTextEdit):
        html_text = widget.toHtml()
        if "<img" in html_text or any(v in html_text for v in HOSTILE.values()):
            found.append(f"{where}.html: hostile markup is rendered")
    for what, text in _item_strings(widget):
        check(what, text)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:  # charts: HTML always
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem) and ("<img" in item.toHtml() or any(
                    v in item.toHtml() for v in HOSTILE.values())):
                found.append(f"{where}.scene: {item.toPlainText()[:80]!r} renders markup")
    return found


def _walk() -> list[str]:
    found: list[str] = []
    for widget in QApplication.allWidgets():
        found.extend(_problems(widget))
    return sorted(set(found))


def _shown_literally() -> set[str]:
    """Which hostile values some widget shows as characters (the walk is not vacuous)."""
    seen: set[str] = set()
    for widget in QApplication.allWidgets():
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.data(model.index(r, c), role))
                      for r in range(min(model.rowCount(), 300))
                      for c in range(model.columnCount())
                      for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
        for text in texts:
            seen.update(k for k, v in HOSTILE.items() if v in text or html.escape(v) in text)
    return seen


def test_hostile_names_are_plain_text_in_every_widget(qtbot, demo_ws, make_window):  # type: ignore[no-untyped-def]
    _seed(demo_ws)
    window = make_window(demo_ws, HOSTILE["moderator"])
    triage = window.triage
    triage.search.setText("kwaadwoord")
    triage.search.returnPressed.emit()
    qtbot.waitUntil(lambda: triage.model.query.text == "kwaadwoord"
                    and triage.model.rowCount() == 3, timeout=10_000)
    for row in range(3):  # the escalated, the noted and the claimed item in the detail
        triage.queue.go_to_row(row)
        qtbot.waitUntil(lambda r=row: triage.detail.detail is not None
                        and triage.detail.detail.item.id == triage.model.summary(r).id,
                        timeout=5000)
        qtbot.wait(50)
        problems = _walk()
        assert not problems, "\n".join(problems)
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):  # every panel, loaded on first show
        tabs.setCurrentIndex(index)
        qtbot.wait(300)
    for spec in panels.DIALOGS:
        window.open_dialog(spec)
        qtbot.wait(300)
    tabs.setCurrentIndex(0)
    triage.queue.go_to_row(0)
    window.built["item.warn"].trigger()  # the compose dialog names author, account, rule
    qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
    window.show_shortcuts()
    bar = triage.findChild(MessageBar)
    if bar is not None:
        bar.show_error(f"{HOSTILE['author']} kan niet")
    qtbot.wait(500)
    problems = _walk()
    assert not problems, "\n".join(problems)
    shown = _shown_literally()
    assert {"moderator", "claimer", "account", "project", "author", "thread", "rule_title",
            "rule_public", "escalate_to", "note"} <= shown, shown
    doc = QTextDocument()
    doc.setHtml("<img src=file:///etc/passwd>")  # the walk would see an image like this
    assert "<img" in doc.toHtml()


def _labels_show(root: QWidget, value: str) -> bool:
    return any(value in label.text() for label in root.findChildren(QLabel))


def _walk_while_open(qtbot, trigger: Callable[[], object], shows: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Walk every widget while a dialog that runs its own event loop is open (and shows
    ``shows`` in a label), then leave it with Esc."""
    found: list[str] = []

    def inspect() -> None:
        dlg = QApplication.activeModalWidget()
        assert dlg is not None
        found.extend(_walk())
        if not _labels_show(dlg, shows):
            found.append(f"{dlg.windowTitle()} does not show {shows!r}")
        qtbot.keyClick(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)

    QTimer.singleShot(200, inspect)
    trigger()
    return found


def _participation_dialogs(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    """Topics for a hostile item of a hostile project (then marked), its poll, feedback."""
    problems: list[str] = []

    def marked() -> None:  # the topic dialog, then a new topic typed and Enter
        dlg = QApplication.activeModalWidget()
        assert dlg is not None
        problems.extend(_walk())
        if not _labels_show(dlg, HOSTILE["project"]):
            problems.append("the topic dialog does not name the project")
        qtbot.keyClicks(dlg.new_topic, "Groen")  # type: ignore[attr-defined]
        qtbot.keyClick(dlg.new_topic, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    QTimer.singleShot(200, marked)
    window.built["item.mark_input"].trigger()
    problems += _walk_while_open(qtbot, window.built["item.define_poll"].trigger,
                                 HOSTILE["thread"])
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: "register" in window.panels, timeout=5000)
    register = window.panels["register"]
    window.tabs.setCurrentIndex(window.tabs.indexOf(register.parentWidget()))
    qtbot.waitUntil(lambda: register.project.findData(HOSTILE["project"]) >= 0, timeout=5000)
    register.project.setCurrentIndex(register.project.findData(HOSTILE["project"]))
    qtbot.waitUntil(lambda: register.table.rowCount() > 0, timeout=5000)
    register.table.selectRow(0)
    return problems + _walk_while_open(qtbot, register.feedback.click, HOSTILE["text"])


def _account_dialogs(qtbot, window, ws: Workspace, folder: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """A reconnect that cannot reach the hostile account; an import into it of a file with
    a hostile column, author and date."""
    accounts = window.open_dialog(next(s for s in panels.DIALOGS if s.id == "accounts"))
    qtbot.waitUntil(lambda: accounts.table.rowCount() > 1, timeout=5000)
    auth = OAuthApp("google")
    with FakeServer(Hosted(auth, channel(threads=1)), token="unused") as google:
        connect_service(ws)[1].set(Platform.YOUTUBE, auth.client_id, auth.client_secret)
        accounts.connect_options = {
            "auth_base": google.url, "api_base": f"{google.url}/youtube/v3",
            "browser": lambda url: threading.Thread(target=browser_consent, args=(url,),
                                                    daemon=True).start()}
        accounts.table.selectRow(next(n for n, a in enumerate(accounts.accounts)
                                      if a.platform is Platform.YOUTUBE))
        accounts.reconnect_button.click()
        connect = accounts.connect_dialog
        qtbot.waitUntil(connect.messages.isVisible, timeout=15_000)
        assert connect.stack.currentIndex() == PLATFORMS
        assert HOSTILE["account"] in connect.messages.text()  # named, as characters
        problems = _walk()
        connect.reject()

    csv = folder / "hostile.csv"
    with csv.open("w", encoding="utf-8", newline="") as out:  # the second row is skipped
        csv_module.writer(out, delimiter=";").writerows([
            ("Datum", "Naam", "Bericht", HOSTILE["thread"]),
            ("3-12-2026 14:05", HOSTILE["author"], HOSTILE["text"], "x"),
            (HOSTILE["note"], HOSTILE["author"], HOSTILE["text"], "y")])
    accounts.import_button.click()
    imported = accounts.import_dialog
    qtbot.waitUntil(lambda: imported.account.count() > 1, timeout=5000)
    assert HOSTILE["account"] in imported.account.currentText()
    imported.open_file(str(csv))
    qtbot.waitUntil(lambda: imported.table.rowCount() == 1, timeout=5000)
    assert imported.mapping["thread_title"].findText(HOSTILE["thread"]) >= 0
    assert "<b>Notitie</b>" in imported.skipped.text()  # the date it could not read
    problems += _walk()
    with qtbot.waitSignal(imported.changes_applied, timeout=10_000):
        imported.import_button.click()
    return problems + _walk()


def test_hostile_names_are_plain_text_in_the_dialogs_opened_from_others(  # type: ignore[no-untyped-def]
        qtbot, demo_ws, make_window, memory_keyring, tmp_path):
    """Account koppelen, Bestand importeren, and the input topics, poll and feedback
    dialogs, opened as a moderator does, on hostile names."""
    _seed(demo_ws)
    demo_ws.accounts.add(Platform.YOUTUBE, HOSTILE["account"] + " 2", "UCanders", api_base="x")
    window = make_window(demo_ws, HOSTILE["moderator"])
    triage = window.triage
    triage.search.setText("kwaadwoord")
    triage.search.returnPressed.emit()
    qtbot.waitUntil(lambda: triage.model.rowCount() == 3, timeout=10_000)
    triage.queue.go_to_row(0)
    qtbot.waitUntil(lambda: triage.detail.detail is not None
                    and triage.detail.detail.item.id == triage.model.summary(0).id,
                    timeout=5000)
    problems = _participation_dialogs(qtbot, window)
    problems += _account_dialogs(qtbot, window, demo_ws, tmp_path)
    assert not problems, "\n".join(sorted(set(problems)))
