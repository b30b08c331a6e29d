"""Import items from files when API access is not granted: generic CSV/JSONL and exports.

Generic files map columns to :class:`IncomingItem` fields with a :class:`ColumnMapping`
(``preview`` shows the first rows as they would be imported); :meth:`ColumnMapping.guess`
recognises the usual Dutch and English headers. CSV files as Excel writes them are read:
``;`` or tab separated (sniffed), with or without a BOM, in UTF-8 or Windows-1252, with
Dutch dates like ``3-12-2026 14:05`` (local time, Europe/Amsterdam) as well as ISO 8601.
Platform exports (reference section 7) are parsed by :mod:`moderator.connectors.exports`.
A bad row is reported with its line number and skipped whole.

:func:`store_file` imports into a workspace streamed: records are read lazily and stored in
batches through the workspace's ingest (each batch commits whole), so memory does not grow
with the file and an interrupted import keeps what it stored; ids are stable, so importing
a file again changes nothing and completes an interrupted run. :func:`import_file` reads a
file whole into memory (tests, small files).
"""

from __future__ import annotations

import codecs
import collections
import csv
import hashlib
import io
import itertools
import re
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Protocol
from zoneinfo import ZoneInfo

from moderator import untrusted
from moderator.connectors import parse
from moderator.errors import DataError, UsageError
from moderator.items import IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
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
        # no author id column: the name stands for the author (else every row of the file
        # would be one author: their repeats, votes and reach run together)
        author_external_id=values["author_external_id"] or values["author_name"],
        created_at=created,
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


class Position:
    """How many bytes of an import's source were read, of ``total`` (progress; approximate)."""

    __slots__ = ("done", "total")

    def __init__(self, total: int = 0) -> None:
        self.done, self.total = 0, total


class Counted(io.RawIOBase):
    """A byte stream read through: counts what it passes (progress), bounds it, names damage.

    Wrapped in an ``io.BufferedReader`` it serves ``readline`` and ``io.TextIOWrapper``. A
    read error (a damaged ZIP member, its CRC checked at the end; an I/O error) becomes
    :class:`untrusted.Unreadable` naming ``where``; more than ``limit`` bytes, InputLimit.
    """

    def __init__(self, raw: IO[bytes], where: str, limit: int | None = None,
                 position: Position | None = None) -> None:
        super().__init__()
        self._raw, self._where, self._limit, self._position = raw, where, limit, position
        self._base = position.done if position is not None else 0
        self.count = 0

    def readable(self) -> bool:
        """Always (a read-only stream)."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the wrapped stream; 0 at the end."""
        view = memoryview(buffer).cast("B")
        try:
            data = self._raw.read(len(view))
        except untrusted.ZIP_DAMAGE as exc:
            raise untrusted.Unreadable(f"{self._where} cannot be read: damaged or changed "
                                       f"while reading ({exc})") from None
        n = len(data)
        view[:n] = data
        self.count += n
        if self._limit is not None and self.count > self._limit:
            raise untrusted.InputLimit(f"{self._where} is over the limit of "
                                       f"{self._limit:,} bytes")
        if self._position is not None:
            self._position.done = self._base + self.count
        return n


_CHUNK = 1 << 20


@contextmanager
def open_counted(path: Path, limit: int | None,
                 position: Position | None = None) -> Iterator[BinaryIO]:
    """A regular file as a buffered stream through :class:`Counted` (size checked first)."""
    info = untrusted.regular(path)
    if limit is not None and info.st_size > limit:
        raise untrusted.InputLimit(f"{path}: import file is {info.st_size:,} bytes; the limit "
                                   f"is {limit:,} bytes")
    with untrusted.open_file(path) as raw:
        yield io.BufferedReader(Counted(raw, str(path), limit, position), 1 << 16)


