"""The queue's rows are drawn once into pixmaps and drawn again only when they change."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

from moderator.items import Status
from ui.triage.queue_rows import draw_row

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace


def _row_image(window: Any, row: int) -> QImage:
    view = window.triage.queue
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().grab().toImage().copy(0, rect.top(), view.viewport().width(),
                                                 rect.height())


def test_rows_are_reused_until_their_content_changes(qtbot: QtBot, demo_ws: Workspace,
                                                      make_window: Any) -> None:
    window = make_window(demo_ws)
    view, model = window.triage.queue, window.triage.model
    cells = model.cells(1)
    assert cells is model.cells(1)  # prepared once: the cache key for the row pixmap
    before = _row_image(window, 1)
    assert before == _row_image(window, 1)
    summary = model.summary(1)
    assert summary is not None and summary.status != Status.HIDDEN
    model.update_items([replace(summary, status=Status.HIDDEN)])
    assert model.cells(1) is not cells
    view.viewport().repaint()
    after = _row_image(window, 1)
    assert after != before  # "verborgen" pill, dimmed and italic


def test_selection_shows_under_the_row(qtbot: QtBot, demo_ws: Workspace,
                                       make_window: Any) -> None:
    window = make_window(demo_ws)
    view = window.triage.queue
    plain = _row_image(window, 2)
    view.go_to_row(2)
    view.viewport().repaint()
    selected = _row_image(window, 2)
    assert selected != plain
    x = view.viewport().width() - 4  # an empty corner of the row: the selection colour
    assert selected.pixelColor(x, 4).name().upper() == "#D6E4F5"
    assert plain.pixelColor(x, 4).name().upper() == "#FFFFFF"


def test_hostile_text_is_drawn_as_text(qtbot: QtBot, demo_ws: Workspace,
                                       make_window: Any) -> None:
    window = make_window(demo_ws)
    model = window.triage.model
    summary = model.summary(0)
    assert summary is not None
    hostile = replace(summary, text='<img src="http://127.0.0.1:9/x.png"><b>vet</b> \u202eabc'
                      + "Z\u0336\u0337" * 200, author_name="<a href='x'>n</a>")
    model.update_items([hostile])
    cells = model.cells(0)
    assert cells is not None
    assert cells[0][4].startswith('<img src="http://127.0.0.1:9/x.png"><b>vet</b>')
    header = window.triage.queue.horizontalHeader()
    columns = [(c, header.sectionViewportPosition(c), header.sectionSize(c))
               for c in range(model.columnCount())]
    pm = draw_row(hostile, cells, columns, height=36, font=window.font(), ratio=1.0)
    assert pm.width() == sum(w for _c, _x, w in columns) and pm.height() == 36


def test_holding_j_loads_only_the_detail_where_it_stops(qtbot: QtBot, demo_ws: Workspace,
                                                       make_window: Any) -> None:
    from PySide6.QtCore import Qt

    window = make_window(demo_ws)
    triage = window.triage
    shown: list[int] = []
    triage.detail_loaded.connect(lambda d: shown.append(int(d.item.id)))
    triage.queue.setFocus()
    for _ in range(6):  # key repeat: far quicker than the settle time
        qtbot.keyClick(triage.queue, Qt.Key.Key_J)
    target = triage.model.item_id(6)
    qtbot.waitUntil(lambda: target in shown, timeout=5000)
    assert triage.detail.detail is not None and triage.detail.detail.item.id == target
    assert len(shown) <= 2  # the first press may show its row; the rest settle once


def test_age_fits_the_narrow_column() -> None:
    from datetime import UTC, datetime, timedelta

    from ui.triage.queue_model import age_text

    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    assert age_text(now - timedelta(minutes=5), now) == "5 min"
    assert age_text(now - timedelta(hours=3), now) == "3 u"
    assert age_text(now - timedelta(days=2), now) == "2 d"
    assert age_text(now - timedelta(days=20), now) == \
        (now - timedelta(days=20)).astimezone().strftime("%d-%m")
    assert age_text(datetime(2025, 3, 1, 12, tzinfo=UTC), now) == "03-2025"


def test_reload_keeps_the_current_item_and_reuses_unchanged_rows(
    qtbot: QtBot, demo_ws: Workspace, make_window: Any,
) -> None:
    window = make_window(demo_ws)
    triage, model = window.triage, window.triage.model
    triage.queue.go_to_row(5)
    current = model.item_id(5)
    qtbot.waitUntil(lambda: triage.detail.detail is not None
                    and triage.detail.detail.item.id == current, timeout=5000)
    shown = triage.detail.detail
    kept_item, kept_cells = model.item_id(3), model.cells(3)
    # Someone else handles the item in row 2 meanwhile (outside this window).
    gone = model.summary(2)
    assert gone is not None
    me = demo_ws.moderators.current("Fatima El Amrani")
    from moderator.actions import ActionRequest
    from moderator.items import ActionKind

    demo_ws.actions.perform(me, ActionRequest(ActionKind.HANDLE, gone.id))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        window.refresh()
    assert resets == []  # in place: no reset, no "Laden…"
    assert model.row_of(gone.id) == -1  # handled: out of the open queue
    assert triage.queue.current_item() == current  # the moderator stays where they were
    assert model.row_of(current) == 4  # one row up, as the row above left
    assert triage.detail.detail is shown  # not rebuilt
    assert kept_item is not None and model.row_of(kept_item) == 2
    assert model.cells(2) is kept_cells  # unchanged row: prepared cells (and pixmap) reused
