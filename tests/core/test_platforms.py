"""The platform table: ids, rows, capability checks, reply limits and X's weighted counting."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from moderator import platforms
from moderator.action_policy import ActionPolicy
from moderator.capabilities import Capabilities, Refusal
from moderator.errors import ErrorCode, UsageError
from moderator.items import ActionKind, ItemKind, Platform
from moderator.platforms import PlatformSpec, capability_check
from moderator.textlength import TextLimit, x_weighted
from tests.helpers.source import attribute_reads


@pytest.mark.parametrize(("text", "weight"), [
    ("a" * 280, 280),
    ("e\u0301", 1),  # NFC first: one é
    ("漢字", 4),  # outside the light ranges: 2 each
    ("\u201cja\u201d", 4),  # curly quotes are in U+2010..201F: 1 each
    ("\u2026", 2),  # the ellipsis is not
    ("https://example.com/" + "x" * 80, 23),  # every URL is a t.co link
    ("zie example.nl.", 4 + 23 + 1),  # a bare domain is a URL too; the full stop is not
    ("mail a@b.com", 12),  # an e-mail address is not a URL
    ("👍", 2), ("👍🏽", 2), ("👨\u200d👩\u200d👧", 2), ("🇳🇱", 2), ("❤\ufe0f", 2),
    ("1\ufe0f\u20e3", 2),  # emoji sequences count once, as 2
    ("©", 1),  # text-style © is a Latin-1 character
])
def test_x_counts_by_weight(text: str, weight: int) -> None:
    assert x_weighted(text) == weight


def test_reply_limits_per_platform() -> None:
    x = platforms.reply_limit(Platform.X)
    assert x is not None and x.length == 280
    assert not x.over("🙂" * 140) and x.over("🙂" * 141)  # 140 emoji weigh 280
    assert not x.over("https://example.com/" + "x" * 400)  # one link, 23
    tiktok = platforms.reply_limit(Platform.TIKTOK)
    assert tiktok == TextLimit(150) and tiktok.over("a" * 151)
    assert platforms.reply_limit(Platform.FACEBOOK) == TextLimit(8000)


def test_platform_ids_are_interned_and_checked() -> None:
    assert Platform("x") is Platform.X and Platform.X == "x" and Platform.X.value == "x"
    assert pickle.loads(pickle.dumps(Platform.YOUTUBE)) is Platform.YOUTUBE
    for bad in ("", "Facebook", "x" * 17, "a b", None):
        with pytest.raises(ValueError, match="platform id"):
            Platform(bad)


def test_every_platform_has_one_row() -> None:
    ids = platforms.ids()
    assert ids == (Platform.FACEBOOK, Platform.INSTAGRAM, Platform.YOUTUBE, Platform.LINKEDIN,
                   Platform.X, Platform.TIKTOK)
    assert [platforms.name(p) for p in ids] == ["Facebook", "Instagram", "YouTube", "LinkedIn",
                                                "X", "TikTok"]
    names = [f.name for f in platforms.export_formats()]
    assert len(names) == len(set(names)) == 6
    with pytest.raises(UsageError) as unknown:
        platforms.spec("myspace")
    assert unknown.value.code is ErrorCode.UNKNOWN_PLATFORM


@pytest.mark.parametrize(("platform", "kind", "action", "refusal"), [
    (Platform.X, ItemKind.MENTION, ActionKind.HIDE, Refusal.PLATFORM_KIND),  # own threads
    (Platform.X, ItemKind.COMMENT, ActionKind.HIDE, None),
    (Platform.X, ItemKind.REPLY, ActionKind.HIDE, None),
    (Platform.X, ItemKind.REPLY, ActionKind.REMOVE, Refusal.PLATFORM),
    (Platform.INSTAGRAM, ItemKind.REPLY, ActionKind.REPLY, Refusal.PLATFORM_KIND),  # top-level
    (Platform.INSTAGRAM, ItemKind.COMMENT, ActionKind.WARN, None),
    (Platform.LINKEDIN, ItemKind.COMMENT, ActionKind.HIDE, Refusal.PLATFORM),
    (Platform.FACEBOOK, ItemKind.DM, ActionKind.HIDE, Refusal.PLATFORM_KIND),  # DMs: never
    (Platform.YOUTUBE, ItemKind.DM, ActionKind.DM_REPLY, Refusal.PLATFORM),
    (Platform.TIKTOK, ItemKind.COMMENT, ActionKind.NOTE, None),  # internal: always
])
def test_capability_check(platform: Platform, kind: ItemKind, action: ActionKind,
                          refusal: Refusal | None) -> None:
    assert capability_check(platform, kind, action) is refusal


def test_an_unknown_platform_offers_no_platform_calls() -> None:
    ghost = Platform("ghost")
    assert capability_check(ghost, ItemKind.COMMENT, ActionKind.REPLY) is Refusal.PLATFORM
    assert capability_check(ghost, ItemKind.COMMENT, ActionKind.HANDLE) is None
    assert platforms.name(ghost) == "ghost" and platforms.reply_limit(ghost) is None


@pytest.mark.parametrize("row", [Capabilities, PlatformSpec, ActionPolicy])
def test_every_field_of_a_table_row_is_read(row: type) -> None:
    # A fact nothing reads is a fact nobody enforces: remove it or use it.
    unread = {f.name for f in dataclasses.fields(row)} - attribute_reads()
    assert not unread, f"{row.__name__} fields nothing reads: {sorted(unread)}"
