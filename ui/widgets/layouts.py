"""Emptying a layout that is rebuilt in place (the detail pane, the shortcut sheet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout, QWidget


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
