"""The input register: topics per project, items marked as input, the feedback given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from moderator.items import ItemId, Platform
from moderator.participation.records import RegisterEntry
from moderator.storage.tables import (
    AccountRow,
    InputRow,
    InputTopicRow,
    ItemRow,
    TopicRow,
)

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


class RegisterRepository:
    """Reads and writes of the register; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def projects(self) -> list[str]:
        """Every project named on an account or a topic."""
        names = set(self._s.scalars(select(AccountRow.project).distinct()))
        names |= set(self._s.scalars(select(TopicRow.project).distinct()))
        return sorted(n for n in names if n)

    def topics(self, project: str) -> list[str]:
        """The project's topic list."""
        return list(self._s.scalars(select(TopicRow.name).where(TopicRow.project == project)
                                    .order_by(TopicRow.name)))

    def add_topic(self, project: str, name: str) -> bool:
        """Add a topic; False when the project has it already."""
        if name in self.topics(project):
            return False
        self._s.add(TopicRow(project=project, name=name))
        self._s.flush()
        return True

    def item_project(self, item_id: int) -> str | None:
        """The project of an item's account ("" when the account has none); None: no item."""
        row = self._s.execute(select(AccountRow.project).join(
            ItemRow, ItemRow.account_id == AccountRow.id).where(ItemRow.id == item_id)).first()
        return None if row is None else str(row[0] or "")

    def item_account(self, item_id: int) -> int:
        """The account an item belongs to."""
        return int(self._s.execute(select(ItemRow.account_id).where(ItemRow.id == item_id))
                   .scalar_one())

    def mark(self, item_id: int, project: str, topics: list[str], by: str,
             at: datetime) -> None:
        """Mark an item as input on these topics (replacing earlier topics)."""
        row = self._s.scalars(select(InputRow).where(InputRow.item_id == item_id)).first()
        if row is None:
            row = InputRow(item_id=item_id, project=project, marked_by=by, marked_at=at)
            self._s.add(row)
            self._s.flush()
        ids = self._s.scalars(select(TopicRow.id).where(
            TopicRow.project == project, TopicRow.name.in_(topics))).all()
        self._s.execute(delete(InputTopicRow).where(InputTopicRow.input_id == row.id))
        self._s.add_all(InputTopicRow(input_id=row.id, topic_id=t) for t in ids)
        self._s.flush()

    def unmark(self, item_id: int) -> bool:
        """Take an item out of the register."""
        res = self._s.execute(delete(InputRow).where(InputRow.item_id == item_id))
        return bool(getattr(res, "rowcount", 0))

    def set_feedback(self, item_id: int, text: str, on: str, link: str, by: str) -> bool:
        """Record what was done with the input; False when the item is not in the register."""
        row = self._s.scalars(select(InputRow).where(InputRow.item_id == item_id)).first()
        if row is None:
            return False
        row.feedback, row.feedback_on, row.feedback_link, row.feedback_by = text, on, link, by
        self._s.flush()
        return True

    def entries(self, project: str | None = None,
                item_ids: list[int] | None = None) -> list[RegisterEntry]:
        """Register entries (newest input first), with their item and topics."""
        stmt = (select(InputRow, ItemRow.platform, AccountRow.name, ItemRow.created_at,
                       ItemRow.text, ItemRow.author_key, ItemRow.author_name, ItemRow.permalink)
                .join(ItemRow, ItemRow.id == InputRow.item_id)
                .join(AccountRow, AccountRow.id == ItemRow.account_id)
                .order_by(ItemRow.created_at.desc(), ItemRow.id.desc()))
        if project is not None:
            stmt = stmt.where(InputRow.project == project)
        if item_ids is not None:
            stmt = stmt.where(InputRow.item_id.in_(item_ids))
        rows = self._s.execute(stmt).all()
        topics = self._topics_of([r[0].id for r in rows])
        return [RegisterEntry(
            item_id=ItemId(r[0].item_id), project=r[0].project, platform=Platform(r[1]),
            account=r[2], created_at=r[3], text=r[4], author_key=r[5], author_name=r[6],
            permalink=r[7] or "", topics=tuple(topics.get(r[0].id, ())),
            marked_by=r[0].marked_by, marked_at=r[0].marked_at, feedback=r[0].feedback or "",
            feedback_on=r[0].feedback_on or "", feedback_link=r[0].feedback_link or "",
            feedback_by=r[0].feedback_by or "") for r in rows]

    def topic_counts(self, project: str) -> dict[str, int]:
        """Inputs per topic (every topic of the project, zero included)."""
        counts = dict.fromkeys(self.topics(project), 0)
        stmt = (select(TopicRow.name, func.count()).join(
            InputTopicRow, InputTopicRow.topic_id == TopicRow.id)
            .where(TopicRow.project == project).group_by(TopicRow.name))
        counts.update({str(n): int(c) for n, c in self._s.execute(stmt)})
        return counts

    def _topics_of(self, input_ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        if not input_ids:
            return out
        stmt = (select(InputTopicRow.input_id, TopicRow.name)
                .join(TopicRow, TopicRow.id == InputTopicRow.topic_id)
                .where(InputTopicRow.input_id.in_(input_ids)).order_by(TopicRow.name))
        for iid, name in self._s.execute(stmt):
            out.setdefault(int(iid), []).append(str(name))
        return out
