"""Run many ``moderator`` command lines in one child process, each under a CPU-time cap.

    python -m tests.hostile.driver CASES.jsonl RESULTS.jsonl

The process runs with a memory cap (``RLIMIT_DATA``, default 1 GiB); every case gets at
most ``CPU_SECONDS`` of CPU time (``ITIMER_PROF``), so a slow shared machine does not fail
a case but a runaway loop does. A case is *clean* when ``moderator.cli.main`` returns or
exits (argparse) and nothing looks like a traceback; anything escaping ``main`` --
including ``MemoryError``, ``RecursionError`` and the timer -- is a failure, recorded with
its traceback. Starting one interpreter per case would cost a second each; thousands of
cases must fit in CI.

A case is a JSON object: ``argv`` (list of base64 strings: raw bytes, decoded the way
Python decodes a real command line), optional ``stdin`` (base64 bytes), ``cwd``.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import resource
import signal
import sys
import time
import traceback
from typing import Any

CPU_SECONDS = float(os.environ.get("HOSTILE_CPU_SECONDS", "10"))
MEMORY = int(os.environ.get("HOSTILE_MEMORY", str(1 << 30)))


class CpuTimeUp(BaseException):
    """The case used up its CPU time."""


def _on_prof(_sig: int, _frame: object) -> None:
    raise CpuTimeUp


def _stdin(data: bytes) -> io.TextIOWrapper:
    # What Python gives a program on a strict UTF-8 desktop locale.
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    """Run one command line; returns what happened."""
    from moderator.cli import main

    argv = [os.fsdecode(base64.b64decode(a)) for a in case["argv"]]
    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = _stdin(base64.b64decode(case.get("stdin", "")))
    cwd = os.getcwd()
    result: dict[str, Any] = {"id": case["id"]}
    t0, c0 = time.monotonic(), time.process_time()
    signal.setitimer(signal.ITIMER_PROF, CPU_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            if case.get("cwd"):
                os.chdir(case["cwd"])
            try:
                result["rc"] = main(argv)
            except SystemExit as e:
                result["rc"] = e.code if isinstance(e.code, int) else 2
    except CpuTimeUp:
        result["failure"] = f"more than {CPU_SECONDS:g} s of CPU time"
    except BaseException as e:  # the point: nothing may escape main()
        result["failure"] = "".join(traceback.format_exception(e))[-3000:]
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        sys.stdin = saved_stdin
        os.chdir(cwd)
    result["cpu"] = round(time.process_time() - c0, 3)
    result["wall"] = round(time.monotonic() - t0, 3)
    stderr = err.getvalue()
    result["stderr"] = stderr[-600:]
    if "Traceback (most recent call last)" in stderr and "failure" not in result:
        result["failure"] = "traceback printed: " + stderr[-2000:]
    return result


def main() -> int:
    """Run every case of the file; write one result line per case."""
    cases_path, results_path = sys.argv[1:3]
    resource.setrlimit(resource.RLIMIT_DATA, (MEMORY, MEMORY))
    signal.signal(signal.SIGPROF, _on_prof)
    with open(cases_path, encoding="utf-8") as f, \
            open(results_path, "w", encoding="utf-8") as out:
        for line in f:
            res = run_case(json.loads(line))
            out.write(json.dumps(res) + "\n")
            out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
