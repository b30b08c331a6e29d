"""Bad input gets one clear line and an exit code, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from tests.helpers.cli import ROOT, run_cli

if TYPE_CHECKING:
    from pathlib import Path


def _one_line_error(r: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert r.returncode == code, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("moderator: "), r.stderr
    assert words in lines[0], lines[0]


@pytest.mark.skipif(os.geteuid() == 0 and sys.platform == "linux",
                    reason="root ignores directory permissions; see the read-only file test")
def test_unwritable_data_directory(tmp_path: Path) -> None:
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o500)
    _one_line_error(run_cli("queue", "--workspace", str(d / "ws")), 73, "cannot use workspace")


def test_data_directory_that_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    _one_line_error(run_cli("queue", "--workspace", str(f / "ws")), 73, "cannot use workspace")


def test_data_directory_on_a_read_only_filesystem(tmp_path: Path) -> None:
    # /proc is read-only even for root: the same error as an unwritable directory.
    _one_line_error(run_cli("queue", "--workspace", "/proc/moderator-ws"), 73,
                    "cannot use workspace")


def test_corrupt_database_file(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "moderator.db").write_bytes(b"this is not sqlite at all" * 100)
    _one_line_error(run_cli("queue", "--workspace", str(ws)), 65, "corrupt")


def test_unknown_database_url_scheme() -> None:
    _one_line_error(run_cli("queue", "--database", "mongodb://localhost/x"), 2,
                    "unsupported database")
    _one_line_error(run_cli("queue", "--database", "not a url"), 2, "not a database URL")


def test_unreachable_postgres_server() -> None:
    r = run_cli("queue", "--database", "postgresql://nobody@127.0.0.1:1/none")
    _one_line_error(r, 69, "unavailable")


def test_database_locked_by_another_process(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run_cli("queue", "--workspace", str(ws)).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(30)",
         str(ws / "moderator.db")], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        start = time.monotonic()
        r = run_cli("action", "handle", "1", "--workspace", str(ws),
                    env={"MODERATOR_BUSY_TIMEOUT": "1"})
        _one_line_error(r, 75, "locked by another process")
        assert time.monotonic() - start < 20
    finally:
        holder.kill()
        holder.wait()
    # Nothing was lost: the workspace opens normally afterwards.
    assert sqlite3.connect(ws / "moderator.db").execute("select count(*) from items").fetchone()


def test_unknown_item_is_a_clear_error(tmp_path: Path) -> None:
    _one_line_error(run_cli("action", "handle", "999", "--workspace", str(tmp_path / "w")), 2,
                    "no item 999")
