"""Settings > Sneltoetsen: every command that has a key, editable, stored in QSettings.

A key that another command already uses, or that the window needs for moving around
(Tab, F6, Esc, arrows), is refused with a sentence saying which; nothing is stored then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QWidget,
)

from ui import access, actions

if TYPE_CHECKING:
    from ui.widgets.message_bar import MessageBar

PORTABLE = QKeySequence.SequenceFormat.PortableText


def editable() -> list[actions.ActionSpec]:
    """The commands the shortcut sheet lists: those in a group."""
    return [s for s in actions.ACTIONS if s.group and s.translated]


def current_keys() -> dict[str, str]:
    """``{action id: keys}`` as they are now (override or default), portable text."""
    overrides = actions.load_overrides()
    out = {}
    for spec in actions.ACTIONS:
        seqs = actions.sequences(spec, overrides)
        out[spec.id] = seqs[0].toString(PORTABLE) if seqs else ""
    return out


def conflict(action_id: str, keys: str) -> str | None:
    """Why ``keys`` cannot be given to ``action_id`` (an action id, or "reserved"); None: free."""
    if keys in access.RESERVED:
        return "reserved"
    for other, used in current_keys().items():
        if other != action_id and used and access.overlap(used, keys):
            return other
    return None


class ShortcutsBox(QGroupBox):
    """One row per command: its name, its key (click and press the new one), default."""

    changed = Signal()

    def __init__(self, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        self.edits: dict[str, QKeySequenceEdit] = {}
        self._labels: dict[str, QLabel] = {}
        self._resets: dict[str, QPushButton] = {}
        keys = current_keys()
        for row, spec in enumerate(editable()):
            label = QLabel()
            edit = QKeySequenceEdit(QKeySequence(keys[spec.id]))
            edit.setObjectName(f"shortcut:{spec.id}")
            edit.setMaximumSequenceLength(2)
            edit.setClearButtonEnabled(True)
            label.setBuddy(edit)
            reset = QPushButton()
            edit.editingFinished.connect(lambda a=spec.id: self._on_edited(a))
            reset.clicked.connect(lambda _=False, a=spec.id: self.reset(a))
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(reset, row, 2)
            self.edits[spec.id], self._labels[spec.id], self._resets[spec.id] = edit, label, reset
        self.retranslate_ui()

    def set_keys(self, action_id: str, keys: str) -> bool:
        """Give ``action_id`` the keys ``keys`` ("" for none); False when refused."""
        clash = conflict(action_id, keys) if keys else None
        if clash is not None:
            self._refuse(keys, clash)
            self.edits[action_id].setKeySequence(QKeySequence(current_keys()[action_id]))
            return False
        actions.save_override(action_id, [keys] if keys else [])
        self.edits[action_id].setKeySequence(QKeySequence(keys))
        self._messages.show_ok(self.tr("Sneltoets voor '{0}' is nu {1}.").format(
            actions.tr(actions.SPECS[action_id].text).rstrip("…"), _native(keys) or
            self.tr("geen")))
        self.changed.emit()
        return True

    def reset(self, action_id: str) -> None:
        """Back to the default key."""
        actions.save_override(action_id, None)
        self.edits[action_id].setKeySequence(QKeySequence(current_keys()[action_id]))
        self.changed.emit()

    def _on_edited(self, action_id: str) -> None:
        keys = self.edits[action_id].keySequence().toString(PORTABLE)
        if keys != current_keys()[action_id]:
            self.set_keys(action_id, keys)

    def _refuse(self, keys: str, clash: str) -> None:
        if clash == "reserved":
            self._messages.show_error(self.tr("{0} is nodig om door het venster te bewegen; "
                                              "kies een andere toets.").format(_native(keys)))
        else:
            self._messages.show_error(self.tr("{0} is al de sneltoets voor '{1}'. Kies een "
                                              "andere toets of wijzig die eerst.").format(
                _native(keys), actions.tr(actions.SPECS[clash].text).rstrip("…")))

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Sneltoetsen"))
        for aid, label in self._labels.items():
            label.setText(actions.tr(actions.SPECS[aid].text).rstrip("…"))
            self._resets[aid].setText(self.tr("Standaard"))
            self._resets[aid].setAccessibleName(self.tr("Standaardtoets voor {0}").format(
                label.text()))
            self.edits[aid].setAccessibleName(self.tr("Sneltoets voor {0}").format(label.text()))


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
