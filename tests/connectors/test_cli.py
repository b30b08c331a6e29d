"""``moderator account|sync|import|outbox`` in-process (memory keyring) and as a subprocess."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from typing import TYPE_CHECKING

import keyring
import pytest

from moderator.actions import ActionRequest as Command
from moderator.cli import main
from moderator.items import ActionKind, Platform, Status
from moderator.workspace import Workspace
from tests.connectors.conftest import T0, TOKEN, serve
from tests.connectors.wsutil import stored
from tests.fakes.keyring_backend import MemoryKeyring
from tests.fakes.tiktok import TikTokApp
from tests.helpers.cli import run_cli

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(old)


def cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        rc = main(list(args))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return rc, out, err


def tiktok_app() -> TikTokApp:
    app = TikTokApp()
    vid = app.add_video("Afvalkalender", T0)
    for n in range(5):
        app.add_comment(vid, f"reactie {n}", T0 + timedelta(minutes=n), f"u{n}")
    return app


def test_account_lifecycle_sync_and_outbox(tmp_path: Path, memory_keyring: MemoryKeyring,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    ws_dir = str(tmp_path / "ws")
    w = ("--workspace", ws_dir)
    app = tiktok_app()
    with serve(app, "/open_api/v1.3") as server:
        base = server.api_base  # type: ignore[attr-defined]
        rc, out, _ = cli(capsys, "account", "add", *w, "--platform", "tiktok", "--name", "tt",
                         "--external-id", app.business, "--api-base", base, "--token-stdin",
                         stdin=TOKEN + "\n")
        assert rc == 0 and "added" in out
        assert memory_keyring.data == {("moderator", "account:1"): TOKEN}
        rc, out, _ = cli(capsys, "account", "list", *w)
        assert rc == 0 and "tiktok\ttt" in out and TOKEN not in out
        rc, out, _ = cli(capsys, "account", "test", *w, "tt")
        assert (rc, out.strip()) == (0, "ok: Gemeente Test")
        rc, out, _ = cli(capsys, "sync", *w, "--account", "tt")
        assert rc == 0 and "5 items, 5 new" in out
        with Workspace.open(workspace=ws_dir) as ws:
            item = stored(ws)[0]
            ws.actions.perform(ws.moderators.current("t"), Command(ActionKind.HIDE, item.id))
        rc, out, _ = cli(capsys, "outbox", "run", *w)
        assert rc == 0 and "1 sent" in out
        assert sum(n for (verb, _), n in app.applied.items() if verb == "hide") == 1
        server.expired = True
        rc, _, err = cli(capsys, "sync", *w, "--account", "tt")
        assert rc == 75 and "tiktok/tt" in err and "40105" in err and TOKEN not in err
        rc, out, _ = cli(capsys, "account", "remove", *w, "tt")
    assert rc == 0 and memory_keyring.data == {}
    for path in (tmp_path / "ws").iterdir():
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    with Workspace.open(workspace=ws_dir) as ws:
        assert ws.accounts.list() == [] or all(a.name != "tt" for a in ws.accounts.list())


def test_add_refuses_token_on_command_line_and_empty_stdin(
        tmp_path: Path, memory_keyring: MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    w = ("--workspace", str(tmp_path / "ws"))
    rc, _, err = cli(capsys, "account", "add", *w, "--platform", "x", "--name", "x1")
    assert rc != 0 and "--token-stdin" in err
    rc, _, err = cli(capsys, "account", "add", *w, "--platform", "x", "--name", "x1",
                     "--token-stdin", stdin="\n")
    assert rc != 0 and "no token" in err and memory_keyring.data == {}


def test_import_reports_bad_row_by_line_number(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "reacties.jsonl"
    f.write_text('{"external_id": "1", "text": "Goed plan", "author_name": "Ans", '
                 '"created_at": "2026-11-20T10:00:00+01:00"}\n'
                 '{"external_id": "2", "text": "kapot", "created_at": "gisteren"}\n'
                 '{"external_id": "3", "text": "Waarom?", "author_name": "Cor", '
                 '"created_at": "2026-11-20T10:05:00+01:00"}\n', encoding="utf-8")
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        ws.accounts.add(Platform.FACEBOOK, "pagina", "1000")
    rc, out, err = cli(capsys, "import", "--workspace", str(tmp_path / "ws"), str(f),
                       "--format", "jsonl", "--account", "pagina")
    assert rc == 0, err
    assert err.startswith(f"{f}:2: skipped") and err.count("skipped") == 1, err
    assert "2 items" in out and "1 rows skipped" in out
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        assert sorted(i.text for i in stored(ws)) == ["Goed plan", "Waarom?"]
        assert {i.status for i in stored(ws)} == {Status.NEW}


def test_subprocess_with_env_configured_backend_and_without_any(tmp_path: Path) -> None:
    app = tiktok_app()
    ring = tmp_path / "ring.json"
    env = {"PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.FileKeyring",
           "MODERATOR_TEST_KEYRING": str(ring)}
    w = ("--workspace", str(tmp_path / "ws"))
    with serve(app, "/open_api/v1.3") as server:
        add = ("account", "add", *w, "--platform", "tiktok", "--name", "tt", "--external-id",
               app.business, "--api-base", server.api_base,  # type: ignore[attr-defined]
               "--token-stdin")
        done = run_cli(*add, env=env, stdin=TOKEN + "\n")
        assert done.returncode == 0, done.stderr
        assert TOKEN in ring.read_text()  # it went to the configured keyring backend
        done = run_cli("sync", *w, env=env)
        assert done.returncode == 0 and "5 new" in done.stdout, done.stderr
        # no usable backend (the fail backend, as on headless Linux): clear error, no fallback
        none = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        done = run_cli(*add[:7], "tt2", *add[8:], env=none, stdin="other-token\n")
    assert done.returncode != 0
    assert "no usable system keyring" in done.stderr and "PYTHON_KEYRING_BACKEND" in done.stderr
    assert "other-token" not in done.stderr
    for path in (tmp_path / "ws").iterdir():
        if path.is_file():
            assert b"other-token" not in path.read_bytes() and TOKEN.encode() not in \
                path.read_bytes()
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        assert [a.name for a in ws.accounts.list()] == ["tt"]  # tt2 was not half-created
