"""Chart builders for the stats panel (QtCharts), in one calm style."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ui import plaintext
from ui.style import MUTED, SERIES

if TYPE_CHECKING:
    from collections.abc import Sequence

_GRID = QColor("#E6EAEE")
_AXIS_TEXT = QColor("#4A5560")


class ChartBox(QStackedWidget):
    """A chart view that shows a quiet placeholder text when there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent;")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.empty.setWordWrap(True)
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.setMinimumHeight(220)

    def show_chart(self, chart: QChart) -> None:
        """Replace the chart."""
        old: QChart | None = self.view.chart()  # None before the first chart
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.setCurrentWidget(self.view)

    def show_empty(self, text: str) -> None:
        """Show the placeholder instead of a chart."""
        self.empty.setText(text)
        self.setCurrentWidget(self.empty)


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(QFont(chart.legend().font().family(), 9))
    chart.legend().setLabelColor(_AXIS_TEXT)
    return chart


def _style_axis(axis: QBarCategoryAxis | QValueAxis) -> None:
    axis.setLabelsColor(_AXIS_TEXT)
    font = axis.labelsFont()
    font.setPointSize(8)
    axis.setLabelsFont(font)
    axis.setGridLineColor(_GRID)
    axis.setLinePen(QPen(_GRID))
    if isinstance(axis, QBarCategoryAxis):
        axis.setGridLineVisible(False)


def _value_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    top = max(1.0, float(maximum))
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000,
                            10_000, 10**9) if top / s <= 6)
    ticks = int(-(-top // step))
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    _style_axis(axis)
    return axis


def stacked_bars(categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]],
                 *, horizontal: bool = False) -> QChart:
    """Stacked bars: one set per (name, colour, values) over the categories."""
    chart = _chart()
    bars = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    bars.setBarWidth(0.7)
    for name, colour, values in series:
        s = QBarSet(plaintext.chart_text(name))
        s.append([float(v) for v in values])
        s.setColor(QColor(colour))
        s.setBorderColor(QColor(colour))
        bars.append(s)
    chart.addSeries(bars)
    totals = [sum(v[i] for _, _, v in series) for i in range(len(categories))]
    cat_axis = QBarCategoryAxis()
    cat_axis.append([plaintext.chart_text(c) for c in categories])
    _style_axis(cat_axis)
    val_axis = _value_axis(max(totals, default=0))
    cat_side, val_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal
                          else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
    chart.addAxis(cat_axis, cat_side)
    chart.addAxis(val_axis, val_side)
    bars.attachAxis(cat_axis)
    bars.attachAxis(val_axis)
    chart.legend().setVisible(len(series) > 1)
    return chart


def ranked_bars(labels: Sequence[str], values: Sequence[int], colour: str = SERIES[0]) -> QChart:
    """Horizontal bars, largest on top, with the value as a label."""
    chart = _chart()
    bars = QHorizontalBarSeries()
    bars.setBarWidth(0.6)
    s = QBarSet("")
    s.append([float(v) for v in reversed(values)])
    s.setColor(QColor(colour))
    s.setBorderColor(QColor(colour))
    s.setLabelColor(_AXIS_TEXT)
    bars.append(s)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsFormat("@value")
    chart.addSeries(bars)
    cat_axis = QBarCategoryAxis()
    cat_axis.append([plaintext.chart_text(c) for c in reversed(labels)])
    _style_axis(cat_axis)
    val_axis = _value_axis(max(values, default=0) * 1.15)
    chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(val_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(cat_axis)
    bars.attachAxis(val_axis)
    chart.legend().setVisible(False)
    return chart
