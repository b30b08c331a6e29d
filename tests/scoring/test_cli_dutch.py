"""A Dutch model installed from a folder through the command line, as an organisation would.

``moderator model install FOLDER --labels ... --language nl`` next to the general Detoxify
model, then ``moderator score`` and ``moderator queue --json`` on a SQLite workspace: Dutch
items are scored by the Dutch model, the rest by Detoxify. The app's child process
(``moderator.worker score``) routes the same way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from moderator.cli import main
from tests.scoring.conftest import ROBBERT_LABELS

ROOT = Path(__file__).resolve().parents[2]
DETOXIFY_CATEGORIES = {"toxicity", "severe_toxicity", "obscene", "threat", "insult",
                       "identity_attack"}


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, tiny_bundle: Path) -> str:
    ws = str(tmp_path_factory.mktemp("dutch") / "W")
    assert main(["demo", "--workspace", ws]) == 0
    assert main(["model", "install", str(tiny_bundle), "--workspace", ws]) == 0
    return ws


def test_install_lists_scores_and_shows_the_model_per_item(
    demo: str, robbert_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    # without a mapping the labels cannot be trusted: refused, in Dutch and English
    assert main(["model", "install", str(robbert_folder), "--language", "nl",
                 "--workspace", demo]) == 2
    err = capsys.readouterr().err
    assert "niet gekoppeld" in err and "not mapped" in err and "Traceback" not in err
    assert main(["model", "install", str(robbert_folder), "--labels", ROBBERT_LABELS,
                 "--language", "nl", "--workspace", demo]) == 0
    out = capsys.readouterr().out
    assert "active for nl" in out
    assert "labels: LABEL_0=-,LABEL_1=toxicity,haat=identity_attack" in out
    assert "fast runtime: onnx-int8" in out

    assert main(["model", "list", "--workspace", demo, "--json"]) == 0
    models = {m["name"]: m for m in _lines(capsys.readouterr().out)}
    assert (models["bundle"]["language"], models["bundle"]["active"]) == (None, True)
    nl = models["robbert-nl"]
    assert (nl["language"], nl["active"], nl["kind"]) == ("nl", True, "huggingface")
    assert nl["labels"] == {"LABEL_0": "-", "LABEL_1": "toxicity", "haat": "identity_attack"}
    assert main(["model", "list", "--workspace", demo]) == 0
    table = capsys.readouterr().out.splitlines()
    assert any(r.startswith("* robbert-nl") and " nl " in r and "haat=identity_attack" in r
               for r in table)
    assert any(r.startswith("* bundle") and " any " in r for r in table)

    assert main(["score", "--workspace", demo, "--json"]) == 0
    captured = capsys.readouterr()
    scored = {r["id"]: r for r in _lines(captured.out)}
    by_model = {r["model"] for r in scored.values()}
    assert by_model == {"bundle", "robbert-nl"}
    dutch = {i for i, r in scored.items() if r["model"] == "robbert-nl"}
    assert all(scored[i]["language"] == "nl" for i in dutch)
    assert all(r["language"] != "nl" for r in scored.values() if r["model"] == "bundle")
    assert len(dutch) > 500 and len(scored) - len(dutch) > 50  # the demo is mostly Dutch
    assert "robbert-nl" in captured.err and "nl: robbert-nl" in captured.err

    assert main(["queue", "--workspace", demo, "--json", "--all", "--limit", "5000"]) == 0
    queue = _lines(capsys.readouterr().out)
    assert {r["id"] for r in queue} == set(scored)
    for row in queue:
        want = {"toxicity", "identity_attack"} if row["id"] in dutch else DETOXIFY_CATEGORIES
        assert set(row["scores"]) == want
    assert main(["score", "--workspace", demo]) == 0
    assert "scored 0 items" in capsys.readouterr().out


def test_score_input_names_model_and_language(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "t.jsonl"
    texts = ["jij bent echt een sukkel", "go away nobody wants you here", "👍"]
    src.write_text("".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in enumerate(texts)))
    assert main(["score", "--workspace", demo, "--input", str(src), "--json"]) == 0
    out = _lines(capsys.readouterr().out)
    assert [(o["id"], o["model"], o["language"]) for o in out] == [
        (0, "robbert-nl", "nl"), (1, "bundle", "en"), (2, "bundle", "und")]


def test_zip_install_and_the_apps_child_process_route_too(
    tmp_path: Path, tiny_bundle: Path, robbert_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "robbert-nl.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in robbert_folder.rglob("*"):
            zf.write(path, path.relative_to(robbert_folder.parent).as_posix())
    ws = str(tmp_path / "W")
    assert main(["demo", "--workspace", ws]) == 0
    assert main(["model", "install", str(tiny_bundle), "--workspace", ws, "--no-prepare"]) == 0
    assert main(["model", "install", str(archive), "--labels", ROBBERT_LABELS, "--language",
                 "nl", "--workspace", ws, "--no-prepare"]) == 0
    capsys.readouterr()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "moderator.worker", "score", "--workspace", ws],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])["result"]
    assert "nl: robbert-nl" in result["model"]
    counts = {key.split()[0]: n for key, n in result["by_model"].items()}
    assert set(counts) == {"bundle", "robbert-nl"} and counts["robbert-nl"] > 500
    assert result["scored"] == sum(counts.values())
