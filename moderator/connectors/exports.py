r"""Parsers for the platforms' own data exports (reference section 7).

Accepts a ZIP or an extracted folder (or the single file), read one file at a time, its
records yielded as they are parsed (a JSON document whole, within its limit; a CSV file
streamed), so an import holds one file of the export, never all of it. Personal exports
mostly hold the account's *own* comments plus both sides of DMs; records without ids get a
stable hash id so a re-import matches. Meta's JSON has UTF-8 bytes escaped as ``\\u00XX``
(mojibake) and is repaired per string.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, BinaryIO

from moderator import untrusted
from moderator.connectors import parse
from moderator.connectors.file_import import (
    Counted,
    ImportResult,
    Parsed,
    Position,
    RowError,
    collect,
    first_non_utf8,
    open_counted,
    stable_id,
)
from moderator.errors import DataError, UsageError
from moderator.items import IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    import zipfile
    from datetime import datetime
    from pathlib import Path

Thunk = Callable[[], IncomingItem]  # builds one record's item; raises on a bad record
Parser = Callable[[str, Any, str], Iterator[Thunk]]  # (file name, document, account)
RowParser = Callable[[dict[str, str], str], IncomingItem]  # (CSV row, account)


Reader = Callable[[int], bytes]  # read a file of the export, at most this many bytes
Opener = Callable[[Position | None], AbstractContextManager[BinaryIO]]  # as a stream


@dataclass(frozen=True, slots=True)
class Member:
    """One file of an export: its name, size, and how to read it (never before asked)."""

    name: str
    size: int
    read: Reader  # whole, within a limit (a JSON document)
    open: Opener  # as a stream (a CSV file), within ``untrusted``'s limits


def _members(path: Path) -> Iterator[Member]:
    """The export's files, each read only when asked (and within ``untrusted``'s limits).

    A folder is walked without following symbolic links; a ZIP member that is damaged,
    encrypted or inflating too far raises DataError when read, naming the member.
    """
    if path.is_dir():
        for p in untrusted.walk(path):
            yield Member(p.relative_to(path).as_posix(), _size(p),
                         partial(untrusted.read_file, p),
                         partial(open_counted, p, untrusted.MAX_IMPORT_FILE))
    elif untrusted.is_zip(path):
        with untrusted.open_zip(path) as z:
            for info in untrusted.zip_files(z):
                yield Member(info.filename, info.file_size,
                             partial(untrusted.read_member, z, info, path.name),
                             partial(_open_member, z, info, path.name))
    else:
        yield Member(path.name, _size(path), partial(untrusted.read_file, path),
                     partial(open_counted, path, untrusted.MAX_IMPORT_FILE))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def size(path: Path) -> int:
    """The bytes an export holds (uncompressed): what progress is counted against."""
    return sum(m.size for m in _members(path))


@contextmanager
def _open_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, where: str,
                 position: Position | None = None) -> Iterator[BinaryIO]:
    """One ZIP member as a stream, under ``untrusted.read_member``'s checks.

    The same checks before reading (encrypted, method, declared size, inflation ratio);
    while reading, no more than the declared size comes out (``zipfile``) and at most
    ``MAX_IMPORT_FILE``, and damage (the CRC is checked at the end) raises Unreadable.
    """
    limit = untrusted.MAX_IMPORT_FILE
    name = untrusted.check_member(info, where, limit)
    try:
        raw = z.open(info)
    except untrusted.ZIP_DAMAGE as exc:
        raise untrusted.Unreadable(f"{name} is damaged ({exc})") from None
    with raw:
        yield io.BufferedReader(Counted(raw, name, limit, position), 1 << 16)


def _names(path: Path) -> list[str]:
    return [m.name for m in _members(path)]


def detect(path: Path, formats: Iterable[ExportFormat]) -> str:
    """Name the export format of ``path`` among ``formats``, or ``csv``/``jsonl``.

    Raises:
        UsageError: Neither an export of ``formats`` nor a generic file.
    """
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return "jsonl"
    names = _names(path) if not path.is_file() or untrusted.is_zip(path) else [path.name]
    for fmt in formats:
        if fmt.recognises(names):
            return fmt.name
    if path.suffix.lower() == ".csv":
        return "csv"
    raise UsageError(f"cannot recognise the format of {path.name}; pass --format")


def _fix(value: Any) -> Any:
    r"""Undo Meta's mojibake (UTF-8 bytes written as \\u00XX escapes), in place.

    In place: a document may hold millions of small containers (nesting is bounded by
    ``untrusted.loads_json``, so the recursion is too).
    """
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, str | list | dict):
                value[i] = _fix(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, str | list | dict):
                value[k] = _fix(v)
    return value


def _epoch(value: Any, unit: str = "s") -> datetime:
    if isinstance(value, str):  # an export writes numbers; a numeric string is a forgery
        raise DataError(f"timestamp {value!r:.30} is not a number")
    return untrusted.timestamp(value, "timestamp", 1000 if unit == "ms" else 1)


def _text(value: Any, name: str) -> str:
    return untrusted.text_field(value, name)


def _iso(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise DataError(f"'{name}' is not a date")
    return parse.iso(value)


def _item(platform: Platform, account: str, kind: ItemKind, text: str, author: str,  # noqa: PLR0917
          when: datetime, thread: str, ext_id: str = "",
          parent: str | None = None) -> IncomingItem:
    if not text.strip():
        raise DataError("no text")
    if len(text) > parse.MAX_TEXT:
        raise DataError(f"text is longer than {parse.MAX_TEXT:,} characters")
    return IncomingItem(platform=platform, account_external_id=account,
                        external_id=ext_id or stable_id(thread, author, when, text), kind=kind,
                        text=text, author_name=author, author_external_id=author,
                        created_at=when, thread_external_id=thread, thread_title=thread,
                        parent_external_id=parent)


def _meta_msg(platform: Platform, account: str, thread: str, m: dict[str, Any]) -> IncomingItem:
    return _item(platform, account, ItemKind.DM, _text(m.get("content"), "content"),
                 _text(m.get("sender_name"), "sender_name"), _epoch(m.get("timestamp_ms"), "ms"),
                 thread)


def _meta_inbox(platform: Platform) -> Parser:
    def rows(name: str, doc: Any, account: str) -> Iterator[Thunk]:
        folder = name.rsplit("/", 2)  # inbox/<thread>/message_1.json; a lone file: its name
        thread = _text(doc.get("thread_path"), "thread_path") or \
            (folder[-2] if len(folder) > 1 else folder[-1])
        for m in doc.get("messages", []):
            yield partial(_meta_msg, platform, account, thread, m)
    return rows


def _fb_comment(account: str, title: str, c: dict[str, Any]) -> IncomingItem:
    return _item(Platform.FACEBOOK, account, ItemKind.COMMENT, _text(c.get("comment"), "comment"),
                 _text(c.get("author"), "author"), _epoch(c.get("timestamp")), title)


def _fb_comments(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    for entry in doc.get("comments_v2", []) if isinstance(doc, dict) else doc:
        for d in entry.get("data", []):
            yield partial(_fb_comment, account,
                          _text(entry.get("title"), "title") or "facebook", d.get("comment", {}))


def _ig_comment(account: str, rec: dict[str, Any]) -> IncomingItem:
    m = rec.get("string_map_data", {})
    return _item(Platform.INSTAGRAM, account, ItemKind.COMMENT,
                 _text(m.get("Comment", {}).get("value"), "Comment"), account or "own",
                 _epoch(m.get("Time", {}).get("timestamp")),
                 _text(m.get("Media Owner", {}).get("value"), "Media Owner") or "instagram")


def _ig_comments(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    for rec in doc if isinstance(doc, list) else doc.get("comments_reels_comments", []):
        yield partial(_ig_comment, account, rec)


def _x_dm(account: str, conv: str, mc: dict[str, Any]) -> IncomingItem:
    return _item(Platform.X, account, ItemKind.DM, _text(mc.get("text"), "text"),
                 _text(mc.get("senderId"), "senderId"), _iso(mc.get("createdAt"), "createdAt"),
                 conv, _text(mc.get("id"), "id"))


def _x_dms(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    for conv in doc:
        c = conv.get("dmConversation", {})
        for m in c.get("messages", []):
            if m.get("messageCreate"):
                yield partial(_x_dm, account, _text(c.get("conversationId"), "conversationId"),
                              m["messageCreate"])


def _tt(account: str, kind: ItemKind,  # noqa: PLR0917
        text: Any, author: Any, date: Any,
        thread: str) -> IncomingItem:
    return _item(Platform.TIKTOK, account, kind, _text(text, "comment"),
                 _text(author, "author") or account or "own", _iso(date, "date"), thread)


def _tiktok(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    comments = doc.get("Comment", {})
    for c in comments.get("Comments", comments).get("CommentsList") or []:
        yield partial(_tt, account, ItemKind.COMMENT, c.get("comment"), "", c.get("date"),
                      "tiktok")
    dms = doc.get("Direct Message", doc.get("Direct Messages", {}))
    history = dms.get("Direct Messages", dms).get("ChatHistory") or {}
    for chat, messages in history.items():
        for m in messages:
            yield partial(_tt, account, ItemKind.DM, m.get("Content"), m.get("From"),
                          m.get("Date"), _text(chat, "chat").rstrip(":"))


def _csv_rows(name: str, stream: BinaryIO) -> Iterator[tuple[int, dict[str, str]]]:
    r"""(line, row) of an export's CSV, streamed; the header is the first line with a comma.

    Lines before the header end at ``\n`` only (U+2028 inside a field is text). The
    caller has checked the whole file is UTF-8 (``first_non_utf8``).

    Raises:
        DataError: A line the csv module cannot read (a field over its limit); the rows
            before it have been yielded.
    """
    start, line = 0, ""
    while True:
        raw = stream.readline(untrusted.MAX_LINE + 1)
        if not raw:
            return
        if len(raw) > untrusted.MAX_LINE and not raw.endswith(b"\n"):
            raise untrusted.InputLimit(f"{name} line {start + 1}: longer than "
                                       f"{untrusted.MAX_LINE:,} bytes before the CSV header")
        line = untrusted.decode(raw, name) if start == 0 else raw.decode("utf-8")
        if "," in line and not line.startswith("Notes"):
            break
        start += 1
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    reader = csv.DictReader(itertools.chain(io.StringIO(line, newline=""), text))
    try:
        for row in reader:
            yield reader.line_num + start, {k.strip().lower(): (v or "") for k, v in row.items()
                                            if isinstance(k, str) and isinstance(v, str | None)}
    except csv.Error as exc:
        raise DataError(f"{name} line {reader.line_num + start}: not readable CSV ({exc})") \
            from None
    except UnicodeDecodeError:  # changed since it was checked
        raise untrusted.Unreadable(f"{name}: not UTF-8 text") from None
    finally:
        text.detach()


def _takeout_text(raw: str) -> str:
    if not raw.lstrip().startswith("{"):
        return raw
    try:
        doc = untrusted.loads_json(raw, "comment text")
    except DataError:
        return raw
    if isinstance(doc, dict):
        segments = doc.get("takeoutSegments")
        return "".join(_text(s.get("text"), "text") for s in segments) if segments else \
            _text(doc.get("text"), "text")
    return raw


def _youtube_row(row: dict[str, str], account: str) -> IncomingItem:
    parent = row.get("parent comment id") or None
    return _item(Platform.YOUTUBE, account, ItemKind.REPLY if parent else ItemKind.COMMENT,
                 _takeout_text(row.get("comment text", "")), row.get("channel id", ""),
                 parse.iso(row.get("comment create timestamp", "")), row.get("video id", ""),
                 row.get("comment id", ""), parent)


def _linkedin_row(row: dict[str, str], account: str) -> IncomingItem:
    return _item(Platform.LINKEDIN, account, ItemKind.DM, row.get("content", ""),
                 row.get("from", ""), parse.iso(row.get("date", "").replace(" UTC", "+00:00")),
                 row.get("conversation id", ""))


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One platform's own data export: how to recognise it and how to read its files.

    Attributes:
        name: The ``--format`` value.
        marker: Matches a file name only this export has.
        unless: When a file name matches this, the export is another platform's.
        json: JSON file-name prefix -> parser of that document.
        csv: (CSV file name, parser of one row), for exports that are CSV files.
    """

    name: str
    marker: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    json: Mapping[str, Parser] = field(default_factory=dict)
    csv: tuple[str, RowParser] | None = None

    def recognises(self, names: Sequence[str]) -> bool:
        """Whether a listing of file names is this export."""
        if self.unless is not None and any(self.unless.search(n) for n in names):
            return False
        return any(self.marker.search(n) for n in names)


