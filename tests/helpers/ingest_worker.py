"""A bulk ingest run as its own process, for the kill -9 test.

Usage: python -m tests.helpers.ingest_worker WORKSPACE N
Every item whose number is divisible by 3 gets a flag, so a test can check that an
item and its flags always arrive together.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from moderator.items import Evidence, FlagInfo
from moderator.workspace import Workspace
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.flagging import FlagSubject


def flag_every_third(subjects: Sequence[FlagSubject]) -> list[list[FlagInfo]]:
    """Flag texts ending in a number divisible by 3."""
    return [[FlagInfo("R3", "1", "high", "hide", (Evidence(0, 4),))]
            if int(s.text.rsplit(" ", 1)[1]) % 3 == 0 else [] for s in subjects]


def main() -> None:
    """Ingest N items into the workspace, printing progress per batch."""
    path, n = sys.argv[1], int(sys.argv[2])
    with Workspace.open(workspace=path) as ws:
        ws.set_rules(flag_every_third, ws.actions.rules)
        for start in range(0, n, 500):
            items = [make_item(i, text=f"reactie {i}", thread=f"p{i % 50}")
                     for i in range(start, min(n, start + 500))]
            ws.ingest.upsert(items, batch_size=500)
            print("batch", start, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
