"""The moderation log (moderatielogboek): filters, integrity status, export.

Team leads see every entry; other roles see only their own (``audit.read_all``). The
chain is verified on a worker when the panel opens and whenever the log grows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator import localtime
from moderator.audit.filter import AuditFilter
from moderator.moderators import Permission, can
from moderator.stats import StatsService
from ui import plaintext, style
from ui.audit.model import AuditTableModel, action_label
from ui.audit.summary import SummaryDialog
from ui.errors import describe
from ui.i18n import follow_language
from ui.style import PANEL_STYLE, heading
from ui.tasks import Op
from ui.widgets.layouts import column
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from moderator.audit.chain import VerifyResult
    from moderator.audit.log import ExportResult
    from moderator.audit.review import ModeratorSummary
    from moderator.changes import Changes
    from moderator.items import AccountInfo, ModeratorInfo
    from moderator.workspace import Workspace

_PERIODS = ("all", "today", "7d", "30d", "custom")


class IntegrityBanner(QFrame):
    """The chain's state in one prominent line: checking, verified, or broken."""

    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "checking"
        self._icon = QLabel()
        self._icon.setStyleSheet("font-size: 22px;")
        self._title = QLabel()
        self._title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self._body = QLabel()
        self._body.setWordWrap(True)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self._title, self._body):
            plaintext.plain(label)
        self.button = QPushButton()
        self.button.clicked.connect(self.recheck_requested)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._body)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show_checking()

    def title(self) -> str:
        """The banner's headline (for tests)."""
        return self._title.text()

    def body(self) -> str:
        """The banner's explanation (for tests)."""
        return self._body.text()

    def show_checking(self) -> None:
        """Verification is running."""
        self.state = "checking"
        self._paint("info", "…", self.tr("Logboek wordt gecontroleerd…"),
                    self.tr("De hashketen wordt op de achtergrond nagerekend."))

    def show_result(self, r: VerifyResult) -> None:
        """Show a verification outcome."""
        if r.ok:
            self.state = "ok"
            head = f"{r.head.seq}:{r.head.hash[:12]}…" if r.head else "—"
            at = localtime.local(datetime.now(UTC)).strftime("%H:%M")
            self._paint("success", "✓",
                        self.tr("Logboek onveranderd — %n vermelding(en) gecontroleerd", "",
                                r.count),
                        self.tr("Elke vermelding sluit aan op de vorige en de vastgelegde kop "
                                "klopt ({0}). Gecontroleerd om {1}.").format(head, at))
        else:
            self.state = "broken"
            self._paint("error", "✗",
                        self.tr("LOGBOEK GEBROKEN bij vermelding {0}").format(r.broken_seq),
                        self.tr("De %n vermelding(en) daarvoor zijn in orde. Bewaar een export "
                                "en meld dit aan de functionaris gegevensbescherming.", "",
                                r.count), r.reason)

    def show_error(self, error: BaseException) -> None:
        """Verification could not run."""
        self.state = "error"
        self._paint("error", "!", self.tr("Controle mislukt"), *describe(error))

    def retranslate_ui(self) -> None:
        """Texts that do not depend on state."""
        self.button.setText(self.tr("Opnieuw controleren"))

    def _paint(self, kind: str, icon: str, title: str, body: str, details: str = "") -> None:
        fg, bg, _border = style.MESSAGE_COLOURS[kind]
        self.setStyleSheet(f"IntegrityBanner {{ background: {bg}; border-radius: 6px; }}"
                           f" QLabel {{ color: {fg}; }}")
        self._icon.setText(icon)
        self._title.setText(title)
        # The technical reason (English, from the core) on a line of its own.
        body = f"{body}\n{self.tr('Technisch: {0}').format(details)}" if details else body
        self._body.setText(body)
        self.retranslate_ui()


