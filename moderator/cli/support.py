"""Helpers shared by the ``cli_*`` modules: open the workspace named on the command line."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from moderator.errors import UsageError
from moderator.workspace import Workspace

if TYPE_CHECKING:
    import argparse

    from moderator.items import ModeratorInfo


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace from ``--workspace``/``--database`` (or the default)."""
    return Workspace.open(workspace=getattr(args, "workspace", None),
                          database=getattr(args, "database", None))


def acting(ws: Workspace, args: argparse.Namespace) -> ModeratorInfo:
    """The moderator acting: ``--as NAME`` or the OS user."""
    return ws.moderators.current(getattr(args, "moderator_name", None))


def parse_when(text: str | None) -> datetime | None:
    """Parse an ISO date or datetime from the command line (naive = UTC)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not a date: {text!r} (use YYYY-MM-DD or ISO 8601)") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
