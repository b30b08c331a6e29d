"""The left column: saved filters and accounts, each with a live count.

A saved filter picks *what* (open queue, flagged, DMs, mine...); an account narrows
*where*. The combination is the queue's ``QueueQuery``. Counts are read on a worker in
one go and refreshed after every change that moves them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from moderator.items import AccountId, AccountInfo, ItemKind, ModeratorInfo, Status
from moderator.query import QueueQuery
from ui import plaintext, platforms, style
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Op

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.workspace import Workspace

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
RECONNECT_ROLE = Qt.ItemDataRole.UserRole + 3  # the account needs a new login
RECONNECT_COLOUR = "#A4161A"
ALL_ACCOUNTS = "account:*"


@dataclass(frozen=True, slots=True)
class SavedFilter:
    """A named queue view."""

    id: str
    title: str
    build: Callable[[ModeratorInfo], QueueQuery]


SAVED_FILTERS: tuple[SavedFilter, ...] = (
    SavedFilter("open", QT_TRANSLATE_NOOP("FiltersView", "Alles"), lambda me: QueueQuery()),
    SavedFilter("flagged", QT_TRANSLATE_NOOP("FiltersView", "Gemarkeerd"),
                lambda me: QueueQuery(statuses=frozenset({Status.FLAGGED}))),
    SavedFilter("dm", QT_TRANSLATE_NOOP("FiltersView", "DM's"),
                lambda me: QueueQuery(kinds=frozenset({ItemKind.DM}))),
    SavedFilter("mine", QT_TRANSLATE_NOOP("FiltersView", "Mij toegewezen"),
                lambda me: QueueQuery(assigned_to=me.id)),
    SavedFilter("unassigned", QT_TRANSLATE_NOOP("FiltersView", "Niet opgepakt"),
                lambda me: QueueQuery(unassigned=True)),
    SavedFilter("escalated", QT_TRANSLATE_NOOP("FiltersView", "Geëscaleerd"),
                lambda me: QueueQuery(statuses=frozenset({Status.ESCALATED}))),
    SavedFilter("handled", QT_TRANSLATE_NOOP("FiltersView", "Afgehandeld"),
                lambda me: QueueQuery(statuses=frozenset({Status.HANDLED}))),
    SavedFilter("hidden", QT_TRANSLATE_NOOP("FiltersView", "Verborgen"),
                lambda me: QueueQuery(statuses=frozenset({Status.HIDDEN}))),
    SavedFilter("removed", QT_TRANSLATE_NOOP("FiltersView", "Verwijderd"),
                lambda me: QueueQuery(statuses=frozenset({Status.REMOVED}))),
    # platform actions that failed, whatever the item's status: retry or cancel them there
    SavedFilter("failed", QT_TRANSLATE_NOOP("FiltersView", "Mislukt"),
                lambda me: QueueQuery(delivery_failed=True, all_statuses=True)),
)
_FILTERS = {f.id: f for f in SAVED_FILTERS}


class _CountDelegate(QStyledItemDelegate):
    """Draws the count right-aligned in a soft pill; each look is drawn once and reused.

    Every filter change repaints the whole list (about 25 rows through the style sheet);
    the rows only ever take a handful of looks, so those are kept as pixmaps.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._looks: dict[tuple[object, ...], QPixmap] = {}

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count = index.data(COUNT_ROLE)
        state = (opt.state & _LOOK_STATES).value
        key = (opt.text, count, state, opt.font.key(), opt.palette.text().color().rgba(),
               opt.icon.cacheKey(),
               opt.rect.size().toTuple(), opt.features.value)
        pm = self._looks.get(key)
        if pm is None:
            if len(self._looks) > 500:
                self._looks.clear()
            pm = self._draw(opt, count)
            self._looks[key] = pm
        painter.drawPixmap(option.rect.topLeft(), pm)

    def _draw(self, opt: QStyleOptionViewItem, count: int | None) -> QPixmap:
        widget: QWidget | None = opt.widget  # None when drawn off any view
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        pm = QPixmap(opt.rect.size() * ratio)
        pm.setDevicePixelRatio(ratio)
        pm.fill(Qt.GlobalColor.transparent)
        opt.rect = QRect(0, 0, opt.rect.width(), opt.rect.height())
        painter = QPainter(pm)
        text = "" if count is None else f"{count:,}".replace(",", ".")
        fm = opt.fontMetrics
        w = fm.horizontalAdvance(text) + 14 if text else 0
        avail = opt.rect.width() - w - 12 - (opt.decorationSize.width() + 6
                                               if not opt.icon.isNull() else 0)
        opt.text = fm.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(20, avail))
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter,
                                       widget)
        if count is not None:
            r = opt.rect.adjusted(opt.rect.width() - w - 6, 5, -6, -5)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.SURFACE if count else style.BG))
            painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
            painter.setPen(QColor(style.MUTED if count else style.FAINT))
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pm


