"""Statistics (statistieken) for a chosen period.

Volume per day and platform, share flagged, actions per moderator, median time to
first response, the top house rules, and who is heard (``ui.stats.reach``). External
moderators see figures for their own accounts only.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moderator.moderators import visible_accounts
from moderator.stats import StatsOverview, StatsPeriod, StatsService
from ui import plaintext, platforms
from ui.audit.model import action_label
from ui.errors import describe
from ui.i18n import follow_language
from ui.stats.charts import ChartBox, ranked_bars, stacked_bars
from ui.stats.reach import ReachSection
from ui.style import MUTED, PANEL_STYLE, SERIES, card, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.changes import Changes
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace

PERIOD_DAYS = (7, 14, 30, 90)


def duration_text(d: timedelta | None) -> str:
    """A short duration: '45 min', '3 u 12 min', '2 d 5 u' (English: '3 h 12 min')."""
    if d is None:
        return "—"
    minutes = int(d.total_seconds() // 60)
    if minutes < 1:
        return "< 1 min"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("StatsPanel", "{d} d {h} u").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("StatsPanel", "{h} u {m} min").format(h=hours,
                                                                               m=mins)
    return QCoreApplication.translate("StatsPanel", "{m} min").format(m=mins)


class Kpi(QWidget):
    """One headline figure with a caption and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card()
        self.caption = QLabel()
        self.caption.setStyleSheet(f"color: {MUTED};")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #1F2A33;")
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {MUTED}; font-size: 11px;")
        for w in (self.caption, self.value, self.note):
            plaintext.plain(w)
            layout.addWidget(w)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def set(self, value: str, note: str) -> None:
        """Show a figure and its note."""
        self.value.setText(value)
        self.note.setText(note)


