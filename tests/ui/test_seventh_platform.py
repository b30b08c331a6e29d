"""A 7th platform is one core row and one UI row: it appears everywhere with no other change.

The test registers "mastodon" (a spec row with its own capabilities and its own way of
counting a reply, a look with colour and icon) and then finds it in the sidebar, the
queue filters (query and CLI), the accounts dialog, the capability checks (core and UI)
and the compose limits. The connector is the real demo connector.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from moderator import cli, platforms
from moderator.actions import ActionRequest
from moderator.capabilities import PUBLIC, Capabilities, Refusal
from moderator.connectors.demo import DemoConnector
from moderator.errors import ErrorCode, TransitionError
from moderator.items import ActionKind, ItemId, ItemKind, Platform, Status
from moderator.query import QueueQuery
from moderator.textlength import TextLimit
from tests.helpers.workspaces import make_item
from ui import platforms as ui_platforms
from ui.accounts.dialog import AccountsDialog
from ui.triage.compose_dialog import ComposeContext, ComposeDialog

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace

MASTODON = Platform("mastodon")


def utf8_bytes(text: str) -> int:
    """This platform counts bytes, not characters (a made-up rule, unlike any built-in)."""
    return len(text.encode("utf-8"))


@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[Platform]:
    """The 7th platform's two rows, registered for one test."""
    spec = platforms.register(platforms.PlatformSpec(
        MASTODON, "Mastodon", lambda a: DemoConnector(a.account),
        Capabilities(hide=frozenset({ItemKind.REPLY}), remove=PUBLIC, reply=PUBLIC,
                     reply_limit=TextLimit(20, utf8_bytes))))
    icon = tmp_path / "mastodon.svg"
    icon.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
                    '<rect width="16" height="16" fill="#6364FF"/></svg>', encoding="utf-8")
    ui_platforms.register(MASTODON, ui_platforms.PlatformLook("#6364FF", icon))
    try:
        yield spec.id
    finally:
        platforms.unregister(MASTODON)
        ui_platforms.unregister(MASTODON)


@pytest.fixture
def ws(mastodon: Platform, open_ws: Callable[[Path], Workspace], tmp_path: Path) -> Workspace:
    """A workspace with one Mastodon account holding a comment and a reply to it."""
    ws = open_ws(tmp_path / "ws")
    ws.accounts.add(mastodon, "Gemeente Testdorp (Mastodon)", "md-1", api_base="demo")
    ws.ingest.upsert([make_item(1, platform=mastodon, account="md-1"),
                      make_item(2, platform=mastodon, account="md-1", kind=ItemKind.REPLY,
                                parent="c1")])
    return ws


def _items(ws: Workspace) -> dict[ItemKind, ItemId]:
    page = ws.queue.page(QueueQuery(platforms=frozenset({MASTODON}))).items
    return {s.kind: s.id for s in page}


def test_sidebar_lists_the_account_with_its_icon_and_count(
        qtbot: QtBot, ws: Workspace, make_window: Callable[..., object]) -> None:
    window = make_window(ws, "Sanne")
    filters = window.triage.filters  # type: ignore[attr-defined]
    account = ws.accounts.list()[0]
    qtbot.waitUntil(lambda: filters.count_of(f"account:{account.id}") == 2, timeout=5000)
    item = filters._find(f"account:{account.id}")
    assert item.text() == "Gemeente Testdorp (Mastodon)"
    assert not item.icon().isNull()  # the UI row's icon
    assert ui_platforms.colour(MASTODON) == "#6364FF"
    queue = window.triage.model  # type: ignore[attr-defined]
    assert queue.data(queue.index(0, 0)) == "Mastodon"  # the platform column: the spec's name


def test_queue_filters_and_cli_choose_it(ws: Workspace, mastodon: Platform,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert len(_items(ws)) == 2
    assert ws.queue.count(QueueQuery(platforms=frozenset({Platform.FACEBOOK}))) == 0
    assert cli.main(["--workspace", str(ws.directory), "--as", "Sanne", "queue", "--json",
                     "--platform", "mastodon"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["platform"] for r in rows} == {"mastodon"} and len(rows) == 2


def test_accounts_dialog_lists_it(qtbot: QtBot, ws: Workspace) -> None:
    dlg = AccountsDialog(ws, ws.moderators.current("Sanne"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=5000)
    assert dlg.table.item(0, 0).text() == "Mastodon"  # the spec's name
    assert dlg.table.item(0, 1).text() == "Gemeente Testdorp (Mastodon)"


def test_capability_checks_follow_its_row(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    items = _items(ws)
    assert ws.actions.capabilities(MASTODON, ItemKind.COMMENT, ActionKind.HIDE) is \
        Refusal.PLATFORM_KIND
    with pytest.raises(TransitionError) as refused:
        ws.actions.perform(me, ActionRequest(ActionKind.HIDE, items[ItemKind.COMMENT]))
    assert refused.value.code is ErrorCode.PLATFORM_REFUSES
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, items[ItemKind.REPLY]))
    assert ws.queue.detail(items[ItemKind.REPLY]).item.status == Status.HIDDEN
    assert not platforms.allows(MASTODON, ItemKind.DM, ActionKind.DM_REPLY)


def test_item_commands_word_its_refusal(qtbot: QtBot, ws: Workspace,
                                        make_window: Callable[..., object]) -> None:
    window = make_window(ws, "Sanne")
    comment = ws.queue.detail(_items(ws)[ItemKind.COMMENT]).item
    reason = window.commands.why_not(ActionKind.HIDE, [comment])  # type: ignore[attr-defined]
    assert reason == "Mastodon staat dit niet toe bij een reactie."


def test_compose_counts_the_way_it_counts(qtbot: QtBot, ws: Workspace) -> None:
    comment = ws.queue.detail(_items(ws)[ItemKind.COMMENT]).item
    dlg = ComposeDialog(ComposeContext(ActionKind.REPLY, (comment,)))
    qtbot.addWidget(dlg)
    dlg.editor.setPlainText("Dank je wel! 🙏")  # 14 characters, 17 bytes
    counted = dlg.limit()
    assert counted is not None and counted[0] == 17 and counted[1].length == 20
    assert dlg._counter.text() == "17 tekens van 20"
    note = ComposeDialog(ComposeContext(ActionKind.NOTE, (comment,)))
    qtbot.addWidget(note)
    assert note.limit() is None  # an internal note is not sent: no platform limit
