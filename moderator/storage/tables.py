"""ORM rows (suffix ``Row``). Only ``moderator.storage`` sees these; services get DTOs.

The queue's sort order (severity, toxicity, age) is denormalised onto ``items`` as
ascending columns (``sort_sev`` = -severity rank, ``sort_tox`` = -toxicity) so one
composite index serves a keyset page with a plain row-value comparison; mixing ASC and
DESC in a row-value comparison would give wrong pages.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from moderator.storage.base import Base, utcnow

SORT_COLUMNS = ("sort_sev", "sort_tox", "created_at", "id")


class AccountRow(Base):
    """A shared organisation account on one platform."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    external_id: Mapped[str] = mapped_column(String(200))
    project: Mapped[str] = mapped_column(String(200), default="")
    api_base: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: ``ok`` or ``reconnect`` (the login expired or was revoked; see moderator.auth).
    auth_state: Mapped[str] = mapped_column(String(16), default="ok", server_default="ok")
    #: When the login itself runs out (refresh token or long-lived token); None = no date.
    auth_expires_at: Mapped[datetime | None] = mapped_column(default=None)


class ThreadRow(Base):
    """The post, video or conversation an item belongs to."""

    __tablename__ = "threads"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(1000), default="")


class ItemRow(Base):
    """One comment, reply or direct message."""

    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id"),
        Index("ix_items_open_sort", "is_open", *SORT_COLUMNS),
        Index("ix_items_status_sort", "status", *SORT_COLUMNS),
        Index("ix_items_platform_sort", "platform", *SORT_COLUMNS),
        Index("ix_items_account_sort", "account_id", *SORT_COLUMNS),
        Index("ix_items_kind_sort", "kind", *SORT_COLUMNS),
        Index("ix_items_author_key", "author_key", "created_at"),
        # Partial: most items are never claimed, so inserting them skips this index.
        Index("ix_items_claimed_by", "claimed_by", sqlite_where=sql_text("claimed_by IS NOT NULL"),
              postgresql_where=sql_text("claimed_by IS NOT NULL")),
        Index("ix_items_thread", "thread_id", "created_at"),
        Index("ix_items_assigned_to", "assigned_to",
              sqlite_where=sql_text("assigned_to IS NOT NULL"),
              postgresql_where=sql_text("assigned_to IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(200))
    parent_external_id: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    author_name: Mapped[str] = mapped_column(String(300))
    author_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    permalink: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(16))
    is_open: Mapped[bool] = mapped_column(Boolean)
    sort_sev: Mapped[int] = mapped_column(Integer, default=0)
    sort_tox: Mapped[float] = mapped_column(Float, default=0.0)
    toxicity: Mapped[float | None] = mapped_column(Float)
    hidden_on_platform: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_on_platform: Mapped[bool] = mapped_column(Boolean, default=False)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("moderators.id"))
    claim_expires_at: Mapped[datetime | None]
    revision: Mapped[int] = mapped_column(Integer, default=1)
    purged: Mapped[bool] = mapped_column(Boolean, default=False)
    #: A named colleague the item was escalated or assigned to, and since when.
    assigned_to: Mapped[int | None] = mapped_column(Integer, default=None)
    assigned_at: Mapped[datetime | None] = mapped_column(default=None)


class ItemHistoryRow(Base):
    """Earlier texts of an edited item."""

    __tablename__ = "item_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScoreRow(Base):
    """Toxicity per category for one item, with the model that produced it."""

    __tablename__ = "scores"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    model_name: Mapped[str] = mapped_column(String(200))
    model_version: Mapped[str] = mapped_column(String(200), index=True)
    # ISO 639-1 code the item was detected in ("und": undetermined); it chose the model.
    language: Mapped[str | None] = mapped_column(String(16))
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    scored_at: Mapped[datetime] = mapped_column(default=utcnow)


class FlagRow(Base):
    """A house rule that matched an item, with evidence spans in the original text."""

    __tablename__ = "flags"
    __table_args__ = (Index("ix_flags_rule", "rule_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[str] = mapped_column(String(100))
    ruleset_version: Mapped[str] = mapped_column(String(100))
    severity: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))
    spans: Mapped[list[list[int]]] = mapped_column(JSON)


class ModeratorRow(Base):
    """A person who moderates, with a role and the accounts/projects they may see."""

    __tablename__ = "moderators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    scope: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: After this moment the moderator sees nothing (time-boxed external moderators).
    until: Mapped[datetime | None] = mapped_column(default=None)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sql_text("false"))


