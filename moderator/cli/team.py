"""The log and the team: ``moderator audit ...`` and ``moderator moderator ...``.

In team mode (PostgreSQL) a moderator is a database login: ``moderator add`` creates it
with least privileges, the password read from stdin; the moderator stores it in the OS
keyring once with ``moderator login --password-stdin`` and connects with a URL without
a password.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.audit.filter import AuditFilter
from moderator.audit.witness import read_head
from moderator.cli.support import acting, item_id, open_workspace, parse_when, privileged
from moderator.errors import CannotCreateError, IntegrityError, UsageError
from moderator.items import ItemId, Role
from moderator.moderators import Permission
from moderator.participation.register import log_personal_export

if TYPE_CHECKING:
    import argparse

    from moderator.workspace import Workspace


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the audit, moderator, assignment and approval subcommands."""
    _register_audit(sub, common)
    _register_moderators(sub, common)
    _register_work(sub, common)


def _register_audit(sub: Any, common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser("audit", help="the moderation log").add_subparsers(
        dest="audit_command", metavar="COMMAND", required=True)
    p = audit.add_parser("verify", parents=[common], help="verify the hash chain")
    p.add_argument("--head", help="also check against a head: SEQ:HASH or a sign-off file "
                   "(in addition to every other check)")
    p.set_defaults(handler=_audit_verify)
    p = audit.add_parser("signoff", parents=[common],
                         help="sign off the verified log; write its head to FILE (team lead)")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=_audit_signoff)
    p = audit.add_parser("export", parents=[common], help="export the log")
    p.add_argument("--format", choices=["csv", "jsonl"], default="csv")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--with-content", action="store_true",
                   help="include personal content (team leads only)")
    p.set_defaults(handler=_audit_export)

    for name, text in (("review", "export the filtered log with messages, authors and rules "
                                  "(Dutch headers, Amsterdam time beside UTC; team lead)"),
                       ("summary", "per moderator: actions by type, reversals, approvals, "
                                   "rejections, refused attempts (team lead)")):
        p = audit.add_parser(name, parents=[common], help=text)
        if name == "review":
            p.add_argument("--out", required=True, type=Path)
        else:
            p.add_argument("--json", action="store_true")
        p.add_argument("--moderator", default="")
        p.add_argument("--action", default="")
        p.add_argument("--rule", default="")
        p.add_argument("--since", help="from this date (ISO, UTC)")
        p.add_argument("--until", help="before this date (ISO, UTC)")
        p.set_defaults(handler=_audit_review if name == "review" else _audit_summary)



def _register_moderators(sub: Any, common: argparse.ArgumentParser) -> None:
    mods = sub.add_parser("moderator", help="moderators, roles and logins").add_subparsers(
        dest="moderator_command", metavar="COMMAND", required=True)
    p = mods.add_parser("list", parents=[common])
    p.set_defaults(handler=_moderator_list)
    for name, text in (("add", "add a moderator (team mode: a database login)"),
                       ("change", "change a moderator's role, scope, end date or password")):
        p = mods.add_parser(name, parents=[common], help=text)
        p.add_argument("name")
        p.add_argument("--role", choices=[r.value for r in Role],
                       default="community_manager" if name == "add" else None)
        p.add_argument("--scope", action="append", default=None,
                       help="project:<label> or account:<name or id> (repeatable)")
        p.add_argument("--until", help="no access from this date (YYYY-MM-DD, UTC)")
        p.add_argument("--password-stdin", action="store_true",
                       help="read the login's password from stdin (team mode)")
        p.set_defaults(handler=_moderator_save, creating=name == "add")
    p = mods.add_parser("disable", parents=[common], help="take a moderator's access away")
    p.add_argument("name")
    p.set_defaults(handler=_moderator_disable)
    p = mods.add_parser("login", parents=[common],
                        help="keep your team-mode password in the OS keyring")
    p.add_argument("--password-stdin", action="store_true", required=True)
    p.set_defaults(handler=_moderator_login)


