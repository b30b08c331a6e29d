"""Seeded synthetic comments with realistic shape: Dutch and English, emoji, links, mentions.

Used to check a fast runtime against the reference when it is built (probe texts) and by the
benchmark. Lengths follow what moderators see: mostly 10-100 words, a tail of long rants, a few
one-word reactions. Nothing is downloaded; the same seed gives the same comments.
"""

from __future__ import annotations

import random

_NL = (  # noqa: SIM905 - prose is easier to edit than a word list
    "ik ben het er niet mee eens dat de gemeente dit plan zomaar doorvoert zonder inspraak "
    "van bewoners wat een mooie foto bedankt voor het delen de snelweg wordt steeds drukker "
    "en niemand doet er iets aan waarom duurt het zo lang voordat er een antwoord komt jullie "
    "luisteren gewoon niet naar de mensen in de wijk goed idee maar hoe zit het met de kosten "
    "sukkel idioot belachelijk schandalig prima geregeld top dank je wel fietspad verkeer "
    "geluidsoverlast participatie bijeenkomst informatieavond vergunning Rijkswaterstaat"
).split()
_EN = (  # noqa: SIM905
    "i really appreciate the update but the timeline seems unrealistic to me this is the worst "
    "decision the council has made in years thanks for answering my question so quickly you "
    "people never listen to anyone who disagrees with you great initiative looking forward to "
    "the results idiot pathetic nonsense brilliant well done traffic bridge consultation "
    "meeting survey feedback"
).split()
SMOKE_TEXTS = ["jij bent echt een sukkel", "thanks for sharing"]  # run once by an install
_EMOJI = ("😡", "👍", "🙄", "❤️", "😂", "🚧", "🤬", "👏", "🇳🇱")
_LINKS = ("https://www.example.nl/project/a27", "http://bit.ly/3xYz", "www.gemeente.nl/inspraak")
_NAMES = ("@jan", "@Rijkswaterstaat", "@marieke_b", "@gemeente")


def comment_lengths(rng: random.Random) -> int:
    """Draw a comment length in words: log-normal, median ~37 words, clipped to 1-400."""
    roll = rng.random()
    if roll < 0.05:
        return rng.randint(1, 4)  # "top!", "👍"
    if roll < 0.07:
        return rng.randint(150, 400)  # the occasional long rant
    return max(5, min(120, round(rng.lognormvariate(3.6, 0.55))))


def comment(rng: random.Random) -> str:
    """Return one synthetic comment."""
    words = _NL if rng.random() < 0.7 else _EN
    parts: list[str] = []
    for _ in range(comment_lengths(rng)):
        roll = rng.random()
        if roll < 0.02:
            parts.append(rng.choice(_EMOJI))
        elif roll < 0.025:
            parts.append(rng.choice(_LINKS))
        elif roll < 0.03:
            parts.append(rng.choice(_NAMES))
        else:
            parts.append(rng.choice(words))
    text = " ".join(parts)
    if rng.random() < 0.08:
        text = text.upper()  # shouting
    if rng.random() < 0.5:
        text = text[:1].upper() + text[1:] + rng.choice((".", "!", "?", "!!!", ""))
    return text


def comments(n: int, seed: int = 2024) -> list[str]:
    """Return ``n`` synthetic comments; the same seed gives the same list.

    Args:
        n: How many.
        seed: Seed of the generator.

    Returns:
        The comments, in generation order (not sorted by length).
    """
    rng = random.Random(seed)
    return [comment(rng) for _ in range(n)]


def probe_texts() -> list[str]:
    """Return the fixed texts a fast runtime is checked on before it is used.

    A mix of generated comments, very short ones, and one longer than any model's limit (so
    truncation is checked too).
    """
    base = comments(40, seed=7)
    return [
        *base,
        "jij bent echt een sukkel",
        "bedankt voor je reactie",
        "go away nobody wants you here",
        "👍",
        "",
        " ".join(base) * 3,
    ]
