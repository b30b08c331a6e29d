"""Poll results (peilingen), counted live from the comments on the poll's posts.

One vote per author, the latest before the closing time counts; late, unclear and
changed votes are shown, and names that voted on several platforms are listed for a
human to judge. The counting method is written out under the result and in the export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from moderator import localtime
from moderator.participation.tabular import format_for
from ui import platforms
from ui.errors import describe
from ui.i18n import follow_language
from ui.plaintext import one_line
from ui.stats.charts import ChartBox, ranked_bars
from ui.stats.panel import Kpi
from ui.style import MUTED, PANEL_STYLE, SERIES, card, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.changes import Changes
    from moderator.items import ModeratorInfo
    from moderator.participation.polls import PollInfo, PollResult
    from moderator.workspace import Workspace

LIVE_MS = 20_000  # recount this often while the panel is open (new comments arrive by sync)


class PollsPanel(QWidget):
    """Choose a poll; see its live result and how it was counted."""

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self.result: PollResult | None = None
        self._live = QTimer(self, interval=LIVE_MS)
        self._live.timeout.connect(self.refresh)
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.load_polls()
        self._live.start()

    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        self._title, self._subtitle = heading(""), heading("", "subtitle")
        self.poll = QComboBox()
        self.poll.setMinimumWidth(420)
        self.poll.currentIndexChanged.connect(self.refresh)
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.poll)
        top.addWidget(self.export)
        self.messages = MessageBar()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.kpi_voters, self.kpi_changed, self.kpi_late, self.kpi_unclear = \
            Kpi(), Kpi(), Kpi(), Kpi()
        kpis = QHBoxLayout()
        for k in (self.kpi_voters, self.kpi_changed, self.kpi_late, self.kpi_unclear):
            kpis.addWidget(k)
        self.chart = ChartBox()
        chart_card, inner = card()
        self._chart_title = heading("", "section")
        inner.addWidget(self.question)
        inner.addWidget(self._chart_title)
        inner.addWidget(self.chart, 1)
        side, side_layout = card()
        self._cross_title = heading("", "section")
        self.cross = QLabel()
        self.cross.setWordWrap(True)
        self.cross.setTextFormat(Qt.TextFormat.PlainText)
        self.cross.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._method_title = heading("", "section")
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setTextFormat(Qt.TextFormat.PlainText)
        self.method.setStyleSheet(f"color: {MUTED};")
        for w in (self._cross_title, self.cross, self._method_title, self.method):
            side_layout.addWidget(w)
        side_layout.addStretch(1)
        side.setMaximumWidth(440)
        body = QHBoxLayout()
        body.addWidget(chart_card, 1)
        body.addWidget(side)
        column(self, top, self._subtitle, self.messages, kpis, (body, 1), spacing=10)

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Peilingen"))
        self._subtitle.setText(self.tr(
            "Stemmen uit reacties, live geteld: één stem per auteur, de laatste vóór de "
            "sluitingstijd telt."))
        self.export.setText(self.tr("Uitslag exporteren…"))
        self.kpi_voters.caption.setText(self.tr("Unieke stemmers"))
        self.kpi_changed.caption.setText(self.tr("Stem gewijzigd"))
        self.kpi_late.caption.setText(self.tr("Te laat, niet geteld"))
        self.kpi_unclear.caption.setText(self.tr("Onduidelijk, niet geteld"))
        self._chart_title.setText(self.tr("Stemmen per optie"))
        self._cross_title.setText(self.tr("Stemden op meer dan één platform"))
        self._method_title.setText(self.tr("Telmethode"))
        if self.result is not None:
            self._show(self.result)

    def load_polls(self) -> None:
        """Fill the poll list, then count the first."""
        Op(self, self._ws.polls.polls).success(self._on_polls).failure(self._on_failed).run()

    def _on_polls(self, polls: list[PollInfo]) -> None:
        current = self.poll.currentData()
        self.poll.blockSignals(True)
        self.poll.clear()
        for p in polls:
            where = ", ".join(platforms.name(x) for x in p.platforms)
            self.poll.addItem(f"{one_line(p.title, 60)} ({where})", p.item_id)
        self.poll.setCurrentIndex(max(0, self.poll.findData(current)))
        self.poll.blockSignals(False)
        if not polls:
            self.question.setText(self.tr("Nog geen peilingen. Maak er een met "
                                          "'moderator poll define'."))
        self.refresh()

    def refresh(self) -> None:
        """Recount the chosen poll on a worker."""
        item = self.poll.currentData()
        if item is None:
            return
        polls = self._ws.polls
        Op(self, lambda: polls.result(int(item))).success(self._show).failure(
            self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        sentence, details = describe(error)
        self.messages.show_message(sentence, "error", details=details)

    def _show(self, r: PollResult) -> None:
        self.result = r
        t, p = r.tally, r.poll
        self.question.setText(one_line(p.title, 300))
        self.kpi_voters.set(f"{t.voters:n}", self.tr("%n reacties gelezen", "", t.comments))
        self.kpi_changed.set(f"{t.changed:n}",
                             self.tr("%n stemden vaker", "", len(t.repeat_voters)))
        closes = localtime.local(p.closes_at).strftime("%d-%m-%Y %H:%M") if p.closes_at else None
        self.kpi_late.set(f"{t.late:n}", self.tr("sluit {0}").format(closes) if closes
                          else self.tr("geen sluitingstijd"))
        self.kpi_unclear.set(f"{t.unclear:n}", self.tr("%n reacties zonder stem", "",
                                                      t.not_votes))
        labels = [o.key + next((f" ({a})" for a in o.aliases if a.isalnum()), "")
                  for o in p.options]
        values = [t.counts[o.key] for o in p.options]
        if t.voters:
            self.chart.show_chart(ranked_bars(labels, values, SERIES[0]))
        else:
            self.chart.show_empty(self.tr("Nog geen stemmen."))
        self.cross.setText("\n".join(
            f"{c.name}: {', '.join(platforms.name(x) for x in c.platforms)}"
            for c in t.cross_platform) or self.tr("Niemand (voor zover de namen tonen)."))
        self.method.setText(r.method)

    def _export(self) -> None:
        item = self.poll.currentData()
        if item is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Uitslag exporteren"), "peiling.csv",
            self.tr("CSV voor Excel (*.csv);;JSON-regels (*.jsonl)"))
        if not name:
            return
        path, polls = Path(name), self._ws.polls
        Op(self, lambda: polls.export(int(item), path, format_for(path, None))).success(
            lambda _: self.messages.show_message(self.tr("Uitslag geëxporteerd."), "success")
        ).failure(self._on_failed).run()

    def on_changes(self, changes: Changes) -> None:
        """Reload the polls and recount when items changed (a new poll, new votes by sync)."""
        if changes.items or changes.counts:
            self.load_polls()
