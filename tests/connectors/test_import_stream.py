"""File imports stream: records read lazily, stored in batches with progress, skipped rows
counted (the first ones listed), and an interrupted import (kill -9) completed by a rerun."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
import zipfile
from itertools import islice
from typing import TYPE_CHECKING

import pytest

from moderator.connectors.file_import import (
    ColumnMapping,
    ImportProgress,
    WrongPlatform,
    import_file,
    records,
    store_file,
)
from moderator.errors import DataError
from moderator.items import Platform
from moderator.storage.ingest_repo import IngestResult
from moderator.workspace import Workspace
from tests.helpers.cli import ROOT, run_cli

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from moderator.items import IncomingItem

FB = Platform.FACEBOOK
WORDS = ("de", "gemeente", "plan", "brug", "fiets", "bewoners", "waarom", "goed", "idee",
         "verkeer", "park", "veilig")


def _text(n: int, words: int) -> str:
    rnd = random.Random(n)
    return f"reactie {n} " + " ".join(rnd.choices(WORDS, k=words))


def write_jsonl(path: Path, n: int, *, bad_every: int = 0, words: int = 10) -> Path:
    """``n`` lines; every ``bad_every``-th has a date nobody can read."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(1, n + 1):
            bad = bad_every and i % bad_every == 0
            f.write(json.dumps({"external_id": f"e{i}", "text": _text(i, words),
                                "author_name": f"Naam {i % 97}",
                                "author_external_id": f"u{i % 97}",
                                "created_at": "gisteren" if bad else
                                f"2026-11-20T10:{i // 60 % 60:02}:{i % 60:02}+01:00"}) + "\n")
    return path


def write_csv(path: Path, n: int, *, words: int = 10, last: list[str] | None = None,
              encoding: str = "utf-8") -> Path:
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";")
    w.writerow(["Id", "Bericht", "Naam", "Datum"])
    for i in range(1, n + 1):
        w.writerow([f"c{i}", _text(i, words), f"Naam {i % 97}", f"20-11-2026 10:{i % 60:02}"])
    if last is not None:
        w.writerow(last)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def db_count(ws_dir: Path, sql: str = "SELECT count(*) FROM items") -> int:
    c = sqlite3.connect(ws_dir / "moderator.db")
    try:
        return int(c.execute(sql).fetchone()[0])
    finally:
        c.close()