def first_non_utf8(stream: BinaryIO) -> int | None:
    """The 1-based offset of the first byte that is not UTF-8, reading to the end; None: all is.

    Reads in 1 MiB pieces (memory stays flat); reading to the end also checks a ZIP
    member's CRC, so a damaged member is refused before any of its rows is used.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    while True:
        chunk = stream.read(_CHUNK)
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            return offset - pending + exc.start + 1
        if not chunk:
            return None
        offset += len(chunk)


def _csv_encoding(path: Path) -> str:
    """How to read a CSV: UTF-8 (a BOM dropped) when all of it is, else Windows-1252.

    A CSV that is not UTF-8 is read as Windows-1252, unlike other inputs (which refuse
    non-UTF-8): Dutch Excel's "CSV (gescheiden door puntkomma's)" writes that code page,
    and the file is a real export. Decided over the whole file, before any row is read.
    """
    with open_counted(path, untrusted.MAX_IMPORT_FILE) as stream:
        return "utf-8-sig" if first_non_utf8(stream) is None else "cp1252"


@contextmanager
def _csv_lines(path: Path, encoding: str, position: Position | None = None,
               ) -> Iterator[tuple[Iterator[str], type[csv.Dialect] | csv.Dialect]]:
    """The CSV's lines (as ``newline=""`` splits them) and its sniffed dialect, streamed."""
    with _text(path, encoding) as text:
        dialect = _dialect(text.read(8192))
    with _text(path, encoding, position) as text:
        yield text, dialect


@contextmanager
def _text(path: Path, encoding: str,
          position: Position | None = None) -> Iterator[io.TextIOWrapper]:
    with open_counted(path, untrusted.MAX_IMPORT_FILE, position) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="",
                                errors="strict" if encoding.startswith("utf") else "replace")
        try:
            yield text
        except UnicodeDecodeError:  # the file changed since its encoding was decided
            raise untrusted.Unreadable(f"{path.name}: not UTF-8 text") from None
        finally:
            text.detach()


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    """Comma, semicolon (Dutch Excel) or tab, sniffed from the first (at most 8 kB of) lines.

    Whole lines only where the sample holds one: the sniffer misreads a line cut short
    (long texts). Never more: its guess costs time quadratic in the sample.
    """
    end = max(sample.rfind("\n"), sample.rfind("\r"))
    try:
        return csv.Sniffer().sniff(sample[:end + 1] if end > 0 else sample,
                                   delimiters=";,\t|")
    except csv.Error:
        return csv.excel


def _check_csv(path: Path, encoding: str) -> None:
    """Read the whole CSV once, keeping no rows: an unreadable one is refused before storing.

    As when files were read whole: a line the csv module cannot read (a field over its
    limit, a NUL byte) refuses the file, so no part of it is stored.
    """
    with _csv_lines(path, encoding) as (lines, dialect):
        reader = csv.reader(lines, dialect)
        try:
            collections.deque(reader, maxlen=0)
        except csv.Error as exc:  # a field over the csv module's limit, a NUL byte, ...
            raise DataError(f"{path.name}: line {reader.line_num} is not readable CSV "
                            f"({exc})") from None


Record = tuple[int, dict[str, Any] | str]  # (line, record or why the line is skipped)
Parsed = IncomingItem | RowError  # one record of a file: an item, or why it was skipped


def _records(path: Path, fmt: str, position: Position | None = None, *,
             check: bool = True) -> Iterator[Record]:
    """(line, record or error text) for a CSV or JSONL file, read lazily.

    JSONL is read line by line as bytes (``untrusted.lines``): a line that is not UTF-8,
    too long or not a JSON object costs that line; U+2028 inside a string is text. A CSV
    is checked whole first (``check``; previews skip it), then streamed.
    """
    return _jsonl_records(path, position) if fmt == "jsonl" else \
        _csv_records(path, position, check=check)


def _jsonl_records(path: Path, position: Position | None) -> Iterator[Record]:
    with open_counted(path, None, position) as stream:
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


def _csv_records(path: Path, position: Position | None, *, check: bool) -> Iterator[Record]:
    encoding = _csv_encoding(path)
    if check:
        _check_csv(path, encoding)
    with _csv_lines(path, encoding, position) as (lines, dialect):
        reader = csv.DictReader(lines, dialect=dialect)
        try:
            for row in reader:
                yield reader.line_num, row
        except csv.Error as exc:  # unchecked (a preview), or changed since the check
            raise DataError(f"{path.name}: line {reader.line_num} is not readable CSV "
                            f"({exc})") from None


