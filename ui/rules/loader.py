"""Load a changed rule file, compare it with stored items, then activate it.

Validation problems are listed with file, line and column; the dry-run runs against
stored items; activation is for team leads only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.moderators import Permission, can
from ui import plaintext
from ui.errors import describe
from ui.i18n import follow_language
from ui.rules import backend
from ui.style import BAD_FG, MUTED, OK_FG, heading
from ui.tasks import Op
from ui.widgets.layouts import TAB_MARGINS, column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace


def _table(headers: int) -> QTableWidget:
    t = QTableWidget(0, headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.verticalHeader().setDefaultSectionSize(26)
    return t


def _cell(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RuleFileLoader(QWidget):
    """Choose a file, see its problems or its effect, then activate it."""

    activated = Signal()
    loaded = Signal()
    compared = Signal()

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self.current: Any = None
        self.candidate: Any = None
        self.text = ""
        self.problems: list[Any] = []
        self.dry: backend.DryRun | None = None
        self.messages = MessageBar()
        self.choose = QPushButton()
        self.choose.clicked.connect(self._ask_file)
        self.compare = QPushButton()
        self.compare.clicked.connect(self.run_dry_run)
        self.activate = QPushButton()
        self.activate.clicked.connect(self.run_activate)
        buttons = QHBoxLayout()
        for b in (self.choose, self.compare, self.activate):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        plaintext.plain(self.status)
        self.problem_table = _table(4)
        self.diff_table = _table(4)
        self.diff_title = heading("", "section")
        self.examples_title = heading("", "section")
        self.examples = QListWidget()
        self.examples.setWordWrap(True)
        diff_page = QWidget()
        diff = QVBoxLayout(diff_page)
        diff.setContentsMargins(0, 0, 0, 0)
        for w, s in ((self.diff_title, 0), (self.diff_table, 2), (self.examples_title, 0),
                     (self.examples, 2)):
            diff.addWidget(w, s)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.problem_table)
        self.pages.addWidget(diff_page)
        column(self, buttons, self.messages, self.status, (self.pages, 1), margins=TAB_MARGINS)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self._update_buttons()

    def retranslate_ui(self) -> None:
        """Set every text."""
        self.choose.setText(self.tr("Bestand kiezen…"))
        self.compare.setText(self.tr("Vergelijken met opgeslagen berichten"))
        self.activate.setText(self.tr("Activeren"))
        self.problem_table.setHorizontalHeaderLabels(
            [self.tr("Bestand"), self.tr("Regel"), self.tr("Kolom"), self.tr("Probleem")])
        self.diff_table.setHorizontalHeaderLabels(
            [self.tr("Spelregel"), self.tr("Nu"), self.tr("Nieuwe versie"), self.tr("Verschil")])
        self.diff_title.setText(self.tr("Treffers per spelregel op opgeslagen berichten"))
        self.examples_title.setText(self.tr("Voorbeelden die nieuw gemarkeerd worden"))
        if not self.text:
            self.status.setText(self.tr(
                "Kies een gewijzigd regelbestand (YAML). Het wordt eerst gecontroleerd en "
                "vergeleken; de werkende spelregels blijven actief tot u activeert."))
        self._update_buttons()

    def set_current(self, ruleset: Any) -> None:
        """The rule set in force (the dry-run's baseline)."""
        self.current = ruleset

    # --- load -------------------------------------------------------------------------
    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Regelbestand kiezen"), "",
                                              self.tr("Regelbestanden (*.yaml *.yml)"))
        if path:
            self.load_path(Path(path))

    def load_path(self, path: Path) -> None:
        """Read and validate ``path`` on a worker."""
        self.candidate, self.dry, self.problems, self.text = None, None, [], ""
        self.messages.hide()
        self.status.setText(self.tr("{0} wordt gecontroleerd…").format(path.name))
        Op(self, lambda: backend.load_candidate(path)) \
            .success(self._on_loaded).failure(self._on_load_failed).run()

    def _on_loaded(self, res: tuple[str, Any]) -> None:
        self.text, self.candidate = res
        rs = self.candidate
        self._set_status(OK_FG, self.tr("Geldig: {0}, versie {1}, {2} spelregels. Vergelijk "
                                        "met de opgeslagen berichten voordat u activeert.")
                         .format(rs.name, rs.version, len(rs.rules)))
        self.problem_table.setRowCount(0)
        self._update_buttons()
        self.loaded.emit()

    def _on_load_failed(self, error: Exception) -> None:
        self.problems = list(getattr(error, "problems", []) or [])
        if not self.problems:
            self._set_status(BAD_FG, "\n".join(describe(error)))  # sentence, then details
        else:
            self._set_status(BAD_FG, self.tr("Niet geladen: {0} probleem/problemen. De werkende "
                                             "spelregels blijven actief.")
                             .format(len(self.problems)))
        t = self.problem_table
        t.setRowCount(len(self.problems))
        for row, p in enumerate(self.problems):
            for col, value in enumerate((p.file, p.line, p.column, p.message)):
                t.setItem(row, col, _cell(value))
        self.pages.setCurrentWidget(t)
        self._update_buttons()
        self.loaded.emit()

    # --- dry run ----------------------------------------------------------------------
    def run_dry_run(self) -> None:
        """Compare candidate and current set over the stored items, on a worker."""
        if self.candidate is None or self.current is None:
            return
        ws, me, cur, cand = self._ws, self._me, self.current, self.candidate
        self.status.setText(self.tr("Vergelijken met opgeslagen berichten…"))
        Op(self, lambda: backend.dry_run(ws, me, cur, cand)) \
            .success(self._on_compared).failure(self._on_error).run()

    def _on_compared(self, dry: backend.DryRun) -> None:
        self.dry = dry
        r = dry.report
        self._set_status(MUTED, self.tr(
            "{0} berichten vergeleken: {1} nieuw gemarkeerd, {2} niet meer gemarkeerd, "
            "{3} door andere spelregels.").format(r.total, len(r.newly_flagged),
                                                  len(r.no_longer_flagged), len(r.changed)))
        ids = sorted(set(r.counts_before) | set(r.counts_after))
        t = self.diff_table
        t.setRowCount(len(ids))
        for row, rule_id in enumerate(ids):
            before, after = r.counts_before.get(rule_id, 0), r.counts_after.get(rule_id, 0)
            for col, value in enumerate((rule_id, before, after, f"{after - before:+d}")):
                t.setItem(row, col, _cell(value))
        self.examples.clear()
        for key in list(r.newly_flagged)[:20]:
            text = dry.texts.get(key) if isinstance(key, int) else None  # keys are item ids
            self.examples.addItem((text or str(key))[:300])
        self.pages.setCurrentIndex(1)
        self._update_buttons()
        self.compared.emit()

    # --- activate ---------------------------------------------------------------------
    def run_activate(self) -> None:
        """Activate the compared candidate through the core (a logged write)."""
        if self.candidate is None or self.dry is None:
            return
        ws, me, text = self._ws, self._me, self.text
        Op(self, lambda: backend.activate(ws, me, text), write=True) \
            .success(self._on_activated).failure(self._on_error).run()

    def _on_activated(self, _result: object) -> None:
        self.messages.show_ok(self.tr("Versie {0} is nu actief.").format(self.candidate.version))
        self.candidate, self.dry = None, None
        self._update_buttons()
        self.activated.emit()

    def _on_error(self, error: Exception) -> None:
        self.messages.show_error(error)

    def _set_status(self, colour: str, text: str) -> None:
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)

    def _update_buttons(self) -> None:
        may = can(self._me, Permission.RULES_EDIT)
        self.choose.setEnabled(may)
        self.compare.setEnabled(may and self.candidate is not None)
        self.activate.setEnabled(may and self.dry is not None)
        if not may:
            self.choose.setToolTip(self.tr("Alleen een teamleider mag spelregels wijzigen."))
        elif self.dry is None:
            self.activate.setToolTip(self.tr("Vergelijk eerst met de opgeslagen berichten."))
        else:
            self.activate.setToolTip("")
