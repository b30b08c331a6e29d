"""Score a workspace's unscored items in the background (the app's worker calls this).

A missing model is a normal state: the function says so and returns; rules still run and
the items stay unscored until a model is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
    """What a background run did; ``model`` is empty when none is installed.

    ``model`` names the models (``multilingual 1a2b3c4d5e6f, nl: robbert 9f8e7d6c5b4a``);
    ``by_model`` counts the items each one scored in this run.
    """

    model: str
    scored: int
    from_cache: int
    runtime: str = ""
    by_model: dict[str, int] = field(default_factory=dict)


def model_store(ws: Workspace) -> ModelStore:
    """The model store that belongs to a workspace (its folder, else the user's)."""
    return ModelStore(default_root(str(ws.directory) if ws.directory else None))


def score_unscored(ws: Workspace, report: Report,
                   cancel: threading.Event | None = None) -> BackgroundResult:
    """Load the installed models and score every unscored item, newest unhandled first.

    Each item goes to the model installed for its language, else to the general model.
    """
    from moderator.scoring.routing import open_routed
    from moderator.scoring.run import ScoringRun

    routing = model_store(ws).routing()
    if routing.fallback is None:
        return BackgroundResult("", 0, 0)
    report("loading", 0, 0)
    try:
        router = open_routed(routing)
    except UnavailableError:
        return BackgroundResult("", 0, 0)
    run = ScoringRun(router, ws.scores, progress=lambda d, t: report("scoring", d, t),
                     cancel=cancel)
    result = run.run()
    report("idle", result.done, result.done)
    runtimes = ", ".join(dict.fromkeys(s.runtime for s in router.scorers))
    return BackgroundResult(router.describe(), result.done, result.from_cache, runtimes,
                            result.by_model)
