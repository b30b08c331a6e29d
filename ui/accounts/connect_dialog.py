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
from PySide6.QtGui import QDesktopServices, QKeyEvent
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

from moderator import platforms as core_platforms
from moderator.auth.connect import ConnectService, loopback_sign_in
from moderator.auth.endpoints import Redirect
from moderator.auth.registration import Registrations
from moderator.auth.tokens import TokenVault
from moderator.secrets import KeyringStore
from moderator.settings import WorkspaceSettings
from ui import platforms
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.auth.discover import Connectable
    from moderator.auth.flow import AuthorizationRequest, SignIn
    from moderator.auth.tokens import TokenSet
    from moderator.items import AccountInfo, Platform
    from moderator.workspace import Workspace
    from ui.accounts.meta_login import MetaLoginView

PLATFORMS, SIGN_IN, PICK = range(3)  # the steps, as pages of the stack


def signin_platforms() -> list[Platform]:
    """The platforms connected by signing in, in the platform table's order."""
    return [row.id for row in core_platforms.with_signin()]


def connect_service(ws: Workspace) -> tuple[ConnectService, Registrations]:
    """The workspace's connect service with the OS keyring."""
    vault = TokenVault(KeyringStore())
    regs = Registrations(WorkspaceSettings(ws.db), vault)
    return ConnectService(ws.accounts, regs, vault), regs


class PlatformButton(QToolButton):
    """A platform tile: Enter and Return choose it too, as on a push button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Qt override: Enter or Return clicks, like Space."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                & ~Qt.KeyboardModifier.KeypadModifier:
            self.animateClick()
            return
        super().keyPressEvent(event)


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
        self.platform_buttons: dict[Platform, PlatformButton] = {}
        for n, p in enumerate(signin_platforms()):
            b = PlatformButton()
            b.setObjectName(f"connect_{p.value}")
            b.setIcon(platforms.icon(p))
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
        self.reopen_button.clicked.connect(self.reopen)
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
        self._project_label.setBuddy(self.project)
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
            how = (self.tr("inloggen in dit venster") if core_platforms.signin(p).redirect is
                   Redirect.META_SUCCESS else self.tr("inloggen via de browser"))
            status = how if ready else self.tr("nog niet ingesteld")
            b.setText(f"{platforms.name(p)}\n{status}")
            b.setAccessibleName(platforms.name(p))  # the second line is its description
            b.setAccessibleDescription(status)
            b.setEnabled(ready)
        missing = [platforms.name(p) for p in signin_platforms() if not self._regs.get(p).complete]
        self.registration_hint.setText(self.tr(
            "Voor {0} is nog geen app-registratie ingevuld. Een teamleider vult die eenmalig "
            "in bij Instellingen > App-registraties.").format(", ".join(missing))
            if missing else "")
        self.url_field.setAccessibleName(self.tr("Adres van de inlogpagina"))
        self.choice_list.setAccessibleName(self.tr("Pagina's en accounts om te koppelen"))
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
        name = platforms.name(platform)
        if self._flow.spec.redirect is Redirect.META_SUCCESS:
            self._start_meta(name)
            return
        if self.meta_view is not None:  # an earlier Meta sign-in's page is not this one
            self.meta_view.hide()
        self.wait_label.setText(self.tr(
            "Log in bij {0} in de browser die nu opengaat en geef toestemming. Opent er "
            "niets? Kopieer dan het adres hieronder naar een browser. Moderator wacht vijf "
            "minuten.").format(name))
        self._show_page(SIGN_IN)
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
            # Tab as the page reads: the address, Opnieuw openen, Meta's login, Annuleren.
            self.meta_view.set_tab_neighbours(self.reopen_button, self.cancel_button)
        self.meta_view.show()
        self.meta_view.start(self._request.url, self._flow.meta_success_url())
        self._show_page(SIGN_IN, self.meta_view.view)  # Meta's login form is the next step

    def reopen(self) -> None:
        """Open the login page again: Meta's in this window, other platforms' in the browser.

        A Meta login in the system browser cannot reach the app (it lands on Meta's own
        success page), so for Meta the page in the window starts over.
        """
        if (self.meta_view is not None and self.meta_view.isVisible()
                and self._flow is not None and self._request is not None):
            self.meta_view.start(self._request.url, self._flow.meta_success_url())
            self.meta_view.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._browser(self.url_field.text())

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
        self._stop_sign_in()
        self._show_page(PLATFORMS)
        if self._account is not None:
            self.reject()

    def reject(self) -> None:
        """Esc or the window's close button: stop a sign-in under way, then close.

        The loopback listener stops within a tenth of a second, so its port (X's is fixed)
        is free again for the next sign-in.
        """
        self._stop_sign_in()
        super().reject()

    def _stop_sign_in(self) -> None:
        self._cancel.set()
        if self.meta_view is not None:
            self.meta_view.stop()

    def _on_failed(self, error: BaseException) -> None:
        self._show_page(PLATFORMS)
        self.messages.show_error(error)

    def _show_page(self, page: int, focus: QWidget | None = None) -> None:
        """Show a step, its first control focused and Enter on the button that goes on.

        Step 1: the platform just tried (or the first one set up); Enter or Space picks
        it. Step 2: the address (or Meta's login), Enter opens the browser again. Step 3:
        the list, Enter connects what is ticked.
        """
        self.stack.setCurrentIndex(page)
        if page == PLATFORMS:
            ready = [b for b in self.platform_buttons.values() if b.isEnabled()]
            tried = self.platform_buttons.get(self._platform) if self._platform else None
            focus = tried if tried in ready else next(iter(ready), None)
        elif page == SIGN_IN:
            self.reopen_button.setDefault(True)
            focus = focus or self.url_field
        else:
            self.connect_button.setDefault(True)
            focus = self.choice_list
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- pick -------------------------------------------------------------------------
    def _on_found(self, tokens: TokenSet, choices: list[Connectable]) -> None:
        self._tokens, self.choices = tokens, list(choices)
        if self._account is not None:
            match = [c for c in choices if (c.platform, c.external_id) ==
                     (self._account.platform, self._account.external_id)]
            if not match:
                self._show_page(PLATFORMS)
                self.messages.show_error(self.tr(
                    "Met deze login is '{0}' niet bereikbaar. Log in met een account dat deze "
                    "pagina of dit kanaal beheert.").format(self._account.name))
                return
            self._store(match)
            return
        self.choice_list.clear()
        for c in choices:
            label = f"{platforms.name(c.platform)} · {c.name}"
            if c.detail:
                label += f" ({c.detail})"
            item = QListWidgetItem(platforms.icon(c.platform), f"{label}\n{c.external_id}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.platform is self._platform
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            self.choice_list.addItem(item)
        self.pick_label.setText(self.tr("Deze login geeft toegang tot het volgende. Vink aan "
                                        "wat u wilt koppelen.") if choices else
                                self.tr("Deze login geeft geen toegang tot een pagina, "
                                        "kanaal of account om te modereren."))
        self.choice_list.setAccessibleDescription(self.pick_label.text())
        self.connect_button.setEnabled(bool(choices))
        self._show_page(PICK)

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
                    f"{c.name} ({platforms.name(c.platform)})"
                out.append(service.connect(c, tokens, name=name, project=project,
                                           api_base=api))
            return out

        Op(self, work, write=True).success(self._on_stored).failure(self._on_failed).run()

    def _on_stored(self, accounts: list[AccountInfo]) -> None:
        self.connected.emit(accounts)
        self.accept()

