"""An app's child job stops by itself when the app is killed (kill -9 sends it nothing)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import psutil

if TYPE_CHECKING:
    from pathlib import Path

APP = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-m", "moderator.worker", "serve",
                          "--workspace", sys.argv[1]], stdout=subprocess.DEVNULL)
print(child.pid, flush=True)
time.sleep(120)
"""


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_serve_job_stops_when_the_app_is_killed(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", APP, str(tmp_path / "ws")],
                           stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert app.stdout is not None
    child = int(app.stdout.readline())
    time.sleep(2.0)  # the job is up and serving
    assert not _gone(child)
    os.kill(app.pid, signal.SIGKILL)
    app.wait()
    deadline = time.monotonic() + 30
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _gone(child), "the serve job outlived the app"
