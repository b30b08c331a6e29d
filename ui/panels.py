"""The side panels (tabs) and dialogs the main window hosts, declared as data.

Each entry names a loader that imports its class on first use, so the panels' own
imports (QtCharts for statistics, the rule engine's tester) do not slow the start-up.
Panels take ``(ws, me, parent)``; the main window calls their ``on_changes(changes)``
after every action.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace


class PanelClass(Protocol):
    """What a panel or dialog class looks like to the main window."""

    def __call__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None) -> QWidget:
        """Build the panel."""
        ...


@dataclass(frozen=True, slots=True)
class PanelSpec:
    """A panel (tab) or dialog: id, Dutch title, how to get its class, shortcut."""

    id: str
    title: str
    load: Callable[[], PanelClass]
    shortcut: str = ""


def _audit() -> PanelClass:
    from ui.audit.panel import AuditPanel

    return AuditPanel


def _rules() -> PanelClass:
    from ui.rules.panel import RulesPanel

    return RulesPanel


def _stats() -> PanelClass:
    from ui.stats.panel import StatsPanel

    return StatsPanel


def _approvals() -> PanelClass:
    from ui.approvals.panel import ApprovalsPanel

    return ApprovalsPanel


def _moderators() -> PanelClass:
    from ui.team.moderators import ModeratorsDialog

    return ModeratorsDialog


def _register() -> PanelClass:
    from ui.participation.register_panel import RegisterPanel

    return RegisterPanel


def _polls() -> PanelClass:
    from ui.participation.polls_panel import PollsPanel

    return PollsPanel


def _accounts() -> PanelClass:
    from ui.accounts.dialog import AccountsDialog

    return AccountsDialog


def _settings() -> PanelClass:
    from ui.settings.dialog import SettingsDialog

    return SettingsDialog


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("audit", QT_TRANSLATE_NOOP("Panels", "Moderatielogboek"), _audit, "Ctrl+2"),
    PanelSpec("rules", QT_TRANSLATE_NOOP("Panels", "Spelregels"), _rules, "Ctrl+3"),
    PanelSpec("stats", QT_TRANSLATE_NOOP("Panels", "Statistieken"), _stats, "Ctrl+4"),
    PanelSpec("register", QT_TRANSLATE_NOOP("Panels", "Inbrengregister"), _register, "Ctrl+5"),
    PanelSpec("polls", QT_TRANSLATE_NOOP("Panels", "Peilingen"), _polls, "Ctrl+6"),
    PanelSpec("approvals", QT_TRANSLATE_NOOP("Panels", "Ter goedkeuring"), _approvals,
              "Ctrl+7"),
)
DIALOGS: tuple[PanelSpec, ...] = (
    PanelSpec("accounts", QT_TRANSLATE_NOOP("Panels", "Accounts…"), _accounts),
    PanelSpec("settings", QT_TRANSLATE_NOOP("Panels", "Instellingen…"), _settings),
    PanelSpec("moderators", QT_TRANSLATE_NOOP("Panels", "Moderatoren…"), _moderators),
)
