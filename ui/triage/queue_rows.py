"""Queue rows drawn once into pixmaps, so a repaint is one blit per visible row.

Why not Qt's delegates: moving with j/k scrolls the table by a row, which repaints the
whole viewport. Through the style sheet and a delegate per cell that cost ~20 ms of GUI
thread per keypress (about 250 calls into Python, each a chance to wait for the
interpreter lock while a worker thread runs). Here a row is drawn on first sight and
then reused until its content, the column widths or its background (selected or not)
change. Rows are opaque, so a blit is a copy, not a blend.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap

from moderator.items import ItemSummary, Status
from moderator.query import OPEN_STATUSES
from ui import platforms, style, vocabulary
from ui.triage.queue_model import Column

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Columns drawn as graphics (icon, chips, bar, pill); the rest are text.
DRAWN_COLUMNS = frozenset({Column.PLATFORM, Column.FLAGS, Column.TOXICITY, Column.STATUS})
TEXT_PADDING = 8
_VCENTER = Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | _VCENTER


class RowPixmaps:
    """A bounded cache of drawn rows, keyed by content and geometry."""

    def __init__(self, capacity: int = 160) -> None:
        # 160 rows of a 1,500 px wide table at 36 px are ~35 MB; a screen shows ~25.
        self._capacity = capacity
        self._cache: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()

    def get(self, summary: ItemSummary, cells: tuple[tuple[Any, ...], ...],
            columns: Sequence[tuple[int, int, int]], *, height: int, font: QFont,
            ratio: float, background: QColor) -> QPixmap:
        """The row drawn for these columns ((column, x, width) in visual order)."""
        key = (summary.id, cells[5][0], tuple(columns), height, ratio, background.rgb())
        pm = self._cache.get(key)
        if pm is not None:
            self._cache.move_to_end(key)
            return pm
        pm = draw_row(summary, cells, columns, height=height, font=font, ratio=ratio,
                      background=background)
        self._cache[key] = pm
        if len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        return pm

    def clear(self) -> None:
        """Forget every row (style or font changed)."""
        self._cache.clear()


def draw_row(summary: ItemSummary, cells: tuple[tuple[Any, ...], ...],
             columns: Sequence[tuple[int, int, int]], *, height: int, font: QFont,
             ratio: float, background: QColor | None = None) -> QPixmap:
    """Draw one row; on an opaque background it is blitted without blending."""
    width = max((x + w for _c, x, w in columns), default=1)
    pm = QPixmap(QSize(max(1, width), height) * ratio)
    pm.setDevicePixelRatio(ratio)
    pm.fill(background if background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    display, foreground, fonts, align = cells[:4]
    dim = summary.status not in OPEN_STATUSES
    for col, x, w in columns:
        if w <= 0:
            continue
        rect = QRect(x, 0, w, height)
        if col in DRAWN_COLUMNS:
            painter.drawPixmap(x, 0, _cell(summary, Column(col), width=w, height=height,
                                           font=font, ratio=ratio, dim=dim))
            continue
        text = display[col]
        if not text:
            continue
        cell_font = fonts[col] or font
        painter.setFont(cell_font)
        painter.setPen(foreground[col] or QColor(style.TEXT))
        inner = rect.adjusted(TEXT_PADDING, 0, -TEXT_PADDING // 2, 0)
        fm = QFontMetrics(cell_font)
        # Shaping is the cost of a row: shape only about twice what the cell can show.
        room = max(8, 2 * inner.width() // max(1, fm.averageCharWidth()))
        shown = fm.elidedText(text[:room] + ("…" if len(text) > room else ""),
                              Qt.TextElideMode.ElideRight, inner.width())
        flags = Qt.AlignmentFlag(align[col]) if align[col] is not None else _LEFT
        painter.drawText(inner, flags, shown)
    painter.end()
    return pm


_cells: dict[tuple[Any, ...], QPixmap] = {}


def _cell(s: ItemSummary, col: Column, *, width: int, height: int, font: QFont,
          ratio: float, dim: bool) -> QPixmap:
    """A drawn cell, shared by every row that shows the same (chips, pill, score, icon)."""
    tox = None if s.toxicity is None else round(s.toxicity, 2)
    content: object = (s.platform, s.severity) if col == Column.PLATFORM else \
        (tuple(s.flags[:4]), s.severity) if col == Column.FLAGS else \
        tox if col == Column.TOXICITY else vocabulary.status(s.status)  # in this language
    key = (col, content, dim, width, height, ratio, font.key())
    pm = _cells.get(key)
    if pm is None:
        if len(_cells) > 4000:
            _cells.clear()
        pm = QPixmap(QSize(width, height) * ratio)
        pm.setDevicePixelRatio(ratio)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        if dim:
            painter.setOpacity(0.5)
        shown = s if tox == s.toxicity else replace(s, toxicity=tox)  # as its key says
        _draw_cell(painter, QRect(0, 0, width, height), col, shown, QFontMetrics(font))
        painter.end()
        _cells[key] = pm
    return pm


def _draw_cell(painter: QPainter, r: QRect, col: Column, s: ItemSummary,
               fm: QFontMetrics) -> None:
    if col == Column.PLATFORM:
        if s.severity:  # a severity edge, so the worst rows stand out at a glance
            painter.fillRect(QRect(r.left(), r.top() + 3, 3, r.height() - 6),
                             style.severity_colours(s.severity)[0])
        icon = platforms.pixmap(s.platform, 18)
        painter.drawPixmap(r.center().x() - 9, r.center().y() - 9, icon)
    elif col == Column.FLAGS:
        _chips(painter, r, fm, s)
    elif col == Column.TOXICITY:
        _toxicity(painter, r, fm, s.toxicity)
    else:
        _pill(painter, r, fm, s.status)


def _chips(painter: QPainter, rect: QRect, fm: QFontMetrics, s: ItemSummary) -> None:
    strong, soft = style.severity_colours(s.severity)
    x = rect.left() + 6
    h = fm.height() + 4
    y = rect.center().y() - h // 2
    for n, rule_id in enumerate(s.flags[:3]):
        rule = rule_id
        w = fm.horizontalAdvance(rule) + 12
        room = rect.right() - 4 - x
        if n == 0 and w > room:  # one long rule id: elide it inside its chip
            rule = fm.elidedText(rule, Qt.TextElideMode.ElideRight, room - 12)
            w = room
        if x + w > rect.right() - 4:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(QRect(x, y, 20, h), _VCENTER, "…")
            break
        chip = QRect(x, y, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(soft)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(strong)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, rule)
        x += w + 4


def _toxicity(painter: QPainter, rect: QRect, fm: QFontMetrics, value: float | None) -> None:
    r = rect.adjusted(8, 0, -8, 0)
    right = _VCENTER | Qt.AlignmentFlag.AlignRight
    if value is None:
        painter.setPen(QColor(style.FAINT))
        painter.drawText(r, right, "–")  # noqa: RUF001 - an en dash: no score yet
        return
    colour = style.toxicity_colour(value)
    tw = fm.horizontalAdvance("0.00") + 6
    bar = QRect(r.left(), r.center().y() - 2, max(10, r.width() - tw), 5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.SUNKEN))
    painter.drawRoundedRect(bar, 2.5, 2.5)
    filled = QRect(bar.left(), bar.top(), max(3, int(bar.width() * min(1.0, value))),
                   bar.height())
    painter.setBrush(colour)
    painter.drawRoundedRect(filled, 2.5, 2.5)
    painter.setPen(colour if value >= 0.5 else QColor(style.MUTED))
    painter.drawText(r, right, f"{value:.2f}")


def _pill(painter: QPainter, rect: QRect, fm: QFontMetrics, status: Status) -> None:
    fg, bg = style.STATUS_COLOURS.get(Status(status), (style.TEXT, style.SUNKEN))
    text = vocabulary.status(status)
    h = fm.height() + 4
    w = fm.horizontalAdvance(text) + 16
    pill = QRect(rect.left() + 6, rect.center().y() - h // 2, w, h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(bg))
    painter.drawRoundedRect(pill, h / 2, h / 2)
    painter.setPen(QColor(fg))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
