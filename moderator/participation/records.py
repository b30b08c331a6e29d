"""Records of the participation features, shared by the services and their storage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

    from moderator.items import ItemId, Platform


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One item in the register with its topics and the feedback given (empty: not yet)."""

    item_id: ItemId
    project: str
    platform: Platform
    account: str
    created_at: datetime
    text: str
    author_key: str
    author_name: str
    permalink: str
    topics: tuple[str, ...]
    marked_by: str
    marked_at: datetime
    feedback: str
    feedback_on: str
    feedback_link: str
    feedback_by: str

    @property
    def answered(self) -> bool:
        """Whether feedback has been recorded."""
        return bool(self.feedback)

    def export_row(self, *, names: bool) -> dict[str, Any]:
        """The entry as an export row; ``names`` False shows the pseudonymous key only."""
        return {"item_id": self.item_id, "project": self.project,
                "platform": self.platform.value, "account": self.account,
                "created_at": self.created_at.isoformat(),
                "author": self.author_name if names else self.author_key, "text": self.text,
                "topics": list(self.topics), "marked_by": self.marked_by,
                "marked_at": self.marked_at.isoformat(), "feedback": self.feedback,
                "feedback_on": self.feedback_on, "feedback_link": self.feedback_link,
                "permalink": self.permalink}
