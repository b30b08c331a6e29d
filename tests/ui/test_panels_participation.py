"""The participation screens on the demo workspace: register, polls, who is heard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.participation.mark_input import TopicDialog
from ui.participation.polls_panel import PollsPanel
from ui.participation.register_panel import RegisterPanel
from ui.stats.panel import StatsPanel

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace

LEAD = "Fatima El Amrani"


def test_register_panel_counts_topics_and_waiting_input(qtbot: QtBot,
                                                        demo_ws: Workspace) -> None:
    panel = RegisterPanel(demo_ws, demo_ws.moderators.get(LEAD))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
    a27 = panel.project.findData("Verbreding A27 Lexmond")
    panel.view = None
    panel.project.setCurrentIndex(a27)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
    view = panel.view
    assert view is not None and view.project == "Verbreding A27 Lexmond"
    assert panel.topics.rowCount() == len(view.topic_counts) == 4
    assert panel.table.rowCount() == len(view.waiting) > 0  # waiting for feedback first
    assert panel.with_names.isVisibleTo(panel)  # a team lead may export names
    panel.show_what.setCurrentIndex(2)
    assert panel.table.rowCount() == len(view.entries)
    assert str(len(view.entries)) in panel.summary.text()


def test_polls_panel_shows_the_live_result(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = PollsPanel(demo_ws, demo_ws.moderators.get(LEAD))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10_000)
    assert panel.poll.count() == 2
    market = next(n for n in range(panel.poll.count()) if "PEILING" in panel.poll.itemText(n))
    panel.result = None
    panel.poll.setCurrentIndex(market)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10_000)
    r = panel.result
    assert r is not None and panel.kpi_voters.value.text() == str(r.tally.voters)
    assert r.tally.voters > 20 and "laatste" in panel.method.text()


def test_stats_panel_reads_who_is_heard(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = StatsPanel(demo_ws, demo_ws.moderators.get(LEAD))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.reach.reach is not None, timeout=10_000)
    r = panel.reach.reach
    assert r is not None
    assert f"De helft van de reacties komt van {r.half_from} mensen." in panel.reach.reading.text()
    assert panel.reach.top.currentWidget() is panel.reach.top.view


def test_topic_dialog_returns_ticked_and_new_topics(qtbot: QtBot) -> None:
    dlg = TopicDialog("Plein", ["Groen", "Spelen"], "Meer bomen graag")
    qtbot.addWidget(dlg)
    dlg.topics.item(1).setCheckState(Qt.CheckState.Checked)
    dlg.new_topic.setText("  Verkeer   en parkeren ")
    assert dlg.chosen() == (["Spelen"], "Verkeer en parkeren")


def test_retention_box_reads_and_saves_the_period(qtbot: QtBot, demo_ws: Workspace) -> None:
    from ui.settings.retention import RetentionBox
    from ui.widgets.message_bar import MessageBar

    lead = demo_ws.moderators.get(LEAD)
    box = RetentionBox(demo_ws, lead, MessageBar())
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.days.value() == 90, timeout=10_000)
    box.days.setValue(30)
    box.save.click()
    qtbot.waitUntil(lambda: demo_ws.privacy.retention_days() == 30, timeout=10_000)
    other = RetentionBox(demo_ws, demo_ws.moderators.get("Sanne de Vries"), MessageBar())
    qtbot.addWidget(other)
    assert not other.days.isEnabled() and not other.save.isVisibleTo(other)


def test_poll_dialog_parses_options_and_closing(qtbot: QtBot) -> None:
    import pytest

    from moderator.errors import UsageError
    from ui.participation.poll_dialog import PollDialog

    dlg = PollDialog("Stem mee")
    qtbot.addWidget(dlg)
    dlg.options.setPlainText("A=bomen,groen\n\nB\n👍")
    dlg.closes.setChecked(True)
    options, closes = dlg.values()
    assert [o.key for o in options] == ["A", "B", "👍"] and options[0].aliases == ("bomen", "groen")
    assert closes is not None and closes.tzinfo is not None
    dlg.options.setPlainText("A")
    with pytest.raises(UsageError):
        dlg.values()


def test_an_external_moderator_reads_the_register_and_keeps_nothing(  # type: ignore[no-untyped-def]
        qtbot, demo_ws, make_window) -> None:
    # In team mode the database refuses their writes (tests/core/test_team_participation.py);
    # the app does not offer them.
    window = make_window(demo_ws, "Pieter Jansen")
    for action_id in ("item.mark_input", "item.define_poll"):
        assert not window.built[action_id].isEnabled(), action_id
    panel = RegisterPanel(demo_ws, demo_ws.moderators.get("Pieter Jansen"))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
    assert panel.table.rowCount() > 0  # the register of its own project
    assert not panel.add_topic.isVisibleTo(panel) and not panel.feedback.isVisibleTo(panel)
    lead = make_window(demo_ws, LEAD)
    qtbot.waitUntil(lead.built["item.mark_input"].isEnabled, timeout=5000)
