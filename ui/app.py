"""Composition root of the desktop app: QApplication, translations, workspace, main window."""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from moderator.errors import ModeratorError
from moderator.settings import WorkspaceSettings
from moderator.templates import TemplateStore
from moderator.workspace import Workspace
from ui import gc_main, i18n, style
from ui.errors import describe
from ui.jobs import Job
from ui.main_window import MainWindow

if TYPE_CHECKING:
    import argparse

HEAP_SETTLE_MS = 1500  # after the first rows are shown
RETENTION_DELAY_MS = 3000  # the purge on start waits until the window is settled


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as in tests), styled."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Meta's login runs in a QtWebEngine view (ui/accounts/meta_login.py), which wants
        # shared OpenGL contexts set before the application exists.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Moderator")
    app.setOrganizationName("Moderator")
    app.setApplicationDisplayName("Moderator")
    app.setDesktopFileName("moderator")
    style.apply(app)
    return app


def open_window(ws: Workspace, moderator_name: str | None = None,
                lang: str | None = None) -> MainWindow:
    """Build the main window for a workspace and start loading."""
    i18n.set_address(TemplateStore(WorkspaceSettings(ws.db)).address())  # u or je
    i18n.install(i18n.default_language(lang, str(QSettings().value("ui/language", ""))))
    me = ws.moderators.current(moderator_name)
    window = MainWindow(ws, me)
    window.start()
    return window


def settle_heap() -> None:
    """Move the start-up objects (modules, widgets, ORM metadata) out of the collector's way.

    A full collection walks every tracked object: ~100,000 after start-up, 55 ms with
    the interpreter lock held, on whatever thread triggers it, so the GUI froze for that
    long every so often. Frozen objects are skipped by later collections (still freed by
    reference counting); only what the session creates afterwards is walked. No collection
    first: that would be the very pause this avoids (start-up garbage cycles stay, a few
    hundred kB at most).
    """
    gc.freeze()


def run(args: argparse.Namespace) -> int:
    """Run the app for the CLI's parsed arguments; returns the exit code.

    Process-wide tuning lives here, not in ``make_app`` (tests build apps too): worker
    threads run Python, so a shorter GIL switch interval keeps the GUI thread's waits for
    the lock short (the default is 5 ms per contender), and the start-up heap is frozen
    once the first rows are shown. Cyclic garbage is collected on the GUI thread only.
    """
    sys.setswitchinterval(0.001)
    app = make_app()
    gc_main.install(app)  # a widget must never be freed by a collection on a worker thread
    try:
        ws = Workspace.open(workspace=getattr(args, "workspace", None),
                            database=getattr(args, "database", None))
    except ModeratorError as e:
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            sentence, details = describe(e)
            box = QMessageBox(QMessageBox.Icon.Critical, "Moderator", sentence)
            box.setTextFormat(Qt.TextFormat.PlainText)  # the sentence may quote a path
            box.setDetailedText(details)
            box.exec()
        print(f"moderator: {e}", file=sys.stderr)
        return e.exit_code
    try:
        window = open_window(ws, getattr(args, "moderator_name", None),
                             getattr(args, "lang", None))
        window.show()
        QTimer.singleShot(HEAP_SETTLE_MS, settle_heap)
        # The retention purge runs on start (in a child process: never on the GUI thread).
        QTimer.singleShot(RETENTION_DELAY_MS, lambda: Job(window, ws, "retention").run())
        return int(app.exec())
    finally:
        ws.close()
