"""The demo workspace: fictional accounts and items from ``resources/demo``.

A few logged actions by three fictional moderators give every screen something to show.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from moderator import platforms
from moderator.actions import ActionRequest
from moderator.errors import DataError, TransitionError, UsageError
from moderator.items import (
    ActionKind,
    IncomingItem,
    ItemId,
    ItemKind,
    ItemSummary,
    ModeratorInfo,
    Platform,
    Role,
)
from moderator.participation.demo import add_participation
from moderator.query import QueueQuery

if TYPE_CHECKING:
    from collections.abc import Iterator

    from moderator.workspace import Workspace

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"

# (name, role, scope): an external moderator sees only the A27 project.
DEMO_MODERATORS = (
    ("Fatima El Amrani", Role.TEAM_LEAD, ()),
    ("Sanne de Vries", Role.COMMUNITY_MANAGER, ()),
    ("Pieter Jansen", Role.EXTERNAL_MODERATOR, ("project:Verbreding A27 Lexmond",)),
)


@dataclass(frozen=True, slots=True)
class DemoReport:
    """What the demo created."""

    items: int
    platforms: int
    actions: int


def read_items(path: Path) -> Iterator[IncomingItem]:
    """Parse IncomingItem-shaped JSON lines; a bad line names its number."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                yield IncomingItem(
                    platform=Platform(d["platform"]),
                    account_external_id=str(d["account_external_id"]),
                    external_id=str(d["external_id"]), kind=ItemKind(d["kind"]),
                    text=str(d["text"]), author_name=str(d["author_name"]),
                    author_external_id=str(d["author_external_id"]),
                    created_at=datetime.fromisoformat(d["created_at"]),
                    thread_external_id=str(d["thread_external_id"]),
                    thread_title=str(d.get("thread_title") or ""),
                    thread_url=str(d.get("thread_url") or ""),
                    parent_external_id=d.get("parent_external_id"),
                    permalink=str(d.get("permalink") or ""),
                    hidden_on_platform=bool(d.get("hidden_on_platform", False)),
                    deleted_on_platform=bool(d.get("deleted_on_platform", False)))
            except (ValueError, KeyError, TypeError) as e:
                raise DataError(f"{path.name}:{n}: bad item ({e})") from None


def create_demo(ws: Workspace, data_dir: Path = DEMO_DIR) -> DemoReport:
    """Fill a workspace with the demo data (idempotent: a second run adds nothing)."""
    try:
        accounts = json.loads((data_dir / "accounts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise DataError(f"demo data missing or broken in {data_dir}: {e}") from None
    fresh = ws.audit.head() is None
    lead = _moderators(ws)
    known = {(a.platform, a.external_id) for a in ws.accounts.list()}
    for a in accounts:
        if (a["platform"], a["external_id"]) not in known:
            platform = Platform(a["platform"])
            # api_base "demo": synced by the demo connector (no network, no token).
            ws.accounts.add(platform, f"{a['name']} ({platforms.name(platform)})",
                            a["external_id"], a.get("project", ""), api_base="demo")
    ws.ingest.upsert(read_items(data_dir / "items.jsonl"))
    actions = _demo_actions(ws, lead) if fresh else 0
    if fresh:
        add_participation(ws, lead)
    total = ws.queue.count(QueueQuery(all_statuses=True))
    return DemoReport(total, len({a.platform for a in ws.accounts.list()}), actions)


def _moderators(ws: Workspace) -> ModeratorInfo:
    lead = ws.moderators.current(DEMO_MODERATORS[0][0])
    if lead.role != Role.TEAM_LEAD:
        raise UsageError("the demo needs a new workspace (its first moderator is the team lead)")
    # Team mode: the demo colleagues are names without a database login (a team lead
    # gives them one with 'moderator change NAME --password-stdin').
    for name, role, scope in DEMO_MODERATORS[1:]:
        ws.moderators.add(lead, name, role, scope, login=False)
    # Whoever tries the demo may see every screen, team-lead panels included (solo; in
    # team mode the owner's login already is a team lead).
    you = getpass.getuser() or "demo"
    if not ws.moderators.team and you not in {m[0] for m in DEMO_MODERATORS}:
        ws.moderators.add(lead, you, Role.TEAM_LEAD, ())
    return lead


def _demo_actions(ws: Workspace, lead: ModeratorInfo) -> int:
    """A morning's work by the community manager, so the log and stats have content."""
    sanne = ws.moderators.get(DEMO_MODERATORS[1][0])
    page = ws.queue.page(QueueQuery(), limit=40).items
    done = 0
    for n, item in enumerate(page[:12]):
        done += _try(ws, sanne, _morning_action(item, n))
    questions = ws.queue.page(QueueQuery(text="vraag"), limit=3).items
    for item in questions:
        done += _try(ws, lead, ActionRequest(ActionKind.ESCALATE, ItemId(item.id),
                                             text="Graag inhoudelijk antwoord van het projectteam",
                                             escalate_to="team_lead"))
    return done


def _morning_action(item: ItemSummary, n: int) -> ActionRequest:
    """Hide, warn or answer, as the item's platform allows (else: handled, seen)."""
    rule = item.flags[0] if item.flags else None
    wanted = [ActionKind.HIDE if n % 3 == 0 else ActionKind.WARN] if rule and n % 3 < 2 else []
    wanted += [ActionKind.DM_REPLY, ActionKind.REPLY, ActionKind.HANDLE]
    kind = next(k for k in wanted if platforms.allows(item.platform, item.kind, k))
    texts = {ActionKind.WARN: f"Hoi {item.author_name}, let op onze spelregels.",
             ActionKind.DM_REPLY: "Bedankt voor je bericht, we komen erop terug.",
             ActionKind.REPLY: "Bedankt voor je reactie! We nemen het mee."}
    cites = kind in (ActionKind.HIDE, ActionKind.WARN)
    return ActionRequest(kind, item.id, rule_id=rule if cites else None, text=texts.get(kind))


def _try(ws: Workspace, who: ModeratorInfo, req: ActionRequest) -> int:
    try:
        ws.actions.perform(who, req)
    except (TransitionError, UsageError):
        return 0
    return 1
