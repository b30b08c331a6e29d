"""The queue table: a virtualised QTableView with a delegate for icons, chips and bars."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from moderator.items import ItemId, ItemSummary, Status
from moderator.query import OPEN_STATUSES
from ui import style, vocabulary
from ui.models.queue_model import SUMMARY_ROLE, Column, QueueTableModel

ROW_HEIGHT = 36
_WIDTHS = {Column.PLATFORM: 30, Column.ACCOUNT: 104, Column.KIND: 62, Column.AUTHOR: 100,
           Column.FLAGS: 104, Column.TOXICITY: 74, Column.AGE: 50, Column.STATUS: 94,
           Column.CLAIMED: 52}


DRAWN_COLUMNS = (Column.PLATFORM, Column.FLAGS, Column.TOXICITY, Column.STATUS)


class QueueDelegate(QStyledItemDelegate):
    """Paints the platform icon, rule chips, toxicity bar and status pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        """Qt override (only the four drawn columns use this delegate)."""
        s: ItemSummary | None = index.data(SUMMARY_ROLE)
        if s is None:
            super().paint(painter, option, index)
            return
        col = index.column()
        self._background(painter, option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = s.status not in OPEN_STATUSES
        if dim:
            painter.setOpacity(0.5)
        r = option.rect
        if col == Column.PLATFORM:
            if s.severity:  # a severity edge, so the worst rows stand out at a glance
                painter.fillRect(QRect(r.left(), r.top() + 3, 3, r.height() - 6),
                                 style.severity_colours(s.severity)[0])
            pm = style.platform_pixmap(s.platform, 18)
            painter.drawPixmap(r.center().x() - 9, r.center().y() - 9, pm)
        elif col == Column.FLAGS:
            self._chips(painter, option, s)
        elif col == Column.TOXICITY:
            self._toxicity(painter, option, s.toxicity)
        else:
            self._pill(painter, option, s.status)
        painter.restore()

    @staticmethod
    def _background(painter: QPainter, option: QStyleOptionViewItem) -> None:
        # Only the cell's panel (selection, hover): the option already carries the state,
        # so no initStyleOption and none of the eight data() calls it would make.
        widget = option.widget
        st = widget.style() if widget else None
        if st is not None:
            st.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                             widget)

    @staticmethod
    def _chips(painter: QPainter, option: QStyleOptionViewItem, s: ItemSummary) -> None:
        fm = option.fontMetrics
        strong, soft = style.severity_colours(s.severity)
        x = option.rect.left() + 6
        h = fm.height() + 4
        y = option.rect.center().y() - h // 2
        for n, rule_id in enumerate(s.flags[:3]):
            rule = rule_id
            w = fm.horizontalAdvance(rule) + 12
            room = option.rect.right() - 4 - x
            if n == 0 and w > room:  # one long rule id: elide it inside its chip
                rule = fm.elidedText(rule, Qt.TextElideMode.ElideRight, room - 12)
                w = room
            if x + w > option.rect.right() - 4:
                painter.setPen(QColor(style.MUTED))
                painter.drawText(QRect(x, y, 20, h), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            chip = QRect(x, y, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(soft)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(strong)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, rule)
            x += w + 4

    @staticmethod
    def _toxicity(painter: QPainter, option: QStyleOptionViewItem, value: float | None) -> None:
        r = option.rect.adjusted(8, 0, -8, 0)
        if value is None:
            painter.setPen(QColor(style.FAINT))
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "–")  # noqa: RUF001
            return
        colour = style.toxicity_colour(value)
        text = f"{value:.2f}"
        tw = option.fontMetrics.horizontalAdvance("0.00") + 6
        bar = QRect(r.left(), r.center().y() - 2, max(10, r.width() - tw), 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.SUNKEN))
        painter.drawRoundedRect(bar, 2.5, 2.5)
        filled = QRect(bar.left(), bar.top(), max(3, int(bar.width() * min(1.0, value))),
                       bar.height())
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 2.5, 2.5)
        painter.setPen(colour if value >= 0.5 else QColor(style.MUTED))
        painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)

    @staticmethod
    def _pill(painter: QPainter, option: QStyleOptionViewItem, status: Status) -> None:
        fg, bg = style.STATUS_COLOURS.get(Status(status), (style.TEXT, style.SUNKEN))
        text = vocabulary.status(status)
        fm = option.fontMetrics
        h = fm.height() + 4
        w = fm.horizontalAdvance(text) + 16
        pill = QRect(option.rect.left() + 6, option.rect.center().y() - h // 2, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(pill, h / 2, h / 2)
        painter.setPen(QColor(fg))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)


class QueueView(QTableView):
    """The queue table; rows are painted only when visible (uniform heights)."""

    first_rows_painted = Signal()

    def __init__(self, model: QueueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueView")
        self.setModel(model)
        # Python paints only the four drawn columns; text columns stay in Qt's C++ delegate.
        self._delegate = QueueDelegate(self)
        for col in DRAWN_COLUMNS:
            self.setItemDelegateForColumn(col, self._delegate)
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
        model.modelReset.connect(self._on_reset)

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
        self.setCurrentIndex(idx)
        self.scrollTo(idx)
        return True

    def move(self, step: int) -> bool:
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

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Qt override."""
        super().paintEvent(event)
        if not self._painted_rows and self.model().rowCount() > 0:
            self._painted_rows = True
            self.first_rows_painted.emit()

    def _on_reset(self) -> None:
        self._painted_rows = False
