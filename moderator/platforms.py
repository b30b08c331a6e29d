"""One row per platform: its name, connector, capabilities and export formats (the registry).

Everything that differs per platform is read from here: the connector registry, the
capability checks of the actions service and the UI, compose limits, file-import formats,
the CLI's choices and the demo. Adding a platform is a connector module, one
:class:`PlatformSpec` row registered here, one row in ``ui.platforms`` and an icon.
Sources for every fact are in docs/platforms.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from moderator.action_policy import policy
from moderator.auth import discover, endpoints
from moderator.capabilities import PUBLIC, Capabilities, Refusal
from moderator.connectors import exports, graph, linkedin, tiktok, x, youtube
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.instagram import InstagramConnector
from moderator.connectors.linkedin import LinkedInConnector
from moderator.connectors.tiktok import MAX_REPLY as TIKTOK_MAX_REPLY
from moderator.connectors.tiktok import TikTokConnector
from moderator.connectors.x import XConnector
from moderator.connectors.youtube import YouTubeConnector
from moderator.errors import ErrorCode, UsageError
from moderator.items import ActionKind, ItemKind, Platform
from moderator.textlength import TextLimit, x_weighted

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.auth.discover import Connectable
    from moderator.auth.endpoints import OAuthSpec
    from moderator.auth.tokens import TokenSet
    from moderator.connectors.base import Connector
    from moderator.connectors.exports import ExportFormat
    from moderator.connectors.http import HttpOptions, TokenSource
    from moderator.connectors.quota import QuotaLedger
    from moderator.items import AccountInfo

    #: What a fresh login can connect: (API base, the login's tokens, options) -> choices.
    Finder: TypeAlias = Callable[[str, TokenSet, HttpOptions], list[Connectable]]


@dataclass(frozen=True, slots=True)
class ConnectorArgs:
    """What a connector is opened with (a platform's factory takes what it needs)."""

    account: AccountInfo
    token: str | TokenSource
    options: HttpOptions | None
    quota: QuotaLedger


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    """Everything the core knows about one platform.

    Attributes:
        id: The platform id stored with accounts and items.
        name: The brand name as shown (not translated).
        connect: Opens the API connector for an account.
        capabilities: What moderators can do there, on which kinds of item.
        exports: The platform's own data-export formats that file import reads.
        daily_quota: API use is metered per day (the CLI reports the account's ledger).
        api_base: The API's address when an account configures none.
        signin: How the organisation's app signs in (None: tokens are entered by hand).
        discover: What a fresh login can connect (pages, channels, the account).
        sync_every: Seconds between scheduled syncs by ``moderator worker`` (an account's
            own interval overrides it); YouTube's is longer to stay in the daily quota.
    """

    id: Platform
    name: str
    connect: Callable[[ConnectorArgs], Connector]
    capabilities: Capabilities
    exports: tuple[ExportFormat, ...] = ()
    daily_quota: bool = False
    api_base: str = ""
    signin: OAuthSpec | None = None
    discover: Finder | None = None
    sync_every: float = 300.0


_SPECS: dict[Platform, PlatformSpec] = {}


def register(spec: PlatformSpec) -> PlatformSpec:
    """Add (or replace) a platform's row; returns it."""
    _SPECS[spec.id] = spec
    return spec


def unregister(platform: Platform) -> None:
    """Remove a platform's row (a test that registered one cleans up with this)."""
    _SPECS.pop(platform, None)


def find(platform: Platform | str) -> PlatformSpec | None:
    """The row of ``platform``, or None for an id no row is registered for."""
    try:
        return _SPECS.get(Platform(platform))
    except ValueError:
        return None


def spec(platform: Platform | str) -> PlatformSpec:
    """The row of ``platform``.

    Raises:
        UsageError: No platform with that id is registered.
    """
    found = find(platform)
    if found is None:
        raise UsageError(f"unknown platform {platform!r}", code=ErrorCode.UNKNOWN_PLATFORM,
                         platform=str(platform))
    return found


def all_specs() -> tuple[PlatformSpec, ...]:
    """Every registered platform, in registration order."""
    return tuple(_SPECS.values())


def ids() -> tuple[Platform, ...]:
    """The ids of every registered platform."""
    return tuple(_SPECS)


def name(platform: Platform | str) -> str:
    """A platform's brand name (the id itself for an unknown one)."""
    found = find(platform)
    return found.name if found is not None else str(platform)


def export_formats() -> tuple[ExportFormat, ...]:
    """The data-export formats of every registered platform."""
    return tuple(fmt for s in _SPECS.values() for fmt in s.exports)


def export_format(fmt: str) -> ExportFormat:
    """The export format named ``fmt``.

    Raises:
        UsageError: No registered platform has that export format.
    """
    for candidate in export_formats():
        if candidate.name == fmt:
            return candidate
    raise UsageError(f"unknown import format {fmt!r}")


def capability_check(platform: Platform, item_kind: ItemKind,
                     action: ActionKind) -> Refusal | None:
    """Why the platform's API cannot do ``action`` on an item of ``item_kind`` (None: it can).

    The signature matches ``moderator.actions.CapabilityCheck``; internal actions are
    always possible, an unregistered platform offers no platform calls.
    """
    call = policy(action).call
    if call is None:
        return None
    found = find(platform)
    return Refusal.PLATFORM if found is None else found.capabilities.refusal(call, item_kind)


def allows(platform: Platform, item_kind: ItemKind, action: ActionKind) -> bool:
    """Whether ``action`` can ever apply to such an item there (whatever its status)."""
    return item_kind in policy(action).applies_to and \
        capability_check(platform, item_kind, action) is None


def signin(platform: Platform | str) -> OAuthSpec:
    """How ``platform`` signs an organisation's app in.

    Raises:
        UsageError: The platform is unknown or has no sign-in (tokens are entered by hand).
    """
    found = spec(platform).signin
    if found is None:
        raise UsageError(f"{platform} has no sign-in; add a token with 'moderator account "
                         "token'", code=ErrorCode.UNKNOWN_PLATFORM, platform=str(platform))
    return found


def with_signin() -> tuple[PlatformSpec, ...]:
    """The platforms whose accounts are connected by signing in, in registration order."""
    return tuple(s for s in _SPECS.values() if s.signin is not None)


def reply_limit(platform: Platform) -> TextLimit | None:
    """The longest public reply on ``platform`` and how it is counted (None: no known limit)."""
    found = find(platform)
    return found.capabilities.reply_limit if found is not None else None


register(PlatformSpec(
    Platform.FACEBOOK, "Facebook",
    lambda a: FacebookConnector(a.account, a.token, a.options),
    Capabilities(hide=PUBLIC, remove=PUBLIC, reply=PUBLIC, dm=True, dm_window_hours=24,
                 dm_window_tagged_hours=7 * 24, reply_limit=TextLimit(8000),
                 dm_limit=TextLimit(2000)),
    exports=(exports.FACEBOOK,), api_base=graph.DEFAULT_BASE,
    signin=endpoints.meta(Platform.FACEBOOK), discover=discover.meta_pages))
register(PlatformSpec(
    Platform.INSTAGRAM, "Instagram",
    lambda a: InstagramConnector(a.account, a.token, a.options),
    Capabilities(hide=PUBLIC, remove=PUBLIC, reply=frozenset({ItemKind.COMMENT}), dm=True,
                 dm_window_hours=24, dm_window_tagged_hours=7 * 24,
                 reply_limit=TextLimit(2200), dm_limit=TextLimit(1000), reply_to_hidden=False),
    exports=(exports.INSTAGRAM,), api_base=graph.DEFAULT_BASE,
    signin=endpoints.meta(Platform.INSTAGRAM), discover=discover.meta_pages))
register(PlatformSpec(
    Platform.YOUTUBE, "YouTube",
    lambda a: YouTubeConnector(a.account, a.token, a.options, quota=a.quota),
    Capabilities(hide=PUBLIC, remove=PUBLIC, reply=PUBLIC, reply_limit=TextLimit(10_000),
                 ban=PUBLIC),
    exports=(exports.YOUTUBE_TAKEOUT,), daily_quota=True, api_base=youtube.DEFAULT_BASE,
    signin=endpoints.GOOGLE, discover=discover.youtube_channels, sync_every=900.0))
register(PlatformSpec(
    Platform.LINKEDIN, "LinkedIn",
    lambda a: LinkedInConnector(a.account, a.token, a.options),
    Capabilities(reply=PUBLIC, reply_limit=TextLimit(1250)),
    exports=(exports.LINKEDIN,), api_base=linkedin.DEFAULT_BASE,
    signin=endpoints.LINKEDIN, discover=discover.linkedin_organisations))
register(PlatformSpec(
    Platform.X, "X",
    lambda a: XConnector(a.account, a.token, a.options),
    # Hiding works in the account's own conversations only (the connector reads everything
    # else as a mention); imported and demo comments under the account's posts are such.
    Capabilities(hide=frozenset({ItemKind.COMMENT, ItemKind.REPLY}), reply=PUBLIC, dm=True,
                 reply_limit=TextLimit(280, x_weighted), dm_limit=TextLimit(10_000, x_weighted)),
    exports=(exports.X_ARCHIVE,), api_base=x.DEFAULT_BASE,
    signin=endpoints.X, discover=discover.x_account))
register(PlatformSpec(
    Platform.TIKTOK, "TikTok",
    lambda a: TikTokConnector(a.account, a.token, a.options),
    Capabilities(hide=PUBLIC, reply=PUBLIC, reply_limit=TextLimit(TIKTOK_MAX_REPLY)),
    exports=(exports.TIKTOK,), api_base=tiktok.DEFAULT_BASE,
    signin=endpoints.TIKTOK, discover=discover.tiktok_account))
