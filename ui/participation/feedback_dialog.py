"""Recording the feedback given on one input ("koppel terug")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui import plaintext


class FeedbackDialog(QDialog):
    """What was done with the input, when the answer was given, and where to read it."""

    def __init__(self, input_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terugkoppeling vastleggen"))
        self.quote = plaintext.label(plaintext.one_line(input_text, 200))  # a citizen wrote it
        self.quote.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Wat is er met deze inbreng gedaan?"))
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("Link naar verslag of besluit (optioneel)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Inbreng"), self.quote)
        form.addRow(self.tr("Terugkoppeling"), self.text)
        form.addRow(self.tr("Gegeven op"), self.when)
        form.addRow(self.tr("Link"), self.link)
        form.addRow(buttons)
        self.resize(520, 320)

    def values(self) -> tuple[str, date, str]:
        """The text, the date and the link entered."""
        d = self.when.date()
        return self.text.toPlainText(), date(d.year(), d.month(), d.day()), self.link.text()
