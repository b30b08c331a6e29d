"""``moderator worker``: the headless loop of a workspace or team database.

Scheduled sync per account, continuous outbox delivery and scoring of new items (see
:mod:`moderator.teamworker`); one log line per sync or delivery batch. SIGTERM and Ctrl+C
stop it at the next safe point.
"""

from __future__ import annotations

import signal
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from moderator.cli.support import open_workspace
from moderator.errors import UsageError

if TYPE_CHECKING:
    import argparse


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``worker`` to the ``moderator`` parser."""
    w = sub.add_parser("worker", parents=[common],
                       help="run sync, delivery and scoring until stopped (team mode)")
    w.add_argument("--interval", type=float, metavar="SECONDS",
                   help="seconds between syncs of each account (default: per platform; "
                        "an account's own interval wins)")
    w.add_argument("--no-score", action="store_true", help="do not score new items")
    w.add_argument("--account-interval", nargs=2, metavar=("ACCOUNT", "SECONDS"),
                   help="store one account's own sync interval (0: the default) and exit")
    w.set_defaults(handler=_worker)


def _set_interval(args: argparse.Namespace, account: str, seconds: str) -> int:
    from moderator.settings import WorkspaceSettings
    from moderator.teamworker import INTERVALS_KEY

    try:
        every = float(seconds)
    except ValueError:
        raise UsageError(f"not a number of seconds: {seconds!r}") from None
    if not 0 <= every <= 7 * 24 * 3600:
        raise UsageError("the interval is between 0 (the default) and a week in seconds")
    with open_workspace(args) as ws:
        info = ws.accounts.get(account)
        settings = WorkspaceSettings(ws.db)
        intervals = dict(settings.get(INTERVALS_KEY, {}) or {})
        if every:
            intervals[str(info.id)] = every
        else:
            intervals.pop(str(info.id), None)
        settings.set(INTERVALS_KEY, intervals)
    print(f"{info.platform.value}/{info.name}: synced every "
          f"{f'{every:g} s' if every else 'default interval'} by the worker")
    return 0


def _line(text: str) -> None:
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} {text}", flush=True)


def _worker(args: argparse.Namespace) -> int:
    from moderator.auth.connect import live_connectors
    from moderator.secrets import KeyringStore
    from moderator.teamworker import TeamWorker

    if args.account_interval:
        return _set_interval(args, *args.account_interval)
    cancel = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: cancel.set())
    if hasattr(signal, "SIGBREAK"):  # pragma: no cover - Windows console Ctrl+Break
        signal.signal(signal.SIGBREAK, lambda *_: cancel.set())
    with open_workspace(args) as ws:
        worker = TeamWorker(ws, live_connectors(ws.accounts, KeyringStore()), cancel=cancel,
                            interval=args.interval, log=_line, score=not args.no_score)
        worker.run()
    return 0