def _generic(path: Path, fmt: str, mapping: ColumnMapping, platform: Platform | None, *,
             account: str, position: Position | None = None,
             check: bool = True) -> Iterator[Parsed]:
    for line, rec in _records(path, fmt, position, check=check):
        if isinstance(rec, str):
            yield RowError(line, rec)
            continue
        try:
            yield item_from_json(rec) if platform is None else \
                item_from_record(rec, mapping, platform, account)
        except DataError as exc:
            yield RowError(line, str(exc))


def collect(fmt: str, parsed: Iterable[Parsed]) -> ImportResult:
    """Every item and skipped row of ``parsed`` in memory (small files, previews, tests)."""
    good: list[IncomingItem] = []
    bad: list[RowError] = []
    for p in parsed:
        if isinstance(p, RowError):
            bad.append(p)
        else:
            good.append(p)
    return ImportResult(fmt, tuple(good), tuple(bad))


def read_generic(path: Path, *, fmt: str, mapping: ColumnMapping | None = None,
                 platform: Platform | None = None, account: str = "") -> ImportResult:
    """Read a generic CSV or JSONL file whole; rows with problems are reported and skipped."""
    return collect(fmt, _generic(path, fmt, mapping or ColumnMapping(), platform,
                                 account=account))


def columns(path: Path) -> list[str]:
    """The column names of a CSV (header) or JSONL file (keys of the first record)."""
    if path.suffix.lower() in (".csv", ".txt"):
        with _csv_lines(path, _csv_encoding(path)) as (lines, dialect):
            try:
                return next(csv.reader(lines, dialect), [])
            except csv.Error as exc:
                raise DataError(f"{path.name}: line 1 is not readable CSV ({exc})") from None
    for _line, rec in _records(path, "jsonl"):
        return list(rec) if isinstance(rec, dict) else []
    return []


def preview(path: Path, mapping: ColumnMapping, *, platform: Platform, account: str = "",
            limit: int = 10, scan: int = 1000) -> ImportResult:
    """The first ``limit`` rows as they would import with ``mapping`` (nothing stored).

    Reads from the top until ``limit`` items and ``limit`` skipped rows are found, or at
    most ``scan`` rows: a preview of a large file costs what its first rows cost.
    """
    fmt = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    good: list[IncomingItem] = []
    bad: list[RowError] = []
    for parsed in itertools.islice(_generic(path, fmt, mapping, platform, account=account,
                                            check=False), scan):
        if isinstance(parsed, RowError):
            if len(bad) < limit:
                bad.append(parsed)
        elif len(good) < limit:
            good.append(parsed)
        if len(good) >= limit and len(bad) >= limit:
            break
    return ImportResult(fmt, tuple(good), tuple(bad))


@dataclass(frozen=True, slots=True)
class Records:
    """A file opened for import: its format and its records, read lazily as iterated."""

    format: str
    parsed: Iterator[Parsed]
    position: Position = field(default_factory=Position)


