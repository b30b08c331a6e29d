"""Reply and warning templates: shipped texts, the team's own edits, and rendering.

Shipped texts live in ``resources/templates/replies-<lang>.yaml``; a team lead's edits are
stored in the workspace (``templates.<lang>``) and replace the shipped text with the same
id. Dutch texts come in both forms of address (``u`` and ``je``; the workspace chooses,
``u`` by default like the shipped spelregels). A ``short`` text is used where the full one
does not fit the platform (X, TikTok). Variables:

* ``{author}``: the first name, or the @handle (never the full name);
* ``{project}``: the account's project or topic;
* ``{rule_title}``, ``{rule_text}``, ``{rule_url}``: the house rule cited and where the
  rules are published. A template using one of these needs a rule: the compose dialog
  then asks for one, and refuses to send without it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from moderator.address import FORMS, to_je
from moderator.errors import DataError
from moderator.textlength import code_points

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.settings import WorkspaceSettings

SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "templates"
VARIABLES = ("author", "project", "rule_title", "rule_text", "rule_url")
RULE_VARIABLES = frozenset({"rule_title", "rule_text", "rule_url"})
ADDRESS_KEY = "templates.address"
WARN_TEMPLATE = "waarschuwing-spelregel"
REMOVE_TEMPLATE = "verwijderd-spelregel"
USES = ("reply", "warn", "dm")
_TITLES = frozenset({"dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "mr", "mr.", "mrs", "mrs.",
                     "ms", "ms.", "dr", "dr.", "de", "heer", "mevrouw"})


@dataclass(frozen=True, slots=True)
class Template:
    """One template: texts per form of address, a short text per form, where it is offered."""

    id: str
    title: str
    texts: dict[str, str]
    shorts: dict[str, str] = field(default_factory=dict)
    uses: tuple[str, ...] = USES
    edited: bool = False

    def text(self, form: str = "u") -> str:
        """The full text in ``form`` (falls back to the other form)."""
        return self.texts.get(form) or next(iter(self.texts.values()), "")

    def short(self, form: str = "u") -> str:
        """The short text in ``form`` ("" when there is none)."""
        return self.shorts.get(form) or next(iter(self.shorts.values()), "")

    @property
    def variables(self) -> frozenset[str]:
        """Every variable any of its texts uses."""
        return frozenset(v for t in (*self.texts.values(), *self.shorts.values())
                         for v in used_variables(t))

    @property
    def needs_rule(self) -> bool:
        """Whether it cites a house rule (then a rule must be chosen)."""
        return bool(self.variables & RULE_VARIABLES)


@dataclass(frozen=True, slots=True)
class Values:
    """What the variables are filled with."""

    author: str = ""
    project: str = ""
    rule_title: str = ""
    rule_text: str = ""
    rule_url: str = ""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A filled template: the text, whether the short one was used, what was missing."""

    text: str
    short: bool = False
    missing: tuple[str, ...] = ()


def greeting_name(author_name: str) -> str:
    """How a reply addresses someone: the @handle as is, else the first name.

    "Wendy Jacobs" -> "Wendy"; "@wendy_j" -> "@wendy_j"; "dhr. P. de Vries" -> "P. de
    Vries" would be odd, so titles and initials keep the full name.
    """
    name = " ".join(author_name.split())
    if not name or name.startswith("@") or " " not in name:
        return name
    first = name.split(" ", 1)[0]
    if first.lower() in _TITLES or first.endswith(".") or len(first) < 2:
        return name
    return first


def used_variables(text: str) -> list[str]:
    """The ``{names}`` a text uses (in order; malformed braces count as none)."""
    try:
        return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]
    except ValueError:
        return []


def problems(text: str) -> list[str]:
    """What is wrong with a template text: unknown variables or unbalanced braces."""
    try:
        names = [n for _lit, n, _s, _c in string.Formatter().parse(text) if n is not None]
    except ValueError:
        return ["braces"]
    return [f"unknown:{n}" for n in names if n not in VARIABLES]


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: Values) -> str:
    """Fill the variables; unknown names and stray braces stay as typed."""
    data = {k: getattr(values, k) for k in VARIABLES}
    try:
        return string.Formatter().vformat(text, (), _Keep(data))
    except (ValueError, IndexError):
        for k, v in data.items():
            text = text.replace("{" + k + "}", v)
        return text


