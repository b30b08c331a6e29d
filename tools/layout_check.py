"""Open every screen at a display scale offscreen and report text that does not fit.

    python tools/layout_check.py --scale 2 [--workspace DIR] [--json OUT]

The screen is 1280 by 720 logical pixels at every scale (1920 by 1080 at 150 %, 2560 by
1440 at 200 %), the smallest desk the app supports. For the main window (every tab), the
settings and the accounts dialog it checks that the window fits the screen and that each
visible label, button, tab and column header has room for its text. Prints one line per
problem (exit 1 when there are any); ``--json`` writes them for tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LOGICAL = (1280, 720)

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QHeaderView,
        QLabel,
        QScrollArea,
        QTabBar,
        QWidget,
    )


def screen_env(scale: float, folder: Path) -> dict[str, str]:
    """Environment for an offscreen Qt with one LOGICAL-sized screen at ``scale``."""
    config = folder / "screen.json"
    width, height = (round(v * scale) for v in LOGICAL)
    config.write_text(json.dumps({"screens": [{
        "name": "desk", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBpi": 96, "dpr": 1}]}))
    return {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale)}


def _configure(scale: float, folder: Path) -> None:
    """Set up that screen for this process (before Qt starts)."""
    os.environ.update(screen_env(scale, folder))


def _label(w: QLabel) -> str | None:
    from PySide6.QtCore import Qt

    if not w.text() or not w.pixmap().isNull() or _elides(w):
        return None
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        return f"wraps to {need} px in {w.height()}" if need > w.height() + 1 else None
    if w.textFormat() == Qt.TextFormat.RichText or "<" in w.text():
        return None
    room = w.contentsRect().width() - 2 * max(0, w.indent()) - 2 * w.margin()
    need = max(w.fontMetrics().horizontalAdvance(line) for line in w.text().splitlines() or [""])
    return f"needs {need} px, has {room}" if need > room + 1 else None


def _button(w: QAbstractButton) -> str | None:
    need = w.sizeHint().width()
    return f"needs {need} px, has {w.width()}" if w.text() and need > w.width() + 1 else None


def _tabs(w: QTabBar) -> list[str]:
    return [f"tab {w.tabText(i)!r} cut off" for i in range(w.count())
            if w.tabSizeHint(i).width() > w.tabRect(i).width() + 1]


def _columns(w: QHeaderView) -> list[str]:
    from PySide6.QtCore import Qt

    model = w.model()
    out = []
    for c in range(w.count()):
        text = model.headerData(c, w.orientation()) if model is not None else None
        if w.orientation() != Qt.Orientation.Horizontal or w.isSectionHidden(c) or not text:
            continue
        need = w.sectionSizeFromContents(c).width()
        if need > w.sectionSize(c) + 1:
            out.append(f"column {text!r} needs {need} px, has {w.sectionSize(c)}")
    return out


def _scrolled_off(w: QScrollArea) -> str | None:
    """Content wider than a scroll area that cannot scroll sideways is cut off."""
    from PySide6.QtCore import Qt

    inner = w.widget()
    if inner is None or w.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return None
    room = w.viewport().width()
    return f"content {inner.width()} px wide in {room}" if inner.width() > room + 1 else None


def clipped(root: QWidget) -> list[str]:
    """Visible texts under ``root`` with less room than they need (one line each)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QHeaderView,
        QLabel,
        QScrollArea,
        QTabBar,
        QWidget,
    )

    out = []
    where = root.objectName() or type(root).__name__
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
            continue
        name = f"{where}: {type(w).__name__} {w.objectName()}".rstrip()
        found: list[str | None] = []
        if isinstance(w, QLabel):
            found = [_label(w)]
        elif isinstance(w, QAbstractButton):
            found = [_button(w)]
        elif isinstance(w, QTabBar):
            found = list(_tabs(w))
        elif isinstance(w, QHeaderView):
            found = list(_columns(w))
        elif isinstance(w, QScrollArea):
            found = [_scrolled_off(w)]
        getter = getattr(w, "text", None)  # a panel may keep a child widget called "text"
        text = getter() if callable(getter) else ""
        out += [f"{name} {str(text)[:40]!r}: {f}" for f in found if f]
    return out


def _elides(label: QWidget) -> bool:
    """Labels that shorten their text on purpose (with … and the whole text as tooltip)."""
    return bool(label.property("elides"))


def outside(window: QWidget) -> list[str]:
    """The window does not fit on its screen."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        return [f"{window.objectName() or type(window).__name__}: {frame.width()} by "
                f"{frame.height()} on a {screen.width()} by {screen.height()} screen"]
    return []


def run(folder: Path, *, made: bool) -> dict[str, object]:
    """Open the demo workspace at ``folder`` (made first when ``made``) and check it."""
    from PySide6.QtCore import QSettings

    from tools.screenshots import make_workspace, pick_row, settle, wait_until
    from ui import app as ui_app
    from ui import panels

    app = ui_app.make_app()
    QSettings().clear()
    if made:
        make_workspace(folder).close()
    from moderator.workspace import Workspace

    ws = Workspace.open(workspace=folder)
    problems: list[str] = []
    try:
        window = ui_app.open_window(ws, "Sanne de Vries", "nl")
        window.show()
        wait_until(lambda: window.triage.model.rowCount() > 0)
        pick_row(window)  # an item with a rule card and context: the fullest detail
        wait_until(lambda: window.triage.detail.detail is not None)
        settle()
        problems += outside(window)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(1.0 if index else 0.3)
            problems += [f"tab {window.tabs.tabText(index)}: {p}" for p in clipped(window)]
        window.tabs.setCurrentIndex(0)
        for spec in panels.DIALOGS:
            dlg = window.open_dialog(spec)
            if dlg is None:
                continue
            settle(0.8)
            problems += outside(dlg) + clipped(dlg)
            dlg.close()
        size = window.size()
        result: dict[str, object] = {
            "scale": app.primaryScreen().devicePixelRatio(),
            "screen": [app.primaryScreen().size().width(), app.primaryScreen().size().height()],
            "window": [size.width(), size.height()], "problems": sorted(set(problems))}
        window.close()
    finally:
        ws.close()
    return result


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the check, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--workspace", type=Path, help="a demo workspace (else one is made)")
    parser.add_argument("--json", type=Path, help="write the findings here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        _configure(args.scale, Path(tmp))
        found = run(args.workspace or Path(tmp) / "demo", made=args.workspace is None)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1))
    for line in found["problems"]:
        print(line)
    return 1 if found["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
