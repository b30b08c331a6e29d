"""Marking a message as participation input: choose its topics from the project's list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import plaintext

if TYPE_CHECKING:
    from collections.abc import Sequence


class TopicDialog(QDialog):
    """Tick one or more topics; a new topic can be typed in."""

    def __init__(self, project: str, topics: Sequence[str], text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Markeren als inbreng"))
        intro = plaintext.label(  # the project is a name someone typed
            self.tr("Inbreng voor {0}:").format(project or self.tr("(geen project)")))
        quote = plaintext.label(plaintext.one_line(text, 200))
        quote.setWordWrap(True)
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Onderwerpen"))
        for t in topics:
            item = QListWidgetItem(t)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.new_topic = QLineEdit()
        self.new_topic.setPlaceholderText(self.tr("Nieuw onderwerp (optioneel)"))
        self.new_topic.setAccessibleName(self.new_topic.placeholderText())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, quote, self.topics, self.new_topic, buttons):
            layout.addWidget(w)
        self.resize(460, 380)

    def chosen(self) -> tuple[list[str], str]:
        """The ticked topics and a new one typed in ("" when none)."""
        ticked = [self.topics.item(n).text() for n in range(self.topics.count())
                  if self.topics.item(n).checkState() == Qt.CheckState.Checked]
        return ticked, " ".join(self.new_topic.text().split())
