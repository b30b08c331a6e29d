r"""Parsers for the platforms' own data exports (reference section 7).

Accepts a ZIP or an extracted folder (or the single file). Personal exports mostly hold
the account's *own* comments plus both sides of DMs; records without ids get a stable
hash id so a re-import matches. Meta's JSON has UTF-8 bytes escaped as ``\\u00XX``
(mojibake) and is repaired per string.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from moderator.connectors import parse
from moderator.connectors.file_import import ImportResult, RowError, stable_id
from moderator.errors import DataError, UsageError
from moderator.items import IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from pathlib import Path

Thunk = Callable[[], IncomingItem]  # builds one record's item; raises on a bad record
Parser = Callable[[str, Any, str], Iterator[Thunk]]  # (file name, document, account)
RowParser = Callable[[dict[str, str], str], IncomingItem]  # (CSV row, account)


def _members(path: Path) -> Iterator[tuple[str, bytes]]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file():
                yield p.relative_to(path).as_posix(), p.read_bytes()
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                if not name.endswith("/"):
                    yield name, z.read(name)
    else:
        yield path.name, path.read_bytes()


def detect(path: Path, formats: Iterable[ExportFormat]) -> str:
    """Name the export format of ``path`` among ``formats``, or ``csv``/``jsonl``.

    Raises:
        UsageError: Neither an export of ``formats`` nor a generic file.
    """
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return "jsonl"
    names = [name for name, _data in _members(path)] if not path.is_file() or \
        zipfile.is_zipfile(path) else [path.name]
    for fmt in formats:
        if fmt.recognises(names):
            return fmt.name
    if path.suffix.lower() == ".csv":
        return "csv"
    raise UsageError(f"cannot recognise the format of {path.name}; pass --format")


def _fix(value: Any) -> Any:
    r"""Undo Meta's mojibake (UTF-8 bytes written as \\u00XX escapes), recursively."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [_fix(v) for v in value]
    if isinstance(value, dict):
        return {k: _fix(v) for k, v in value.items()}
    return value


def _epoch(value: Any, unit: str = "s") -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"timestamp {value!r:.30} is not a number")
    return datetime.fromtimestamp(value / (1000 if unit == "ms" else 1), tz=UTC)


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
    return _item(platform, account, ItemKind.DM, str(m.get("content", "")),
                 str(m.get("sender_name", "")), _epoch(m.get("timestamp_ms"), "ms"), thread)


def _meta_inbox(platform: Platform) -> Parser:
    def rows(name: str, doc: Any, account: str) -> Iterator[Thunk]:
        thread = str(doc.get("thread_path") or name.rsplit("/", 2)[-2])
        for m in doc.get("messages", []):
            yield partial(_meta_msg, platform, account, thread, m)
    return rows


def _fb_comment(account: str, title: str, c: dict[str, Any]) -> IncomingItem:
    return _item(Platform.FACEBOOK, account, ItemKind.COMMENT, str(c.get("comment", "")),
                 str(c.get("author", "")), _epoch(c.get("timestamp")), title)


def _fb_comments(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    for entry in doc.get("comments_v2", []) if isinstance(doc, dict) else doc:
        for d in entry.get("data", []):
            yield partial(_fb_comment, account, str(entry.get("title", "facebook")),
                          d.get("comment", {}))


def _ig_comment(account: str, rec: dict[str, Any]) -> IncomingItem:
    m = rec.get("string_map_data", {})
    return _item(Platform.INSTAGRAM, account, ItemKind.COMMENT,
                 str(m.get("Comment", {}).get("value", "")), account or "own",
                 _epoch(m.get("Time", {}).get("timestamp")),
                 str(m.get("Media Owner", {}).get("value", "instagram")))


def _ig_comments(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    for rec in doc if isinstance(doc, list) else doc.get("comments_reels_comments", []):
        yield partial(_ig_comment, account, rec)


def _x_dm(account: str, conv: str, mc: dict[str, Any]) -> IncomingItem:
    return _item(Platform.X, account, ItemKind.DM, str(mc.get("text", "")),
                 str(mc.get("senderId", "")), parse.iso(str(mc.get("createdAt"))), conv,
                 str(mc.get("id", "")))


def _x_dms(name: str, doc: Any, account: str) -> Iterator[Thunk]:
    for conv in doc:
        c = conv.get("dmConversation", {})
        for m in c.get("messages", []):
            if m.get("messageCreate"):
                yield partial(_x_dm, account, str(c.get("conversationId")), m["messageCreate"])


def _tt(account: str, kind: ItemKind,  # noqa: PLR0917
        text: Any, author: Any, date: Any,
        thread: str) -> IncomingItem:
    return _item(Platform.TIKTOK, account, kind, str(text or ""), str(author or account or "own"),
                 parse.iso(str(date)), thread)


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
                          m.get("Date"), chat.rstrip(":"))


def _csv_rows(name: str, data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    text = data.decode("utf-8-sig")
    lines = text.splitlines(keepends=True)
    start = next((i for i, ln in enumerate(lines) if "," in ln and not ln.startswith("Notes")), 0)
    reader = csv.DictReader(io.StringIO("".join(lines[start:]), newline=""))
    for row in reader:
        yield reader.line_num + start, {k.strip().lower(): (v or "") for k, v in row.items() if k}


def _takeout_text(raw: str) -> str:
    try:
        doc = json.loads(raw)
    except ValueError:
        return raw
    if isinstance(doc, dict):
        segments = doc.get("takeoutSegments")
        return "".join(str(s.get("text", "")) for s in segments) if segments else \
            str(doc.get("text", ""))
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


def read_export(path: Path, fmt: ExportFormat, account: str) -> ImportResult:
    """Parse a platform export; bad records are reported (file and number) and skipped."""
    good: list[IncomingItem] = []
    bad: list[RowError] = []
    for name, data in _members(path):
        base = name.rsplit("/", 1)[-1]
        if fmt.csv is not None:
            wanted, row_fn = fmt.csv
            if base.lower() == wanted:
                for line, row in _csv_rows(name, data):
                    _collect(partial(row_fn, row, account), line, name, good, bad)
            continue
        for prefix, fn in fmt.json.items():
            if base.startswith(prefix) or (prefix in base and base.endswith((".json", ".js"))):
                _parse_json(name, data, fn, account, good, bad)
                break
    return ImportResult(fmt.name, tuple(good), tuple(bad))


def _parse_json(name: str, data: bytes,  # noqa: PLR0917
                fn: Parser, account: str, good: list[IncomingItem],
                bad: list[RowError]) -> None:
    text = data.decode("utf-8-sig")
    if name.endswith(".js") and "=" in text.split("[", 1)[0]:
        text = text.split("=", 1)[1]  # window.YTD.<name>.part0 = [...]
    try:
        doc = _fix(json.loads(text))
        thunks = list(fn(name, doc, account))
    except ValueError as exc:
        bad.append(RowError(getattr(exc, "lineno", 0), f"{name}: not valid JSON"))
        return
    except (AttributeError, TypeError):
        bad.append(RowError(0, f"{name}: not the documented export structure"))
        return
    for n, thunk in enumerate(thunks, 1):
        _collect(thunk, n, f"{name} record", good, bad)


def _collect(make: Thunk, line: int, name: str, good: list[IncomingItem],
             bad: list[RowError]) -> None:
    try:
        good.append(make())
    except (DataError, ValueError, TypeError, AttributeError) as exc:
        bad.append(RowError(line, f"{name}: {exc}"))
