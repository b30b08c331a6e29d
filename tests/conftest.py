"""Shared fixtures: workspaces on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit head witness and other local settings: never the real user's folder.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="modtest-config-")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

pytest_plugins = ["tests.helpers.workspaces", "tests.helpers.signin", "tests.helpers.team"]
