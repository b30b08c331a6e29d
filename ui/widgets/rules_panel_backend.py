"""What the rules panel needs from the engine and the workspace, behind guarded imports.

The panel works when the ``rules`` engine is importable and shows a clear "regelengine
niet beschikbaar" state otherwise. Activation goes through one function, ``activate``,
which calls ``moderator.ruleset.activate(ws, me, text)`` once the lead provides it.
Every function here runs on a worker (``ui.tasks.Op``), never on the GUI thread.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.errors import DataError, UnavailableError
from moderator.query import QueueQuery

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.items import ItemSummary, ModeratorInfo
    from moderator.workspace import Workspace

SHIPPED = "spelregels-nl"
DRY_RUN_LIMIT = 5000


def engine() -> Any | None:
    """The ``rules`` module when the engine is there (load/evaluate/dry_run), else None."""
    try:
        mod = importlib.import_module("rules")
    except ImportError:
        return None
    needed = ("load", "evaluate", "dry_run", "Subject", "RuleError")
    return mod if all(hasattr(mod, n) for n in needed) else None


def _ruleset_module() -> Any | None:
    try:
        return importlib.import_module("moderator.ruleset")
    except ImportError:
        return None


@dataclass(frozen=True, slots=True)
class ActiveSet:
    """The rule set in force, and where it came from."""

    ruleset: Any
    origin: str  # "workspace" or "shipped"


def active_ruleset(ws: Workspace) -> ActiveSet:
    """The workspace's active rule set, or the shipped Dutch set when none is stored."""
    rules = engine()
    if rules is None:
        raise UnavailableError("regelengine niet beschikbaar")
    mod = _ruleset_module()
    for name in ("active_ruleset", "active_rules", "active"):
        fn = getattr(mod, name, None) if mod is not None else None
        if callable(fn):
            found = fn(ws)
            if found is not None:
                return ActiveSet(found, "workspace")
            break
    return ActiveSet(rules.load(rules.shipped_set(SHIPPED)), "shipped")


def load_candidate(path: Path) -> tuple[str, Any]:
    """Read and validate a rule file; raises ``rules.RuleError`` with every problem."""
    rules = engine()
    if rules is None:
        raise UnavailableError("regelengine niet beschikbaar")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"kan {path} niet lezen: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise DataError(f"{path.name} is geen UTF-8-tekst") from None
    return text, rules.load(text, source=path.name)


def subject(item: ItemSummary) -> Any:
    """The engine's view of a stored item."""
    rules = engine()
    assert rules is not None
    return rules.Subject(text=item.text, author=item.author_key, platform=item.platform.value,
                         account=item.account_name, kind=item.kind.value,
                         scores=dict(item.scores))


def stored_items(ws: Workspace, me: ModeratorInfo,
                 limit: int = DRY_RUN_LIMIT) -> list[ItemSummary]:
    """Up to ``limit`` stored items the moderator may see, page by page."""
    query = ws.queue.scoped(QueueQuery(all_statuses=True), me)
    items: list[ItemSummary] = []
    after = None
    while len(items) < limit:
        page = ws.queue.page(query, after, min(500, limit - len(items)))
        items.extend(page.items)
        if page.next_after is None or not page.items:
            break
        after = page.next_after
    return items


@dataclass(frozen=True, slots=True)
class DryRun:
    """A dry-run report plus the texts of the items it names."""

    report: Any
    texts: dict[int, str]


def dry_run(ws: Workspace, me: ModeratorInfo, current: Any, candidate: Any) -> DryRun:
    """Compare the candidate with the current set over the stored items."""
    rules = engine()
    if rules is None:
        raise UnavailableError("regelengine niet beschikbaar")
    items = stored_items(ws, me)
    report = rules.dry_run(current, candidate, ((int(i.id), subject(i)) for i in items))
    return DryRun(report, {int(i.id): i.text for i in items})


def activate(ws: Workspace, me: ModeratorInfo, text: str) -> Any:
    """Make ``text`` the active rule set (validated, stored, logged) through the core."""
    mod = _ruleset_module()
    fn = getattr(mod, "activate", None) if mod is not None else None
    if not callable(fn):
        raise UnavailableError("activeren kan nog niet: moderator.ruleset.activate ontbreekt")
    return fn(ws, me, text)
