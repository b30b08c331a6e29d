from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from tests.helpers.cli import ROOT

if TYPE_CHECKING:
    from pathlib import Path

N = 20_000


def _start(ws: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.helpers.ingest_worker", str(ws), str(N)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check_consistent(db: Path) -> int:
    c = sqlite3.connect(db)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    total, distinct = c.execute(
        "SELECT count(*), count(DISTINCT account_id || ':' || external_id) FROM items").fetchone()
    assert total == distinct  # no duplicates
    # No partial item: every flagged-by-rule item has its flag, threads exist, FTS agrees.
    missing = c.execute(
        "SELECT count(*) FROM items i WHERE CAST(substr(i.text, 9) AS INTEGER) % 3 = 0 "
        "AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.item_id = i.id)").fetchone()[0]
    assert missing == 0
    orphans = c.execute("SELECT count(*) FROM items i LEFT JOIN threads t ON t.id = i.thread_id "
                        "WHERE t.id IS NULL").fetchone()[0]
    assert orphans == 0
    fts = c.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'reactie'").fetchone()[0]
    assert fts == total
    # The per-batch item counts commit with their batch, or not at all.
    counted = c.execute("SELECT coalesce(sum(n), 0) FROM item_counts").fetchone()[0]
    assert counted == total
    c.close()
    return int(total)


def test_sigkill_mid_ingest_leaves_no_partial_item_and_rerun_completes(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    rnd = random.Random(3)
    killed_at = []
    for _ in range(3):
        proc = _start(ws)
        assert proc.stdout is not None
        for _ in range(rnd.randint(1, 12)):  # let some batches commit...
            proc.stdout.readline()
        time.sleep(rnd.uniform(0.0, 0.15))  # ...then kill somewhere inside the next one
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if (ws / "moderator.db").exists():
            killed_at.append(_check_consistent(ws / "moderator.db"))
    assert any(0 < k < N for k in killed_at), killed_at  # at least one kill hit mid-ingest
    proc = _start(ws)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert _check_consistent(ws / "moderator.db") == N
