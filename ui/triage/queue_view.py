"""The queue table: a virtualised QTableView whose rows are drawn as cached pixmaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui import style
from ui.triage.queue_model import Column, QueueTableModel
from ui.triage.queue_rows import RowPixmaps

if TYPE_CHECKING:
    from moderator.items import ItemId

ROW_HEIGHT = 36
_WIDTHS = {Column.PLATFORM: 30, Column.ACCOUNT: 104, Column.KIND: 62, Column.AUTHOR: 100,
           Column.FLAGS: 104, Column.TOXICITY: 74, Column.AGE: 50, Column.STATUS: 94,
           Column.CLAIMED: 52}


class QueueView(QTableView):
    """The queue table; rows are painted only when visible (uniform heights)."""

    first_rows_painted = Signal()

    def __init__(self, model: QueueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueView")
        self.setModel(model)
        self._rows = RowPixmaps()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)  # fixed heights: no per-row size queries
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setMinimumSectionSize(30)
        for col in Column:
            if col == Column.TEXT:
                hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(col, _WIDTHS[col])
        self._painted_rows = False
        self._surface = QColor(style.SURFACE)
        self._selected = QColor(style.SELECTION)
        self._anchor: tuple[ItemId, int] | None = None
        model.modelReset.connect(self._on_reset)
        model.layoutAboutToBeChanged.connect(self._remember_top)
        model.layoutChanged.connect(self._restore_top)

    def queue_model(self) -> QueueTableModel:
        """The model (typed)."""
        model = self.model()
        assert isinstance(model, QueueTableModel)
        return model

    def current_item(self) -> ItemId | None:
        """The item under the cursor."""
        idx = self.currentIndex()
        return self.queue_model().item_id(idx.row()) if idx.isValid() else None

    def selected_items(self) -> list[ItemId]:
        """The selected items in queue order (the current one if nothing is selected)."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        model = self.queue_model()
        ids = [i for r in rows if (i := model.item_id(r)) is not None]
        if not ids and (cur := self.current_item()) is not None:
            ids = [cur]
        return ids

    def go_to_row(self, row: int) -> bool:
        """Make ``row`` current and selected; False when there is no such row."""
        model = self.queue_model()
        if not 0 <= row < model.rowCount():
            return False
        idx = model.index(row, Column.PLATFORM)  # column 0: never scrolls sideways
        # Only this row: setCurrentIndex would read the keyboard's modifiers, and a Ctrl
        # still held from Ctrl+Enter (submitting a reply) kept the previous row selected,
        # so the next "verbergen" hid both.
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(idx, flags.ClearAndSelect | flags.Rows)
        self.scrollTo(idx)
        return True

    def step(self, step: int) -> bool:
        """Next (+1) or previous (-1) row; at the end, ask for the next page."""
        model = self.queue_model()
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        target = row + step
        if target >= model.rowCount() - 5 and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        return self.go_to_row(max(0, target) if row >= 0 or step > 0 else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Qt override."""
        # Letters are the window's action shortcuts; the table must not keyboard-search.
        if event.text().isalpha() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            event.ignore()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Qt override: each visible row is one cached pixmap (see ``queue_rows``)."""
        model = self.queue_model()
        viewport = self.viewport()
        area = event.rect()
        painter = QPainter(viewport)
        count = model.rowCount()
        if count:
            first = max(0, self.rowAt(area.top()))
            last = self.rowAt(area.bottom())
            last = count - 1 if last < 0 else last
            columns = self._columns()
            height = self.verticalHeader().defaultSectionSize()
            ratio = viewport.devicePixelRatioF()
            selection = self.selectionModel()
            width = viewport.width()
            for row in range(first, last + 1):
                summary, cells = model.summary(row), model.cells(row)
                if summary is None or cells is None:
                    continue
                y = self.rowViewportPosition(row)
                chosen = selection.isRowSelected(row, QModelIndex())
                background = self._selected if chosen else self._surface
                pm = self._rows.get(summary, cells, columns, height=height, font=self.font(),
                                    ratio=ratio, background=background)
                painter.drawPixmap(0, y, pm)
                if pm.width() / ratio < width:  # past the last column
                    painter.fillRect(int(pm.width() / ratio), y, width, height, background)
            below = self.rowViewportPosition(last) + height
            if below < area.bottom():
                painter.fillRect(area.left(), below, area.width(), area.bottom() - below + 1,
                                 self._surface)
        else:
            painter.fillRect(area, self._surface)
        painter.end()
        if not self._painted_rows and count > 0:
            self._painted_rows = True
            self.first_rows_painted.emit()

    def _columns(self) -> tuple[tuple[int, int, int], ...]:
        header = self.horizontalHeader()
        return tuple((c, header.sectionViewportPosition(c), header.sectionSize(c))
                     for c in range(len(Column)) if not header.isSectionHidden(c))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: a new font or style draws every row again."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.PaletteChange):
            self._rows.clear()
        super().changeEvent(event)

    def _remember_top(self) -> None:
        """Before rows move (an in-place reload): the item at the top and where it is."""
        row = self.rowAt(0)
        item = self.queue_model().item_id(row) if row >= 0 else None
        self._anchor = (item, self.rowViewportPosition(row)) if item is not None else None

    def _restore_top(self) -> None:
        """After: the same item at the same height, whatever came in above it."""
        if self._anchor is None:
            return
        item, y = self._anchor
        self._anchor = None
        row = self.queue_model().row_of(item)
        if row >= 0:
            bar = self.verticalScrollBar()
            bar.setValue(row * self.verticalHeader().defaultSectionSize() - y)

    def _on_reset(self) -> None:
        self._painted_rows = False
