"""The ``?`` sheet: every keyboard shortcut, grouped, read from the same action specs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui import actions, style
from ui.widgets.layouts import clear_layout

if TYPE_CHECKING:
    from collections.abc import Mapping


class ShortcutSheet(QDialog):
    """A calm overview of the keys; closes with Escape or ``?``."""

    def __init__(self, built: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self._built = built
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(28, 22, 28, 22)
        self._lay.setSpacing(14)
        close = QAction(self)
        close.setShortcut(QKeySequence("?"))
        close.triggered.connect(self.accept)
        self.addAction(close)
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, str]]:
        """(keys, text) for every action that has a shortcut, in sheet order."""
        out = []
        for spec in actions.ACTIONS:
            act = self._built.get(spec.id)
            if act is None or act.shortcut().isEmpty() or not spec.group:
                continue
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            out.append((keys, act.text().rstrip("…")))
        return out

    def retranslate_ui(self) -> None:
        """Rebuild in the current language."""
        clear_layout(self._lay)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        title = QLabel(self.tr("Sneltoetsen"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self._lay.addWidget(title)
        hint = QLabel(self.tr("Alles in de wachtrij kan met het toetsenbord. Sneltoetsen zijn "
                              "aan te passen in de instellingen."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self._lay.addWidget(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        groups: dict[str, list[actions.ActionSpec]] = {}
        for spec in actions.ACTIONS:
            act = self._built.get(spec.id)
            if spec.group and act is not None and not act.shortcut().isEmpty():
                groups.setdefault(spec.group, []).append(spec)
        col = 0
        for group, specs in groups.items():
            row = 0
            head = QLabel(actions.tr(group).upper())
            head.setObjectName("sectionTitle")
            grid.addWidget(head, row, col, 1, 2)
            for spec in specs:
                row += 1
                act = self._built[spec.id]
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                key = QLabel(keys)
                key.setAlignment(Qt.AlignmentFlag.AlignCenter)
                key.setMinimumWidth(max(34, key.fontMetrics().horizontalAdvance(keys) + 26))
                key.setStyleSheet(f"background: {style.SURFACE}; border: 1px solid {style.BORDER};"
                                  f" border-bottom: 2px solid {style.BORDER}; border-radius: 5px;"
                                  " padding: 2px 7px; font-family: 'DejaVu Sans Mono';")
                grid.addWidget(key, row, col)
                grid.addWidget(QLabel(act.text().rstrip("…")), row, col + 1)
            grid.setColumnMinimumWidth(col + 1, 190)
            col += 2
        self._lay.addLayout(grid)

