"""Score a workspace's unscored items in the background (the app's worker calls this).

A missing model is a normal state: the function says so and returns; rules still run and
the items stay unscored until a model is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator.errors import UnavailableError
from moderator.scoring.store import ModelStore, default_root

if TYPE_CHECKING:
    import threading

    from moderator.workspace import Workspace

# (stage, done, total): stage is "loading", "scoring" or "idle".
Report = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class BackgroundResult:
    """What a background run did; ``model`` is empty when none is installed."""

    model: str
    scored: int
    from_cache: int
    runtime: str = ""


def model_store(ws: Workspace) -> ModelStore:
    """The model store that belongs to a workspace (its folder, else the user's)."""
    return ModelStore(default_root(str(ws.directory) if ws.directory else None))


def score_unscored(ws: Workspace, report: Report,
                   cancel: threading.Event | None = None) -> BackgroundResult:
    """Load the active model and score every unscored item, newest unhandled first."""
    from moderator.scoring.factory import open_scorer
    from moderator.scoring.run import ScoringRun

    info = model_store(ws).active()
    if info is None:
        return BackgroundResult("", 0, 0)
    report("loading", 0, 0)
    try:
        scorer = open_scorer(info)
    except UnavailableError:
        return BackgroundResult("", 0, 0)
    run = ScoringRun(scorer, ws.scores, progress=lambda d, t: report("scoring", d, t),
                     cancel=cancel)
    result = run.run()
    report("idle", result.done, result.done)
    return BackgroundResult(f"{info.name} {info.version}", result.done, result.from_cache,
                            scorer.runtime)
