"""Long jobs in a child process (``ui.jobs``): results, progress, errors and cancel."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from moderator.storage.engine import DB_FILE
from tests.helpers.workspaces import make_item
from ui.jobs import Job, JobError

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace


def run_job(qtbot: QtBot, ws: Any, job: str, args: list[str] | None = None,
            ) -> tuple[list[Any], list[Any], list[Any]]:
    progress: list[Any] = []
    results: list[Any] = []
    errors: list[Any] = []
    j = Job(None, ws, job, args).on_progress(progress.append).success(results.append) \
        .failure(errors.append)
    with qtbot.waitSignal(j.finished, timeout=60_000):
        j.run()
    return progress, results, errors


def test_score_without_a_model_is_a_normal_result(qtbot: QtBot, demo_ws: Workspace) -> None:
    _, results, errors = run_job(qtbot, demo_ws, "score")
    assert errors == []
    assert results == [{"model": "", "scored": 0, "from_cache": 0, "runtime": "", "by_model": {}}]


def test_sync_reports_each_account(qtbot: QtBot, demo_ws: Workspace) -> None:
    progress, results, errors = run_job(qtbot, demo_ws, "sync")
    assert errors == []
    names = {f"{a.platform.value}/{a.name}" for a in demo_ws.accounts.list()}
    assert {p["account"] for p in progress if p["finished"]} == names
    assert {r["account"] for r in results[0]["accounts"]} == names
    assert results[0]["cancelled"] is False


def test_a_broken_workspace_is_one_clear_error(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / DB_FILE).write_bytes(b"this is not a database" * 100)
    ws = SimpleNamespace(directory=folder, url="")
    _, results, errors = run_job(qtbot, ws, "sync")
    assert results == []
    assert len(errors) == 1 and isinstance(errors[0], JobError)
    assert "Traceback" not in str(errors[0]) and "\n" not in str(errors[0])


def test_a_crashed_job_says_how_it_ended(qtbot: QtBot, tmp_path: Path) -> None:
    ws = SimpleNamespace(directory=tmp_path, url="")
    _, results, errors = run_job(qtbot, ws, "no-such-job")
    assert results == []
    assert "achtergrondtaak gestopt" in str(errors[0])
    assert "invalid choice" in str(errors[0])  # the last line the process wrote


def test_cancel_stops_a_running_job(qtbot: QtBot, demo_ws: Workspace) -> None:
    results: list[Any] = []
    errors: list[Any] = []
    j = Job(None, demo_ws, "sync").success(results.append).failure(errors.append)
    j.run()
    time.sleep(0.05)
    with qtbot.waitSignal(j.finished, timeout=30_000):
        j.cancel()
    assert j.cancelled and not j.is_running()
    # Either the job stopped at its next page and said so, or the signal ended it first.
    assert (results and results[0]["cancelled"]) or errors


def test_a_team_database_job_gets_its_url_from_the_environment(
    qtbot: QtBot, any_ws: Workspace,
) -> None:
    # PostgreSQL: no folder, so the child opens MODERATOR_DATABASE_URL (never argv).
    any_ws.ingest.upsert([make_item(1), make_item(2)])
    _, results, errors = run_job(qtbot, any_ws, "sync")
    assert errors == [] and results[0]["accounts"]  # the ingested account, no token
    assert results[0]["accounts"][0]["error"]  # a clear per-account error, no crash
