"""Keyboard and screen-reader access for any window.

One pass over its widgets (Tab and names), F6 regions, held keys while a dialog is on its
way, and the shortcut map the clash checks read.

``apply(root)`` is generic so panels and dialogs added later are covered without code of
their own: the main window runs it on itself, on each panel as it loads and on every dialog
it opens. Widgets that name themselves (``setAccessibleName``) keep their name; the rest
get the text a sighted user reads next to them (buddy label, placeholder, tooltip, title).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# Keys the window itself uses for moving around; a user shortcut may not take them.
REGION_NEXT = ("F6", "Ctrl+Tab")
REGION_PREVIOUS = ("Shift+F6", "Ctrl+Shift+Tab")
HOLD_AT_MOST_MS = 5000  # keys typed before a dialog are held this long at most
RESERVED = frozenset({*REGION_NEXT, *REGION_PREVIOUS, "Tab", "Shift+Tab", "Esc", "Return",
                      "Enter", "Space", "Up", "Down", "Left", "Right", "Home", "End", "PgUp",
                      "PgDown", "Ctrl+Return", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4",
                      "Ctrl+5", "Ctrl+6"})


def focusable(widget: QWidget) -> bool:
    """Whether Tab can land on ``widget``."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def _buddies(root: QWidget) -> dict[int, QLabel]:
    out = {}
    for label in root.findChildren(QLabel):
        buddy: QWidget | None = label.buddy()  # None when it labels nothing
        if buddy is not None:
            out[id(buddy)] = label
    return out


def _clean(text: str) -> str:
    """A visible text as a name: without the mnemonic ``&``, the key hint and the ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.split("  ")[0].strip().rstrip("…:").strip()


def _own_text(widget: QWidget) -> str:
    """What the control shows itself: a placeholder, a button's text, its tooltip."""
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    text = getattr(widget, "text", None)
    value = text() if callable(text) else ""
    if isinstance(value, str) and value.strip():
        return value
    return widget.toolTip().split("\n")[0]


def _structure_text(widget: QWidget) -> str:
    """A tab widget's tabs, a tree's header, or the title of the group box around it."""
    if isinstance(widget, QTabWidget):
        return ", ".join(widget.tabText(n) for n in range(widget.count()))
    if isinstance(widget, QScrollArea):
        return _first_heading(widget)
    if isinstance(widget, QTreeWidget) and widget.headerItem().text(0):
        return widget.headerItem().text(0)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        parent = parent.parentWidget()
    return ""


def derived_name(widget: QWidget, buddies: dict[int, QLabel] | None = None) -> str:
    """The name a screen reader should say for ``widget`` when it has none of its own."""
    label = (buddies or {}).get(id(widget))
    for text in (label.text() if label is not None else "", _own_text(widget),
                 _label_above(widget), _structure_text(widget)):
        if text and (name := _clean(text)):
            return name
    return ""