def _register_work(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("assign", parents=[common], help="assign an item to a named colleague")
    p.add_argument("item", type=item_id)
    p.add_argument("to", help="the colleague's moderator name")
    p.add_argument("--note", default="")
    p.set_defaults(handler=_assign)
    p = sub.add_parser("assignment", parents=[common],
                       help="who an item is assigned to and the time to first response")
    p.add_argument("item", type=item_id)
    p.set_defaults(handler=_assignment)
    appr = sub.add_parser("approval", help="replies waiting for four eyes (ter goedkeuring)"
                          ).add_subparsers(dest="approval_command", metavar="COMMAND",
                                           required=True)
    p = appr.add_parser("list", parents=[common], help="replies waiting for approval")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_approval_list)
    p = appr.add_parser("approve", parents=[common], help="approve (optionally edited)")
    p.add_argument("id", type=int)
    p.add_argument("--text", help="the edited text to send instead")
    p.add_argument("--note")
    p.set_defaults(handler=_approval_decide, approve=True)
    p = appr.add_parser("reject", parents=[common], help="reject with a note")
    p.add_argument("id", type=int)
    p.add_argument("--note", required=True)
    p.set_defaults(handler=_approval_decide, approve=False, text=None)
    p = appr.add_parser("require", parents=[common],
                        help="every role's replies on ACCOUNT wait for approval (team lead)")
    p.add_argument("account", help="account name or id")
    p.add_argument("--off", action="store_true", help="stop requiring it")
    p.set_defaults(handler=_approval_require)


def _audit_verify(args: argparse.Namespace) -> int:
    head = read_head(args.head) if args.head else None
    with open_workspace(args) as ws:
        result = ws.audit.verify(head)
    if not result.ok:
        raise IntegrityError(f"audit log BROKEN at entry {result.broken_seq}: {result.reason}")
    print(f"OK {result.count} entries, head {result.head or 'none (empty log)'}")
    return 0


