"""Installing model bundles: the happy path and every way a bundle can be refused."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from moderator.errors import DataError, UnavailableError
from moderator.scoring import bundle, default_root, open_scorer
from moderator.scoring.store import ModelStore
from tests.scoring import tiny_model

PROBE = ["jij bent echt een sukkel", "bedankt voor je reactie"]


@pytest.fixture
def store(tmp_path: Path, tiny_bundle: Path) -> ModelStore:
    """A fresh store with the tiny model installed and active."""
    fresh = ModelStore(tmp_path / "models")
    fresh.install(tiny_bundle, name="good")
    return fresh


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory, tiny_bundle: Path) -> tuple[ModelStore, Any]:
    """A store whose active model must survive every failed install (fast path built once)."""
    shared = ModelStore(tmp_path_factory.mktemp("guarded") / "models")
    shared.install(tiny_bundle, name="good")
    return shared, open_scorer(shared.require_active(), "onnx").score(PROBE)


def _copy(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("fast", "installed.json"))
    return dest


class Evil:
    """A pickled object that would create a file when unpickled without restrictions."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> Any:
        return (Path.touch, (self.marker,))


def _corrupt(b: Path, tmp: Path) -> Path:
    data = (b / "model.ckpt").read_bytes()
    (b / "model.ckpt").write_bytes(data[: len(data) // 3])
    return b


def _bad_checksum(b: Path, tmp: Path) -> Path:
    (b / "SHA256SUMS").write_text("0" * 64 + "  model.ckpt\n")
    return b


def _unknown_arch(b: Path, tmp: Path) -> Path:
    import torch

    state = torch.load(b / "model.ckpt", weights_only=True)["state_dict"]
    tiny_model.save_checkpoint(b / "model.ckpt", state, model_name="GPT2ForSequenceClassification")
    return b


def _no_tokenizer(b: Path, tmp: Path) -> Path:
    shutil.rmtree(b / "hf")
    return b


def _tokenizer_files_missing(b: Path, tmp: Path) -> Path:
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (b / "hf" / name).unlink()
    return b


def _pickled_code(b: Path, tmp: Path) -> Path:
    import torch

    state = torch.load(b / "model.ckpt", weights_only=True)["state_dict"]
    tiny_model.save_checkpoint(b / "model.ckpt", state, extra=Evil(tmp / "pwned"))
    return b


def _label_mismatch(b: Path, tmp: Path) -> Path:
    config = json.loads((b / "hf" / "config.json").read_text())
    config["id2label"] = {"0": "a", "1": "b"}
    config.pop("label2id", None)
    (b / "hf" / "config.json").write_text(json.dumps(config))
    return b


def _broken_zip(b: Path, tmp: Path) -> Path:
    (tmp / "bundle.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    return tmp / "bundle.zip"


def _not_a_checkpoint(b: Path, tmp: Path) -> Path:
    (b / "model.ckpt").write_bytes(b"hello world" * 100)
    return b


@pytest.mark.parametrize(("damage", "message"), [
    (_corrupt, "corrupt"),
    (_not_a_checkpoint, "corrupt"),
    (_bad_checksum, "checksum mismatch"),
    (_unknown_arch, "unknown architecture"),
    (_no_tokenizer, "no hf/ folder"),
    (_tokenizer_files_missing, "no tokenizer files"),
    (_pickled_code, "could run code"),
    (_label_mismatch, "labels"),
    (_broken_zip, "not a readable zip"),
])
def test_bad_bundle_is_refused_and_active_model_keeps_working(
    guarded: tuple[ModelStore, Any], tiny_bundle: Path, tmp_path: Path, damage: Any,
    message: str,
) -> None:
    store, before = guarded
    source = damage(_copy(tiny_bundle, tmp_path / "bad"), tmp_path)
    with pytest.raises(DataError) as info:
        store.install(source, name="bad")
    text = str(info.value)
    assert message in text
    assert "\n" not in text
    assert not (tmp_path / "pwned").exists()  # the pickled code never ran
    active = store.require_active()
    assert active.name == "good"
    assert [m.name for m in store.installed()] == ["good"]
    assert not [p for p in store.root.iterdir() if p.name.startswith(".install-")]
    assert open_scorer(active, "onnx").score(PROBE) == before


def test_install_names_config_by_hub_id_and_loads_offline(store: ModelStore) -> None:
    info = store.require_active()
    raw = Path(info.path) / "model.ckpt"
    assert bundle.read_checkpoint(raw)["config"]["arch"]["args"]["model_type"] == "xlm-roberta-base"
    assert info.architecture == "XLMRobertaForSequenceClassification"
    assert info.categories[:3] == ("toxicity", "severe_toxicity", "obscene")  # renamed
    assert info.version == info.sha256[:12]


def test_install_from_zip_with_checksums_and_manifest(tmp_path: Path, tiny_bundle: Path) -> None:
    sha = bundle.sha256_file(tiny_bundle / "model.ckpt")
    archive = tmp_path / "release.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in tiny_bundle.rglob("*"):
            if path.is_file() and "fast" not in path.parts:
                zf.write(path, Path("multilingual") / path.relative_to(tiny_bundle))
        zf.writestr("multilingual/SHA256SUMS", f"{sha}  model.ckpt\n")
        zf.writestr("multilingual/manifest.json", json.dumps({"name": "multilingual"}))
    store = ModelStore(tmp_path / "models")
    info = store.install(archive)
    assert (info.name, info.active, info.sha256) == ("multilingual", True, sha)


def test_zip_entry_escaping_the_folder_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../escaped.txt", "x")
    with pytest.raises(DataError, match="refusing"):
        ModelStore(tmp_path / "models").install(archive)
    assert not (tmp_path / "escaped.txt").exists()


def test_second_model_becomes_active_and_first_can_be_reactivated(
    store: ModelStore, gentle_bundle: Path
) -> None:
    second = store.install(gentle_bundle, name="gentle")
    assert store.require_active().name == "gentle"
    assert {(m.name, m.active) for m in store.installed()} == {("good", False), ("gentle", True)}
    store.activate("good")
    assert store.require_active().name == "good"
    assert second.version != store.require_active().version


def test_no_model_is_unavailable_with_exit_69(tmp_path: Path) -> None:
    with pytest.raises(UnavailableError, match="no toxicity model installed") as info:
        ModelStore(tmp_path / "models").require_active()
    assert info.value.exit_code == 69


def test_checkpoint_replaced_after_install_is_refused(store: ModelStore, tiny_bundle: Path) -> None:
    info = store.require_active()
    ckpt = Path(info.path) / "model.ckpt"
    ckpt.write_bytes(ckpt.read_bytes() + b"tampered")
    with pytest.raises(DataError, match="changed since it was installed"):
        store.require_active()


def test_store_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    assert default_root(str(tmp_path / "W")) == tmp_path / "W" / "models"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda app: str(tmp_path / "data" / app))
    assert default_root(None) == tmp_path / "data" / "moderator" / "models"


def test_folder_bundle_with_full_checksum_list(tmp_path: Path, tiny_bundle: Path) -> None:
    source = _copy(tiny_bundle, tmp_path / "release")
    (source / "README.txt").write_text("multilingual, converted 2026-01-01\n")
    files = ["model.ckpt", "README.txt", "hf/config.json", "hf/tokenizer.json"]
    (source / "SHA256SUMS").write_text(
        "".join(f"{bundle.sha256_file(source / f)} *{f}\n" for f in files))
    info = ModelStore(tmp_path / "models").install(source)
    assert (info.name, info.active) == ("release", True)
