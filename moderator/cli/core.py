"""Core subcommands: demo, queue, action (the log and the team: ``cli/team.py``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from moderator import platforms
from moderator.action_policy import POLICIES
from moderator.actions import ActionRequest
from moderator.cli.support import acting, count, fraction, item_id, open_workspace, parse_when
from moderator.items import ActionKind, ItemId, ItemKind, ItemSummary, Platform, Status
from moderator.query import QueueQuery

if TYPE_CHECKING:
    import argparse


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the core subcommands."""
    p = sub.add_parser("demo", parents=[common], help="create a demo workspace")
    p.set_defaults(handler=_demo)

    p = sub.add_parser("queue", parents=[common], help="print the queue")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=count, default=50)
    p.add_argument("--status", action="append", choices=[s.value for s in Status])
    p.add_argument("--all", action="store_true", help="every status, not only open items")
    p.add_argument("--platform", action="append", choices=[x.value for x in platforms.ids()])
    p.add_argument("--account", action="append", help="account name or id")
    p.add_argument("--kind", action="append", choices=[k.value for k in ItemKind])
    p.add_argument("--rule", help="items flagged by this rule id")
    p.add_argument("--min-toxicity", type=fraction)
    p.add_argument("--search", default="", help="full-text search")
    p.add_argument("--since", help="created on or after (ISO date)")
    p.add_argument("--until", help="created before (ISO date)")
    p.add_argument("--mine", action="store_true", help="assigned to me or claimed by me")
    p.add_argument("--unassigned", action="store_true")
    p.add_argument("--count", action="store_true", help="print only the count")
    p.set_defaults(handler=_queue)

    p = sub.add_parser("action", parents=[common], help="act on an item")
    p.add_argument("kind", choices=[k.value for k in POLICIES])
    p.add_argument("item", type=item_id)
    p.add_argument("--rule")
    p.add_argument("--text")
    p.add_argument("--to", dest="escalate_to")
    p.set_defaults(handler=_action)



def _demo(args: argparse.Namespace) -> int:
    from moderator.demo import create_demo

    with open_workspace(args) as ws:
        report = create_demo(ws)
    print(f"demo workspace ready at {ws.label}: {report.items} items on "
          f"{report.platforms} platforms, {report.actions} logged actions")
    return 0


def _queue(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = acting(ws, args)
        accounts = frozenset(ws.accounts.get(a).id for a in args.account or ())
        q = QueueQuery(
            statuses=frozenset(Status(s) for s in args.status or ()),
            all_statuses=args.all, platforms=frozenset(Platform(p) for p in args.platform or ()),
            account_ids=accounts, kinds=frozenset(ItemKind(k) for k in args.kind or ()),
            rule_id=args.rule, min_toxicity=args.min_toxicity, text=args.search,
            since=parse_when(args.since), until=parse_when(args.until),
            assigned_to=me.id if args.mine else None, unassigned=args.unassigned)
        if args.count:
            print(ws.queue.count(q, viewer=me))
            return 0
        remaining, after = max(0, args.limit), None
        while remaining:
            page = ws.queue.page(q, after, min(remaining, 1000), viewer=me)
            for item in page.items:
                print(json.dumps(_item_json(item), ensure_ascii=False) if args.json
                      else _item_line(item))
            remaining -= len(page.items)
            if page.next_after is None:
                break
            after = page.next_after
    return 0


def _item_json(i: ItemSummary) -> dict[str, Any]:
    return {"id": i.id, "platform": i.platform.value, "account": i.account_name,
            "kind": i.kind.value, "status": i.status.value, "author_key": i.author_key,
            "author": i.author_name, "created_at": i.created_at.isoformat(), "text": i.text,
            "severity": i.severity or None, "flags": list(i.flags), "toxicity": i.toxicity,
            "scores": i.scores, "claimed_by": i.claimed_by}


def _item_line(i: ItemSummary) -> str:
    text = " ".join(i.text.split())
    flags = ",".join(i.flags) or "-"
    return (f"{i.id:>7} {i.platform.value:<9} {i.kind.value:<7} {i.status.value:<9} "
            f"{flags:<10} {text[:70]}")


def _action(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = acting(ws, args)
        req = ActionRequest(ActionKind(args.kind), ItemId(args.item), rule_id=args.rule,
                            text=args.text, escalate_to=args.escalate_to)
        ws.actions.perform(me, req)
        print(f"{args.kind}: item {args.item} done by {me.name}")
    return 0
