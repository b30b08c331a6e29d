"""Checking a package offline: every file against the manifest, then the log's chain.

A package may come from anywhere: its manifest is read under the untrusted-input limits,
sizes are compared before anything is decompressed (a ZIP bomb is refused unread), and
checksums are computed in chunks.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from typing import TYPE_CHECKING, Any

from moderator.archive.layout import (
    AUDIT,
    FORMATS,
    MANIFEST,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    ArchiveReport,
)
from moderator.audit.chain import AuditEntry, Head, verify
from moderator.errors import DataError, IntegrityError
from moderator.untrusted import loads_json

if TYPE_CHECKING:
    from pathlib import Path

_CHUNK = 1 << 20
MAX_MANIFEST_BYTES = 64 * 1024**2


def _files(path: Path, z: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = [i for i in z.infolist() if not i.is_dir()]
    if len(infos) > MAX_MEMBERS:
        raise DataError(f"{path}: too many files for an archive package ({len(infos)})")
    return {i.filename: i for i in infos}


def _manifest(path: Path, z: zipfile.ZipFile, present: dict[str, zipfile.ZipInfo],
              ) -> dict[str, Any]:
    info = present.get(MANIFEST)
    if info is None:
        raise IntegrityError(f"{path}: {MANIFEST} is missing")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise DataError(f"{path}: {MANIFEST} is too large")
    manifest = loads_json(z.read(info), f"{path}: {MANIFEST}")
    if not isinstance(manifest, dict) or manifest.get("format") not in FORMATS \
            or not isinstance(manifest.get("files"), dict):
        raise DataError(f"{path}: not a Moderator archive package")
    return manifest


def _digest(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    h = hashlib.sha256()
    with z.open(info) as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _changed(z: zipfile.ZipFile, info: zipfile.ZipInfo, digest: str, size: object) -> bool:
    if isinstance(size, int) and info.file_size != size:
        return True  # decided without decompressing anything
    if info.file_size > MAX_MEMBER_BYTES:
        return True
    return _digest(z, info) != digest


def check_files(path: Path, z: zipfile.ZipFile, manifest: dict[str, Any]) -> list[str]:
    """Every difference between the package and its manifest, one phrase per file."""
    present = _files(path, z)
    listed = {str(k): str(v) for k, v in manifest["files"].items()}
    recorded = manifest.get("sizes")
    sizes: dict[str, Any] = recorded if isinstance(recorded, dict) else {}
    problems = [f"{name} was changed (its checksum differs)" for name, digest in
                sorted(listed.items()) if name in present
                and _changed(z, present[name], digest, sizes.get(name))]
    problems += [f"{name} is missing" for name in sorted(listed) if name not in present]
    problems += [f"{name} was added (not in the manifest)" for name in sorted(present)
                 if name not in listed and name != MANIFEST]
    return problems


def _head(path: Path, value: object) -> Head | None:
    if value is None:
        return None
    try:
        return Head.parse(str(value))
    except ValueError:
        raise DataError(f"{path}: {MANIFEST} has no valid audit_head ({str(value)[:40]!r})"
                        ) from None


def _entries(path: Path, data: bytes) -> list[AuditEntry]:
    try:
        return [AuditEntry(**json.loads(x)) for x in data.decode().splitlines() if x.strip()]
    except RecursionError:
        raise DataError(f"{path}: {AUDIT} is nested too deeply") from None


def verify_package(path: Path) -> ArchiveReport:
    """Check every checksum and the audit chain against the manifest's head.

    Raises ``IntegrityError`` naming every changed, missing or added file.
    """
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise DataError(f"{path}: not a file")
        with zipfile.ZipFile(path) as z:
            manifest = _manifest(path, z, _files(path, z))
            problems = check_files(path, z, manifest)
            if problems:
                raise IntegrityError(f"{path}: " + "; ".join(problems))
            head = _head(path, manifest.get("audit_head"))
            entries = _entries(path, z.read(AUDIT)) if AUDIT in manifest["files"] else []
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as e:
        raise DataError(f"{path}: unreadable archive package ({e})") from None
    result = verify(iter(entries), head, exact=True)
    if not result.ok:
        raise IntegrityError(f"{path}: {AUDIT}: audit log broken at entry "
                             f"{result.broken_seq}: {result.reason}")
    listed = manifest["files"]
    rulesets = sum(1 for n in listed if str(n).startswith("rulesets/"))
    return ArchiveReport(path, result.count, str(result.head or ""), rulesets, len(listed) + 1)