class AuditPanel(QWidget):
    """Filtered log view with integrity status and export.

    Double-clicking an entry opens its item in the queue tab (``open_item``).
    """

    open_item = Signal(int)

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws, self._me = ws, me
        self._all = can(me, Permission.AUDIT_READ_ALL)
        self._stats = StatsService(ws.db, ws.clock)
        self._accounts: list[AccountInfo] = []
        self.model = AuditTableModel(ws.audit, self)
        self.verify_result: VerifyResult | None = None
        self.summary_dialog: SummaryDialog | None = None
        self._verify_timer = QTimer(self, singleShot=True, interval=300)
        self._verify_timer.timeout.connect(self.verify)
        self._build()
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.failed.connect(self.messages.show_error)
        self._load_choices()
        self.apply_filter()
        self.verify()

    # --- construction -----------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        self._title = heading("")
        self._subtitle = heading("", "subtitle")
        self.banner = IntegrityBanner()
        self.banner.recheck_requested.connect(self.verify)
        self.messages = MessageBar()
        filters = self._build_filters()
        self.table = self._make_table()
        column(self, self._title, self._subtitle, self.banner, self.messages, filters,
               (self.table, 1), self._build_footer(), margins=(16, 14, 16, 12), spacing=10)
        self._sync_period_widgets()

    def _build_filters(self) -> QHBoxLayout:
        self.moderator = QComboBox()
        self.action = QComboBox()
        self.rule = QComboBox()
        self.account = QComboBox()
        self.period = QComboBox()
        self.since, self.until = QDateEdit(), QDateEdit()
        self.since.setCalendarPopup(True)
        self.until.setCalendarPopup(True)
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        for w in (self.moderator, self.action, self.rule, self.account, self.period):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            w.setMaximumWidth(260)
            w.currentIndexChanged.connect(self.apply_filter)
        for d in (self.since, self.until):
            d.setDisplayFormat("dd-MM-yyyy")
            d.dateChanged.connect(self.apply_filter)
        self._filter_labels = [QLabel() for _ in range(5)]
        filters = QHBoxLayout()
        for label, w in zip(self._filter_labels, (self.moderator, self.action, self.rule,
                                                   self.account, self.period), strict=True):
            label.setBuddy(w)
            label.setProperty("role", "subtitle")
            filters.addWidget(label)
            filters.addWidget(w)
            filters.addSpacing(6)
        filters.addWidget(self.since)
        filters.addWidget(self.until)
        filters.addStretch(1)
        return filters

    def _build_footer(self) -> QHBoxLayout:
        self.count_label = heading("", "subtitle")
        self.pseudonymise = QCheckBox()
        self.pseudonymise.setChecked(True)
        self.pseudonymise.setEnabled(can(self._me, Permission.EXPORT_PERSONAL))
        self.export_csv, self.export_jsonl = QPushButton(), QPushButton()
        self.export_review, self.summary = QPushButton(), QPushButton()
        self.export_review.clicked.connect(self._ask_review_export)
        self.export_review.setEnabled(can(self._me, Permission.EXPORT_PERSONAL))
        self.summary.clicked.connect(self.show_summary)
        self.summary.setEnabled(self._all)
        self.export_csv.clicked.connect(lambda: self._ask_export("csv"))
        self.export_jsonl.clicked.connect(lambda: self._ask_export("jsonl"))
        for b in (self.export_csv, self.export_jsonl):
            b.setEnabled(can(self._me, Permission.AUDIT_EXPORT))
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.summary)
        footer.addWidget(self.export_review)
        footer.addWidget(self.pseudonymise)
        footer.addWidget(self.export_csv)
        footer.addWidget(self.export_jsonl)
        return footer

    def _make_table(self) -> QTableView:
        t = QTableView()
        t.setModel(self.model)
        t.doubleClicked.connect(self._on_double_click)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(26)
        h = t.horizontalHeader()
        h.setStretchLastSection(True)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in enumerate((56, 150, 150, 130, 150, 280, 130, 170)):
            h.resizeSection(col, width)
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return t

    def retranslate_ui(self) -> None:
        """Set every text (again, after a language change)."""
        self._title.setText(self.tr("Moderatielogboek"))
        self._subtitle.setText(
            self.tr("Elke waarschuwing, verwijdering, verberging en elk antwoord, met wie, "
                    "wanneer en op grond van welke spelregel.") if self._all else
            self.tr("U ziet alleen uw eigen vermeldingen in het logboek."))
        for label, text in zip(self._filter_labels, (self.tr("Moderator"), self.tr("Actie"),
                               self.tr("Spelregel"), self.tr("Account"), self.tr("Periode")),
                               strict=True):
            label.setText(text)
        self._fill_period()
        self.pseudonymise.setText(self.tr("Gepseudonimiseerd"))
        self.pseudonymise.setToolTip(self.tr(
            "Zonder persoonsgegevens (namen, verstuurde teksten); de keten blijft controleerbaar."))
        self.export_csv.setText(self.tr("Exporteren als CSV (Excel)…"))
        self.export_jsonl.setText(self.tr("Exporteren als JSONL…"))
        self.export_review.setText(self.tr("Selectie exporteren voor controle…"))
        self.export_review.setToolTip(self.tr(
            "Wat het filter toont, met bericht, auteur en spelregel; Nederlandse kolommen, "
            "tijd in Amsterdam naast UTC. Alleen voor een teamleider."))
        self.summary.setText(self.tr("Overzicht per moderator…"))
        if not can(self._me, Permission.AUDIT_EXPORT):
            tip = self.tr("Alleen een teamleider mag het logboek exporteren.")
            self.export_csv.setToolTip(tip)
            self.export_jsonl.setToolTip(tip)
        self.banner.retranslate_ui()
        self._update_count()

    def _fill_period(self) -> None:
        texts = (self.tr("Alle tijd"), self.tr("Vandaag"), self.tr("Laatste 7 dagen"),
                 self.tr("Laatste 30 dagen"), self.tr("Aangepast"))
        current = max(0, self.period.currentIndex())
        self.period.blockSignals(True)
        self.period.clear()
        for code, text in zip(_PERIODS, texts, strict=True):
            self.period.addItem(text, code)
        self.period.setCurrentIndex(current)
        self.period.blockSignals(False)

    # --- choices ----------------------------------------------------------------------
    def _load_choices(self) -> None:
        stats, accounts = self._stats, self._ws.accounts
        Op(self, lambda: (stats.audit_choices(), accounts.list())) \
            .success(self._on_choices).failure(self._on_error).run()

    def _on_choices(self, res: tuple[tuple[list[str], list[str], list[str]],
                                     list[AccountInfo]]) -> None:
        (mods, actions, rules), self._accounts = res
        mods = mods if self._all else [self._me.name]
        self._fill(self.moderator, self.tr("Alle moderatoren"), [(m, m) for m in mods],
                   none=self._all)
        self._fill(self.action, self.tr("Alle acties"), [(a, action_label(a)) for a in actions])
        self._fill(self.rule, self.tr("Alle spelregels"), [(r, r) for r in rules])
        self._fill(self.account, self.tr("Alle accounts"),
                   [(a.id, a.name) for a in self._accounts])
        self.moderator.setEnabled(self._all)

    def _fill(self, combo: QComboBox, everything: str, values: list[tuple[object, str]],
              *, none: bool = True) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if none:
            combo.addItem(everything, None)
        for value, text in values:
            combo.addItem(text, value)
        found = combo.findData(keep)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # --- filtering --------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        """The filter the widgets describe (own entries only for non-team-leads)."""
        moderator = self.moderator.currentData() or ""
        if not self._all:
            moderator = self._me.name
        account = self.account.currentData()
        since, until = self._period_bounds()
        return AuditFilter(moderator=moderator, action=self.action.currentData() or "",
                           rule_id=self.rule.currentData() or "",
                           account_id=int(account) if account is not None else None,
                           since=since, until=until)

    def apply_filter(self) -> None:
        """Reload the table with the filter the widgets describe."""
        self._sync_period_widgets()
        self.model.set_filter(self.current_filter())

    def _period_bounds(self) -> tuple[datetime | None, datetime | None]:
        code = self.period.currentData() or "all"
        now = self._ws.clock()
        days = {"today": 1, "7d": 7, "30d": 30}.get(str(code))
        match code:
            case "today" | "7d" | "30d":
                return localtime.whole_days(now, days or 1)[0], None
            case "custom":
                return self._day(self.since.date()), self._day(self.until.date().addDays(1))
        return None, None

    @staticmethod
    def _day(d: QDate) -> datetime:
        return localtime.day_start(date(d.year(), d.month(), d.day()))

    def _sync_period_widgets(self) -> None:
        custom = self.period.currentData() == "custom"
        self.since.setVisible(custom)
        self.until.setVisible(custom)

    def _on_model_loaded(self) -> None:
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n vermelding(en)", "", total or 0))

    def _on_double_click(self, index: QModelIndex) -> None:
        item = self.model.item_id(index.row())
        if item is None:
            self.messages.show_info(self.tr("Deze vermelding gaat niet over een bericht dat u kunt "
                                            "openen."))
            return
        self.open_item.emit(item)

    # --- verification -----------------------------------------------------------------
    def verify(self) -> None:
        """Walk the whole chain on a worker and show the outcome in the banner."""
        self.banner.show_checking()
        Op(self, self._ws.audit.verify).success(self._on_verified) \
            .failure(self.banner.show_error).run()

    def _on_verified(self, result: VerifyResult) -> None:
        self.verify_result = result
        self.banner.show_result(result)

    # --- export -----------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        suffix = "csv" if fmt == "csv" else "jsonl"
        stamp = localtime.local(self._ws.clock()).strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Logboek exporteren"), f"moderatielogboek-{stamp}.{suffix}",
            self.tr("CSV voor Excel (*.csv)") if fmt == "csv" else self.tr("JSON Lines (*.jsonl)"))
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> Op[ExportResult]:
        """Export the whole log to ``path`` on a worker; reports in the message bar."""
        audit, pseudo = self._ws.audit, self.pseudonymise.isChecked()
        self.messages.show_info(self.tr("Exporteren naar {0}…").format(path.name))
        return Op(self, lambda: audit.export(path, fmt, pseudonymise=pseudo)) \
            .success(self._on_exported).failure(self._on_error).run()

    def _ask_review_export(self) -> None:
        stamp = localtime.local(self._ws.clock()).strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Selectie exporteren"), f"logboek-controle-{stamp}.csv",
            self.tr("CSV voor Excel (*.csv)"))
        if path:
            self.export_review_to(Path(path))

    def export_review_to(self, path: Path) -> Op[int]:
        """Export what the filter shows, in words, on a worker."""
        audit, f = self._ws.audit, self.current_filter()
        self.messages.show_info(self.tr("Exporteren naar {0}…").format(path.name))
        return Op(self, lambda: audit.export_review(path, f)) \
            .success(lambda n: self.messages.show_ok(
                self.tr("%n vermelding(en) geëxporteerd naar {0}.", "", n).format(path))) \
            .failure(self._on_error).run()

    def show_summary(self) -> Op[list[ModeratorSummary]]:
        """The per-moderator overview of the filtered period (worker, then a dialog)."""
        audit, f, period = self._ws.audit, self.current_filter(), self.period.currentText()

        def shown(rows: list[ModeratorSummary]) -> None:
            self.summary_dialog = SummaryDialog(rows, period, self)
            self.summary_dialog.open()

        return Op(self, lambda: audit.summary(f)).success(shown).failure(self._on_error).run()

    def _on_exported(self, r: ExportResult) -> None:
        head = f"{r.head.seq}:{r.head.hash[:12]}…" if r.head else "—"
        self.messages.show_ok(self.tr("%n vermelding(en) geëxporteerd naar {path} (kop {head}).",
                                      "", r.count).format(path=r.path, head=head))

    def _on_error(self, error: Exception) -> None:
        self.messages.show_error(error)

    # --- refresh ----------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Reload and re-verify when the log grew."""
        if changes.audit:
            self.model.reload()
            self._load_choices()
            self._verify_timer.start()
