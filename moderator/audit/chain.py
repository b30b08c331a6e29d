"""The hash chain of the moderation log, as pure functions (no storage, no clock).

Each entry's hash is SHA-256 over a canonical serialisation of its fields and the
previous entry's hash: the UTF-8 bytes of the compact JSON array (no spaces, non-ASCII
as is, only quotes, backslashes and control characters escaped) of seq, at, moderator, role,
action, item_ref, account_id (a number or null), rule_id, ruleset_version, detail,
content_digest and prev_hash. JSON strings are quoted and escaped, so the form is
unambiguous; and SQLite's ``json_array()`` writes the same bytes in C, which lets a
verifier read one value per entry instead of twelve (``moderator.audit.verify``).
Personal content (a reply text, an author name) enters only as a digest, so a retention
purge can blank it and the chain still verifies.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

GENESIS = "0" * 64


class AuditEntry(NamedTuple):
    """One entry of the moderation log (a NamedTuple: a million are built per verify)."""

    seq: int
    at: str
    moderator: str
    role: str
    action: str
    item_ref: str
    account_id: int | None
    rule_id: str
    ruleset_version: str
    detail: str
    content_digest: str
    content: str | None
    prev_hash: str
    hash: str


_FIELD_TYPES: tuple[tuple[type, ...], ...] = (
    (int,), (str,), (str,), (str,), (str,), (str,), (int, type(None)), (str,), (str,), (str,),
    (str,), (str, type(None)), (str,), (str,))


def checked_entry(values: Sequence[object]) -> AuditEntry:
    """An entry from stored or exported values whose types are checked first.

    A row written by another tool (a BLOB, a number where text belongs) would otherwise
    break the comparisons that explain a broken chain.

    Raises:
        ValueError: The wrong number of values, or one of the wrong type (named).
    """
    if len(values) != len(AuditEntry._fields):
        raise ValueError(f"{len(values)} fields instead of {len(AuditEntry._fields)}")
    for name, value, types in zip(AuditEntry._fields, values, _FIELD_TYPES, strict=True):
        if not isinstance(value, types) or isinstance(value, bool):
            raise ValueError(f"field {name!r} is {type(value).__name__}, not "
                             f"{' or '.join(t.__name__ for t in types)}")
    return AuditEntry._make(values)


def content_digest(content: str | None) -> str:
    """Digest of personal content ("" when there is none)."""
    if not content:
        return ""
    return _sha256_hex(content)


def entry_hash(seq: int, *, at: str, moderator: str, role: str, action: str, item_ref: str,
               account_id: int | None, rule_id: str, ruleset_version: str, detail: str,
               digest: str, prev_hash: str) -> str:
    """The chain hash of one entry."""
    return _sha256_hex(_ENCODE([seq, at, moderator, role, action, item_ref, account_id,
                                rule_id, ruleset_version, detail, digest, prev_hash]))


# Compact JSON, non-ASCII kept: byte for byte what SQLite's json_array() writes.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _sha256_hex(text: str) -> str:
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate: keep it, as the writer did
        data = text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def hash_of(e: AuditEntry) -> str:
    """Recompute an entry's hash from its fields."""
    return _sha256_hex(_ENCODE([e.seq, e.at, e.moderator, e.role, e.action, e.item_ref,
                                e.account_id, e.rule_id, e.ruleset_version, e.detail,
                                e.content_digest, e.prev_hash]))


