"""Representativeness in the statistics panel: are the voices heard many or a few?

A plain-language reading on top ("De helft van de reacties komt van 12 mensen"), then
three charts: the share of comments from the most active authors, new authors per week,
and comments per platform.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from moderator.moderators import visible_accounts
from moderator.stats import StatsPeriod
from ui import platforms
from ui.errors import describe
from ui.i18n import follow_language
from ui.stats.charts import ChartBox, ranked_bars, stacked_bars
from ui.style import SERIES, card, heading
from ui.tasks import Op

if TYPE_CHECKING:
    from moderator.items import ModeratorInfo
    from moderator.participation.reach import Reach
    from moderator.workspace import Workspace

ALL = "\x00all"  # the project combo's "every project" entry


class ReachSection(QWidget):
    """The representativeness figures of one project over the panel's period."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._days = 14
        self.reach: Reach | None = None
        self.project = QComboBox()
        # the projects arrive after the first show: size to them, not to the empty box
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project.currentIndexChanged.connect(self.refresh)
        self._title = heading("", "section")
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setStyleSheet("font-size: 14px;")
        self.top, self.weeks, self.per_platform = ChartBox(), ChartBox(), ChartBox()
        for box in (self.top, self.weeks, self.per_platform):
            box.setMinimumHeight(210)
        self._chart_titles = [heading("", "section") for _ in range(3)]
        frame, inner = card()
        row = QHBoxLayout()
        row.addWidget(self._title, 1)
        row.addWidget(self.project)
        inner.addLayout(row)
        inner.addWidget(self.reading)
        grid = QGridLayout()
        for n, (title, box) in enumerate(zip(self._chart_titles, (
                self.top, self.weeks, self.per_platform), strict=True)):
            grid.addWidget(title, 0, n)
            grid.addWidget(box, 1, n)
        inner.addLayout(grid, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        Op(self, ws.reach.projects).success(self._on_projects).run()

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Wie hoort u? Spreiding van de reacties"))
        self.project.setAccessibleName(self.tr("Project"))
        for label, text in zip(self._chart_titles, (
                self.tr("Aandeel van de actiefste schrijvers (%)"),
                self.tr("Nieuwe schrijvers per week"),
                self.tr("Per platform: reacties en schrijvers")),
                strict=True):
            label.setText(text)
        if self.project.count():
            self.project.setItemText(0, self.tr("Alle projecten"))
        if self.reach is not None:
            self._show(self.reach)

    def _on_projects(self, projects: list[str]) -> None:
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("Alle projecten"), ALL)
        for p in projects:
            self.project.addItem(p, p)
        self.project.blockSignals(False)
        self.refresh()

    def set_days(self, days: int) -> None:
        """Follow the panel's period."""
        self._days = days
        self.refresh()

    def refresh(self) -> None:
        """Recompute on a worker."""
        chosen = self.project.currentData()
        project = None if chosen in (None, ALL) else str(chosen)
        ws, me, days = self._ws, self._me, self._days

        def work() -> Reach:
            period = StatsPeriod.last_days(ws.clock(), days)
            visible = visible_accounts(me, ws.accounts.list())
            return ws.reach.reach(period.since, period.until, project, visible)

        Op(self, work).success(self._show).failure(self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        self.reading.setText(describe(error)[0])

    def reading_text(self, r: Reach) -> str:
        """The figures in a few plain sentences (as ``moderator.participation.reach.reading``)."""
        if not r.comments:
            return self.tr("Er zijn in deze periode geen reacties van burgers.")
        parts = [self.tr("%n reacties", "", r.comments) + " " +
                 self.tr("van %n mensen.", "", r.authors)]
        if r.half_from:
            parts.append(self.tr("De helft van de reacties komt van %n mensen.", "",
                                 r.half_from))
        parts.append(self.tr("De 10% actiefste schrijvers plaatsten {0:.0%} van de reacties.")
                     .format(r.top_share.get(0.10, 0.0)))
        if r.repeat_authors:
            parts.append(self.tr("%n mensen reageerden vaker dan één keer.", "",
                                 r.repeat_authors))
        if r.authors >= 10 and r.half_from * 10 <= r.authors:
            parts.append(self.tr("Een kleine groep is dus goed voor een groot deel van wat u "
                                 "hoort."))
        else:
            parts.append(self.tr("De reacties zijn redelijk gespreid over veel mensen."))
        if r.restricted:
            parts.append(self.tr("{0:.0%} is verborgen of verwijderd.")
                         .format(r.restricted_share))
        return " ".join(parts)

    def _show(self, r: Reach) -> None:
        self.reach = r
        self.reading.setText(self.reading_text(r))
        if not r.comments:
            for box in (self.top, self.weeks, self.per_platform):
                box.show_empty(self.tr("Geen reacties in deze periode."))
            return
        shares = [round(v * 100) for v in r.top_share.values()]
        labels = [self.tr("top {0}%").format(round(k * 100)) for k in r.top_share]
        self.top.show_chart(ranked_bars(labels, shares, SERIES[2]))
        self.weeks.show_chart(stacked_bars(
            [self.tr("wk {0}").format(d.isocalendar().week) for d, _ in r.new_per_week],
            [(self.tr("nieuwe schrijvers"), SERIES[0], [n for _, n in r.new_per_week])]))
        names = sorted(r.platforms, key=lambda p: -r.platforms[p][0])
        self.per_platform.show_chart(stacked_bars(
            [platforms.name(p) for p in names],
            # stacked to the total of comments: one per author, plus the rest by repeaters
            [(self.tr("schrijvers"), SERIES[1], [r.platforms[p][1] for p in names]),
             (self.tr("extra reacties van dezelfde schrijvers"), SERIES[3],
              [r.platforms[p][0] - r.platforms[p][1] for p in names])]))
