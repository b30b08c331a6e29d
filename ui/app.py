"""Composition root of the desktop app: QApplication, translations, workspace, main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from moderator.errors import ModeratorError
from moderator.workspace import Workspace
from ui import i18n, style
from ui.widgets.main_window import MainWindow

if TYPE_CHECKING:
    import argparse


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as in tests), styled."""
    # Workers run Python too; a shorter GIL switch interval keeps the GUI thread's
    # waits for the GIL short (the default is 5 ms per contender).
    sys.setswitchinterval(0.001)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
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
    i18n.install(i18n.default_language(lang, str(QSettings().value("ui/language", ""))))
    me = ws.moderators.current(moderator_name)
    window = MainWindow(ws, me)
    window.start()
    return window


def run(args: argparse.Namespace) -> int:
    """Run the app for the CLI's parsed arguments; returns the exit code."""
    app = make_app()
    try:
        ws = Workspace.open(workspace=getattr(args, "workspace", None),
                            database=getattr(args, "database", None))
    except ModeratorError as e:
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.critical(None, "Moderator", str(e))
        print(f"moderator: {e}", file=sys.stderr)
        return e.exit_code
    try:
        window = open_window(ws, getattr(args, "moderator_name", None),
                             getattr(args, "lang", None))
        window.show()
        return int(app.exec())
    finally:
        ws.close()
