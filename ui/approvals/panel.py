"""Ter goedkeuring: replies by external moderators waiting for a second pair of eyes.

A community manager or team lead reads the reply beside the message it answers, may edit
it, and approves or rejects it with a note; only approved text reaches the outbox (the
database refuses anything else in team mode). Others see the list without the buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from moderator.approvals import approver
from ui.audit.model import action_label
from ui.i18n import follow_language
from ui.plaintext import one_line
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.approvals import WaitingReply
    from moderator.changes import Changes
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace


class ApprovalsPanel(QWidget):
    """The four-eyes queue; ``open_item`` asks the window to show a reply's message."""

    open_item = Signal(int)

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._may = approver(me)
        self._rows: list[WaitingReply] = []
        self.setStyleSheet(PANEL_STYLE)
        self._title, self._subtitle = heading(""), heading("", "subtitle")
        self.messages = MessageBar()
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # account, kind and author as wide as they read; the reply and the message share
        # the rest (the reply is what is being approved: it must not shrink to "Dank voor u…")
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Interactive,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(0, 180)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(not self._may)
        self.text.setMaximumHeight(120)
        self.note = QLineEdit()
        self.approve_button, self.reject_button = QPushButton(), QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for b in (self.approve_button, self.reject_button):
            b.setEnabled(False)
            b.setVisible(self._may)
            buttons.addWidget(b)
        self.note.setVisible(self._may)
        column(self, self._title, self._subtitle, self.messages, (self.table, 1), self.text,
               buttons, margins=(16, 14, 16, 12), spacing=10)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.reload()

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Ter goedkeuring"))
        self._subtitle.setText(
            self.tr("Antwoorden van externe moderatoren gaan pas naar het platform als een "
                    "communitymanager of teamleider ze heeft goedgekeurd.") if self._may else
            self.tr("Uw antwoorden wachten hier tot een collega ze heeft goedgekeurd."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("Soort"), self.tr("Geschreven door"),
            self.tr("Antwoord"), self.tr("Op bericht")])
        self.note.setPlaceholderText(self.tr("Toelichting (verplicht bij afwijzen)"))
        self.approve_button.setText(self.tr("Goedkeuren"))
        self.reject_button.setText(self.tr("Afwijzen"))

    def reload(self) -> Op[list[WaitingReply]]:
        """Load the waiting replies on a worker."""
        return Op(self, self._ws.approvals.waiting).success(self._fill) \
            .failure(self.messages.show_error).run()

    def _fill(self, rows: list[WaitingReply]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for n, w in enumerate(rows):
            for col, value in enumerate((w.account_name, action_label(w.kind.value), w.author,
                                         one_line(w.text), one_line(w.item_text))):
                self.table.setItem(n, col, QTableWidgetItem(value))
        if rows:
            self.table.selectRow(0)
        self._show_current()

    def _current(self) -> WaitingReply | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _show_current(self) -> None:
        w = self._current()
        self.text.setPlainText(w.text if w else "")
        own = w is not None and w.author_id == self._me.id
        for b in (self.approve_button, self.reject_button):
            b.setEnabled(self._may and w is not None and not own)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.open_item.emit(int(self._rows[row].item_id))

    def approve(self) -> None:
        """Approve the current reply, as edited in the text box."""
        w = self._current()
        if w is None:
            return
        text, note, approvals, me = (self.text.toPlainText(), self.note.text(),
                                     self._ws.approvals, self._me)
        Op(self, lambda: approvals.approve(me, w.outbox_id, text, note or None)) \
            .success(lambda _r: self._done(self.tr("Goedgekeurd; het antwoord gaat naar het "
                                                   "platform."))) \
            .failure(self.messages.show_error).run()

    def reject(self) -> None:
        """Reject the current reply with the note."""
        w = self._current()
        if w is None:
            return
        note, approvals, me = self.note.text(), self._ws.approvals, self._me
        Op(self, lambda: approvals.reject(me, w.outbox_id, note)) \
            .success(lambda _r: self._done(self.tr("Afgewezen; het antwoord wordt niet "
                                                   "verstuurd."))) \
            .failure(self.messages.show_error).run()

    def _done(self, text: str) -> None:
        self.note.clear()
        self.messages.show_ok(text)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """New replies may be waiting after any action with a platform side."""
        if changes.outbox or changes.audit:
            self.reload()
