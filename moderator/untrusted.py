r"""Reading what comes from outside: files, lines, JSON, command-line values (issue 16).

One policy for every boundary, so a hostile or broken input costs a clear sentence:

* **Bytes that are not UTF-8** refuse what contains them: the file, or in line-based
  formats the one line (with its number), never the whole import.
* **Lone surrogates** inside otherwise valid text (``"\ud800"`` in JSON) are replaced by
  U+FFFD: the text is kept, only the unrepresentable code unit goes.
* **Lines** end at ``\n`` only; U+2028, U+0085 and the other Unicode line separators
  are ordinary characters inside a JSON string (``str.splitlines`` would cut there).
* **Limits** on size, line length and nesting are documented constants; hitting one
  raises :class:`InputLimit` naming the limit.
* **Only regular files** are read (no devices, FIFOs or folders passed as files), and
  folders are walked without following symbolic links out of them.
* **ZIP members** are read only when unencrypted, stored or deflated (bzip2, LZMA), no
  larger than the file limit and not inflating more than :data:`MAX_ZIP_RATIO` times; a
  damaged member is refused by name, never half-read.
"""

from __future__ import annotations

import json
import lzma
import math
import os
import stat
import zipfile
import zlib
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from moderator.errors import DataError, ErrorCode, UsageError

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

MAX_RULE_FILE = 4 << 20  # a rule file with thousands of list terms is ~200 kB
MAX_IMPORT_FILE = 512 << 20  # one export file or ZIP member, uncompressed
MAX_JSON_DOCUMENT = 16 << 20  # one JSON file of an export, parsed whole (Meta splits small)
MAX_LINE = 1 << 20  # one JSONL line (one item); Facebook's longest comment is 8,000 chars
MAX_ZIP_RATIO = 200  # uncompressed / compressed size of a ZIP member (text compresses ~10x)
ZIP_RATIO_FROM = 1 << 20  # members smaller than this may compress any amount (blank files)
MAX_JSON_DEPTH = 100  # exports nest a handful of levels deep
MAX_JSON_CONTAINERS = 2_000_000  # objects + arrays in one document (~8 per exported record)
MAX_ID = 2**63 - 1  # the largest integer key SQLite and PostgreSQL (bigint) store
_ZIP_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                          zipfile.ZIP_LZMA})


class Unreadable(DataError):
    """A file (or member, or line) that cannot be read: not UTF-8, damaged, not a file."""

    code = ErrorCode.UNREADABLE


class InputLimit(DataError):
    """An input is larger, longer or deeper than a documented limit."""

    code = ErrorCode.INPUT_LIMIT