def records(path: Path, *, fmt: str | None = None, platform: Platform | None = None,
            account: str = "", mapping: ColumnMapping | None = None) -> Records:
    """Open ``path`` for import: a platform export (ZIP, folder or file) or a CSV/JSONL file.

    Nothing is read beyond what recognising the format needs until ``parsed`` is iterated.

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
        position = Position(untrusted.regular(path).st_size)
        return Records(fmt, _generic(path, fmt, mapping or ColumnMapping(), platform,
                                     account=account, position=position), position)
    export = platforms.export_format(fmt)
    position = Position(exports.size(path))
    return Records(fmt, exports.iter_export(path, export, account, position), position)


def import_file(path: Path, *, fmt: str | None = None, platform: Platform | None = None,
                account: str = "", mapping: ColumnMapping | None = None) -> ImportResult:
    """Read all of ``path`` into memory (tests, small files); :func:`store_file` streams.

    Raises:
        UsageError: The format cannot be recognised or needs a platform.
    """
    opened = records(path, fmt=fmt, platform=platform, account=account, mapping=mapping)
    return collect(opened.format, opened.parsed)


MAX_LISTED_ERRORS = 100  # skipped rows a report lists; the others are only counted


class BatchCounts(Protocol):
    """What storing one batch reports (``moderator.storage`` IngestResult)."""

    @property
    def created(self) -> int:
        """Items that were new."""
        ...

    @property
    def updated(self) -> int:
        """Items whose text or platform state changed."""
        ...

    @property
    def unchanged(self) -> int:
        """Items stored before, as they are (a re-import)."""
        ...


class Ingest(Protocol):
    """The part of the workspace's ingest service an import uses (``ws.ingest``)."""

    def upsert(self, items: Iterable[IncomingItem], *, batch_size: int = ...,
               on_batch: Callable[[BatchCounts], None] | None = None) -> Any:
        """Store items in batches, each committed whole; ``on_batch`` after each."""
        ...


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """How far a streamed import is: reported after each stored batch."""

    items: int  # stored so far: new, changed or already there
    created: int
    skipped: int  # rows skipped so far
    done_bytes: int
    total_bytes: int

    @property
    def fraction(self) -> float:
        """How much of the source was read, 0..1 (by bytes; approximate)."""
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 0.0


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What a streamed import stored, and which rows it skipped.

    ``errors`` lists the first :data:`MAX_LISTED_ERRORS` skipped rows; ``skipped`` counts
    all of them (a file of a million bad rows is a count, not a million messages).
    """

    format: str
    items: int = 0  # stored: new, changed or already there (a re-import)
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: tuple[RowError, ...] = ()
    cancelled: bool = False  # stopped by the progress callback; stored batches stay

    @property
    def unlisted(self) -> int:
        """Skipped rows not in ``errors``."""
        return self.skipped - len(self.errors)


class WrongPlatform(UsageError):
    """The file is an export of another platform than the one the items are for."""

    def __init__(self, name: str, found: Platform, wanted: Platform) -> None:
        super().__init__(f"{name} is a {found.value} export, not {wanted.value}")
        self.found, self.wanted = found, wanted


@dataclass
class _Tally:
    listed: int
    items: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)

    def skip(self, error: RowError) -> None:
        self.skipped += 1
        if len(self.errors) < self.listed:
            self.errors.append(error)

    def stored(self, counts: BatchCounts) -> None:
        self.created += counts.created
        self.updated += counts.updated
        self.items += counts.created + counts.updated + counts.unchanged

    def progress(self, position: Position) -> ImportProgress:
        return ImportProgress(self.items, self.created, self.skipped, position.done,
                              position.total)


def store_file(path: Path, ingest: Ingest, *, fmt: str | None = None,
               platform: Platform | None = None, account: str = "",
               mapping: ColumnMapping | None = None, batch_size: int = 2000,
               progress: Callable[[ImportProgress], bool | None] | None = None,
               listed: int = MAX_LISTED_ERRORS) -> ImportReport:
    """Import ``path`` into the workspace, streamed: records read lazily, stored in batches.

    Memory stays bounded by one batch (and, for exports, one JSON document of the export),
    whatever the file's size. Each batch commits whole, so an interrupted import keeps
    what it stored, and running it again completes it: ids are stable (the file's own, or
    :func:`stable_id`), so stored items are recognised, not doubled. ``progress`` is called
    after each stored batch (and every ``batch_size`` skipped rows); returning False stops
    the import after that batch. With ``platform``, an export of another platform raises
    :class:`WrongPlatform` before its first batch is stored.

    Raises:
        UsageError: The format cannot be recognised or needs a platform.
        DataError: The file (a CSV, or an export itself) cannot be read.
    """
    opened = records(path, fmt=fmt, platform=platform, account=account, mapping=mapping)
    tally = _Tally(listed)
    stop, unreported, read_all = False, 0, False

    def report() -> None:
        nonlocal stop, unreported
        unreported = 0
        if progress is not None and progress(tally.progress(opened.position)) is False:
            stop = True

    def items() -> Iterator[IncomingItem]:
        nonlocal unreported, read_all
        for parsed in opened.parsed:
            if isinstance(parsed, RowError):
                tally.skip(parsed)
                unreported += 1
                if unreported >= batch_size:
                    report()
            elif platform is not None and parsed.platform != platform:
                raise WrongPlatform(path.name, parsed.platform, platform)
            else:
                yield parsed
            if stop:
                return
        read_all = True

    def stored(counts: BatchCounts) -> None:
        tally.stored(counts)
        report()

    ingest.upsert(items(), batch_size=batch_size, on_batch=stored)
    return ImportReport(opened.format, tally.items, tally.created, tally.updated,
                        tally.skipped, tuple(tally.errors), cancelled=stop and not read_all)
