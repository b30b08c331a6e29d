"""Participation and public duty: poll, register, reach, transparency, retention, author."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.cli.support import acting, count, item_id, open_workspace, parse_when
from moderator.errors import UsageError

if TYPE_CHECKING:
    import argparse
    from datetime import date


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``poll``, ``register``, ``retention`` and ``author``."""
    _polls(sub, common)
    _register(sub, common)
    retention = sub.add_parser("retention", help="the retention period (AVG)").add_subparsers(
        dest="retention_command", metavar="COMMAND", required=True)
    p = retention.add_parser("apply", parents=[common],
                             help="purge texts and names older than the period")
    p.add_argument("--days", type=count, help="this period instead of the workspace's")
    p.set_defaults(handler=_retention_apply)
    p = retention.add_parser("set", parents=[common], help="set the period (team leads)")
    p.add_argument("days", type=count)
    p.set_defaults(handler=_retention_set)
    p = retention.add_parser("show", parents=[common], help="print the period")
    p.set_defaults(handler=_retention_show)

    p = sub.add_parser("reach", parents=[common],
                       help="representativeness: are the voices heard many or a few?")
    p.add_argument("--project", default=None)
    p.add_argument("--since", help="from (ISO date; default 30 days ago)")
    p.add_argument("--until", help="before (ISO date; default tomorrow)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_reach)
    p = sub.add_parser("transparency", parents=[common],
                       help="statements of reasons for every hide and remove in a period")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--format", choices=["csv", "jsonl"])
    p.set_defaults(handler=_transparency)

    author = sub.add_parser("author", help="one author's data (AVG)").add_subparsers(
        dest="author_command", metavar="COMMAND", required=True)
    p = author.add_parser("report", parents=[common],
                          help="access report: everything stored about one author")
    p.add_argument("author_key")
    p.add_argument("--out", required=True, type=Path, help="JSON file (an .html is written too)")
    p.set_defaults(handler=_author_report)
    p = author.add_parser("erase", parents=[common],
                          help="erase one author's texts, names and notes everywhere")
    p.add_argument("author_key")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(handler=_author_erase)


def _polls(sub: Any, common: argparse.ArgumentParser) -> None:
    poll = sub.add_parser("poll", help="polls run in comments").add_subparsers(
        dest="poll_command", metavar="COMMAND", required=True)
    p = poll.add_parser("define", parents=[common], help="make an item's post a poll")
    p.add_argument("item", type=item_id, help="an item (comment) on the poll's post")
    p.add_argument("--options", nargs="+", required=True, metavar="KEY[=ALIAS,...]",
                   help='e.g. "A=🌳,bomen" "B=⛲" C, or 👍 👎')
    p.add_argument("--closes", help="votes after this time do not count (ISO 8601)")
    p.add_argument("--also", type=item_id, action="append", default=[], metavar="ITEM",
                   help="an item on the same poll's post on another platform")
    p.set_defaults(handler=_poll_define)
    p = poll.add_parser("tally", parents=[common], help="count a poll")
    p.add_argument("item", type=item_id)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_poll_tally)
    p = poll.add_parser("export", parents=[common], help="the result with the counting method")
    p.add_argument("item", type=item_id)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--format", choices=["csv", "jsonl"])
    p.set_defaults(handler=_poll_export)
    p = poll.add_parser("list", parents=[common], help="defined polls")
    p.set_defaults(handler=_poll_list)


def _register(sub: Any, common: argparse.ArgumentParser) -> None:
    reg = sub.add_parser("register", help="the input register (participation)").add_subparsers(
        dest="register_command", metavar="COMMAND", required=True)
    p = reg.add_parser("topic", parents=[common], help="add a topic to a project")
    p.add_argument("project")
    p.add_argument("name")
    p.set_defaults(handler=_register_topic)
    p = reg.add_parser("mark", parents=[common], help="mark an item as input")
    p.add_argument("item", type=item_id)
    p.add_argument("--topic", action="append", required=True)
    p.set_defaults(handler=_register_mark)
    p = reg.add_parser("feedback", parents=[common], help='record the feedback ("koppel terug")')
    p.add_argument("item", type=item_id)
    p.add_argument("--text", required=True)
    p.add_argument("--date", help="when the feedback was given (default today)")
    p.add_argument("--link", default="")
    p.set_defaults(handler=_register_feedback)
    p = reg.add_parser("show", parents=[common], help="counts per topic and open input")
    p.add_argument("--project", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_register_show)
    p = reg.add_parser("export", parents=[common], help="export (pseudonymised by default)")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--format", choices=["csv", "jsonl"])
    p.add_argument("--project", default=None)
    p.add_argument("--with-names", action="store_true",
                   help="author names instead of keys (team leads only; logged)")
    p.set_defaults(handler=_register_export)


def _poll_define(args: argparse.Namespace) -> int:
    from moderator.participation.votes import parse_options

    options = parse_options(args.options)
    closes = parse_when(args.closes)
    with open_workspace(args) as ws:
        info = ws.polls.define(acting(ws, args), args.item, options, closes, args.also)
    print(f"poll {info.id} on item {info.item_id} ({', '.join(info.platforms)}): "
          f"options {' '.join(o.key for o in info.options)}"
          + (f", closes {info.closes_at.isoformat()}" if info.closes_at else ""))
    return 0


