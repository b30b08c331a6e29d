"""Import items from files when API access is not granted: generic CSV/JSONL and exports.

Generic files map columns to :class:`IncomingItem` fields with a :class:`ColumnMapping`
(``preview`` shows the first rows as they would be imported); :meth:`ColumnMapping.guess`
recognises the usual Dutch and English headers. CSV files as Excel writes them are read:
``;`` or tab separated (sniffed), with or without a BOM, in UTF-8 or Windows-1252, with
Dutch dates like ``3-12-2026 14:05`` (local time, Europe/Amsterdam) as well as ISO 8601.
Platform exports (reference section 7) are parsed by :mod:`moderator.connectors.exports`.
A bad row is reported with its line number and skipped whole; nothing is stored here: the
caller upserts ``result.items`` (idempotent, so importing a file twice changes nothing).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from moderator import untrusted
from moderator.connectors import parse
from moderator.errors import DataError, UsageError
from moderator.items import IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator
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


    @classmethod
    def guess(cls, headers: list[str], **chosen: str) -> ColumnMapping:
        """A mapping from the file's headers (Dutch or English names), then ``chosen``.

        Raises:
            UsageError: ``chosen`` names an unknown field or a column the file lacks.
        """
        lowered = {h.strip().lower(): h for h in headers}
        found: dict[str, Any] = {}
        for name, synonyms in _SYNONYMS.items():
            for s in (name, *synonyms):
                if s in lowered:
                    found[name] = lowered[s]
                    break
        for name, column in chosen.items():
            if name not in _SYNONYMS:
                raise UsageError(f"unknown field {name!r}; fields: {', '.join(_SYNONYMS)}")
            if column not in headers:
                raise UsageError(f"the file has no column {column!r}; columns: "
                                 f"{', '.join(headers)}")
            found[name] = column
        return replace(cls(), **found)

    def as_dict(self) -> dict[str, str]:
        """Field -> column, for display."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "extra"}


_REQUIRED = ("text", "created_at")
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "bericht-id", "reactie-id", "comment id", "comment_id", "message id"),
    "text": ("tekst", "bericht", "reactie", "inhoud", "comment", "message", "body", "content"),
    "author_name": ("naam", "auteur", "afzender", "gebruiker", "author", "name", "from",
                    "username", "gebruikersnaam"),
    "created_at": ("datum", "datum/tijd", "tijdstip", "geplaatst", "date", "created",
                   "timestamp", "time", "tijd"),
    "thread_external_id": ("post", "post-id", "post_id", "bericht-post", "thread", "video"),
    "author_external_id": ("auteur-id", "gebruikers-id", "author_id", "user_id"),
    "kind": ("soort", "type"),
    "parent_external_id": ("antwoord op", "parent", "parent_id", "in reply to"),
    "thread_title": ("titel", "onderwerp", "title", "subject"),
    "permalink": ("link", "url", "permalink"),
}
_NL_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})"
                      r"(?:[:.](\d{2}))?)?$")
LOCAL = ZoneInfo("Europe/Amsterdam")


def parse_when(raw: str, tz: ZoneInfo = LOCAL) -> datetime:
    """An ISO 8601 date, or a Dutch one (``3-12-2026 14:05``, ``03/12/2026``) in ``tz``.

    Raises:
        ValueError: Neither form.
    """
    text = raw.strip()
    m = _NL_DATE.match(text)
    if m is None:
        return parse.iso(text)
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in m.groups())
    local = datetime(year, month, day, hour, minute, second, tzinfo=tz)
    try:
        return local.astimezone(UTC)
    except OverflowError:  # 1-1-0001 00:00 in Amsterdam is before year 1 in UTC
        raise ValueError(f"{raw[:40]!r} is out of range in UTC") from None


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
        column = getattr(mapping, f.name)
        values[f.name] = untrusted.text_field(rec.get(column), column).strip()
    for name in _REQUIRED:
        if not values[name]:
            raise DataError(f"column '{getattr(mapping, name)}' ({name}) is empty or missing")
    if len(values["text"]) > parse.MAX_TEXT:
        raise DataError(f"text is longer than {parse.MAX_TEXT:,} characters")
    try:
        created = parse_when(values["created_at"])
    except ValueError:
        raise DataError(f"created_at {values['created_at']!r:.40} is not a date "
                        "(3-12-2026 14:05 or ISO 8601)") from None
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
    account = untrusted.text_field(d.get("account_external_id"), "account_external_id")
    item = item_from_record(d, mapping, platform, account)
    hidden, deleted = d.get("hidden_on_platform", False), d.get("deleted_on_platform", False)
    return replace(item, thread_url=str(d.get("thread_url") or ""),
                   hidden_on_platform=hidden is True, deleted_on_platform=deleted is True)


