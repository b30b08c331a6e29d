"""Account koppelen: choose a platform, sign in on the platform, pick what to connect.

Three steps in one window. 1: the platform picker (a platform without an app registration
points to Instellingen). 2: the sign-in: the system browser for platforms that allow a
loopback redirect (the address is shown too, to copy into another browser), or Meta's own
login inside this window. 3: the page picker: the Pages, Instagram accounts, channels or
organisations the login reaches, with their names and ids from the platform. Opening the
dialog for an existing account reconnects it: the same account gets the new login, and
keeps its items and log.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator.auth.connect import ConnectService, loopback_sign_in
from moderator.auth.endpoints import Redirect, spec_for
from moderator.auth.registration import Registrations
from moderator.auth.tokens import TokenVault
from moderator.items import Platform
from moderator.secrets import KeyringStore
from moderator.settings import WorkspaceSettings
from ui import style
from ui.tasks import Op
from ui.widgets.panel_common import PANEL_STYLE, PLATFORM_NAMES, MessageBar, error_text, heading

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.auth.discover import Connectable
    from moderator.auth.flow import AuthorizationRequest, SignIn
    from moderator.auth.tokens import TokenSet
    from moderator.items import AccountInfo
    from moderator.workspace import Workspace
    from ui.accounts.meta_login import MetaLoginView

ORDER = (Platform.FACEBOOK, Platform.INSTAGRAM, Platform.YOUTUBE, Platform.LINKEDIN, Platform.X,
         Platform.TIKTOK)


def connect_service(ws: Workspace) -> tuple[ConnectService, Registrations]:
    """The workspace's connect service with the OS keyring."""
    vault = TokenVault(KeyringStore())
    regs = Registrations(WorkspaceSettings(ws.db), vault)
    return ConnectService(ws.accounts, regs, vault), regs


class _Bridge(QObject):
    """Signals from the sign-in thread to the GUI thread (queued)."""

    url_ready = Signal(str)
    found = Signal(object, object)  # TokenSet, list[Connectable]
    failed = Signal(object)


