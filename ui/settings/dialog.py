"""Settings (instellingen): language, model, workspace, app registrations, reply templates.

The language is stored in QSettings; the main window listens to ``language_changed`` to
swap translators. Model status comes from ``moderator.scoring``'s model store; opening
another workspace is a request the main window carries out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.auth.registration import Registrations
from moderator.auth.tokens import TokenVault
from moderator.moderators import Permission, can
from moderator.scoring.store import ModelStore, default_root
from moderator.secrets import KeyringStore
from moderator.settings import WorkspaceSettings
from moderator.templates import TemplateStore
from ui import i18n, plaintext
from ui.errors import sentence
from ui.i18n import follow_language
from ui.reply_templates import AddressBox, TemplatesDialog
from ui.settings.registrations import RegistrationsBox
from ui.settings.retention import RetentionBox
from ui.style import MUTED, PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


def model_status(ws: Workspace) -> tuple[str, str]:
    """(code, detail): ``installed`` or ``missing``."""
    workspace = str(ws.directory) if ws.directory is not None else None
    store = ModelStore(default_root(workspace))
    active = store.active()
    if active is None:
        return "missing", ""
    return "installed", f"{active.name} ({active.version})"


def install_model(ws: Workspace, path: str) -> tuple[str, str]:
    """Install a model bundle from a file (air-gapped PCs), then report the status."""
    workspace = str(ws.directory) if ws.directory is not None else None
    ModelStore(default_root(workspace)).install(Path(path))
    return model_status(ws)


class SettingsDialog(QDialog):
    """Language, model and workspace."""

    language_changed = Signal(str)
    open_workspace_requested = Signal(str)

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self.model_state = "loading"
        self._model_detail = ""
        self.setModal(False)
        self.setStyleSheet(PANEL_STYLE)
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.check_model()

    def _build(self) -> None:
        self._title = heading("")
        self.messages = MessageBar()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._stored_language())))
        self.language.currentIndexChanged.connect(self._on_language)
        self.lang_box = QGroupBox()
        self._lang_form = QFormLayout(self.lang_box)
        self._lang_label = QLabel()
        self._lang_form.addRow(self._lang_label, self.language)
        self.model_label = QLabel()
        plaintext.plain(self.model_label)
        self.model_label.setWordWrap(True)
        self.install_button = QPushButton()
        self.install_button.clicked.connect(self._ask_model_file)
        self.model_box = QGroupBox()
        model_row = QHBoxLayout(self.model_box)
        model_row.addWidget(self.model_label, 1)
        model_row.addWidget(self.install_button)
        self.location = QLineEdit(self._ws.label)
        self.location.setReadOnly(True)
        self.kind_label = QLabel()
        self.kind_label.setStyleSheet(f"color: {MUTED};")
        self.kind_label.setWordWrap(True)
        self.open_dir, self.open_url = QPushButton(), QPushButton()
        self.open_dir.clicked.connect(self._ask_directory)
        self.url_edit = QLineEdit()
        self.open_url.clicked.connect(self._request_url)
        self.ws_box = QGroupBox()
        ws_layout = QVBoxLayout(self.ws_box)
        ws_layout.addWidget(self.location)
        ws_layout.addWidget(self.kind_label)
        row = QHBoxLayout()
        row.addWidget(self.open_dir)
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.open_url)
        ws_layout.addLayout(row)
        self._build_replies()
        self.retention = RetentionBox(self._ws, self._me, self.messages)
        column(self, self._title, self.messages, self.lang_box, self.model_box, self.ws_box,
               self.reply_box, self.retention, self.registrations, spacing=12).addStretch(1)

    def _build_replies(self) -> None:
        settings = WorkspaceSettings(self._ws.db)
        self.registrations = RegistrationsBox(
            Registrations(settings, TokenVault(KeyringStore())), self.messages,
            editable=can(self._me, Permission.REGISTRATIONS_MANAGE))
        self.templates = TemplateStore(settings)
        self.reply_box = QGroupBox()
        reply_row = QHBoxLayout(self.reply_box)
        self._address_label = QLabel()
        self.address = AddressBox(self.templates)
        self.address.setEnabled(can(self._me, Permission.TEMPLATES_EDIT))
        self.edit_templates = QPushButton()
        self.edit_templates.clicked.connect(self.open_templates)
        self.templates_dialog: TemplatesDialog | None = None
        reply_row.addWidget(self._address_label)
        reply_row.addWidget(self.address)
        reply_row.addStretch(1)
        reply_row.addWidget(self.edit_templates)

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self.setWindowTitle(self.tr("Instellingen"))
        self._title.setText(self.tr("Instellingen"))
        self.lang_box.setTitle(self.tr("Taal"))
        self._lang_label.setText(self.tr("Taal van de interface"))
        self.model_box.setTitle(self.tr("Toxiciteitsmodel"))
        self.install_button.setText(self.tr("Installeren uit bestand…"))
        self.ws_box.setTitle(self.tr("Werkruimte"))
        team = self._ws.directory is None
        self.kind_label.setText(
            self.tr("Teamdatabase (PostgreSQL): meerdere moderatoren werken tegelijk in "
                    "dezelfde wachtrij.") if team else
            self.tr("Lokale werkruimte (SQLite) op deze computer."))
        self.open_dir.setText(self.tr("Andere werkruimte openen…"))
        self.url_edit.setPlaceholderText(self.tr("of teamdatabase: postgresql://gebruiker@server/db"))
        self.open_url.setText(self.tr("Verbinden"))
        self.reply_box.setTitle(self.tr("Antwoorden"))
        self._address_label.setText(self.tr("Aanspreekvorm in sjablonen"))
        self.edit_templates.setText(self.tr("Sjablonen bewerken…")
                                    if can(self._me, Permission.TEMPLATES_EDIT)
                                    else self.tr("Sjablonen bekijken…"))
        self.registrations.retranslate_ui()
        self._show_model()

    def open_templates(self) -> TemplatesDialog:
        """Open the template editor (team leads edit, others read)."""
        dlg = TemplatesDialog(self.templates, i18n.current(),
                              editable=can(self._me, Permission.TEMPLATES_EDIT), parent=self)
        self.templates_dialog = dlg
        dlg.open()
        return dlg

    # --- language ---------------------------------------------------------------------
    @staticmethod
    def _stored_language() -> str:
        return str(QSettings().value("ui/language", "nl"))

    def _on_language(self) -> None:
        code = str(self.language.currentData())
        QSettings().setValue("ui/language", code)
        self.language_changed.emit(code)
        self.messages.show_info(self.tr("Taal ingesteld op {0}.").format(
            self.language.currentText()))

    # --- model ------------------------------------------------------------------------
    def check_model(self) -> None:
        """Look up the model status on a worker (shows 'laden' meanwhile)."""
        self.model_state = "loading"
        self._show_model()
        ws = self._ws
        Op(self, lambda: model_status(ws)).success(self._on_model) \
            .failure(self._on_model_error).run()

    def _on_model(self, res: tuple[str, str]) -> None:
        self.model_state, self._model_detail = res
        self._show_model()

    def _on_model_error(self, error: Exception) -> None:
        self.model_state, self._model_detail = "error", sentence(error)
        self._show_model()

    def _show_model(self) -> None:
        texts = {
            "loading": self.tr("Status wordt opgehaald…"),
            "installed": self.tr("Geïnstalleerd: {0}. Berichten worden op deze computer "
                                 "gescoord; er gaat niets naar een externe dienst.")
            .format(self._model_detail),
            "missing": self.tr("Niet geïnstalleerd. Installeer een modelbestand om berichten "
                               "op toxiciteit te scoren."),
            "error": self.tr("Status onbekend: {0}").format(self._model_detail),
        }
        self.model_label.setText(texts.get(self.model_state, self.model_state))
        self.install_button.setEnabled(self.model_state in ("installed", "missing"))

    def _ask_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Modelbestand kiezen"), "",
                                              self.tr("Modelbestanden (*.zip *.ckpt)"))
        if path:
            ws = self._ws
            self.model_state = "loading"
            self._show_model()
            Op(self, lambda: install_model(ws, path)).success(self._on_model) \
                .failure(self._on_model_error).run()

    # --- workspace --------------------------------------------------------------------
    def _ask_directory(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Werkruimte kiezen"))
        if path:
            self.open_workspace_requested.emit(path)

    def _request_url(self) -> None:
        url = self.url_edit.text().strip()
        if not url.startswith(("postgresql://", "postgresql+psycopg://")):
            self.messages.show_error(self.tr("Een teamdatabase-adres begint met "
                                             "postgresql://"))
            return
        self.open_workspace_requested.emit(url)
