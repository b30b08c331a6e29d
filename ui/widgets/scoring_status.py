"""Background toxicity scoring for the open workspace, shown in the status bar.

The model loads and scores in a child process (``ui.jobs``: not even a thread of the GUI's
process); the label says what is going on, including the normal state of having no model
installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from moderator.changes import Changes
from ui.jobs import Job

if TYPE_CHECKING:
    from moderator.workspace import Workspace


class ScoringStatus(QLabel):
    """Runs ``score_unscored`` once per call of ``start`` and reports progress."""

    finished = Signal(object)  # Changes, when scores were stored

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoringStatus")
        self._ws = ws
        self._job: Job | None = None
        self.state = "idle"
        self.setText(self.tr("Toxiciteitsmodel: controleren…"))

    def start(self) -> None:
        """Score what is unscored (no-op while a run is going on)."""
        if self._job is not None:
            return
        self._job = Job(self, self._ws, "score")
        self._job.on_progress(self._on_progress).success(self._on_done) \
            .failure(self._on_failed).run()

    def cancel(self) -> None:
        """Stop after the current batch (on close)."""
        if self._job is not None:
            self._job.cancel()

    def wait(self, msecs: int = 10_000) -> None:
        """On close: give the run time to store its last batch."""
        if self._job is not None:
            self._job.wait(msecs)

    def _on_progress(self, value: dict[str, Any]) -> None:
        stage, done, total = value["stage"], value["done"], value["total"]
        self.state = stage
        if stage == "loading":
            self.setText(self.tr("Toxiciteitsmodel laden…"))
        elif stage == "scoring":
            self.setText(self.tr("Toxiciteit scoren: {done} van {total}").format(
                done=done, total=total))

    def _on_done(self, result: dict[str, Any]) -> None:
        self._job = None
        model = result.get("model", "")
        if not model:
            self._show_missing()
            return
        self.state = "done"
        scored = int(result.get("scored", 0))
        self.setText(self.tr("Model {model}: alles gescoord").format(model=model))
        self.setToolTip(self.tr("Scores op Nederlandse tekst zijn indicatief: Nederlands zat "
                                "niet in de trainingsdata van Detoxify."))
        if scored:
            self.finished.emit(Changes(counts=True))

    def _on_failed(self, error: Exception) -> None:
        self._job = None
        self.state = "failed"
        self.setText(self.tr("Toxiciteitsmodel: fout ({error})").format(error=error))

    def _show_missing(self) -> None:
        self.state = "missing"
        self.setText(self.tr("Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel"))
        self.setToolTip(self.tr("Installeer een model met \"moderator model install BUNDEL\"; "
                                "berichten worden dan alsnog gescoord."))
