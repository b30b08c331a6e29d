"""Hugging Face classifier folders (RobBERT/BERTje-shaped) installed, mapped and run on ONNX."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from moderator.errors import DataError, UsageError
from moderator.scoring import hf_build, open_scorer
from moderator.scoring.labels import parse_spec
from moderator.scoring.onnx_head import apply_head
from moderator.scoring.store import ModelStore
from tests.scoring import tiny_hf
from tests.scoring.conftest import ROBBERT_LABELS

TEXTS = ["jij bent echt een sukkel", "bedankt voor je reactie", "die ambtenaren zijn tuig",
         "wat een mooie foto van de brug", "", "👍", " ".join(tiny_hf.DUTCH) * 5]


def _reference(folder: Path, labels: Any, activation: str = "softmax",
               architecture: str = "RobertaForSequenceClassification") -> Any:
    """What the PyTorch model gives, through the same head in numpy."""
    hf = folder  # an uninstalled folder with tokenizer.json
    model = hf_build.load_torch(hf, architecture)
    tokens = hf_build.fast_tokenizer(hf)
    logits = hf_build.torch_logits(model, tokens, TEXTS)
    return apply_head(logits, labels, activation)


def _scores(scorer: Any, texts: list[str]) -> Any:
    return np.array([[s[c] for c in scorer.categories] for s in scorer.score(texts)])


@pytest.fixture(scope="module")
def installed_nl(tmp_path_factory: pytest.TempPathFactory, robbert_folder: Path) -> Any:
    store = ModelStore(tmp_path_factory.mktemp("nl") / "models")
    info = store.install(robbert_folder, labels=parse_spec(ROBBERT_LABELS), language="nl")
    return store, info


def test_folder_install_records_language_labels_and_tokenizer(installed_nl: Any) -> None:
    store, info = installed_nl
    assert (info.kind, info.language, info.active) == ("huggingface", "nl", True)
    assert info.architecture == "RobertaForSequenceClassification"
    assert info.categories == ("toxicity", "identity_attack")
    assert dict(info.labels) == {"LABEL_0": "-", "LABEL_1": "toxicity", "haat": "identity_attack"}
    assert len(info.version) == 12 and info.version == info.sha256[:12]
    # the download had only vocab.json + merges.txt: the install wrote the Rust tokenizer
    assert (Path(info.path) / "hf" / "tokenizer.json").is_file()
    routing = store.routing()
    assert routing.general is None and routing.languages == {"nl": info}
    assert store.active() == info  # with no general model, the Dutch one scores everything


def test_onnx_int8_scores_match_pytorch_through_the_mapping(installed_nl: Any,
                                                          robbert_folder: Path,
                                                          tmp_path: Path) -> None:
    store, info = installed_nl
    scorer = open_scorer(store.require_active())
    assert scorer.runtime == "onnx-int8"
    assert scorer.categories == ("toxicity", "identity_attack")
    copy = shutil.copytree(robbert_folder, tmp_path / "ref")
    hf_build.ensure_tokenizer_json(copy, "RobertaForSequenceClassification")
    ref = _reference(copy, hf_build.label_map(info))
    got = _scores(scorer, TEXTS)
    assert np.abs(got - ref).max() <= 0.02
    assert np.abs(got[::-1] - _scores(scorer, TEXTS[::-1])).max() < 1e-6  # order-independent
    with pytest.raises(UsageError, match="onnx only"):
        open_scorer(info, "torch")


def test_zip_with_its_own_mapping_and_model_card(tmp_path: Path) -> None:
    folder = tiny_hf.robbert(tmp_path / "src" / "robbert-toxic", extra={
        "name": "robbert-toxic", "activation": "sigmoid",
        "labels": {"LABEL_0": "-", "LABEL_1": "toxicity", "haat": "toxicity"}})
    (folder / "README.md").write_text("---\nlanguage:\n- nl\nlicense: mit\n---\n# RobBERT\n")
    archive = tmp_path / "robbert.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in folder.rglob("*"):
            zf.write(path, path.relative_to(folder.parent).as_posix())
    store = ModelStore(tmp_path / "models")
    info = store.install(archive)
    assert (info.name, info.language, info.activation) == ("robbert-toxic", "nl", "sigmoid")
    assert info.categories == ("toxicity",)
    ref = _reference(folder, hf_build.label_map(info), "sigmoid")  # max of two sigmoids
    assert np.abs(_scores(open_scorer(info), TEXTS) - ref).max() <= 0.02


def test_bertje_from_safetensors_matches_pytorch(tmp_path: Path) -> None:
    folder = tiny_hf.bertje(tmp_path / "bertje")
    info = ModelStore(tmp_path / "models").install(
        folder, labels={"niet-toxisch": "-", "toxisch": "insult"}, language="nl")
    assert info.categories == ("insult",)
    scorer = open_scorer(info)
    assert scorer.runtime == "onnx-int8"
    ref = _reference(folder, hf_build.label_map(info),
                     architecture="BertForSequenceClassification")
    assert np.abs(_scores(scorer, TEXTS) - ref).max() <= 0.02


def test_bertje_onnx_bundle_with_token_type_ids(tmp_path: Path) -> None:
    folder = tiny_hf.bertje(tmp_path / "bertje", weights="onnx")
    store = ModelStore(tmp_path / "models")
    info = store.install(folder, labels={"toxisch": "toxicity", "*": "-"}, language="nl")
    assert info.architecture == "BertForSequenceClassification"
    scorer = open_scorer(info)
    assert scorer.runtime.startswith("onnx-")
    raw = hf_build.onnx_outputs(folder / "model.onnx", hf_build.fast_tokenizer(folder), TEXTS)
    ref = apply_head(raw, hf_build.label_map(info), "softmax")
    assert np.abs(_scores(scorer, TEXTS) - ref).max() <= 0.02


@pytest.mark.parametrize(("damage", "error", "words"), [
    (lambda f: (f / "model.safetensors").rename(f / "pytorch_model.bin"), DataError,
     "pickled weights"),
    (lambda f: _edit_config(f, architectures=["GPT2ForSequenceClassification"]), DataError,
     "not a text classifier"),
    (lambda f: (f / "vocab.json").unlink() or (f / "tokenizer.json").unlink(), DataError,
     "no tokenizer files"),
    (lambda f: _edit_config(f, id2label={"0": "a", "1": "b", "2": "c"}), UsageError,
     "has no label .LABEL_0.; its labels: a, b, c"),
    (lambda f: (f / "model.safetensors").write_bytes(b"\x00" * 64), DataError, "fails to score"),
])
def test_bad_folders_are_refused_and_change_nothing(
    tmp_path: Path, robbert_folder: Path, damage: Any, error: type, words: str
) -> None:
    folder = shutil.copytree(robbert_folder, tmp_path / "robbert")
    hf_build.ensure_tokenizer_json(folder, "RobertaForSequenceClassification")
    damage(folder)
    store = ModelStore(tmp_path / "models")
    with pytest.raises(error, match=words):
        store.install(folder, labels=parse_spec(ROBBERT_LABELS), language="nl")
    assert store.installed() == [] and [p.name for p in store.root.iterdir()] == []


def test_language_must_be_known(tmp_path: Path, robbert_folder: Path) -> None:
    store = ModelStore(tmp_path / "models")
    with pytest.raises(UsageError, match="which language"):
        store.install(robbert_folder, labels=parse_spec(ROBBERT_LABELS))
    with pytest.raises(UsageError, match="unknown language 'xx'"):
        store.install(robbert_folder, labels=parse_spec(ROBBERT_LABELS), language="xx")


def test_labels_are_refused_for_a_detoxify_bundle(tmp_path: Path, tiny_bundle: Path) -> None:
    with pytest.raises(UsageError, match="Hugging Face"):
        ModelStore(tmp_path / "models").install(tiny_bundle, labels={"toxic": "toxicity"})


def test_weights_replaced_after_install_are_refused(tmp_path: Path, robbert_folder: Path) -> None:
    store = ModelStore(tmp_path / "models")
    info = store.install(robbert_folder, labels=parse_spec(ROBBERT_LABELS), language="nl")
    weights = Path(info.path) / "hf" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-8] + b"\x00" * 8)
    with pytest.raises(DataError, match="changed since it was installed"):
        store.require_routing()


def _edit_config(folder: Path, **changes: Any) -> None:
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, **changes}))


def test_use_switches_a_language_model_and_leaves_the_general_one(
    tmp_path: Path, routed: Any
) -> None:
    store = ModelStore(shutil.copytree(routed.root, tmp_path / "models"))
    first = store.routing().languages["nl"]
    second = store.install(tiny_hf.robbert(tmp_path / "other", seed=3),
                           labels=parse_spec("LABEL_1=toxicity,*=-"), language="nl",
                           name="other-nl")
    routing = store.routing()
    assert routing.languages["nl"] == second and routing.general.name == "tiny"  # type: ignore[union-attr]
    assert [m.name for m in store.installed() if m.active] == ["other-nl", "tiny"]
    store.activate(first.name)
    assert store.routing().languages["nl"].name == first.name
    assert store.require_routing().general.name == "tiny"  # type: ignore[union-attr]


def test_only_what_the_model_needs_is_installed_and_hashed(
    tmp_path: Path, robbert_folder: Path
) -> None:
    folder = shutil.copytree(robbert_folder, tmp_path / "robbert")
    store = ModelStore(tmp_path / "models")
    first = store.install(folder, labels=parse_spec(ROBBERT_LABELS), language="nl")
    (folder / "pytorch_model.bin").write_bytes(b"pickle")  # other formats, training leftovers
    (folder / "tf_model.h5").write_bytes(b"h5")
    (folder / "runs").mkdir()
    (folder / "runs" / "events.out").write_text("log")
    (folder / "README.md").write_text("# RobBERT toxic\n")
    again = store.install(folder, labels=parse_spec(ROBBERT_LABELS), language="nl",
                          name="robbert-2")
    assert again.version == first.version  # the same model, whatever lies beside it
    hf = Path(again.path) / "hf"
    assert sorted(p.name for p in hf.iterdir()) == [
        "README.md", "config.json", "merges.txt", "model.safetensors", "tokenizer.json",
        "tokenizer_config.json", "vocab.json"]
