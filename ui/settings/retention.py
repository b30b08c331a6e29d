"""The retention period (bewaartermijn) in the settings: team leads set it, others read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from moderator.moderators import Permission, can
from moderator.participation.privacy import MAX_DAYS
from ui.i18n import follow_language
from ui.style import MUTED
from ui.tasks import Op

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace
    from ui.widgets.message_bar import MessageBar


class RetentionBox(QGroupBox):
    """After how many days texts and names are purged (the log keeps the facts)."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, messages: MessageBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me, self._messages = ws, me, messages
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.save = QPushButton()
        self.save.clicked.connect(self._save)
        editable = can(me, Permission.RETENTION_MANAGE)
        self.days.setEnabled(editable)
        self.save.setVisible(editable)
        self._label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED};")
        row = QHBoxLayout()
        row.addWidget(self._label)
        row.addWidget(self.days)
        row.addWidget(self.save)
        row.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(self.note, 1)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        Op(self, ws.privacy.retention_days).success(self.days.setValue).run()

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self.setTitle(self.tr("Bewaartermijn (AVG)"))
        self._label.setText(self.tr("Teksten en namen wissen na"))
        self.days.setSuffix(self.tr(" dagen"))
        self.save.setText(self.tr("Opslaan"))
        self.note.setText(self.tr(
            "Daarna blijven in het logboek alleen de handeling, de regel, het tijdstip, de "
            "moderator en de pseudonieme sleutel. Het wissen gebeurt bij het starten en "
            "dagelijks, en wordt zelf gelogd."))

    def _save(self) -> None:
        privacy, me, days = self._ws.privacy, self._me, self.days.value()
        Op(self, lambda: privacy.set_retention_days(me, days), write=True).success(
            lambda _: self._messages.show_message(
                self.tr("Bewaartermijn opgeslagen: %n dagen.", "", days), "success")).failure(
            self._messages.show_error).run()
