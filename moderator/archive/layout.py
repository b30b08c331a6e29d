"""The package's file names, format id and reading limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

FORMAT = "moderator-archive/2"
#: Older packages (the log and rule sets only) still verify.
FORMATS = ("moderator-archive/1", FORMAT)
MANIFEST = "manifest.json"
AUDIT = "audit.jsonl"


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    """What an export wrote or a verification found."""

    path: Path
    entries: int
    head: str
    rulesets: int
    files: int = 0
    problems: tuple[str, ...] = field(default=())


def safe(name: str) -> str:
    """A file-name-safe form of a rule-set name or version."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:80] or "_"
