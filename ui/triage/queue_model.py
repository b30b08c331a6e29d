"""The queue as a lazy table model: ids + a page cache, pages loaded on a worker.

Anki's ``DataModel`` shape: the model keeps ``list[ItemId]`` and the summaries of the
pages loaded so far. ``canFetchMore`` is true until a page comes back without a next
cursor; ``fetchMore`` schedules the next keyset page on the reader pool (guarded by
``_loading``) and the rows are inserted on the GUI thread. The total count is a
separate, slower query that never delays the first rows.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from moderator.items import ItemId, ItemSummary, ModeratorInfo, Status
from moderator.query import OPEN_STATUSES, Page, QueueQuery, SortKey
from ui import plaintext, platforms, style, vocabulary
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Op

if TYPE_CHECKING:
    from moderator.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
RELOAD_MAX = 1000  # an in-place reload reads at most this many rows again
FIRST_PAGE_SIZE = 60  # a screen and a bit: what a filter change waits for, before the rest


class Column(IntEnum):
    """The queue's columns, in order."""

    PLATFORM = 0
    ACCOUNT = 1
    KIND = 2
    AUTHOR = 3
    TEXT = 4
    FLAGS = 5
    TOXICITY = 6
    AGE = 7
    STATUS = 8
    CLAIMED = 9


HEADERS = {
    Column.PLATFORM: QT_TRANSLATE_NOOP("QueueTableModel", "Platform"),
    Column.ACCOUNT: QT_TRANSLATE_NOOP("QueueTableModel", "Account"),
    Column.KIND: QT_TRANSLATE_NOOP("QueueTableModel", "Soort"),
    Column.AUTHOR: QT_TRANSLATE_NOOP("QueueTableModel", "Auteur"),
    Column.TEXT: QT_TRANSLATE_NOOP("QueueTableModel", "Bericht"),
    Column.FLAGS: QT_TRANSLATE_NOOP("QueueTableModel", "Regels"),
    Column.TOXICITY: QT_TRANSLATE_NOOP("QueueTableModel", "Toxisch"),
    Column.AGE: QT_TRANSLATE_NOOP("QueueTableModel", "Tijd"),
    Column.STATUS: QT_TRANSLATE_NOOP("QueueTableModel", "Status"),
    Column.CLAIMED: QT_TRANSLATE_NOOP("QueueTableModel", "Opgepakt door"),
}
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles a repaint asks for, answered from the row's prepared cells (see ``data``).
_ROLE_SLOT = {int(Qt.ItemDataRole.DisplayRole): 0, int(Qt.ItemDataRole.ForegroundRole): 1,
              int(Qt.ItemDataRole.FontRole): 2, int(Qt.ItemDataRole.TextAlignmentRole): 3,
              int(Qt.ItemDataRole.DecorationRole): 4}
