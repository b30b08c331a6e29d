"""How long a reply is, counted the way its platform counts it (sources: docs/platforms.md).

Most platforms count Unicode code points. X counts by weight (twitter-text configuration
v3): after NFC normalisation, a code point in a few Latin/punctuation ranges weighs 1 and
any other weighs 2, an emoji sequence (skin tones, ZWJ families, flags, keycaps) weighs
2 in all, and every URL counts as 23 however long it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

# twitter-text config/v3.json: ranges of weight 100 (= 1 character); all else 200 (= 2).
_X_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
X_URL_LENGTH = 23  # "transformedURLLength": every link is wrapped in t.co

# URLs as X finds them: with a scheme, starting with www., or a bare domain name with a
# common top-level domain; not preceded by a letter, digit, @, # or $ (e-mail, tags).
_TLDS = ("com|org|net|nl|be|eu|de|fr|uk|es|it|io|info|gov|edu|co|me|tv|app|dev|ly|"
         "online|nu|ch|at|dk|se|no|fi|pl|us|ca|au")
_URL = re.compile(
    r"(?<![\w@#$])(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+|"
    rf"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})\b(?:/[^\s<>\"]*)?)",
    re.IGNORECASE)
_URL_TRAILER = ".,;:!?'\")]}"

# One emoji as twitter-text's emoji parser counts it (weight 2 for the whole sequence).
_PICTOGRAPH = ("\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf"
               "\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe"
               "\u2600-\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d"
               "\u3297\u3299\U0001f000-\U0001faff")
_TONE = "[\U0001f3fb-\U0001f3ff]"
_ELEMENT = f"(?:[{_PICTOGRAPH}]|[\u00a9\u00ae](?=\ufe0f))\ufe0f?{_TONE}?"
_EMOJI = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
    "|[0-9#*]\ufe0f?\u20e3"  # a keycap
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"  # a subdivision flag (tag sequence)
    f"|{_ELEMENT}(?:\u200d{_ELEMENT})*")


def code_points(text: str) -> int:
    """Length in Unicode code points (what most platforms call characters)."""
    return len(text)


def _weight(ch: str) -> int:
    cp = ord(ch)
    return 1 if any(lo <= cp <= hi for lo, hi in _X_LIGHT) else 2


def _urls(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _URL_TRAILER:
            end -= 1
        spans.append((m.start(), end))
    return spans


def x_weighted(text: str) -> int:
    """Length of a post as X counts it (twitter-text v3 weighted length).

    Args:
        text: The post text.

    Returns:
        The weighted length X compares with its limit of 280.
    """
    text = unicodedata.normalize("NFC", text)
    urls = dict(_urls(text))
    total, i = 0, 0
    while i < len(text):
        if i in urls:
            total, i = total + X_URL_LENGTH, urls[i]
            continue
        emoji = _EMOJI.match(text, i)
        if emoji is not None and emoji.end() > i:
            total, i = total + 2, emoji.end()
            continue
        total, i = total + _weight(text[i]), i + 1
    return total


@dataclass(frozen=True, slots=True)
class TextLimit:
    """The longest public reply a platform takes, and how it counts that length."""

    length: int
    count: Callable[[str], int] = code_points

    def over(self, text: str) -> bool:
        """Whether ``text`` is longer than the platform takes."""
        return self.count(text) > self.length
