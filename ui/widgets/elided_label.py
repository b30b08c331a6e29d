"""A one-line label that shortens its text with … instead of widening (or cutting) its row."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui import plaintext

SHRINK_TO = 60  # px: the least a shrinking label keeps (a word and the ellipsis)


class ElidedLabel(QLabel):
    """One line of plain text; elided text has the whole text as its tooltip.

    Args:
        text: The text.
        name: Object name (for the style sheet).
        shrinks: Keep the width the text wants when there is room and give way down to
            ``SHRINK_TO`` when there is not (a status bar); else take only the width the
            layout gives (a detail row).
    """

    def __init__(self, text: str = "", name: str = "", parent: QWidget | None = None, *,
                 shrinks: bool = False) -> None:
        super().__init__(parent)
        self._shrinks = shrinks
        plaintext.plain(self)
        self.setProperty("elides", True)  # tools/layout_check.py: shortened on purpose
        self.setSizePolicy(QSizePolicy.Policy.Preferred if shrinks else QSizePolicy.Policy.Ignored,
                           QSizePolicy.Policy.Preferred)
        if name:
            self.setObjectName(name)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        """Qt override: long texts keep their whole wording in the tooltip."""
        super().setText(text)
        self.setToolTip(plaintext.tooltip(text) if len(text) > 40 else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Qt override."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), SHRINK_TO), hint.height()) if self._shrinks else hint

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Qt override."""
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        p.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
        p.end()
