"""Checking a package offline: every file against the manifest, then the log's chain.

The package is outside input: ``moderator.archive_reader`` checks its shape, sizes and
checksums first (under the untrusted-input limits) and names every changed, missing or
added file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator import archive_reader
from moderator.archive.layout import AUDIT, FORMATS, ArchiveReport
from moderator.audit.chain import verify
from moderator.errors import IntegrityError

if TYPE_CHECKING:
    from pathlib import Path


def verify_package(path: Path) -> ArchiveReport:
    """Check every checksum and the audit chain against the manifest's head.

    Raises ``IntegrityError`` naming every changed, missing or added file, or the entry
    where the log breaks.
    """
    package = archive_reader.read(path, FORMATS)
    result = verify(package.entries(), package.manifest.head, exact=True)
    if not result.ok:
        raise IntegrityError(f"{path}: {AUDIT}: audit log broken at entry "
                             f"{result.broken_seq}: {result.reason}")
    files = package.manifest.files
    rulesets = sum(1 for n in files if n.startswith("rulesets/"))
    return ArchiveReport(path, result.count, str(result.head or ""), rulesets, len(files) + 1)
