"""Accounts and settings dialogs on the demo workspace."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import pytest

from moderator.workspace import Workspace
from ui.widgets import accounts_dialog, settings_dialog
from ui.widgets.accounts_dialog import AccountsDialog
from ui.widgets.settings_dialog import SettingsDialog

if TYPE_CHECKING:

    from pytestqt.qtbot import QtBot


def open_accounts(qtbot: QtBot, ws: Workspace, who: str = "Fatima El Amrani") -> AccountsDialog:
    dlg = AccountsDialog(ws, ws.moderators.get(who))
    qtbot.addWidget(dlg)
    n = len(ws.accounts.list())
    qtbot.waitUntil(lambda: dlg.table.rowCount() == n, timeout=5000)
    return dlg


def test_lists_adds_and_removes_accounts(qtbot: QtBot, demo_ws: Workspace) -> None:
    dlg = open_accounts(qtbot, demo_ws)
    before = dlg.table.rowCount()
    qtbot.keyClicks(dlg.name, "Gemeente Testdorp (TikTok)")
    qtbot.keyClicks(dlg.external_id, "tt-123")
    dlg.platform.setCurrentIndex(dlg.platform.findData("tiktok"))
    with qtbot.waitSignal(dlg.changes_applied, timeout=5000):
        dlg.add_button.click()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == before + 1, timeout=5000)
    assert "toegevoegd" in dlg.messages.text()
    row = next(r for r in range(dlg.table.rowCount())
               if dlg.table.item(r, 1).text() == "Gemeente Testdorp (TikTok)")
    dlg.table.selectRow(row)
    dlg.remove_button.click()
    assert "nogmaals" in dlg.messages.text().lower()
    with qtbot.waitSignal(dlg.changes_applied, timeout=5000):
        dlg.remove_button.click()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == before, timeout=5000)


def test_empty_form_is_refused_inline(qtbot: QtBot, demo_ws: Workspace) -> None:
    dlg = open_accounts(qtbot, demo_ws)
    dlg.add_button.click()
    assert not dlg.messages.isHidden()
    assert "naam" in dlg.messages.text()


def test_external_moderator_cannot_manage(qtbot: QtBot, demo_ws: Workspace) -> None:
    dlg = open_accounts(qtbot, demo_ws, "Pieter Jansen")
    assert not dlg.form_box.isEnabled()


@dataclass
class FakeProgress:
    account: str
    pages: int
    items: int
    created: int
    updated: int = 0
    finished: bool = False
    error: str | None = None


def test_sync_now_reports_progress(qtbot: QtBot, demo_ws: Workspace,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    class FakeSync:
        def __init__(self, ingest: Any, cursors: Any, open_connector: Any, *,
                     progress: Any, cancel: Any) -> None:
            self.progress = progress

        def run(self, accounts: list[Any]) -> list[Any]:
            for a in accounts:
                self.progress(FakeProgress(a.name, 1, 10, 2))
                self.progress(FakeProgress(a.name, 1, 10, 2, finished=True))
            return [SimpleNamespace(created=2, error=None) for _ in accounts]

    real = accounts_dialog._optional
    monkeypatch.setattr(accounts_dialog, "_optional", lambda name: SimpleNamespace(
        SyncService=FakeSync) if name == "moderator.sync" else real(name))
    dlg = open_accounts(qtbot, demo_ws)
    dlg.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dlg.synced, timeout=5000):
        dlg.sync_button.click()
    n = len(dlg.accounts)
    assert seen[-1] == n
    assert f"{2 * n} nieuwe berichten" in dlg.messages.text()
    qtbot.waitUntil(lambda: not dlg.progress.isVisible(), timeout=5000)


def test_sync_without_pipeline_says_so(qtbot: QtBot, demo_ws: Workspace,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts_dialog, "_optional", lambda name: None)
    dlg = open_accounts(qtbot, demo_ws)
    dlg.sync_button.click()
    assert "nog niet beschikbaar" in dlg.messages.text()


def test_settings_show_workspace_model_and_language(qtbot: QtBot, demo_ws: Workspace,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_dialog, "model_status", lambda ws: ("missing", ""))
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
