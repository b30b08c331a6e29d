"""Threshold calibration for one toxicity category.

How many of the last N scored items each threshold would flag, with the items just
above and just below the chosen threshold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import follow_language
from ui.rules.loader import _cell, _table
from ui.style import MUTED, heading
from ui.tasks import Op
from ui.widgets.layouts import TAB_MARGINS, column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.stats import Calibration, StatsService

CHOSEN = QColor("#E8F0F8")


class CalibrationView(QWidget):
    """Pick a category, sample size and threshold; see what it would flag."""

    calibrated = Signal()

    def __init__(self, stats: StatsService, accounts: frozenset[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stats, self._accounts = stats, accounts
        self.result: Calibration | None = None
        self.category = QComboBox()
        self.sample = QSpinBox(minimum=50, maximum=20_000, singleStep=100, value=500)
        self.threshold = QDoubleSpinBox(minimum=0.05, maximum=0.95, singleStep=0.05,
                                        decimals=2, value=0.6)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.calibrate)
        self._labels = [QLabel() for _ in range(3)]
        form = QHBoxLayout()
        for label, w in zip(self._labels, (self.category, self.sample, self.threshold),
                            strict=True):
            label.setBuddy(w)
            form.addWidget(label)
            form.addWidget(w)
            form.addSpacing(8)
        form.addWidget(self.run_button)
        form.addStretch(1)
        self.messages = MessageBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {MUTED};")
        self.table = _table(3)
        self.above_title, self.below_title = heading("", "section"), heading("", "section")
        self.above, self.below = QListWidget(), QListWidget()
        for lst in (self.above, self.below):
            lst.setWordWrap(True)
            lst.setAlternatingRowColors(True)
        lists = QHBoxLayout()
        for title, lst in ((self.above_title, self.above), (self.below_title, self.below)):
            col = QVBoxLayout()
            col.addWidget(title)
            col.addWidget(lst)
            lists.addLayout(col)
        column(self, form, self.messages, self.summary, (self.table, 2), (lists, 3),
               margins=TAB_MARGINS)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.load_categories()

    def retranslate_ui(self) -> None:
        """Set every text."""
        for label, text in zip(self._labels, (self.tr("Categorie"), self.tr("Laatste"),
                                              self.tr("Drempel")), strict=True):
            label.setText(text)
        self.sample.setSuffix(self.tr(" berichten"))
        self.run_button.setText(self.tr("Berekenen"))
        self.table.setHorizontalHeaderLabels([self.tr("Drempel"), self.tr("Zou markeren"),
                                              self.tr("Aandeel")])
        self.above_title.setText(self.tr("Net boven de drempel (wordt gemarkeerd)"))
        self.below_title.setText(self.tr("Net onder de drempel (blijft ongemoeid)"))
        if self.result is None:
            self.summary.setText(self.tr("Kies een categorie en een drempel en klik op "
                                         "Berekenen."))

    def load_categories(self) -> None:
        """Fill the category menu from recent scores, on a worker."""
        Op(self, self._stats.score_categories).success(self._on_categories) \
            .failure(self.messages.show_error).run()

    def _on_categories(self, categories: list[str]) -> None:
        keep = self.category.currentText()
        self.category.clear()
        self.category.addItems(categories)
        if keep in categories:
            self.category.setCurrentText(keep)
        elif "toxicity" in categories:
            self.category.setCurrentText("toxicity")
        self.run_button.setEnabled(bool(categories))
        if not categories:
            self.summary.setText(self.tr("Nog geen gescoorde berichten: installeer het "
                                         "toxiciteitsmodel en laat het scoren."))

    def calibrate(self) -> None:
        """Compute the calibration on a worker."""
        stats, category = self._stats, self.category.currentText()
        limit, threshold = self.sample.value(), round(self.threshold.value(), 2)
        thresholds = sorted({round(x / 10, 1) for x in range(1, 10)} | {threshold})
        accounts = self._accounts
        Op(self, lambda: stats.calibration(category, limit=limit, threshold=threshold,
                                           thresholds=thresholds, accounts=accounts)) \
            .success(self._on_result) \
            .failure(self.messages.show_error).run()

    def _on_result(self, c: Calibration) -> None:
        self.result = c
        self.summary.setText(self.tr("{0} van de laatste {1} gescoorde berichten hebben een "
                                     "score voor '{2}'.").format(c.sampled, self.sample.value(),
                                                                 c.category))
        t = self.table
        t.setRowCount(len(c.rows))
        for row, r in enumerate(c.rows):
            share = f"{r.flagged / c.sampled:.0%}" if c.sampled else "—"
            for col, value in enumerate((f"{r.threshold:.2f}", r.flagged, share)):
                item = _cell(value)
                if abs(r.threshold - c.threshold) < 1e-9:
                    item.setBackground(CHOSEN)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                t.setItem(row, col, item)
        for lst, examples in ((self.above, c.just_above), (self.below, c.just_below)):
            lst.clear()
            for e in examples:
                lst.addItem(f"{e.score:.2f}  {e.text[:240]}")
                lst.item(lst.count() - 1).setData(Qt.ItemDataRole.UserRole, int(e.item_id))
        self.calibrated.emit()
