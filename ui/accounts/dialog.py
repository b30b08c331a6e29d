"""Organisation accounts (organisatieaccounts): list, add, test, remove, sync.

Adding puts the token in the OS keyring; "Nu synchroniseren" runs the sync in a child
process (``ui.jobs``), shows progress and can be cancelled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from moderator import platforms as core_platforms
from moderator.changes import Changes
from moderator.connectors.registry import connector_for
from moderator.items import AccountInfo, Platform
from moderator.moderators import Permission, can
from moderator.secrets import KeyringStore, account_key
from ui import platforms
from ui.i18n import follow_language
from ui.jobs import Job
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.connectors.base import Connector
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace


def save_token(account_id: int, token: str) -> None:
    """Put an account's token in the OS keyring."""
    KeyringStore().set(account_key(account_id), token)


def open_connector(account: AccountInfo) -> Connector:
    """The platform connector for an account (token from the keyring)."""
    return connector_for(account, KeyringStore())


def check_connection(account: AccountInfo) -> str:
    """Ask the platform who the token belongs to."""
    connector = open_connector(account)
    try:
        return str(connector.whoami())
    finally:
        connector.close()


class AccountsDialog(QDialog):
    """Manage the shared organisation accounts."""

    changes_applied = Signal(object)
    synced = Signal()

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._may = can(me, Permission.ACCOUNTS_MANAGE)
        self.accounts: list[AccountInfo] = []
        self._armed_remove: int | None = None
        self._sync_op: Job | None = None
        self.setModal(False)
        self.setStyleSheet(PANEL_STYLE)
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.refresh()

    def _build(self) -> None:
        self._title = heading("")
        self._subtitle = heading("", "subtitle")
        self._subtitle.setWordWrap(True)
        self.messages = MessageBar()
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.test_button, self.remove_button = QPushButton(), QPushButton()
        self.sync_button, self.cancel_button = QPushButton(), QPushButton()
        self.test_button.clicked.connect(self.test_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button.hide()
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        actions = QHBoxLayout()
        for b in (self.test_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.sync_button)
        column(self, self._title, self._subtitle, self.messages, (self.table, 1), actions,
               self.sync_label, self._build_form(), spacing=10)

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox()
        self.platform = QComboBox()
        for spec in core_platforms.all_specs():
            self.platform.addItem(platforms.icon(spec.id), spec.name, spec.id.value)
        self.name, self.external_id, self.project = QLineEdit(), QLineEdit(), QLineEdit()
        self.api_base, self.token = QLineEdit(), QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_account)
        self._form = QFormLayout(self.form_box)
        self._form_fields = (self.platform, self.name, self.external_id, self.project,
                             self.api_base, self.token)
        self._form_labels = [QLabel() for _ in self._form_fields]
        for label, w in zip(self._form_labels, self._form_fields, strict=True):
            self._form.addRow(label, w)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        self._form.addRow(add_row)
        self.form_box.setEnabled(self._may)
        return self.form_box

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self.setWindowTitle(self.tr("Accounts"))
        self._title.setText(self.tr("Organisatieaccounts"))
        self._subtitle.setText(self.tr(
            "Gedeelde accounts van de organisatie. Tokens staan alleen in de sleutelbos van "
            "het besturingssysteem, nooit in de database, logboeken of exports."))
        self.table.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Naam"),
                                              self.tr("Project"), self.tr("Extern id")])
        self.test_button.setText(self.tr("Verbinding testen"))
        self.remove_button.setText(self.tr("Verwijderen"))
        self.sync_button.setText(self.tr("Nu synchroniseren"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self.form_box.setTitle(self.tr("Account toevoegen"))
        labels = (self.tr("Platform"), self.tr("Naam"), self.tr("Extern id"),
                  self.tr("Project"), self.tr("API-adres"), self.tr("Token"))
        for label, text in zip(self._form_labels, labels, strict=True):
            label.setText(text)
        self.project.setPlaceholderText(self.tr("bijv. Verbreding A27 Lexmond"))
        self.api_base.setPlaceholderText(self.tr("leeg = standaard API van het platform"))
        self.token.setPlaceholderText(self.tr("wordt in de sleutelbos bewaard"))
        self.add_button.setText(self.tr("Toevoegen"))
        if not self._may:
            self.form_box.setToolTip(self.tr("Alleen teamleiders en communitymanagers "
                                             "beheren accounts."))
        self._on_selection()

    # --- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the account list on a worker."""
        Op(self, self._ws.accounts.list).success(self._on_accounts).failure(self._error).run()

    def _on_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            for col, text in enumerate((platforms.name(a.platform),
                                        a.name, a.project, a.external_id)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, int(a.id))
                self.table.setItem(row, col, item)
        self._on_selection()

    def selected(self) -> AccountInfo | None:
        """The selected account."""
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        has = self.selected() is not None
        self.test_button.setEnabled(has)
        self.remove_button.setEnabled(has and self._may)
        self.sync_button.setEnabled(bool(self.accounts) and self._sync_op is None)
        self._armed_remove = None
        self.remove_button.setText(self.tr("Verwijderen"))

    # --- add / remove / test ----------------------------------------------------------
    def add_account(self) -> None:
        """Register the account from the form; the token goes to the keyring."""
        platform = Platform(self.platform.currentData())
        name, ext = self.name.text().strip(), self.external_id.text().strip()
        project, api, token = self.project.text().strip(), self.api_base.text().strip(), \
            self.token.text()
        if not name or not ext:
            self.messages.show_error(self.tr("Vul ten minste een naam en een extern id in."))
            return
        accounts = self._ws.accounts

        def work() -> AccountInfo:
            info = accounts.add(platform, name, ext, project, api)
            if token:
                save_token(info.id, token)
            return info

        self.token.clear()  # do not keep the secret in the widget longer than needed
        Op(self, work, write=True).success(self._on_added).failure(self._error).run()

    def _on_added(self, info: AccountInfo) -> None:
        self.messages.show_ok(self.tr("Account '{0}' toegevoegd.").format(info.name))
        for w in (self.name, self.external_id, self.project, self.api_base):
            w.clear()
        self.refresh()
        self.changes_applied.emit(Changes(counts=True))

    def remove_selected(self) -> None:
        """First click arms, second click removes the account and its items."""
        account = self.selected()
        if account is None:
            return
        if self._armed_remove != account.id:
            self._armed_remove = account.id
            self.remove_button.setText(self.tr("Nogmaals klikken om te verwijderen"))
            self.messages.show_info(self.tr(
                "'{0}' verwijderen haalt ook alle berichten van dit account uit de werkruimte. "
                "Klik nogmaals om te bevestigen.").format(account.name))
            return
        accounts, ident = self._ws.accounts, account.id
        Op(self, lambda: accounts.remove(ident), write=True) \
            .success(lambda _r: self._on_removed(account)).failure(self._error).run()

    def _on_removed(self, account: AccountInfo) -> None:
        self.messages.show_ok(self.tr("Account '{0}' verwijderd.").format(account.name))
        self.refresh()
        self.changes_applied.emit(Changes(counts=True))

    def test_selected(self) -> None:
        """Ask the platform who the token belongs to, on a worker."""
        account = self.selected()
        if account is None:
            return
        self.messages.show_info(self.tr("Verbinding met {0} testen…").format(account.name))
        Op(self, lambda: check_connection(account)) \
            .success(lambda who: self.messages.show_ok(
                self.tr("Verbinding werkt: ingelogd als {0}.").format(who))) \
            .failure(self._error).run()

    # --- sync -------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync every account once in a child process, with progress.

        Cancel stops between pages: what was fetched stays stored, and the next sync
        resumes from its cursor.
        """
        accounts = list(self.accounts)
        self.progress.setRange(0, max(1, len(accounts)))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v van %m accounts"))
        self.progress.show()
        self.cancel_button.show()
        job = Job(self, self._ws, "sync", [f"--account={a.id}" for a in accounts])
        self._sync_op = job
        job.on_progress(self._on_sync_progress).success(self._on_synced) \
            .failure(self._error).run()
        job.finished.connect(self._on_sync_finished)
        self._on_selection()

    def cancel_sync(self) -> None:
        """Ask the running sync to stop."""
        if self._sync_op is not None:
            self._sync_op.cancel()
            self.sync_label.setText(self.tr("Annuleren…"))

    def _on_sync_progress(self, p: dict[str, Any]) -> None:
        if p.get("finished"):
            self.progress.setValue(self.progress.value() + 1)
        text = self.tr("{0}: {1} pagina's, {2} berichten ({3} nieuw)").format(
            p["account"], p["pages"], p["items"], p["created"])
        error = str(p.get("error") or "")
        self.sync_label.setText(f"{text} — {self.tr('mislukt')}" if error else text)
        self.sync_label.setToolTip(error)  # the platform's own (technical) words

    def _on_synced(self, result: dict[str, Any]) -> None:
        results = result["accounts"]
        failed = [r for r in results if r.get("error")]
        created = sum(int(r.get("created", 0)) for r in results)
        if failed:
            self.messages.show_message(
                self.tr("{0} account(s) niet gelukt.").format(len(failed)), "error",
                details="; ".join(f"{r.get('account', '')}: {r['error']}" for r in failed))
        elif result.get("cancelled"):
            self.messages.show_ok(self.tr("Synchroniseren gestopt: {0} nieuwe berichten "
                                          "opgeslagen.").format(created))
        else:
            self.messages.show_ok(self.tr("Gesynchroniseerd: {0} nieuwe berichten.")
                                  .format(created))
        self.changes_applied.emit(Changes(counts=True))
        self.synced.emit()

    def _on_sync_finished(self) -> None:
        self._sync_op = None
        self.progress.hide()
        self.cancel_button.hide()
        self._on_selection()

    def _error(self, error: Exception) -> None:
        self.messages.show_error(error)