def _poll_tally(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        result = ws.polls.result(args.item)
    data = result.as_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{data['title'][:70]}")
    for o in data["options"]:
        print(f"  {o['key']:<6} {o['votes']:>6}  {o['share']:>6.1%}")
    print(f"  {data['unique_voters']} voters; {data['changed_votes']} changed their vote; "
          f"{data['late_votes_ignored']} late votes ignored; {data['unclear']} unclear")
    return 0


def _poll_export(args: argparse.Namespace) -> int:
    from moderator.participation.tabular import format_for

    with open_workspace(args) as ws:
        r = ws.polls.export(args.item, args.out, format_for(args.out, args.format))
    print(f"wrote {args.out}: {r.tally.voters} voters")
    return 0


def _poll_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        for p in ws.polls.polls():
            print(f"{p.item_id}\t{','.join(p.platforms)}\t{' '.join(o.key for o in p.options)}"
                  f"\t{p.title[:60]}")
    return 0


def _register_topic(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        added = ws.register.add_topic(args.project, args.name)
    print(f"{args.project}: {args.name}" + ("" if added else " (already there)"))
    return 0


def _register_mark(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        e = ws.register.mark(acting(ws, args), args.item, args.topic)
    print(f"item {e.item_id} is input for {e.project or '(no project)'}: {', '.join(e.topics)}")
    return 0


def _register_feedback(args: argparse.Namespace) -> int:
    when: date | None = None
    if args.date:
        parsed = parse_when(args.date)
        when = parsed.date() if parsed else None
    with open_workspace(args) as ws:
        e = ws.register.feedback(acting(ws, args), args.item, args.text, when, args.link)
    print(f"item {e.item_id}: feedback recorded ({e.feedback_on})")
    return 0


def _register_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        projects = [args.project] if args.project is not None else ws.register.projects()
        views = [ws.register.view(p) for p in projects]
    if args.json:
        for v in views:
            print(json.dumps({"project": v.project, "topics": v.topic_counts,
                              "inputs": len(v.entries), "without_feedback": len(v.waiting),
                              "answered": len(v.answered)}, ensure_ascii=False))
        return 0
    for v in views:
        print(f"{v.project or '(no project)'}: {len(v.entries)} inputs, "
              f"{len(v.waiting)} without feedback")
        for topic, n in v.topic_counts.items():
            print(f"  {n:>5}  {topic}")
    return 0


def _register_export(args: argparse.Namespace) -> int:
    from moderator.participation.tabular import format_for

    with open_workspace(args) as ws:
        n = ws.register.export(acting(ws, args), args.out, format_for(args.out, args.format),
                               args.project, names=args.with_names)
    print(f"wrote {n} register entries to {args.out}"
          + (" (with names)" if args.with_names else " (pseudonymised)"))
    return 0


def _retention_apply(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        r = ws.privacy.apply_retention(acting(ws, args), args.days)
    print(f"retention {r.days} days: purged {r.items} items from before "
          f"{r.cutoff.isoformat(timespec='seconds')} and the personal content of "
          f"{r.log_entries} log entries")
    return 0


def _retention_set(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        ws.privacy.set_retention_days(acting(ws, args), args.days)
    print(f"retention period: {args.days} days")
    return 0


def _retention_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        print(ws.privacy.retention_days())
    return 0


def _reach(args: argparse.Namespace) -> int:
    from moderator.stats import StatsPeriod

    with open_workspace(args) as ws:
        default = StatsPeriod.last_days(ws.clock(), 30)
        since = parse_when(args.since) or default.since
        until = parse_when(args.until) or default.until
        r = ws.reach.reach(since, until, args.project)
    print(json.dumps(r.as_json(), ensure_ascii=False) if args.json else r.as_json()["reading"])
    return 0


def _transparency(args: argparse.Namespace) -> int:
    from moderator.participation.tabular import format_for
    from moderator.participation.transparency import write_report

    with open_workspace(args) as ws:
        total = write_report(ws.db, args.out, format_for(args.out, args.format),
                             parse_when(args.since), parse_when(args.until))
    print(f"wrote {total['statements']} statements of reasons to {args.out}")
    return 0


def _author_report(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        data = ws.privacy.access_report(acting(ws, args), args.author_key, args.out)
    print(f"wrote {args.out} and {args.out.with_suffix('.html').name}: "
          f"{len(data['items'])} items, {len(data['actions'])} actions, "
          f"{len(data['notes'])} notes, {len(data['poll_votes'])} poll votes, "
          f"{len(data['register'])} register entries")
    return 0


def _author_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UsageError("erasing an author cannot be undone: add --yes to confirm")
    with open_workspace(args) as ws:
        r = ws.privacy.erase(acting(ws, args), args.author_key)
    print(f"erased author {r.author_key}: {r.items} items blanked, name removed from "
          f"{r.names_scrubbed} other texts; database {r.compaction}")
    return 0
