"""The loop closed, end to end: the real app (offscreen) and a local fake Graph API.

Hide, warn and reply in the UI; the app's own delivery job (a child process running the
worker loop) sends each to the platform exactly once within 10 s, with no CLI involved,
and the item shows *verzonden*. A failure the fake injects shows *mislukt* with the Dutch
reason, is listed under "Mislukt", and goes out on "Opnieuw proberen".
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import keyring
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.items import Platform
from moderator.secrets import KeyringStore, account_key
from moderator.sync import SyncService
from tests.fakes.graph import GraphApp, V
from tests.fakes.keyring_backend import FileKeyring
from tests.fakes.server import FakeServer, Resp
from tests.ui.test_app_keyboard import activate, current, press, wait_detail_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from moderator.workspace import Workspace

TOKEN = "TOKEN-abc123"
TEXTS = ("Wat een idioot ben jij", "Bel me: 06-12345678", "Wanneer gaat de weg weer open?",
         "Mooi plan!", "Klopt de planning nog?", "Goed werk van de gemeente")


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A keyring the app's child process reads too (a JSON file; tests only)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fakes.keyring_backend.FileKeyring")
    monkeypatch.setenv("MODERATOR_TEST_KEYRING", str(tmp_path / "keyring.json"))
    old = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield
    keyring.set_keyring(old)


def _within(qtbot, what: Callable[[], bool], seconds: float) -> float:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    qtbot.waitUntil(what, timeout=int(seconds * 1000))
    return time.monotonic() - start


def _select(triage, item_id: int) -> None:  # type: ignore[no-untyped-def]
    """Click one row (the selection is that row only)."""
    flags = QItemSelectionModel.SelectionFlag
    triage.queue.selectionModel().setCurrentIndex(
        triage.model.index(triage.model.row_of(item_id), 0), flags.ClearAndSelect | flags.Rows)


@pytest.mark.slow
def test_hide_warn_reply_in_the_app_reach_the_platform_once(  # type: ignore[no-untyped-def]  # noqa: PLR0915
        qtbot, tmp_path, open_ws, make_window, file_keyring) -> None:
    app = GraphApp()
    post = app.add_post("Werkzaamheden N210", datetime.now(UTC) - timedelta(hours=2))
    ext = {t: app.add_comment(post, t, datetime.now(UTC) - timedelta(minutes=60 - n),
                              (f"u{n}", f"Inwoner {n}")) for n, t in enumerate(TEXTS)}
    with FakeServer(app, token=TOKEN) as server:
        ws: Workspace = open_ws(tmp_path / "ws")
        acc = ws.accounts.add(Platform.FACEBOOK, "Gemeente", app.page_id,
                              api_base=f"{server.url}/{V}")
        KeyringStore().set(account_key(acc.id), TOKEN)
        SyncService(ws.ingest, ws.cursors,
                    lambda a: FacebookConnector(a, TOKEN, HttpOptions(timeout=5))).run([acc])
        window = make_window(ws)
        activate(qtbot, window)
        triage, detail = window.triage, window.triage.detail
        qtbot.waitUntil(lambda: window.delivery.sends_here, timeout=10_000)

        # w on the insult (first: the most severe), with the rule's template; Ctrl+Enter
        assert current(window).text == TEXTS[0]
        press(qtbot, window, Qt.Key.Key_W)
        qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
        warn_text = window.commands.dialog.editor.toPlainText()
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            qtbot.keyClick(window.commands.dialog.editor, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
        took = [_within(qtbot, lambda: app.applied["reply", warn_text] == 1, 10)]

        # h on the next item
        qtbot.waitUntil(lambda: current(window).text != TEXTS[0], timeout=5000)
        hidden = current(window)
        # regression: Ctrl (of Ctrl+Enter) still down kept the warned row selected too
        assert [s.id for s in triage.selected_summaries()] == [hidden.id]
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            press(qtbot, window, Qt.Key.Key_H)
        took.append(_within(qtbot, lambda: app.applied["hide", ext[hidden.text]] == 1, 10))

        # r on the next one, typed text
        qtbot.waitUntil(lambda: current(window).id != hidden.id, timeout=5000)
        replied = current(window)
        press(qtbot, window, Qt.Key.Key_R)
        qtbot.waitUntil(lambda: window.commands.dialog is not None, timeout=5000)
        dlg = window.commands.dialog
        dlg.editor.setPlainText("Dank u voor uw vraag; we zoeken het uit.")
        reply_text = dlg.editor.toPlainText()
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            qtbot.keyClick(dlg.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        took.append(_within(qtbot, lambda: app.applied["reply", reply_text] == 1, 10))

        # the item (now under "Afgehandeld") shows "verzonden" with the platform's answer
        window.built["filter.handled"].trigger()
        qtbot.waitUntil(lambda: triage.model.row_of(replied.id) >= 0, timeout=5000)
        _select(triage, replied.id)
        wait_detail_of(qtbot, window, replied.id)
        qtbot.waitUntil(lambda: "verzonden" in detail.visible_text(), timeout=10_000)

        # an injected refusal: "mislukt" with the Dutch reason, under "Mislukt", then retry
        window.built["filter.open"].trigger()
        qtbot.waitUntil(lambda: triage.model.rowCount() == 3, timeout=5000)
        target = next(s for r in range(triage.model.rowCount())
                      if (s := triage.model.summary(r)) is not None and s.text == TEXTS[4])
        server.override("POST", f"/{ext[target.text]}", Resp(400, {"error": {
            "message": "(#368) The action attempted has been deemed abusive", "code": 368}}),
            times=1)
        _select(triage, target.id)
        wait_detail_of(qtbot, window, target.id)
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            press(qtbot, window, Qt.Key.Key_H)
        window.built["filter.failed"].trigger()
        qtbot.waitUntil(lambda: triage.model.rowCount() == 1
                        and triage.model.item_id(0) == target.id, timeout=15_000)
        qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.item.id == target.id
                        and "mislukt: het platform staat dit niet toe" in detail.visible_text(),
                        timeout=10_000)
        # the sidebar recounts on a worker after the delivery reports: wait for it
        qtbot.waitUntil(lambda: triage.filters.count_of("filter:failed") == 1, timeout=10_000)
        assert app.applied["hide", ext[target.text]] == 0
        retry = detail.findChild(QPushButton, "deliveryRetry")
        assert retry is not None
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: app.applied["hide", ext[target.text]] == 1, timeout=10_000)
        qtbot.waitUntil(lambda: "verzonden" in detail.visible_text()
                        and "mislukt" not in detail.visible_text(), timeout=10_000)
    sent = {k: v for k, v in app.applied.items() if k[0] in ("hide", "reply")}
    assert sent == {("reply", warn_text): 1, ("hide", ext[hidden.text]): 1,
                    ("reply", reply_text): 1, ("hide", ext[target.text]): 1}
    assert max(took) < 10
    print(f"\nwarn, hide, reply reached the platform in {', '.join(f'{t:.1f}' for t in took)} s")
