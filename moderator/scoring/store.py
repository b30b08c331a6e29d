"""The model store: installed toxicity models on disk and which one is active.

Layout under the store root (``WORKSPACE/models`` or the user data folder)::

    active.json                     {"name": ..., "version": ...}
    <name>/<version>/model.ckpt     the checkpoint (Detoxify format)
    <name>/<version>/hf/            config and tokenizer files
    <name>/<version>/installed.json what was checked at install time
    <name>/<version>/fast/          the fast runtime's cache (built on first use)

An install is checked completely in a staging folder inside the root and only then moved into
place with one rename and made active, so a failed install leaves the active model untouched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from moderator.errors import CannotCreateError, DataError, UnavailableError
from moderator.scoring import bundle
from moderator.scoring.base import FAST_DIR, ModelInfo

SMOKE_TEXTS = ["jij bent echt een sukkel", "thanks for sharing"]


def default_root(workspace: str | None) -> Path:
    """Return the store root: ``DIR/models`` for a workspace, else the user data folder."""
    if workspace:
        return Path(workspace) / "models"
    import platformdirs

    return Path(platformdirs.user_data_dir("moderator")) / "models"


class ModelStore:
    """Installed models under one root folder.

    Args:
        root: The store root; created on the first install.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def installed(self) -> list[ModelInfo]:
        """Return every installed model, the active one marked."""
        active = self._active_key()
        found = []
        for record in sorted(self.root.glob("*/*/installed.json")):
            info = _read_info(record)
            if info is not None:
                key = (info.name, info.version)
                found.append(_with(info, active=key == active))
        return found

    def active(self) -> ModelInfo | None:
        """Return the active model, or None when none is installed."""
        return next((m for m in self.installed() if m.active), None)

    def require_active(self) -> ModelInfo:
        """Return the active model after checking its checkpoint is the one installed.

        Raises:
            UnavailableError: No model is installed (a normal state: rules still run).
            DataError: The checkpoint changed on disk since it was checked.
        """
        info = self.active()
        if info is None:
            raise UnavailableError(
                f"no toxicity model installed in {self.root}; "
                "install one with: moderator model install FILE"
            )
        self._check_unchanged(info)
        return info

    def activate(self, name: str, version: str | None = None) -> ModelInfo:
        """Make an installed model (its newest version unless one is named) the active one."""
        matches = [m for m in self.installed() if m.name == name and version in (None, m.version)]
        if not matches:
            raise DataError(f"no installed model {name!r}" + (f" @ {version}" if version else ""))
        chosen = max(matches, key=lambda m: m.installed_at)
        _write_json(self.root / "active.json", {"name": chosen.name, "version": chosen.version})
        return _with(chosen, active=True)

    def install(self, source: Path, name: str | None = None, activate: bool = True) -> ModelInfo:
        """Check a bundle (folder or .zip), load it through Detoxify, then install it atomically.

        Args:
            source: The bundle folder or .zip.
            name: Name in the store (default: the manifest's name, else the file name).
            activate: Make it the active model.

        Returns:
            The installed model.

        Raises:
            DataError: The bundle failed a check; nothing was changed.
            CannotCreateError: The store folder cannot be written.
        """
        if not source.exists():
            raise DataError(f"{source} does not exist")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".install-", dir=self.root))
        except OSError as exc:
            raise CannotCreateError(f"cannot write the model store {self.root}: {exc}") from exc
        try:
            checked = bundle.validate(_unpack(source, staging))
            _smoke_test(checked.root, checked.categories)
            info = self._place(checked, source, name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return self.activate(info.name, info.version) if activate else info

    def _place(self, checked: bundle.BundleInfo, source: Path, name: str | None) -> ModelInfo:
        name = _safe_name(name or checked.name_hint or source.name.removesuffix(".zip"))
        version = checked.sha256[:12]
        stat = checked.checkpoint.stat()
        record = {
            "name": name, "version": version, "sha256": checked.sha256,
            "architecture": checked.architecture, "tokenizer_class": checked.tokenizer_class,
            "categories": list(checked.categories), "source": str(source.resolve()),
            "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
        }
        final = self.root / name / version
        if not (final / "installed.json").is_file():
            _write_json(checked.root / "installed.json", record)
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(final, ignore_errors=True)  # a half-removed earlier copy
            checked.root.rename(final)
        info = _read_info(final / "installed.json")
        if info is None:
            raise DataError(f"cannot read back {final / 'installed.json'}")
        return info

    def _active_key(self) -> tuple[str, str] | None:
        try:
            data = json.loads((self.root / "active.json").read_text(encoding="utf-8"))
            return str(data["name"]), str(data["version"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _check_unchanged(self, info: ModelInfo) -> None:
        ckpt = Path(info.path) / bundle.CHECKPOINT
        record = json.loads((Path(info.path) / "installed.json").read_text(encoding="utf-8"))
        try:
            stat = ckpt.stat()
        except OSError as exc:
            raise DataError(f"the model {info.name} has lost its {bundle.CHECKPOINT}") from exc
        if (stat.st_size, stat.st_mtime_ns) == (record.get("size"), record.get("mtime_ns")):
            return
        if bundle.sha256_file(ckpt) != info.sha256:
            raise DataError(f"{bundle.CHECKPOINT} of {info.name} changed since it was installed; "
                            "install the bundle again")


def _unpack(source: Path, staging: Path) -> Path:
    """Copy (or extract) the bundle into staging, so what is checked is what gets installed."""
    if source.is_file():
        return bundle.locate(bundle.extract_zip(source, staging / "unpacked"))
    dest = staging / "bundle"
    leftovers = shutil.ignore_patterns(".*", FAST_DIR, "installed.json")
    shutil.copytree(bundle.locate(source), dest, ignore=leftovers)
    return dest


def _smoke_test(model_dir: Path, categories: tuple[str, ...]) -> None:
    """Load the bundle through the real ``Detoxify(...)`` offline and score two sentences."""
    from moderator.scoring.loader import load_detoxify
    from moderator.scoring.stock import StockScorer

    scorer = StockScorer(load_detoxify(model_dir), "smoke", "test")
    try:
        scores = scorer.score(SMOKE_TEXTS)
    except Exception as exc:  # a model that loads but cannot score must not be installed
        raise DataError(f"the model loads but fails to score: {type(exc).__name__}") from exc
    ok = all(set(s) == set(categories) and all(0.0 <= v <= 1.0 for v in s.values())
             for s in scores)
    if not ok:
        raise DataError("the model's smoke test gave scores outside [0, 1]")


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return cleaned or "model"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _read_info(record: Path) -> ModelInfo | None:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        return ModelInfo(
            name=data["name"], version=data["version"], sha256=data["sha256"],
            architecture=data["architecture"], categories=tuple(data["categories"]),
            path=str(record.parent), installed_at=data.get("installed_at", ""),
            source=data.get("source", ""),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _with(info: ModelInfo, *, active: bool) -> ModelInfo:
    from dataclasses import replace

    return replace(info, active=active)