class ActionRow(Base):
    """A moderator command on an item, with the rule it cites and the platform's answer."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    moderator_id: Mapped[int] = mapped_column(ForeignKey("moderators.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    rule_id: Mapped[str | None] = mapped_column(String(100))
    ruleset_version: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    platform_result: Mapped[str | None] = mapped_column(Text)
    # The item's status before the action (an undo restores it); None on older rows.
    from_status: Mapped[str | None] = mapped_column(String(16))


class OutboxRow(Base):
    """A platform-side action waiting to be sent (exactly once, by idempotency key)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_due", "state", "not_before"),
                      Index("ix_outbox_item", "item_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    platform_ref: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Who is sending it (state ``sending``): ``host:pid:start`` (see moderator.outbox.owner).
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    #: The ``ErrorCode`` of the last failure (the app words it; ``last_error`` is the detail).
    error_code: Mapped[str | None] = mapped_column(String(40))
    #: Four eyes: the text waits (state ``awaiting``) until another moderator
    #: approves it; the database refuses to let it out of that state without an approver.
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=sql_text("false"))
    approved_by: Mapped[int | None] = mapped_column(Integer, default=None)
    review_note: Mapped[str | None] = mapped_column(Text, default=None)


class NoteRow(Base):
    """An internal note on an item (never sent to the platform)."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    moderator_id: Mapped[int] = mapped_column(ForeignKey("moderators.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RuleSetRow(Base):
    """A stored rule-set version (the YAML as loaded), one of them active."""

    __tablename__ = "rulesets"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    loaded_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntryRow(Base):
    """One append-only, hash-chained audit entry.

    ``content`` holds personal text (a reply sent, an author name) that a retention purge
    may blank; the chain covers only ``content_digest``, so purging keeps it verifiable.
    """

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    moderator: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32), index=True)
    item_ref: Mapped[str] = mapped_column(String(500), default="")
    account_id: Mapped[int | None] = mapped_column(Integer)
    rule_id: Mapped[str] = mapped_column(String(100), default="")
    ruleset_version: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    content_digest: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SettingRow(Base):
    """Workspace settings as JSON values (schema_version, the audit head, secrets salt...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class CursorRow(Base):
    """Per-account sync cursor, committed with the items it covers."""

    __tablename__ = "cursors"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    cursor: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ItemCountRow(Base):
    """Item counts per (status, platform, account, kind), kept by database triggers.

    On SQLite, ingest adds each batch's new items in one statement instead of a trigger
    per inserted row (``ingest_repo``); updates and deletes are counted by triggers.

    Sidebar and filter counts over these dimensions become a SUM over a few hundred rows
    instead of a scan of a million items.
    """

    __tablename__ = "item_counts"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class TopicRow(Base):
    """A topic of the input register, per project (what citizens gave input about)."""

    __tablename__ = "register_topics"
    __table_args__ = (UniqueConstraint("project", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InputRow(Base):
    """An item marked as participation input, with the feedback given on it ("koppel terug")."""

    __tablename__ = "register_inputs"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"),
                                         unique=True)
    project: Mapped[str] = mapped_column(String(200), index=True)
    marked_by: Mapped[str] = mapped_column(String(200))
    marked_at: Mapped[datetime] = mapped_column(default=utcnow)
    feedback: Mapped[str | None] = mapped_column(Text)
    feedback_on: Mapped[str | None] = mapped_column(String(10))  # ISO date the answer was given
    feedback_link: Mapped[str | None] = mapped_column(String(1000))
    feedback_by: Mapped[str | None] = mapped_column(String(200))


class InputTopicRow(Base):
    """Which topics one register entry is about."""

    __tablename__ = "register_input_topics"

    input_id: Mapped[int] = mapped_column(
        ForeignKey("register_inputs.id", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("register_topics.id", ondelete="CASCADE"), primary_key=True, index=True)


class PollRow(Base):
    """A post whose comments are votes: the options, and when voting closes."""

    __tablename__ = "polls"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The item the poll was defined on (its thread is the poll's first thread).
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"),
                                         unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    #: [{"key": "A", "aliases": ["🌳", "bomen"]}, ...]
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    closes_at: Mapped[datetime | None] = mapped_column(default=None)
    defined_by: Mapped[str] = mapped_column(String(200))
    defined_at: Mapped[datetime] = mapped_column(default=utcnow)


class PollThreadRow(Base):
    """The posts (threads) one poll runs on: the same question on several platforms."""

    __tablename__ = "poll_threads"

    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"),
                                         primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)


class ItemChangeRow(Base):
    """Which item changed, in order: the live queue's feed (``change_repo``).

    Written by database triggers on items (watched columns, deletes), actions, notes and
    the outbox, so every process's changes land here; new items are found by their ids.
    The triggers trim it to its last 10,000 rows.
    """

    __tablename__ = "item_changes"

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                     primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
