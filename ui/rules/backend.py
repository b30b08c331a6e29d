"""What the rules panel needs from the engine and the workspace.

Activation goes through ``moderator.ruleset.activate`` (validated, stored, logged).
Every function here runs on a worker (``ui.tasks.Op``), never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import rules
from moderator import ruleset
from moderator.errors import DataError
from moderator.query import QueueQuery

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.items import ItemSummary, ModeratorInfo
    from moderator.workspace import Workspace

DRY_RUN_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class ActiveSet:
    """The rule set in force, and where it came from."""

    ruleset: rules.RuleSet
    origin: str  # "workspace" or "shipped"


def active_ruleset(ws: Workspace) -> ActiveSet:
    """The workspace's active rule set, or the shipped Dutch set when none is stored."""
    active = ws.rules.active()
    return ActiveSet(active.ruleset, "workspace" if active.stored else "shipped")


def load_candidate(path: Path) -> tuple[str, rules.RuleSet]:
    """Read and validate a rule file; raises ``rules.RuleError`` with every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"kan {path} niet lezen: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise DataError(f"{path.name} is geen UTF-8-tekst") from None
    return text, rules.load(text, source=path.name)


def subject(item: ItemSummary) -> rules.Subject:
    """The engine's view of a stored item."""
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

    report: rules.DryRunReport
    texts: dict[int, str]


def dry_run(ws: Workspace, me: ModeratorInfo, current: rules.RuleSet,
            candidate: rules.RuleSet) -> DryRun:
    """Compare the candidate with the current set over the stored items."""
    items = stored_items(ws, me)
    report = rules.dry_run(current, candidate, ((int(i.id), subject(i)) for i in items))
    return DryRun(report, {int(i.id): i.text for i in items})


def activate(ws: Workspace, me: ModeratorInfo, text: str) -> rules.RuleSet:
    """Make ``text`` the active rule set (validated, stored, logged) through the core."""
    return ruleset.activate(ws, me, text)
