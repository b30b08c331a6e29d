"""Accounts and settings dialogs on the demo workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.query import QueueQuery
from moderator.workspace import Workspace
from ui.accounts.dialog import AccountsDialog
from ui.settings.dialog import SettingsDialog

if TYPE_CHECKING:

    from pytestqt.qtbot import QtBot


def open_accounts(qtbot: QtBot, ws: Workspace, who: str = "Fatima El Amrani") -> AccountsDialog:
    dlg = AccountsDialog(ws, ws.moderators.get(who))
    qtbot.addWidget(dlg)
    n = len(ws.accounts.list())
    qtbot.waitUntil(lambda: dlg.table.rowCount() == n, timeout=5000)
    return dlg


def test_lists_and_removes_accounts_with_their_state(qtbot: QtBot, demo_ws: Workspace) -> None:
    dlg = open_accounts(qtbot, demo_ws)
    before = dlg.table.rowCount()
    assert {dlg.table.item(r, 2).text() for r in range(before)} == {"demo"}
    target = dlg.table.item(0, 1).text()
    dlg.table.selectRow(0)
    assert not dlg.reconnect_button.isEnabled()  # demo accounts have no login to renew
    dlg.remove_button.click()
    assert "nogmaals" in dlg.messages.text().lower()
    with qtbot.waitSignal(dlg.changes_applied, timeout=5000):
        dlg.remove_button.click()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == before - 1, timeout=5000)
    assert all(dlg.table.item(r, 1).text() != target for r in range(dlg.table.rowCount()))


def test_external_moderator_cannot_manage(qtbot: QtBot, demo_ws: Workspace) -> None:
    dlg = open_accounts(qtbot, demo_ws, "Pieter Jansen")
    assert not dlg.connect_button.isEnabled()


def test_import_and_sync_now_are_a_team_leads_as_in_the_cli(qtbot: QtBot,
                                                           demo_ws: Workspace) -> None:
    for who in ("Pieter Jansen", "Sanne de Vries"):  # external, community manager
        dlg = open_accounts(qtbot, demo_ws, who)
        dlg.table.selectRow(0)
        assert not dlg.import_button.isEnabled() and not dlg.sync_button.isEnabled()
        assert "teamleider" in dlg.sync_button.toolTip()
    lead = open_accounts(qtbot, demo_ws)
    lead.table.selectRow(0)
    assert lead.import_button.isEnabled() and lead.sync_button.isEnabled()


def test_sync_now_runs_in_a_child_process_and_reports_progress(
    qtbot: QtBot, demo_ws: Workspace,
) -> None:
    # The demo accounts replay resources/demo: each sync releases at least one new item each.
    seen: list[int] = []
    dlg = open_accounts(qtbot, demo_ws)
    before = demo_ws.queue.count(QueueQuery(all_statuses=True))
    dlg.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dlg.synced, timeout=60_000):
        dlg.sync_button.click()
        assert not dlg.progress.isHidden() and not dlg.sync_button.isEnabled()
    n = len(dlg.accounts)
    assert seen[-1] == n
    created = demo_ws.queue.count(QueueQuery(all_statuses=True)) - before
    assert created >= n
    assert f"Gesynchroniseerd: {created} nieuwe berichten" in dlg.messages.text()
    qtbot.waitUntil(dlg.progress.isHidden, timeout=5000)
    assert dlg.sync_button.isEnabled()


def test_settings_show_workspace_model_and_language(qtbot: QtBot, demo_ws: Workspace) -> None:
    # The demo workspace has no model installed: the real model store says so.
    dlg = SettingsDialog(demo_ws, demo_ws.moderators.get("Sanne de Vries"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.model_state == "missing", timeout=5000)
    assert "Niet geïnstalleerd" in dlg.model_label.text()
    assert dlg.location.text() == str(demo_ws.directory)
    assert "SQLite" in dlg.kind_label.text()
    with qtbot.waitSignal(dlg.language_changed, timeout=1000) as sig:
        dlg.language.setCurrentIndex(dlg.language.findData("en"))
    assert sig.args == ["en"]
    dlg.url_edit.setText("mysql://x")
    dlg.open_url.click()
    assert "postgresql://" in dlg.messages.text()
    with qtbot.waitSignal(dlg.open_workspace_requested, timeout=1000) as req:
        dlg.url_edit.setText("postgresql://mod@server/team")
        dlg.open_url.click()
    assert req.args == ["postgresql://mod@server/team"]
    dlg.language.setCurrentIndex(dlg.language.findData("nl"))
