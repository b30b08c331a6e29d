"""The model store: installed toxicity models on disk and which one is active.

Layout under the store root (``WORKSPACE/models`` or the user data folder)::

    active.json                     {"name": ..., "version": ..., "languages": {"nl": {...}}}
    <name>/<version>/model.ckpt     the checkpoint (Detoxify format; absent for Hugging Face)
    <name>/<version>/hf/            config and tokenizer files (and a Hugging Face model's weights)
    <name>/<version>/installed.json what was checked at install time
    <name>/<version>/fast/          the fast runtime's cache (built on first use)

Scoring uses one general model (a Detoxify bundle, multilingual in practice) and, per language,
the Hugging Face model installed for it (``routing``): a comment goes to its language's model,
else to the general one. With no general model, the first language model scores everything.

An install is checked completely in a staging folder inside the root and only then moved into
place with one rename and made active, so a failed install leaves the active models untouched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.errors import CannotCreateError, DataError, UnavailableError
from moderator.scoring import bundle, checks
from moderator.scoring.base import DETOXIFY, ModelInfo, Routing

if TYPE_CHECKING:
    from collections.abc import Mapping

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
        """Return every installed model, the ones scoring uses marked active."""
        general, languages = self._active_keys()
        found = []
        for record in sorted(self.root.glob("*/*/installed.json")):
            info = _read_info(record)
            if info is not None:
                key = (info.name, info.version)
                used = languages.get(info.language) if info.language else general
                found.append(replace(info, active=key == used))
        return found

    def routing(self) -> Routing:
        """Return the active general model and the model active for each language."""
        models = [m for m in self.installed() if m.active]
        return Routing(next((m for m in models if not m.language), None),
                       {m.language: m for m in models if m.language})

    def active(self) -> ModelInfo | None:
        """Return the model for comments without a model of their language (None: none)."""
        return self.routing().fallback

    def require_active(self) -> ModelInfo:
        """Return the fallback model after checking its weights are the ones installed.

        Raises:
            UnavailableError: No model is installed (a normal state: rules still run).
            DataError: The weights changed on disk since they were checked.
        """
        return self.require_routing().fallback or self._none_installed()

    def require_routing(self) -> Routing:
        """Return ``routing()`` after checking every model in it is unchanged on disk.

        Raises:
            UnavailableError: No model is installed (a normal state: rules still run).
            DataError: A model's weights changed on disk since they were checked.
        """
        routing = self.routing()
        if routing.fallback is None:
            self._none_installed()
        for info in [*([routing.general] if routing.general else []),
                     *routing.languages.values()]:
            self._check_unchanged(info)
        return routing

    def activate(self, name: str, version: str | None = None) -> ModelInfo:
        """Make an installed model (its newest version unless one is named) score.

        A model for one language takes over that language; a general model the rest.
        """
        matches = [m for m in self.installed() if m.name == name and version in (None, m.version)]
        if not matches:
            raise DataError(f"no installed model {name!r}" + (f" @ {version}" if version else ""))
        chosen = max(matches, key=lambda m: m.installed_at)
        general, languages = self._active_keys()
        if chosen.language:
            languages[chosen.language] = (chosen.name, chosen.version)
        else:
            general = (chosen.name, chosen.version)
        data: dict[str, Any] = {"name": general[0], "version": general[1]} if general else {}
        data["languages"] = {lang: {"name": n, "version": v}
                             for lang, (n, v) in sorted(languages.items())}
        _write_json(self.root / "active.json", data)
        return replace(chosen, active=True)

    def install(self, source: Path, name: str | None = None, activate: bool = True, *,
                labels: Mapping[str, str] | None = None,
                language: str | None = None) -> ModelInfo:
        """Check a bundle (folder or .zip), run it once, then install it atomically.

        A Detoxify bundle is loaded through ``Detoxify(...)``; a Hugging Face classifier
        folder through transformers (safetensors) or ONNX Runtime (an ONNX export).

        Args:
            source: The bundle folder or .zip.
            name: Name in the store (default: the manifest's name, else the file name).
            activate: Make it score (a language model: for its language).
            labels: A Hugging Face model's labels to categories (default: its moderator.json).
            language: The language a Hugging Face model is for (default: what the bundle says).

        Returns:
            The installed model.

        Raises:
            DataError: The bundle failed a check; nothing was changed.
            UsageError: Labels unmapped or language unknown (Hugging Face), or labels given
                for a Detoxify bundle.
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
            root, record = checks.check(source, staging, labels, language)
            info = self._place(root, record, source, name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return self.activate(info.name, info.version) if activate else info

    def _place(self, root: Path, record: dict[str, Any], source: Path,
               name: str | None) -> ModelInfo:
        hint = record.pop("name_hint", "")
        name = _safe_name(name or hint or source.name.removesuffix(".zip"))
        version = record["sha256"][:12]
        stat = (root / record["weights"]).stat()
        record = {
            "name": name, "version": version, **record, "source": str(source.resolve()),
            "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
        }
        final = self.root / name / version
        if not (final / "installed.json").is_file():
            _write_json(root / "installed.json", record)
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(final, ignore_errors=True)  # a half-removed earlier copy
            root.rename(final)
        info = _read_info(final / "installed.json")
        if info is None:
            raise DataError(f"cannot read back {final / 'installed.json'}")
        return info

    def _active_keys(self) -> tuple[tuple[str, str] | None, dict[str, tuple[str, str]]]:
        try:
            data = json.loads((self.root / "active.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None, {}
        if not isinstance(data, dict):
            return None, {}
        general = _key(data)
        routes = data.get("languages")
        languages = {str(lang): k for lang, entry in dict(routes or {}).items()
                     if (k := _key(entry)) is not None} if isinstance(routes, dict) else {}
        return general, languages

    def _none_installed(self) -> ModelInfo:
        raise UnavailableError(
            f"no toxicity model installed in {self.root}; "
            "install one with: moderator model install FILE"
        )

    def _check_unchanged(self, info: ModelInfo) -> None:
        record = json.loads((Path(info.path) / "installed.json").read_text(encoding="utf-8"))
        weights = Path(info.path) / record.get("weights", bundle.CHECKPOINT)
        try:
            stat = weights.stat()
        except OSError as exc:
            raise DataError(f"the model {info.name} has lost its {weights.name}") from exc
        if (stat.st_size, stat.st_mtime_ns) == (record.get("size"), record.get("mtime_ns")):
            return
        if bundle.sha256_file(weights) != record.get("weights_sha256", info.sha256):
            raise DataError(f"{weights.name} of {info.name} changed since it was installed; "
                            "install the bundle again")


def _key(entry: Any) -> tuple[str, str] | None:
    try:
        return str(entry["name"]), str(entry["version"])
    except (KeyError, TypeError):
        return None


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
            source=data.get("source", ""), kind=data.get("kind", DETOXIFY),
            language=data.get("language", ""),
            labels=tuple((str(k), str(v)) for k, v in data.get("labels", [])),
            activation=data.get("activation", ""),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None

