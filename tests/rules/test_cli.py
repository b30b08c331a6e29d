"""``moderator rules check|test`` from the outside (subprocess) and through ``main``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rules
from moderator.cli import main

ROOT = Path(__file__).resolve().parents[2]
NL = str(rules.shipped_set("spelregels-nl"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "moderator.cli", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60, check=False)


def test_check_shipped_set_exit_0() -> None:
    done = run("rules", "check", "rules/sets/spelregels-nl.yaml")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1 and "OK" in done.stdout


def test_check_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - id: [broken\n", encoding="utf-8")
    done = run("rules", "check", str(broken))
    assert done.returncode == 65
    assert "line" in done.stderr and "Traceback" not in done.stderr + done.stdout


def test_batch_three_lines_three_outputs(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(
        json.dumps({"text": "Jij bent een debiel"}) + "\n"
        + "{not json\n"
        + json.dumps({"text": "bel 06-12345678", "kind": "dm", "scores": {"threat": 0.1},
                      "history": [{"text": "x", "age_seconds": 5}]}) + "\n",
        encoding="utf-8",
    )
    done = run("rules", "test", NL, "--input", str(items), "--json")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0] == {"hits": [{
        "rule": "NL-SCHELDEN", "severity": "high", "action": "hide", "spans": [[13, 19]],
        "evidence": [{"span": [13, 19], "word": "debiel", "term": "debiel", "list": ""},
                     {"span": [13, 19], "word": "debiel", "term": "debiel",
                      "list": "scheldwoorden"}],
        "terms": ["debiel", "$scheldwoorden:debiel"], "words": ["debiel"]}]}
    assert "error" in lines[1]
    assert lines[2]["hits"][0]["rule"] == "NL-PERSOONSGEGEVENS"


@pytest.mark.parametrize("line", ['{"text": 5}', "[]", '{"text": "a", "scores": {"x": "high"}}',
                                  '{"text": "a", "history": [1]}', '{"text": "a", "kind": 3}'])
def test_batch_bad_shapes_are_error_lines(line: str, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode() + b"\n")))
    assert main(["rules", "test", NL, "--input", "-", "--json"]) == 0
    assert "error" in json.loads(capsys.readouterr().out)


def test_batch_names_list_terms_and_words_behind_each_hit(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"text": "Ik haat moslims."}) + "\n"
                     + json.dumps({"text": "Ik haat moslims niet."}) + "\n", encoding="utf-8")
    done = run("rules", "test", NL, "--input", str(items), "--json")
    assert done.returncode == 0, done.stderr
    hate, negated = (json.loads(line) for line in done.stdout.splitlines())
    hit = next(h for h in hate["hits"] if h["rule"] == "NL-DISCRIMINATIE")
    assert {(e["word"], e["term"], e["list"]) for e in hit["evidence"]} >= {
        ("haat", "haat", "haat"), ("moslims", "moslim", "groepen")}
    assert "$groepen:moslim" in hit["terms"] and "moslims" in hit["words"]
    assert all(e["span"] in hit["spans"] or any(s[0] <= e["span"][0] and e["span"][1] <= s[1]
                                                for s in hit["spans"]) for e in hit["evidence"])
    assert negated == {"hits": []}


def test_batch_evidence_with_a_lone_surrogate_is_one_line(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text('{"text": "kanker\\ud800x jij"}\n', encoding="utf-8")
    done = run("rules", "test", NL, "--input", str(items), "--json")
    assert done.returncode == 0, done.stderr
    hit = json.loads(done.stdout)["hits"][0]  # the input boundary made it U+FFFD
    assert hit["evidence"][0]["word"] == "kanker\ufffdx"


def test_text_mode_shows_spans(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", NL, "--text", "wat een k.u.t plan"]) == 0
    out = capsys.readouterr().out
    assert "NL-SCHELDEN" in out and "'k.u.t'" in out
    assert main(["rules", "test", NL, "--text", "prima plan"]) == 0
    assert "no rule matched" in capsys.readouterr().out


def test_missing_input_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", NL, "--input", "/nonexistent.jsonl", "--json"]) == 65
    assert capsys.readouterr().err.count("\n") == 1


def test_missing_rule_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", "/nonexistent.yaml"]) == 65
    assert "cannot read /nonexistent.yaml" in capsys.readouterr().err
