"""UI fixtures: a demo workspace (copied per test from one made per session) and the app."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from moderator.demo import create_demo
from moderator.workspace import Workspace
from tests.helpers import stub_rules

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

SANNE = "Sanne de Vries"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, made once per session with a rule set active."""
    folder = tmp_path_factory.mktemp("demo") / "ws"
    ws = Workspace.open(workspace=folder)
    stub_rules.install(ws)  # only if no real rule set is active
    create_demo(ws)
    ws.close()
    return folder


def _wait_for_workers() -> None:
    from ui import tasks

    for pool in (tasks.readers(), tasks.writer(), tasks.slow()):
        pool.waitForDone(10_000)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Let background ops finish before pytest-qt closes the test's widgets.

    pytest-qt closes them in its own teardown hook, inside this one and before any
    fixture's teardown, so a fixture would wait too late.
    """
    _wait_for_workers()
    return (yield)


@pytest.fixture(autouse=True)
def _drain_workers(qtbot, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Collect garbage on the GUI thread only, as the app does, while workers may run."""
    from ui import gc_main

    gc_main.install(qapp)
    yield
    _wait_for_workers()
    qtbot.wait(20)
    gc_main.uninstall()


@pytest.fixture
def open_ws(tmp_path: Path) -> Iterator[Callable[[Path], Workspace]]:
    """Open workspaces that are closed after the test."""
    opened: list[Workspace] = []

    def _open(folder: Path) -> Workspace:
        ws = Workspace.open(workspace=folder)
        stub_rules.install(ws)
        opened.append(ws)
        return ws

    yield _open
    for ws in opened:
        ws.close()


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path, open_ws: Callable[[Path], Workspace],
            ) -> Workspace:
    """A private copy of the demo workspace."""
    folder = tmp_path / "ws"
    shutil.copytree(demo_template, folder)
    return open_ws(folder)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """QSettings in a temporary folder, Dutch UI, no leftover default failure handler."""
    QCoreApplication.setOrganizationName("ModeratorTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    from ui import i18n, style

    style.apply(qapp)
    i18n.install("nl")
    yield
    i18n.install("nl")
    from ui.tasks import Op

    Op.default_failure = None


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """Open the main window on a workspace, wait for the first rows and the detail."""
    from ui.app import open_window

    windows = []

    def _make(ws: Workspace, name: str = SANNE):  # type: ignore[no-untyped-def]
        window = open_window(ws, name, "nl")
        qtbot.addWidget(window)
        window.resize(1480, 900)
        window.show()
        qtbot.waitUntil(lambda: window.triage.model.rowCount() > 0, timeout=10_000)
        qtbot.waitUntil(lambda: window.triage.detail.detail is not None, timeout=10_000)
        windows.append(window)
        return window

    yield _make
    from ui.tasks import readers, writer

    readers().waitForDone(5000)
    writer().waitForDone(5000)