def regular(path: Path) -> os.stat_result:
    """``path``'s status when it is a regular file (a link to one counts), else DataError."""
    try:
        info = path.stat()
    except OSError as exc:
        raise Unreadable(f"cannot read {path}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(f"{path} is not a regular file")
    return info


@contextmanager
def open_file(path: Path) -> Iterator[BinaryIO]:
    """A regular file opened for reading bytes (devices and FIFOs refused before opening)."""
    regular(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise Unreadable(f"cannot read {path}: {exc.strerror or exc}") from None
    with stream:
        yield stream


def read_file(path: Path, limit: int, what: str = "file") -> bytes:
    """A regular file's bytes, refusing devices, folders and files over ``limit``."""
    info = regular(path)
    try:
        if info.st_size > limit:
            raise InputLimit(f"{path}: {what} is {info.st_size:,} bytes; the limit is "
                             f"{limit:,} bytes")
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise Unreadable(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew while reading
        raise InputLimit(f"{path}: {what} is over the limit of {limit:,} bytes")
    return data


def decode(data: bytes, where: str) -> str:
    """UTF-8 text (a leading BOM dropped), or DataError naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"{where}: not UTF-8 text (byte {exc.start + 1})") from None


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (pairs are joined first)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def lines(stream: BinaryIO, where: str, limit: int = MAX_LINE,
          ) -> Iterator[tuple[int, str | DataError]]:
    """(line number, text or the error for that line) for each non-blank line.

    Reads in bounded pieces: an over-long line is skipped without being held in memory.
    """
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, InputLimit(f"{where} line {number}: longer than {limit:,} bytes")
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, Unreadable(f"{where} line {number}: not UTF-8 text "
                                    f"(byte {exc.start + 1})")


@contextmanager
def open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    """A ZIP file's directory, or DataError when ``path`` is no readable ZIP."""
    regular(path)
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:
        raise Unreadable(f"{path}: not a readable ZIP file ({exc})") from None
    with z:
        yield z


def is_zip(path: Path) -> bool:
    """Whether ``path`` is a regular file that starts like a ZIP (never opens a device)."""
    try:
        return stat.S_ISREG(path.stat().st_mode) and zipfile.is_zipfile(path)
    except OSError:
        return False


def zip_files(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The members that are files (not folders), sorted by name."""
    return sorted((i for i in z.infolist() if not i.is_dir()), key=lambda i: i.filename)


# What a damaged ZIP member raises while it is read (zipfile and its decompressors).
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError,
              NotImplementedError, RuntimeError, ValueError)


def check_member(info: zipfile.ZipInfo, where: str, limit: int = MAX_IMPORT_FILE) -> str:
    """Refuse a ZIP member by its header before reading it; returns its name for messages.

    Encrypted, an unsupported method, a declared size over ``limit`` or an inflation ratio
    over ``MAX_ZIP_RATIO``: each raises naming the member.
    """
    name = f"{where}: {info.filename}"
    if info.flag_bits & 0x1:
        raise Unreadable(f"{name} is encrypted")
    if info.compress_type not in _ZIP_METHODS:
        raise Unreadable(f"{name} uses an unsupported compression method "
                         f"({info.compress_type})")
    if info.file_size > limit:
        raise InputLimit(f"{name} inflates to {info.file_size:,} bytes; the limit is "
                         f"{limit:,} bytes")
    if info.file_size > ZIP_RATIO_FROM and info.file_size > MAX_ZIP_RATIO * info.compress_size:
        raise InputLimit(f"{name} inflates {info.file_size // max(info.compress_size, 1):,} "
                         f"times; the limit is {MAX_ZIP_RATIO} times")
    return name


def read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, where: str,
                limit: int = MAX_IMPORT_FILE) -> bytes:
    """One ZIP member's bytes within the size and ratio limits, or DataError naming it.

    The declared sizes are checked first; reading stops at ``limit`` whatever the header
    claims, and the CRC is checked at the end (``zipfile`` does), so a lying or damaged
    member costs one error, not memory.
    """
    name = check_member(info, where, limit)
    try:
        with z.open(info) as f:
            data = f.read(limit + 1)
    except ZIP_DAMAGE as exc:
        raise Unreadable(f"{name} is damaged ({exc})") from None
    if len(data) > limit:
        raise InputLimit(f"{name} is over the limit of {limit:,} bytes")
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def loads_json(text: str | bytes, where: str) -> Any:
    """Parse JSON: NaN/Infinity refused, nesting and integer size bounded, surrogates fixed.

    The number of objects and arrays is bounded before parsing (a bracket count in C, an
    upper bound): ``[[],[],...]`` would otherwise cost seconds and a gigabyte per 16 MB.
    """
    containers = (text.count(b"[") + text.count(b"{") if isinstance(text, bytes)
                  else text.count("[") + text.count("{"))
    if containers > MAX_JSON_CONTAINERS:
        raise InputLimit(f"{where}: more than {MAX_JSON_CONTAINERS:,} JSON objects and arrays")
    try:
        value = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_object)
    except RecursionError:
        raise InputLimit(f"{where}: JSON nested too deeply") from None
    except (ValueError, TypeError) as exc:  # includes JSONDecodeError and huge integers
        raise Unreadable(f"{where}: not valid JSON ({exc})") from None
    if isinstance(value, str):
        return clean_text(value)
    if _depth(value) > MAX_JSON_DEPTH:
        raise InputLimit(f"{where}: JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    return {clean_text(k): clean_text(v) if isinstance(v, str) else v for k, v in pairs}


def _depth(value: Any) -> int:
    """How deep ``value`` nests; lone surrogates in its lists are replaced on the way."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(node, dict):
            stack.extend((v, level + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, str):  # object values were cleaned by _object already
                    node[i] = clean_text(v)
                elif isinstance(v, dict | list):
                    stack.append((v, level + 1))
    return deepest


def text_field(value: Any, name: str) -> str:
    """A field that must be text: strings (surrogates fixed) and numbers; not bool/list."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    if value is None:
        return ""
    raise DataError(f"'{name}' must be text, not {type(value).__name__}")


def timestamp(value: Any, name: str, unit: float = 1.0) -> datetime:
    """A UTC time from epoch seconds (``unit`` 1000 for milliseconds), range-checked."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise DataError(f"'{name}' is not a timestamp: {value[:40]!r}") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"'{name}' is not a timestamp")
    try:
        return datetime.fromtimestamp(float(value) / unit, UTC)
    except (OverflowError, OSError, ValueError):
        raise DataError(f"'{name}' is out of range: {value!r}") from None


def in_range(when: datetime, name: str) -> datetime:
    """A timezone-aware time in UTC within years 1..9999 (else DataError)."""
    try:
        utc = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    except OverflowError:
        raise DataError(f"'{name}' is out of range: {when.isoformat()}") from None
    return utc


def check_arguments(argv: Sequence[str]) -> None:
    """Refuse command-line values that are not UTF-8 (a mis-encoded file name, say)."""
    for n, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(arg)[:40]
            raise UsageError(f"argument {n} is not valid UTF-8 text: {shown!r}") from None


def walk(folder: Path) -> Iterator[Path]:
    """Regular files under ``folder``, sorted; symbolic links are not followed."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = folder.joinpath(root, name)
            if path.is_file() and not path.is_symlink():
                yield path
