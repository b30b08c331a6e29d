"""Strict readers for decoded JSON: a missing or mistyped field becomes MalformedResponse.

Connectors read every platform answer through these helpers, so a truncated, partial or
oddly typed answer produces one clear message naming the field, never a KeyError.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from moderator.connectors.base import MalformedResponse

#: Longest text we accept for one item; platforms cap far lower (Facebook 8 000, YouTube 10 000).
MAX_TEXT = 100_000


def obj(value: Any, what: str) -> dict[str, Any]:
    """Return ``value`` as a JSON object or raise MalformedResponse."""
    if not isinstance(value, dict):
        raise MalformedResponse(f"{what}: expected an object, got {type(value).__name__}")
    return value


def items(value: Any, key: str, what: str) -> list[dict[str, Any]]:
    """Return ``value[key]`` as a list of objects (absent means empty)."""
    raw = obj(value, what).get(key, [])
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise MalformedResponse(f"{what}: '{key}' should be a list, got {type(raw).__name__}")
    return [obj(entry, f"{what} {key}[{i}]") for i, entry in enumerate(raw)]


def text(value: dict[str, Any], key: str, what: str, *, required: bool = True) -> str:
    """Return a string field (numbers are accepted as ids); enforce :data:`MAX_TEXT`."""
    raw = value.get(key)
    if raw is None:
        if required:
            raise MalformedResponse(f"{what}: field '{key}' is missing")
        return ""
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise MalformedResponse(f"{what}: field '{key}' should be text, got {type(raw).__name__}")
    result = str(raw)
    if len(result) > MAX_TEXT:
        raise MalformedResponse(
            f"{what}: field '{key}' is {len(result):,} characters (limit {MAX_TEXT:,})")
    return result


def flag(value: dict[str, Any], key: str, what: str) -> bool:
    """Return a boolean field; absent means False."""
    raw = value.get(key, False)
    if not isinstance(raw, bool):
        raise MalformedResponse(f"{what}: field '{key}' should be true/false")
    return raw


def when(value: dict[str, Any], key: str, what: str, *, unit: str = "iso") -> datetime:
    """Parse a timestamp: ISO 8601 (``+0000`` or ``Z``), or epoch ``s``/``ms`` numbers."""
    raw = value.get(key)
    try:
        if unit == "iso" and isinstance(raw, str):
            return iso(raw)
        if unit in ("s", "ms") and isinstance(raw, int | float) and not isinstance(raw, bool):
            return datetime.fromtimestamp(raw / (1000 if unit == "ms" else 1), tz=UTC)
    except (ValueError, OverflowError, OSError):
        pass
    raise MalformedResponse(f"{what}: field '{key}' is not a valid time ({raw!r:.40})")


def iso(raw: str) -> datetime:
    """Parse ISO 8601 leniently (Graph's ``+0000`` offsets, ``Z``); naive means UTC.

    Raises:
        ValueError: Not a date, or one whose UTC time falls outside years 1..9999
            (``9999-12-31T23:59-14:00``), which storage could not convert.
    """
    cleaned = raw.strip().replace("Z", "+00:00")
    if len(cleaned) > 5 and cleaned[-5] in "+-" and cleaned[-3] != ":":
        cleaned = cleaned[:-2] + ":" + cleaned[-2:]
    parsed = datetime.fromisoformat(cleaned)
    if not parsed.tzinfo:
        return parsed.replace(tzinfo=UTC)
    try:
        parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{raw[:40]!r} is out of range in UTC") from None
    return parsed