_LOOK_STATES = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver
                | QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
                | QStyle.StateFlag.State_HasFocus)


class FiltersView(QTreeView):
    """Saved filters and accounts; emits the combined query when the choice changes."""

    query_changed = Signal(object)  # QueueQuery

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filtersView")
        self._ws, self._me = ws, me
        self._filter_id = "open"
        self._account: AccountId | None = None
        self._accounts: list[AccountInfo] = []
        self._counting = self._recount = False
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab and F6 reach it; letters stay the window's commands (see keyPressEvent).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(_CountDelegate(self))
        self.setUniformRowHeights(True)
        self._filters_root = self._section()
        self._accounts_root = self._section()
        for f in SAVED_FILTERS:
            item = QStandardItem()
            item.setData(f"filter:{f.id}", KEY_ROLE)
            self._filters_root.appendRow(item)
        everything = QStandardItem()
        everything.setData(ALL_ACCOUNTS, KEY_ROLE)
        self._accounts_root.appendRow(everything)
        self.expandAll()
        self.retranslate_ui()
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self._select_key("filter:open")

    # -- public -------------------------------------------------------------------------
    def current_query(self) -> QueueQuery:
        """The query for the chosen filter and account."""
        q = _FILTERS[self._filter_id].build(self._me)
        return q.with_(account_ids=frozenset({self._account})) if self._account else q

    def current_filter(self) -> str:
        """Id of the chosen saved filter."""
        return self._filter_id

    def select_filter(self, filter_id: str) -> None:
        """Choose a saved filter (as a click would)."""
        self._select_key(f"filter:{filter_id}")

    def select_account(self, account_id: int | None) -> None:
        """Narrow to one account (None: all accounts)."""
        self._select_key(ALL_ACCOUNTS if account_id is None else f"account:{account_id}")

    def count_of(self, key: str) -> int | None:
        """The count shown next to ``filter:<id>`` or ``account:<id>``."""
        item = self._find(key)
        return None if item is None else item.data(COUNT_ROLE)

    def load_accounts(self) -> None:
        """Read the accounts (worker), then the counts."""
        ws, me = self._ws, self._me
        Op(self, lambda: list(ws.accounts.visible_to(me))).success(self._on_accounts).run()

    def refresh_counts(self) -> None:
        """Recount every filter and account on a worker."""
        if self._counting:
            self._recount = True
            return
        self._counting, self._recount = True, False
        queries = self._count_queries()
        ws, me = self._ws, self._me
        (Op(self, lambda: ws.queue.counts(queries, viewer=me), slow=True)
         .success(self._on_counts).failure(self._on_count_failed).run())

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self._filters_root.setText(self.tr("WACHTRIJ"))
        self._accounts_root.setText(self.tr("ACCOUNTS"))
        for row in range(self._filters_root.rowCount()):
            item = self._filters_root.child(row)
            f = _FILTERS[item.data(KEY_ROLE).split(":", 1)[1]]
            item.setText(self.tr(f.title))
        self._accounts_root.child(0).setText(self.tr("Alle accounts"))

    # -- internals ----------------------------------------------------------------------
    def _section(self) -> QStandardItem:
        item = QStandardItem()
        item.setSelectable(False)
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor(style.FAINT))
        self._model.appendRow(item)
        return item

    def _count_queries(self) -> dict[str, QueueQuery]:
        out = {}
        for f in SAVED_FILTERS:
            q = f.build(self._me)
            out[f"filter:{f.id}"] = (q.with_(account_ids=frozenset({self._account}))
                                     if self._account else q)
        out[ALL_ACCOUNTS] = QueueQuery()
        for a in self._accounts:
            out[f"account:{a.id}"] = QueueQuery(account_ids=frozenset({a.id}))
        return out

    def _on_accounts(self, accounts: list[AccountInfo]) -> None:
        self._accounts = sorted(accounts, key=lambda a: (a.platform.value, a.name.lower()))
        root = self._accounts_root
        root.removeRows(1, root.rowCount() - 1)
        for a in self._accounts:
            item = QStandardItem(platforms.icon(a.platform), a.name)
            item.setData(f"account:{a.id}", KEY_ROLE)
            item.setToolTip(plaintext.tooltip(a.project or a.name))
            if a.needs_reconnect:
                # The login expired or was revoked: say so where the account is listed.
                item.setText(self.tr("⚠ {0} — opnieuw koppelen nodig").format(a.name))
                item.setForeground(QColor(RECONNECT_COLOUR))
                item.setToolTip(self.tr("De login bij het platform is verlopen of ingetrokken. "
                                        "Koppel het account opnieuw via Accounts; berichten "
                                        "en logboek blijven bewaard."))
                item.setData(True, RECONNECT_ROLE)
            root.appendRow(item)
        self.refresh_counts()

    def _on_counts(self, counts: dict[str, int]) -> None:
        self._counting = False
        for key, n in counts.items():
            item = self._find(key)
            if item is not None and item.data(COUNT_ROLE) != n:  # unchanged: no repaint
                item.setData(n, COUNT_ROLE)
        if self._recount:
            self.refresh_counts()

    def _on_count_failed(self, _error: Exception) -> None:
        self._counting = False

    def _find(self, key: str) -> QStandardItem | None:
        for root in (self._filters_root, self._accounts_root):
            for row in range(root.rowCount()):
                if root.child(row).data(KEY_ROLE) == key:
                    return root.child(row)
        return None

    def _select_key(self, key: str) -> None:
        item = self._find(key)
        if item is not None:
            self.setCurrentIndex(item.index())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if not key:
            return
        kind, _, value = key.partition(":")
        before = (self._filter_id, self._account)
        if kind == "filter":
            self._filter_id = value
        else:
            self._account = None if value == "*" else AccountId(int(value))
        self._highlight()
        if (self._filter_id, self._account) != before:
            self.query_changed.emit(self.current_query())
            if kind == "account":
                self.refresh_counts()

    def _highlight(self) -> None:
        """Keep both choices visible: the current filter *and* the current account."""
        want = {f"filter:{self._filter_id}",
                ALL_ACCOUNTS if self._account is None else f"account:{self._account}"}
        for root in (self._filters_root, self._accounts_root):
            for row in range(root.rowCount()):
                item = root.child(row)
                chosen = item.data(KEY_ROLE) in want
                font = item.font()
                colour = QColor(style.ACCENT if chosen else RECONNECT_COLOUR
                                if item.data(RECONNECT_ROLE) else style.TEXT)
                if font.bold() == chosen and item.foreground().color() == colour:
                    continue  # each setFont/setForeground repaints: touch only changes
                font.setBold(chosen)
                item.setFont(font)
                item.setForeground(colour)
