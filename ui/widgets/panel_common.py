"""Small pieces the side panels share: a calm palette, an inline message bar, headings.

Errors are shown in the panel itself (non-modal, one line, no traceback): the user
keeps working and the message says what went wrong in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator.errors import ModeratorError

# A calm palette: muted blues and greens, one warm accent; used by charts and banners.
SERIES = ("#4C78A8", "#72B7B2", "#54A24B", "#EECA3B", "#B279A2", "#9D755D", "#BAB0AC")
PLATFORM_COLOURS = {"facebook": "#4C78A8", "instagram": "#B279A2", "youtube": "#D9826F",
                    "linkedin": "#72B7B2", "x": "#6B6B6B", "tiktok": "#54A24B"}
PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram", "youtube": "YouTube",
                  "linkedin": "LinkedIn", "x": "X", "tiktok": "TikTok"}
OK_BG, OK_FG = "#E7F4EA", "#1E5B2E"
BAD_BG, BAD_FG = "#FBE9E7", "#8A1F11"
INFO_BG, INFO_FG = "#EEF3F8", "#274A6B"
MUTED = "#5F6B76"

PANEL_STYLE = """
QLabel[role="title"] { font-size: 17px; font-weight: 600; color: #1F2A33; }
QLabel[role="subtitle"] { color: #5F6B76; }
QLabel[role="section"] { font-size: 13px; font-weight: 600; color: #1F2A33; }
QTreeWidget::item, QListWidget::item { padding: 4px 2px; }
QListWidget::item { border-bottom: 1px solid #E6EAEE; }
QFrame[role="card"] { background: #FFFFFF; border: 1px solid #DDE3E8; border-radius: 6px; }
"""


def error_text(error: BaseException) -> str:
    """One line for the user: our own errors as written, others by kind and first line."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    if isinstance(error, ModeratorError):
        return text or type(error).__name__
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def heading(text: str, role: str = "title") -> QLabel:
    """A label styled as a panel title, subtitle or section heading."""
    label = QLabel(text)
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MessageBar(QFrame):
    """An inline, dismissable message (info, success or error) at the top of a panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("×")  # noqa: RUF001 - the close sign, not a letter
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self._label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        """The message shown (for tests)."""
        return self._label.text()

    def show_error(self, text: str) -> None:
        """Show an error message."""
        self._show(text, BAD_BG, BAD_FG)

    def show_info(self, text: str) -> None:
        """Show a neutral message."""
        self._show(text, INFO_BG, INFO_FG)

    def show_ok(self, text: str) -> None:
        """Show a success message."""
        self._show(text, OK_BG, OK_FG)

    def _show(self, text: str, bg: str, fg: str) -> None:
        self.setStyleSheet(f"MessageBar {{ background: {bg}; border-radius: 4px; }}"
                           f" QLabel {{ color: {fg}; }}")
        self._label.setText(text)
        self.show()


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded frame and its layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    return frame, layout
