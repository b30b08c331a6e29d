"""How each platform looks in the app: one row per platform (colour, icon), keyed by its id.

The facts (name, capabilities, limits) are the core's rows in :mod:`moderator.platforms`;
this table only adds the look. A platform without a row here still works: it gets a
neutral colour and no icon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from moderator import platforms
from moderator.items import Platform

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "platforms"
NEUTRAL = "#8A929E"


@dataclass(frozen=True, slots=True)
class PlatformLook:
    """A platform's series colour (charts) and its small square icon (an SVG file)."""

    colour: str
    icon: Path


_LOOKS: dict[Platform, PlatformLook] = {}


def register(platform: Platform, look: PlatformLook) -> None:
    """Add (or replace) a platform's look."""
    _LOOKS[platform] = look
    icon.cache_clear()
    pixmap.cache_clear()


def unregister(platform: Platform) -> None:
    """Remove a platform's look (a test that registered one cleans up with this)."""
    _LOOKS.pop(platform, None)
    icon.cache_clear()
    pixmap.cache_clear()


def look(platform: Platform | str) -> PlatformLook | None:
    """The look of ``platform`` (None: it has no row)."""
    try:
        return _LOOKS.get(Platform(platform))
    except ValueError:
        return None


def name(platform: Platform | str) -> str:
    """The platform's brand name (not translated)."""
    return platforms.name(platform)


def colour(platform: Platform | str) -> str:
    """The platform's colour in charts."""
    found = look(platform)
    return found.colour if found is not None else NEUTRAL


@cache
def icon(platform: Platform | str) -> QIcon:
    """The platform's small square icon (drawn for this project as SVG)."""
    found = look(platform)
    return QIcon(str(found.icon)) if found is not None and found.icon.exists() else QIcon()


@cache
def pixmap(platform: Platform | str, size: int = 18) -> QPixmap:
    """The platform icon rendered at ``size`` device-independent pixels."""
    return icon(platform).pixmap(QSize(size, size))


register(Platform.FACEBOOK, PlatformLook("#4C78A8", ICONS / "facebook.svg"))
register(Platform.INSTAGRAM, PlatformLook("#B279A2", ICONS / "instagram.svg"))
register(Platform.YOUTUBE, PlatformLook("#D9826F", ICONS / "youtube.svg"))
register(Platform.LINKEDIN, PlatformLook("#72B7B2", ICONS / "linkedin.svg"))
register(Platform.X, PlatformLook("#6B6B6B", ICONS / "x.svg"))
register(Platform.TIKTOK, PlatformLook("#54A24B", ICONS / "tiktok.svg"))
