"""The one inline message strip (KMessageWidget style) of the queue, panels and dialogs.

Non-modal, plain text, never a traceback: an error is one sentence in the user's language
(``ui.errors.describe``) with the technical details one click away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QWidget

from ui import errors, plaintext, style


class MessageBar(QFrame):
    """Shows one message at a time: info, success or error.

    Args:
        parent: The owning widget.
        fade_ms: Info and success messages hide after this long (0: they stay); errors
            always stay until closed or replaced.
    """

    def __init__(self, parent: QWidget | None = None, *, fade_ms: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel()
        plaintext.plain(self._label)  # messages may quote user text
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = QLabel()
        self._details.setObjectName("messageDetails")
        plaintext.plain(self._details)
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.hide()
        self._more = QToolButton()
        self._more.setAutoRaise(True)
        self._more.setCheckable(True)
        self._more.toggled.connect(self._details.setVisible)
        close = self._close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 6, 6)
        grid.addWidget(self._label, 0, 0)
        grid.addWidget(self._more, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(close, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._details, 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self._fade_ms = fade_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.kind = ""
        self.retranslate_ui()
        self.hide()

    def text(self) -> str:
        """The message shown (empty before the first one)."""
        return self._label.text()

    def details(self) -> str:
        """The technical details of the message shown ("" when none)."""
        return self._details.text()

    def show_message(self, text: str, kind: str = "info", *, details: str = "") -> None:
        """Show ``text``; ``kind`` is info, success or error (errors do not fade)."""
        fg, bg, border = style.MESSAGE_COLOURS.get(kind, style.MESSAGE_COLOURS["info"])
        self.kind = kind
        self.setStyleSheet(f"QFrame#messageBar {{ background: {bg}; border: 1px solid {border};"
                           f" border-radius: 6px; }} QLabel {{ color: {fg}; }}"
                           f" QLabel#messageDetails {{ color: {style.MUTED}; }}")
        self._label.setText(text)
        self._details.setText(details)
        self._label.setToolTip(plaintext.tooltip(details))
        self._more.setVisible(bool(details))
        self._more.setChecked(False)
        self.show()
        self._timer.stop()
        if kind != "error" and self._fade_ms > 0:
            self._timer.start(self._fade_ms)

    def show_error(self, error: BaseException | str) -> None:
        """Show an error: our sentence for it, its technical message as details."""
        if isinstance(error, str):
            self.show_message(error, "error")
        else:
            sentence, details = errors.describe(error)
            self.show_message(sentence, "error", details=details)

    def show_info(self, text: str) -> None:
        """Show a neutral message."""
        self.show_message(text, "info")

    def show_ok(self, text: str) -> None:
        """Show a success message."""
        self.show_message(text, "success")

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self._more.setText(self.tr("Details"))
        self._close.setAccessibleName(self.tr("Melding sluiten"))  # not "✕" read aloud
        self._close.setToolTip(self.tr("Melding sluiten"))
