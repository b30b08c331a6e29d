"""Moderatoren: the team lead adds, changes and disables moderators.

In team mode each moderator is a database login; the password set here is the first one
(the moderator keeps it in the OS keyring with ``moderator login``). An external
moderator gets a scope (projects or accounts) and an end date, after which the database
shows them nothing. Everyone else sees the list read-only.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator import localtime
from moderator.items import Role
from moderator.moderators import Permission, can
from ui.audit.model import role_label
from ui.i18n import follow_language
from ui.tasks import Op
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace


class ModeratorsDialog(QDialog):
    """The list of moderators and a form to add, change or disable one."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._may = can(me, Permission.MODERATORS_MANAGE)
        self._rows: list[ModeratorInfo] = []
        self.messages = MessageBar()
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Moderatoren"))  # no label above it to name it
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.name, self.password, self.scope = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(role_label(r.value), r.value)
        self.has_end, self.until = QCheckBox(), QDateEdit(QDate.currentDate().addMonths(3))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.save_button, self.disable_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.disable_button.clicked.connect(self.disable)
        self._form = QFormLayout()
        end = QHBoxLayout()
        end.addWidget(self.has_end)
        end.addWidget(self.until, 1)
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._labels, (self.name, self.role, self.scope),
                                strict=False):
            self._form.addRow(label, field)
        self._form.addRow(self._labels[3], end)
        self._form.addRow(self._labels[4], self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.disable_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        for w in (self.name, self.role, self.scope, self.has_end, self.until, self.password,
                  self.save_button, self.disable_button):
            w.setEnabled(self._may)
        self.password.setVisible(ws.moderators.team)
        self._labels[4].setVisible(ws.moderators.team)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.resize(820, 560)
        self.reload()

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self.setWindowTitle(self.tr("Moderatoren"))
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Rol"),
                                              self.tr("Bereik"), self.tr("Tot en met"),
                                              self.tr("Status")])
        for label, text in zip(self._labels, (
                self.tr("Naam"), self.tr("Rol"), self.tr("Bereik"), self.tr("Einddatum"),
                self.tr("Wachtwoord (database)")), strict=True):
            label.setText(text)
        self.scope.setPlaceholderText(self.tr("project:Naam, account:Naam (leeg: alles)"))
        self.has_end.setText(self.tr("Toegang eindigt op"))
        self.password.setPlaceholderText(self.tr("Alleen bij een nieuwe login of om het "
                                                 "wachtwoord te vervangen"))
        self.save_button.setText(self.tr("Opslaan"))
        self.disable_button.setText(self.tr("Uitschakelen"))
        if not self._may:
            self.messages.show_info(self.tr("Alleen een teamleider beheert moderatoren."))

    def reload(self) -> None:
        """Read the moderators on a worker."""
        Op(self, self._ws.moderators.list).success(self._fill) \
            .failure(self.messages.show_error).run()

    def _fill(self, rows: list[ModeratorInfo]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for n, m in enumerate(rows):
            until = localtime.local(m.until).strftime("%d-%m-%Y") if m.until else "—"
            state = self.tr("uitgeschakeld") if m.disabled else self.tr("actief")
            for col, value in enumerate((m.name, role_label(m.role.value),
                                         ", ".join(m.scope) or self.tr("alles"), until, state)):
                self.table.setItem(n, col, QTableWidgetItem(value))

    def _show_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return
        m = self._rows[row]
        self.name.setText(m.name)
        self.role.setCurrentIndex(max(0, self.role.findData(m.role.value)))
        self.scope.setText(", ".join(m.scope))
        self.has_end.setChecked(m.until is not None)
        if m.until is not None:
            local = m.until.astimezone()
            self.until.setDate(QDate(local.year, local.month, local.day))
        self.password.clear()

    def _until(self) -> datetime | None:
        if not self.has_end.isChecked():
            return None
        d = self.until.date()
        # Access ends after that day, local time.
        end = datetime.combine(datetime(d.year(), d.month(), d.day()).date(), time.max)
        return end.astimezone().astimezone(UTC)  # naive = local time

    def save(self) -> None:
        """Add or change the moderator in the form (worker)."""
        name, role = self.name.text().strip(), Role(self.role.currentData())
        scope = [s.strip() for s in self.scope.text().split(",") if s.strip()]
        password = self.password.text() or None
        until, mods, me = self._until(), self._ws.moderators, self._me
        Op(self, lambda: mods.add(me, name, role, scope, until=until, password=password)) \
            .success(lambda m: self._done(self.tr("{0} opgeslagen.").format(m.name))) \
            .failure(self.messages.show_error).run()

    def disable(self) -> None:
        """Take the selected moderator's access away (worker)."""
        name, mods, me = self.name.text().strip(), self._ws.moderators, self._me
        Op(self, lambda: mods.disable(me, name)) \
            .success(lambda m: self._done(self.tr("{0} uitgeschakeld.").format(m.name))) \
            .failure(self.messages.show_error).run()

    def _done(self, text: str) -> None:
        self.password.clear()
        self.messages.show_ok(text)
        self.reload()
