"""UI benchmark on a 1,000,000-item workspace (offscreen).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.ui_bench [--items 1000000]
        [--workspace /tmp/moderator-bench-1m]

Measures, each in a fresh process so start-up is real:
- launch → first queue rows painted (target ≤ 2 s);
- filter change → repainted rows, per saved filter and a search (target ≤ 100 ms);
  baseline: a synchronous ``count()`` of the same query, which a non-lazy table needs
  before it can show anything;
- the longest GUI-thread stall (a 5 ms QTimer heartbeat) while a sync (5,000 new items
  through ingest with the house rules) and a scoring run (stand-in scorer, 6 batches of
  512) run on the workers, and the moderator keeps moving (target ≤ 50 ms);
- peak memory (max RSS) of the app process.

The workspace is generated once by ``benchmarks.bench_data`` (seeded) and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

T_START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SYNC_ITEMS = 5_000
SCORE_BATCH = 512
SCORE_BATCHES = 6


def _pump_until(cond: Callable[[], bool], timeout: float = 30.0) -> bool:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        QApplication.processEvents()
        if cond():
            return True
        time.sleep(0.0005)
    return False


def child(ws_dir: str, t0_wall: float) -> dict[str, object]:  # noqa: PLR0915
    """Runs in the measured process: launch, filter changes, stall under load."""
    from PySide6.QtCore import QTimer

    from moderator.query import QueueQuery
    from moderator.workspace import Workspace
    from ui import app as ui_app

    slow_callbacks = _time_callbacks()
    qapp = ui_app.make_app()
    ws = Workspace.open(workspace=ws_dir)
    window = ui_app.open_window(ws, "Benchmark Teamleider", "nl")
    painted: list[float] = []
    window.triage.queue.first_rows_painted.connect(lambda: painted.append(time.time()))
    window.resize(1480, 900)
    window.show()
    _pump_until(lambda: bool(painted))
    launch = painted[0] - t0_wall
    out: dict[str, object] = {"launch_s": launch}
    _pump_until(lambda: window.triage.filters.count_of("filter:open") is not None, 120)

    filters = window.triage.filters
    changes: list[tuple[str, float, float]] = []

    def measure(label: str, act: Callable[[], None], query: Callable[[], QueueQuery]) -> None:
        painted.clear()
        t = time.perf_counter()
        act()
        _pump_until(lambda: bool(painted) or (not window.triage.model.loading
                                               and window.triage.model.rowCount() == 0))
        ours = time.perf_counter() - t
        tb = time.perf_counter()
        ws.queue.count(query())
        changes.append((label, ours, time.perf_counter() - tb))

    for fid in ("flagged", "dm", "handled", "unassigned", "open"):
        measure(f"filter {fid}", lambda f=fid: filters.select_filter(f),
                window.triage.current_query)
    accounts = ws.accounts.list()
    measure("account", lambda: filters.select_account(accounts[0].id),
            window.triage.current_query)
    filters.select_account(None)
    _pump_until(lambda: bool(painted))

    def search() -> None:
        window.triage.search.setText("windmolens")
        window.triage.search.returnPressed.emit()

    measure("search 'windmolens'", search, window.triage.current_query)
    out["filter_changes"] = changes

    # Heartbeat while a sync and a scoring run go on on the workers.
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    done = {"sync": False, "score": False}
    from benchmarks.bench_data import generate
    from ui.tasks import Op

    def sync() -> int:
        items = list(generate(SYNC_ITEMS, seed=7))
        items = [i.__class__(**{**{f: getattr(i, f) for f in i.__dataclass_fields__},
                                "external_id": f"s{n}"}) for n, i in enumerate(items)]
        ws.ingest.upsert(items, batch_size=1000)
        return len(items)

    def score() -> int:
        n = 0
        for _ in range(SCORE_BATCHES):
            todo = ws.scores.unscored("bench-1", SCORE_BATCH)
            if not todo:
                break
            rows = [(i, _stand_in_scores(text)) for i, text in todo]
            ws.scores.store("stand-in", "bench-1", rows)
            n += len(rows)
        return n

    timer.start()
    last[0] = time.perf_counter()
    t_load = time.perf_counter()
    Op(window, sync, write=True).success(lambda _n: done.__setitem__("sync", True)).run()
    Op(window, score, write=True).success(lambda _n: done.__setitem__("score", True)).run()
    # Meanwhile the moderator keeps working: reloads, counts, moving through the queue.
    step = [0]

    def keep_busy() -> None:
        step[0] += 1
        window.triage.move(1)
        if step[0] % 40 == 0:
            window.refresh()

    busy = QTimer()
    busy.setInterval(50)
    busy.timeout.connect(keep_busy)
    busy.start()
    _pump_until(lambda: all(done.values()), 600)
    busy.stop()
    timer.stop()
    out["load_s"] = time.perf_counter() - t_load
    out["stall_ms"] = max(0.0, max(gaps) * 1000 - 5) if gaps else 0.0
    out["p99_gap_ms"] = (statistics.quantiles(gaps, n=100)[98] * 1000) if len(gaps) > 100 else 0
    out["beats"] = len(gaps)
    out["slowest_callbacks"] = sorted(slow_callbacks.items(), key=lambda kv: -kv[1])[:4]
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["total_items"] = ws.queue.count(QueueQuery(all_statuses=True))
    window.close()
    ws.close()
    del qapp
    return out


def _time_callbacks() -> dict[str, float]:
    """Diagnostics: the longest GUI-thread run of each Op success callback, in ms."""
    from ui.tasks import Op

    worst: dict[str, float] = {}
    original = Op.success

    def timed(self, fn):  # type: ignore[no-untyped-def]
        name = getattr(fn, "__qualname__", repr(fn))

        def run(result):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            fn(result)
            worst[name] = max(worst.get(name, 0.0), (time.perf_counter() - t) * 1000)

        return original(self, run)

    Op.success = timed  # type: ignore[method-assign]
    return worst


def _stand_in_scores(text: str) -> dict[str, float]:
    """A CPU-bound stand-in for the model (Python work that holds the GIL)."""
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1_000_003
    base = (h % 1000) / 1000
    return {"toxicity": base, "insult": base * 0.7, "threat": base * 0.1}


def main() -> None:
    """Run the child, print the table and the headline."""
    p = argparse.ArgumentParser(description="UI benchmark on a large workspace")
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--workspace", type=Path, default=Path("/tmp/moderator-bench-1m"))
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--t0", type=float, default=0.0, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child:
        print("RESULT " + json.dumps(child(str(a.workspace), a.t0)), flush=True)
        os._exit(0)
    from benchmarks.bench_data import ensure_workspace

    print(f"workspace: {a.workspace} ({a.items:,} items; generated once, then reused)")
    ensure_workspace(a.workspace, a.items)
    from moderator.workspace import Workspace

    Workspace.open(workspace=a.workspace).close()  # migrations run before timing
    # Each run copies nothing: the sync adds items, so the workspace grows a little.
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-m", "benchmarks.ui_bench", "--child",
                           "--workspace", str(a.workspace), "--t0", repr(t0)],
                          capture_output=True, text=True, check=False)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        print(proc.stdout[-3000:], proc.stderr[-3000:])
        raise SystemExit("the measured process failed")
    r = json.loads(line.removeprefix("RESULT "))
    report(r)


def report(r: dict[str, object]) -> None:
    """Print the table and the headline line."""
    changes = r["filter_changes"]
    assert isinstance(changes, list)
    print(f"\n{'measure':<38}{'result':>12}{'target':>10}{'baseline':>12}{'ratio':>8}")
    print("-" * 80)
    print(f"{'launch → first rows painted':<38}{r['launch_s']:>10.2f} s{'≤ 2 s':>10}")
    for label, ours, base in changes:
        print(f"{'filter → rows: ' + label:<38}{ours * 1000:>9.0f} ms{'≤ 100':>10}"
              f"{base * 1000:>9.0f} ms{base / ours:>7.1f}x")
    ms = [c[1] * 1000 for c in changes]
    print(f"{'  median / worst filter change':<38}{statistics.median(ms):>6.0f}/{max(ms):.0f} ms")
    print(f"{'longest GUI stall (sync+scoring)':<38}{r['stall_ms']:>9.0f} ms{'≤ 50':>10}")
    print(f"{'  p99 heartbeat gap (5 ms timer)':<38}{r['p99_gap_ms']:>9.1f} ms")
    label = f"  sync {SYNC_ITEMS:,} + scoring {SCORE_BATCH * SCORE_BATCHES:,}, wall"
    print(f"{label:<38}{r['load_s']:>10.1f} s")
    print(f"{'peak memory (max RSS)':<38}{r['peak_rss_mb']:>9.0f} MB")
    slowest = ", ".join(f"{n.split('.')[-2] if '.' in n else n} {ms:.0f} ms"
                        for n, ms in r["slowest_callbacks"])  # type: ignore[attr-defined]
    print(f"slowest GUI callbacks: {slowest}")
    print(f"{'items in workspace':<38}{r['total_items']:>12,}")
    print("baseline = synchronous count() of the same query (what a non-lazy table waits for)")
    print(f"\nui_bench: launch {r['launch_s']:.2f} s, filter change median "
          f"{statistics.median(ms):.0f} ms (worst {max(ms):.0f} ms), longest stall "
          f"{r['stall_ms']:.0f} ms, peak {r['peak_rss_mb']:.0f} MB on "
          f"{r['total_items']:,} items")


if __name__ == "__main__":
    main()
