"""The connect flow as a person clicks it: platform picker, sign-in (system browser with a
loopback redirect; Meta's login inside the window), page picker, *opnieuw koppelen nodig*
in the accounts window and the sidebar, and "Opnieuw koppelen" keeping everything."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from moderator.items import Platform
from tests.auth.test_google_youtube import channel
from tests.connectors.conftest import populate_graph
from tests.fakes.graph import GraphApp, V
from tests.fakes.oauth import Hosted, OAuthApp
from tests.fakes.server import FakeServer
from tests.helpers.signin import Desk, consent_in_background
from ui.accounts.connect_dialog import ConnectDialog
from ui.accounts.dialog import AccountsDialog
from ui.triage.filters_view import FiltersView

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # tests run as root in CI


def row_of(dlg: AccountsDialog, name: str) -> int:
    return next(r for r in range(dlg.table.rowCount()) if dlg.table.item(r, 1).text() == name)


def test_youtube_connect_expire_and_reconnect_through_the_windows(qtbot: QtBot,
                                                                   desk: Desk) -> None:
    auth, yt = OAuthApp("google"), channel(threads=20)
    with FakeServer(Hosted(auth, yt), token="unused") as server:
        api = f"{server.url}/youtube/v3"
        desk.registrations.set(Platform.YOUTUBE, auth.client_id, auth.client_secret)
        me = desk.ws.moderators.current("Sanne")
        dlg = AccountsDialog(desk.ws, me)
        qtbot.addWidget(dlg)
        dlg.connect_options = {"auth_base": server.url, "api_base": api,
                               "browser": consent_in_background}
        connect = dlg.connect_new()
        assert connect.platform_buttons[Platform.YOUTUBE].isEnabled()
        assert not connect.platform_buttons[Platform.TIKTOK].isEnabled()  # no registration
        assert "TikTok" in connect.registration_hint.text()
        qtbot.mouseClick(connect.platform_buttons[Platform.YOUTUBE], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: connect.stack.currentIndex() == 2, timeout=15_000)
        assert connect.choice_list.count() == 1
        assert "Gemeente Test" in connect.choice_list.item(0).text()
        assert connect.url_field.text().startswith(server.url + "/o/oauth2/v2/auth?")
        with qtbot.waitSignal(connect.connected, timeout=5000):
            qtbot.mouseClick(connect.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=5000)
        assert dlg.table.item(0, 5).text() == yt.channel
        assert dlg.table.item(0, 2).text() == "verbonden"
        assert dlg.table.item(0, 3).text() == "vernieuwt zichzelf"

        [result] = desk.sync()
        assert result.error is None and len(desk.items()) == len(yt.comments)
        auth.revoke_refresh()
        auth.expire_all()
        [result] = desk.sync()
        assert result.needs_reconnect
        dlg.refresh()
        qtbot.waitUntil(lambda: dlg.table.item(0, 2).text() == "opnieuw koppelen nodig",
                        timeout=5000)
        sidebar = FiltersView(desk.ws, me)
        qtbot.addWidget(sidebar)
        sidebar.load_accounts()
        qtbot.waitUntil(lambda: sidebar._find("account:1") is not None, timeout=5000)
        assert "opnieuw koppelen nodig" in sidebar._find("account:1").text()

        items, log = len(desk.items()), desk.log_size()
        dlg.table.selectRow(0)
        assert dlg.reconnect_button.isEnabled()
        with qtbot.waitSignal(dlg.changes_applied, timeout=15_000):
            qtbot.mouseClick(dlg.reconnect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.table.item(0, 2).text() == "verbonden", timeout=5000)
        assert dlg.table.rowCount() == 1 and len(desk.items()) == items
        assert desk.log_size() == log
        [result] = desk.sync()
        assert result.error is None


@pytest.mark.slow
def test_meta_login_inside_the_window_then_pick_pages(qtbot: QtBot, desk: Desk) -> None:
    graph = GraphApp()
    populate_graph(graph, posts=2, per_post=3)
    auth = OAuthApp("meta", pages=[{"id": graph.page_id, "name": "Gemeente Test",
                                    "ig": graph.ig_id, "ig_name": "gemeente.test"}])
    with FakeServer(Hosted(auth, graph), token="unused") as server:
        desk.registrations.set(Platform.FACEBOOK, auth.client_id, auth.client_secret)
        opened: list[str] = []  # the system browser: Meta's login must never go there
        connect = ConnectDialog(desk.ws, auth_base=server.url, api_base=f"{server.url}/{V}",
                                browser=opened.append)
        qtbot.addWidget(connect)
        connect.show()
        qtbot.mouseClick(connect.platform_buttons[Platform.FACEBOOK], Qt.MouseButton.LeftButton)
        assert connect.meta_view is not None  # Meta's login runs inside the window
        qtbot.mouseClick(connect.reopen_button, Qt.MouseButton.LeftButton)  # starts it over
        assert opened == [] and connect.meta_view.isVisible()
        qtbot.waitUntil(lambda: connect.stack.currentIndex() == 2, timeout=60_000)
        assert connect.choice_list.count() == 2
        connect.check(f"instagram:{graph.ig_id}")
        with qtbot.waitSignal(connect.connected, timeout=5000) as sig:
            qtbot.mouseClick(connect.connect_button, Qt.MouseButton.LeftButton)
        accounts = sig.args[0]
        assert [(a.platform, a.external_id) for a in accounts] == [
            (Platform.FACEBOOK, graph.page_id), (Platform.INSTAGRAM, graph.ig_id)]
        assert [r.error for r in desk.sync()] == [None, None]
