"""CLI for accounts, sync, import and the outbox: ``moderator account|sync|import|outbox``."""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator import platforms
from moderator.auth.connect import live_connectors
from moderator.cli import connect
from moderator.cli.support import acting, count, open_workspace, privileged
from moderator.connectors.base import ConnectorError
from moderator.connectors.file_import import (
    ColumnMapping,
    ImportProgress,
    WrongPlatform,
    columns,
    preview,
    store_file,
)
from moderator.connectors.registry import connector_for, is_demo, quota_for
from moderator.errors import UsageError
from moderator.items import AccountInfo, Platform
from moderator.moderators import Permission
from moderator.outbox.entry import OutboxState
from moderator.outbox.executor import OutboxExecutor
from moderator.secrets import KeyringStore, account_key
from moderator.sync import SyncProgress, SyncService

if TYPE_CHECKING:
    import argparse



def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the connector subcommands to the ``moderator`` parser."""
    acc = sub.add_parser("account", parents=[common], help="organisation accounts and tokens")
    acc_sub = acc.add_subparsers(dest="account_command", required=True)
    add = acc_sub.add_parser("add", parents=[common], help="add an account; token from stdin")
    add.add_argument("--platform", required=True, choices=[p.value for p in platforms.ids()])
    add.add_argument("--name", required=True)
    add.add_argument("--external-id", default="", help="page/channel/organisation/user id")
    add.add_argument("--project", default="")
    add.add_argument("--api-base", default="", help="API base URL (version pin, tests, 'demo')")
    add.add_argument("--token-stdin", action="store_true", help="read the access token from stdin")
    add.set_defaults(handler=_account_add)
    acc_sub.add_parser("list", parents=[common], help="list accounts").set_defaults(
        handler=_account_list)
    connect.register(acc_sub, common)
    for name, fn, text in (("test", _account_test, "check the token with a cheap call"),
                           ("remove", _account_remove, "remove an account and its token")):
        p = acc_sub.add_parser(name, parents=[common], help=text)
        p.add_argument("account")
        p.set_defaults(handler=fn)
    sync = sub.add_parser("sync", parents=[common], help="fetch new items from the platforms")
    sync.add_argument("--account", help="only this account (name or id)")
    sync.add_argument("--loop", action="store_true", help="keep syncing every --interval s")
    sync.add_argument("--interval", type=float, default=300.0)
    sync.add_argument("--full", action="store_true", help="re-read everything (reconcile)")
    sync.set_defaults(handler=_sync)
    imp = sub.add_parser("import", parents=[common], help="import an export or CSV/JSONL file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=["csv", "jsonl",
                                          *(f.name for f in platforms.export_formats())])
    imp.add_argument("--account", required=True,
                     help="account the items belong to (name or id; add it first)")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="take FIELD (text, created_at, author_name, external_id, ...) from "
                     "COLUMN of a CSV; usual Dutch/English headers are recognised")
    imp.add_argument("--preview", action="store_true",
                     help="show the mapping and the first rows as they would import; store "
                     "nothing")
    imp.add_argument("--progress", action="store_true",
                     help="report progress on stderr (at most once a second) even when it "
                     "is not a terminal")
    imp.set_defaults(handler=_import)
    out = sub.add_parser("outbox", parents=[common], help="send pending platform actions")
    out_sub = out.add_subparsers(dest="outbox_command", required=True)
    out_sub.add_parser("run", parents=[common], help="send until nothing is due").set_defaults(
        handler=_outbox_run)
    listing = out_sub.add_parser("list", parents=[common],
                                 help="platform actions and their state (default: failed)")
    listing.add_argument("--state", choices=[*(s.value for s in OutboxState), "all"],
                         default=OutboxState.FAILED.value)
    listing.add_argument("--limit", type=count, default=100)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_outbox_list)
    for verb, text in (("retry", "send a failed action again (looked up on the platform "
                                 "first)"),
                       ("cancel", "give up a failed or waiting action (logged)")):
        move = out_sub.add_parser(verb, parents=[common], help=text)
        move.add_argument("entry", type=count, help="the id `outbox list` shows")
        move.set_defaults(handler=_outbox_move, retry=verb == "retry")


def _account_add(args: argparse.Namespace) -> int:
    demo = args.api_base == "demo" or args.api_base.startswith("demo:")
    if not args.token_stdin and not demo:
        raise UsageError("pass --token-stdin and pipe the token in (never on the command line)")
    token = sys.stdin.readline().strip() if args.token_stdin else ""
    if args.token_stdin and not token:
        raise UsageError("no token on stdin")
    store = KeyringStore()
    if token:
        store.get("probe")  # fail before creating the account when no keyring is usable
    with open_workspace(args) as ws:
        privileged(ws, args, Permission.ACCOUNTS_MANAGE, "account add")
        info = ws.accounts.add(Platform(args.platform), args.name, args.external_id,
                               project=args.project, api_base=args.api_base)
        if token:
            try:
                store.set(account_key(info.id), token)
            except Exception:
                ws.accounts.remove(info.id)
                raise
    print(f"account {info.id} added: {info.platform.value}/{info.name}")
    return 0


def _account_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        for a in ws.accounts.list():
            state = "reconnect-needed" if a.needs_reconnect else "ok"
            until = f"{a.auth_expires_at:%Y-%m-%d}" if a.auth_expires_at else "-"
            print(f"{a.id}\t{a.platform.value}\t{a.name}\t{a.external_id}\t{a.project}\t"
                  f"{a.api_base}\t{state}\t{until}")
    return 0


def _account_test(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        account = ws.accounts.get(args.account)
    connector = connector_for(account, KeyringStore())
    try:
        print(f"ok: {connector.whoami()}")
    except ConnectorError as exc:
        print(f"moderator: {exc}", file=sys.stderr)
        return exc.exit_code
    finally:
        connector.close()
    _print_quota([account])
    return 0


def _account_remove(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = privileged(ws, args, Permission.ACCOUNTS_MANAGE, "account remove")
        account = ws.accounts.get(args.account)
        if not is_demo(account):
            KeyringStore().delete(account_key(account.id))
        ws.accounts.remove(account.id, by=me)
    print(f"account {account.id} removed")
    return 0


def _print_progress(p: SyncProgress) -> None:
    if p.finished:
        print(f"{p.account}: {p.error or f'{p.items} items, {p.created} new, {p.updated} changed'}",
              file=sys.stderr if p.error else sys.stdout)


def _print_skipped(results: list[Any]) -> None:
    for r in results:
        if r.needs_reconnect:
            print(f"{r.account}: opnieuw koppelen nodig (reconnect needed: "
                  "'moderator account connect'); not synced", file=sys.stderr)


def _sync(args: argparse.Namespace) -> int:
    store = KeyringStore()
    with open_workspace(args) as ws:
        privileged(ws, args, Permission.SYNC_RUN, "sync")

        def accounts() -> list[Any]:
            return [ws.accounts.get(args.account)] if args.account else ws.accounts.list()

        service = SyncService(ws.ingest, ws.cursors, live_connectors(ws.accounts, store),
                              progress=_print_progress, index=ws.ingest,
                              on_auth_lost=lambda a: ws.accounts.mark_reconnect(a.id))
        if args.loop:
            service.loop(accounts, args.interval)
            return 0
        chosen = accounts()
        results = service.run(chosen, full=args.full)
    _print_skipped(results)
    _print_quota(chosen)
    return 75 if any(r.error for r in results) else 0


def _print_quota(accounts: list[AccountInfo]) -> None:
    """Show the YouTube daily quota (the budget that limits polling and moderation)."""
    for a in accounts:
        if platforms.spec(a.platform).daily_quota and not is_demo(a):
            q = quota_for(a).status()
            print(f"{a.platform}/{a.name}: quota {q.used:,} of {q.budget:,} units used today, "
                  f"{q.left:,} left; resets {q.resets_at:%Y-%m-%d %H:%M} UTC")


def _mapping(args: argparse.Namespace) -> ColumnMapping | None:
    if (args.format or "") not in ("", "csv") or args.file.suffix.lower() != ".csv":
        return None
    chosen = {}
    for pair in args.map:
        field_name, sep, column = pair.partition("=")
        if not sep:
            raise UsageError(f"--map {pair!r}: use FIELD=COLUMN")
        chosen[field_name.strip()] = column.strip()
    return ColumnMapping.guess(columns(args.file), **chosen)


def _import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        privileged(ws, args, Permission.DATA_IMPORT, "import")
        account = ws.accounts.get(args.account)
        mapping = _mapping(args)
        if args.preview:
            return _preview(args, account, mapping)
        try:
            report = store_file(args.file, ws.ingest, fmt=args.format,
                                platform=account.platform, account=account.external_id,
                                mapping=mapping, progress=_progress(args))
        except WrongPlatform as exc:
            raise UsageError(f"{args.file.name} is a {exc.found.value} export; account "
                             f"{account.name!r} is on {account.platform.value}") from None
    for err in report.errors:  # line 0: a whole file of the export
        where = f"{args.file}:{err.line}" if err.line else str(args.file)
        print(f"{where}: skipped: {err.message}", file=sys.stderr)
    if report.unlisted:
        print(f"{args.file}: {report.unlisted:,} more rows skipped (the first "
              f"{len(report.errors):,} are listed)", file=sys.stderr)
    print(f"{report.format}: {report.items} items ({report.created} new) for "
          f"{account.name}, {report.skipped} rows skipped")
    return 65 if report.skipped and not report.items else 0


def _progress(args: argparse.Namespace) -> _ImportProgress | None:
    shown = args.progress or sys.stderr.isatty()
    return _ImportProgress(args.file.name) if shown else None


class _ImportProgress:
    """One line on stderr per stored batch, at most one a second (the first at once)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._last = -math.inf

    def __call__(self, p: ImportProgress) -> None:
        now = time.monotonic()
        if now - self._last >= 1.0:
            self._last = now
            print(f"{self._name}: {p.items:,} items stored, {p.skipped:,} rows skipped "
                  f"({p.fraction:.0%} read)", file=sys.stderr, flush=True)


