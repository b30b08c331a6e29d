"""Writing tables for reports: CSV for Dutch Excel (``;``, UTF-8 with BOM) or JSON lines."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, Any

from moderator.errors import CannotCreateError, UsageError
from moderator.outfiles import refuse_special_target

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from pathlib import Path

FORMATS = ("csv", "jsonl")


def format_for(path: Path, fmt: str | None) -> str:
    """The format asked for, else the file's extension (csv or jsonl)."""
    chosen = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if chosen == "json":
        chosen = "jsonl"
    if chosen not in FORMATS:
        raise UsageError(f"unknown export format {chosen!r} (csv or jsonl)")
    return chosen


def write_table(path: Path, fmt: str, fields: Sequence[str], rows: Iterable[dict[str, Any]],
                *, trailer: dict[str, Any] | None = None) -> int:
    """Write ``rows`` (dicts over ``fields``); JSONL may end with a ``trailer`` object.

    Written to a temporary name first: a failed export never leaves half a file under
    the name asked for.
    """
    refuse_special_target(path)
    count = 0
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as out:
            if fmt == "csv":
                w = csv.writer(out, delimiter=";")
                w.writerow(fields)
                for r in rows:
                    w.writerow([_cell(r.get(f)) for f in fields])
                    count += 1
            else:
                for r in rows:
                    out.write(json.dumps({f: r.get(f) for f in fields}, ensure_ascii=False,
                                         default=str) + "\n")
                    count += 1
                if trailer is not None:
                    out.write(json.dumps(trailer, ensure_ascii=False, default=str) + "\n")
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CannotCreateError(f"cannot write {path}: {e.strerror or e}") from None
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)
