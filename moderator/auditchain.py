"""The hash chain of the moderation log, as pure functions (no storage, no clock).

Each entry's hash is SHA-256 over a canonical, length-prefixed serialisation of its
fields and the previous entry's hash. Personal content (a reply text, an author name)
enters only as a digest, so a retention purge can blank it and the chain still verifies.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry of the moderation log."""

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


def content_digest(content: str | None) -> str:
    """Digest of personal content ("" when there is none)."""
    if not content:
        return ""
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def entry_hash(seq: int, *, at: str, moderator: str, role: str, action: str, item_ref: str,
               account_id: int | None, rule_id: str, ruleset_version: str, detail: str,
               digest: str, prev_hash: str) -> str:
    """The chain hash of one entry."""
    fields = (str(seq), at, moderator, role, action, item_ref,
              "" if account_id is None else str(account_id), rule_id, ruleset_version,
              detail, digest, prev_hash)
    canonical = "\n".join(f"{len(f)}:{f}" for f in fields)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def hash_of(e: AuditEntry) -> str:
    """Recompute an entry's hash from its fields."""
    return entry_hash(e.seq, at=e.at, moderator=e.moderator, role=e.role, action=e.action,
                      item_ref=e.item_ref, account_id=e.account_id, rule_id=e.rule_id,
                      ruleset_version=e.ruleset_version, detail=e.detail,
                      digest=e.content_digest, prev_hash=e.prev_hash)


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
           *, exact: bool = True) -> VerifyResult:
    """Walk the chain in sequence order; stop at the first break.

    ``expected`` is the head recorded outside the table (settings, export, sign-off);
    it catches the one change the chain cannot: cutting off the newest entries. With
    ``exact`` the log must end there (the workspace's own head); without, the log must
    contain it (a head from an older export or sign-off).
    """
    prev, count, last, seen = GENESIS, 0, None, None
    for e in entries:
        want = count + 1
        why = _broken(e, want, prev)
        if why:
            return VerifyResult(False, count, last, want, why)
        prev, count, last = e.hash, count + 1, Head(e.seq, e.hash)
        if expected is not None and e.seq == expected.seq:
            seen = e.hash
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
