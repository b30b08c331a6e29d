"""Bestand importeren: bring in an export or a spreadsheet, for a chosen account.

The items always belong to an existing account (chosen here, never created nameless).
For a CSV the columns are matched to the item fields (guessed from the usual Dutch and
English headers, changeable per field) and the first rows are shown as they would be
imported, with the rows that would be skipped and why; platform exports need no mapping.

The import streams (``file_import.store_file``) on the writer thread: a batch at a time,
each stored whole, with a progress bar; closing the window stops it after the current
batch (what was stored stays, and importing the file again completes it).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator import localtime
from moderator.changes import Changes
from moderator.connectors.file_import import (
    ColumnMapping,
    ImportProgress,
    ImportReport,
    WrongPlatform,
    columns,
    preview,
    store_file,
)
from ui import plaintext, platforms
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.items import AccountInfo
    from moderator.workspace import Workspace


FIELDS = ("text", "created_at", "author_name", "external_id", "thread_title", "permalink")
SHOWN_ERRORS = 10  # skipped rows listed under an import; the others are counted


class ImportDialog(QDialog):
    """Choose a file and an account, map the columns, preview, import."""

    changes_applied = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._ws = ws
        self.accounts: list[AccountInfo] = []
        self._columns: list[str] = []
        self._import: Op[ImportReport] | None = None
        self._stored = 0
        self.setStyleSheet(PANEL_STYLE)
        self.setMinimumSize(760, 560)
        self._build()
        self.retranslate_ui()
        Op(self, ws.accounts.list).success(self._on_accounts).run()

    def _build(self) -> None:
        self._title = heading("")
        self.messages = MessageBar()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._ask_file)
        self.account = QComboBox()
        self.account.currentIndexChanged.connect(self.refresh_preview)
        self.mapping: dict[str, QComboBox] = {}
        form = QFormLayout()
        self._labels = {"file": QLabel(), "account": QLabel()}
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self._labels["file"], row)
        form.addRow(self._labels["account"], self.account)
        for name in FIELDS:
            box = QComboBox()
            box.currentIndexChanged.connect(self.refresh_preview)
            self.mapping[name] = box
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], box)
        for key, field in (("file", self.path), ("account", self.account), *self.mapping.items()):
            self._labels[key].setBuddy(field)  # screen readers say "Tekst", not the column
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skipped = plaintext.label()
        self.skipped.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.setDefault(True)  # Enter imports (not "Kiezen…")
        self.import_button.clicked.connect(self.run_import)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout = QVBoxLayout(self)
        for w in (self._title, self.messages):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skipped)
        layout.addWidget(self.progress)
        layout.addWidget(self.import_button)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Bestand importeren"))
        self._title.setText(self.tr("Bestand importeren"))
        self.browse.setText(self.tr("Kiezen…"))
        texts = {"file": self.tr("Bestand"), "account": self.tr("Voor account"),
                 "text": self.tr("Tekst"), "created_at": self.tr("Datum en tijd"),
                 "author_name": self.tr("Schrijver"), "external_id": self.tr("Id"),
                 "thread_title": self.tr("Bericht / onderwerp"), "permalink": self.tr("Link")}
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Schrijver"),
                                              self.tr("Tekst")])
        self.table.setAccessibleName(self.tr("Voorbeeld"))
        self.import_button.setText(self.tr("Importeren"))

    def _on_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = accounts
        self.account.clear()
        for a in accounts:
            self.account.addItem(f"{a.name} ({platforms.name(a.platform)})", a.id)
        if not accounts:
            self.messages.show_error(self.tr("Koppel eerst een account: geïmporteerde berichten "
                                             "horen altijd bij een account."))

    def chosen_account(self) -> AccountInfo | None:
        """The account the items will belong to."""
        i = self.account.currentIndex()
        return self.accounts[i] if 0 <= i < len(self.accounts) else None

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bestand kiezen"), "", self.tr(
            "Exports en tabellen (*.csv *.txt *.jsonl *.json *.js *.zip)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the file's columns and guess the mapping (a CSV), then preview."""
        self.path.setText(path)
        file = Path(path)
        is_csv = file.suffix.lower() in (".csv", ".txt")
        Op(self, lambda: columns(file) if is_csv else []).success(self._on_columns) \
            .failure(self._error).run()

    def _on_columns(self, found: list[str]) -> None:
        self._columns = found
        guess = ColumnMapping.guess(found) if found else ColumnMapping()
        for name, box in self.mapping.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(geen)"), "")
            for c in found:
                box.addItem(c, c)
            box.setCurrentIndex(max(0, box.findData(getattr(guess, name))))
            box.setEnabled(bool(found))
            box.blockSignals(False)
        self.refresh_preview()

    def current_mapping(self) -> ColumnMapping | None:
        """The mapping as chosen (None for platform exports)."""
        if not self._columns:
            return None
        chosen: dict[str, Any] = {n: str(b.currentData() or f"<{n}>")
                                  for n, b in self.mapping.items()}
        return replace(ColumnMapping(), **chosen)

    def refresh_preview(self) -> None:
        """Show the first rows as they would be imported."""
        account, mapping, path = self.chosen_account(), self.current_mapping(), self.path.text()
        if account is None or not path or mapping is None:
            self.table.setRowCount(0)
            return
        file = Path(path)
        Op(self, lambda: preview(file, mapping, platform=account.platform,
                                 account=account.external_id)) \
            .success(self._on_preview).failure(self._error).run()

    def _on_preview(self, result: Any) -> None:
        self.table.setRowCount(len(result.items))
        for row, item in enumerate(result.items):
            local = localtime.local(item.created_at)
            for col, text in enumerate((f"{local:%d-%m-%Y %H:%M}", item.author_name, item.text)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.skipped.setText("\n".join(
            self.tr("Regel {0} wordt overgeslagen: {1}").format(e.line, e.message) if e.line
            else self.tr("Overgeslagen: {0}").format(e.message) for e in result.errors))

    def run_import(self) -> None:
        """Import into the chosen account, streamed, with progress per stored batch."""
        account, path = self.chosen_account(), self.path.text()
        if account is None or not path:
            self.messages.show_error(self.tr("Kies een bestand en een account."))
            return
        if self._import is not None:
            return  # one import at a time (Enter pressed again)
        mapping, ingest, file = self.current_mapping(), self._ws.ingest, Path(path)

        def work(report: Callable[[ImportProgress], bool]) -> ImportReport:
            return store_file(file, ingest, platform=account.platform,
                              account=account.external_id, mapping=mapping, progress=report)

        self._stored = 0
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first batch is stored
        self.progress.setFormat("")
        self.progress.show()
        self._import = Op(self, work, write=True, progress=True).on_progress(
            self._on_progress).success(self._on_imported).failure(self._error)
        self._import.finished.connect(self._import_finished)
        self._import.run()

    def _on_progress(self, p: ImportProgress) -> None:
        self._stored = p.items
        self.progress.setRange(0, 1000)
        self.progress.setValue(round(p.fraction * 1000))
        self.progress.setFormat(self.tr("%n bericht(en) opgeslagen", "", p.items) + " (%p%)")

    def _import_finished(self) -> None:
        self._import = None
        self.progress.hide()
        self.import_button.setEnabled(True)

    def _on_imported(self, report: ImportReport) -> None:
        done = self.tr("%n bericht(en) geïmporteerd ({new} nieuw)", "", report.items).format(
            new=report.created)
        skip = self.tr("%n regel(s) uit het bestand overgeslagen.", "", report.skipped)
        self.messages.show_ok(f"{done}, {skip}")
        shown = report.errors[:SHOWN_ERRORS]
        lines = [self.tr("Regel {0} overgeslagen: {1}").format(e.line, e.message) if e.line
                 else self.tr("Overgeslagen: {0}").format(e.message) for e in shown]
        if report.skipped > len(shown):
            lines.append(self.tr("Nog %n overgeslagen regel(s) staan niet in deze lijst.", "",
                                 report.skipped - len(shown)))
        self.skipped.setText("\n".join(lines))
        self.changes_applied.emit(Changes(counts=True))

    def done(self, result: int) -> None:
        """Closing stops a running import after its current batch (stored batches stay)."""
        if self._import is not None:
            self._import.cancel()
        super().done(result)

    def _error(self, error: Exception) -> None:
        if self._stored:  # batches stored before the failure stay: the queue shows them
            self._stored = 0
            self.changes_applied.emit(Changes(counts=True))
        if isinstance(error, WrongPlatform):
            self.messages.show_error(self.tr("Dit bestand is een export van {0}; kies een "
                                             "account op dat platform.").format(
                                                 platforms.name(error.found)))
            return
        self.messages.show_error(error)
