"""Render each main screen on the demo workspace offscreen to ``docs/screenshots/*.png``.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots]

A fresh demo workspace is made in a temporary folder. When this checkout has no active
rule set or toxicity model yet, a small stand-in rule set (tests/helpers/stub_rules.py)
flags the demo items and stand-in scores are derived from those flags, so the flag and
toxicity columns have something to show; with the real rules and model they are used.
Fonts: the images use DejaVu Sans when nothing better is installed
(``apt-get install fonts-dejavu-core`` if letters show as boxes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from moderator.demo import create_demo  # noqa: E402
from moderator.items import ItemId  # noqa: E402
from moderator.query import QueueQuery  # noqa: E402
from moderator.workspace import Workspace  # noqa: E402
from ui import app as ui_app  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.main_window import MainWindow

SIZE = (1480, 900)


def wait_until(cond: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Process events until ``cond()`` holds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if cond():
            return True
        time.sleep(0.01)
    return False


def settle(seconds: float = 0.4) -> None:
    """Let pending workers and repaints finish."""
    wait_until(lambda: False, seconds)


def stand_in_scores(ws: Workspace) -> None:
    """Scores derived from the stand-in flags (only when no model has scored anything)."""
    items = ws.queue.page(QueueQuery(all_statuses=True), limit=1000).items
    if any(s.toxicity is not None for s in items):
        return
    rows = []
    for s in items:
        base = 0.03 + (hash(s.text) % 13) / 100
        if "R1" in s.flags:
            base = 0.82 + (hash(s.text) % 15) / 100
        elif s.flags:
            base = 0.28 + (hash(s.text) % 20) / 100
        rows.append((ItemId(s.id), {"toxicity": min(base, 0.99), "insult": base * 0.8,
                                    "threat": base * 0.2, "obscene": base * 0.45,
                                    "identity_attack": base * 0.15,
                                    "severe_toxicity": base * 0.3}))
    ws.scores.store("stand-in", "demo", rows)


def make_workspace(folder: Path) -> Workspace:
    """A demo workspace with (real or stand-in) rules and scores."""
    ws = Workspace.open(workspace=folder)
    from tests.helpers import stub_rules

    stub_rules.install(ws)
    create_demo(ws)
    stand_in_scores(ws)
    waiting_reply(ws)
    return ws


def waiting_reply(ws: Workspace) -> None:
    """The external moderator answers one comment: it waits in *Ter goedkeuring*.

    The demo itself has nothing there, so the panel would show empty.
    """
    from moderator.actions import ActionRequest
    from moderator.items import ActionKind, ItemKind

    pieter = ws.moderators.current("Pieter Jansen")
    page = ws.queue.page(QueueQuery(kinds=frozenset({ItemKind.COMMENT})), viewer=pieter)
    for item in page.items:
        try:
            ws.actions.perform(pieter, ActionRequest(
                ActionKind.REPLY, ItemId(item.id),
                text="Dank voor uw vraag. De planning van de werkzaamheden staat op de "
                     "projectpagina; we sturen u de link."))
            return
        except Exception:  # this one cannot be answered: the next
            continue


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with a dialog drawn centred on top (offscreen has no WM)."""
    base = window.grab()
    dialog.adjustSize()
    settle(0.3)
    top = dialog.grab()
    p = QPainter(base)
    p.fillRect(base.rect(), QColor(20, 30, 45, 90))
    at = QPoint((base.width() - top.width()) // 2, (base.height() - top.height()) // 3)
    p.setPen(QColor(0, 0, 0, 40))
    p.drawRect(at.x() - 1, at.y() - 1, top.width() + 1, top.height() + 1)
    p.drawPixmap(at, top)
    p.end()
    return base


def pick_row(window: MainWindow) -> None:
    """Go to a flagged item with evidence and context, so the detail shows its range."""
    model = window.triage.model
    for row in range(model.rowCount()):
        s = model.summary(row)
        if s is not None and "R1" in s.flags and len(s.text) > 40:
            window.triage.queue.go_to_row(row)
            return
    window.triage.queue.go_to_row(0)


def shoot(out: Path) -> list[Path]:  # noqa: PLR0915
    """Render every screen; returns the files written."""
    app = ui_app.make_app()
    QSettings().clear()
    written: list[Path] = []

    def save(pm: QPixmap, name: str) -> None:
        path = out / f"{name}.png"
        pm.save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        ws = make_workspace(Path(tmp) / "demo")
        window = ui_app.open_window(ws, "Sanne de Vries", "nl")
        window.resize(*SIZE)
        window.show()
        wait_until(lambda: window.triage.model.rowCount() > 0)
        wait_until(lambda: window.triage.model.total is not None)
        pick_row(window)
        wait_until(lambda: window.triage.detail.detail is not None)
        settle()
        save(window.grab(), "queue")

        window.built["view.focus_mode"].setChecked(True)
        settle()
        save(window.grab(), "focus-mode")
        window.built["view.focus_mode"].setChecked(False)
        settle()

        window.show_shortcuts()
        settle()
        assert window.sheet is not None
        save(with_dialog(window, window.sheet), "shortcut-sheet")
        window.sheet.accept()

        for _ in range(20):  # an item a warning can go to (the platform allows replies)
            if window.built["item.warn"].isEnabled():
                break
            window.triage.step(1)
            settle(0.2)
        window.built["item.warn"].trigger()
        wait_until(lambda: window.commands.dialog is not None, 30)
        settle()
        dlg = window.commands.dialog
        if dlg is not None:
            save(with_dialog(window, dlg), "warn-dialog")
            dlg.reject()
        settle()
        window.triage.step(3)
        settle()
        for _ in range(20):  # a comment the account can answer (not a DM, not hidden)
            if window.built["item.reply"].isEnabled():
                break
            window.triage.step(1)
            settle(0.2)
        window.built["item.reply"].trigger()
        wait_until(lambda: window.commands.dialog is not None, 30)
        settle()
        dlg = window.commands.dialog
        if dlg is not None:
            dlg.choose_template("vraag-doorgezet")
            settle(0.1)
            save(with_dialog(window, dlg), "reply-dialog")
            dlg.reject()
        settle()

        window.triage.filters.select_filter("dm")
        wait_until(lambda: window.triage.model.rowCount() > 0)
        wait_until(lambda: window.triage.detail.detail is not None)
        settle()
        save(window.grab(), "queue-dms")

        for index, spec in window._panel_tabs.items():
            window.tabs.setCurrentIndex(index)
            settle(1.5)
            show_demo_choice(window, spec.id)
            save(window.grab(), f"panel-{spec.id}")
        shoot_reach(window, save)
        window.tabs.setCurrentIndex(0)

        shoot_connect(window, ws, save)
        shoot_delivery(window, ws, save)

        from ui import i18n

        window.set_language("en")
        settle()
        save(window.grab(), "queue-en")
        i18n.install("nl")
        window.close()
        ws.close()
    del app
    return written


def show_demo_choice(window: MainWindow, panel_id: str) -> None:
    """Pick what the participation screens show: the A27 register, the market-square poll."""
    panel = window.panels.get(panel_id)
    combo = {"register": "project", "polls": "poll"}.get(panel_id)
    if panel is None or combo is None:
        return
    box = getattr(panel, combo)
    words = "A27" if panel_id == "register" else "PEILING"
    for n in range(box.count()):
        if words in box.itemText(n):
            box.setCurrentIndex(n)
            break
    if panel_id == "register":
        panel.show_what.setCurrentIndex(2)  # every input, with and without feedback
    settle(1.0)


def shoot_reach(window: MainWindow, save: Callable[[QPixmap, str], None]) -> None:
    """The statistics panel scrolled to who is heard, for the A27 project."""
    stats = window.panels.get("stats")
    if stats is None:
        return
    window.tabs.setCurrentIndex(next(i for i, s in window._panel_tabs.items()
                                     if s.id == "stats"))
    combo = stats.reach.project
    for n in range(combo.count()):
        if "A27" in combo.itemText(n):
            combo.setCurrentIndex(n)
    settle(1.5)
    bar = stats.scroller.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(0.5)
    save(window.grab(), "panel-stats-reach")


def shoot_connect(window: MainWindow, ws: Workspace,
                  save: Callable[[QPixmap, str], None]) -> None:
    """The connect flow against local stand-ins of Meta's login and Graph API.

    Platform picker, Meta's login inside the window, the page picker, and an account whose
    login was revoked (*opnieuw koppelen nodig*) in the accounts window and the sidebar.
    Tokens go to an in-memory keyring; nothing reaches a real platform.
    """
    import keyring

    from moderator.auth.registration import Registrations
    from moderator.auth.tokens import TokenVault
    from moderator.items import Platform
    from moderator.secrets import KeyringStore
    from moderator.settings import WorkspaceSettings
    from tests.fakes.graph import GraphApp, V
    from tests.fakes.keyring_backend import MemoryKeyring
    from tests.fakes.oauth import Hosted, OAuthApp
    from tests.fakes.server import FakeServer
    from ui.accounts.connect_dialog import ConnectDialog
    from ui.accounts.dialog import AccountsDialog

    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    keyring.set_keyring(MemoryKeyring())
    graph = GraphApp(page_id="2000", ig_id="1789")
    auth = OAuthApp("meta", pages=[
        {"id": "2000", "name": "Rijkswaterstaat A27", "ig": "1789", "ig_name": "rws.a27"},
        {"id": "2100", "name": "Gemeente Houten"}])
    regs = Registrations(WorkspaceSettings(ws.db), TokenVault(KeyringStore()))
    for platform in (Platform.FACEBOOK, Platform.YOUTUBE, Platform.X):
        regs.set(platform, auth.client_id, auth.client_secret)
    with FakeServer(Hosted(auth, graph), token="unused") as server:
        dlg = ConnectDialog(ws, window, auth_base=server.url, api_base=f"{server.url}/{V}")
        dlg.resize(720, 520)
        dlg.show()
        settle()
        save(with_dialog(window, dlg), "connect-platforms")
        dlg.start(Platform.FACEBOOK)
        wait_until(lambda: dlg.stack.currentIndex() == 2, timeout=60)
        settle()
        save(with_dialog(window, dlg), "connect-pages")
        dlg.project.setText("Verbreding A27")
        dlg.connect_checked()
        wait_until(lambda: not dlg.isVisible(), timeout=10)
    lost = next(a for a in ws.accounts.list() if a.name == "Rijkswaterstaat A27")
    ws.accounts.mark_reconnect(lost.id)
    window.triage.filters.load_accounts()
    settle(0.8)
    save(window.grab(), "reconnect-sidebar")
    accounts = AccountsDialog(ws, window.me, window)
    accounts.resize(1300, 560)
    accounts.show()
    wait_until(lambda: accounts.table.rowCount() == len(ws.accounts.list()))
    row = next(r for r in range(accounts.table.rowCount())
               if accounts.table.item(r, 1).text() == lost.name)
    accounts.table.selectRow(row)
    accounts.table.scrollToItem(accounts.table.item(row, 1))
    settle()
    save(with_dialog(window, accounts), "reconnect-accounts")
    accounts.close()


def shoot_scaled(out: Path, scale: float) -> list[Path]:
    """The queue on a 1280 by 720 desk at ``scale``; at 100 % also the keyboard focus.

    Runs in this process, which must have been started with the screen of
    ``tools.layout_check.screen_env`` (``--scaled``): Qt reads the scale at start-up.
    """
    app = ui_app.make_app()
    QSettings().clear()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = make_workspace(Path(tmp) / "demo")
        window = ui_app.open_window(ws, "Sanne de Vries", "nl")
        window.show()
        wait_until(lambda: window.triage.model.rowCount() > 0)
        wait_until(lambda: window.triage.model.total is not None)
        pick_row(window)
        wait_until(lambda: window.triage.detail.detail is not None)
        window.activateWindow()
        window.triage.queue.setFocus()
        settle(0.8)
        written.append(out / f"scale-{round(scale * 100)}.png")
        window.grab().save(str(written[-1]))  # device pixels: 2560 by 1440 at 200 %
        if scale == 1:
            window.regions.move(1)  # F6: from the queue to the item's detail
            settle(0.3)
            written.append(out / "keyboard-focus-detail.png")
            window.grab().save(str(written[-1]))
            window.regions.move(1)  # F6 again: the action bar's first button
            settle(0.3)
            written.append(out / "keyboard-focus-button.png")
            window.grab().save(str(written[-1]))
        window.close()
        ws.close()
    del app
    return written


def shoot_access(out: Path) -> list[Path]:
    """The scaled screenshots, each in a child process with its own display scale."""
    from tools.layout_check import screen_env

    written: list[Path] = []
    for scale in (1.0, 2.0):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "PYTHONPATH": str(ROOT), **screen_env(scale, Path(tmp))}
            done = subprocess.run([sys.executable, __file__, "--out", str(out),
                                   "--scaled", str(scale)], env=env, check=True,
                                  capture_output=True, text=True, timeout=600)
            written += [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]
    return written


