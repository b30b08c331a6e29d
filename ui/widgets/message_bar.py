"""A non-modal message strip above the queue (KMessageWidget style): never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from moderator.errors import ModeratorError

_KINDS = {  # text colour, background, border
    "info": ("#1F4E8C", "#E8F0FA", "#C9DAF0"),
    "success": ("#2F6B3A", "#E6F3E8", "#C4E1C9"),
    "error": ("#8E1B1F", "#FCE8E8", "#F2C4C5"),
}


def describe(error: BaseException) -> str:
    """One line for any error: the message of our errors, the type and text of others."""
    if isinstance(error, ModeratorError):
        return str(error)
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class MessageBar(QFrame):
    """Shows one message at a time; info and success fade after a while, errors stay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote user text
        self._label.setWordWrap(True)
        self._close = QToolButton()
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 6, 6)
        lay.addWidget(self._label, 1)
        lay.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.kind = ""
        self.hide()

    @property
    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return self._label.text() if self.isVisible() or self.kind else ""

    def show_message(self, text: str, kind: str = "info", timeout_ms: int = 6000) -> None:
        """Show ``text``; ``kind`` is info, success or error (errors do not time out)."""
        fg, bg, border = _KINDS.get(kind, _KINDS["info"])
        self.kind = kind
        self.setStyleSheet(f"QFrame#messageBar {{ background: {bg}; border: 1px solid {border};"
                           f" border-radius: 6px; }} QLabel {{ color: {fg}; }}")
        self._label.setText(text)
        self.show()
        self._timer.stop()
        if kind != "error" and timeout_ms > 0:
            self._timer.start(timeout_ms)

    def show_error(self, error: BaseException | str) -> None:
        """Show an error as one line."""
        self.show_message(error if isinstance(error, str) else describe(error), "error")
