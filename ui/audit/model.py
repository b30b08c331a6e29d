"""AuditTableModel: the moderation log, newest first, loaded page by page on a worker."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from moderator import localtime
from moderator.audit.events import AuditAction
from moderator.audit.filter import AuditFilter
from moderator.audit.review import detail_fields
from moderator.items import ActionKind
from ui import item_actions, plaintext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.plaintext import one_line
from ui.tasks import Op

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.audit.chain import AuditEntry
    from moderator.audit.log import AuditLog
    from moderator.audit.review import ReviewRow

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


CTX = "AuditTableModel"
# Marked with QT_TRANSLATE_NOOP so lupdate collects them; translated when shown.
# Log entries that are not moderator actions (those are worded in ui.item_actions).
_EVENTS: dict[str, str] = {
    ActionKind.CLAIM: QT_TRANSLATE_NOOP("AuditTableModel", "oppakken"),
    ActionKind.RELEASE: QT_TRANSLATE_NOOP("AuditTableModel", "vrijgeven"),
    AuditAction.ROLE_CHANGE: QT_TRANSLATE_NOOP("AuditTableModel", "rol gewijzigd"),
    AuditAction.PLATFORM_SENT: QT_TRANSLATE_NOOP("AuditTableModel", "door platform uitgevoerd"),
    AuditAction.PLATFORM_FAILED: QT_TRANSLATE_NOOP("AuditTableModel", "door platform geweigerd"),
    AuditAction.PLATFORM_RETRY: QT_TRANSLATE_NOOP("AuditTableModel", "opnieuw verzonden"),
    AuditAction.PLATFORM_CANCELLED: QT_TRANSLATE_NOOP("AuditTableModel", "verzending geannuleerd"),
    AuditAction.RULES_ACTIVATE: QT_TRANSLATE_NOOP("AuditTableModel", "regelset geactiveerd"),
    AuditAction.RETENTION_PURGE: QT_TRANSLATE_NOOP("AuditTableModel", "bewaartermijn"),
    AuditAction.REFUSED: QT_TRANSLATE_NOOP("AuditTableModel", "geweigerd"),
    AuditAction.SIGNOFF: QT_TRANSLATE_NOOP("AuditTableModel", "logboek afgetekend"),
    AuditAction.ACCOUNT_REMOVE: QT_TRANSLATE_NOOP("AuditTableModel", "account verwijderd"),
    AuditAction.APPROVE: QT_TRANSLATE_NOOP("AuditTableModel", "goedgekeurd"),
    AuditAction.REJECT: QT_TRANSLATE_NOOP("AuditTableModel", "afgewezen"),
    AuditAction.ASSIGN: QT_TRANSLATE_NOOP("AuditTableModel", "toegewezen"),
    AuditAction.AUTHOR_ERASE: QT_TRANSLATE_NOOP("AuditTableModel", "auteur gewist"),
    AuditAction.ACCESS_REPORT: QT_TRANSLATE_NOOP("AuditTableModel", "inzageverzoek"),
    AuditAction.EXPORT_PERSONAL: QT_TRANSLATE_NOOP("AuditTableModel", "export met namen"),
}
_STATUSES = {
    "new": QT_TRANSLATE_NOOP("AuditTableModel", "nieuw"),
    "flagged": QT_TRANSLATE_NOOP("AuditTableModel", "gemarkeerd"),
    "handled": QT_TRANSLATE_NOOP("AuditTableModel", "afgehandeld"),
    "hidden": QT_TRANSLATE_NOOP("AuditTableModel", "verborgen"),
    "removed": QT_TRANSLATE_NOOP("AuditTableModel", "verwijderd"),
    "escalated": QT_TRANSLATE_NOOP("AuditTableModel", "geëscaleerd"),
}
_ROLES = {
    "team_lead": QT_TRANSLATE_NOOP("AuditTableModel", "teamleider"),
    "community_manager": QT_TRANSLATE_NOOP("AuditTableModel", "communitymanager"),
    "external_moderator": QT_TRANSLATE_NOOP("AuditTableModel", "externe moderator"),
    "system": QT_TRANSLATE_NOOP("AuditTableModel", "systeem"),
}
_TITLES = (QT_TRANSLATE_NOOP("AuditTableModel", "Nr."),
           QT_TRANSLATE_NOOP("AuditTableModel", "Tijdstip"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Moderator"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Rol"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Actie"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Bericht"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Auteur"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Spelregel"),
           QT_TRANSLATE_NOOP("AuditTableModel", "Details"))


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def action_label(code: str) -> str:
    """The (translated) name of an audit action code."""
    if code in item_actions.ROWS:
        return item_actions.verb(ActionKind(code))
    return _t(_EVENTS[code]) if code in _EVENTS else code


def status_label(code: str) -> str:
    """The (translated) name of an item status code."""
    return _t(_STATUSES[code]) if code in _STATUSES else code


def role_label(code: str) -> str:
    """The (translated) name of a role code."""
    return _t(_ROLES[code]) if code in _ROLES else code


def local_time(stamp: str) -> str:
    """An ISO UTC stamp as local 'dd-mm-jjjj uu:mm:ss'."""
    try:
        return localtime.local(datetime.fromisoformat(stamp)).strftime("%d-%m-%Y %H:%M:%S")
    except ValueError:
        return stamp


def detail_text(detail: str) -> str:
    """A readable summary of an entry's JSON detail (status change, escalation target)."""
    d = detail_fields(detail)
    if d is None:
        return detail
    parts = []
    if "from" in d and "to" in d:
        parts.append(f"{status_label(str(d['from']))} → {status_label(str(d['to']))}")
    if d.get("escalate_to"):
        parts.append(QCoreApplication.translate("AuditTableModel", "naar {0}").format(
            role_label(str(d["escalate_to"]))))
    if "role" in d:
        parts.append(role_label(str(d["role"])))
    return ", ".join(parts) or detail


