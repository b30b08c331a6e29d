"""Issue 16, generated: the readers of outside input either read or raise a ModeratorError.

Where one example costs milliseconds, Hypothesis drives the reader in this process
(thousands of inputs; the CLI suite in ``test_cli_hostile`` adds the memory cap and the
time limit per case, at a second per hundred). Each property names one boundary:

* JSONL and CSV imports (``read_generic``): lines of generated JSON with hostile strings,
  odd types, dates and numbers, and raw bytes;
* platform exports (``read_export``) as ZIP: generated documents under every format's
  file names, and damaged ZIP bytes;
* archive packages (``archive_reader.read``): manifests of every shape, resealed audit
  lines of every shape;
* the shared helpers: JSON, lines, ISO dates, epoch times.

Whatever is read must be usable: texts are str without lone surrogates, times are aware.
``HOSTILE_EXAMPLES`` sets the examples per property (default 150).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator import archive_reader, platforms, untrusted
from moderator.archive import FORMAT
from moderator.audit.chain import AuditEntry
from moderator.connectors import parse
from moderator.connectors.exports import read_export
from moderator.connectors.file_import import ColumnMapping, ImportResult, read_generic
from moderator.errors import ModeratorError
from moderator.items import Platform
from tests.hostile.cases import HOSTILE_STRINGS, IMPORT_SEEDS, WORDS

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# How many inputs each property was given (the closing note reports the suite's size).
COUNTS: dict[str, int] = {}

HOSTILE_TEXT = st.one_of(
    st.text(),
    st.sampled_from([s.decode("utf-8", "replace") for s in HOSTILE_STRINGS]),
    st.sampled_from(WORDS),
    st.text(st.characters(categories=["Cs", "Zl", "Zp", "Cc", "Cf"])),
)
NUMBERS = st.one_of(st.integers(), st.integers(min_value=2**63 - 2, max_value=2**80),
                    st.floats(allow_nan=False, allow_infinity=False),
                    st.sampled_from([1e20, -1e20, 1e308, 0, -1, 253402300800, 1732096800]))
DATES = st.one_of(st.sampled_from(["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                                   "2026-02-30", "99999-01-01", "1e20", "", "3-12-2026 14:05",
                                   "1-1-0001 00:00", "31-12-9999 23:59"]),
                  st.datetimes().map(lambda d: d.isoformat()), HOSTILE_TEXT)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, HOSTILE_TEXT, DATES)
JSON = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(HOSTILE_TEXT, inner, max_size=4)),
    max_leaves=12)
FIELDS = ("platform", "account_external_id", "external_id", "kind", "text", "author_name",
          "created_at", "thread_external_id", "parent_external_id", "permalink")
RECORD = st.fixed_dictionaries({}, optional={
    **{f: SCALARS for f in FIELDS}, "platform": st.sampled_from(["facebook", "x", "myspace"]),
    "created_at": DATES, "text": st.one_of(HOSTILE_TEXT, SCALARS, JSON), "extra": JSON})


def _count(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


def _file(data: bytes, suffix: str) -> Path:
    f = tempfile.NamedTemporaryFile(suffix=suffix, delete=False)  # noqa: SIM115
    with f:
        f.write(data)
    return Path(f.name)


def _usable(result: ImportResult) -> None:
    for item in result.items:
        for value in (item.text, item.author_name, item.external_id, item.thread_external_id):
            assert isinstance(value, str)
            value.encode("utf-8")  # no lone surrogate reaches storage
        assert item.created_at.tzinfo is not None
        item.created_at.astimezone().isoformat()
    for error in result.errors:
        assert isinstance(error.message, str) and error.line >= 0


def _reads(path: Path, **kwargs: object) -> None:
    try:
        _usable(read_generic(path, **kwargs))  # type: ignore[arg-type]
    except ModeratorError:
        pass
    finally:
        path.unlink()


@SETTINGS
@given(st.lists(st.one_of(RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)),
                          JSON.map(json.dumps), HOSTILE_TEXT), max_size=8),
       st.sampled_from(["\n", "\r\n", "\u2028", "\x85"]))
def test_jsonl_import_reads_or_refuses(lines: list[str], sep: str) -> None:
    _count("import jsonl")
    data = sep.join(lines).encode("utf-8", "surrogatepass")
    _reads(_file(data, ".jsonl"), fmt="jsonl")


@SETTINGS
@given(st.lists(st.lists(st.one_of(HOSTILE_TEXT, DATES), min_size=1, max_size=6),
                max_size=6),
       st.sampled_from([",", ";", "\t"]), st.booleans())
def test_csv_import_reads_or_refuses(rows: list[list[str]], sep: str, cp1252: bool) -> None:
    _count("import csv")
    header = sep.join(("external_id", "text", "author_name", "created_at"))
    body = "\n".join(sep.join(r) for r in rows)
    data = (header + "\n" + body).encode("cp1252" if cp1252 else "utf-8",
                                          "replace" if cp1252 else "surrogatepass")
    _reads(_file(data, ".csv"), fmt="csv", platform=Platform.FACEBOOK, account="p1",
           mapping=ColumnMapping())


@SETTINGS
@given(st.sampled_from(sorted(IMPORT_SEEDS)), st.one_of(JSON.map(json.dumps), HOSTILE_TEXT),
       st.booleans())
def test_exports_read_or_refuse(key: str, document: str, wrap: bool) -> None:
    """A generated document under the export's own file name, in a ZIP."""
    _count("import export")
    name, _account, seed = IMPORT_SEEDS[key]
    if wrap and name.endswith(".js"):
        document = "window.YTD.direct_messages.part0 = " + document
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, document.encode("utf-8", "surrogatepass"))
        z.writestr("seed/" + name, seed)
    path = _file(buf.getvalue(), ".zip")
    try:
        _usable(read_export(path, platforms.export_format(key.removesuffix("-inbox")), "p1"))
    except ModeratorError:
        pass
    finally:
        path.unlink()


