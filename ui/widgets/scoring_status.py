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
from ui import errors, plaintext
from ui.i18n import follow_language
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
        self._facts: dict[str, Any] = {}
        self._render()
        follow_language(self, self._render)

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
        self.state = str(value["stage"])
        self._facts = value
        self._render()

    def _on_done(self, result: dict[str, Any]) -> None:
        self._job = None
        self._facts = result
        self.state = "done" if result.get("model") else "missing"
        self._render()
        if self.state == "done" and int(result.get("scored", 0)):
            self.finished.emit(Changes(counts=True))

    def _on_failed(self, error: Exception) -> None:
        self._job = None
        self.state = "failed"
        self._facts = {"error": errors.details(error)}
        self._render()

    def _render(self) -> None:
        f, tip = self._facts, ""
        if self.state == "loading":
            text = self.tr("Toxiciteitsmodel laden…")
        elif self.state == "scoring":
            text = self.tr("Toxiciteit scoren: {done} van {total}").format(
                done=f.get("done", 0), total=f.get("total", 0))
        elif self.state == "done":
            text = self.tr("Model {model}: alles gescoord").format(model=f.get("model", ""))
            tip = self.tr("Scores op Nederlandse tekst zijn indicatief: Nederlands zat "
                          "niet in de trainingsdata van Detoxify.")
        elif self.state == "missing":
            text = self.tr("Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel")
            tip = self.tr("Installeer een model met \"moderator model install BUNDEL\"; "
                          "berichten worden dan alsnog gescoord.")
        elif self.state == "failed":
            text = self.tr("Toxiciteitsmodel: fout")
            tip = str(f.get("error", ""))  # the worker's own (technical) words
        else:
            text = self.tr("Toxiciteitsmodel: controleren…")
        self.setText(text)
        self.setToolTip(plaintext.tooltip(tip))
