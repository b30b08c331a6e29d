"""Scaling: at 150 % and 200 % on a 1280 by 720 desk every screen fits and every text has
room (offscreen renders, checked widget by widget); queue columns keep a minimum and
are remembered."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tools import layout_check
from ui.triage.queue_model import Column
from ui.triage.queue_view import WIDTHS_KEY

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_every_screen_fits_and_no_text_is_cut_off(scale: float, demo_template: Path,
                                                   tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    shutil.copytree(demo_template, folder)
    out = tmp_path / "found.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "layout_check.py"),
                           "--scale", str(scale), "--workspace", str(folder), "--json", str(out)],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    found = json.loads(out.read_text())
    assert found["scale"] == scale
    assert found["screen"] == [1280, 720]  # logical pixels: 1920x1080 or 2560x1440 real
    assert found["window"][0] <= 1280 and found["window"][1] <= 720
    assert found["problems"] == [], done.stdout
    assert done.returncode == 0


def test_the_check_sees_cut_off_text(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    label, button = QLabel("Een lange tekst die niet past"), QPushButton("Ook veel te lang")
    for w in (label, button):
        w.setFixedWidth(40)
        lay.addWidget(w)
    box.show()
    problems = layout_check.clipped(box)
    assert len(problems) == 2 and "QLabel" in problems[0] and "QPushButton" in problems[1]


def test_queue_columns_keep_a_minimum_and_are_remembered(qtbot: QtBot, demo_ws,  # type: ignore[no-untyped-def]
                                                         make_window) -> None:
    window = make_window(demo_ws)
    queue = window.triage.queue
    hh = queue.horizontalHeader()
    least = queue.minimum_width(Column.CLAIMED)
    assert least >= hh.fontMetrics().horizontalAdvance("Opgepakt door")
    hh.resizeSection(Column.CLAIMED, 10)
    assert hh.sectionSize(Column.CLAIMED) == least
    hh.resizeSection(Column.AUTHOR, 180)
    qtbot.waitUntil(lambda: QSettings().value(WIDTHS_KEY) is not None
                    and int(QSettings().value(WIDTHS_KEY)[Column.AUTHOR]) == 180, timeout=3000)
    again = make_window(demo_ws)
    assert again.triage.queue.columnWidth(Column.AUTHOR) == 180