FACEBOOK = ExportFormat("facebook", re.compile(r"(message_\d+\.json|comments\.json)$"),
                        unless=re.compile("instagram"),
                        json={"message_": _meta_inbox(Platform.FACEBOOK),
                              "comments.json": _fb_comments})
INSTAGRAM = ExportFormat("instagram", re.compile(
    r"(post_comments_\d+|reels_comments)\.json$|instagram.*(message_\d+|comments)\.json$"),
    json={"message_": _meta_inbox(Platform.INSTAGRAM), "comments": _ig_comments})
X_ARCHIVE = ExportFormat("x-archive", re.compile(r"direct-messages(-group)?\.js$"),
                         json={"direct-messages": _x_dms})
TIKTOK = ExportFormat("tiktok", re.compile(r"user_data(_tiktok)?\.json$"),
                      json={"user_data": _tiktok})
YOUTUBE_TAKEOUT = ExportFormat("youtube-takeout",
                               re.compile(r"comments/comments\.csv$|^comments\.csv$"),
                               csv=("comments.csv", _youtube_row))
LINKEDIN = ExportFormat("linkedin", re.compile(r"(^|/)messages\.csv$"),
                        csv=("messages.csv", _linkedin_row))


def iter_export(path: Path, fmt: ExportFormat, account: str,
                position: Position | None = None) -> Iterator[Parsed]:
    """A platform export's items and skipped records, read lazily (one file at a time).

    A file of the export that cannot be read (not UTF-8, damaged in the ZIP, over a
    limit, not JSON) is one error naming it; the other files still import. A JSON
    document is parsed whole (at most ``MAX_JSON_DOCUMENT``); a CSV file is streamed.

    Raises:
        DataError: ``path`` itself is no readable folder, ZIP or file.
    """
    done = 0
    for member in _members(path):
        base = member.name.rsplit("/", 1)[-1]
        if position is not None:
            position.done = done
        if fmt.csv is not None:
            wanted, row_fn = fmt.csv
            if base.lower() == wanted:
                yield from _file(member.name, partial(_csv_records, member, row_fn, account,
                                                      position))
        else:
            for prefix, fn in fmt.json.items():
                if base.startswith(prefix) or (prefix in base and
                                               base.endswith((".json", ".js"))):
                    yield from _file(member.name, partial(_json_records, member, fn, account))
                    break
        done += member.size
    if position is not None:
        position.done = done