def shoot_delivery(window: MainWindow, ws: Workspace,
                   save: Callable[[QPixmap, str], None]) -> None:
    """Platform actions waiting, sent and failed, and the "Mislukt" filter.

    The demo's own outbox goes out through the demo connector (as the app's delivery job
    would send it); then one item gets a sent hide and a reply the platform refuses, and
    another a hide that waits for the platform's retry time and one still to be sent.
    """
    from datetime import UTC, datetime, timedelta

    from moderator.actions import ActionRequest
    from moderator.connectors.registry import connector_for
    from moderator.items import ActionKind, ItemKind, Status
    from moderator.outbox.executor import OutboxExecutor
    from moderator.platforms import allows
    from moderator.secrets import KeyringStore

    accounts = {a.id: a for a in ws.accounts.list()}
    store = KeyringStore()
    executor = OutboxExecutor(ws.outbox, lambda aid: connector_for(accounts[aid], store))
    executor.drain(idle_wait=0.01)
    me = ws.moderators.current("Sanne de Vries")
    fit = [s for s in ws.queue.page(QueueQuery(), limit=200).items
           if s.kind is ItemKind.COMMENT and s.status in (Status.NEW, Status.FLAGGED)
           and allows(s.platform, s.kind, ActionKind.HIDE)
           and allows(s.platform, s.kind, ActionKind.REPLY)]
    failed, waiting = fit[0], fit[1]
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, failed.id))
    executor.run_once()
    ws.actions.perform(me, ActionRequest(
        ActionKind.REPLY, failed.id,
        text="Beste inwoner, we hebben uw bericht verborgen omdat het een scheldwoord bevat."))
    with ws.outbox.claim() as claim:  # the platform refuses it (what the executor records)
        assert claim is not None
        claim.failed("action_not_allowed", "(#368) The action attempted has been deemed "
                                           "abusive or is otherwise disallowed")
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, waiting.id))
    with ws.outbox.claim() as claim:  # throttled: tried again at the platform's time
        assert claim is not None
        claim.retry("rate_limited", "Graph error 4: Application request limit reached",
                    datetime.now(UTC) + timedelta(minutes=12))
    ws.actions.perform(me, ActionRequest(
        ActionKind.REPLY, waiting.id, text="Dank u, we zoeken het uit en komen erop terug."))
    window.delivery.start()  # reads the backlog again
    window.triage.filters.refresh_counts()
    window.triage.filters.select_filter("hidden")
    wait_until(lambda: window.triage.model.row_of(waiting.id) >= 0)
    window.triage.queue.go_to_row(window.triage.model.row_of(waiting.id))
    wait_until(lambda: window.triage.detail.detail is not None
               and window.triage.detail.detail.item.id == waiting.id)
    settle(0.8)
    window.triage.detail._scroll.verticalScrollBar().setValue(10_000)  # the history
    settle()
    save(window.grab(), "delivery-pending")
    window.triage.filters.select_filter("failed")
    wait_until(lambda: window.triage.model.rowCount() == 1)
    wait_until(lambda: window.triage.detail.detail is not None
               and window.triage.detail.detail.item.id == failed.id)
    settle(0.8)
    window.triage.detail._scroll.verticalScrollBar().setValue(10_000)
    settle()
    save(window.grab(), "delivery-failed")
    window.triage.filters.select_filter("open")
    settle()


def main() -> None:
    """Command line."""
    p = argparse.ArgumentParser(description="Render Moderator's screens to PNG.")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--access", action="store_true",
                   help="only the 100 %% / 200 %% and keyboard-focus screenshots")
    p.add_argument("--scaled", type=float, help=argparse.SUPPRESS)  # child of --access
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.scaled:
        paths = shoot_scaled(args.out, args.scaled)
    elif args.access:
        paths = shoot_access(args.out)
    else:
        paths = shoot(args.out) + shoot_access(args.out)
    for path in paths:
        print(path.resolve())
    QApplication.processEvents()
    os._exit(0)  # skip interpreter teardown of Qt objects (offscreen, nothing to save)


if __name__ == "__main__":
    main()
