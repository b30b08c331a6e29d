"""Issue 16: the readers behind the queue, the item detail and the log panel cope with
damaged rows: every item and every log page either reads or raises DamagedRow naming
the row (the UI words it as "rij N ... is beschadigd"); nothing else escapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.audit.filter import AuditFilter
from moderator.errors import DamagedRow, ModeratorError
from moderator.items import ItemId, Status
from moderator.query import QueueQuery
from moderator.workspace import Workspace
from tests.helpers.cli import run_cli
from tests.hostile.cases import CORRUPT_EDITS, damage

if TYPE_CHECKING:
    from pathlib import Path

DAMAGED = {k: v for k, v in CORRUPT_EDITS.items() if k != "newer-schema"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("demo") / "ws"
    assert run_cli("demo", "--workspace", str(ws)).returncode == 0
    return ws


@pytest.mark.parametrize("label", sorted(DAMAGED))
def test_queue_detail_and_log_read_or_name_the_row(label: str, demo: Path,
                                                   tmp_path: Path) -> None:
    ws_dir = tmp_path / "ws"
    damage(demo, ws_dir, DAMAGED[label])
    outcomes: list[str] = []
    with Workspace.open(ws_dir) as ws:
        everything = QueueQuery(statuses=frozenset(Status))
        for step in (lambda: ws.queue.page(everything, limit=1000),
                     *(lambda i=i: ws.queue.detail(ItemId(i)) for i in range(1, 40)),
                     lambda: ws.audit.entries(AuditFilter(), limit=500),
                     ws.audit.verify):
            try:
                step()
                outcomes.append("ok")
            except DamagedRow as exc:
                assert exc.row > 0 and exc.params["table"] in ("items", "flags",
                                                               "audit_entries")
                outcomes.append(str(exc))
            except ModeratorError as exc:  # NotFound for ids the demo lacks
                outcomes.append(type(exc).__name__)
    damaged_items = label.startswith(("unknown-s", "unknown-k", "text", "null", "invalid-utf8-i",
                                      "blob-author", "broken-json", "spans"))
    if damaged_items:
        assert any("is damaged" in o for o in outcomes), outcomes
