"""The capability table per platform (reference section 0): pure data, no network.

The actions service and the UI ask ``capabilities(platform)`` so they only offer what the
platform's API allows. Sources and confidence are in docs/reference/platform-apis.md.
"""

from __future__ import annotations

from types import MappingProxyType

from moderator.connectors.base import Capabilities
from moderator.items import ActionKind, ItemKind, Platform

_TABLE = MappingProxyType({
    Platform.FACEBOOK: Capabilities(
        hide=True, delete=True, reply=True, private_reply=True, ban=True,
        read_dms=True, send_dm=True, dm_window_hours=24, private_reply_window_days=7,
        notes=("Private reply: one message per comment within 7 days.",
               "Messenger: replies only within 24 h of the person's last message."),
    ),
    Platform.INSTAGRAM: Capabilities(
        hide=True, delete=True, reply=True, reply_to_replies=False, private_reply=True,
        read_dms=True, send_dm=True, dm_window_hours=24, private_reply_window_days=7,
        notes=("Replies go to top-level comments only; hidden comments cannot be replied to.",),
    ),
    Platform.YOUTUBE: Capabilities(
        hide=True, delete=True, reply=True, ban=True, held_for_review=True,
        notes=("Remove = setModerationStatus rejected (cannot be undone); ban only with reject.",
               "Hide = hold for review. Each moderation call costs 50 quota units."),
    ),
    Platform.LINKEDIN: Capabilities(
        reply=True,
        notes=("LinkedIn offers no hide, ban or removal of others' comments: reply only.",),
    ),
    Platform.X: Capabilities(
        hide=True, reply=True, read_dms=True, send_dm=True,
        notes=("Hide replies only in conversations the account started; no deletion of others'.",),
    ),
    Platform.TIKTOK: Capabilities(
        hide=True, reply=True,
        notes=("Replies are limited to 150 characters; delete works on own comments only.",),
    ),
})


def capabilities(platform: Platform | str) -> Capabilities:
    """Return what a moderator can do on ``platform`` through its API.

    Args:
        platform: A :class:`Platform` or its string value.

    Returns:
        The platform's capabilities; unknown sources (file import, demo) get none.
    """
    try:
        return _TABLE[Platform(platform)]
    except ValueError:
        return Capabilities()


def capability_check(platform: Platform, item_kind: ItemKind, action: ActionKind) -> str | None:
    """Why ``action`` is impossible on this item, or None when the platform allows it.

    The signature matches ``moderator.actions.CapabilityCheck``; the reasons are short
    English codes-with-text for the log (the UI maps platform + action to its own words).
    """
    caps = capabilities(platform)
    if not caps.supports(action):
        return f"{platform.value} does not allow {action.value} through its API"
    if action is ActionKind.DM_REPLY:
        if item_kind is ItemKind.DM and not caps.send_dm:
            return f"{platform.value} does not allow sending direct messages"
        if item_kind is not ItemKind.DM and not caps.private_reply:
            return f"{platform.value} has no private reply to a comment"
    if action in (ActionKind.REPLY, ActionKind.WARN) and item_kind is ItemKind.DM:
        return "a direct message is answered with a DM reply, not a public reply"
    if action in (ActionKind.HIDE, ActionKind.UNHIDE, ActionKind.REMOVE) and \
            item_kind is ItemKind.DM:
        return "direct messages cannot be hidden or removed on the platform"
    return None