class CountingIngest:
    """Consumes items in batches as ``IngestService.upsert`` does, keeping none."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def upsert(self, items: Iterable[IncomingItem], *, batch_size: int = 2000,
               on_batch: Callable[[IngestResult], None] | None = None) -> IngestResult:
        it = iter(items)
        while batch := list(islice(it, batch_size)):
            self.batches.append(len(batch))
            if on_batch is not None:
                on_batch(IngestResult(created=len(batch)))
        return IngestResult(created=sum(self.batches))


def test_batches_with_progress_and_a_rerun_changes_nothing(sqlite_ws: Workspace,
                                                           tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "r.jsonl", 530, bad_every=10, words=300)  # ~1 MB
    seen: list[ImportProgress] = []
    report = store_file(f, sqlite_ws.ingest, fmt="jsonl", platform=FB, account="1000",
                        batch_size=100, progress=seen.append)
    assert (report.items, report.created, report.skipped) == (477, 477, 53)
    assert [e.line for e in report.errors[:3]] == [10, 20, 30] and report.unlisted == 0
    assert [p.items for p in seen] == [100, 200, 300, 400, 477]
    assert seen[0].done_bytes < seen[-1].done_bytes == f.stat().st_size == seen[0].total_bytes
    assert seen[-1].fraction == 1.0
    assert db_count(tmp_path / "ws") == 477
    again = store_file(f, sqlite_ws.ingest, fmt="jsonl", platform=FB, account="1000",
                       batch_size=100)
    assert (again.items, again.created, again.updated, again.skipped) == (477, 0, 0, 53)
    assert db_count(tmp_path / "ws") == 477


def test_stopping_keeps_the_stored_batches_and_a_rerun_completes(sqlite_ws: Workspace,
                                                                tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "r.jsonl", 450)
    report = store_file(f, sqlite_ws.ingest, fmt="jsonl", platform=FB, account="1000",
                        batch_size=100, progress=lambda p: p.items < 200)
    assert report.cancelled and report.items == 200
    assert db_count(tmp_path / "ws") == 200
    rest = store_file(f, sqlite_ws.ingest, fmt="jsonl", platform=FB, account="1000")
    assert not rest.cancelled and (rest.items, rest.created) == (450, 250)
    assert db_count(tmp_path / "ws") == 450


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_memory_stays_flat_whatever_the_file_size(tmp_path: Path, fmt: str) -> None:
    # Python allocations, traced (deterministic, unlike RSS): the streamed import holds a
    # batch; reading the file whole (the old way) holds all of it.
    path = tmp_path / f"r.{fmt}"
    if fmt == "jsonl":
        write_jsonl(path, 12_000, words=150)
        mapping = None
    else:
        write_csv(path, 12_000, words=150)
        mapping = ColumnMapping.guess(["Id", "Bericht", "Naam", "Datum"])
    size = path.stat().st_size
    assert size > 10 << 20

    def peak(fn: Callable[[], object]) -> int:
        tracemalloc.start()
        try:
            fn()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    ingest = CountingIngest()
    streamed = peak(lambda: store_file(path, ingest, fmt=fmt, platform=FB, account="1",
                                       mapping=mapping, batch_size=500))
    assert sum(ingest.batches) == 12_000 and max(ingest.batches) == 500
    whole = peak(lambda: import_file(path, fmt=fmt, platform=FB, account="1", mapping=mapping))
    assert streamed < 6 << 20, streamed
    print(f"{fmt}: {size >> 20} MiB file; peak traced {streamed >> 10} KiB streamed, "
          f"{whole >> 10} KiB read whole")
    assert whole > size, whole  # the measure sees the difference


def test_reading_is_lazy(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "r.jsonl", 5000, words=100)
    opened = records(f, fmt="jsonl", platform=FB, account="1")
    assert opened.position.done == 0  # nothing read yet
    next(opened.parsed)
    assert 0 < opened.position.done < opened.position.total // 4
    c = write_csv(tmp_path / "r.csv", 5000, words=100)
    opened = records(c, fmt="csv", platform=FB, account="1",
                     mapping=ColumnMapping.guess(["Id", "Bericht", "Naam", "Datum"]))
    first = next(opened.parsed)
    assert 0 < opened.position.done < opened.position.total // 4
    assert getattr(first, "text", "").startswith("reactie 1 ")


def test_skipped_rows_are_counted_and_the_first_ones_listed(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            ) -> None:
    from moderator.cli import main

    f = write_jsonl(tmp_path / "r.jsonl", 1500, bad_every=1)
    with f.open("a", encoding="utf-8") as extra:
        extra.write(json.dumps({"external_id": "ok", "text": "Goed plan",
                              "created_at": "2026-11-20T10:00:00Z"}) + "\n")
    report = store_file(f, CountingIngest(), fmt="jsonl", platform=FB, account="1",
                        batch_size=200, listed=100)
    assert (report.items, report.skipped, len(report.errors), report.unlisted) == \
        (1, 1500, 100, 1400)
    assert report.errors[-1].line == 100
    w = ("--workspace", str(tmp_path / "ws"))
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        ws.accounts.add(FB, "pagina", "1000")
    assert main(["import", *w, str(f), "--format", "jsonl", "--account", "pagina"]) == 0
    out, err = capsys.readouterr()
    assert err.count(": skipped: ") == 100
    assert "1,400 more rows skipped (the first 100 are listed)" in err
    assert "1 items (1 new) for pagina, 1500 rows skipped" in out


def test_unreadable_csv_refuses_the_file_before_anything_is_stored(sqlite_ws: Workspace,
                                                                   tmp_path: Path) -> None:
    mapping = ColumnMapping.guess(["Id", "Bericht", "Naam", "Datum"])
    f = write_csv(tmp_path / "r.csv", 3000, last=["c-x", "x" * 200_000, "A", "20-11-2026"])
    with pytest.raises(DataError, match="line 3002 is not readable CSV"):
        store_file(f, sqlite_ws.ingest, fmt="csv", platform=FB, account="1000",
                   mapping=mapping, batch_size=100)
    assert db_count(tmp_path / "ws") == 0


def test_a_csv_is_windows_1252_when_any_of_it_is_not_utf8(tmp_path: Path) -> None:
    mapping = ColumnMapping.guess(["Id", "Bericht", "Naam", "Datum"])
    f = write_csv(tmp_path / "r.csv", 3000, last=["c-x", "caf\u00e9 \u2019", "A", "20-11-2026"],
                  encoding="cp1252")
    items = import_file(f, fmt="csv", platform=FB, account="1", mapping=mapping).items
    assert len(items) == 3001 and items[-1].text == "caf\u00e9 \u2019"


def _takeout(rows: int, *, last: bytes = b"") -> bytes:
    head = b"Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID," \
           b"Comment Text\n"
    body = b"".join(f"Ugx{i},UC{i % 9},2026-11-20T10:00:{i % 60:02}.000+00:00,0,,vid,"
                    f"reactie {i}\n".encode() for i in range(rows))
    return head + body + last


def test_export_csv_members_stream_and_a_bad_member_is_one_error(tmp_path: Path) -> None:
    good = tmp_path / "takeout.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Takeout/YouTube/comments/comments.csv", _takeout(5000))
    ingest = CountingIngest()
    report = store_file(good, ingest, platform=Platform.YOUTUBE, account="UC0", batch_size=1000)
    assert (report.format, report.items, report.skipped) == ("youtube-takeout", 5000, 0)
    assert ingest.batches == [1000] * 5
    latin = tmp_path / "latin.zip"
    with zipfile.ZipFile(latin, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Takeout/YouTube/comments/comments.csv",
                   _takeout(5000, last=b"Ugx-x,UC1,2026-11-20T10:00:00Z,0,,vid,caf\xe9\n"))
    ingest = CountingIngest()
    report = store_file(latin, ingest, platform=Platform.YOUTUBE, account="UC0")
    assert (report.items, report.skipped, ingest.batches) == (0, 1, [])
    assert report.errors[0].line == 0 and "not UTF-8 text (byte" in report.errors[0].message
    damaged = bytearray(good.read_bytes())
    at = damaged.find(b"PK\x03\x04") + 30 + len("Takeout/YouTube/comments/comments.csv") + 500
    damaged[at:at + 8] = bytes(8)
    (tmp_path / "damaged.zip").write_bytes(bytes(damaged))
    report = store_file(tmp_path / "damaged.zip", CountingIngest(), platform=Platform.YOUTUBE,
                        account="UC0")
    assert (report.items, report.skipped) == (0, 1), report.errors


def test_an_export_of_another_platform_stores_nothing(tmp_path: Path) -> None:
    z = tmp_path / "facebook.zip"
    doc = {"comments_v2": [{"title": "Plan", "data": [
        {"comment": {"comment": f"reactie {i}", "author": "Ans", "timestamp": 1763716000 + i}}
        for i in range(10)]}]}
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("your_activity/comments/comments.json", json.dumps(doc))
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        ws.accounts.add(Platform.X, "x1", "42")
        with pytest.raises(WrongPlatform):
            store_file(z, ws.ingest, platform=Platform.X, account="42")
    done = run_cli("import", "--workspace", str(tmp_path / "ws"), str(z), "--account", "x1")
    assert done.returncode != 0
    assert "facebook.zip is a facebook export; account 'x1' is on x" in done.stderr
    assert db_count(tmp_path / "ws") == 0
    assert db_count(tmp_path / "ws", "SELECT count(*) FROM accounts") == 1  # none made up


N_KILL = 30_000


def _consistent(ws_dir: Path) -> int:
    c = sqlite3.connect(ws_dir / "moderator.db")
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total, distinct = c.execute(
            "SELECT count(*), count(DISTINCT account_id || ':' || external_id) FROM items"
        ).fetchone()
        assert total == distinct  # nothing stored twice
        assert c.execute("SELECT coalesce(sum(n), 0) FROM item_counts").fetchone()[0] == total
        fts = c.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'reactie'"
                        ).fetchone()[0]
        assert fts == total  # every stored item whole, with its search index row
        return int(total)
    finally:
        c.close()


def _import_argv(ws_dir: Path, f: Path) -> list[str]:
    return [sys.executable, "-m", "moderator.cli", "import", "--workspace", str(ws_dir), str(f),
            "--format", "jsonl", "--account", "pagina", "--progress"]


@pytest.mark.slow
def test_sigkill_mid_import_loses_nothing_stored_and_a_rerun_finishes(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "groot.jsonl", N_KILL, bad_every=1000)
    good = N_KILL - N_KILL // 1000
    ws_dir = tmp_path / "ws"
    with Workspace.open(workspace=ws_dir) as ws:
        ws.accounts.add(FB, "pagina", "1000")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rnd = random.Random(11)
    killed_at: list[int] = []
    for _ in range(3):
        proc = subprocess.Popen(_import_argv(ws_dir, f), cwd=ROOT, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stderr is not None
        line = proc.stderr.readline()  # the first batch is stored...
        assert "items stored" in line, line + proc.stderr.read()
        time.sleep(rnd.uniform(0.0, 1.0))  # ...then kill it somewhere further on
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_at.append(_consistent(ws_dir))
    assert killed_at == sorted(killed_at) and killed_at[0] > 0  # stored batches stay
    assert any(k < good for k in killed_at), killed_at  # a kill hit mid-import
    done = subprocess.run(_import_argv(ws_dir, f), cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{good} items ({good - killed_at[-1]} new)" in done.stdout, done.stdout
    assert _consistent(ws_dir) == good
