"""Facebook Login inside the app: an embedded browser that catches Meta's success page.

Meta accepts no loopback redirect; its documented approach for desktop apps is a web view
in the app that watches for the redirect to https://www.facebook.com/connect/login_success
.html and reads the answer from that address. The view uses its own off-the-record
profile, so no Facebook cookie stays behind on the computer.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from moderator.auth.flow import lands_on


class MetaLoginView(QWidget):
    """Shows Meta's login dialog and emits ``landed`` with the success page's address."""

    landed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = ""
        self._done = False
        self.profile = QWebEngineProfile(self)  # off the record: nothing written to disk
        self.view = QWebEngineView(self)
        self.view.setPage(QWebEnginePage(self.profile, self.view))
        self.view.urlChanged.connect(self._on_url)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def start(self, url: str, success_url: str) -> None:
        """Open the login dialog at ``url``; watch for ``success_url``."""
        self._target, self._done = success_url, False
        self.view.load(QUrl(url))

    def _on_url(self, url: QUrl) -> None:
        text = url.toString()
        if not self._done and self._target and lands_on(text, self._target):
            self._done = True
            self.view.stop()
            self.landed.emit(text)
