"""The demo workspace the hostile tests copy and damage (made once per session)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.helpers.cli import run_cli

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace; tests copy it before changing anything."""
    ws = tmp_path_factory.mktemp("demo") / "ws"
    assert run_cli("demo", "--workspace", str(ws)).returncode == 0
    return ws
