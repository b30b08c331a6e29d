"""What a platform's API lets a moderator do, and on which kinds of item (pure data).

Each platform's row in :mod:`moderator.platforms` carries one :class:`Capabilities`; the
actions service and the UI ask it (through :func:`moderator.platforms.capability_check`)
before offering or queueing a platform call. Sources are in docs/platforms.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from moderator.items import ItemKind

if TYPE_CHECKING:
    from moderator.textlength import TextLimit

PUBLIC = frozenset({ItemKind.COMMENT, ItemKind.REPLY,  # everything but direct messages
                    ItemKind.MENTION})


class Call(StrEnum):
    """A kind of platform call a moderator action needs (see ``ActionPolicy.call``)."""

    HIDE = "hide"  # hide and unhide
    REMOVE = "remove"
    REPLY = "reply"  # a public reply (also a warning)
    DM = "dm"  # an answer to a direct message
    BAN = "ban"  # remove the item and block its author from the account's channel


class Refusal(StrEnum):
    """Why an action cannot be done on an item; the UI words each code."""

    STATUS = "status"  # the item's status does not allow it
    ITEM_KIND = "item_kind"  # the action is not for this kind of item (on any platform)
    PLATFORM = "platform"  # the platform's API has no such call
    PLATFORM_KIND = "platform_kind"  # the platform allows the call on other kinds only


@dataclass(frozen=True, slots=True)
class Capabilities:
    """One platform's moderation API: which calls work on which kinds of item.

    Attributes:
        hide: Kinds of item that can be hidden (and shown again).
        remove: Kinds of item that can be removed (deleted or rejected).
        reply: Kinds of item that take a public reply (and so a warning).
        dm: Whether direct messages can be answered.
        dm_window_hours: How long after the person's last message an answer may be sent.
        dm_window_tagged_hours: The longer window where the organisation's app may tag a
            human agent's answer (Meta's HUMAN_AGENT tag; a workspace setting says so).
        reply_limit: The longest public reply and how the platform counts it.
        dm_limit: The longest direct message and how the platform counts it.
        reply_to_hidden: Whether a hidden comment still takes a public reply.
        ban: Kinds of item whose author can be blocked while the item is removed.
    """

    hide: frozenset[ItemKind] = frozenset()
    remove: frozenset[ItemKind] = frozenset()
    reply: frozenset[ItemKind] = frozenset()
    dm: bool = False
    dm_window_hours: int | None = None
    dm_window_tagged_hours: int | None = None
    reply_limit: TextLimit | None = None
    dm_limit: TextLimit | None = None
    reply_to_hidden: bool = True
    ban: frozenset[ItemKind] = frozenset()

    def kinds(self, call: Call) -> frozenset[ItemKind]:
        """The kinds of item ``call`` works on here (empty: the platform has no such call)."""
        match call:
            case Call.HIDE:
                return self.hide
            case Call.REMOVE:
                return self.remove
            case Call.REPLY:
                return self.reply
            case Call.DM:
                return frozenset({ItemKind.DM}) if self.dm else frozenset()
            case Call.BAN:
                return self.ban

    def refusal(self, call: Call, kind: ItemKind) -> Refusal | None:
        """Why ``call`` cannot be made on an item of ``kind``, or None when it can."""
        kinds = self.kinds(call)
        if not kinds:
            return Refusal.PLATFORM
        return None if kind in kinds else Refusal.PLATFORM_KIND
