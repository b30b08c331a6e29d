"""``moderator account connect`` headless against a fake of Google's installed-app OAuth and
the YouTube Data API, then ``moderator sync`` through an expiring token, as subprocesses
with a file keyring; finally no token or secret appears in any workspace file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.auth.test_google_youtube import channel
from tests.fakes.oauth import Hosted, OAuthApp, browser_consent
from tests.fakes.server import FakeServer
from tests.helpers.cli import ROOT, run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    return {"PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.FileKeyring",
            "MODERATOR_TEST_KEYRING": str(tmp_path / "keyring.json")}


def test_headless_connect_then_sync_through_an_expiring_token(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    env = _env(tmp_path)
    auth, yt = OAuthApp("google"), channel(threads=150)
    with FakeServer(Hosted(auth, yt), token="unused") as server:
        api = f"{server.url}/youtube/v3"
        proc = subprocess.Popen(
            [sys.executable, "-m", "moderator.cli", "account", "connect", "--workspace", ws,
             "--platform", "youtube", "--name", "YouTube", "--client-id", auth.client_id,
             "--client-secret-stdin", "--auth-base", server.url, "--api-base", api,
             "--no-browser", "--timeout", "60"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env}, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(auth.client_secret + "\n")
        proc.stdin.close()
        url = proc.stdout.readline().strip()
        assert url.startswith(f"{server.url}/o/oauth2/v2/auth?")  # alone on its line
        browser_consent(url)
        assert proc.wait(timeout=60) == 0
        assert proc.stderr is not None
        err = proc.stderr.read()
        assert "connected: youtube/YouTube = Gemeente Test (UCgemeente)" in err

        listed = run_cli("account", "list", "--workspace", ws, env=env)
        assert "\tyoutube\tYouTube\tUCgemeente\t" in listed.stdout and "\tok\t" in listed.stdout

        auth.expire_after_calls = 3  # the hour runs out in the middle of the sync
        synced = run_cli("sync", "--workspace", ws, env=env)
        assert synced.returncode == 0, synced.stderr
        total = len(yt.comments)
        assert f"{total} items, {total} new" in synced.stdout
        grants = [p["grant_type"] for name, p in auth.log if name == "token"]
        assert grants == ["authorization_code", "refresh_token"]

        secrets = [*auth.issued, *auth.refresh_tokens, auth.client_secret]
    files = [p for p in Path(ws).rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret[:8]}… found in {path.name}"


def test_token_stdin_replaces_a_login_and_clears_reconnect(tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    env = _env(tmp_path)
    added = run_cli("account", "add", "--workspace", ws, "--platform", "x", "--name", "X",
                    "--external-id", "111", "--token-stdin", env=env, stdin="OLD\n")
    assert added.returncode == 0, added.stderr
    from moderator.workspace import Workspace

    with Workspace.open(workspace=ws) as w:
        w.accounts.mark_reconnect(w.accounts.get("X").id)
    listed = run_cli("account", "list", "--workspace", ws, env=env)
    assert "reconnect-needed" in listed.stdout
    done = run_cli("account", "token", "X", "--workspace", ws, "--token-stdin", env=env,
                   stdin="NEW-TOKEN\n")
    assert done.returncode == 0, done.stderr
    listed = run_cli("account", "list", "--workspace", ws, env=env)
    assert "reconnect-needed" not in listed.stdout
    assert "NEW-TOKEN" in (tmp_path / "keyring.json").read_text()
