"""Seeded generator of realistic comments (Dutch and English, emoji, links) for benchmarks."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from moderator import platforms
from moderator.items import IncomingItem, ItemKind

if TYPE_CHECKING:
    from collections.abc import Iterator

_NL = str.split(
    "de het een en van ik je dat niet is op te zijn er maar met voor ook als weg brug "
    "gemeente plan project bewoners verkeer fiets parkeren geluid overlast water dijk bedankt "
    "vraag idee goed slecht waarom wanneer kunnen moeten willen graag echt helemaal nooit "
    "altijd misschien kinderen school markt bomen groen veilig"
)
_EN = str.split(
    "the a and of to is in it you that not but with for this plan road bridge council people "
    "traffic bike noise water thanks question idea good bad why when really"
)
_EMOJI = ["👍", "😡", "🙏", "🚲", "🌳", "😂", "❤️", "🤔"]
_LINKS = ["https://bit.ly/3xYz", "https://www.example.nl/plan", "http://shop.example.com/deal"]
PLATFORMS = list(platforms.ids())
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def text(rnd: random.Random) -> str:
    """One comment of 5-120 words."""
    words = _NL if rnd.random() < 0.8 else _EN
    out = rnd.choices(words, k=rnd.randint(5, 120))
    if rnd.random() < 0.3:
        out.insert(rnd.randrange(len(out)), rnd.choice(_EMOJI))
    if rnd.random() < 0.1:
        out.append(rnd.choice(_LINKS))
    return " ".join(out).capitalize()


def items(n: int, seed: int = 1, start: int = 0, accounts: int = 12) -> Iterator[IncomingItem]:
    """``n`` incoming items over a year, several accounts and all platforms."""
    rnd = random.Random(seed)
    for i in range(start, start + n):
        a = i % accounts
        platform = PLATFORMS[a % len(PLATFORMS)]
        kind = rnd.choices([ItemKind.COMMENT, ItemKind.REPLY, ItemKind.DM], [70, 25, 5])[0]
        yield IncomingItem(
            platform=platform, account_external_id=f"acc{a}", external_id=f"i{i}", kind=kind,
            text=text(rnd), author_name=f"Persoon {rnd.randrange(20000)}",
            author_external_id=f"u{rnd.randrange(20000)}",
            created_at=T0 + timedelta(seconds=i * 30 + rnd.randrange(30)),
            thread_external_id=f"post{a}-{i // 500}", thread_title="Bericht")
