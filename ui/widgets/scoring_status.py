"""Background toxicity scoring for the open workspace, shown in the status bar.

The model loads and scores on a worker (never the GUI thread); the label says what is
going on, including the normal state of having no model installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from moderator.changes import Changes
from ui.tasks import Op

if TYPE_CHECKING:
    from moderator.workspace import Workspace


class ScoringStatus(QLabel):
    """Runs ``score_unscored`` once per call of ``start`` and reports progress."""

    finished = Signal(object)  # Changes, when scores were stored

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoringStatus")
        self._ws = ws
        self._op: Op[object] | None = None
        self.state = "idle"
        self.setText(self.tr("Toxiciteitsmodel: controleren…"))

    def start(self) -> None:
        """Score what is unscored (no-op while a run is going on)."""
        if self._op is not None:
            return
        try:
            from moderator.scoring.background import score_unscored
        except ImportError:
            self._show_missing()
            return
        ws = self._ws

        def work(report):  # type: ignore[no-untyped-def]
            return score_unscored(ws, lambda stage, d, t: report((stage, d, t)),
                                  cancel=op.cancelled)

        op: Op[object] = Op(self, work, progress=True)
        self._op = op
        op.on_progress(self._on_progress).success(self._on_done).failure(self._on_failed).run()

    def cancel(self) -> None:
        """Stop after the current batch (on close)."""
        if self._op is not None:
            self._op.cancel()

    def _on_progress(self, value: object) -> None:
        stage, done, total = value  # type: ignore[misc]
        self.state = stage
        if stage == "loading":
            self.setText(self.tr("Toxiciteitsmodel laden…"))
        elif stage == "scoring":
            self.setText(self.tr("Toxiciteit scoren: {done} van {total}").format(
                done=done, total=total))

    def _on_done(self, result: object) -> None:
        self._op = None
        model = getattr(result, "model", "")
        if not model:
            self._show_missing()
            return
        self.state = "done"
        scored = int(getattr(result, "scored", 0))
        self.setText(self.tr("Model {model}: alles gescoord").format(model=model))
        self.setToolTip(self.tr("Scores op Nederlandse tekst zijn indicatief: Nederlands zat "
                                "niet in de trainingsdata van Detoxify."))
        if scored:
            self.finished.emit(Changes(counts=True))

    def _on_failed(self, error: Exception) -> None:
        self._op = None
        self.state = "failed"
        self.setText(self.tr("Toxiciteitsmodel: fout ({error})").format(error=error))

    def _show_missing(self) -> None:
        self.state = "missing"
        self.setText(self.tr("Geen toxiciteitsmodel geïnstalleerd — spelregels werken wel"))
        self.setToolTip(self.tr("Installeer een model met \"moderator model install BUNDEL\"; "
                                "berichten worden dan alsnog gescoord."))