def _preview(args: argparse.Namespace, account: AccountInfo,
             mapping: ColumnMapping | None) -> int:
    if mapping is None:
        raise UsageError("--preview shows a CSV column mapping; exports need none")
    for field_name, column in mapping.as_dict().items():
        print(f"{field_name}\t<- {column}")
    shown = preview(args.file, mapping, platform=account.platform,
                    account=account.external_id)
    for item in shown.items:
        print(f"{item.created_at:%Y-%m-%d %H:%M}\t{item.author_name}\t{item.text[:60]}")
    for err in shown.errors:
        print(f"{args.file}:{err.line}: would skip: {err.message}", file=sys.stderr)
    return 0


def _outbox_list(args: argparse.Namespace) -> int:
    """What the app's "Mislukt" filter shows, for a headless team worker's operator."""
    states = () if args.state == "all" else (OutboxState(args.state),)
    with open_workspace(args) as ws:
        entries = ws.outbox.deliveries(states, args.limit)
    for d in entries:
        if args.json:
            print(json.dumps({
                "id": d.id, "item": d.item_id, "account": d.account_id, "kind": d.kind.value,
                "state": d.state.value, "attempts": d.attempts,
                "updated_at": d.updated_at.isoformat(), "not_before": d.not_before.isoformat(),
                "platform_ref": d.platform_ref, "error_code": d.error_code, "error": d.error},
                ensure_ascii=False))
        else:
            why = f"\t{d.error_code}: {d.error}" if d.error_code else ""
            print(f"{d.id}\titem {d.item_id}\t{d.kind.value}\t{d.state.value}\t"
                  f"{d.attempts}x\t{d.updated_at:%Y-%m-%d %H:%M}{why}")
    if not entries and not args.json:
        print(f"outbox: nothing {args.state}" if args.state != "all" else "outbox: empty")
    return 0


def _outbox_move(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        me = acting(ws, args)
        move = ws.outbox.retry if args.retry else ws.outbox.cancel
        if not move(args.entry, me.name, me.role.value):
            allowed = "failed" if args.retry else "failed or waiting"
            raise UsageError(f"outbox entry {args.entry} is not {allowed} (see `outbox list "
                             "--state all`)")
    print(f"outbox: entry {args.entry} {'waits to be sent again' if args.retry else 'cancelled'}")
    return 0


def _outbox_run(args: argparse.Namespace) -> int:
    store = KeyringStore()
    with open_workspace(args) as ws:
        privileged(ws, args, Permission.OUTBOX_RUN, "outbox run")
        accounts: dict[int, Any] = {a.id: a for a in ws.accounts.list()}
        cache: dict[int, Any] = {}

        def connector(account_id: int) -> Any:
            if account_id not in cache:
                cache[account_id] = connector_for(accounts[account_id], store)
            return cache[account_id]

        report = OutboxExecutor(ws.outbox, connector, workers=1).drain()
        for c in cache.values():
            c.close()
    print(f"outbox: {report.sent} sent ({report.already_applied} found already applied), "
          f"{report.retried} retries, {report.failed} failed")
    return 0
