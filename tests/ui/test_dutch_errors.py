"""Errors people understand: every kind of error a moderator can meet reaches the UI as one
Dutch sentence saying what happened and what to do; the technical English stays behind
"Details". Each error is produced by the real code path that raises it."""

from __future__ import annotations

import re
import socket
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING

import keyring
import keyring.backends.fail
import pytest

import rules
from moderator import ruleset
from moderator.actions import ActionRequest
from moderator.capabilities import Refusal
from moderator.connectors.http import ApiClient, HttpOptions
from moderator.errors import ModeratorError
from moderator.items import ActionKind, ItemId
from moderator.query import QueueQuery
from moderator.secrets import KeyringStore
from moderator.settings import WorkspaceSettings
from moderator.storage.engine import DB_FILE
from moderator.workspace import Workspace
from rules import RuleError
from ui import errors
from ui.jobs import job_error
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

# Words that give English away in a Dutch sentence (Dutch shares none of them).
ENGLISH = re.compile(r"\b(the|is not|not|error|failed|cannot|network|unavailable|locked|"
                     r"corrupt|database is|does|allow|through|must|expired|token|keyring|"
                     r"HTTP|GET|POST|Traceback|Exception|Error)\b")


def raised(fn: Callable[[], object]) -> BaseException:
    try:
        fn()
    except (ModeratorError, RuleError) as e:
        return e
    raise AssertionError("nothing was raised")


def shown(qtbot: QtBot, error: BaseException) -> MessageBar:
    """The error as the UI shows it: in a message bar, the one place errors are worded."""
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_error(error)
    return bar


def assert_dutch(bar: MessageBar, start: str) -> None:
    text = bar.text()
    assert text.startswith(start), text
    assert not ENGLISH.search(text), text
    assert bar.details()  # the technical words are kept, behind Details


class _Status(BaseHTTPRequestHandler):
    status = 401

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def http_401() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Status)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_network_error(qtbot: QtBot) -> None:
    api = ApiClient("x/demo", f"http://127.0.0.1:{closed_port()}/", "secret-token",
                    options=HttpOptions(timeout=2, get_retries=0))
    error = raised(lambda: api.get("users/me"))
    api.close()
    bar = shown(qtbot, error)
    assert_dutch(bar, "Het platform is even niet bereikbaar")
    assert "network error" in bar.details() and "secret-token" not in bar.details()


def test_expired_token(qtbot: QtBot, http_401: str) -> None:
    api = ApiClient("x/demo", http_401, "old-token", options=HttpOptions(get_retries=0))
    error = raised(lambda: api.get("users/me"))
    api.close()
    assert_dutch(shown(qtbot, error), "De toegang tot het account is verlopen")


def test_platform_refusal(qtbot: QtBot, demo_ws: Workspace) -> None:
    demo_ws.set_capabilities(lambda p, k, a: Refusal.PLATFORM if a == ActionKind.HIDE else None)
    me = demo_ws.moderators.get("Sanne de Vries")
    item = demo_ws.queue.page(QueueQuery(), limit=1).items[0]
    error = raised(lambda: demo_ws.actions.perform(me, ActionRequest(ActionKind.HIDE,
                                                                     ItemId(item.id))))
    bar = shown(qtbot, error)
    assert_dutch(bar, bar.text().split(" ")[0])
    assert "biedt dit niet via de API" in bar.text()


BROKEN = "ruleset: test\nversion: '1'\nrules:\n  - id: R1\n    action: [oeps\n"


def test_rule_file_with_line_and_column(qtbot: QtBot, demo_ws: Workspace) -> None:
    lead = demo_ws.moderators.get("Fatima El Amrani")
    error = raised(lambda: ruleset.activate(demo_ws, lead, BROKEN))
    bar = shown(qtbot, error)
    assert_dutch(bar, "Het spelregelbestand klopt niet (regel 6, kolom 1)")  # where YAML gave up
    # The rule engine's own error reads the same, and each problem gets a Dutch sentence.
    engine = raised(lambda: rules.load(BROKEN))
    assert errors.sentence(engine) == bar.text()
    assert isinstance(engine, RuleError)
    meaning = errors.rule_problem(engine.problems[0].message)
    assert meaning.startswith("De opmaak klopt niet") and not ENGLISH.search(meaning)


def test_locked_database(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATOR_BUSY_TIMEOUT", "0.2")
    ws = Workspace.open(workspace=tmp_path / "ws")
    holder = sqlite3.connect(tmp_path / "ws" / DB_FILE)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = raised(lambda: WorkspaceSettings(ws.db).set("x", 1))
    finally:
        holder.rollback()
        holder.close()
        ws.close()
    assert_dutch(shown(qtbot, error), "De werkruimte is even bezet")


def test_corrupt_database(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_FILE).write_bytes(b"dit is geen database " * 400)
    error = raised(lambda: Workspace.open(workspace=folder))
    assert_dutch(shown(qtbot, error), "De database van deze werkruimte is beschadigd")


def test_missing_keyring(qtbot: QtBot) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        error = raised(lambda: KeyringStore().get("x/demo"))
    finally:
        keyring.set_keyring(before)
    assert_dutch(shown(qtbot, error), "Deze computer heeft geen wachtwoordkluis")


def test_a_worker_error_keeps_its_code(qtbot: QtBot) -> None:
    error = job_error({"error": "x/demo: GET /users/me: network error (ConnectError)",
                       "code": "transient", "params": {}})
    assert_dutch(shown(qtbot, error), "Het platform is even niet bereikbaar")
    assert errors.code_sentence("auth_expired").startswith("De toegang tot het account")
