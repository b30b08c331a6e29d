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
    sizes: dict[str, int]  # member name -> bytes (format 2; empty for older packages)


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


def read(path: Path, expected_format: str | tuple[str, ...]) -> Package:
    """Open ``path`` and check its manifest, file list and every checksum.

    Every file that differs from the manifest is named in one error: changed (its size,
    when the manifest records sizes, is compared before anything is decompressed),
    missing, or added.

    Raises:
        BadPackage: Not a ZIP, no manifest, a manifest of the wrong shape or format, a
            member that is damaged or over the limits.
        IntegrityError: Files missing, added or not matching their checksums.
    """
    formats = (expected_format,) if isinstance(expected_format, str) else expected_format
    try:
        with untrusted.open_zip(path) as z:
            members = {i.filename: i for i in untrusted.zip_files(z)}
            manifest = _manifest(z, members, path.name)
            if manifest.format not in formats:
                raise BadPackage(f"{path}: not a Moderator archive package "
                                 f"(format {manifest.format[:40]!r})")
            if AUDIT not in manifest.files:
                raise BadPackage(f"{path}: the manifest lists no {AUDIT}")
            problems, audit = _check_files(z, members, manifest, path.name)
    except untrusted.Unreadable as exc:
        raise BadPackage(str(exc)) from None
    if problems:
        raise IntegrityError(f"{path}: " + "; ".join(problems))
    return Package(path.name, manifest, audit)


def _check_files(z: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: Manifest,
                 where: str) -> tuple[list[str], bytes]:
    """Every difference from the manifest, one phrase per file; and the audit log's bytes."""
    problems, audit = [], b""
    for name, digest in sorted(manifest.files.items()):
        info = members.get(name)
        if info is None:
            problems.append(f"{_name(name)} is missing")
            continue
        size = manifest.sizes.get(name)
        if size is not None and size != info.file_size:
            problems.append(f"{_name(name)} was changed (its size differs)")
            continue
        data = untrusted.read_member(z, info, where)
        if hashlib.sha256(data).hexdigest() != digest:
            problems.append(f"{_name(name)} was changed (its checksum differs)")
        elif name == AUDIT:
            audit = data
    extra = sorted(set(members) - set(manifest.files) - {MANIFEST})
    problems += [f"{_name(n)} was added (not in the manifest)" for n in extra[:20]]
    if len(extra) > 20:
        problems.append(f"and {len(extra) - 20} more files were added")
    return problems, audit


def _name(name: str) -> str:
    return repr(name[:80]) if not name.isprintable() else name[:200]


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
    sizes = doc.get("sizes")
    known = {str(k): v for k, v in sizes.items() if isinstance(v, int) and
             not isinstance(v, bool)} if isinstance(sizes, dict) else {}
    return Manifest(fmt, parsed, files, known)


