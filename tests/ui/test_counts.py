"""The sidebar and the queue header count the same thing (regression: "Alles 710" beside
"712 berichten" after a few actions: the header kept the count from when the queue loaded).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_app_keyboard import activate, press


def test_sidebar_and_header_counts_agree_after_actions(  # type: ignore[no-untyped-def]
        qtbot, demo_ws, make_window) -> None:
    window = make_window(demo_ws)
    activate(qtbot, window)
    triage, model = window.triage, window.triage.model

    def sidebar() -> int | None:
        return triage.filters.count_of("filter:open")

    qtbot.waitUntil(lambda: model.total is not None and sidebar() is not None, timeout=10_000)
    before = model.total
    assert sidebar() == before
    # "afhandelen" has no platform side: no delivery batch reloads the queue afterwards
    for _ in range(2):
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: sidebar() == before - 2 and model.total == before - 2,
                    timeout=10_000)
    assert f"{before - 2:,}".replace(",", ".") in triage._count.text()
