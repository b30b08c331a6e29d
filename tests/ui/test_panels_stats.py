"""The stats panel on the demo workspace: figures match a hand count in SQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest
from moderator.changes import Changes
from moderator.items import ActionKind
from moderator.query import QueueQuery
from moderator.workspace import Workspace
from ui.stats.panel import StatsPanel, duration_text

if TYPE_CHECKING:

    from pytestqt.qtbot import QtBot

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def hand_count(ws: Workspace, sql: str, *args: object) -> int:
    assert ws.directory is not None
    con = sqlite3.connect(ws.directory / "moderator.db")
    try:
        return int(con.execute(sql, args).fetchone()[0])
    finally:
        con.close()


def open_panel(qtbot: QtBot, ws: Workspace, who: str) -> StatsPanel:
    panel = StatsPanel(ws, ws.moderators.get(who))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=10_000)
    return panel


def test_figures_match_a_hand_count(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, "Fatima El Amrani")
    panel.overview = None
    panel.period.setCurrentIndex(panel.period.findData(30))
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=10_000)
    o = panel.overview
    assert o is not None
    since = o.period.since.strftime("%Y-%m-%d %H:%M:%S")
    until = o.period.until.strftime("%Y-%m-%d %H:%M:%S")
    items = hand_count(demo_ws, "SELECT count(*) FROM items WHERE created_at >= ? "
                                "AND created_at < ?", since, until)
    actions = hand_count(demo_ws, "SELECT count(*) FROM actions WHERE created_at >= ? "
                                  "AND created_at < ?", since, until)
    assert items > 700 and actions == 15  # the whole demo falls in the 30 days
    assert panel.kpi_items.value.text() == f"{items:n}"
    assert panel.kpi_actions.value.text() == str(actions)
    flagged = hand_count(demo_ws, "SELECT count(DISTINCT i.id) FROM items i JOIN flags f "
                                  "ON f.item_id = i.id WHERE i.created_at >= ? "
                                  "AND i.created_at < ?", since, until)
    assert flagged > 0  # the shipped spelregels flag part of the demo
    assert panel.kpi_flagged.value.text() == f"{round(100 * flagged / items)}%"
    assert o.actions_by_moderator() == {"Sanne de Vries": 12, "Fatima El Amrani": 3}
    # every reply in the demo is an item's first response
    assert o.answered_items == hand_count(
        demo_ws, "SELECT count(DISTINCT item_id) FROM actions WHERE kind IN "
                 "('reply','dm_reply','warn','handle')")
    assert panel.per_day.currentWidget() is panel.per_day.view
    assert panel.top_rules.currentWidget() is panel.top_rules.view  # flags exist: a chart


def test_new_action_refreshes_on_changes(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, "Fatima El Amrani")
    before = sum(panel.overview.actions_by_moderator().values())  # type: ignore[union-attr]
    sanne = demo_ws.moderators.get("Sanne de Vries")
    item = demo_ws.queue.page(QueueQuery(), limit=1).items[0]
    changes = demo_ws.actions.perform(sanne, ActionRequest(ActionKind.HANDLE, item.id))
    panel._refresh_timer.setInterval(10)
    panel.on_changes(changes)
    qtbot.waitUntil(lambda: panel.kpi_actions.value.text() == str(before + 1), timeout=5000)
    panel.on_changes(Changes(items=frozenset()))  # nothing relevant: no reload
    assert not panel._refresh_timer.isActive()


def test_external_moderator_sees_only_their_accounts(qtbot: QtBot,
                                                    demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, "Pieter Jansen")
    lead = open_panel(qtbot, demo_ws, "Fatima El Amrani")
    assert panel.overview is not None and lead.overview is not None
    assert 0 < panel.overview.total_items < lead.overview.total_items


@pytest.mark.parametrize(("minutes", "text"), [
    (None, "—"), (0.5, "< 1 min"), (45, "45 min"), (192, "3 u 12 min"), (3180, "2 d 5 u")])
def test_duration_text(minutes: float | None, text: str) -> None:
    d = None if minutes is None else timedelta(minutes=minutes)
    assert duration_text(d) == text
