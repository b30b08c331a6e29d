"""Live queue latency: a claim or a hide in one app shows in another app on the same database.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.live_bench [--rounds 20]
        [--database postgresql://postgres@127.0.0.1:5432/postgres] [--sqlite]

Two main windows (offscreen), each with its own workspace object, connection pool and
live feed (a LISTEN connection on PostgreSQL, a ``PRAGMA data_version`` poll on SQLite),
as two moderators' apps. Moderator A claims an item, then hides it, through the app's
actions; the time runs from A's command being committed (A's ``changes_applied``) until
B's queue row shows it. Median and p95 per database (target: within 2 s).

Baseline in the same process: the bare mechanism with nothing of the app around it
(PostgreSQL: NOTIFY on one connection until another's LISTEN hears it; SQLite: a commit
on one connection until another's ``PRAGMA data_version`` poll, at the app's interval,
sees it), so the ratio shows what the feed, the re-read and the model add.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.corpus import items
from benchmarks.ui_bench import pump_until
from moderator.items import ItemKind, Platform, Status
from moderator.storage.watch import CHANNEL, SqliteWatch
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.main_window import MainWindow

ITEMS = 3000
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def _window(ws: Workspace, name: str) -> MainWindow:
    from ui.app import make_app, open_window

    make_app()
    window = open_window(ws, name, "nl")
    window.show()
    assert pump_until(lambda: window.triage.model.rowCount() > 0)
    return window


def _load(window: MainWindow, rows: int) -> None:
    """Scroll the queue until at least ``rows`` rows are loaded (or all are)."""
    model = window.triage.model
    while model.rowCount() < rows and model.canFetchMore(model.index(-1, -1)):
        window.triage.queue.step(model.rowCount())
        pump_until(lambda: not model.loading)


def _rows(a: MainWindow, b: MainWindow, rounds: int) -> list[int]:
    """Open Facebook comments (any can be hidden there), loaded in both windows."""
    model = a.triage.model
    while True:
        rows = [r for r in range(model.rowCount())
                if (s := model.summary(r)) is not None and s.platform == Platform.FACEBOOK
                and s.kind == ItemKind.COMMENT and s.status in (Status.NEW, Status.FLAGGED)]
        if len(rows) >= rounds or not model.canFetchMore(model.index(-1, -1)):
            _load(b, model.rowCount())
            return rows[:rounds]
        _load(a, model.rowCount() + 1)


def _timed(a: MainWindow, b: MainWindow, action: str, row: int,
           seen: Callable[[MainWindow, int], bool]) -> float:
    """Seconds from A's committed command to B's row showing it."""
    item = a.triage.model.item_id(row)
    assert item is not None
    b_row = b.triage.model.row_of(item)
    done: list[float] = []
    link = a.commands.changes_applied.connect(lambda _c: done.append(time.perf_counter()))
    a.triage.queue.go_to_row(row)
    a.built[action].trigger()
    assert pump_until(lambda: bool(done), 10), f"{action} did not finish in A"
    shown: list[float] = []

    def visible() -> bool:
        if seen(b, b_row):
            shown.append(time.perf_counter())
            return True
        return False

    assert pump_until(visible, 10), f"{action} not seen in B within 10 s"
    a.commands.changes_applied.disconnect(link)
    return shown[0] - done[0]


def _claimed(by: str) -> Callable[[MainWindow, int], bool]:
    return lambda w, r: (s := w.triage.model.summary(r)) is not None and s.claimed_by == by


def _hidden(w: MainWindow, r: int) -> bool:
    s = w.triage.model.summary(r)
    return s is not None and s.status == Status.HIDDEN


def measure(open_ws: Callable[[], Workspace], rounds: int) -> dict[str, list[float]]:
    """Latencies (s) of claims and hides made in A, as B sees them."""
    a_ws, b_ws = open_ws(), open_ws()
    a, b = _window(a_ws, "Sanne de Vries"), _window(b_ws, "Fatima El Amrani")
    out: dict[str, list[float]] = {"claim": [], "hide": []}
    try:
        for row in _rows(a, b, rounds):
            out["claim"].append(_timed(a, b, "item.claim", row, _claimed("Sanne de Vries")))
            out["hide"].append(_timed(a, b, "item.hide", row, _hidden))
    finally:
        for w in (a, b):
            w.close()
        pump_until(lambda: False, 0.3)
        a_ws.close()
        b_ws.close()
    return out


def _fill(ws: Workspace) -> None:
    ws.moderators.current("Sanne de Vries")
    ws.moderators.current("Fatima El Amrani")
    ws.ingest.upsert(items(ITEMS, seed=7), batch_size=1000)


def pg_baseline(url: str, n: int) -> list[float]:
    """NOTIFY on one connection → heard by another's LISTEN."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as talk, \
            psycopg.connect(url, autocommit=True) as listen:
        listen.execute(f"LISTEN {CHANNEL}")
        out = []
        for _ in range(n):
            t = time.perf_counter()
            talk.execute(f"NOTIFY {CHANNEL}")
            assert any(True for _n in listen.notifies(timeout=5, stop_after=1))
            out.append(time.perf_counter() - t)
        return out


