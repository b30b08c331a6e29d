"""What an audit entry can record besides a moderator action (whose codes are ``ActionKind``)."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    """Administrative and system events in the moderation log; the UI words each code."""

    ROLE_CHANGE = "role_change"  # a team lead registered a moderator or changed a role
    PLATFORM_SENT = "platform_sent"  # the outbox delivered an action to the platform
    PLATFORM_FAILED = "platform_failed"  # the platform refused an action for good
    PLATFORM_RETRY = "platform_retry"  # a moderator sent a failed platform action again
    PLATFORM_CANCELLED = "platform_cancelled"  # a moderator cancelled a platform action
    RULES_ACTIVATE = "rules_activate"  # a rule set became the active one
    RETENTION_PURGE = "retention_purge"  # personal content removed after its retention period
    AUTHOR_ERASE = "author_erase"  # an author's texts and names erased on request (AVG art. 17)
    ACCESS_REPORT = "access_report"  # everything stored about one author, for an access request
    EXPORT_PERSONAL = "export_personal"  # a team lead exported with names (not pseudonymised)
    REFUSED = "refused"  # an attempt the moderator's role or scope does not allow
    SIGNOFF = "signoff"  # a team lead signed off the log up to an entry (head exported)
    ACCOUNT_REMOVE = "account_remove"  # an account and everything synced from it removed
    APPROVE = "approve"  # a reply waiting for four eyes was approved (perhaps edited)
    REJECT = "reject"  # a reply waiting for four eyes was rejected, with a note
    ASSIGN = "assign"  # an item was assigned to a named colleague
