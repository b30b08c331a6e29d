"""Every command of the app declared as data (napari/Picard style), built once as QActions.

Ids are dotted and stable: they key the shortcut overrides in settings and the tests.
Texts are Dutch source strings, translated in context "Actions" when the QActions are
(re)built, so a language switch only needs ``retranslate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from moderator.action_policy import policy
from ui import item_actions
from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.items import ActionKind


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: id, Dutch text, default shortcut(s), and what it does to an item."""

    id: str
    text: str
    shortcut: str | QKeySequence.StandardKey = ""
    tip: str = ""
    kind: ActionKind | None = None  # the moderator command it performs, if any
    menu: str = "item"  # file | queue | item | view | help
    bulk: bool = False  # may run on a multi-selection
    checkable: bool = False
    group: str = ""  # section in the shortcut sheet
    translated: bool = True  # False for names shown in their own language ("English")
    short: str = ""  # label on the detail's action buttons, when shorter than ``text``
    separator_after: bool = False  # the menu draws a line after it


def _item(kind: ActionKind) -> ActionSpec:
    """The command of a moderator action, from its rows (``ui.item_actions``, the policy)."""
    row = item_actions.ROWS[kind]
    return ActionSpec(item_actions.action_id(kind), row.text, row.shortcut, tip=row.tip,
                      kind=kind, bulk=policy(kind).bulk, group=row.group, short=row.short,
                      separator_after=row.separator_after)


