"""The registry of side panels and dialogs the main window hosts (built by their own modules).

Each entry names its class as ``"module:Class"``; the main window imports it the first
time it is needed, so a panel that is not there (yet) is skipped quietly. Panels take
``(ws, me, parent)`` and have an ``on_changes(changes)`` slot that the main window calls
after every action.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PanelSpec:
    """A panel (tab) or dialog: id, Dutch title, where its class lives, shortcut."""

    id: str
    title: str
    target: str
    shortcut: str = ""


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("audit", QT_TRANSLATE_NOOP("Panels", "Moderatielogboek"),
              "ui.widgets.audit_panel:AuditPanel", "Ctrl+2"),
    PanelSpec("rules", QT_TRANSLATE_NOOP("Panels", "Spelregels"),
              "ui.widgets.rules_panel:RulesPanel", "Ctrl+3"),
    PanelSpec("stats", QT_TRANSLATE_NOOP("Panels", "Statistieken"),
              "ui.widgets.stats_panel:StatsPanel", "Ctrl+4"),
)
DIALOGS: tuple[PanelSpec, ...] = (
    PanelSpec("accounts", QT_TRANSLATE_NOOP("Panels", "Accounts…"),
              "ui.widgets.accounts_dialog:AccountsDialog"),
    PanelSpec("settings", QT_TRANSLATE_NOOP("Panels", "Instellingen…"),
              "ui.widgets.settings_dialog:SettingsDialog"),
)


def load(spec: PanelSpec) -> type | None:
    """The panel's class, or None when its module is not there (yet)."""
    module_name, _, class_name = spec.target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:  # not built yet, or a dependency missing: skip it quietly
        log.info("panel %s not available: %s", spec.id, e)
        return None
    found = getattr(module, class_name, None)
    return found if isinstance(found, type) else None


def available(specs: tuple[PanelSpec, ...]) -> list[PanelSpec]:
    """The specs whose module exists (checked without importing it)."""
    out = []
    for spec in specs:
        module_name = spec.target.partition(":")[0]
        try:
            found = importlib.util.find_spec(module_name)
        except (ImportError, ValueError):
            found = None
        if found is not None:
            out.append(spec)
    return out
