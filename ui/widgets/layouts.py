"""Layout helpers: a panel's column in one call, a scrolling page, emptying a layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

# One part of a column: a widget or layout, optionally with its stretch factor.
Part = QWidget | QLayout | tuple[QWidget | QLayout, int]
PANEL_MARGINS = (16, 14, 16, 14)  # a side panel or dialog: room around its content
TAB_MARGINS = (0, 8, 0, 0)  # a page inside a panel's tabs


def column(owner: QWidget, *parts: Part, margins: tuple[int, int, int, int] = PANEL_MARGINS,
           spacing: int | None = None) -> QVBoxLayout:
    """Lay ``parts`` out top to bottom in ``owner``; returns the layout (for adding more).

    Args:
        owner: The widget the column fills.
        parts: Widgets and layouts in order; ``(part, stretch)`` gives one a stretch.
        margins: Left, top, right, bottom.
        spacing: Space between parts (None: the style's).
    """
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def clear_layout(layout: QLayout, keep: QWidget | None = None) -> None:
    """Take every item out of ``layout``; widgets are hidden and deleted later.

    Args:
        layout: The layout to empty, nested layouts included.
        keep: A widget that is reused: it is only taken out (unparented), not deleted.
    """
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None and widget is keep:
            widget.setParent(None)
        elif widget is not None:
            widget.hide()  # deleteLater waits for the event loop; hide it now
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner, keep)


def scrolled(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that fits it to the width.

    At 150 % or 200 % scaling, or on a 1280 by 720 screen, a panel or dialog taller than
    the window scrolls instead of being cut off.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls; it follows them
    area.setWidget(inner)
    return area
