"""Making a post a poll: its options (one a line, ``KEY=other,names``) and closing time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from moderator.participation.votes import parse_options
from ui.plaintext import one_line

if TYPE_CHECKING:
    from moderator.participation.votes import PollOption


class PollDialog(QDialog):
    """The options and the closing time of a poll on the item's post."""

    def __init__(self, post_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Peiling maken"))
        post = QLabel(one_line(post_title, 200))
        post.setWordWrap(True)
        post.setTextFormat(Qt.TextFormat.PlainText)
        self.options = QPlainTextEdit("A\nB\nC")
        self.options.setTabChangesFocus(True)  # one option a line: Tab goes on, Enter adds
        self.options.setToolTip(self.tr("Eén optie per regel. Andere namen na een =, "
                                        "gescheiden door komma's: A=🌳,bomen"))
        self.closes = QCheckBox(self.tr("Stemmen sluiten op"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(7))
        self.when.setCalendarPopup(True)
        self.when.setEnabled(False)
        self.when.setAccessibleName(self.closes.text())  # the box beside it is its label
        self.closes.toggled.connect(self.when.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Bericht"), post)
        form.addRow(self.tr("Opties"), self.options)
        form.addRow(self.closes, self.when)
        form.addRow(buttons)
        self.resize(480, 340)

    def values(self) -> tuple[tuple[PollOption, ...], datetime | None]:
        """The options (UsageError when they do not make a poll) and the closing time."""
        lines = [x.strip() for x in self.options.toPlainText().splitlines() if x.strip()]
        closes = None
        if self.closes.isChecked():
            closes = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return parse_options(lines), closes