class StatsPanel(QWidget):
    """Charts and headline figures for a period."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._service = getattr(ws, "stats", None) or StatsService(ws.db, ws.clock)
        self.overview: StatsOverview | None = None
        self._loading = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=1500)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.refresh()

    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        self._title, self._subtitle = heading(""), heading("", "subtitle")
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self.refresh)
        self.reload = QPushButton()
        self.reload.clicked.connect(self.refresh)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.period, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.reload, 0, Qt.AlignmentFlag.AlignBottom)
        self.messages = MessageBar()
        self.kpi_items, self.kpi_flagged, self.kpi_response, self.kpi_actions = \
            Kpi(), Kpi(), Kpi(), Kpi()
        kpis = QHBoxLayout()
        for k in (self.kpi_items, self.kpi_flagged, self.kpi_response, self.kpi_actions):
            kpis.addWidget(k)
        self.per_day, self.per_moderator, self.top_rules = ChartBox(), ChartBox(), ChartBox()
        self._chart_titles = [heading("", "section") for _ in range(3)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for n, (title, box) in enumerate(zip(self._chart_titles, (
                self.per_day, self.per_moderator, self.top_rules), strict=True)):
            frame, inner = card()
            inner.addWidget(title)
            inner.addWidget(box, 1)
            if n == 0:
                grid.addWidget(frame, 0, 0, 1, 2)
            else:
                grid.addWidget(frame, 1, n - 1)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 4)
        self.reach = ReachSection(self._ws, self._me)
        # Scrolls rather than making the window taller on a small screen.
        content = QWidget()
        column(content, top, self.messages, kpis, (grid, 3), (self.reach, 2), spacing=12)
        scroll = self.scroller = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        column(self, scroll, margins=(0, 0, 0, 0))

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Statistieken"))
        self._subtitle.setText(self.tr("Volume, markeringen, reactietijd en acties per "
                                       "moderator. Dagen in UTC."))
        current = max(self.period.currentIndex(), 1)
        self.period.blockSignals(True)
        self.period.clear()
        for days in PERIOD_DAYS:
            self.period.addItem(self.tr("Laatste {0} dagen").format(days), days)
        self.period.setCurrentIndex(current)
        self.period.blockSignals(False)
        self.reload.setText(self.tr("Vernieuwen"))
        self.kpi_items.caption.setText(self.tr("Berichten binnengekomen"))
        self.kpi_flagged.caption.setText(self.tr("Gemarkeerd door spelregels"))
        self.kpi_response.caption.setText(self.tr("Mediane tijd tot eerste reactie"))
        self.kpi_actions.caption.setText(self.tr("Moderatie-acties"))
        for label, text in zip(self._chart_titles, (
                self.tr("Berichten per dag per platform"), self.tr("Acties per moderator"),
                self.tr("Meest geraakte spelregels")), strict=True):
            label.setText(text)
        if self.overview is not None:
            self._show(self.overview)

    # --- loading ----------------------------------------------------------------------
    def period_days(self) -> int:
        """The chosen period length in days."""
        return int(self.period.currentData() or PERIOD_DAYS[1])

    def refresh(self) -> None:
        """Recompute the figures on a worker."""
        days, ws, me, service = self.period_days(), self._ws, self._me, self._service
        self._loading = True

        def work() -> StatsOverview:
            visible = visible_accounts(me, ws.accounts.list())
            return service.overview(StatsPeriod.last_days(ws.clock(), days, visible))

        Op(self, work).success(self._on_loaded).failure(self._on_failed).run()
        self.reach.set_days(days)

    def _on_loaded(self, overview: StatsOverview) -> None:
        self._loading = False
        self.overview = overview
        self.messages.hide()
        self._show(overview)

    def _on_failed(self, error: Exception) -> None:
        self._loading = False
        sentence, details = describe(error)
        self.messages.show_message(self.tr("Statistieken niet beschikbaar: {0}").format(sentence),
                                   "error", details=details)

    # --- showing ----------------------------------------------------------------------
    def _show(self, o: StatsOverview) -> None:
        self.kpi_items.set(f"{o.total_items:n}", self.tr("in de laatste {0} dagen")
                           .format((o.period.until - o.period.since).days))
        self.kpi_flagged.set(f"{o.share_flagged:.0%}",
                             self.tr("{0} van {1} berichten").format(o.flagged_items,
                                                                     o.total_items))
        self.kpi_response.set(duration_text(o.median_first_response),
                              self.tr("over {0} beantwoorde of afgehandelde berichten")
                              .format(o.answered_items))
        per_mod = o.actions_by_moderator()
        self.kpi_actions.set(f"{sum(per_mod.values()):n}",
                             self.tr("door {0} moderatoren").format(len(per_mod)))
        self._show_per_day(o)
        self._show_per_moderator(o)
        self._show_rules(o)

    def _show_per_day(self, o: StatsOverview) -> None:
        if not o.total_items:
            self.per_day.show_empty(self.tr("Geen berichten in deze periode."))
            return
        days = [(o.period.since + timedelta(days=n)).date()
                for n in range((o.period.until - o.period.since).days)]
        # Up to a month: one bar per day; longer periods: one bar per ISO week.
        weekly = len(days) > 31

        def bucket(d: date) -> date:
            return d - timedelta(days=d.weekday()) if weekly else d

        buckets = sorted({bucket(d) for d in days})
        shown = sorted({d.platform for d in o.per_day})
        counts: dict[tuple[date, str], int] = {}
        for d in o.per_day:
            key = (bucket(d.day), d.platform)
            counts[key] = counts.get(key, 0) + d.count
        series = [(platforms.name(p), platforms.colour(p), [counts.get((b, p), 0) for b in buckets])
                  for p in shown]
        labels = [self.tr("wk {0}").format(b.isocalendar().week) if weekly
                  else b.strftime("%d-%m" if len(days) <= 14 else "%d") for b in buckets]
        self.per_day.show_chart(stacked_bars(labels, series))

    def _show_per_moderator(self, o: StatsOverview) -> None:
        if not o.actions:
            self.per_moderator.show_empty(self.tr("Nog geen acties in deze periode."))
            return
        moderators = sorted({a.moderator for a in o.actions})
        kinds = sorted({a.kind for a in o.actions})
        counts = {(a.moderator, a.kind): a.count for a in o.actions}
        series = [(action_label(k), SERIES[n % len(SERIES)],
                   [counts.get((m, k), 0) for m in moderators]) for n, k in enumerate(kinds)]
        self.per_moderator.show_chart(stacked_bars(moderators, series, horizontal=True))

    def _show_rules(self, o: StatsOverview) -> None:
        if not o.top_rules:
            self.top_rules.show_empty(self.tr("Geen spelregels geraakt in deze periode."))
            return
        self.top_rules.show_chart(ranked_bars([r.rule_id for r in o.top_rules],
                                              [r.count for r in o.top_rules], SERIES[1]))

    def on_changes(self, changes: Changes) -> None:
        """Recompute (debounced) when counts or the log moved."""
        if changes.counts or changes.audit or changes.rules:
            self._refresh_timer.start()
