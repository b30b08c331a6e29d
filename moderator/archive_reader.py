"""Reading an archive package as outside input (issue 16): shape, sizes, files, entries.

A package comes from anywhere (a colleague, a records office, a broken disk), so every
part is checked before it is believed: the manifest must be a JSON object of the
documented shape, each member is read within ``untrusted``'s size and inflation limits,
the files must be exactly those the manifest lists (with matching SHA-256), and every
line of ``audit.jsonl`` must be an entry with fields of the right types. Anything else
is one :class:`BadPackage` (or :class:`~moderator.errors.IntegrityError` for a checksum or
file-list mismatch) naming what is wrong, never a crash or a half-read package.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator import untrusted
from moderator.audit.chain import AuditEntry, Head, checked_entry
from moderator.errors import DataError, ErrorCode, IntegrityError

if TYPE_CHECKING:
    import zipfile
    from collections.abc import Iterator
    from pathlib import Path

AUDIT = "audit.jsonl"
MANIFEST = "manifest.json"
MAX_MANIFEST = 16 << 20  # a checksum line per file; thousands of rule-set versions fit
_DIGEST = re.compile(r"[0-9a-f]{64}")


class BadPackage(DataError):
    """The package is not a readable Moderator archive package of the documented shape."""

    code = ErrorCode.BAD_ARCHIVE


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a package's manifest.json promises (checked for shape, not yet for truth)."""

    format: str
    head: Head | None
    files: dict[str, str]  # member name -> SHA-256 hex


@dataclass(frozen=True, slots=True)
class Package:
    """A package whose manifest and checksums were checked; its audit lines still raw."""

    where: str
    manifest: Manifest
    audit: bytes

    def entries(self) -> Iterator[AuditEntry]:
        """The audit entries in file order; BadPackage at the first malformed line."""
        name = f"{self.where}: {AUDIT}"
        for number, line in untrusted.lines(io.BytesIO(self.audit), name):
            if isinstance(line, DataError):
                raise BadPackage(str(line))
            doc = untrusted.loads_json(line, f"{name} line {number}")
            if not isinstance(doc, dict):
                raise BadPackage(f"{name} line {number}: not a JSON object")
            try:
                yield checked_entry([doc.get(f) for f in AuditEntry._fields])
            except ValueError as exc:
                raise BadPackage(f"{name} line {number}: not an audit entry ({exc})") from None


def read(path: Path, expected_format: str) -> Package:
    """Open ``path`` and check its manifest, file list and every checksum.

    Raises:
        BadPackage: Not a ZIP, no manifest, a manifest of the wrong shape or format, a
            member that is damaged or over the limits.
        IntegrityError: A file missing, added or not matching its checksum.
    """
    try:
        with untrusted.open_zip(path) as z:
            members = {i.filename: i for i in untrusted.zip_files(z)}
            manifest = _manifest(z, members, path.name)
            if manifest.format != expected_format:
                raise BadPackage(f"{path}: not a Moderator archive package "
                                 f"(format {manifest.format[:40]!r})")
            missing = sorted(set(manifest.files) - set(members))
            if missing:
                raise IntegrityError(f"{path}: files in the manifest are missing: "
                                     f"{_names(missing)}")
            extra = sorted(set(members) - set(manifest.files) - {MANIFEST})
            if extra:
                raise IntegrityError(f"{path}: files not in the manifest: {_names(extra)}")
            if AUDIT not in manifest.files:
                raise BadPackage(f"{path}: the manifest lists no {AUDIT}")
            audit = b""
            for name, digest in manifest.files.items():
                data = untrusted.read_member(z, members[name], path.name)
                if hashlib.sha256(data).hexdigest() != digest:
                    raise IntegrityError(f"{path}: {name} does not match its checksum")
                if name == AUDIT:
                    audit = data
    except untrusted.Unreadable as exc:
        raise BadPackage(str(exc)) from None
    return Package(path.name, manifest, audit)


def _manifest(z: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], where: str) -> Manifest:
    if MANIFEST not in members:
        raise BadPackage(f"{where}: no {MANIFEST}")
    doc: Any = untrusted.loads_json(untrusted.read_member(z, members[MANIFEST], where,
                                                          MAX_MANIFEST), f"{where}: {MANIFEST}")
    if not isinstance(doc, dict):
        raise BadPackage(f"{where}: {MANIFEST} is not a JSON object")
    fmt, head, files = doc.get("format"), doc.get("audit_head"), doc.get("files")
    if not isinstance(fmt, str):
        raise BadPackage(f"{where}: {MANIFEST} has no format")
    if not isinstance(files, dict) or not all(
            isinstance(d, str) and _DIGEST.fullmatch(d) for d in files.values()):
        raise BadPackage(f"{where}: {MANIFEST} 'files' is not a map of names to SHA-256")
    if head is not None and not isinstance(head, str):
        raise BadPackage(f"{where}: {MANIFEST} 'audit_head' is not SEQ:SHA256")
    try:
        parsed = Head.parse(head) if head else None
    except ValueError:
        raise BadPackage(f"{where}: {MANIFEST} 'audit_head' is not SEQ:SHA256") from None
    return Manifest(fmt, parsed, files)


def _names(names: list[str]) -> str:
    shown = ", ".join(repr(n[:80]) for n in names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")
