"""File import: a large CSV and JSONL into a fresh SQLite workspace, streamed vs. read whole.

    python -m benchmarks.import_bench [--rows 300000] [--words 200] [--workdir DIR]

Writes a CSV (Dutch Excel style: ``;``, Dutch dates, one bad row in 1,000) and a JSONL file
of the same rows (long texts: ``--words`` words each, ~1.4 kB), then imports each twice,
every run in a child process of its own with a fresh workspace:

* ``streamed``: ``file_import.store_file``, what the app and ``moderator import`` do now:
  records read lazily, stored in batches of 2,000;
* ``whole`` (baseline, the old behaviour): every record read into a list first
  (``import_file``), then stored (``ws.ingest.upsert``).

Each child reports items/s (wall and its own CPU) and its peak RSS (``VmHWM``, which
``resource.getrusage`` reports as ``ru_maxrss``); the ratio shows memory now bounded by a
batch, not by the file. House rules are evaluated as in the app.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.corpus import T0, text
from benchmarks.memory import peak_rss_mb

ACCOUNT = "1000"
HEADERS = ["Id", "Bericht", "Naam", "Auteur-id", "Datum", "Post"]


def write_files(folder: Path, rows: int, words: int, seed: int = 5) -> tuple[Path, Path]:
    """The CSV and the JSONL file of ``rows`` generated comments (written streaming)."""
    rnd = random.Random(seed)
    csv_path, jsonl_path = folder / "reacties.csv", folder / "reacties.jsonl"
    with csv_path.open("w", encoding="utf-8", newline="") as c, \
            jsonl_path.open("w", encoding="utf-8") as j:
        out = csv.writer(c, delimiter=";")
        out.writerow(HEADERS)
        for n in range(rows):
            body = " ".join(text(rnd) for _ in range(max(1, words // 60)))
            body = " ".join(body.split()[:words])
            when = T0 + timedelta(seconds=n * 7)
            bad = n % 1000 == 999  # a date nobody can read: skipped, counted
            dutch = "gisteren" if bad else f"{when:%d-%m-%Y %H:%M}"
            author = n % 5000
            out.writerow([f"c{n}", body, f"Gebruiker {author}", f"u{author}", dutch,
                          f"post{n % 300}"])
            j.write(json.dumps({"external_id": f"c{n}", "text": body,
                                "author_name": f"Gebruiker {author}",
                                "author_external_id": f"u{author}",
                                "created_at": "gisteren" if bad else when.isoformat(),
                                "thread_external_id": f"post{n % 300}"},
                               ensure_ascii=False) + "\n")
    return csv_path, jsonl_path


def measure(variant: str, file: Path, workspace: Path) -> dict[str, Any]:
    """In this (child) process: import ``file`` one way; its figures."""
    from moderator.connectors.file_import import ColumnMapping, import_file, store_file
    from moderator.items import Platform
    from moderator.workspace import Workspace

    fmt = "csv" if file.suffix == ".csv" else "jsonl"
    mapping = ColumnMapping.guess(HEADERS) if fmt == "csv" else None
    with Workspace.open(workspace=workspace) as ws:
        ws.accounts.add(Platform.FACEBOOK, "Pagina", ACCOUNT)
        ws.ingest.salt()
        before = peak_rss_mb()
        start, cpu = time.perf_counter(), time.process_time()
        if variant == "streamed":
            report = store_file(file, ws.ingest, fmt=fmt, platform=Platform.FACEBOOK,
                                account=ACCOUNT, mapping=mapping)
            items, skipped = report.items, report.skipped
        else:
            result = import_file(file, fmt=fmt, platform=Platform.FACEBOOK, account=ACCOUNT,
                                 mapping=mapping)
            counts = ws.ingest.upsert(result.items)
            items = counts.created + counts.updated + counts.unchanged
            skipped = len(result.errors)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"variant": variant, "format": fmt, "items": items, "skipped": skipped,
            "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "items_per_s": round(items / wall), "items_per_cpu_s": round(items / cpu),
            "rss_before_mb": round(before), "peak_rss_mb": round(peak_rss_mb())}


def run_child(variant: str, file: Path, workspace: Path) -> dict[str, Any]:
    """Measure a variant in a fresh interpreter; its figures (or the error).

    The child's own ``ru_maxrss`` comes from ``os.wait4`` (``resource.getrusage`` of that
    one child; it includes this small parent's size at the fork, ~40 MiB).
    """
    cmd = [sys.executable, "-m", "benchmarks.import_bench", "--measure", variant,
           "--file", str(file), "--workspace", str(workspace)]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err, \
            subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True) as proc:
        assert proc.stdout is not None
        out = proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)  # reaped here, with its rusage
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = (err.read().strip().splitlines() or ["no output"])[-1]
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if proc.returncode or not lines:
        return {"variant": variant, "error": tail}
    result: dict[str, Any] = json.loads(lines[-1])
    result["ru_maxrss_mb"] = round(usage.ru_maxrss / 1024)  # KiB on Linux
    return result


def main() -> None:
    """Generate the files, import each both ways, print the figures and the ratios."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--words", type=int, default=200, help="words per text (~7 chars each)")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--only", choices=("csv", "jsonl"), default=None)
    ap.add_argument("--measure", choices=("streamed", "whole"), help=argparse.SUPPRESS)
    ap.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.file, args.workspace)))
        return
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        files = write_files(root, args.rows, args.words)
        print(f"{args.rows:,} rows, {args.words} words a text: CSV "
              f"{files[0].stat().st_size / 2**20:,.0f} MiB, JSONL "
              f"{files[1].stat().st_size / 2**20:,.0f} MiB "
              f"(written in {time.perf_counter() - start:.0f} s)")
        for file in files:
            if args.only and not file.name.endswith(args.only):
                continue
            got = {}
            for variant in ("streamed", "whole"):
                r = got[variant] = run_child(variant, file, root / f"ws-{file.suffix}-{variant}")
                if "error" in r:
                    print(f"  {file.suffix[1:]:5} {variant:8}: failed: {r['error']}")
                    continue
                print(f"  {r['format']:5} {variant:8}: {r['items']:,} items, {r['skipped']:,} "
                      f"skipped in {r['wall_s']} s ({r['items_per_s']:,} items/s wall, "
                      f"{r['items_per_cpu_s']:,}/CPU-s); peak RSS {r['peak_rss_mb']:,} MiB "
                      f"(ru_maxrss {r['ru_maxrss_mb']:,} MiB; before the import "
                      f"{r['rss_before_mb']:,} MiB)")
            s, w = got["streamed"], got["whole"]
            if "error" not in s and "error" not in w:
                print(f"  {s['format']:5} streamed/whole: peak RSS {s['peak_rss_mb']:,} / "
                      f"{w['peak_rss_mb']:,} MiB = {s['peak_rss_mb'] / w['peak_rss_mb']:.2f}; "
                      f"speed {s['items_per_s'] / w['items_per_s']:.2f}x")


if __name__ == "__main__":
    main()