def _in_order(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout and its nested layouts, in the order they were added."""
    out: list[QWidget] = []
    for n in range(layout.count()):
        item = layout.itemAt(n)
        if item is None:
            continue
        inner = item.layout()
        widget = item.widget()
        if widget is not None:
            out.append(widget)
        elif inner is not None:
            out += _in_order(inner)
    return out


def _label_above(widget: QWidget, levels: int = 3) -> str:
    """The label just before ``widget`` (or the box holding it) in its layout: a heading."""
    w: QWidget | None = widget
    for _ in range(levels):
        parent = w.parentWidget() if w is not None else None
        layout: QLayout | None = parent.layout() if parent is not None else None
        if w is None or parent is None:
            return ""
        found = ""
        for child in _in_order(layout) if layout is not None else []:
            if child is w:
                break
            if isinstance(child, QLabel) and child.text() and not child.wordWrap():
                found = _clean(child.text())
        if found:
            return found
        w = parent
    return ""


def _first_heading(area: QScrollArea) -> str:
    """A scroll area is named after the first line of text it holds (its page title)."""
    inner = area.widget()
    labels = inner.findChildren(QLabel) if inner is not None else []
    return next((_clean(lb.text()) for lb in labels if lb.text() and not lb.wordWrap()), "")


def apply(root: QWidget) -> None:
    """Make every control under ``root`` reachable by Tab and named for screen readers."""
    buddies = _buddies(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)  # Tab leaves a list; arrows move inside it
        if isinstance(widget, QHeaderView):
            fit_header(widget)
        if focusable(widget) and not widget.accessibleName():
            view = widget.parentWidget()
            if isinstance(view, QAbstractScrollArea) and view.viewport() is widget:
                name = view.accessibleName() or derived_name(view, buddies)  # charts
            else:
                name = derived_name(widget, buddies)
            if name:
                widget.setAccessibleName(name)


def fit_header(header: QHeaderView) -> None:
    """Widen resizable or fixed columns whose title does not fit (150 %, 200 %, English)."""
    fixed = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)
    for c in range(header.count()):
        if header.isSectionHidden(c) or header.sectionResizeMode(c) not in fixed:
            continue
        need = header.sectionSizeFromContents(c).width()
        if header.sectionSize(c) < need:
            header.resizeSection(c, need)


# -- regions (F6) ------------------------------------------------------------------------
class RegionCycler(QObject):
    """F6 / Ctrl+Tab to the next region of the window, Shift+F6 / Ctrl+Shift+Tab back.

    ``regions`` returns the widgets to cycle through in order (each focusable); the first
    one at or after the current focus decides where "next" is.
    """

    def __init__(self, window: QWidget, regions: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._window, self._regions = window, regions
        for keys, step, name in ((REGION_NEXT, 1, "view.next_region"),
                                 (REGION_PREVIOUS, -1, "view.previous_region")):
            act = QAction(window)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _=False, s=step: self.move(s))
            window.addAction(act)

    def current(self) -> int:
        """Index of the region holding the focus (-1: none)."""
        focus = QApplication.focusWidget()
        for n, region in enumerate(self._regions()):
            if focus is not None and (focus is region or region.isAncestorOf(focus)):
                return n
        return -1

    def move(self, step: int) -> QWidget | None:
        """Focus the next (``step`` 1) or previous (-1) region that can take the focus."""
        regions = [r for r in self._regions() if r.isVisible() and r.isEnabled()]
        if not regions:
            return None
        here = self.current()
        all_regions = self._regions()
        here_widget = all_regions[here] if here >= 0 else None
        start = regions.index(here_widget) if here_widget in regions else -1 if step > 0 else 0
        target = first_focusable(regions[(start + step) % len(regions)])
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return target


def first_focusable(region: QWidget) -> QWidget:
    """The region itself, or for a page or scroll area its first control Tab would reach."""
    if isinstance(region, QAbstractScrollArea) and not isinstance(region, QAbstractItemView):
        inner = region.widget() if isinstance(region, QScrollArea) else None
        if inner is not None:
            for w in inner.findChildren(QWidget):
                if focusable(w) and w.isVisible() and not isinstance(w, QScrollArea):
                    return w
    return region


# -- keys typed while a dialog is on its way ----------------------------------------------
@dataclass(frozen=True, slots=True)
class _Key:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class KeyHold(QObject):
    """Holds the keys typed between a command and its dialog, then types them into it.

    A dialog prepared on a worker opens some 50-300 ms after its key. Without this, what
    the moderator types meanwhile lands in the queue behind it, where letters are commands
    (``h`` hides the item). While held, keys neither reach widgets nor trigger shortcuts.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[_Key] = []
        self._active = False
        # A dialog that never comes (its worker lost) must not keep the keyboard.
        self._limit = QTimer(self, singleShot=True, interval=HOLD_AT_MOST_MS)
        self._limit.timeout.connect(self.drop)

    @property
    def holding(self) -> bool:
        """Whether keys are being held now."""
        return self._active

    def start(self) -> None:
        """Begin holding (idempotent)."""
        app = QCoreApplication.instance()
        if app is not None and not self._active:
            self._keys.clear()
            self._active = True
            app.installEventFilter(self)
            self._limit.start()

    def _stop(self) -> list[_Key]:
        self._limit.stop()
        app = QCoreApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        keys, self._keys = self._keys, []
        return keys

    def release_into(self, target: QWidget) -> int:
        """Stop holding and type the held keys into ``target``; returns how many."""
        keys = self._stop()
        for k in keys:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        return len(keys)

    def drop(self) -> None:
        """Stop holding and forget the keys (the dialog did not come)."""
        self._stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: swallow key events, remembering the presses."""
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut fires; the press comes as a KeyPress, held below
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            del watched  # swallowed at its first receiver, so each press is seen once
            self._keys.append(_Key(event.key(), event.modifiers(), event.text()))
            return True
        return kind == QEvent.Type.KeyRelease


# -- the shortcut map ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Binding:
    """One key sequence and what it triggers, in the context where it fires."""

    context: str  # "window" or "widget:<objectName>"
    keys: str  # portable text, "Ctrl+Z", "G, A"
    owner: str  # action id or text


def _label(obj: QObject) -> str:
    return obj.objectName() or type(obj).__name__


def _context(shortcut_context: Qt.ShortcutContext, owner: QObject | None) -> str:
    if shortcut_context in (Qt.ShortcutContext.WindowShortcut,
                            Qt.ShortcutContext.ApplicationShortcut) or owner is None:
        return "window"
    return f"widget:{_label(owner)}"


def bindings(root: QWidget) -> list[Binding]:
    """Every key binding of ``root``'s window: actions on it and its widgets, QShortcuts."""
    out: list[Binding] = []
    seen: set[int] = set()
    widgets = [root, *root.findChildren(QWidget)]
    candidates: list[tuple[QAction, QObject | None]] = []
    for w in widgets:
        candidates.extend((a, w) for a in w.actions())
    candidates.extend((a, a.parent()) for a in root.findChildren(QAction))
    for act, owner in candidates:
        if id(act) in seen:
            continue
        seen.add(id(act))
        ctx = _context(act.shortcutContext(), owner)
        for seq in act.shortcuts():
            if not seq.isEmpty():
                out.append(Binding(ctx, seq.toString(QKeySequence.SequenceFormat.PortableText),
                                   _label(act) if act.objectName() else act.text()))
    for sc in root.findChildren(QShortcut):
        parent = sc.parent()
        for seq in sc.keys():  # noqa: SIM118 - a QShortcut, not a dict
            out.append(Binding(_context(sc.context(), parent),
                               seq.toString(QKeySequence.SequenceFormat.PortableText),
                               _label(sc)))
    return out


def _chords(keys: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in keys.split(","))


def overlap(a: str, b: str) -> bool:
    """Equal sequences, or one the start of the other (Qt then waits or calls it ambiguous)."""
    ca, cb = _chords(a), _chords(b)
    n = min(len(ca), len(cb))
    return ca[:n] == cb[:n]


def clashes(found: Iterable[Binding]) -> list[tuple[Binding, Binding]]:
    """Pairs of bindings that can fire together: same or prefix keys in one scope.

    A widget's own shortcut meets every window shortcut too (both are live while it has
    the focus).
    """
    items = list(found)
    out = []
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            same_scope = a.context == b.context or "window" in (a.context, b.context)
            if same_scope and a.owner != b.owner and overlap(a.keys, b.keys):
                out.append((a, b))
    return out
