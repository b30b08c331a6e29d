"""Language routing: Dutch comments to the Dutch model, the rest to Detoxify, language stored."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, Any

import pytest

from moderator.items import ItemId
from moderator.query import QueueQuery
from moderator.scoring import ScoreCache, ScoringRun
from moderator.scoring.labels import parse_spec
from moderator.scoring.language import UNDETERMINED, LanguageDetector
from moderator.scoring.routing import open_routed
from moderator.scoring.run import score_routed
from tests.helpers.workspaces import make_item
from tests.scoring import tiny_hf

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.workspace import Workspace

DUTCH = ["Ik ga alle ambtenaren van dat kantoor vermoorden", "jij bent echt een sukkel",
         "bedankt voor je reactie, we kijken ernaar", "ik weet waar je woont"]
ENGLISH = ["I will find you and hurt you", "thanks for sharing this update",
           "go away nobody wants you here"]
NEITHER = ["👍👍", "https://www.example.nl/a27", ""]
ALL = QueueQuery(all_statuses=True)


def test_detector_names_dutch_english_and_undetermined() -> None:
    detector = LanguageDetector()
    assert detector.detect_all(DUTCH) == ["nl"] * len(DUTCH)
    assert detector.detect_all(ENGLISH) == ["en"] * len(ENGLISH)
    assert detector.detect_all(NEITHER) == [UNDETERMINED] * len(NEITHER)
    assert detector.detect("@gemeente https://x.nl jullie luisteren gewoon niet") == "nl"
    assert "fy" in LanguageDetector(["fy"]).languages and "fy" not in detector.languages
    with pytest.raises(ValueError, match="xx"):
        LanguageDetector(["xx"])


def test_dutch_goes_to_the_dutch_model_and_the_rest_to_detoxify(routed: Any) -> None:
    router = open_routed(routed.require_routing())
    assert (router.fallback.model_name, router.languages["nl"].model_name) == ("tiny",
                                                                              "robbert-nl")
    assert router.languages["nl"].runtime == "onnx-int8"
    texts = [*DUTCH, *ENGLISH, *NEITHER]
    scored = score_routed(router, texts, ScoreCache())
    assert [s.model_name for s in scored] == ["robbert-nl"] * 4 + ["tiny"] * 6
    assert [s.language for s in scored] == ["nl"] * 4 + ["en"] * 3 + [UNDETERMINED] * 3
    assert set(scored[0].scores) == {"toxicity", "identity_attack"}
    assert set(scored[4].scores) == {"toxicity", "severe_toxicity", "obscene", "threat",
                                     "insult", "identity_attack"}
    alone = router.languages["nl"].score(DUTCH)  # routing does not change the numbers
    assert [s.scores for s in scored[:4]] == alone


def test_scores_store_the_language_and_who_needs_rescoring(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(n) for n in range(1, 6)])
    ids = [ItemId(i.id) for i in any_ws.queue.page(ALL).items]
    a, b, c, d, e = sorted(ids)
    s = any_ws.scores
    s.store("detox", "g1", [(a, {"toxicity": 0.1}), (b, {"toxicity": 0.2})], ["en", "nl"])
    s.store("robbert", "n1", [(c, {"toxicity": 0.3})], ["nl"])
    s.store("detox", "g1", [(d, {"toxicity": 0.4})])  # before languages were kept
    assert _todo(s, "g1", None) == {c, e}  # one model: only its version counts
    assert _todo(s, "g1", {"nl": "n1"}) == {b, d, e}  # Dutch by Detoxify, unknown, unscored
    assert _todo(s, "g1", {"nl": "n2"}) == {b, c, d, e}  # a new Dutch model redoes Dutch
    assert _todo(s, "g2", {"nl": "n1"}) == {a, b, d, e}
    assert s.count_unscored("g1", {"nl": "n1"}) == 3


def _todo(s: Any, version: str, languages: dict[str, str] | None) -> set[ItemId]:
    return {i for i, _ in s.unscored(version, 100, languages)}


def test_run_routes_stores_and_rescores_only_dutch_for_a_new_dutch_model(
    sqlite_ws: Workspace, routed: Any, tmp_path: Path
) -> None:
    texts = [*DUTCH, *ENGLISH, *NEITHER]
    sqlite_ws.ingest.upsert([make_item(n, text=t) for n, t in enumerate(texts, 1)])
    seen: list[tuple[str, int]] = []
    result = ScoringRun(open_routed(routed.require_routing()), sqlite_ws.scores,
                        stored=lambda name, _v, ids, _l: seen.append((name, len(ids)))).run()
    assert result.done == len(texts)
    assert sorted(seen) == [("robbert-nl", 4), ("tiny", 6)]
    assert sorted(result.by_model.values()) == [4, 6]
    for item in sqlite_ws.queue.page(ALL).items:
        detail = sqlite_ws.queue.detail(item.id)
        if item.text in DUTCH:
            assert detail.score_model.startswith("robbert-nl ") and detail.score_model.endswith(
                "(nl)")
            assert set(item.scores) == {"toxicity", "identity_attack"}
        else:
            assert detail.score_model.startswith("tiny ")
    again = ScoringRun(open_routed(routed.require_routing()), sqlite_ws.scores).run()
    assert again.done == 0

    from moderator.scoring.store import ModelStore

    # the same general model (a copy of the store, caches and all), another Dutch model
    store = ModelStore(shutil.copytree(routed.root, tmp_path / "models"))
    dutch = store.install(tiny_hf.robbert(tmp_path / "robbert2", seed=5),
                          labels=parse_spec("LABEL_1=toxicity,*=-"), language="nl",
                          name="robbert-2")
    assert store.routing().general.name == "tiny"  # type: ignore[union-attr]
    redo = ScoringRun(open_routed(store.require_routing()), sqlite_ws.scores).run()
    assert (redo.done, list(redo.by_model)) == (4, [f"robbert-2 {dutch.version}"])