def render(template: Template, values: Values, *, form: str = "u", limit: int = 0,
           count: Callable[[str], int] = code_points) -> Rendered:
    """Fill ``template`` for a platform whose replies hold ``limit`` (0: no limit).

    House-rule texts are written in the *u* form; a *je* reply gets them in *je*.
    """
    if form == "je":
        values = replace(values, rule_title=to_je(values.rule_title),
                         rule_text=to_je(values.rule_text))
    full = fill(template.text(form), values)
    if limit and count(full) > limit and template.short(form):
        chosen, short = template.short(form), True
    else:
        chosen, short = template.text(form), False
    missing = tuple(v for v in dict.fromkeys(used_variables(chosen))
                    if v in VARIABLES and not getattr(values, v).strip())
    return Rendered(fill(chosen, values).strip(), short, missing)


def for_use(templates: tuple[Template, ...], use: str) -> tuple[Template, ...]:
    """The templates offered for ``use`` (reply, warn or dm)."""
    return tuple(t for t in templates if use in t.uses)


# --- loading --------------------------------------------------------------------------
def _forms(entry: dict[str, Any], prefix: str) -> dict[str, str]:
    plain = entry.get(prefix.rstrip("_") if prefix else "text")
    out = {f: " ".join(str(entry[f"{prefix}{f}"]).split()) for f in FORMS
           if entry.get(f"{prefix}{f}")}
    if not out and plain:
        out = dict.fromkeys(FORMS, " ".join(str(plain).split()))
    return out


def from_entry(entry: dict[str, Any], *, edited: bool = False) -> Template:
    """A template from its YAML/JSON form (``u``/``je`` or ``text``; ``short_*``)."""
    uses = entry.get("for") or USES
    return Template(str(entry["id"]), str(entry.get("title") or entry["id"]),
                    _forms(entry, ""), _forms(entry, "short_"),
                    tuple(str(u) for u in uses), edited)


def to_entry(template: Template) -> dict[str, Any]:
    """The stored form of an edited template."""
    entry: dict[str, Any] = {"id": template.id, "title": template.title,
                             "for": list(template.uses)}
    entry.update({f: t for f, t in template.texts.items()})
    entry.update({f"short_{f}": t for f, t in template.shorts.items()})
    return entry


@cache
def shipped(lang: str = "nl") -> tuple[Template, ...]:
    """The templates shipped for ``lang`` (Dutch when the language has none).

    Raises:
        DataError: The shipped file is missing or malformed (a packaging fault).
    """
    path = SHIPPED / f"replies-{lang}.yaml"
    if not path.exists():
        path = SHIPPED / "replies-nl.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return tuple(from_entry(e) for e in data["templates"])
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise DataError(f"{path.name}: cannot read the shipped templates ({exc})") from None


class TemplateStore:
    """The workspace's templates: shipped texts with the team's edits on top."""

    def __init__(self, settings: WorkspaceSettings) -> None:
        self._settings = settings

    def address(self) -> str:
        """The form of address of this workspace: ``u`` (default) or ``je``."""
        value = self._settings.get(ADDRESS_KEY, "u")
        return value if value in FORMS else "u"

    def set_address(self, form: str) -> None:
        """Choose ``u`` or ``je`` for every template of the workspace."""
        if form not in FORMS:
            raise DataError(f"form of address must be one of {FORMS}")
        self._settings.set(ADDRESS_KEY, form)

    def load(self, lang: str = "nl") -> tuple[Template, ...]:
        """Shipped templates with the edits applied (edited ones marked)."""
        edits = {str(e["id"]): from_entry(e, edited=True)
                 for e in self._settings.get(f"templates.{lang}", []) or []
                 if isinstance(e, dict) and e.get("id")}
        out = [edits.pop(t.id, t) for t in shipped(lang)]
        return (*out, *edits.values())

    def save(self, lang: str, template: Template) -> None:
        """Store a team lead's version of one template.

        Raises:
            DataError: A text uses an unknown variable or has unbalanced braces.
        """
        for text in (*template.texts.values(), *template.shorts.values()):
            if found := problems(text):
                raise DataError("template text: " + ", ".join(found)
                                + f" (variables: {', '.join(VARIABLES)})")
        stored = [e for e in self._settings.get(f"templates.{lang}", []) or []
                  if isinstance(e, dict) and e.get("id") != template.id]
        stored.append(to_entry(replace(template, edited=True)))
        self._settings.set(f"templates.{lang}", stored)

    def reset(self, lang: str, template_id: str) -> None:
        """Go back to the shipped text of one template."""
        stored = [e for e in self._settings.get(f"templates.{lang}", []) or []
                  if isinstance(e, dict) and e.get("id") != template_id]
        self._settings.set(f"templates.{lang}", stored)
