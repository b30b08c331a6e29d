"""How each moderator action appears: one row per ``ActionKind`` (words, key, bar, menu).

The rules of an action (statuses, platform call, rule/text, finishing, bulk) are its row in
``moderator.action_policy``; this table adds what the UI needs. Strings keep the
translation context of the place that shows them (Actions, Vocabulary, AuditTableModel,
ComposeDialog, ItemCommands), so the catalogues stay valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from moderator.items import ActionKind
from ui.i18n import QT_TRANSLATE_NOOP

MODERATE = QT_TRANSLATE_NOOP("Actions", "Modereren")
RESPOND = QT_TRANSLATE_NOOP("Actions", "Reageren")


@dataclass(frozen=True, slots=True)
class ItemActionUi:
    """The UI side of one moderator action.

    Attributes:
        text: Menu text (context Actions); ``…`` when it opens the compose dialog.
        shortcut: Default key.
        group: Section in the menus and the shortcut sheet (context Actions).
        done: Past participle for histories and messages (context Vocabulary).
        verb: Infinitive for the moderation log (context AuditTableModel).
        tip: Tooltip when the text is not enough (context Actions).
        short: Label on the action-bar button when shorter than ``text`` (context Actions).
        bar: Position in the detail's action bar (None: menu and key only).
        bar_when_applicable: The bar shows it only for items it applies to (reply and DM
            reply share a place).
        title: Compose dialog title (context ComposeDialog).
        ok: Compose dialog button (context ComposeDialog).
        danger: The compose button is drawn as destructive.
        wrong_kind_hint: What to use instead on an item it does not apply to (ItemCommands).
        separator_after: The menu draws a line after it.
    """

    text: str
    shortcut: str
    group: str
    done: str
    verb: str
    tip: str = ""
    short: str = ""
    bar: int | None = None
    bar_when_applicable: bool = False
    title: str = ""
    ok: str = ""
    danger: bool = False
    wrong_kind_hint: str = ""
    separator_after: bool = False


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Actions", text)


ROWS = MappingProxyType({
    ActionKind.WARN: ItemActionUi(
        _t("Waarschuwen…"), "W", MODERATE, QT_TRANSLATE_NOOP("Vocabulary", "gewaarschuwd"),
        QT_TRANSLATE_NOOP("AuditTableModel", "waarschuwen"),
        tip=_t("Waarschuwen met een verwijzing naar de spelregel"), bar=0,
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Waarschuwen met een spelregel"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Waarschuwen")),
    ActionKind.HIDE: ItemActionUi(
        _t("Verbergen"), "H", MODERATE, QT_TRANSLATE_NOOP("Vocabulary", "verborgen"),
        QT_TRANSLATE_NOOP("AuditTableModel", "verbergen"), bar=1),
    ActionKind.UNHIDE: ItemActionUi(
        _t("Zichtbaar maken"), "U", MODERATE, QT_TRANSLATE_NOOP("Vocabulary", "zichtbaar gemaakt"),
        QT_TRANSLATE_NOOP("AuditTableModel", "zichtbaar maken")),
    ActionKind.REMOVE: ItemActionUi(
        _t("Verwijderen…"), "X", MODERATE, QT_TRANSLATE_NOOP("Vocabulary", "verwijderd"),
        QT_TRANSLATE_NOOP("AuditTableModel", "verwijderen"),
        tip=_t("Verwijderen op het platform (met bevestiging)"), bar=2,
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Bericht verwijderen"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Verwijderen"), danger=True),
    ActionKind.BAN: ItemActionUi(
        _t("Verwijderen en auteur blokkeren…"), "Shift+X", MODERATE,
        QT_TRANSLATE_NOOP("Vocabulary", "verwijderd en auteur geblokkeerd"),
        QT_TRANSLATE_NOOP("AuditTableModel", "auteur blokkeren"),
        tip=_t("Verwijderen en de auteur blokkeren op het kanaal (YouTube)"),
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Verwijderen en auteur blokkeren"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Blokkeren"), danger=True),
    ActionKind.HANDLE: ItemActionUi(
        _t("Afhandelen"), "A", MODERATE, QT_TRANSLATE_NOOP("Vocabulary", "afgehandeld"),
        QT_TRANSLATE_NOOP("AuditTableModel", "afhandelen"), tip=_t("Gezien, geen actie nodig"),
        bar=5),
    ActionKind.ESCALATE: ItemActionUi(
        _t("Escaleren…"), "E", MODERATE, QT_TRANSLATE_NOOP("Vocabulary", "geëscaleerd"),
        QT_TRANSLATE_NOOP("AuditTableModel", "escaleren"), bar=6,
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Escaleren"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Escaleren"), separator_after=True),
    ActionKind.REPLY: ItemActionUi(
        _t("Beantwoorden…"), "R", RESPOND, QT_TRANSLATE_NOOP("Vocabulary", "beantwoord"),
        QT_TRANSLATE_NOOP("AuditTableModel", "beantwoorden"), bar=3, bar_when_applicable=True,
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Beantwoorden"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Versturen"),
        wrong_kind_hint=QT_TRANSLATE_NOOP(
            "ItemCommands", "Dit is een privébericht; gebruik Privébericht beantwoorden.")),
    ActionKind.DM_REPLY: ItemActionUi(
        _t("Privébericht beantwoorden…"), "D", RESPOND,
        QT_TRANSLATE_NOOP("Vocabulary", "privébericht beantwoord"),
        QT_TRANSLATE_NOOP("AuditTableModel", "privébericht beantwoorden"),
        short=_t("DM beantwoorden"), bar=4, bar_when_applicable=True,
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Privébericht beantwoorden"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Versturen"),
        wrong_kind_hint=QT_TRANSLATE_NOOP(
            "ItemCommands", "Alleen voor privéberichten; gebruik Beantwoorden.")),
    ActionKind.NOTE: ItemActionUi(
        _t("Notitie toevoegen…"), "N", RESPOND, QT_TRANSLATE_NOOP("Vocabulary", "notitie"),
        QT_TRANSLATE_NOOP("AuditTableModel", "notitie"), short=_t("Notitie"), bar=7,
        title=QT_TRANSLATE_NOOP("ComposeDialog", "Notitie toevoegen"),
        ok=QT_TRANSLATE_NOOP("ComposeDialog", "Opslaan")),
})


def action_id(kind: ActionKind) -> str:
    """The QAction id of a moderator action (``item.hide``): keys settings and tests."""
    return f"item.{kind.value}"


def bar_kinds() -> list[ActionKind]:
    """The actions with a button in the action bar, in bar order."""
    placed = [(row.bar, kind) for kind, row in ROWS.items() if row.bar is not None]
    return [kind for _bar, kind in sorted(placed)]


def done(kind: ActionKind) -> str:
    """The past participle ("gewaarschuwd"), translated."""
    return QCoreApplication.translate("Vocabulary", ROWS[kind].done)


def verb(kind: ActionKind) -> str:
    """The infinitive for the log ("waarschuwen"), translated."""
    return QCoreApplication.translate("AuditTableModel", ROWS[kind].verb)


def title(kind: ActionKind) -> str:
    """The compose dialog's title, translated."""
    return QCoreApplication.translate("ComposeDialog", ROWS[kind].title)


def ok_text(kind: ActionKind) -> str:
    """The compose dialog's button, translated."""
    return QCoreApplication.translate("ComposeDialog", ROWS[kind].ok or "OK")


def wrong_kind_hint(kind: ActionKind) -> str:
    """What to use instead on an item the action is not for, translated ("" when none)."""
    hint = ROWS[kind].wrong_kind_hint if kind in ROWS else ""
    return QCoreApplication.translate("ItemCommands", hint) if hint else ""
