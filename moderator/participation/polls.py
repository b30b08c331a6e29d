"""Polls run in comments.

Define one on a post (or the same post on several platforms), count it live, and export
the result with the counting method written out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.errors import ErrorCode, UsageError
from moderator.participation.tabular import write_table
from moderator.participation.votes import (
    PollOption,
    Tally,
    VoteReader,
    method_text,
    parse_options,
    tally,
)
from moderator.storage.poll_repo import PollRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import datetime
    from pathlib import Path

    from moderator.items import ModeratorInfo
    from moderator.storage.tables import PollRow
    from moderator.storage.uow import Database

__all__ = ["PollInfo", "PollResult", "PollService", "parse_options"]


@dataclass(frozen=True, slots=True)
class PollInfo:
    """A defined poll."""

    id: int
    item_id: int
    title: str
    options: tuple[PollOption, ...]
    closes_at: datetime | None
    platforms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PollResult:
    """A poll with its current count."""

    poll: PollInfo
    tally: Tally
    counted_at: datetime

    @property
    def method(self) -> str:
        """How the votes were counted, in Dutch."""
        return method_text(self.poll.options, self.poll.closes_at)

    def as_json(self) -> dict[str, Any]:
        """The result for ``poll tally --json`` and exports (authors pseudonymised)."""
        t, p = self.tally, self.poll
        return {
            "poll": p.id, "item": p.item_id, "title": p.title, "platforms": list(p.platforms),
            "closes_at": p.closes_at.isoformat() if p.closes_at else None,
            "counted_at": self.counted_at.isoformat(),
            "options": [{"key": o.key, "aliases": list(o.aliases), "votes": t.counts[o.key],
                         "share": round(t.share(o.key), 4)} for o in p.options],
            "unique_voters": t.voters, "comments": t.comments, "votes_read": t.votes_read,
            "late_votes_ignored": t.late, "unclear": t.unclear, "not_votes": t.not_votes,
            "changed_votes": t.changed,
            "repeat_voters": [{"author_key": r.author_key, "votes": list(r.votes),
                               "changed": r.changed} for r in t.repeat_voters],
            "cross_platform": [{"platforms": list(c.platforms),
                                "author_keys": list(c.author_keys)} for c in t.cross_platform],
            "voters_per_platform": t.per_platform, "method": self.method,
        }


def _info(row: PollRow, platforms: list[str]) -> PollInfo:
    opts = tuple(PollOption(str(o["key"]), tuple(str(a) for a in o.get("aliases", ())))
                 for o in row.options)
    return PollInfo(row.id, row.item_id, row.title, opts, row.closes_at, tuple(platforms))


class PollService:
    """Define, list and count polls."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 salt: Callable[[], bytes]) -> None:
        self._db = db
        self._now = clock
        self._salt = salt

    def define(self, who: ModeratorInfo, item_id: int, options: Sequence[PollOption],
               closes_at: datetime | None = None, also: Sequence[int] = ()) -> PollInfo:
        """Make the post of ``item_id`` (plus the posts of ``also``) a poll."""
        with self._db.write() as s:
            repo = PollRepository(s)
            threads = []
            title = ""
            for n, iid in enumerate([item_id, *also]):
                found = repo.thread_of(iid)
                if found is None:
                    raise UsageError(f"no item {iid}", code=ErrorCode.UNKNOWN_ITEM, item=iid)
                threads.append(found[0])
                title = title or (found[1] if n == 0 else "")
            pid = repo.define(item_id, title=title, options=[o.as_dict() for o in options],
                              closes_at=closes_at, by=who.name, at=self._now(),
                              thread_ids=threads)
            row = repo.poll_for(item_id)
            assert row is not None and row.id == pid
            return _info(row, repo.platforms(pid))

    def item_on_post(self, title_words: str) -> int | None:
        """The first item on a post whose title contains ``title_words`` (None: none)."""
        with self._db.read() as s:
            return PollRepository(s).first_item_on(title_words)

    def polls(self) -> list[PollInfo]:
        """Every defined poll."""
        with self._db.read() as s:
            repo = PollRepository(s)
            return [_info(r, repo.platforms(r.id)) for r in repo.polls()]

    def result(self, item_id: int) -> PollResult:
        """Count the poll on ``item_id`` (the item it was defined on, or any comment on it)."""
        salt = self._salt()
        with self._db.read() as s:
            repo = PollRepository(s)
            row = repo.poll_for(item_id)
            if row is None:
                raise UsageError(f"item {item_id} is not a poll (define it first: "
                                 "moderator poll define ITEM --options A B C)",
                                 code=ErrorCode.UNKNOWN_ITEM, item=item_id)
            info = _info(row, repo.platforms(row.id))
            ballots = repo.ballots(row.id, salt)
        return PollResult(info, tally(info.options, ballots, info.closes_at), self._now())

    def export(self, item_id: int, path: Path, fmt: str) -> PollResult:
        """Write the result per option with the counting method (CSV or JSONL)."""
        r = self.result(item_id)
        data = r.as_json()
        rows = [{"poll": r.poll.title, "option": o["key"], "votes": o["votes"],
                 "share": o["share"], "unique_voters": r.tally.voters,
                 "late_votes_ignored": r.tally.late, "unclear": r.tally.unclear,
                 "closes_at": data["closes_at"], "counted_at": data["counted_at"],
                 "method": r.method} for o in data["options"]]
        write_table(path, fmt, list(rows[0]), rows, trailer=data)
        return r


def poll_votes(db: Database, item_ids: list[int]) -> list[dict[str, Any]]:
    """How each of these items reads as a vote in the polls it belongs to (access reports)."""
    out: list[dict[str, Any]] = []
    with db.read() as s:
        repo = PollRepository(s)
        for row, ids in repo.polls_with_items(item_ids):
            reader = VoteReader(_info(row, []).options)
            for iid, (text, at) in sorted(repo.texts(ids).items()):
                vote = reader.read(text)
                late = row.closes_at is not None and at > row.closes_at
                out.append({"poll": row.title, "item_id": iid, "at": at.isoformat(),
                            "vote": vote if isinstance(vote, str) else None,
                            "unclear": isinstance(vote, tuple), "late": late})
    return out
