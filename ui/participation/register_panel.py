"""The input register (inbrengregister): input per project and topic, and the feedback given.

Moderators mark items as input from the queue (item menu); here a project's input is
counted per topic, the input still waiting for feedback is listed, feedback is recorded,
and the register is exported (pseudonymised unless a team lead chooses names; logged).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from moderator.moderators import Permission, can
from moderator.participation.tabular import format_for
from ui import platforms
from ui.errors import describe
from ui.i18n import follow_language
from ui.participation.feedback_dialog import FeedbackDialog
from ui.plaintext import one_line, tooltip
from ui.style import PANEL_STYLE, card, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.changes import Changes
    from moderator.items import ModeratorInfo
    from moderator.participation.records import RegisterEntry
    from moderator.participation.register import RegisterView
    from moderator.workspace import Workspace

_SHOW = ("waiting", "answered", "all")


def _table(columns: int, stretch: tuple[int, ...]) -> QTableWidget:
    """A read-only table that selects whole rows; ``stretch`` columns take the room left."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    for col in stretch:
        table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    return table


class RegisterPanel(QWidget):
    """One project's register: counts per topic and the input with its feedback."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self.view: RegisterView | None = None
        self._rows: list[RegisterEntry] = []
        self._refresh_timer = QTimer(self, singleShot=True, interval=1200)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.load_projects()

    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        self._title, self._subtitle = heading(""), heading("", "subtitle")
        self.project = QComboBox()
        self.project.currentIndexChanged.connect(self.refresh)
        self.show_what = QComboBox()
        self.show_what.currentIndexChanged.connect(self._fill_table)
        self.add_topic = QPushButton()
        self.add_topic.clicked.connect(self._add_topic)
        self.feedback = QPushButton()
        self.feedback.clicked.connect(self._record_feedback)
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        self.with_names = QCheckBox()
        self.with_names.setVisible(can(self._me, Permission.EXPORT_PERSONAL))
        keeps = can(self._me, Permission.PARTICIPATION_KEEP)  # external moderators read only
        self.add_topic.setVisible(keeps)
        self.feedback.setVisible(keeps)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.project)
        bar = QHBoxLayout()
        for w in (self.show_what, self.add_topic, self.feedback):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.with_names)
        bar.addWidget(self.export)
        self.messages = MessageBar()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.topics = _table(2, stretch=(0,))
        self.topics.setMaximumWidth(330)
        self.table = _table(5, stretch=(2, 4))
        self.table.doubleClicked.connect(self._record_feedback)
        left, left_layout = card()
        self._topics_title = heading("", "section")
        left_layout.addWidget(self._topics_title)
        left_layout.addWidget(self.topics, 1)
        right, right_layout = card()
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(right, 1)
        column(self, top, self._subtitle, bar, self.messages, (body, 1), spacing=10)

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Inbrengregister"))
        self._subtitle.setText(self.tr(
            "Inbreng van burgers per project en onderwerp, en wat ermee gedaan is "
            "(koppel terug). Markeer inbreng in de wachtrij via het menu van een bericht."))
        current = max(self.show_what.currentIndex(), 0)
        self.show_what.blockSignals(True)
        self.show_what.clear()
        for key, text in zip(_SHOW, (self.tr("Wacht op terugkoppeling"),
                                     self.tr("Terugkoppeling gegeven"), self.tr("Alle inbreng")),
                             strict=True):
            self.show_what.addItem(text, key)
        self.show_what.setCurrentIndex(current)
        self.show_what.blockSignals(False)
        self.add_topic.setText(self.tr("Onderwerp toevoegen…"))
        self.feedback.setText(self.tr("Terugkoppeling vastleggen…"))
        self.export.setText(self.tr("Exporteren…"))
        self.with_names.setText(self.tr("Met namen (wordt gelogd)"))
        self._topics_title.setText(self.tr("Inbreng per onderwerp"))
        self.topics.setHorizontalHeaderLabels([self.tr("Onderwerp"), self.tr("Inbreng")])
        self.table.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Platform"), self.tr("Inbreng"), self.tr("Onderwerpen"),
            self.tr("Terugkoppeling")])
        if self.view is not None:
            self._show(self.view)

    # --- loading ----------------------------------------------------------------------
    def load_projects(self) -> None:
        """Fill the project list, then the register of the first project."""
        Op(self, self._ws.register.projects).success(self._on_projects).failure(
            self._on_failed).run()

    def _on_projects(self, projects: list[str]) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        for p in projects:
            self.project.addItem(p or self.tr("(geen project)"), p)
        self.project.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Reload the chosen project's register on a worker."""
        project = self.project.currentData()
        if project is None:
            self.summary.setText(self.tr("Nog geen projecten: geef accounts een project."))
            return
        register = self._ws.register
        Op(self, lambda: register.view(str(project))).success(self._show).failure(
            self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        sentence, details = describe(error)
        self.messages.show_message(sentence, "error", details=details)

    # --- showing ----------------------------------------------------------------------
    def _show(self, view: RegisterView) -> None:
        self.view = view
        self.summary.setText(self.tr("%n keer inbreng", "", len(view.entries)) + " · " +
                             self.tr("%n wacht op terugkoppeling", "", len(view.waiting)))
        self.topics.setRowCount(len(view.topic_counts))
        for row, (topic, n) in enumerate(sorted(view.topic_counts.items(),
                                                key=lambda kv: (-kv[1], kv[0]))):
            self.topics.setItem(row, 0, QTableWidgetItem(topic))
            count = QTableWidgetItem(str(n))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.topics.setItem(row, 1, count)
        self._fill_table()

    def _fill_table(self) -> None:
        if self.view is None:
            return
        show = self.show_what.currentData()
        rows = (self.view.waiting if show == "waiting" else self.view.answered
                if show == "answered" else self.view.entries)
        self._rows = list(rows)
        self.table.setRowCount(len(rows))
        for n, e in enumerate(rows):
            fb = (f"{e.feedback_on}: {e.feedback}" if e.answered
                  else self.tr("nog niet gegeven"))
            cells = (e.created_at.strftime("%d-%m-%Y"), platforms.name(e.platform),
                     one_line(e.text, 200) or self.tr("(tekst gewist)"), ", ".join(e.topics),
                     one_line(fb, 200))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip(tooltip(e.text))
                if col == 4 and not e.answered:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(n, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    # --- commands ---------------------------------------------------------------------
    def selected(self) -> RegisterEntry | None:
        """The entry of the selected row."""
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _add_topic(self) -> None:
        project = self.project.currentData()
        if project is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Onderwerp toevoegen"),
                                        self.tr("Nieuw onderwerp voor {0}:").format(project))
        if ok and name.strip():
            register = self._ws.register
            Op(self, lambda: register.add_topic(str(project), name), write=True).success(
                lambda _: self.refresh()).failure(self._on_failed).run()

    def _record_feedback(self) -> None:
        entry = self.selected()
        if entry is None:
            self.messages.show_message(self.tr("Kies eerst een inbreng in de lijst."))
            return
        dlg = FeedbackDialog(entry.text, self)
        if not dlg.exec():
            return
        text, when, link = dlg.values()
        register, me = self._ws.register, self._me
        Op(self, lambda: register.feedback(me, entry.item_id, text, when, link),
           write=True).success(lambda _: self._saved()).failure(self._on_failed).run()

    def _saved(self) -> None:
        self.messages.show_message(self.tr("Terugkoppeling vastgelegd."), "success")
        self.refresh()

    def _export(self) -> None:
        project = self.project.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Inbrengregister exporteren"), "inbrengregister.csv",
            self.tr("CSV voor Excel (*.csv);;JSON-regels (*.jsonl)"))
        if not name:
            return
        path, names, register, me = Path(name), self.with_names.isChecked(), \
            self._ws.register, self._me
        Op(self, lambda: register.export(me, path, format_for(path, None), project,
                                         names=names)).success(
            lambda n: self.messages.show_message(
                self.tr("%n regels geëxporteerd.", "", int(n)), "success")).failure(
            self._on_failed).run()

    def on_changes(self, changes: Changes) -> None:
        """Reload (debounced) when items changed."""
        if changes.items or changes.counts:
            self._refresh_timer.start()
