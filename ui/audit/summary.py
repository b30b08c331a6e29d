"""The team lead's overview per moderator over the filtered period.

Actions by type, reversals, approvals, rejections and refused attempts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.audit.model import action_label

if TYPE_CHECKING:
    from moderator.audit.review import ModeratorSummary


class SummaryDialog(QDialog):
    """A read-only table, one row per moderator."""

    def __init__(self, rows: list[ModeratorSummary], period: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overzicht per moderator — {0}").format(period))
        self.table = QTableWidget(len(rows), 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Moderator"), self.tr("Vermeldingen"), self.tr("Acties per soort"),
            self.tr("Teruggedraaid"), self.tr("Goedgekeurd"), self.tr("Afgewezen"),
            self.tr("Geweigerd")])
        for n, r in enumerate(rows):
            kinds = ", ".join(f"{action_label(k)} {v}" for k, v in sorted(r.actions.items()))
            for col, value in enumerate((r.moderator, str(r.total), kinds, str(r.reversals),
                                         str(r.approvals), str(r.rejections), str(r.refused))):
                self.table.setItem(n, col, QTableWidgetItem(value))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Sluiten; arrows move inside
        self.table.setAccessibleName(self.tr("Overzicht per moderator"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 360)
