"""The triage screen: filters | queue | item detail, the search field and the action bar.

Reads go through ``Op`` on the reader pool; the detail of the current row is loaded on a
worker and a token drops answers for rows the moderator has already left. Item commands
are carried out by ``ui.triage.commands.ItemCommands``; this view shows and navigates.
"""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator.action_policy import policy
from moderator.items import ItemId, ItemKind, ItemSummary, ModeratorInfo
from ui import actions as action_specs
from ui import item_actions
from ui.tasks import Op
from ui.triage.filters_view import SAVED_FILTERS, FiltersView
from ui.triage.item_detail import ItemDetailView
from ui.triage.queue_model import QueueTableModel
from ui.triage.queue_view import QueueView
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from collections.abc import Mapping

    from moderator.actions import RuleRef
    from moderator.detail import ItemDetail
    from moderator.query import QueueQuery
    from moderator.workspace import Workspace

SEARCH_DEBOUNCE_MS = 250
DETAIL_SETTLE_MS = 80  # moves closer together than twice this are a burst
# The moderator actions in their bar order (ui.item_actions), then claiming.
BAR_ACTIONS = (*(item_actions.action_id(k) for k in item_actions.bar_kinds()), "item.claim")


class ActionButton(QToolButton):
    """A button that mirrors a QAction and shows its key (``Verbergen  H``)."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionButton")
        self._action = action
        spec = action_specs.SPECS.get(str(action.data()))
        self._short = spec.short if spec is not None else ""
        self.clicked.connect(action.trigger)
        # Tab reaches it (Space presses it); a click leaves the keyboard with the queue.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        a = self._action
        key = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action_specs.tr(self._short) if self._short else a.text().rstrip("…")
        self.setText(f"{text}  {key}" if key else text)
        self.setEnabled(a.isEnabled())
        self.setToolTip(a.toolTip())
        self.setAccessibleName(text)
        self.setAccessibleDescription(a.toolTip())


class TriageView(QWidget):
    """Filters, queue and detail side by side; focus mode shows the detail alone."""

    current_changed = Signal(object)  # ItemSummary | None
    detail_loaded = Signal(object)  # ItemDetail

    def __init__(self, ws: Workspace, me: ModeratorInfo, built: Mapping[str, QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._detail_token = 0
        # Holding j/k: details of rows flown past are not loaded (each costs ~15 ms of
        # GUI time to lay out); a single keypress still shows its detail at once.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_SETTLE_MS)
        self._detail_timer.timeout.connect(self.reload_detail)
        self._last_detail_request = 0.0
        self._focus_mode = False
        self.model = QueueTableModel(ws, me, self)
        self.filters = FiltersView(ws, me)
        self.queue = QueueView(self.model)
        self.detail = ItemDetailView()
        self.messages = MessageBar(fade_ms=6000)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self._title = QLabel()
        self._title.setObjectName("queueTitle")
        self._title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self._count = QLabel()
        self._count.setObjectName("muted")
        self._build_layout(built)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_search_return)
        self.filters.query_changed.connect(self._apply_query)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.total_changed.connect(self._update_header)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.load_failed.connect(self.messages.show_error)
        self.queue.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.queue.selectionModel().selectionChanged.connect(self._on_selection)
        self.current_changed.connect(self._fit_buttons)
        self._set_tab_order()
        self.retranslate_ui()

    def start(self) -> None:
        """Load the first page, then accounts and counts (which must not delay it)."""
        self._apply_query()
        self.model.page_loaded.connect(self._load_side, Qt.ConnectionType.SingleShotConnection)
        self.queue.setFocus()

    def _load_side(self, _rows: int) -> None:
        self.filters.load_accounts()

    # -- layout -------------------------------------------------------------------------
    def _build_layout(self, built: Mapping[str, QAction]) -> None:
        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        head = QHBoxLayout()
        head.setContentsMargins(16, 12, 16, 10)
        head.setSpacing(10)
        head.addWidget(self._title)
        head.addWidget(self._count)
        head.addStretch(1)
        head.addWidget(self.search)
        cl.addLayout(head)
        bar_box = QVBoxLayout()
        bar_box.setContentsMargins(12, 0, 12, 8)
        bar_box.addWidget(self.messages)
        cl.addLayout(bar_box)
        cl.addWidget(self.queue, 1)
        self._centre = centre
        bar = QFrame()
        bar.setObjectName("actionBar")
        bar.setStyleSheet("QFrame#actionBar { background: #FFFFFF;"
                          " border-top: 1px solid #DCDFE4; }")
        bl = FlowLayout(bar)
        bl.setContentsMargins(16, 10, 16, 10)
        self.buttons = {aid: ActionButton(built[aid]) for aid in BAR_ACTIONS}
        for aid in BAR_ACTIONS:
            bl.addWidget(self.buttons[aid])
        self._fit_buttons(None)
        self._bar = bar
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.setSpacing(0)
        dl.addWidget(self.detail, 1)
        dl.addWidget(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([220, 840, 420])
        self.filters.setMinimumWidth(200)
        self.detail.setMinimumWidth(360)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)

    def _set_tab_order(self) -> None:
        """Tab goes the way the eye reads: filters, search, queue, detail, action bar."""
        chain: list[QWidget] = [self.filters, self.search, self.queue, self.detail,
                                *(self.buttons[aid] for aid in BAR_ACTIONS)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_regions(self) -> list[QWidget]:
        """F6 regions: sidebar, queue, detail, action bar (its first usable button)."""
        bar = next((b for aid in BAR_ACTIONS if (b := self.buttons[aid]).isVisible()
                    and b.isEnabled()), self._bar)
        return [self.filters, self.queue, self.detail, bar]

    # -- navigation ---------------------------------------------------------------------
    def current_summary(self) -> ItemSummary | None:
        """The summary of the current row."""
        idx = self.queue.currentIndex()
        return self.model.summary(idx.row()) if idx.isValid() else None

    def selected_summaries(self) -> list[ItemSummary]:
        """Summaries of the selection (or the current row)."""
        rows = {i.row() for i in self.queue.selectionModel().selectedRows()}
        cur = self.queue.currentIndex()
        if not rows and cur.isValid():
            rows = {cur.row()}
        return [s for r in sorted(rows) if (s := self.model.summary(r)) is not None]

    def step(self, step: int) -> None:
        """j/k: next or previous item."""
        self.queue.step(step)

    def show_item(self, item_id: ItemId) -> None:
        """Open an item (from the log): its queue row when loaded, else its detail only."""
        row = self.model.row_of(item_id)
        if row < 0 or not self.queue.go_to_row(row):
            self._load_detail(item_id)

    def advance_after(self, ids: list[ItemId]) -> None:
        """After an item is dealt with, go to the row after the last of ``ids``."""
        rows = [r for i in ids if (r := self.model.row_of(i)) >= 0]
        if rows:
            target = max(rows) + 1
            if target >= self.model.rowCount() - 5 and self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
            if not self.queue.go_to_row(target):
                self.reload_detail()

    def focus_search(self) -> None:
        """``/``: jump to the search field."""
        if self._focus_mode:
            self.set_focus_mode(False)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_focus_mode(self, on: bool) -> None:
        """Show one item at a time (the detail alone, at reading width)."""
        self._focus_mode = on
        self.filters.setVisible(not on)
        self._centre.setVisible(not on)
        self.detail.set_reading_width(760 if on else None)
        self.reload_detail()
        (self.detail if on else self.queue).setFocus()

    def restore_focus(self) -> None:
        """Give the keyboard back to the queue (or the detail in focus mode)."""
        (self.detail if self._focus_mode else self.queue).setFocus()

    @property
    def focus_mode(self) -> bool:
        """Whether focus mode is on."""
        return self._focus_mode

    # -- queries ------------------------------------------------------------------------
    def current_query(self) -> QueueQuery:
        """The filter's query with the search words."""
        return self.filters.current_query().with_(text=self.search.text().strip())

    def _apply_query(self, *_args: object) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._update_header()

    def _on_search_return(self) -> None:
        self._apply_query()
        self.queue.setFocus()

    def leave_search(self) -> None:
        """Esc in the search field: clear it (if it has words) and go back to the queue."""
        if self.search.text():
            self.search.clear()
            self._apply_query()
        self.queue.setFocus()

    def _on_model_reset(self) -> None:
        self.detail.show_empty(self.tr("Laden…"))
        self.current_changed.emit(None)

    def _on_page_loaded(self, rows: int) -> None:
        if rows and not self.queue.currentIndex().isValid():
            self.queue.go_to_row(0)
        elif not rows:
            self.detail.show_empty(self.tr("Niets te doen in deze wachtrij. Goed bezig!")
                                   if not self.search.text()
                                   else self.tr("Geen berichten gevonden."))
        self._update_header()

    def _update_header(self, *_args: object) -> None:
        fid = self.filters.current_filter()
        title = next(QCoreApplication.translate("FiltersView", f.title)
                     for f in SAVED_FILTERS if f.id == fid)
        self._title.setText(title)
        total = self.model.total
        loaded = self.model.rowCount()
        if total is None:
            self._count.setText(self.tr("%n bericht(en) geladen", "", loaded))
        else:
            self._count.setText(self.tr("%n bericht(en)", "", total).replace(
                str(total), f"{total:,}".replace(",", ".")))

    # -- detail -------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _prev: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        self.current_changed.emit(summary)
        if summary is None:
            return
        now = time.monotonic()
        burst = now - self._last_detail_request < DETAIL_SETTLE_MS / 1000 * 2
        self._last_detail_request = now
        if burst or self._detail_timer.isActive():
            self._detail_token += 1  # a detail still on its way is for a row we left
            self._detail_timer.start()
        else:
            self._load_detail(summary.id)

    def _on_selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.current_changed.emit(self.current_summary())

    def _fit_buttons(self, summary: ItemSummary | None) -> None:
        """Buttons that share a place show for the items they apply to only.

        A DM gets "DM beantwoorden", a comment "Beantwoorden": never both.
        """
        kind = summary.kind if summary is not None else ItemKind.COMMENT
        for action, row in item_actions.ROWS.items():
            if row.bar is not None and row.bar_when_applicable:
                self.buttons[item_actions.action_id(action)].setVisible(
                    kind in policy(action).applies_to)

    def reload_detail(self) -> None:
        """Load the current item's detail again (after an action on it)."""
        s = self.current_summary()
        if s is not None:
            self._load_detail(s.id)

    def position_text(self) -> str:
        """"3 van 512" for the current row."""
        row = self.queue.currentIndex().row()
        total = self.model.total if self.model.total is not None else self.model.rowCount()
        return self.tr("{n} van {total}").format(n=row + 1, total=total) if row >= 0 else ""

    def _load_detail(self, item_id: ItemId) -> None:
        self._detail_token += 1
        token, ws, me = self._detail_token, self._ws, self._me

        def work() -> tuple[ItemDetail, dict[str, RuleRef | None]]:
            d = ws.queue.detail(item_id, viewer=me)
            return d, {f.rule_id: ws.actions.rules(f.rule_id) for f in d.flags}

        (Op(self, work).success(lambda r: self._on_detail(token, r))
         .failure(self.messages.show_error).run())

    def _on_detail(self, token: int, result: tuple[ItemDetail, dict[str, RuleRef | None]],
                   ) -> None:
        if token != self._detail_token:
            return  # the moderator has moved on
        detail, rules = result
        self.detail.show_detail(detail, rules, self.position_text() if self._focus_mode else "")
        self.model.update_items([detail.item])
        self.detail_loaded.emit(detail)

    def refresh_items(self, ids: frozenset[ItemId]) -> None:
        """Re-read changed rows (one query on a worker) and the current item's detail."""
        wanted = [i for i in ids if self.model.row_of(i) >= 0][:500]
        ws, me = self._ws, self._me

        def done(found: list[ItemSummary]) -> None:
            self.model.update_items(found)
            self.current_changed.emit(self.current_summary())

        if wanted:
            Op(self, lambda: ws.queue.summaries(wanted, viewer=me)).success(done).run()
        cur = self.current_summary()
        if cur is not None and cur.id in ids:
            self.reload_detail()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.search.setPlaceholderText(self.tr("Zoeken in berichten  ( / )"))
        self.search.setAccessibleName(self.tr("Zoeken in berichten"))
        self.search.setAccessibleDescription(self.tr("Enter zoekt, Esc gaat terug naar de "
                                                     "wachtrij."))
        self.queue.setAccessibleName(self.tr("Wachtrij"))
        self.filters.setAccessibleName(self.tr("Filters en accounts"))
        self.detail.setAccessibleName(self.tr("Bericht"))
        self._bar.setAccessibleName(self.tr("Acties"))
        self.filters.retranslate_ui()
        self.model.retranslate()
        self.detail.retranslate_ui()
        self._update_header()
