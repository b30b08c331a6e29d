"""Contrast: every text colour the look draws, on every background it is drawn on, meets
WCAG 2.1 AA (4.5:1, large text 3:1); chart series are told apart by more than colour."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from moderator.items import ActionKind
from ui import style
from ui.stats import charts


def test_every_text_colour_meets_the_minimum(qapp: QApplication) -> None:
    del qapp
    pairs = style.text_on()
    assert len(pairs) > 60
    low = [f"{where}: {fg} on {bg} = {style.contrast(fg, bg):.2f}"
           for where, fg, bg, large in pairs
           if style.contrast(fg, bg) < (3.0 if large else 4.5)]
    assert low == [], "\n".join(low)


def test_the_style_sheet_uses_only_checked_text_colours(qapp: QApplication) -> None:
    """A ``color:`` in the style sheets is one of the colours the pair list checks."""
    del qapp
    checked = {fg.upper() for _w, fg, _bg, _l in style.text_on()} | {"WHITE", style.DISABLED}
    sheet = style.STYLESHEET + style._detail_rules() + style.PANEL_STYLE
    used = {m.strip().upper() for m in re.findall(r"(?<![-\w])color:\s*([^;]+);", sheet)}
    unchecked = used - checked
    assert unchecked == set()


def test_the_contrast_formula() -> None:
    assert round(style.contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert round(style.contrast("#767676", "#FFFFFF"), 2) == 4.54  # WCAG's own example


def test_chart_series_differ_in_colour_and_fill(qapp: QApplication) -> None:
    del qapp
    n = len(ActionKind)
    assert len(set(style.SERIES)) == len(style.SERIES) >= n
    chart = charts.stacked_bars(["a"], [(k.value, style.SERIES[i], [1])
                                         for i, k in enumerate(ActionKind)])
    sets = chart.series()[0].barSets()
    looks = {(s.brush().color().name(), s.brush().style()) for s in sets}
    assert len(looks) == n
    assert len({s.brush().style() for s in sets}) == n  # told apart without colour too
    assert chart.legend().isVisible()