class AuditTableModel(QAbstractTableModel):
    """Filtered log entries; ``fetchMore`` loads the next page on a worker."""

    loaded = Signal()
    failed = Signal(object)  # the exception (the panel words it)

    COLUMNS = ("seq", "at", "moderator", "role", "action", "text", "author", "rule", "detail")

    def __init__(self, audit: AuditLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._filter = AuditFilter()
        self._rows: list[ReviewRow] = []
        self._total = 0
        self._loading = False
        self._generation = 0

    # --- loading -------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many entries match the filter (not only the loaded ones)."""
        return self._total

    @property
    def current_filter(self) -> AuditFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, f: AuditFilter) -> None:
        """Reload from the first page with a new filter."""
        self._filter = f
        self.reload()

    def reload(self) -> None:
        """Count and load the first page again (results of older loads are ignored)."""
        self._generation += 1
        gen, f, audit = self._generation, self._filter, self._audit
        self._loading = True
        Op(self, lambda: (audit.count(f), audit.review(f, PAGE, 0))) \
            .success(lambda res: self._on_first_page(gen, res)) \
            .failure(lambda e: self._on_failed(gen, e)).run()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """More entries match than are loaded."""
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load the next page on a worker."""
        if parent.isValid() or self._loading or len(self._rows) >= self._total:
            return
        self._loading = True
        gen, f, audit, offset = self._generation, self._filter, self._audit, len(self._rows)
        Op(self, lambda: audit.review(f, PAGE, offset)) \
            .success(lambda rows: self._on_next_page(gen, rows)) \
            .failure(lambda e: self._on_failed(gen, e)).run()

    def _on_first_page(self, gen: int, res: tuple[int, list[ReviewRow]]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = res
        self._loading = False
        self.endResetModel()
        self.loaded.emit()

    def _on_next_page(self, gen: int, rows: list[ReviewRow]) -> None:
        if gen != self._generation:
            return
        self._loading = False
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        else:
            self._total = len(self._rows)  # the log shrank under us; stop asking
        self.loaded.emit()

    def _on_failed(self, gen: int, error: Exception) -> None:
        if gen == self._generation:
            self._loading = False
            self.failed.emit(error)

    # --- Qt model ----------------------------------------------------------------------
    def entry(self, row: int) -> AuditEntry:
        """The entry shown in ``row``."""
        return self._rows[row].entry

    def item_id(self, row: int) -> int | None:
        """The item the entry in ``row`` is about (None: none, or not visible)."""
        return self._rows[row].item_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Loaded entries."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Fixed columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Dutch column titles."""
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(self.COLUMNS)):
            return None
        return _t(_TITLES[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, tooltips, alignment."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        e = r.entry
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[col](r)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = {"seq": self.tr("Hash: {0}").format(e.hash), "detail": e.detail,
                   "text": r.text, "action": e.item_ref}.get(col)
            return plaintext.tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col in ("seq", "role"):
            return QColor("#5F6B76")
        return None


def _rule(r: ReviewRow) -> str:
    """The rule's title (its id when the active set no longer has it)."""
    e = r.entry
    if not e.rule_id:
        return ""
    return r.rule_title or (f"{e.rule_id} (v{e.ruleset_version})" if e.ruleset_version
                            else e.rule_id)


def _text(r: ReviewRow) -> str:
    """The message in one line (blank after retention, or outside this login's scope)."""
    return one_line(r.text) if r.text else ""


_DISPLAY: dict[str, Callable[[ReviewRow], str]] = {
    "seq": lambda r: str(r.entry.seq), "at": lambda r: local_time(r.entry.at),
    "moderator": lambda r: r.entry.moderator, "role": lambda r: role_label(r.entry.role),
    "action": lambda r: action_label(r.entry.action), "text": _text,
    "author": lambda r: r.author, "rule": _rule, "detail": lambda r: detail_text(r.entry.detail),
}
