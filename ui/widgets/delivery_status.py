"""Delivery to the platforms while the app is open, shown in the status bar.

When this computer holds the platform tokens (or the workspace is a demo), the app runs
the worker loop of ``moderator worker`` in a child process (``ui.jobs``: job ``serve``):
scheduled sync, exactly-once delivery and scoring. Each batch it reports makes the queue
reload in place. Without tokens (a team whose worker holds them) the label says
"verzending via de teamworker" with the worker's health read from the database.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from moderator.secrets import KeyringStore, account_key
from moderator.teamworker import Health, Sending, sending
from ui import errors, plaintext
from ui.i18n import follow_language
from ui.jobs import Job
from ui.tasks import Op

if TYPE_CHECKING:
    from moderator.items import AccountInfo
    from moderator.workspace import Workspace

HEALTH_POLL_MS = 15_000


def _has_token(account_id: int) -> bool:
    try:
        return bool(KeyringStore().get(account_key(account_id)))
    except Exception:  # no usable keyring: this computer cannot send
        return False


class DeliveryStatus(QLabel):
    """Runs (or watches) delivery; ``progressed`` after each batch so the queue reloads."""

    progressed = Signal(bool)  # True: platform actions were sent (their states changed)
    drained = Signal()  # nothing is waiting any more (quitting may go on)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryStatus")
        plaintext.plain(self)
        self._ws = ws
        self._job: Job | None = None
        self._mode: Sending | None = None
        self.backlog = 0
        self._health: Health | None = None
        self._error = ""
        self._accounts: list[AccountInfo] = []
        self._timer = QTimer(self)
        self._timer.setInterval(HEALTH_POLL_MS)
        self._timer.timeout.connect(self._poll_health)
        self._render()
        follow_language(self, self._render)

    # -- public -------------------------------------------------------------------------
    def start(self) -> None:
        """Find out who sends (reads the keyring on a worker), then send or watch."""
        ws = self._ws
        Op(self, lambda: sending(ws, _has_token)).success(self._on_mode).run()

    @property
    def sends_here(self) -> bool:
        """Whether this app sends the platform actions itself."""
        return self._mode is not None and self._mode.here

    def wake(self) -> None:
        """A command queued a platform action: make sure the loop runs."""
        if self.sends_here and self._job is None:
            self._start_job()
        self.backlog += 1
        self._render()

    def stop(self, msecs: int = 5000) -> None:
        """On close: stop at the next safe point (what was not sent goes out next time)."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job.wait(msecs)

    # -- behaviour ----------------------------------------------------------------------
    def _on_mode(self, mode: Sending) -> None:
        self._mode, self.backlog = mode, mode.outstanding
        if mode.here:
            if mode.live_accounts:  # a demo starts sending at its first action
                self._start_job()
        else:
            self._poll_health()
            self._timer.start()
        self._render()

    def _start_job(self) -> None:
        self._error = ""
        self._job = Job(self, self._ws, "serve")
        self._job.on_progress(self._on_progress).success(self._on_stopped) \
            .failure(self._on_failed).run()

    def _on_progress(self, value: dict[str, Any]) -> None:
        self.backlog = int(value.get("backlog", self.backlog))
        self._render()
        self.progressed.emit(bool(value.get("delivery")))
        if self.backlog == 0:
            self.drained.emit()

    def _on_stopped(self, _result: dict[str, Any]) -> None:
        self._job = None
        self._render()

    def _on_failed(self, error: Exception) -> None:
        self._job = None
        self._error = errors.details(error)
        self._render()

    def _poll_health(self) -> None:
        ws = self._ws
        Op(self, lambda: (Health.load(ws), ws.outbox.outstanding(), ws.accounts.list())) \
            .success(self._on_health).failure(lambda _e: None).run()

    def _on_health(self, found: tuple[Health | None, int, list[AccountInfo]]) -> None:
        self._health, self.backlog, self._accounts = found
        self._render()

    def _render(self) -> None:
        n, tip = self.backlog, ""
        if self._mode is None:
            text = ""
        elif self._mode.here:
            if self._error:
                text = self.tr("Verzenden gestopt")
                tip = self._error  # the job's own (technical) words
            elif n:
                text = self.tr("%n actie(s) wacht(en) op verzenden", "", n)
            else:
                text = self.tr("Alles verzonden")
        else:
            text = self.tr("Verzending via de teamworker")
            h = self._health
            if h is None:
                tip = self.tr("De teamworker heeft nog niet gedraaid.")
            elif not h.alive(datetime.now(UTC)):
                text = self.tr("Teamworker niet actief")
                tip = self.tr("Laatste ronde: {time}").format(time=_local(h.beat))
            else:
                tip = self._health_tip(h)
            if n:
                text += " · " + self.tr("%n wachtend", "", n)
        self.setText(text)
        self.setToolTip(plaintext.tooltip(tip))  # names accounts and quotes platform errors

    def _health_tip(self, h: Health) -> str:
        lines = [self.tr("Laatste ronde: {time}").format(time=_local(h.beat))]
        for account in self._accounts:
            a = h.accounts.get(str(account.id))
            if a is None:
                continue
            line = self.tr("{account}: gesynchroniseerd {time}").format(
                account=account.name, time=_local(a.last_sync) if a.last_sync else "—")
            if a.last_error:
                line += " · " + self.tr("fout: {error}").format(error=a.last_error)
            lines.append(line)
        if h.failed:
            lines.append(self.tr("%n mislukte actie(s)", "", h.failed))
        if h.last_error:
            lines.append(self.tr("Laatste fout: {error}").format(error=h.last_error))
        return "\n".join(lines)


def _local(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")
    except ValueError:
        return "—"