@dataclass(frozen=True, slots=True)
class Head:
    """The newest entry's position and hash, kept outside the table as well."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        """Parse ``SEQ:HASH`` (as printed by ``audit verify`` and written in exports)."""
        seq, _, digest = text.strip().partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise ValueError(f"not an audit head: {text!r} (expected SEQ:SHA256)")
        return cls(int(seq), digest)


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """Outcome of a verification: OK with count and head, or the first broken entry."""

    ok: bool
    count: int
    head: Head | None
    broken_seq: int | None = None
    reason: str = ""


def verify(entries: Iterable[AuditEntry], expected: Head | None,
           *, exact: bool = True, start: Head | None = None) -> VerifyResult:
    """Walk the chain in sequence order; stop at the first break.

    ``expected`` is the head recorded outside the table (settings, export, sign-off);
    it catches the one change the chain cannot: cutting off the newest entries. With
    ``exact`` the log must end there (the workspace's own head); without, the log must
    contain it (a head from an older export or sign-off). ``start`` verifies a range that
    begins after entry ``start.seq`` whose hash is ``start.hash`` (parallel verification).
    """
    base = 0 if start is None else start.seq
    prev, count, seen = (GENESIS if start is None else start.hash), base, None
    exp_seq = expected.seq if expected is not None else -1
    sha, encode = hashlib.sha256, _ENCODE
    # The hot loop of a million-entry verify (PostgreSQL, archives): one JSON encode and
    # one or two SHA-256 per entry; the slow, explanatory check (_broken) runs only for
    # the entry that fails. SQLite logs take the faster walk in ``auditverify``.
    for e in entries:
        (seq, at, mod, role, action, ref, acc, rule, ver, detail, digest, content,
         prev_hash, h) = e
        count += 1
        canonical = encode([seq, at, mod, role, action, ref, acc, rule, ver, detail, digest,
                            prev_hash])
        try:
            ok = sha(canonical.encode()).hexdigest() == h
        except UnicodeEncodeError:
            ok = _sha256_hex(canonical) == h
        if (not ok or seq != count or prev_hash != prev
                or (content is not None and content_digest(content) != digest)):
            last = Head(count - 1, prev) if count > 1 else None
            return VerifyResult(False, count - 1 - base, last, count, _broken(e, count, prev))
        prev = h
        if seq == exp_seq:
            seen = h
    last = Head(count, prev) if count else None
    if base:
        return VerifyResult(True, count - base, last)
    return finish(count, last, expected, exact=exact, seen=seen)


def finish(count: int, last: Head | None, expected: Head | None, *, exact: bool,
           seen: str | None) -> VerifyResult:
    """Compare an unbroken walk of ``count`` entries with the head recorded elsewhere.

    ``seen`` is the (verified) hash of entry ``expected.seq`` when the walk reached it.
    """
    if expected is not None and not exact and seen is not None:
        if seen != expected.hash:
            return VerifyResult(False, count, last, expected.seq,
                                f"entry {expected.seq} differs from the recorded head hash")
        return VerifyResult(True, count, last)
    return _check_head(count, last, expected)


def _broken(e: AuditEntry, want: int, prev: str) -> str:
    """Why entry ``e`` breaks the chain at position ``want`` ("" if it does not)."""
    if e.seq != want:
        return (f"entry {want} is missing (the log jumps to {e.seq})" if e.seq > want
                else f"entry {e.seq} appears out of order")
    if e.prev_hash != prev:
        return (f"entry {e.seq} does not follow entry {e.seq - 1} "
                "(rows removed, swapped or inserted)")
    if hash_of(e) != e.hash:
        return f"entry {e.seq} was altered (its hash does not match its fields)"
    if e.content is not None and content_digest(e.content) != e.content_digest:
        return f"entry {e.seq} content was altered (digest mismatch)"
    return ""


def _check_head(count: int, last: Head | None, expected: Head | None) -> VerifyResult:
    if expected is None:
        return VerifyResult(True, count, last)
    if last is None or last.seq < expected.seq:
        have = 0 if last is None else last.seq
        return VerifyResult(False, count, last, have + 1,
                            f"entries {have + 1}..{expected.seq} are missing: the recorded "
                            f"head is entry {expected.seq}, the log ends at entry {have}")
    if last.seq == expected.seq and last.hash != expected.hash:
        return VerifyResult(False, count, last, last.seq,
                            f"entry {last.seq} differs from the recorded head hash")
    if last.seq > expected.seq:
        return VerifyResult(False, count, last, expected.seq + 1,
                            f"entries after {expected.seq} were added without updating the "
                            "recorded head")
    return VerifyResult(True, count, last)
