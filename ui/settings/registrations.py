"""App-registraties: the organisation's own app per platform, entered once by a team lead.

Each platform row has the client id (shared with the team through the workspace), the
secret where the platform needs one (kept in this computer's keyring, shown only as
"opgeslagen"), the redirect address to register, and a link to the platform's developer
page. Facebook and Instagram share Meta's app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from moderator.auth.endpoints import Redirect, spec_for
from moderator.items import Platform
from ui.tasks import Op
from ui.widgets.panel_common import MUTED

if TYPE_CHECKING:
    from moderator.auth.registration import AppRegistration, Registrations
    from ui.widgets.panel_common import MessageBar

ROWS = ((Platform.FACEBOOK, "Meta (Facebook, Instagram)"), (Platform.YOUTUBE, "YouTube (Google)"),
        (Platform.LINKEDIN, "LinkedIn"), (Platform.X, "X"), (Platform.TIKTOK, "TikTok"))


def redirect_hint(platform: Platform) -> str:
    """The redirect address to register with the platform."""
    spec = spec_for(platform)
    if spec.redirect is Redirect.META_SUCCESS:
        return "https://www.facebook.com/connect/login_success.html"
    port = str(spec.fixed_port) if spec.fixed_port else "*"
    return f"http://127.0.0.1:{port}/callback"


class RegistrationsBox(QGroupBox):
    """Client id and secret per platform, with the developer page and redirect to register."""

    def __init__(self, registrations: Registrations, messages: MessageBar, *, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regs, self._messages = registrations, messages
        grid = QGridLayout(self)
        self.client_ids: dict[Platform, QLineEdit] = {}
        self.secrets: dict[Platform, QLineEdit] = {}
        self._labels: list[tuple[QLabel, Platform]] = []
        for row, (platform, name) in enumerate(ROWS):
            title = QLabel(f"<a href='{spec_for(platform).developer_page}'>{name}</a>")
            title.setOpenExternalLinks(True)
            title.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            cid, secret = QLineEdit(), QLineEdit()
            cid.setObjectName(f"client_id_{platform.value}")
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setVisible(spec_for(platform).needs_secret or platform in (Platform.X,
                                                                               Platform.LINKEDIN))
            hint = QLabel(redirect_hint(platform))
            hint.setStyleSheet(f"color: {MUTED};")
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for col, w in enumerate((title, cid, secret, hint)):
                grid.addWidget(w, row, col)
            self.client_ids[platform], self.secrets[platform] = cid, secret
            self._labels.append((hint, platform))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        grid.addWidget(self.save_button, len(ROWS), 3, Qt.AlignmentFlag.AlignRight)
        self.setEnabled(editable)
        self.load()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("App-registraties"))
        self.save_button.setText(self.tr("Opslaan"))
        for platform, cid in self.client_ids.items():
            cid.setPlaceholderText(self.tr("client-id"))
            self.secrets[platform].setPlaceholderText(self.tr("geheim (optioneel)")
                                                      if not spec_for(platform).needs_secret
                                                      else self.tr("geheim"))
        for hint, platform in self._labels:
            hint.setToolTip(self.tr("Registreer dit adres als redirect-URL bij {0}.")
                            .format(platform.value))

    def load(self) -> None:
        """Fill the fields from the workspace (secrets only say whether one is stored)."""
        regs = self._regs

        def work() -> dict[Platform, AppRegistration]:
            return {p: regs.get(p) for p, _name in ROWS}

        Op(self, work).success(self._on_loaded).failure(self._messages.show_error).run()

    def _on_loaded(self, found: dict[Platform, AppRegistration]) -> None:
        for platform, reg in found.items():
            self.client_ids[platform].setText(reg.client_id)
            self.secrets[platform].clear()
            if reg.client_secret:
                self.secrets[platform].setPlaceholderText(self.tr("opgeslagen"))

    def save(self) -> None:
        """Store every row (a blank secret keeps the stored one)."""
        rows = {p: (self.client_ids[p].text().strip(), self.secrets[p].text().strip() or None)
                for p, _name in ROWS}
        for field in self.secrets.values():
            field.clear()  # do not keep secrets in widgets longer than needed
        regs = self._regs

        def work() -> None:
            for platform, (cid, secret) in rows.items():
                regs.set(platform, cid, secret)

        Op(self, work, write=True).success(lambda _r: self._saved()) \
            .failure(self._messages.show_error).run()

    def _saved(self) -> None:
        self._messages.show_ok(self.tr("App-registraties opgeslagen."))
        self.load()
