"""Run the ``moderator`` command in a subprocess, as a user or script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m moderator.cli ARGS`` and capture its output."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "moderator.cli", *args], cwd=ROOT,
                          env=full_env, capture_output=True, text=True, timeout=timeout,
                          input=stdin, check=False)
