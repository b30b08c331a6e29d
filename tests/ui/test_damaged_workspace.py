"""Issue 16: a damaged row in the workspace is one Dutch sentence in the app, not a crash."""

from __future__ import annotations

import sqlite3

from tests.ui.conftest import SANNE
from ui.app import open_window


def test_a_damaged_item_is_named_in_the_message_bar(qtbot, demo_ws):  # type: ignore[no-untyped-def]
    assert demo_ws.directory is not None
    with sqlite3.connect(demo_ws.directory / "moderator.db") as c:
        first = c.execute("SELECT min(id) FROM items WHERE is_open").fetchone()[0]
        c.execute("UPDATE items SET text = X'FF00' WHERE id = ?", (first,))
    window = open_window(demo_ws, SANNE, "nl")
    qtbot.addWidget(window)
    window.show()
    bar = window.triage.messages
    qtbot.waitUntil(lambda: "beschadigd" in bar.text(), timeout=10_000)
    assert bar.text().startswith(f"Rij {first} van de berichten")
    assert "text holds a BLOB" in bar.details()
