"""Toxicity scoring: the scorer contract, the model store, runtimes and background scoring.

This package is the only place that imports torch, detoxify, transformers or onnxruntime, and
it does so lazily: importing ``moderator.scoring`` itself costs nothing heavy.
"""

from moderator.scoring.base import ModelInfo, Scores, ScoreSink, ToxicityScorer
from moderator.scoring.factory import RUNTIMES, open_scorer, prepare
from moderator.scoring.run import RunResult, ScoreCache, ScoringRun
from moderator.scoring.store import ModelStore, default_root

__all__ = [
    "RUNTIMES",
    "ModelInfo",
    "ModelStore",
    "RunResult",
    "ScoreCache",
    "ScoreSink",
    "Scores",
    "ScoringRun",
    "ToxicityScorer",
    "default_root",
    "open_scorer",
    "prepare",
]