def _reshaped(data: st.DataObject, value: object) -> object:
    """``value`` (a seed document) with some leaves and containers replaced."""
    if isinstance(value, dict):
        return {k: _reshaped(data, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_reshaped(data, v) for v in value] * data.draw(st.sampled_from([1, 1, 2]))
    return data.draw(st.one_of(st.just(value), SCALARS, JSON))


@SETTINGS
@given(st.sampled_from(sorted(IMPORT_SEEDS)), st.data())
def test_seed_shaped_exports_read_or_refuse(key: str, data: st.DataObject) -> None:
    """Each format's own document, its values swapped for hostile ones (types included)."""
    _count("import export (seed-shaped)")
    name, _account, seed = IMPORT_SEEDS[key]
    if name.endswith(".csv"):
        header, *rows = seed.decode().splitlines()
        cells = [[data.draw(st.one_of(st.just(c), HOSTILE_TEXT, DATES)) for c in r.split(",")]
                 for r in rows]
        document = "\n".join([header, *(",".join(c) for c in cells)])
    else:
        prefix, _, body = seed.decode().rpartition(" = ")
        document = (prefix + " = " if prefix else "") + json.dumps(
            _reshaped(data, json.loads(body)), ensure_ascii=False)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, document.encode("utf-8", "surrogatepass"))
    path = _file(buf.getvalue(), ".zip")
    try:
        _usable(read_export(path, platforms.export_format(key.removesuffix("-inbox")), "p1"))
    except ModeratorError:
        pass
    finally:
        path.unlink()


@SETTINGS
@given(st.sampled_from(sorted(IMPORT_SEEDS)), st.integers(0, 10_000), st.binary(max_size=64),
       st.integers(0, 64))
def test_damaged_zip_exports_read_or_refuse(key: str, at: int, junk: bytes, cut: int) -> None:
    _count("import damaged zip")
    name, _account, seed = IMPORT_SEEDS[key]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, seed * 3)
    raw = bytearray(buf.getvalue())
    at %= len(raw)
    raw[at:at + cut] = junk
    path = _file(bytes(raw), ".zip")
    try:
        _usable(read_export(path, platforms.export_format(key.removesuffix("-inbox")), "p1"))
    except ModeratorError:
        pass
    finally:
        path.unlink()


ENTRY = st.fixed_dictionaries({f: st.one_of(SCALARS, JSON) for f in AuditEntry._fields})
MANIFEST = st.one_of(JSON, st.fixed_dictionaries({
    "format": st.one_of(st.just(FORMAT), SCALARS), "audit_head": st.one_of(
        st.none(), SCALARS, st.from_regex(r"\A\d{1,20}:[0-9a-f]{64}\Z"),
        st.just("zz")), "files": st.one_of(JSON, st.just(None))}))


def _package(manifest: object, audit: bytes, reseal: bool) -> Path:
    files = {"audit.jsonl": audit, "README.txt": b"x"}
    if reseal and isinstance(manifest, dict):
        manifest = {**manifest, "files": {k: hashlib.sha256(v).hexdigest()
                                          for k, v in files.items()}}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest).encode("utf-8", "surrogatepass"))
        for k, v in files.items():
            z.writestr(k, v)
    return _file(buf.getvalue(), ".zip")


@SETTINGS
@given(MANIFEST, st.lists(st.one_of(ENTRY.map(json.dumps), JSON.map(json.dumps),
                                    HOSTILE_TEXT), max_size=5), st.booleans())
def test_archive_packages_read_or_refuse(manifest: object, lines: list[str],
                                         reseal: bool) -> None:
    _count("archive verify")
    path = _package(manifest, "\n".join(lines).encode("utf-8", "surrogatepass"), reseal)
    try:
        package = archive_reader.read(path, FORMAT)
        for entry in package.entries():
            assert isinstance(entry.seq, int) and isinstance(entry.hash, str)
    except ModeratorError:
        pass
    finally:
        path.unlink()


@SETTINGS
@given(st.one_of(st.binary(max_size=300), HOSTILE_TEXT.map(lambda t: t.encode(
    "utf-8", "surrogatepass")), JSON.map(lambda v: json.dumps(v).encode())))
def test_json_and_lines_read_or_refuse(data: bytes) -> None:
    _count("json and lines")
    for _number, line in untrusted.lines(io.BytesIO(data), "input"):
        if isinstance(line, str):
            with contextlib.suppress(ModeratorError):
                untrusted.loads_json(line, "input")


@SETTINGS
@given(DATES, st.one_of(NUMBERS, SCALARS), st.sampled_from([1, 1000]))
def test_dates_and_times_parse_or_refuse(text: str, number: object, unit: int) -> None:
    _count("dates")
    try:
        when = parse.iso(text)
        when.astimezone().isoformat()
    except ValueError:
        pass
    with contextlib.suppress(ModeratorError):
        untrusted.timestamp(number, "t", unit)


def test_report_the_generated_suite() -> None:
    """Printed with ``-s``: how many inputs each generated property ran (0 if run alone)."""
    print(f"\ngenerated inputs per boundary: {COUNTS}")