class ConnectDialog(QDialog):
    """Connect new accounts, or reconnect ``account``."""

    connected = Signal(object)  # list[AccountInfo]

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 account: AccountInfo | None = None, auth_base: str = "", api_base: str = "",
                 browser: Callable[[str], Any] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self._ws, self._account = ws, account
        self._auth_base, self._api_base = auth_base, api_base or (account.api_base
                                                                  if account else "")
        self._browser = browser or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self._service, self._regs = connect_service(ws)
        self._cancel = threading.Event()
        self._bridge = _Bridge(self)
        self._bridge.url_ready.connect(self._on_url)
        self._bridge.found.connect(self._on_found)
        self._bridge.failed.connect(self._on_failed)
        self._platform: Platform | None = None
        self._flow: SignIn | None = None
        self._request: AuthorizationRequest | None = None
        self._tokens: TokenSet | None = None
        self.choices: list[Connectable] = []
        self.setStyleSheet(PANEL_STYLE)
        self.setMinimumSize(620, 460)
        self._build()
        self.retranslate_ui()
        if account is not None:
            self.start(account.platform)

    # --- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self._title, self._subtitle = heading(""), heading("", "subtitle")
        self._subtitle.setWordWrap(True)
        self.messages = MessageBar()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._platform_page())
        self.stack.addWidget(self._wait_page())
        self.stack.addWidget(self._pick_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        for w in (self._title, self._subtitle, self.messages):
            layout.addWidget(w)
        layout.addWidget(self.stack, 1)

    def _platform_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.platform_buttons: dict[Platform, QToolButton] = {}
        for n, p in enumerate(ORDER):
            b = QToolButton()
            b.setObjectName(f"connect_{p.value}")
            b.setIcon(style.platform_icon(p))
            b.setIconSize(b.iconSize() * 2)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            b.setMinimumSize(180, 92)
            b.clicked.connect(lambda _=False, plat=p: self.start(plat))
            self.platform_buttons[p] = b
            grid.addWidget(b, n // 3, n % 3)
        self.registration_hint = QLabel()
        self.registration_hint.setWordWrap(True)
        self.registration_hint.setObjectName("muted")
        grid.addWidget(self.registration_hint, 2, 0, 1, 3)
        return page

    def _wait_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.url_field = QLineEdit()
        self.url_field.setReadOnly(True)
        self.reopen_button, self.cancel_button = QPushButton(), QPushButton()
        self.reopen_button.clicked.connect(lambda: self._browser(self.url_field.text()))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.url_field, 1)
        row.addWidget(self.reopen_button)
        self.meta_view: MetaLoginView | None = None
        self._wait_layout = layout
        layout.addWidget(self.wait_label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _pick_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pick_label = QLabel()
        self.pick_label.setWordWrap(True)
        self.choice_list = QListWidget()
        self.choice_list.setObjectName("choiceList")
        self.project = QLineEdit()
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("primary")
        self.connect_button.clicked.connect(self.connect_checked)
        row = QHBoxLayout()
        self._project_label = QLabel()
        row.addWidget(self._project_label)
        row.addWidget(self.project, 1)
        row.addWidget(self.connect_button)
        layout.addWidget(self.pick_label)
        layout.addWidget(self.choice_list, 1)
        layout.addLayout(row)
        return page

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        again = self._account is not None
        self.setWindowTitle(self.tr("Opnieuw koppelen") if again else self.tr("Account koppelen"))
        self._title.setText(self.windowTitle())
        self._subtitle.setText(
            self.tr("Log opnieuw in bij het platform. Het account houdt zijn berichten en "
                    "zijn moderatielogboek.") if again else
            self.tr("Kies het platform en log in met een account dat de pagina of het kanaal "
                    "beheert. Moderator krijgt alleen de toegang die u daar goedkeurt."))
        for p, b in self.platform_buttons.items():
            ready = self._regs.get(p).complete
            how = (self.tr("inloggen in dit venster") if spec_for(p).redirect is
                   Redirect.META_SUCCESS else self.tr("inloggen via de browser"))
            status = how if ready else self.tr("nog niet ingesteld")
            b.setText(f"{PLATFORM_NAMES[p.value]}\n{status}")
            b.setEnabled(ready)
        missing = [PLATFORM_NAMES[p.value] for p in ORDER if not self._regs.get(p).complete]
        self.registration_hint.setText(self.tr(
            "Voor {0} is nog geen app-registratie ingevuld. Een teamleider vult die eenmalig "
            "in bij Instellingen > App-registraties.").format(", ".join(missing))
            if missing else "")
        self.reopen_button.setText(self.tr("Opnieuw openen"))
        self.cancel_button.setText(self.tr("Annuleren"))
        self._project_label.setText(self.tr("Project"))
        self.project.setPlaceholderText(self.tr("bijv. Verbreding A27 Lexmond"))
        self.connect_button.setText(self.tr("Koppelen"))

    # --- sign-in ----------------------------------------------------------------------
    def start(self, platform: Platform) -> None:
        """Begin the sign-in for ``platform``."""
        self._platform = platform
        try:
            self._flow = self._service.sign_in(platform, auth_base=self._auth_base,
                                               api_base=self._api_base)
        except Exception as exc:
            self._on_failed(exc)
            return
        self.messages.hide()
        self._cancel.clear()
        self.stack.setCurrentIndex(1)
        name = PLATFORM_NAMES[platform.value]
        if self._flow.spec.redirect is Redirect.META_SUCCESS:
            self._start_meta(name)
            return
        self.wait_label.setText(self.tr(
            "Log in bij {0} in de browser die nu opengaat en geef toestemming. Opent er "
            "niets? Kopieer dan het adres hieronder naar een browser. Moderator wacht vijf "
            "minuten.").format(name))
        threading.Thread(target=self._loopback, args=(self._flow,), daemon=True).start()

    def _loopback(self, flow: SignIn) -> None:
        try:
            tokens = loopback_sign_in(flow, self._bridge.url_ready.emit, cancel=self._cancel)
            self._discover(tokens)
        except Exception as exc:
            if not self._cancel.is_set():
                self._bridge.failed.emit(exc)

    def _discover(self, tokens: TokenSet) -> None:
        assert self._platform is not None
        choices = self._service.choices(self._platform, tokens, self._api_base)
        self._bridge.found.emit(tokens, choices)

    def _on_url(self, url: str) -> None:
        self.url_field.setText(url)
        self._browser(url)

    def _start_meta(self, name: str) -> None:
        assert self._flow is not None
        self.wait_label.setText(self.tr("Log hieronder in bij {0} en geef toestemming voor de "
                                        "pagina's die u wilt koppelen.").format(name))
        self._request = self._flow.start()
        self.url_field.setText(self._request.url)
        if self.meta_view is None:
            # QtWebEngine loads only when someone signs in to Meta (it is large).
            from ui.accounts.meta_login import MetaLoginView

            self.meta_view = MetaLoginView(self)
            self.meta_view.landed.connect(self._on_meta_landed)
            self._wait_layout.insertWidget(2, self.meta_view, 1)
        self.meta_view.start(self._request.url, self._flow.meta_success_url())

    def _on_meta_landed(self, url: str) -> None:
        flow, request = self._flow, self._request
        assert flow is not None and request is not None
        self.wait_label.setText(self.tr("Ingelogd; pagina's en accounts ophalen…"))

        def work() -> None:
            try:
                self._discover(flow.finish(request, url))
            except Exception as exc:  # every failure is shown to the user
                self._bridge.failed.emit(exc)

        threading.Thread(target=work, daemon=True).start()

    def cancel(self) -> None:
        """Stop waiting for the sign-in and go back to the platform choice."""
        self._cancel.set()
        self.stack.setCurrentIndex(0)
        if self._account is not None:
            self.reject()

    def _on_failed(self, error: object) -> None:
        self.stack.setCurrentIndex(0)
        self.messages.show_error(sign_in_error_text(self, error))

    # --- pick -------------------------------------------------------------------------
    def _on_found(self, tokens: TokenSet, choices: list[Connectable]) -> None:
        self._tokens, self.choices = tokens, list(choices)
        if self._account is not None:
            match = [c for c in choices if (c.platform, c.external_id) ==
                     (self._account.platform, self._account.external_id)]
            if not match:
                self.stack.setCurrentIndex(0)
                self.messages.show_error(self.tr(
                    "Met deze login is '{0}' niet bereikbaar. Log in met een account dat deze "
                    "pagina of dit kanaal beheert.").format(self._account.name))
                return
            self._store(match)
            return
        self.choice_list.clear()
        for c in choices:
            label = f"{PLATFORM_NAMES[c.platform.value]} · {c.name}"
            if c.detail:
                label += f" ({c.detail})"
            item = QListWidgetItem(style.platform_icon(c.platform), f"{label}\n{c.external_id}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.platform is self._platform
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            self.choice_list.addItem(item)
        self.pick_label.setText(self.tr("Deze login geeft toegang tot het volgende. Vink aan "
                                        "wat u wilt koppelen.") if choices else
                                self.tr("Deze login geeft geen toegang tot een pagina, "
                                        "kanaal of account om te modereren."))
        self.connect_button.setEnabled(bool(choices))
        self.stack.setCurrentIndex(2)

    def check(self, key: str, on: bool = True) -> None:
        """Tick or untick one choice by ``platform:external_id`` (as a click would)."""
        for row in range(self.choice_list.count()):
            item = self.choice_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def connect_checked(self) -> None:
        """Connect every ticked choice."""
        keys = {self.choice_list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.choice_list.count())
                if self.choice_list.item(r).checkState() == Qt.CheckState.Checked}
        picked = [c for c in self.choices if c.key in keys]
        if not picked:
            self.messages.show_error(self.tr("Vink ten minste één pagina of account aan."))
            return
        self._store(picked)

    def _store(self, picked: list[Connectable]) -> None:
        tokens, service, account = self._tokens, self._service, self._account
        assert tokens is not None
        project, api = self.project.text().strip(), self._api_base
        taken = {a.name for a in self._ws.accounts.list()}

        def work() -> list[AccountInfo]:
            if account is not None:
                return [service.connect(picked[0], tokens, account=account, api_base=api)]
            out = []
            for c in picked:
                name = c.name if c.name not in taken else \
                    f"{c.name} ({PLATFORM_NAMES[c.platform.value]})"
                out.append(service.connect(c, tokens, name=name, project=project,
                                           api_base=api))
            return out

        Op(self, work, write=True).success(self._on_stored).failure(self._on_failed).run()

    def _on_stored(self, accounts: list[AccountInfo]) -> None:
        self.connected.emit(accounts)
        self.accept()


def sign_in_error_text(widget: QObject, error: object) -> str:
    """The Dutch sentence for a failed sign-in (the technical detail after a dash)."""
    code = getattr(error, "code", "")
    texts = {
        "registration": widget.tr("De app-registratie voor dit platform is niet compleet. "
                                  "Vul die in bij Instellingen > App-registraties."),
        "denied": widget.tr("Het platform gaf geen toestemming. Probeer het opnieuw en kies "
                            "'Toestaan'."),
        "state": widget.tr("Het antwoord van het platform hoort niet bij deze aanmelding. "
                           "Begin opnieuw."),
        "exchange": widget.tr("Het platform weigerde de aanmelding af te ronden. Controleer "
                              "de app-registratie en probeer het opnieuw."),
        "network": widget.tr("Het platform is niet bereikbaar. Controleer de verbinding en "
                             "probeer het opnieuw."),
    }
    base = texts.get(code) or (widget.tr("Niemand heeft binnen vijf minuten ingelogd.")
                               if type(error).__name__ == "LoginTimeout" else "")
    detail = error_text(error) if isinstance(error, BaseException) else str(error)
    return f"{base} ({detail})" if base else detail