def _items(group: str) -> tuple[ActionSpec, ...]:
    return tuple(_item(k) for k, row in item_actions.ROWS.items() if row.group == group)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("queue.next", QT_TRANSLATE_NOOP("Actions", "Volgend bericht"), "J",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Navigeren")),
    ActionSpec("queue.previous", QT_TRANSLATE_NOOP("Actions", "Vorig bericht"), "K",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Navigeren")),
    ActionSpec("queue.search", QT_TRANSLATE_NOOP("Actions", "Zoeken in de wachtrij"), "/",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Navigeren")),
    ActionSpec("queue.refresh", QT_TRANSLATE_NOOP("Actions", "Wachtrij vernieuwen"),
               QKeySequence.StandardKey.Refresh, menu="queue",
               group=QT_TRANSLATE_NOOP("Actions", "Navigeren"), separator_after=True),
    ActionSpec("filter.open", QT_TRANSLATE_NOOP("Actions", "Naar: Alles"), "G, A", menu="queue",
               group=QT_TRANSLATE_NOOP("Actions", "Filters")),
    ActionSpec("filter.flagged", QT_TRANSLATE_NOOP("Actions", "Naar: Gemarkeerd"), "G, G",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Filters")),
    ActionSpec("filter.dm", QT_TRANSLATE_NOOP("Actions", "Naar: DM's"), "G, D", menu="queue",
               group=QT_TRANSLATE_NOOP("Actions", "Filters")),
    ActionSpec("filter.mine", QT_TRANSLATE_NOOP("Actions", "Naar: Mij toegewezen"), "G, M",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Filters")),
    ActionSpec("filter.escalated", QT_TRANSLATE_NOOP("Actions", "Naar: Geëscaleerd"), "G, E",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Filters")),
    ActionSpec("filter.handled", QT_TRANSLATE_NOOP("Actions", "Naar: Afgehandeld"), "G, H",
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Filters")),
    ActionSpec("filter.failed", QT_TRANSLATE_NOOP("Actions", "Naar: Mislukt"), "G, F",
               tip=QT_TRANSLATE_NOOP("Actions", "Acties die het platform niet uitvoerde"),
               menu="queue", group=QT_TRANSLATE_NOOP("Actions", "Filters"), separator_after=True),
    ActionSpec("view.focus_mode", QT_TRANSLATE_NOOP("Actions", "Focusmodus"), "F",
               tip=QT_TRANSLATE_NOOP("Actions", "Eén bericht tegelijk, zonder afleiding"),
               menu="view", checkable=True, group=QT_TRANSLATE_NOOP("Actions", "Navigeren"),
               separator_after=True),
    *_items(item_actions.MODERATE),
    ActionSpec("item.undo", QT_TRANSLATE_NOOP("Actions", "Verbergen ongedaan maken"),
               QKeySequence.StandardKey.Undo, menu="item", group=item_actions.MODERATE,
               separator_after=True),
    *_items(item_actions.RESPOND),
    ActionSpec("item.claim", QT_TRANSLATE_NOOP("Actions", "Oppakken / vrijgeven"), "C",
               tip=QT_TRANSLATE_NOOP("Actions", "Laat collega's zien dat u dit bericht "
                                                "behandelt"),
               group=item_actions.RESPOND),
    ActionSpec("item.copy_link", QT_TRANSLATE_NOOP("Actions", "Link naar bericht kopiëren"),
               "L", group=item_actions.RESPOND),
    ActionSpec("item.mark_input", QT_TRANSLATE_NOOP("Actions", "Markeren als inbreng…"), "I",
               tip=QT_TRANSLATE_NOOP("Actions", "Zet het bericht in het inbrengregister van "
                                                "het project"),
               group=item_actions.RESPOND),
    ActionSpec("item.define_poll", QT_TRANSLATE_NOOP("Actions", "Peiling maken van dit bericht…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Tel de reacties op dit bericht als stemmen"),
               group=item_actions.RESPOND),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "Sneltoetsen"), "?", menu="help",
               group=QT_TRANSLATE_NOOP("Actions", "Algemeen")),
    ActionSpec("view.language_nl", "Nederlands", menu="view", checkable=True, translated=False),
    ActionSpec("view.language_en", "English", menu="view", checkable=True, translated=False),
    ActionSpec("app.accounts", QT_TRANSLATE_NOOP("Actions", "Accounts…"), menu="file"),
    ActionSpec("app.moderators", QT_TRANSLATE_NOOP("Actions", "Moderatoren…"), menu="file"),
    ActionSpec("app.settings", QT_TRANSLATE_NOOP("Actions", "Instellingen…"),
               QKeySequence.StandardKey.Preferences, menu="file", separator_after=True),
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "Afsluiten"),
               QKeySequence.StandardKey.Quit, menu="file",
               group=QT_TRANSLATE_NOOP("Actions", "Algemeen")),
)
SPECS: dict[str, ActionSpec] = {s.id: s for s in ACTIONS}


def tr(text: str) -> str:
    """Translate an action text or group name."""
    return QCoreApplication.translate("Actions", text) if text else ""


def load_overrides() -> dict[str, list[str]]:
    """User shortcut overrides ``{action_id: ["Ctrl+H", ...]}`` from QSettings ``shortcuts/``."""
    qs = QSettings()
    qs.beginGroup("shortcuts")
    out = {}
    for key in qs.childKeys():
        value = qs.value(key)
        out[key.replace("/", ".")] = [value] if isinstance(value, str) else list(value or [])
    qs.endGroup()
    return out


def sequences(spec: ActionSpec, overrides: Mapping[str, Sequence[str]]) -> list[QKeySequence]:
    """The keys of an action: the user's override, else its default."""
    if spec.id in overrides:
        return [QKeySequence(s) for s in overrides[spec.id]]
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(spec.shortcut)
    return [QKeySequence(spec.shortcut)] if spec.shortcut else []


def build(parent: QObject, overrides: Mapping[str, Sequence[str]] | None = None,
          ) -> dict[str, QAction]:
    """Create one QAction per spec (window-wide shortcuts), keyed by id."""
    overrides = overrides if overrides is not None else load_overrides()
    built: dict[str, QAction] = {}
    for spec in ACTIONS:
        act = QAction(parent)
        act.setObjectName(spec.id)
        act.setShortcuts(sequences(spec, overrides))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setCheckable(spec.checkable)
        act.setData(spec.id)
        built[spec.id] = act
    retranslate(built)
    return built


def apply_overrides(built: Mapping[str, QAction],
                    overrides: Mapping[str, Sequence[str]]) -> None:
    """Set each action's keys again: the override where there is one, else the default."""
    for spec in ACTIONS:
        if (act := built.get(spec.id)) is not None:
            act.setShortcuts(sequences(spec, overrides))


def save_override(action_id: str, keys: Sequence[str] | None) -> None:
    """Store a user's keys for an action (None: back to the default; [] : no key)."""
    qs = QSettings()
    if keys is None:
        qs.remove(f"shortcuts/{action_id}")
    else:
        qs.setValue(f"shortcuts/{action_id}", list(keys))


def retranslate(built: Mapping[str, QAction]) -> None:
    """Set texts and tooltips in the current language."""
    for spec in ACTIONS:
        act = built.get(spec.id)
        if act is None:
            continue
        act.setText(tr(spec.text) if spec.translated else spec.text)
        tip = tr(spec.tip) or act.text().rstrip("…")
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{tip} ({keys})" if keys else tip)
        act.setStatusTip(tip)