def sqlite_baseline(path: Path, n: int) -> list[float]:
    """A commit on one connection → seen by another's data_version poll (app interval)."""
    write = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    write.execute("CREATE TABLE IF NOT EXISTS bench_ping (n INTEGER)")
    watch = SqliteWatch(str(path))
    out = []
    sent = [0.0]

    def poke() -> None:
        time.sleep(0.01)
        sent[0] = time.perf_counter()
        write.execute("INSERT INTO bench_ping VALUES (1)")

    for i in range(n):
        time.sleep((i % 7) * 0.03)  # commits land anywhere in the poll cycle
        threading.Thread(target=poke).start()
        while not watch.wait(5):
            pass
        out.append(time.perf_counter() - sent[0])
    watch.close()
    write.close()
    return out


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def _report(name: str, got: dict[str, list[float]], base: list[float]) -> None:
    every = got["claim"] + got["hide"]
    med, p95 = statistics.median(every), _p95(every)
    b = statistics.median(base)
    print(f"{name}: {len(every)} changes seen in the other app")
    for kind, values in got.items():
        print(f"  {kind:<6} median {statistics.median(values) * 1000:7.1f} ms   "
              f"p95 {_p95(values) * 1000:7.1f} ms   "
              f"max {max(values) * 1000:7.1f} ms")
    print(f"  all    median {med * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
          f"baseline (bare mechanism) median {b * 1000:.1f} ms   ratio {med / b:.1f}x")
    print(f"headline: {name} live change median {med * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
          f"(target <= 2000 ms)")


def main() -> None:
    """Measure PostgreSQL (and SQLite with --sqlite)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--database", default=PG_ADMIN,
                    help="a PostgreSQL server URL; a scratch database is made and dropped")
    ap.add_argument("--sqlite", action="store_true", help="also two apps on one SQLite file")
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    if not args.no_postgres:
        import psycopg

        name = f"modlive_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect(args.database, autocommit=True)
        admin.execute(f'CREATE DATABASE "{name}"')
        url = f"{args.database.rsplit('/', 1)[0]}/{name}"
        try:
            with Workspace.open(database=url) as ws:
                _fill(ws)
            got = measure(lambda: Workspace.open(database=url), args.rounds)
            _report("PostgreSQL", got, pg_baseline(url, args.rounds))
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
    if args.sqlite:
        folder = Path(tempfile.mkdtemp(prefix="modlive-")) / "ws"
        with Workspace.open(workspace=folder) as ws:
            _fill(ws)
        got = measure(lambda: Workspace.open(workspace=folder), args.rounds)
        _report("SQLite", got, sqlite_baseline(folder / "moderator.db", args.rounds))


if __name__ == "__main__":
    main()
