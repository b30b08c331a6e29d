"""Import items from files when API access is not granted: generic CSV/JSONL and exports.

Generic files map columns to :class:`IncomingItem` fields with a :class:`ColumnMapping`
(``preview`` shows the first rows as they would be imported). Platform exports (reference
section 7) are parsed by :mod:`moderator.connectors.exports`. A bad row is reported with
its line number and skipped whole; nothing is stored here: the caller upserts
``result.items`` (idempotent, so importing a file twice changes nothing).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from moderator.connectors import parse
from moderator.errors import DataError, UsageError
from moderator.items import IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True, slots=True)
class RowError:
    """One skipped row: where and why."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a file yielded: complete items, and the rows that were skipped."""

    format: str
    items: tuple[IncomingItem, ...] = ()
    errors: tuple[RowError, ...] = ()


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which source column feeds which item field (defaults: the field names themselves)."""

    external_id: str = "external_id"
    text: str = "text"
    author_name: str = "author_name"
    created_at: str = "created_at"
    thread_external_id: str = "thread_external_id"
    author_external_id: str = "author_external_id"
    kind: str = "kind"
    parent_external_id: str = "parent_external_id"
    thread_title: str = "thread_title"
    permalink: str = "permalink"
    extra: dict[str, str] = field(default_factory=dict)


_REQUIRED = ("text", "created_at")


def stable_id(*parts: object) -> str:
    """A deterministic id for records that have none (exports), so re-imports match."""
    return "imp-" + hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]


def item_from_record(rec: dict[str, Any], mapping: ColumnMapping, platform: Platform,
                     account: str) -> IncomingItem:
    """Build one item from a mapped record, or raise DataError naming the problem."""
    values: dict[str, str] = {}
    for f in fields(ColumnMapping):
        if f.name == "extra":
            continue
        raw = rec.get(getattr(mapping, f.name))
        values[f.name] = "" if raw is None else str(raw).strip()
    for name in _REQUIRED:
        if not values[name]:
            raise DataError(f"column '{getattr(mapping, name)}' ({name}) is empty or missing")
    if len(values["text"]) > parse.MAX_TEXT:
        raise DataError(f"text is longer than {parse.MAX_TEXT:,} characters")
    try:
        created = parse.iso(values["created_at"])
    except ValueError:
        raise DataError(f"created_at {values['created_at']!r:.40} is not an ISO date") from None
    try:
        kind = ItemKind(values["kind"] or ("reply" if values["parent_external_id"] else "comment"))
    except ValueError:
        raise DataError(f"kind {values['kind']!r} is not comment, reply or dm") from None
    return IncomingItem(
        platform=platform, account_external_id=account,
        external_id=values["external_id"] or stable_id(values["author_name"], created,
                                                       values["text"]),
        kind=kind, text=values["text"], author_name=values["author_name"],
        author_external_id=values["author_external_id"], created_at=created,
        thread_external_id=values["thread_external_id"] or "import",
        thread_title=values["thread_title"],
        parent_external_id=values["parent_external_id"] or None,
        permalink=values["permalink"])


def item_from_json(d: dict[str, Any]) -> IncomingItem:
    """Parse one IncomingItem-shaped JSON object (the demo and JSONL format)."""
    mapping = ColumnMapping()
    try:
        platform = Platform(str(d.get("platform", "")))
    except ValueError:
        raise DataError(f"unknown platform {d.get('platform')!r}") from None
    item = item_from_record(d, mapping, platform, str(d.get("account_external_id", "")))
    hidden, deleted = d.get("hidden_on_platform", False), d.get("deleted_on_platform", False)
    return replace(item, thread_url=str(d.get("thread_url") or ""),
                   hidden_on_platform=hidden is True, deleted_on_platform=deleted is True)


def _records(path: Path, fmt: str) -> list[tuple[int, dict[str, Any] | str]]:
    """(line, record or error text) for a CSV or JSONL file."""
    content = path.read_text(encoding="utf-8-sig")
    if fmt == "jsonl":
        out: list[tuple[int, dict[str, Any] | str]] = []
        for n, line in enumerate(content.splitlines(), 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                    out.append((n, rec if isinstance(rec, dict) else "not a JSON object"))
                except ValueError as exc:
                    out.append((n, f"invalid JSON ({exc})"))
        return out
    reader = csv.DictReader(io.StringIO(content, newline=""))
    return [(reader.line_num, dict(row)) for row in reader]


def read_generic(path: Path, *, fmt: str, mapping: ColumnMapping | None = None,
                 platform: Platform | None = None, account: str = "") -> ImportResult:
    """Read a generic CSV or JSONL file; rows with problems are reported and skipped."""
    mapping = mapping or ColumnMapping()
    good: list[IncomingItem] = []
    bad: list[RowError] = []
    for line, rec in _records(path, fmt):
        if isinstance(rec, str):
            bad.append(RowError(line, rec))
            continue
        try:
            if platform is None:
                good.append(item_from_json(rec))
            else:
                good.append(item_from_record(rec, mapping, platform, account))
        except DataError as exc:
            bad.append(RowError(line, str(exc)))
    return ImportResult(fmt, tuple(good), tuple(bad))


def columns(path: Path) -> list[str]:
    """The column names of a CSV (header) or JSONL file (keys of the first record)."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return next(csv.reader(f), [])
    for _line, rec in _records(path, "jsonl")[:1]:
        return list(rec) if isinstance(rec, dict) else []
    return []


def preview(path: Path, mapping: ColumnMapping, *, platform: Platform, account: str = "",
            limit: int = 10) -> ImportResult:
    """The first ``limit`` rows as they would import with ``mapping`` (nothing stored)."""
    fmt = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    full = read_generic(path, fmt=fmt, mapping=mapping, platform=platform, account=account)
    return ImportResult(fmt, full.items[:limit], full.errors[:limit])


def import_file(path: Path, *, fmt: str | None = None, platform: Platform | None = None,
                account: str = "", mapping: ColumnMapping | None = None) -> ImportResult:
    """Import ``path``: a platform export (ZIP or folder or file) or a generic CSV/JSONL.

    Raises:
        UsageError: The format cannot be recognised or needs a platform.
    """
    from moderator import platforms  # the platform rows import this module's parsers
    from moderator.connectors import exports

    if not path.exists():
        raise UsageError(f"no such file: {path}")
    fmt = fmt or exports.detect(path, platforms.export_formats())
    if fmt in ("csv", "jsonl"):
        if fmt == "csv" and platform is None:
            raise UsageError("a generic CSV import needs --platform (and a column mapping)")
        return read_generic(path, fmt=fmt, mapping=mapping, platform=platform, account=account)
    return exports.read_export(path, platforms.export_format(fmt), account)
