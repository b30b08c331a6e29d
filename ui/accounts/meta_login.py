"""Facebook Login inside the app: an embedded browser that catches Meta's success page.

Meta accepts no loopback redirect; its documented approach for desktop apps is a web view
in the app that watches for the redirect to https://www.facebook.com/connect/login_success
.html and reads the answer from that address. The view uses its own off-the-record
profile, so no Facebook cookie stays behind on the computer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from moderator.auth.flow import lands_on
from ui import style


class MetaLoginView(QWidget):
    """Shows Meta's login dialog and emits ``landed`` with the success page's address.

    The page is one Tab stop named for screen readers; while the keyboard focus is in it,
    a focus ring is drawn around it (web content shows no ring of its own until a field
    inside it is reached).
    """

    landed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = ""
        self._done = False
        self._neighbours: tuple[QWidget, QWidget] | None = None
        self.profile = QWebEngineProfile(self)  # off the record: nothing written to disk
        self.view = QWebEngineView(self)
        self.view.setPage(QWebEnginePage(self.profile, self.view))
        self.view.urlChanged.connect(self._on_url)
        self.view.installEventFilter(self)  # the page's own widget comes later (_adopt)
        layout = QVBoxLayout(self)
        ring = style.FOCUS_RING_WIDTH
        layout.setContentsMargins(ring, ring, ring, ring)  # room for the focus ring
        layout.addWidget(self.view)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def start(self, url: str, success_url: str) -> None:
        """Open the login dialog at ``url``; watch for ``success_url``."""
        self._target, self._done = success_url, False
        self._adopt()
        self.view.load(QUrl(url))

    def stop(self) -> None:
        """Stop loading and watching (the sign-in was cancelled)."""
        self._done = True
        self.view.stop()

    def has_focus_inside(self) -> bool:
        """Whether the keyboard focus is in the page."""
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def set_tab_neighbours(self, before: QWidget, after: QWidget) -> None:
        """Tab reaches the page between ``before`` and ``after`` (as the window reads)."""
        self._neighbours = (before, after)
        self._adopt()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: name and place the page's widget once the view has made it."""
        if watched is self.view and event.type() == QEvent.Type.ChildPolished:
            self._adopt()
        return False

    def _adopt(self) -> None:
        name = self.tr("Inlogpagina van Meta")
        self.view.setAccessibleName(name)
        # The widget that takes the focus and the keys: made with the page, so it would
        # otherwise be nameless and last in the window's Tab order.
        inner = self.view.focusProxy()
        if inner is None:
            return
        inner.setAccessibleName(name)
        if self._neighbours is not None:
            # Tab stops at the view (which hands the focus to that widget). setTabOrder
            # moves only widgets that take the focus, so for a moment the view does (a
            # policy set on the view is passed on to that widget: both are put back).
            before, after = self._neighbours
            policies = self.view.focusPolicy(), inner.focusPolicy()
            self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            QWidget.setTabOrder(before, self.view)
            QWidget.setTabOrder(self.view, after)
            self.view.setFocusPolicy(policies[0])
            inner.setFocusPolicy(policies[1])

    def _on_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if any(w is not None and self.isAncestorOf(w) for w in (old, new)):
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Qt override: the focus ring around the page while it has the focus."""
        super().paintEvent(event)
        if not self.has_focus_inside():
            return
        ring = style.FOCUS_RING_WIDTH
        painter = QPainter(self)
        painter.setPen(QPen(QColor(style.ACCENT), ring))
        half = ring // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - ring % 2, -half - ring % 2))
        painter.end()

    def _on_url(self, url: QUrl) -> None:
        text = url.toString()
        if not self._done and self._target and lands_on(text, self._target):
            self._done = True
            self.view.stop()
            self.landed.emit(text)
