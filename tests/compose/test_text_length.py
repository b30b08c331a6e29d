"""X's weighted counting (twitter-text v3) and the reply rules per platform."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from moderator.compose import Refusal, Target, check_reply
from moderator.items import ActionKind, ItemKind, Platform
from moderator.text_length import characters, x_length

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "length"), [
    ("hallo", 5),
    ("é", 1), ("e\u0301", 1),                       # NFC: one letter either way
    ("你好", 4), ("こんにちは", 10), ("한국", 4),      # CJK weighs 2
    ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇳🇱", 2), ("1️⃣", 2),  # one emoji = 2
    ("“quoted” — ok", 13),                           # U+2010-201F weigh 1; em dash U+2014 too
    ("https://example.com/" + "a" * 200, 23),          # any URL = 23
    ("zie www.a27.nl/planning.", 4 + 23 + 1),           # bare domain, trailing dot kept out
    ("mail naar info@gemeente.nl", 26),                 # an e-mail address is no URL
    ("rijkswaterstaat.nl en x.com", 23 + 4 + 23),
])
def test_x_weighted_length(text: str, length: int) -> None:
    assert x_length(text) == length


def test_x_limit_with_a_url_fits_where_a_raw_count_does_not() -> None:
    text = "A" * 250 + " https://www.rijkswaterstaat.nl/wegen/projecten/a27-houten-hooipolder"
    assert len(text) > 280 and x_length(text) == 250 + 1 + 23
    assert check_reply(Target(Platform.X, ItemKind.COMMENT, NOW), ActionKind.REPLY, text,
                       NOW).ok


@pytest.mark.parametrize(("platform", "limit"), [(Platform.X, 280), (Platform.TIKTOK, 150)])
def test_over_the_limit_is_refused(platform: Platform, limit: int) -> None:
    target = Target(platform, ItemKind.COMMENT, NOW)
    assert check_reply(target, ActionKind.REPLY, "a" * limit, NOW).ok
    over = check_reply(target, ActionKind.WARN, "a" * (limit + 1), NOW)
    assert over.refusals == (Refusal.TOO_LONG,) and (over.length, over.limit) == (limit + 1, limit)
    assert characters("a" * 3) == 3


def test_dm_window_and_instagram_top_level_only() -> None:
    fresh = Target(Platform.FACEBOOK, ItemKind.DM, NOW - timedelta(hours=23))
    stale = Target(Platform.INSTAGRAM, ItemKind.DM, NOW - timedelta(hours=30))
    assert check_reply(fresh, ActionKind.DM_REPLY, "ok", NOW).ok
    assert check_reply(stale, ActionKind.DM_REPLY, "ok", NOW).refusals == (Refusal.DM_WINDOW,)
    assert check_reply(stale, ActionKind.DM_REPLY, "ok", NOW, human_agent=True).ok
    old = Target(Platform.INSTAGRAM, ItemKind.DM, NOW - timedelta(days=8))
    assert not check_reply(old, ActionKind.DM_REPLY, "ok", NOW, human_agent=True).ok
    reply = Target(Platform.INSTAGRAM, ItemKind.REPLY, NOW)
    assert check_reply(reply, ActionKind.REPLY, "ok", NOW).refusals == (Refusal.REPLY_TO_REPLY,)
    hidden = Target(Platform.INSTAGRAM, ItemKind.COMMENT, NOW, hidden=True)
    assert check_reply(hidden, ActionKind.REPLY, "ok", NOW).refusals == (Refusal.REPLY_TO_HIDDEN,)
    assert check_reply(Target(Platform.FACEBOOK, ItemKind.REPLY, NOW), ActionKind.REPLY, "ok",
                       NOW).ok