def _audit_signoff(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = privileged(ws, args, Permission.AUDIT_SIGNOFF, "audit signoff")
        signed = ws.audit.signoff(me)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(signed.to_json(), encoding="utf-8")
    except OSError as e:
        raise CannotCreateError(f"cannot write {args.out}: {e.strerror or e}") from None
    print(f"signed off through entry {signed.reviewed.seq if signed.reviewed else 0}; "
          f"head {signed.head} written to {args.out}")
    return 0


def _audit_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = privileged(ws, args, Permission.AUDIT_EXPORT, "audit export")
        if args.with_content:
            ws.moderators.require(me, Permission.EXPORT_PERSONAL, "audit export --with-content")
        res = ws.audit.export(args.out, args.format, pseudonymise=not args.with_content)
        if args.with_content:  # a team lead's explicit choice to export personal content
            log_personal_export(ws.db, ws.clock(), me, "audit", res.count)
    print(f"wrote {res.count} entries to {res.path} (head {res.head})", file=sys.stderr)
    return 0


def _filter(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(moderator=args.moderator, action=args.action, rule_id=args.rule,
                       since=parse_when(args.since), until=parse_when(args.until))


def _audit_review(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        privileged(ws, args, Permission.EXPORT_PERSONAL, "audit review")
        n = ws.audit.export_review(args.out, _filter(args))
    print(f"wrote {n} entries to {args.out}", file=sys.stderr)
    return 0


def _audit_summary(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        privileged(ws, args, Permission.AUDIT_READ_ALL, "audit summary")
        rows = ws.audit.summary(_filter(args))
    for r in rows:
        if args.json:
            print(json.dumps({"moderator": r.moderator, "actions": r.actions,
                              "reversals": r.reversals, "approvals": r.approvals,
                              "rejections": r.rejections, "refused": r.refused},
                             ensure_ascii=False))
        else:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(r.actions.items()))
            print(f"{r.moderator}\t{r.total} entries ({kinds}); reversals {r.reversals}, "
                  f"approvals {r.approvals}, rejections {r.rejections}, refused {r.refused}")
    return 0


def _moderator_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        for m in ws.moderators.list():
            until = f"{m.until:%Y-%m-%d}" if m.until else "-"
            state = "disabled" if m.disabled else "active"
            print(f"{m.name}\t{m.role.value}\t{','.join(m.scope) or '*'}\t{until}\t{state}")
    return 0


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("geen wachtwoord op stdin")
    return password


def _moderator_save(args: argparse.Namespace) -> int:
    password = _password(args)
    until = parse_when(args.until)
    with open_workspace(args) as ws:
        me = acting(ws, args)
        if not ws.moderators.team and password is not None:
            raise UsageError("--password-stdin is for team mode (a PostgreSQL login); a solo "
                             "workspace has one identity, its OS user")
        found = _existing(ws, args.name)
        if args.creating and found is not None:
            raise UsageError(f"moderator {args.name!r} exists; use 'moderator change'")
        if not args.creating and found is None:
            raise UsageError(f"no moderator {args.name!r}; use 'moderator add'")
        role = Role(args.role) if args.role else found.role
        scope = args.scope if args.scope is not None else (found.scope if found else ())
        if until is None and found is not None and not args.creating:
            until = found.until
        m = ws.moderators.add(me, args.name, role, scope, until=until, password=password)
    print(f"{m.name}: {m.role.value} {','.join(m.scope) or '*'}"
          + (f" until {m.until:%Y-%m-%d}" if m.until else ""))
    return 0


def _existing(ws: Workspace, name: str) -> Any:
    return next((m for m in ws.moderators.list() if m.name == name), None)


def _moderator_disable(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        m = ws.moderators.disable(acting(ws, args), args.name)
    print(f"{m.name}: disabled")
    return 0


def _moderator_login(args: argparse.Namespace) -> int:
    from moderator.secrets import KeyringStore
    from moderator.workspace import password_key

    password = _password(args)
    url = getattr(args, "database", None)
    if not url:
        raise UsageError("moderator login needs --database postgresql://YOU@HOST/DB")
    key = password_key(url)
    KeyringStore().set(key, password or "")
    with open_workspace(args) as ws:  # proves the password works
        me = acting(ws, args)
    print(f"password for {me.name} kept in the OS keyring ({key})")
    return 0


def _approval_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        acting(ws, args)
        for w in ws.approvals.waiting():
            if args.json:
                print(json.dumps({"id": w.outbox_id, "item": w.item_id, "kind": w.kind.value,
                                  "account": w.account_name, "author": w.author,
                                  "text": w.text, "created_at": w.created_at.isoformat()},
                                 ensure_ascii=False))
            else:
                print(f"{w.outbox_id}\t{w.kind.value}\t{w.account_name}\t{w.author}\t"
                      f"{' '.join(w.text.split())[:70]}")
    return 0


def _approval_decide(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = acting(ws, args)
        if args.approve:
            w = ws.approvals.approve(me, args.id, args.text, args.note)
        else:
            w = ws.approvals.reject(me, args.id, args.note)
    print(f"{'approved' if args.approve else 'rejected'}: {w.kind.value} on item {w.item_id} "
          f"by {w.author}")
    return 0


def _assign(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = acting(ws, args)
        ws.queue.assign(ItemId(args.item), me, args.to, args.note)
    print(f"item {args.item} assigned to {args.to}")
    return 0


def _assignment(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        acting(ws, args)
        ws.queue.detail(ItemId(args.item))  # not visible: no such item
        a = ws.queue.assignment(ItemId(args.item))
    if a is None:
        print(f"item {args.item} is not assigned to anyone")
        return 0
    took = a.time_to_first_response
    first = f"first response after {_minutes(took)}" if took is not None else "no response yet"
    print(f"item {args.item}: {a.assignee} since {a.since:%Y-%m-%d %H:%M} UTC; {first}")
    return 0


def _minutes(d: Any) -> str:
    mins = int(d.total_seconds() // 60)
    return f"{mins // 60} h {mins % 60} min" if mins >= 60 else f"{mins} min"


def _approval_require(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = acting(ws, args)
        account = ws.accounts.get(args.account)
        ws.approvals.require_for_account(me, account.id, not args.off)
    state = "no longer wait" if args.off else "wait"
    print(f"replies on {account.name} {state} for a second moderator")
    return 0
