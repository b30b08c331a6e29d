"""Helpers shared by the ``cli_*`` modules: open the workspace named on the command line."""

from __future__ import annotations

import argparse
import math
from datetime import datetime
from typing import TYPE_CHECKING

from moderator.errors import DataError, UsageError
from moderator.untrusted import MAX_ID, in_range
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.moderators import Permission


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace from ``--workspace``/``--database`` (or the default)."""
    return Workspace.open(workspace=getattr(args, "workspace", None),
                          database=getattr(args, "database", None))


def acting(ws: Workspace, args: argparse.Namespace) -> ModeratorInfo:
    """The moderator acting.

    Solo (SQLite, one OS user's workspace): ``--as NAME`` or the OS user. Team mode
    (PostgreSQL): always the database login; ``--as`` is refused there, because the
    client's claim is not evidence of anything.
    """
    name = getattr(args, "moderator_name", None)
    if name and ws.moderators.team:
        raise UsageError("--as bestaat alleen in solo-modus; in teammodus bent u de "
                         "database-login waarmee u verbindt")
    return ws.moderators.current(name)


def privileged(ws: Workspace, args: argparse.Namespace, permission: Permission,
               what: str) -> ModeratorInfo:
    """The acting moderator, after checking (and on refusal logging) ``permission``."""
    me = acting(ws, args)
    ws.moderators.require(me, permission, what)
    return me


def parse_when(text: str | None) -> datetime | None:
    """Parse an ISO date or datetime from the command line (naive = UTC)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"not a date: {text!r} (use YYYY-MM-DD or ISO 8601)") from None
    try:
        return in_range(value, "date")
    except DataError as exc:
        raise UsageError(str(exc)) from None


def item_id(text: str) -> int:
    """An item id argument: a positive integer a database can hold."""
    if not text.isdecimal() or not 0 < int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"not an item id: {text[:30]!r}")
    return int(text)


def count(text: str) -> int:
    """A positive count argument (``--limit``)."""
    if not text.isdecimal() or not 0 < int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"not a positive number: {text[:30]!r}")
    return int(text)


def fraction(text: str) -> float:
    """A score threshold argument between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"not a number from 0 to 1: {text[:30]!r}")
    return value
