"""Team screens on the demo workspace: the log in words, four eyes, the tamper alarm."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from moderator.actions import ActionRequest
from moderator.items import ActionKind, ItemKind
from moderator.query import QueueQuery
from ui.approvals.panel import ApprovalsPanel
from ui.audit.panel import AuditPanel

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace

LEAD, CM, EXT = "Fatima El Amrani", "Sanne de Vries", "Pieter Jansen"


def test_the_log_shows_message_author_and_rule_and_opens_the_item(
        qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = AuditPanel(demo_ws, demo_ws.moderators.get(LEAD))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    cols = panel.model.COLUMNS
    hides = [r for r in range(panel.model.rowCount())
             if panel.model.entry(r).action == "hide"]
    assert hides
    row = hides[0]
    text = panel.model.index(row, cols.index("text")).data()
    author = panel.model.index(row, cols.index("author")).data()
    rule = panel.model.index(row, cols.index("rule")).data()
    item = panel.model.item_id(row)
    assert item is not None
    detail = demo_ws.queue.detail(item)
    assert text and text[:20] == " ".join(detail.item.text.split())[:20]
    assert author == detail.item.author_name
    assert rule and not rule.startswith("NL-")  # the rule's title, not its id
    with qtbot.waitSignal(panel.open_item, timeout=2000) as opened:
        panel.table.doubleClicked.emit(panel.model.index(row, 0))
    assert opened.args == [item]


def _external_reply(ws: Workspace) -> int:
    ext = ws.moderators.get(EXT)
    for item in ws.queue.page(QueueQuery(), limit=200, viewer=ext).items:
        if item.kind != ItemKind.DM:
            ws.actions.perform(ext, ActionRequest(ActionKind.REPLY, item.id,
                                                  text="Dank voor uw vraag."))
            return item.id
    raise AssertionError("no public item in Pieter's scope")


def test_a_community_manager_approves_an_external_reply(qtbot: QtBot,
                                                        demo_ws: Workspace) -> None:
    _external_reply(demo_ws)
    before = demo_ws.outbox.outstanding()
    own = ApprovalsPanel(demo_ws, demo_ws.moderators.get(EXT))
    qtbot.addWidget(own)
    qtbot.waitUntil(lambda: own.table.rowCount() == 1, timeout=5000)
    assert not own.approve_button.isVisible() and not own.approve_button.isEnabled()
    panel = ApprovalsPanel(demo_ws, demo_ws.moderators.get(CM))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert panel.approve_button.isEnabled()
    panel.text.setPlainText("Dank voor uw vraag! We zoeken het uit.")
    panel.approve()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5000)
    assert demo_ws.outbox.outstanding() == before + 1
    sent = demo_ws.outbox.pending(1000)
    assert any(e.text == "Dank voor uw vraag! We zoeken het uit." for e in sent)


def test_a_rejection_needs_a_note_and_never_reaches_the_outbox(qtbot: QtBot,
                                                               demo_ws: Workspace) -> None:
    _external_reply(demo_ws)
    before = demo_ws.outbox.outstanding()
    panel = ApprovalsPanel(demo_ws, demo_ws.moderators.get(LEAD))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    panel.reject()  # no note
    qtbot.waitUntil(lambda: bool(panel.messages.text()), timeout=5000)
    assert panel.table.rowCount() == 1
    panel.note.setText("Te stellig; eerst navragen bij het projectteam")
    panel.reject()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=5000)
    assert demo_ws.outbox.outstanding() == before


def test_the_window_raises_a_tamper_alarm_when_the_witnessed_head_is_gone(
        make_window: Callable[..., object], demo_ws: Workspace) -> None:
    assert demo_ws.audit.verify().ok  # this computer witnesses the head
    assert demo_ws.directory is not None
    db = sqlite3.connect(demo_ws.directory / "moderator.db")
    db.execute("DROP TRIGGER audit_no_delete")
    db.execute("DELETE FROM audit_entries WHERE seq > 5")
    db.execute("UPDATE settings SET value = (SELECT json_object('seq', seq, 'hash', hash) "
               "FROM audit_entries WHERE seq = 5) WHERE key = 'audit_head'")
    db.commit()
    db.close()
    window = make_window(demo_ws)
    bar = window.triage.messages  # type: ignore[attr-defined]
    assert "Manipulatie-alarm" in bar.text()


def test_the_team_lead_adds_and_disables_a_moderator(qtbot: QtBot, demo_ws: Workspace) -> None:
    from ui.team.moderators import ModeratorsDialog

    dialog = ModeratorsDialog(demo_ws, demo_ws.moderators.get(LEAD))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 3, timeout=5000)
    dialog.name.setText("Ruud Extern")
    dialog.role.setCurrentIndex(dialog.role.findData("external_moderator"))
    dialog.scope.setText("project:Verbreding A27 Lexmond")
    dialog.has_end.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: any(m.name == "Ruud Extern" for m in demo_ws.moderators.list()),
                    timeout=5000)
    ruud = demo_ws.moderators.get("Ruud Extern")
    assert ruud.scope == ("project:Verbreding A27 Lexmond",) and ruud.until is not None
    dialog.disable()
    qtbot.waitUntil(lambda: demo_ws.moderators.get("Ruud Extern").disabled, timeout=5000)
    readonly = ModeratorsDialog(demo_ws, demo_ws.moderators.get(CM))
    qtbot.addWidget(readonly)
    assert not readonly.save_button.isEnabled()