_VERSIONS = itertools.count(1)
_OBJECT_ROLES = frozenset({SUMMARY_ROLE, ITEM_ID_ROLE, int(Qt.ItemDataRole.ToolTipRole)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN = tuple(_RIGHT if c in (Column.TOXICITY, Column.AGE) else None for c in Column)


@cache
def _italic() -> QFont:
    """Handled rows' font (made on first use: a QFont needs the QApplication)."""
    font = QFont()
    font.setItalic(True)
    return font


def age_text(created: datetime, now: datetime) -> str:
    """Compact age: 5 min, 3 u, 2 d, then 15-11 (this year) or 11-2025."""
    secs = max(0, int((now - created).total_seconds()))
    if secs < 3600:
        return f"{max(1, secs // 60)} min"
    if secs < 86400:
        return QCoreApplication.translate("QueueTableModel", "{n} u").format(n=secs // 3600)
    if secs < 14 * 86400:
        return f"{secs // 86400} d"
    local = created.astimezone()
    # Short enough for the narrow column; the tooltip has the full date and time.
    return local.strftime("%d-%m" if local.year == now.astimezone().year else "%m-%Y")


def initials(name: str) -> str:
    """"Sanne de Vries" → "SV" (particles like de/van are skipped)."""
    parts = [p for p in name.split() if p[:1].isupper()] or name.split()
    return "".join(p[0] for p in (parts[:1] + parts[-1:] if len(parts) > 1 else parts)).upper()


def _merged(old: list[ItemId], fresh: list[ItemSummary], kept: list[ItemSummary],
            ) -> list[ItemSummary]:
    """The fresh page with the ``kept`` rows put back after the row they followed before."""
    if not kept:
        return fresh
    by_id = {s.id: s for s in kept}
    in_page = {s.id for s in fresh}
    after: dict[ItemId | None, list[ItemSummary]] = {}
    anchor: ItemId | None = None
    for i in old:
        if i in in_page:
            anchor = i
        elif i in by_id:
            after.setdefault(anchor, []).append(by_id[i])
    out = list(after.get(None, []))
    for s in fresh:
        out.append(s)
        out.extend(after.get(s.id, []))
    return out


class QueueTableModel(QAbstractTableModel):
    """Rows of the queue for one ``QueueQuery``, loaded page by page."""

    page_loaded = Signal(int)  # rows now loaded
    total_changed = Signal(int)
    load_failed = Signal(object)

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: Any = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ws = ws
        self._me = me
        self._page_size = page_size
        self._query = QueueQuery()
        self._ids: list[ItemId] = []
        self._rows: dict[ItemId, ItemSummary] = {}
        self._cache: dict[ItemId, tuple[tuple[Any, ...], ...]] = {}
        self._next: SortKey | None = None
        self._exhausted = True
        self._loading = False
        self._reload_pending = False
        self._generation = 0
        self._total: int | None = None
        self._now = datetime.now(UTC)

    # -- queries ------------------------------------------------------------------------
    @property
    def query(self) -> QueueQuery:
        """The query the rows answer."""
        return self._query

    @property
    def total(self) -> int | None:
        """How many items match (None while counting)."""
        return self._total

    @property
    def loading(self) -> bool:
        """Whether a page is on its way."""
        return self._loading

    def set_query(self, query: QueueQuery) -> None:
        """Show another query: drop the rows and load its first page."""
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._ids, self._rows, self._cache = [], {}, {}
        self._next, self._exhausted, self._loading, self._total = None, False, False, None
        self._reload_pending = False
        self._now = datetime.now(UTC)
        self.endResetModel()
        self._request_page()  # the count follows the first page, so it never delays it

    def reload(self, *, keep_gone: bool = False) -> None:
        """Load the same query again (after a sync, or F5), in place.

        The rows loaded so far are read again in one query and swapped in as a layout
        change: the moderator keeps the current item, the selection and the scroll
        position, unchanged rows keep their prepared cells (and their drawn pixmaps), and
        the detail pane is not rebuilt.

        ``keep_gone`` (the live queue): rows that left the query stay where they were,
        showing their new state (a colleague's hide), until the next F5 or filter change;
        rows are never pulled from under the moderator by someone else.
        """
        if keep_gone and self._loading:
            self._reload_pending = True  # after the page on its way: never a reset
            return
        if not self._ids or self._loading:
            self.set_query(self._query)
            return
        self._generation += 1
        self._loading = True
        gen, q, me, ws = self._generation, self._query, self._me, self._ws
        n = min(max(len(self._ids), FIRST_PAGE_SIZE), RELOAD_MAX)
        before = self._ids[:n] if keep_gone else []

        def work() -> tuple[Page, list[ItemSummary]]:
            page = ws.queue.page(q, None, n, viewer=me)
            now_in = {s.id for s in page.items}
            gone = [i for i in before if i not in now_in]
            return page, ws.queue.summaries(gone, viewer=me) if gone else []

        (Op(self, work)
         .success(lambda r: self._on_reloaded(gen, *r))
         .failure(lambda e: self._on_failed(gen, e)).run())

    def _on_reloaded(self, generation: int, page: Page, kept: list[ItemSummary]) -> None:
        if generation != self._generation:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_ids = self._ids
        old_rows, old_cache = self._rows, self._cache
        rows = _merged(old_ids, page.items, kept)
        self._ids = [s.id for s in rows]
        self._rows = {s.id: s for s in rows}
        now = datetime.now(UTC)
        # Rows that did not change (their age text included) keep their prepared cells.
        self._cache = {i: c for i, c in old_cache.items()
                       if i in self._rows and old_rows.get(i) == self._rows[i]
                       and c[0][Column.AGE] == age_text(self._rows[i].created_at, now)}
        position = {item: row for row, item in enumerate(self._ids)}
        after = []
        for idx in before:
            row = position.get(old_ids[idx.row()]) if 0 <= idx.row() < len(old_ids) else None
            after.append(self.index(row, idx.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(before, after)
        self._next = page.next_after
        self._exhausted = page.next_after is None
        self._loading = False
        self._now = now
        self.layoutChanged.emit()
        self._count_first_page(generation)
        self.page_loaded.emit(len(self._ids))
        self._pending()

    def _pending(self) -> None:
        if self._reload_pending and not self._loading:
            self._reload_pending = False
            self.reload(keep_gone=True)

    def recount(self) -> None:
        """Count the query again (after a command moved items in or out of it).

        The rows stay as they are (an acted-on item keeps its row, with its new status);
        the total follows the sidebar's count of the same query, so the two agree.
        """
        if not self._loading:
            self._request_count()

    def _count_first_page(self, generation: int) -> None:
        if self._exhausted:
            self._on_count(generation, len(self._ids))  # the whole answer is here
        else:
            self._request_count()

    def _request_page(self) -> None:
        self._loading = True
        gen, q, after, me = self._generation, self._query, self._next, self._me
        n = min(self._page_size, FIRST_PAGE_SIZE) if after is None else self._page_size
        ws = self._ws
        (Op(self, lambda: ws.queue.page(q, after, n, viewer=me))
         .success(lambda page: self._on_page(gen, page))
         .failure(lambda e: self._on_failed(gen, e)).run())

    def _request_count(self) -> None:
        gen, q, me, ws = self._generation, self._query, self._me, self._ws

        def work() -> int | None:
            # Counts wait in the slow pool; one for a query no longer shown is skipped.
            return ws.queue.count(q, viewer=me) if gen == self._generation else None

        (Op(self, work, slow=True)
         .success(lambda n: self._on_count(gen, n))
         .failure(lambda e: self._on_failed(gen, e)).run())

    def _on_page(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return  # an answer for a query we no longer show
        fresh = [s for s in page.items if s.id not in self._rows]
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for s in fresh:
                self._ids.append(s.id)
                self._rows[s.id] = s
            self.endInsertRows()
        first_page = self._next is None
        self._next = page.next_after
        self._exhausted = page.next_after is None
        self._loading = False
        if first_page:
            self._count_first_page(generation)
        self.page_loaded.emit(len(self._ids))
        self._pending()

    def _on_count(self, generation: int, n: int | None) -> None:
        if generation == self._generation and n is not None:
            self._total = n
            self.total_changed.emit(n)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.load_failed.emit(error)

    # -- rows ---------------------------------------------------------------------------
    def item_id(self, row: int) -> ItemId | None:
        """The item id at a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def summary(self, row: int) -> ItemSummary | None:
        """The summary at a row."""
        item = self.item_id(row)
        return None if item is None else self._rows[item]

    def cells(self, row: int) -> tuple[tuple[Any, ...], ...] | None:
        """The row's prepared cells, each a tuple indexed by column.

        (display, foreground, font, alignment, decoration, (version,)): rebuilt when the
        row or the language changes, with a new version each time.
        """
        item = self.item_id(row)
        if item is None:
            return None
        cells = self._cache.get(item)
        if cells is None:
            cells = self._cache[item] = self._cells(self._rows[item])
        return cells

    def row_of(self, item_id: ItemId) -> int:
        """The row of an item, or -1."""
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def update_items(self, summaries: Mapping[ItemId, ItemSummary] | Iterable[ItemSummary],
                     ) -> None:
        """Replace loaded rows with fresh summaries (after an action); rows stay put."""
        values = summaries.values() if isinstance(summaries, Mapping) else summaries
        for s in values:
            if s.id in self._rows:
                self._rows[s.id] = s
                self._cache.pop(s.id, None)
                row = self._ids.index(s.id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def retranslate(self) -> None:
        """Rebuild every row's words in the current language."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Qt override."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Qt override."""
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """Qt override."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Qt override."""
        if not parent.isValid() and not self._exhausted and not self._loading:
            self._request_page()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == Column.CLAIMED:
                return self.tr("Door")
            return "" if section == Column.PLATFORM else self.tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(HEADERS[Column(section)])
        return None

    # No flags() override: the base class answers "enabled, selectable" for every cell in
    # C++, without a call into Python per cell per repaint.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        """Qt override.

        Each painted role is a lookup in the row's cells, built once per row (``_cells``);
        the queue view draws whole rows from the same cells (``queue_rows``).
        """
        slot = _ROLE_SLOT.get(role)
        if slot is None and role not in _OBJECT_ROLES:
            return None  # check state, background, size hint…: asked per cell, never set
        row = index.row()
        if not 0 <= row < len(self._ids) or not index.isValid():
            return None
        if slot is not None:
            cells = self.cells(row)
            return None if cells is None else cells[slot][index.column()]
        s = self._rows[self._ids[row]]
        if role == SUMMARY_ROLE:
            return s
        if role == ITEM_ID_ROLE:
            return int(s.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, Column(index.column()))
        return None

    def _cells(self, s: ItemSummary) -> tuple[tuple[Any, ...], ...]:
        """Every painted role of one row, per column, in ``_ROLE_SLOT`` order."""
        dim = s.status not in OPEN_STATUSES
        display = tuple(self._display(s, c) for c in Column)
        foreground = tuple(self._foreground(s, c) for c in Column)
        font = _italic() if dim else None
        fonts = (font,) * len(Column)
        decoration = tuple(platforms.icon(s.platform) if c == Column.PLATFORM else None
                           for c in Column)
        # The last slot is a version number: views key caches on it (an id() of a freed
        # tuple can come back for its successor).
        return display, foreground, fonts, _ALIGN, decoration, (next(_VERSIONS),)

    def _display(self, s: ItemSummary, col: Column) -> str:  # noqa: PLR0911
        match col:
            case Column.PLATFORM:
                return platforms.name(s.platform)
            case Column.ACCOUNT:
                return plaintext.one_line(s.account_name, 60)
            case Column.KIND:
                return vocabulary.kind_short(s.kind)
            case Column.AUTHOR:
                return plaintext.one_line(s.author_name, 40)
            case Column.TEXT:
                return plaintext.one_line(s.text)
            case Column.FLAGS:
                return " ".join(s.flags)
            case Column.TOXICITY:
                return "" if s.toxicity is None else f"{s.toxicity:.2f}"
            case Column.AGE:
                return age_text(s.created_at, self._now)
            case Column.STATUS:
                return vocabulary.status(s.status)
            case Column.CLAIMED:
                return initials(s.claimed_by) if s.claimed_by else ""

    def _tooltip(self, s: ItemSummary, col: Column) -> str | None:  # noqa: PLR0911
        if col == Column.TEXT:
            return plaintext.tooltip(s.text)
        if col == Column.AGE:
            return s.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        if col == Column.FLAGS and s.flags:
            return self.tr("Spelregels die overeenkomen: {rules} (ernst: {sev})").format(
                rules=", ".join(s.flags), sev=vocabulary.severity(s.severity))
        if col == Column.PLATFORM:
            return platforms.name(s.platform)
        if col == Column.CLAIMED and s.claimed_by:
            return plaintext.tooltip(self.tr("Opgepakt door {name}").format(name=s.claimed_by))
        if col == Column.KIND:
            return vocabulary.kind(s.kind)
        return None

    def _foreground(self, s: ItemSummary, col: Column) -> QColor | None:
        if s.status not in OPEN_STATUSES:
            return QColor(style.FAINT)
        if col in (Column.ACCOUNT, Column.KIND, Column.AGE, Column.CLAIMED):
            return QColor(style.MUTED)
        if col == Column.STATUS:
            return QColor(style.STATUS_COLOURS.get(Status(s.status), (style.TEXT, ""))[0])
        return None
