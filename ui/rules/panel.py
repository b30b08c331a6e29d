"""House rules (spelregels): the active set, tester, new versions and calibration.

The active set is listed with public texts and 7-day hit counts; a tester, loading a
changed file (validation, dry-run, activation) and threshold calibration sit in tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.moderators import visible_accounts
from moderator.stats import StatsService
from ui import plaintext, vocabulary
from ui.i18n import follow_language
from ui.rules import backend
from ui.rules.calibration import CalibrationView
from ui.rules.loader import RuleFileLoader
from ui.rules.tester import RuleTester
from ui.style import PANEL_STYLE, card, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.changes import Changes
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace


class RulesPanel(QWidget):
    """The active rule set and the tools to test, change and calibrate it."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._stats = getattr(ws, "stats", None) or StatsService(ws.db, ws.clock)
        self.active: backend.ActiveSet | None = None
        self.hit_counts: dict[str, int] = {}
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.reload()

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        self._title, self._subtitle = heading(""), heading("", "subtitle")
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages = MessageBar()
        main = self._build_main()
        column(self, self._title, self._subtitle, self.messages, (main, 1), spacing=10)

    def _build_main(self) -> QWidget:
        self.rule_list = QTreeWidget()
        self.rule_list.setRootIsDecorated(False)
        self.rule_list.setAlternatingRowColors(True)
        self.rule_list.setColumnCount(5)
        self.rule_list.setUniformRowHeights(True)
        header = self.rule_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.rule_list.currentItemChanged.connect(self._on_rule_selected)
        self._public_title = heading("", "section")
        self.public_text = QLabel()
        self.public_text.setWordWrap(True)
        plaintext.plain(self.public_text)
        self.public_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.public_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.public_text.setMinimumHeight(90)
        public, inner = card()
        inner.addWidget(self._public_title)
        inner.addWidget(self.public_text, 1)
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.rule_list, 3)
        col.addWidget(public, 2)
        self.tester = RuleTester()
        self.loader = RuleFileLoader(self._ws, self._me)
        self.loader.activated.connect(self.reload)
        self.calibration = CalibrationView(self._stats, self._visible())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.tester, "")
        self.tabs.addTab(self.loader, "")
        self.tabs.addTab(self.calibration, "")
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([620, 740])
        split.setChildrenCollapsible(False)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(split)
        return box

    def _visible(self) -> frozenset[int] | None:
        # Computed once at construction from the scope; accounts rarely change mid-session.
        if not self._me.scope and self._me.role.value != "external_moderator":
            return None
        return visible_accounts(self._me, self._ws.accounts.list())

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Spelregels"))
        self._show_subtitle()
        self.rule_list.setHeaderLabels([self.tr("Id"), self.tr("Titel"), self.tr("Ernst"),
                                        self.tr("Actie"), self.tr("Treffers 7 d")])
        self._public_title.setText(self.tr("Publieke tekst (zo leest de deelnemer het)"))
        for n, text in enumerate((self.tr("Testen"), self.tr("Nieuwe versie laden"),
                                  self.tr("Drempels kalibreren"))):
            self.tabs.setTabText(n, text)

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Load the active set and its 7-day hit counts on a worker."""
        ws, stats, visible = self._ws, self._stats, self._visible()
        Op(self, lambda: (backend.active_ruleset(ws), stats.rule_hits(7, visible))) \
            .success(self._on_loaded) \
            .failure(self.messages.show_error).run()

    def _on_loaded(self, res: tuple[backend.ActiveSet, dict[str, int]]) -> None:
        self.active, self.hit_counts = res
        rs = self.active.ruleset
        self.tester.set_ruleset(rs)
        self.loader.set_current(rs)
        self._show_subtitle()
        self.rule_list.clear()
        for rule in rs.rules:
            item = QTreeWidgetItem([rule.id, rule.title, vocabulary.severity(rule.severity),
                                    vocabulary.suggested_action(rule.action),
                                    str(self.hit_counts.get(rule.id, 0))])
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, rule.public_text)
            item.setToolTip(1, plaintext.tooltip(rule.public_text))
            if not getattr(rule, "enabled", True):
                item.setForeground(1, Qt.GlobalColor.gray)
            self.rule_list.addTopLevelItem(item)
        first = self.rule_list.topLevelItem(0)
        if first is not None:
            self.rule_list.setCurrentItem(first)

    def _show_subtitle(self) -> None:
        if self.active is None:
            self._subtitle.setText(self.tr("Huisregels die moderatoren bij een waarschuwing "
                                           "of verwijdering aanhalen."))
            return
        rs: Any = self.active.ruleset
        origin = (self.tr("actief in deze werkruimte") if self.active.origin == "workspace"
                  else self.tr("standaardset (nog geen eigen regelset geactiveerd)"))
        self._subtitle.setText(self.tr("{0} — versie {1}, {2} · {3}").format(
            rs.name, rs.version, origin, rs.published_at or self.tr("geen publieke URL")))

    def _on_rule_selected(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        self.public_text.setText(current.data(0, Qt.ItemDataRole.UserRole) if current else "")

    def on_changes(self, changes: Changes) -> None:
        """Reload when the rules changed; hit counts move with new flags."""
        if changes.rules or changes.counts:
            self.reload()
