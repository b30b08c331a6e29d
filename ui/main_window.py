"""The main window: menus, tabs (wachtrij + the side panels), status bar, language.

It owns the QActions (built once from ``ui.actions``), hosts the triage view and the
panels from ``ui.panels`` (loaded lazily, skipped when absent), and broadcasts
``changes_applied(Changes)`` after every command so each panel decides what to refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator.changes import Changes
from moderator.items import ItemId
from ui import access, i18n, panels, plaintext, vocabulary
from ui import actions as action_specs
from ui.live import LiveQueue
from ui.tasks import Op
from ui.triage.commands import ItemCommands
from ui.triage.view import TriageView
from ui.widgets.delivery_status import DeliveryStatus
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.layouts import scrolled
from ui.widgets.scoring_status import ScoringStatus
from ui.widgets.shortcut_sheet import ShortcutSheet

if TYPE_CHECKING:
    from moderator.audit.chain import VerifyResult
    from moderator.items import ModeratorInfo
    from moderator.workspace import Workspace

MENUS = ("file", "queue", "item", "view", "help")
FRAME_ROOM = (24, 48)  # what a window manager adds around a window, at most (title bar)


class MainWindow(QMainWindow):
    """The desk: one queue, the item detail, and the side panels as tabs."""

    changes_applied = Signal(object)  # Changes
    language_changed = Signal(str)

    def __init__(self, ws: Workspace, me: ModeratorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ws, self.me = ws, me
        self.built = action_specs.build(self)
        for act in self.built.values():
            self.addAction(act)  # window-wide shortcuts even when menus are hidden
        self.triage = TriageView(ws, me, self.built)
        self.commands = ItemCommands(ws, me, self.built, self.triage, self)
        self.live = LiveQueue(ws, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.triage, "")
        self.panels: dict[str, QWidget] = {}
        self._panel_specs = panels.PANELS
        self._panel_tabs: dict[int, panels.PanelSpec] = {}
        self._holders: dict[int, QVBoxLayout] = {}  # tab index -> the layout its panel joins
        for spec in self._panel_specs:
            holder = QWidget()
            index = self.tabs.addTab(scrolled(holder), "")  # a panel taller than the screen
            self._holders[index] = QVBoxLayout(holder)
            self._holders[index].setContentsMargins(0, 0, 0, 0)
            self._panel_tabs[index] = spec
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.sheet: ShortcutSheet | None = None
        self._menus: dict[str, QMenu] = {}
        self._tab_actions: list[QAction] = []
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.retranslate_ui()
        i18n.follow_language(self, self.retranslate_ui)
        self.regions = access.RegionCycler(self, self.focus_regions)
        access.apply(self)
        self._fit_screen()
        self._restore_geometry()
        Op.default_failure = self.triage.messages.show_error
        self._quitting = self._close_when_drained = False

    def start(self) -> None:
        """Begin loading (call once the window exists)."""
        self.triage.start()
        self.scoring.start()
        self.live.start()
        self.delivery.start()
        # The tamper alarm: the log must still hold the head this computer verified last.
        Op(self, self.ws.audit.check_witness).success(self._on_witness).run()

    def _on_witness(self, result: VerifyResult) -> None:
        if not result.ok:
            self.triage.messages.show_message(
                self.tr("Manipulatie-alarm: het moderatielogboek is veranderd sinds deze "
                        "computer het de laatste keer controleerde. Laat een teamleider het "
                        "logboek controleren."), "error", details=result.reason)

    # -- construction -------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name in MENUS:
            self._menus[name] = bar.addMenu("")
        for spec in action_specs.ACTIONS:
            self._menus[spec.menu].addAction(self.built[spec.id])
            if spec.separator_after:
                self._menus[spec.menu].addSeparator()
        for n, _spec in enumerate([None, *self._panel_specs]):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            act.triggered.connect(lambda _=False, i=n: self.tabs.setCurrentIndex(i))
            self._menus["view"].addAction(act)
            self._tab_actions.append(act)
        dialogs = {d.id: d for d in panels.DIALOGS}
        for aid, did in (("app.accounts", "accounts"), ("app.settings", "settings"),
                         ("app.moderators", "moderators")):
            self.built[aid].triggered.connect(
                lambda _=False, d=dialogs[did]: self.open_dialog(d))

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        # A folder or database the user named: plain text, and it gives way first.
        self._where = ElidedLabel(shrinks=True)
        self._who = plaintext.label()
        self._loaded = QLabel()
        sb.addWidget(self._where, 1)
        self.scoring = ScoringStatus(self.ws)
        self.scoring.finished.connect(self.apply_changes)
        self.delivery = DeliveryStatus(self.ws)
        self.delivery.progressed.connect(self._on_delivery_progress)
        self.delivery.drained.connect(self._on_drained)
        sb.addPermanentWidget(self.delivery)
        sb.addPermanentWidget(self.scoring)
        sb.addPermanentWidget(self._loaded)
        sb.addPermanentWidget(self._who)

    def _connect(self) -> None:
        b = self.built
        b["queue.next"].triggered.connect(lambda: self.triage.step(1))
        b["queue.previous"].triggered.connect(lambda: self.triage.step(-1))
        b["queue.search"].triggered.connect(self.triage.focus_search)
        b["queue.refresh"].triggered.connect(self.refresh)
        b["view.focus_mode"].toggled.connect(self.triage.set_focus_mode)
        b["help.shortcuts"].triggered.connect(self.show_shortcuts)
        b["app.quit"].triggered.connect(self.close)
        for spec in action_specs.ACTIONS:
            if spec.id.startswith("filter."):
                fid = spec.id.removeprefix("filter.")
                b[spec.id].triggered.connect(
                    lambda _=False, f=fid: self.triage.filters.select_filter(f))
        b["view.language_nl"].triggered.connect(lambda: self.set_language("nl"))
        b["view.language_en"].triggered.connect(lambda: self.set_language("en"))
        self.commands.changes_applied.connect(self.apply_changes)
        self.live.changed.connect(self.apply_changes)
        self.live.failed.connect(self.triage.messages.show_error)
        self.triage.detail.retry_requested.connect(
            lambda entry: self._delivery_command(entry, retry=True))
        self.triage.detail.cancel_requested.connect(
            lambda entry: self._delivery_command(entry, retry=False))
        self.triage.model.page_loaded.connect(self._update_status)
        self.triage.model.total_changed.connect(self._update_status)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.triggered.connect(self._on_escape)
        self.addAction(escape)

    # -- behaviour ----------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a command touched and tell every panel (the one broadcast point).

        Commands here, and other processes through the live queue, both end up here.
        """
        if changes.arrived:  # new items (or too much to list): every row read again
            self.triage.model.reload(keep_gone=True)
        if changes.outbox:
            self.delivery.wake()
        if changes.items:
            self.triage.refresh_items(changes.items)
        if changes.counts:
            self.triage.filters.refresh_counts()
            self.triage.model.recount()  # the header's total agrees with the sidebar
        for panel in self.panels.values():
            slot = getattr(panel, "on_changes", None)
            if callable(slot):
                try:
                    slot(changes)
                except Exception as e:
                    self.triage.messages.show_error(e)
        self.changes_applied.emit(changes)

    def _on_delivery_progress(self, delivered: bool) -> None:
        """A batch was synced or sent: reload the queue in place, the counts, the log."""
        self.triage.model.reload(keep_gone=True)  # rows never vanish under the moderator
        if delivered:
            self.triage.reload_detail()
        self.apply_changes(Changes(counts=True, audit=True))

    def _delivery_command(self, entry_id: int, *, retry: bool) -> None:
        """Retry or cancel a failed platform action (from the item detail)."""
        ws, me = self.ws, self.me
        outbox = ws.outbox

        def work() -> bool:
            act = outbox.retry if retry else outbox.cancel
            return act(entry_id, me.name, me.role.value)

        def done(moved: bool) -> None:
            self.triage.reload_detail()
            self.apply_changes(Changes(counts=True, audit=True, outbox=moved and retry))

        Op(self, work, write=True).success(done).run()

    def refresh(self) -> None:
        """F5: reload the queue and the counts."""
        self.triage.model.reload()
        self.triage.filters.refresh_counts()

    def show_shortcuts(self) -> None:
        """``?``: the shortcut sheet (non-blocking)."""
        if self.sheet is None:
            self.sheet = ShortcutSheet(self.built, self)
        self.sheet.retranslate_ui()
        self.sheet.open()

    def open_dialog(self, spec: panels.PanelSpec) -> QWidget | None:
        """Open an accounts/settings dialog from the registry."""
        dlg = spec.load()(self.ws, self.me, self)
        language = getattr(dlg, "language_changed", None)  # optional signals of a dialog
        if isinstance(language, SignalInstance):
            language.connect(self.set_language)
        changes = getattr(dlg, "changes_applied", None)
        if isinstance(changes, SignalInstance):
            changes.connect(self.apply_changes)
        address = getattr(dlg, "address_changed", None)
        if isinstance(address, SignalInstance):
            address.connect(i18n.set_address)
        shortcuts = getattr(dlg, "shortcuts_changed", None)
        if isinstance(shortcuts, SignalInstance):
            shortcuts.connect(self.apply_shortcuts)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        access.apply(dlg)
        if isinstance(dlg, QDialog):
            dlg.open()
        else:
            dlg.show()
        return dlg

    def set_language(self, lang: str) -> None:
        """Switch the UI language now and remember it."""
        lang = i18n.install(lang)
        QSettings().setValue("ui/language", lang)
        self.language_changed.emit(lang)

    def _on_tab_changed(self, index: int) -> None:
        spec = self._panel_tabs.get(index)
        if spec is None or spec.id in self.panels:
            return
        holder = self._holders[index]
        try:
            panel = spec.load()(self.ws, self.me, holder.parentWidget())
        except Exception as e:
            self.triage.messages.show_error(e)
            return
        holder.addWidget(panel)
        panel.show()  # now, not on the layout's queued show: Tab and F6 can go there at once
        self.panels[spec.id] = panel
        access.apply(panel)
        opener = getattr(panel, "open_item", None)
        if isinstance(opener, SignalInstance):
            opener.connect(self.show_item)

    def show_item(self, item_id: int) -> None:
        """Open an item in the queue tab (a double-click in the log, a waiting reply)."""
        self.tabs.setCurrentIndex(0)
        self.triage.show_item(ItemId(item_id))

    def apply_shortcuts(self) -> None:
        """Take the shortcuts from the settings again (after they were edited)."""
        action_specs.apply_overrides(self.built, action_specs.load_overrides())
        self.retranslate_ui()

    def focus_regions(self) -> list[QWidget]:
        """What F6 cycles through: the queue screen's regions, or a panel; then the tabs."""
        page = self.tabs.currentWidget()
        if page is self.triage:
            return [*self.triage.focus_regions(), self.tabs.tabBar()]
        return [page, self.tabs.tabBar()]

    def _on_escape(self) -> None:
        """Esc: out of the search field, out of focus mode, else back to the queue."""
        focus = QApplication.focusWidget()
        if focus is self.triage.search:
            self.triage.leave_search()
        elif self.built["view.focus_mode"].isChecked():
            self.built["view.focus_mode"].setChecked(False)
        elif self.tabs.currentWidget() is self.triage:
            self.triage.restore_focus()

    def _update_status(self, *_args: object) -> None:
        model = self.triage.model
        total = model.total
        loaded = model.rowCount()
        self._loaded.setText(self.tr("{loaded} geladen van {total}").format(
            loaded=f"{loaded:,}".replace(",", "."),
            total="…" if total is None else f"{total:,}".replace(",", ".")))

    # -- language -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every text of the window in the current language."""
        # Qt adds " — Moderator" (the application display name) on X11 and Windows.
        self.setWindowTitle(self.ws.label)
        titles = {"file": self.tr("&Bestand"), "queue": self.tr("&Wachtrij"),
                  "item": self.tr("Be&richt"), "view": self.tr("Bee&ld"),
                  "help": self.tr("&Help")}
        for name, menu in self._menus.items():
            menu.setTitle(titles[name])
        action_specs.retranslate(self.built)
        self.built["view.language_nl"].setChecked(i18n.current() == "nl")
        self.built["view.language_en"].setChecked(i18n.current() == "en")
        self.tabs.setTabText(0, self.tr("Wachtrij"))
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self._tab_actions[0].setText(self.tr("Naar de wachtrij"))
        for index, spec in self._panel_tabs.items():
            title = panels_tr(spec.title)
            self.tabs.setTabText(index, title)
            self._tab_actions[index].setText(self.tr("Naar {panel}").format(panel=title))
        self._where.setText(self.tr("Werkruimte: {where}").format(where=self.ws.label))
        self._who.setText(f"{self.me.name} · {vocabulary.role(self.me.role)}")
        self.triage.retranslate_ui()
        self.commands.update_states()
        self.triage.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                 self.triage.model.columnCount() - 1)
        self.triage.queue.retranslate_columns()
        self._update_status()
        if self.sheet is not None:
            self.sheet.retranslate_ui()

    # -- quitting -----------------------------------------------------------------------
    def ask_wait(self, waiting: int) -> QMessageBox:
        """Ask whether to wait for ``waiting`` actions to be sent before quitting.

        "Wachten" closes the window once everything is sent; "Nu afsluiten" closes now.
        """
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Nog niet alles verzonden"),
                          self.tr("%n actie(s) wacht(en) nog op verzending naar het platform. "
                                  "Wachten tot alles verzonden is?", "", waiting), parent=self)
        box.setInformativeText(self.tr("Sluit u nu af, dan gaat niets verloren: wat wacht, "
                                       "wordt bij de volgende start of door de teamworker "
                                       "verzonden."))
        wait = box.addButton(self.tr("Wachten"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Nu afsluiten"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.setObjectName("quitWhilePending")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is wait:
                self._close_when_drained = True
                self.statusBar().showMessage(self.tr("Afsluiten zodra alles verzonden is…"))
            else:
                self._quitting = True
                self.close()

        box.finished.connect(answered)
        box.open()
        return box

    def _on_drained(self) -> None:
        if self._close_when_drained:
            self._quitting = True
            self.close()

    # -- geometry -----------------------------------------------------------------------
    def _fit_screen(self) -> None:
        """1480 by 900 where there is room, else what fits (small screen, 150 %, 200 %).

        Room is left for the window's frame and title bar.
        """
        screen = self.screen().availableGeometry()
        self.resize(min(1480, screen.width() - FRAME_ROOM[0]),
                    min(900, screen.height() - FRAME_ROOM[1]))

    def _restore_geometry(self) -> None:
        qs = QSettings()
        geometry = qs.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            screen = self.screen().availableGeometry()
            if not screen.contains(self.frameGeometry()):  # saved at another scale or screen
                self._fit_screen()
                self.move(screen.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Qt override: with actions still to send, ask whether to wait for them."""
        waiting = self.delivery.backlog if self.delivery.sends_here else 0
        if waiting and not self._quitting:
            event.ignore()
            self.ask_wait(waiting)
            return
        QSettings().setValue("ui/geometry", self.saveGeometry())
        self.live.stop()
        self.delivery.stop()
        self.scoring.cancel()
        self.scoring.wait(3000)  # let the run store its batch; a kill would only lose that batch
        super().closeEvent(event)


def panels_tr(text: str) -> str:
    """Translate a panel title (context "Panels")."""
    return QCoreApplication.translate("Panels", text)
