"""The rule tester: type a text, see which house rules it hits and where (plain text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

import rules
from ui import vocabulary
from ui.errors import sentence
from ui.i18n import follow_language
from ui.style import MUTED, heading
from ui.tasks import Op
from ui.widgets.layouts import TAB_MARGINS, column

HIGHLIGHT = QColor("#FFE3A3")


def utf16_offset(text: str, index: int) -> int:
    """Qt documents count UTF-16 code units; the engine counts code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class RuleTester(QWidget):
    """Type a sample text; hits and highlighted evidence appear as you type."""

    evaluated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ruleset: Any = None
        self.hits: list[Any] = []
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.evaluate)
        self._input_label = heading("", "section")
        self.input = QPlainTextEdit()
        self.input.setTabChangesFocus(True)
        self.input.textChanged.connect(self._timer.start)
        self._evidence_label = heading("", "section")
        self.evidence = QTextEdit()
        self.evidence.setReadOnly(True)
        self.evidence.setAcceptRichText(False)
        self._hits_label = heading("", "section")
        self.hit_list = QListWidget()
        self.hit_list.setWordWrap(True)
        self.hit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hit_list.setAlternatingRowColors(True)
        self.summary = QLabel()
        self.summary.setStyleSheet(f"color: {MUTED};")
        column(self, self._input_label, (self.input, 1), self._evidence_label, (self.evidence, 1),
               self._hits_label, self.summary, (self.hit_list, 3), margins=TAB_MARGINS)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        """Set every text."""
        self._input_label.setText(self.tr("Voorbeeldtekst"))
        self.input.setPlaceholderText(self.tr("Typ of plak een reactie om de spelregels te "
                                              "testen…"))
        self._evidence_label.setText(self.tr("Bewijs in de tekst"))
        self._hits_label.setText(self.tr("Geraakte spelregels"))
        self._show_summary()

    def set_ruleset(self, ruleset: Any) -> None:
        """Test against this rule set from now on."""
        self._ruleset = ruleset
        self._timer.start()

    def evaluate(self) -> None:
        """Evaluate the sample text on a worker."""
        ruleset, text = self._ruleset, self.input.toPlainText()
        if ruleset is None:
            return
        Op(self, lambda: rules.evaluate(ruleset, rules.Subject(text=text))) \
            .success(lambda hits: self._show(text, hits)) \
            .failure(lambda e: self.summary.setText(sentence(e))).run()

    def _show(self, text: str, hits: list[Any]) -> None:
        if text != self.input.toPlainText():
            return  # typed on meanwhile; the next evaluation is on its way
        self.hits = list(hits)
        self.evidence.setPlainText(text)
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setFontUnderline(True)
        cursor = QTextCursor(self.evidence.document())
        for hit in hits:
            for start, end in hit.spans:
                cursor.setPosition(utf16_offset(text, start))
                cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
        self.hit_list.clear()
        for hit in hits:
            head = f"{hit.rule_id} · {hit.title} — " + self.tr("{0}, {1}").format(
                vocabulary.severity(hit.severity), vocabulary.suggested_action(hit.action))
            item = QListWidgetItem(f"{head}\n{hit.public_text}")
            item.setData(Qt.ItemDataRole.UserRole, hit.rule_id)
            self.hit_list.addItem(item)
        self._show_summary()
        self.evaluated.emit()

    def highlighted(self) -> list[str]:
        """The highlighted fragments in the evidence view (for tests)."""
        out, block = [], self.evidence.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.charFormat().background().color() == HIGHLIGHT:
                    out.append(frag.text())
                it += 1
            block = block.next()
        return out

    def _show_summary(self) -> None:
        if not self.input.toPlainText().strip():
            self.summary.setText(self.tr("Nog geen tekst."))
        elif not self.hits:
            self.summary.setText(self.tr("Geen spelregel geraakt."))
        else:
            self.summary.setText(self.tr("%n spelregel(s) geraakt.", "", len(self.hits)))
