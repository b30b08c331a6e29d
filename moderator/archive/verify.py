"""Checking a package offline: every file against the manifest, then the log's chain."""

from __future__ import annotations

import hashlib
import json
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

if TYPE_CHECKING:
    from pathlib import Path


def _files(path: Path, z: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = [i for i in z.infolist() if not i.is_dir()]
    if len(infos) > MAX_MEMBERS or any(i.file_size > MAX_MEMBER_BYTES for i in infos):
        raise DataError(f"{path}: too many or too large files for an archive package")
    return {i.filename: i for i in infos}


def _manifest(path: Path, z: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(z.read(MANIFEST))
    except KeyError:
        raise IntegrityError(f"{path}: {MANIFEST} is missing") from None
    if not isinstance(manifest, dict) or manifest.get("format") not in FORMATS \
            or not isinstance(manifest.get("files"), dict):
        raise DataError(f"{path}: not a Moderator archive package")
    return manifest


def check_files(path: Path, z: zipfile.ZipFile, listed: dict[str, str]) -> list[str]:
    """Every difference between the package and its manifest, one phrase per file."""
    present = _files(path, z)
    problems = [f"{name} was changed (its checksum differs)" for name, digest in
                sorted(listed.items()) if name in present
                and hashlib.sha256(z.read(present[name])).hexdigest() != digest]
    problems += [f"{name} is missing" for name in sorted(listed) if name not in present]
    problems += [f"{name} was added (not in the manifest)" for name in sorted(present)
                 if name not in listed and name != MANIFEST]
    return problems


def verify_package(path: Path) -> ArchiveReport:
    """Check every checksum and the audit chain against the manifest's head.

    Raises ``IntegrityError`` naming every changed, missing or added file.
    """
    try:
        with zipfile.ZipFile(path) as z:
            manifest = _manifest(path, z)
            listed = {str(k): str(v) for k, v in manifest["files"].items()}
            problems = check_files(path, z, listed)
            if problems:
                raise IntegrityError(f"{path}: " + "; ".join(problems))
            lines = z.read(AUDIT).decode().splitlines() if AUDIT in listed else []
            entries = [AuditEntry(**json.loads(x)) for x in lines if x.strip()]
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as e:
        raise DataError(f"{path}: unreadable archive package ({e})") from None
    head = Head.parse(manifest["audit_head"]) if manifest.get("audit_head") else None
    result = verify(iter(entries), head, exact=True)
    if not result.ok:
        raise IntegrityError(f"{path}: {AUDIT}: audit log broken at entry "
                             f"{result.broken_seq}: {result.reason}")
    rulesets = sum(1 for n in listed if n.startswith("rulesets/"))
    return ArchiveReport(path, result.count, str(result.head or ""), rulesets, len(listed) + 1)
