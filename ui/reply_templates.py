"""Reply and warning templates: ``resources/templates/replies-<lang>.yaml`` with a fallback.

Variables: ``{author}``, ``{rule_title}``, ``{rule_text}``, ``{rule_url}``, ``{project}``.
Unknown ``{names}`` are left as typed, so a typo in a template never raises.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"
WARN_TEMPLATE = "waarschuwing-spelregel"
REMOVE_TEMPLATE = "verwijderd-spelregel"


@dataclass(frozen=True, slots=True)
class Template:
    """One reply template."""

    id: str
    title: str
    text: str


_FALLBACK = {
    "nl": (
        Template("bedankt", "Bedankt voor je reactie",
                 "Hoi {author}, dank je wel voor je reactie! We nemen je inbreng mee."),
        Template(WARN_TEMPLATE, "Waarschuwing met verwijzing naar een spelregel",
                 'Hoi {author}, je bericht gaat in tegen onze spelregel "{rule_title}": '
                 "{rule_text} Alle spelregels lees je op {rule_url}."),
    ),
    "en": (
        Template("bedankt", "Thank you for your comment",
                 "Hi {author}, thank you for your comment! We will take it into account."),
        Template(WARN_TEMPLATE, "Warning citing a house rule",
                 'Hi {author}, your message breaks our house rule "{rule_title}": '
                 "{rule_text} You can read all house rules at {rule_url}."),
    ),
}


@cache
def load(lang: str = "nl") -> tuple[Template, ...]:
    """The templates for a language (the shipped file, else a small built-in set)."""
    path = TEMPLATES / f"replies-{lang}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found = tuple(Template(str(t["id"]), str(t["title"]), str(t["text"]).strip())
                      for t in data["templates"])
    except (OSError, KeyError, TypeError, yaml.YAMLError):
        return _FALLBACK.get(lang, _FALLBACK["nl"])
    return found or _FALLBACK.get(lang, _FALLBACK["nl"])


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, **values: str) -> str:
    """Fill ``{variables}``; unknown ones and stray braces stay as they are."""
    try:
        return string.Formatter().vformat(text, (), _Keep(values))
    except (ValueError, IndexError):
        out = text
        for k, v in values.items():
            out = out.replace("{" + k + "}", v)
        return out
