"""The scoring commands through the real dispatcher, as the outside check calls them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from moderator.cli import main

if TYPE_CHECKING:
    from pathlib import Path

CHECK_TEXTS = ["jij bent echt een sukkel", "bedankt voor je reactie",
               "go away nobody wants you here", "wat een mooie foto"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, tiny_bundle: Path) -> Path:
    ws = tmp_path_factory.mktemp("cli") / "W"  # does not exist yet: install creates it
    assert main(["model", "install", str(tiny_bundle), "--workspace", str(ws)]) == 0
    return ws


def test_install_and_list(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["model", "list", "--workspace", str(workspace), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["active"]) for r in rows] == [("bundle", True)]
    assert main(["model", "list", "--workspace", str(workspace)]) == 0
    assert capsys.readouterr().out.startswith("* bundle")


def test_score_input_json_matches_stock(
    workspace: Path, tmp_path: Path, stock: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "t.jsonl"
    src.write_text("".join(json.dumps({"text": t}) + "\n" for t in CHECK_TEXTS) + "\n")
    assert main(["score", "--workspace", str(workspace), "--input", str(src), "--json"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["text"] for o in out] == CHECK_TEXTS
    assert {o["model"] for o in out} == {"bundle"}
    assert all(len(o["model_version"]) == 12 for o in out)
    ref = stock.score(CHECK_TEXTS)
    assert max(abs(o["scores"][k] - r[k]) for o, r in zip(out, ref, strict=True) for k in r) <= 0.02


def test_no_model_exits_69(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "t.jsonl"
    src.write_text('{"text": "hoi"}\n')
    assert main(["score", "--workspace", str(tmp_path / "empty"), "--input", str(src)]) == 69
    err = capsys.readouterr().err
    assert "no toxicity model installed" in err
    assert "Traceback" not in err


def test_bad_input_line_is_a_clear_error(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "t.jsonl"
    src.write_text('{"text": "ok"}\n{"txt": 1}\n')
    assert main(["score", "--workspace", str(workspace), "--input", str(src), "--json"]) == 65
    assert "t.jsonl:2" in capsys.readouterr().err


def test_bad_bundle_exit_code(workspace: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b").mkdir()
    assert main(["model", "install", str(tmp_path / "b"), "--workspace", str(workspace)]) == 65
    assert "no model.ckpt" in capsys.readouterr().err


def test_score_workspace_scores_every_unscored_item(
    tmp_path: Path, tiny_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "demo")
    assert main(["demo", "--workspace", ws]) == 0
    assert main(["model", "install", str(tiny_bundle), "--workspace", ws]) == 0
    capsys.readouterr()
    assert main(["queue", "--workspace", ws, "--json", "--limit", "1000"]) == 0
    before = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert before and all(not r["scores"] for r in before)
    assert main(["score", "--workspace", ws]) == 0
    # the queue shows open items; the run also scores handled ones
    assert int(capsys.readouterr().out.split()[1]) >= len(before)
    assert main(["queue", "--workspace", ws, "--json", "--limit", "1000"]) == 0
    after = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(after) == len(before) and all(r["scores"] for r in after)
    assert main(["score", "--workspace", ws]) == 0  # nothing left: a second run scores none
    assert "scored 0 items" in capsys.readouterr().out


def test_download_is_explicit_and_fails_clearly_offline(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))  # no cached release file
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.setenv(key, "1")  # download() flips these; monkeypatch restores them
    assert main(["model", "download", "nonsense", "--workspace", str(workspace)]) == 2
    assert main(["model", "download", "original", "--workspace", str(workspace)]) == 69
    err = capsys.readouterr().err
    assert "could not download 'original'" in err
    assert "Traceback" not in err
    assert main(["model", "list", "--workspace", str(workspace), "--json"]) == 0
    assert [json.loads(x)["name"] for x in capsys.readouterr().out.splitlines()] == ["bundle"]