def read_text(path: Path) -> str:
    """A text file as Excel or a platform wrote it: UTF-8 (with or without BOM) or cp1252.

    Within ``untrusted``'s limits (regular files only, size cap). A CSV that is not UTF-8 is
    read as Windows-1252, unlike other inputs (which refuse non-UTF-8): Dutch Excel's
    "CSV (gescheiden door puntkomma's)" writes that code page, and the file is a real export.
    """
    data = untrusted.read_file(path, untrusted.MAX_IMPORT_FILE, "import file")
    try:
        return untrusted.clean_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _dialect(content: str) -> type[csv.Dialect] | csv.Dialect:
    """Comma, semicolon (Dutch Excel) or tab, sniffed from the first lines."""
    try:
        return csv.Sniffer().sniff(content[:8192], delimiters=";,\t|")
    except csv.Error:
        return csv.excel


Record = tuple[int, dict[str, Any] | str]  # (line, record or why the line is skipped)


def _records(path: Path, fmt: str) -> Iterator[Record]:
    """(line, record or error text) for a CSV or JSONL file, at most MAX_ITEMS_PER_FILE.

    JSONL is read line by line as bytes (``untrusted.lines``): a line that is not UTF-8,
    too long or not a JSON object costs that line; U+2028 inside a string is text.
    """
    rows = _jsonl_records(path) if fmt == "jsonl" else _csv_records(path)
    for n, rec in enumerate(rows):
        if n >= untrusted.MAX_ITEMS_PER_FILE:
            raise untrusted.InputLimit(f"{path.name}: more than "
                                       f"{untrusted.MAX_ITEMS_PER_FILE:,} records")
        yield rec


def _jsonl_records(path: Path) -> Iterator[Record]:
    with untrusted.open_file(path) as stream:
        for n, line in untrusted.lines(stream, path.name):
            if isinstance(line, DataError):
                yield n, str(line)
                continue
            try:
                rec = untrusted.loads_json(line, f"line {n}")
            except DataError as exc:
                yield n, str(exc)
                continue
            yield n, rec if isinstance(rec, dict) else "not a JSON object"


def _csv_records(path: Path) -> Iterator[Record]:
    content = read_text(path)
    reader = csv.DictReader(io.StringIO(content, newline=""), dialect=_dialect(content))
    try:
        for row in reader:
            yield reader.line_num, dict(row)
    except csv.Error as exc:  # a field over the csv module's limit, a NUL byte, ...
        raise DataError(f"{path.name}: line {reader.line_num} is not readable CSV "
                        f"({exc})") from None


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
    if path.suffix.lower() in (".csv", ".txt"):
        content = read_text(path)
        return next(csv.reader(io.StringIO(content, newline=""), dialect=_dialect(content)), [])
    for _line, rec in _records(path, "jsonl"):
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
        if path.is_dir() or untrusted.is_zip(path):
            raise UsageError(f"{path.name} is a {'folder' if path.is_dir() else 'ZIP file'}; "
                             f"a {fmt} import reads one {fmt} file")
        if fmt == "csv" and platform is None:
            raise UsageError("a generic CSV import needs --platform (and a column mapping)")
        return read_generic(path, fmt=fmt, mapping=mapping, platform=platform, account=account)
    return exports.read_export(path, platforms.export_format(fmt), account)
