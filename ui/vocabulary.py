"""The words the UI shows for the core's codes and enums (the core returns codes only).

Source strings are Dutch (the first language of the product); the English catalogue
``resources/translations/moderator_en.ts`` translates them. Each table is marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds the strings, and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moderator.items import ActionKind, ItemKind, Role, Status
from ui import item_actions
from ui.i18n import QT_TRANSLATE_NOOP

_STATUS = {
    Status.NEW: QT_TRANSLATE_NOOP("Vocabulary", "nieuw"),
    Status.FLAGGED: QT_TRANSLATE_NOOP("Vocabulary", "gemarkeerd"),
    Status.HANDLED: QT_TRANSLATE_NOOP("Vocabulary", "afgehandeld"),
    Status.HIDDEN: QT_TRANSLATE_NOOP("Vocabulary", "verborgen"),
    Status.REMOVED: QT_TRANSLATE_NOOP("Vocabulary", "verwijderd"),
    Status.ESCALATED: QT_TRANSLATE_NOOP("Vocabulary", "geëscaleerd"),
}
_KIND = {
    ItemKind.COMMENT: QT_TRANSLATE_NOOP("Vocabulary", "reactie"),
    ItemKind.REPLY: QT_TRANSLATE_NOOP("Vocabulary", "antwoord"),
    ItemKind.DM: QT_TRANSLATE_NOOP("Vocabulary", "privébericht"),
    ItemKind.MENTION: QT_TRANSLATE_NOOP("Vocabulary", "vermelding"),
}
_CLAIMS = {  # claiming is not a moderator action (no policy row) but shows in histories
    ActionKind.CLAIM: QT_TRANSLATE_NOOP("Vocabulary", "opgepakt"),
    ActionKind.RELEASE: QT_TRANSLATE_NOOP("Vocabulary", "vrijgegeven"),
}
_ROLE = {
    Role.COMMUNITY_MANAGER: QT_TRANSLATE_NOOP("Vocabulary", "communitymanager"),
    Role.EXTERNAL_MODERATOR: QT_TRANSLATE_NOOP("Vocabulary", "externe moderator"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Vocabulary", "teamleider"),
}
_SEVERITY = {
    "low": QT_TRANSLATE_NOOP("Vocabulary", "laag"),
    "medium": QT_TRANSLATE_NOOP("Vocabulary", "middel"),
    "high": QT_TRANSLATE_NOOP("Vocabulary", "hoog"),
    "critical": QT_TRANSLATE_NOOP("Vocabulary", "kritiek"),
}
_SUGGESTED = {  # a rule's suggested action
    "flag": QT_TRANSLATE_NOOP("Vocabulary", "markeren"),
    "hide": QT_TRANSLATE_NOOP("Vocabulary", "verbergen"),
    "remove": QT_TRANSLATE_NOOP("Vocabulary", "verwijderen"),
    "escalate": QT_TRANSLATE_NOOP("Vocabulary", "escaleren"),
    "reply": QT_TRANSLATE_NOOP("Vocabulary", "beantwoorden"),
}
_CATEGORY = {
    "toxicity": QT_TRANSLATE_NOOP("Vocabulary", "giftigheid"),
    "severe_toxicity": QT_TRANSLATE_NOOP("Vocabulary", "ernstig giftig"),
    "obscene": QT_TRANSLATE_NOOP("Vocabulary", "obsceen"),
    "threat": QT_TRANSLATE_NOOP("Vocabulary", "bedreiging"),
    "insult": QT_TRANSLATE_NOOP("Vocabulary", "belediging"),
    "identity_attack": QT_TRANSLATE_NOOP("Vocabulary", "aanval op identiteit"),
    "identity_hate": QT_TRANSLATE_NOOP("Vocabulary", "aanval op identiteit"),
    "sexual_explicit": QT_TRANSLATE_NOOP("Vocabulary", "seksueel expliciet"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def status(value: Status | str) -> str:
    """A status as the moderator reads it."""
    return _tr(_STATUS.get(Status(value), str(value)))


def kind(value: ItemKind | str) -> str:
    """An item kind (reactie, antwoord, privébericht)."""
    return _tr(_KIND.get(ItemKind(value), str(value)))


def kind_short(value: ItemKind | str) -> str:
    """An item kind for a narrow column (privébericht → DM)."""
    if ItemKind(value) == ItemKind.DM:
        return _tr(QT_TRANSLATE_NOOP("Vocabulary", "DM"))
    return kind(value)


def action(value: str) -> str:
    """A past action ("gewaarschuwd") for histories and the log."""
    try:
        kind = ActionKind(value)
    except ValueError:
        return value
    if kind in item_actions.ROWS:
        return item_actions.done(kind)
    return _tr(_CLAIMS[kind]) if kind in _CLAIMS else value


def role(value: Role | str) -> str:
    """A moderator role."""
    try:
        return _tr(_ROLE[Role(value)])
    except (ValueError, KeyError):
        return str(value)


def severity(value: str) -> str:
    """A rule severity."""
    return _tr(_SEVERITY[value]) if value in _SEVERITY else value


def suggested_action(value: str) -> str:
    """A rule's suggested action (markeren, verbergen…)."""
    return _tr(_SUGGESTED[value]) if value in _SUGGESTED else value


def category(value: str) -> str:
    """A toxicity category of the model."""
    return _tr(_CATEGORY[value]) if value in _CATEGORY else value.replace("_", " ")
