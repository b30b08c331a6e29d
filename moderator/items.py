"""Domain types shared by every layer: ids, enums and frozen DTOs (no ORM, no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, NewType

if TYPE_CHECKING:
    from datetime import datetime

ItemId = NewType("ItemId", int)
AccountId = NewType("AccountId", int)
ThreadId = NewType("ThreadId", int)
ModeratorId = NewType("ModeratorId", int)
ActionId = NewType("ActionId", int)


class Platform(str):
    """A platform's id (``"facebook"``, ``"x"``): the key of its row in :mod:`moderator.platforms`.

    An open set of ids rather than an Enum, so that a platform is added by registering one
    ``PlatformSpec`` row. Equal ids are one object (interned), so ``is`` compares them as
    it did enum members; the built-in ids are class constants. ``Platform(value)`` raises
    ``ValueError`` for a string that cannot be an id (lower-case, up to 16 characters).
    """

    __slots__ = ()
    _interned: ClassVar[dict[str, Platform]] = {}
    FACEBOOK: ClassVar[Platform]
    INSTAGRAM: ClassVar[Platform]
    YOUTUBE: ClassVar[Platform]
    LINKEDIN: ClassVar[Platform]
    X: ClassVar[Platform]
    TIKTOK: ClassVar[Platform]

    def __new__(cls, value: object) -> Platform:
        """The interned id for ``value``."""
        if type(value) is cls:
            return value
        found = cls._interned.get(value) if isinstance(value, str) else None
        if found is None:
            if not isinstance(value, str) or not _PLATFORM_ID.fullmatch(value):
                raise ValueError(f"{value!r} is not a platform id")
            found = cls._interned.setdefault(value, super().__new__(cls, value))
        return found

    def __repr__(self) -> str:
        return f"Platform({str.__repr__(self)})"

    @property
    def value(self) -> str:
        """The id as a plain string (as stored in the database)."""
        return str.__str__(self)


_PLATFORM_ID = re.compile(r"[a-z][a-z0-9_]{0,15}")
Platform.FACEBOOK = Platform("facebook")
Platform.INSTAGRAM = Platform("instagram")
Platform.YOUTUBE = Platform("youtube")
Platform.LINKEDIN = Platform("linkedin")
Platform.X = Platform("x")
Platform.TIKTOK = Platform("tiktok")


class AuthState(StrEnum):
    """Whether an account's platform login still works."""

    OK = "ok"
    RECONNECT = "reconnect"


class ItemKind(StrEnum):
    """What an item is: a top-level comment, a reply to a comment, or a direct message.

    A mention is a post that names the account inside someone else's conversation (X):
    public, but the account cannot hide it there.
    """

    COMMENT = "comment"
    REPLY = "reply"
    DM = "dm"
    MENTION = "mention"


class Status(StrEnum):
    """Where an item stands in the moderation workflow."""

    NEW = "new"
    FLAGGED = "flagged"
    HANDLED = "handled"
    HIDDEN = "hidden"
    REMOVED = "removed"
    ESCALATED = "escalated"


class ActionKind(StrEnum):
    """Every moderator command; the values go into the outbox and the audit log."""

    WARN = "warn"
    HIDE = "hide"
    UNHIDE = "unhide"
    REMOVE = "remove"
    BAN = "ban"  # remove and block the author from the channel (YouTube: reject + banAuthor)
    REPLY = "reply"
    DM_REPLY = "dm_reply"
    HANDLE = "handle"
    ESCALATE = "escalate"
    NOTE = "note"
    CLAIM = "claim"
    RELEASE = "release"


class Role(StrEnum):
    """Moderator roles (communitymanager, externe moderator, teamleider)."""

    COMMUNITY_MANAGER = "community_manager"
    EXTERNAL_MODERATOR = "external_moderator"
    TEAM_LEAD = "team_lead"


class Severity(StrEnum):
    """Rule severity; the queue sorts worst first."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


SEVERITY_RANK: dict[str, int] = {"": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


@dataclass(frozen=True, slots=True)
class IncomingItem:
    """One comment, reply or DM as a connector or importer delivers it, before storage.

    Keyed by (platform, account_external_id, external_id): ingesting the same one twice
    changes nothing; a changed text updates the item and keeps the old text in its history.
    """

    platform: Platform
    account_external_id: str
    external_id: str
    kind: ItemKind
    text: str
    author_name: str
    author_external_id: str
    created_at: datetime
    thread_external_id: str
    thread_title: str = ""
    thread_url: str = ""
    parent_external_id: str | None = None
    permalink: str = ""
    hidden_on_platform: bool = False
    deleted_on_platform: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """A character span [start, end) in the original item text that made a rule match."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FlagInfo:
    """A house rule that matched an item."""

    rule_id: str
    ruleset_version: str
    severity: str
    suggested_action: str
    spans: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ItemSummary:
    """One queue row: what the table shows, nothing more."""

    id: ItemId
    platform: Platform
    account_id: AccountId
    account_name: str
    kind: ItemKind
    status: Status
    author_name: str
    author_key: str
    text: str
    created_at: datetime
    severity: str
    toxicity: float | None
    flags: tuple[str, ...]
    claimed_by: str | None
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """A shared organisation account on one platform (the token lives in the keyring only)."""

    id: AccountId
    platform: Platform
    name: str
    external_id: str
    project: str = ""
    api_base: str = ""
    auth_state: AuthState = AuthState.OK
    auth_expires_at: datetime | None = None

    @property
    def needs_reconnect(self) -> bool:
        """Whether the login expired or was revoked (*opnieuw koppelen nodig*)."""
        return self.auth_state is AuthState.RECONNECT


@dataclass(frozen=True, slots=True)
class ModeratorInfo:
    """A moderator: name, role and the accounts/projects they may see (empty = all)."""

    id: ModeratorId
    name: str
    role: Role
    scope: tuple[str, ...] = ()
    until: datetime | None = None  # no access after this moment (None: no end date)
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class Colleague:
    """A moderator an item can be escalated or assigned to: active and able to see it."""

    id: ModeratorId
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class ItemState:
    """What the actions service needs to decide on a command."""

    id: int
    platform: Platform
    account_id: int
    account_name: str
    kind: ItemKind
    status: Status
    external_id: str
    thread_external_id: str
    author_name: str
    author_key: str
    claimed_by: int | None
    claim_expires_at: datetime | None

    @property
    def item_ref(self) -> str:
        """Stable, non-personal reference used in the audit log."""
        return f"{self.platform}:{self.account_id}:{self.external_id}"