def read_export(path: Path, fmt: ExportFormat, account: str) -> ImportResult:
    """Parse a platform export whole into memory; bad records are reported and skipped.

    Raises:
        DataError: ``path`` itself is no readable folder, ZIP or file.
    """
    return collect(fmt.name, iter_export(path, fmt, account))


def _csv_records(member: Member, row_fn: RowParser, account: str,
                 position: Position | None) -> Iterator[tuple[int, Thunk]]:
    with member.open(None) as stream:  # the whole file first: UTF-8, not damaged
        bad = first_non_utf8(stream)
    if bad is not None:
        raise untrusted.Unreadable(f"{member.name}: not UTF-8 text (byte {bad})")
    with member.open(position) as stream:
        for line, row in _csv_rows(member.name, stream):
            yield line, partial(row_fn, row, account)


def _json_records(member: Member, fn: Parser, account: str) -> Iterator[tuple[int, Thunk]]:
    name = member.name
    text = untrusted.decode(member.read(untrusted.MAX_JSON_DOCUMENT), name)
    if name.endswith(".js") and "=" in text[:200].split("[", 1)[0]:
        text = text.split("=", 1)[1]  # window.YTD.<name>.part0 = [...]
    doc = _fix(untrusted.loads_json(text, name))
    del text
    yield from enumerate(fn(name, doc, account), 1)


def _file(name: str, records: Callable[[], Iterable[tuple[int, Thunk]]]) -> Iterator[Parsed]:
    """One file's items and skipped records; a file that cannot be read is one error."""
    try:
        for line, make in records():
            try:
                item = make()
            except (DataError, ValueError) as exc:
                yield RowError(line, f"{name} record: {exc}")
                continue
            except (AttributeError, TypeError, KeyError, IndexError):
                yield RowError(line, f"{name} record: not the documented export structure")
                continue
            yield item
    except DataError as exc:
        yield RowError(0, str(exc))
    except (AttributeError, TypeError, KeyError, IndexError):
        yield RowError(0, f"{name}: not the documented export structure")
