"""The app's long jobs (sync, scoring) in a child process.

    python -m moderator.worker sync  [--workspace DIR] [--account ID …] [--full]
    python -m moderator.worker score [--workspace DIR]
    python -m moderator.worker serve [--workspace DIR]
    python -m moderator.worker retention [--workspace DIR]   (the daily purge, AVG)

``serve`` is the app's own ``moderator worker`` (when the app holds the platform tokens):
scheduled sync, continuous delivery and scoring until the app stops it, with one progress
line per batch (the app reloads its queue on each).

Why a process and not a thread: the GUI thread and every worker thread of one Python
process share one interpreter lock. A sync (parsing, rules) or a scoring run (tokenising,
batching) holds it for long stretches, and the GUI thread then waits for it between each
of the thousands of small calls a repaint makes — the table stutters for hundreds of
milliseconds. In its own process the job cannot stall the GUI at all; the database
(SQLite WAL, or PostgreSQL) already serves several processes.

Protocol on stdout, one JSON object per line: ``{"progress": {...}}`` while working, then
exactly one ``{"result": {...}}`` or ``{"error": "..."}``. SIGTERM asks the job to stop
at the next page or batch; what was stored stays stored (sync is resumable, scores are
per item). A team database URL comes in ``MODERATOR_DATABASE_URL``, never on the command
line, so its password does not show in the process list.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from dataclasses import asdict, is_dataclass
from typing import TYPE_CHECKING, Any

from moderator.errors import ModeratorError

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.workspace import Workspace

#: Hidden first argument of ``moderator``: run this module (a frozen app has no ``python -m``).
WORKER_FLAG = "--run-worker"


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def _as_dict(value: Any) -> dict[str, Any]:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return dict(value)


def run_sync(ws: Workspace, accounts: list[int], full: bool, cancel: threading.Event,
             emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Sync the given accounts (all when empty) once, reporting each page."""
    from moderator.auth.connect import live_connectors
    from moderator.secrets import KeyringStore
    from moderator.sync import SyncService

    store = KeyringStore()
    chosen = [ws.accounts.get(a) for a in accounts] if accounts else ws.accounts.list()
    service = SyncService(ws.ingest, ws.cursors, live_connectors(ws.accounts, store),
                          progress=lambda p: emit({"progress": _as_dict(p)}),
                          cancel=cancel, index=ws.ingest,
                          on_auth_lost=lambda a: ws.accounts.mark_reconnect(a.id))
    results = service.run(chosen, full=full)
    return {"accounts": [_as_dict(r) for r in results], "cancelled": cancel.is_set()}


def run_score(ws: Workspace, cancel: threading.Event,
              emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Score every unscored item with the active model (none installed is a normal state)."""
    from moderator.scoring.background import score_unscored

    def report(stage: str, done: int, total: int) -> None:
        emit({"progress": {"stage": stage, "done": done, "total": total}})

    return _as_dict(score_unscored(ws, report, cancel=cancel))


def run_retention(ws: Workspace) -> dict[str, Any]:
    """The daily retention purge (at most once a day; logged when it purged anything)."""
    done = ws.privacy.daily()
    return {"ran": done is not None, "items": done.items if done else 0}


def run_serve(ws: Workspace, cancel: threading.Event,
              emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Run the team worker's loop until cancelled (the app's delivery and scheduled sync)."""
    from moderator.auth.connect import live_connectors
    from moderator.secrets import KeyringStore
    from moderator.teamworker import TeamWorker

    def line(text: str) -> None:
        emit({"progress": {"log": text, "backlog": ws.outbox.outstanding(),
                           "delivery": text.startswith("delivery")}})

    TeamWorker(ws, live_connectors(ws.accounts, KeyringStore()), cancel=cancel, log=line,
               poll=0.5, sync_demos=False).run()
    return {"cancelled": cancel.is_set()}


def lower_priority() -> None:
    """Yield the CPU to the desktop app.

    On a 2-core PC a scoring run would otherwise take every core, and the app would
    wait to be scheduled: a stutter no threading design can remove.
    """
    if hasattr(os, "nice"):
        os.nice(10)
    elif sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        below_normal = 0x4000
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)


def watch_parent(cancel: threading.Event, every: float = 1.0) -> None:
    """Stop at the next safe point when the app that started this job is gone.

    A killed or crashed app cannot send SIGTERM; without this its ``serve`` job would go on
    syncing and sending for a window nobody has open (and a restarted app would start a
    second one).
    """
    parent = os.getppid()

    def watch() -> None:
        while not cancel.wait(every):
            if os.getppid() != parent:
                cancel.set()

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    """Run one job; the exit code is 0 when it reported a result."""
    parser = argparse.ArgumentParser(prog="python -m moderator.worker")
    parser.add_argument("job", choices=("sync", "score", "serve", "retention"))
    parser.add_argument("--workspace", default=None)
    parser.add_argument("--account", type=int, action="append", default=[])
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args(argv)
    cancel = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: cancel.set())
    watch_parent(cancel)
    lower_priority()
    try:
        from moderator.workspace import Workspace

        with Workspace.open(workspace=args.workspace) as ws:
            if args.job == "sync":
                result = run_sync(ws, args.account, args.full, cancel, _emit)
            elif args.job == "serve":
                result = run_serve(ws, cancel, _emit)
            elif args.job == "retention":
                result = run_retention(ws)
            else:
                result = run_score(ws, cancel, _emit)
    except Exception as exc:  # every failure reaches the app as one line, not a traceback
        code, params = "", {}
        if isinstance(exc, ModeratorError):  # the app words the code in its language
            code, params = exc.code.value, {k: str(v) for k, v in exc.params.items()}
        _emit({"error": str(exc) or type(exc).__name__, "code": code, "params": params})
        return 1
    _emit({"result": result})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
