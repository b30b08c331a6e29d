"""Organisation accounts (organisatieaccounts): list, connect, reconnect, test, remove, sync.

"Account koppelen" signs in on the platform and lets the user pick the pages or channels
(``ui.accounts.connect_dialog``); ids come from the platform, the login goes to the OS
keyring. An account whose login expired or was revoked shows *opnieuw koppelen nodig*;
"Opnieuw koppelen" renews it in place. "Nu synchroniseren" runs the sync in a child
process (``ui.jobs``), shows progress and can be cancelled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from moderator import localtime
from moderator.changes import Changes
from moderator.connectors.registry import connector_for, is_demo
from moderator.items import AccountInfo, Platform
from moderator.moderators import Permission, can
from moderator.secrets import KeyringStore, account_key
from ui import access, errors, plaintext, platforms
from ui.accounts.connect_dialog import ConnectDialog
from ui.accounts.import_dialog import ImportDialog
from ui.i18n import follow_language
from ui.jobs import Job
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.connectors.base import Connector
    from moderator.items import AccountInfo, ModeratorInfo
    from moderator.workspace import Workspace


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
        # the same rights ``moderator import`` and ``moderator sync`` ask for
        self._may_import = can(me, Permission.DATA_IMPORT)
        self._may_sync = can(me, Permission.SYNC_RUN)
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
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setMinimumHeight(240)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.connect_button, self.reconnect_button = QPushButton(), QPushButton()
        self.connect_button.setObjectName("primary")
        self.connect_button.clicked.connect(self.connect_new)
        self.reconnect_button.clicked.connect(self.reconnect_selected)
        self.connect_button.setEnabled(self._may)
        #: Where sign-ins go (tests point them at local fakes); passed to ConnectDialog.
        self.connect_options: dict[str, Any] = {}
        self.connect_dialog: ConnectDialog | None = None
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setEnabled(self._may_import)
        self.import_dialog: ImportDialog | None = None
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
        self.sync_label = plaintext.label()  # names the account
        self.sync_label.setWordWrap(True)
        actions = QHBoxLayout()
        for b in (self.connect_button, self.reconnect_button, self.test_button,
                  self.remove_button, self.import_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.sync_button)
        column(self, self._title, self._subtitle, self.messages, (self.table, 1), actions,
               self.sync_label, spacing=10)

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self.setWindowTitle(self.tr("Accounts"))
        self._title.setText(self.tr("Organisatieaccounts"))
        self._subtitle.setText(self.tr(
            "Gedeelde accounts van de organisatie. Tokens staan alleen in de sleutelbos van "
            "het besturingssysteem, nooit in de database, logboeken of exports."))
        self.table.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Naam"),
                                              self.tr("Status"), self.tr("Login verloopt"),
                                              self.tr("Project"), self.tr("Extern id")])
        self.connect_button.setText(self.tr("Account koppelen…"))
        self.reconnect_button.setText(self.tr("Opnieuw koppelen"))
        self.import_button.setText(self.tr("Bestand importeren…"))
        if not self._may:
            self.connect_button.setToolTip(self.tr("Alleen teamleiders beheren accounts."))
        if not self._may_import:
            self.import_button.setToolTip(self.tr("Alleen teamleiders importeren bestanden."))
        if not self._may_sync:
            self.sync_button.setToolTip(self.tr(
                "Alleen teamleiders starten een synchronisatie; de app haalt zelf nieuwe "
                "berichten op."))
        self.test_button.setText(self.tr("Verbinding testen"))
        self.remove_button.setText(self.tr("Verwijderen"))
        self.sync_button.setText(self.tr("Nu synchroniseren"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self._on_selection()

    # --- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the account list on a worker."""
        Op(self, self._ws.accounts.list).success(self._on_accounts).failure(self._error).run()

    def _on_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, a in enumerate(accounts):
            for col, text in enumerate((platforms.name(a.platform), a.name, self.state_text(a),
                                        self.expiry_text(a), a.project, a.external_id)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, int(a.id))
                if a.needs_reconnect and col in (1, 2):
                    item.setForeground(QColor("#A4161A"))
                self.table.setItem(row, col, item)
        self._on_selection()

    def state_text(self, a: AccountInfo) -> str:
        """The account's login state in words."""
        if a.needs_reconnect:
            return self.tr("opnieuw koppelen nodig")
        return self.tr("demo") if is_demo(a) else self.tr("verbonden")

    def expiry_text(self, a: AccountInfo) -> str:
        """When the login runs out, or that it renews itself."""
        if is_demo(a):
            return "—"
        if a.auth_expires_at is None:
            # Meta Page tokens from a long-lived login have no end date; OAuth logins with a
            # refresh token renew their access token themselves.
            return self.tr("geen einddatum") if a.platform in (Platform.FACEBOOK,
                                                                Platform.INSTAGRAM) \
                else self.tr("vernieuwt zichzelf")
        return localtime.local(a.auth_expires_at).strftime("%d-%m-%Y")

    def selected(self) -> AccountInfo | None:
        """The selected account."""
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        selected = self.selected()
        has = selected is not None
        self.reconnect_button.setEnabled(selected is not None and self._may
                                         and not is_demo(selected))
        self.reconnect_button.setObjectName("primary" if selected is not None
                                            and selected.needs_reconnect else "")
        self.reconnect_button.style().unpolish(self.reconnect_button)  # restyle by the new name
        self.reconnect_button.style().polish(self.reconnect_button)
        self.test_button.setEnabled(has)
        self.remove_button.setEnabled(has and self._may)
        self.sync_button.setEnabled(bool(self.accounts) and self._sync_op is None
                                    and self._may_sync)
        self._armed_remove = None
        self.remove_button.setText(self.tr("Verwijderen"))

    # --- connect / remove / test ------------------------------------------------------
    def connect_new(self) -> ConnectDialog:
        """Open the connect dialog (platform picker, sign-in, page picker)."""
        return self._open_connect(None)

    def reconnect_selected(self) -> ConnectDialog | None:
        """Renew the selected account's login; its items and log stay."""
        account = self.selected()
        return None if account is None else self._open_connect(account)

    def open_import(self) -> ImportDialog:
        """Open the file import (column mapping and preview for spreadsheets)."""
        dlg = ImportDialog(self._ws, self)
        self.import_dialog = dlg
        dlg.changes_applied.connect(self.changes_applied)
        access.apply(dlg)  # Tab and names, as for the dialogs the main window opens
        dlg.open()
        return dlg

    def _open_connect(self, account: AccountInfo | None) -> ConnectDialog:
        dlg = ConnectDialog(self._ws, self, account=account, **self.connect_options)
        self.connect_dialog = dlg
        dlg.connected.connect(self._on_connected)
        access.apply(dlg)
        dlg.open()
        return dlg

    def _on_connected(self, accounts: list[AccountInfo]) -> None:
        names = ", ".join(a.name for a in accounts)
        self.messages.show_ok(self.tr("Gekoppeld: {0}.").format(names))
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

        def work() -> None:
            accounts.remove(ident)
            if not is_demo(account):
                KeyringStore().delete(account_key(ident))  # the login goes with the account

        Op(self, work, write=True) \
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
        pages = self.tr("%n pagina('s)", "", int(p["pages"]))
        items = self.tr("%n bericht(en), {new} nieuw", "", int(p["items"])).format(
            new=p["created"])
        text = f"{p['account']}: {pages}, {items}"
        error = str(p.get("error") or "")
        self.sync_label.setText(f"{text} — {self.tr('mislukt')}" if error else text)
        self.sync_label.setToolTip(plaintext.tooltip(error))  # the platform's own words

    def _on_synced(self, result: dict[str, Any]) -> None:
        results = result["accounts"]
        lost = [r for r in results if r.get("needs_reconnect")]
        failed = [r for r in results if r.get("error") and not r.get("needs_reconnect")]
        created = sum(int(r.get("created", 0)) for r in results)
        if lost:
            self.refresh()  # their state column now says so
            self.messages.show_error(self.tr(
                "Opnieuw koppelen nodig voor {0}: de login is verlopen of ingetrokken. Kies "
                "het account en klik op Opnieuw koppelen; berichten en logboek blijven.")
                .format(", ".join(str(r["account"]) for r in lost)))
        elif failed:
            self.messages.show_message(
                self.tr("%n account(s) niet gelukt.", "", len(failed)) + " "
                + errors.code_sentence(str(failed[0].get("code") or "")), "error",
                details="; ".join(f"{r.get('account', '')}: {r['error']}" for r in failed))
        elif result.get("cancelled"):
            self.messages.show_ok(self.tr("Synchroniseren gestopt: %n nieuw(e) bericht(en) "
                                          "opgeslagen.", "", created))
        else:
            self.messages.show_ok(self.tr("Gesynchroniseerd: %n nieuw(e) bericht(en).", "",
                                          created))
        self.changes_applied.emit(Changes(counts=True))
        self.synced.emit()

    def _on_sync_finished(self) -> None:
        self._sync_op = None
        self.progress.hide()
        self.cancel_button.hide()
        self._on_selection()

    def _error(self, error: Exception) -> None:
        self.messages.show_error(error)
