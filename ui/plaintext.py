"""Show untrusted text literally: no markup, no invisible direction tricks.

Comments are attacker-controlled, and so is every name a user, platform or file chose
(moderators, accounts, projects, authors, threads, rule texts, escalation targets).
Widgets show them as plain text only (never rich text, so ``<img src=http://…>`` is
characters, not a request): labels come from :func:`label` (or get :func:`plain`),
tooltips from :func:`tooltip` (Qt reads every tooltip as rich text when it looks like
markup, so it is escaped and wrapped), chart labels from :func:`chart_text` (Qt Charts
reads axis, legend and bar labels as HTML, always). ``reveal`` turns
bidirectional overrides and invisible characters into visible markers such as ``⟦RLO⟧``
so an RTL override cannot disguise what a comment says. Evidence spans from the rules
are code-point offsets into the *original* text; ``Revealed.position`` maps them to
positions in the shown text, in UTF-16 units as Qt's text documents count them.
"""

from __future__ import annotations

import functools
import html
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Bidi controls and invisible characters, with the short names moderators see.
_MARKERS: dict[str, str] = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
    "\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM",
    "\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u2060": "WJ", "\ufeff": "BOM",
    "\u00ad": "SHY",
}
_ZWJ_OK = "\u200d"  # inside emoji sequences a joiner is normal; shown as-is there
SNIPPET_MARKS = 2  # combining marks kept per character in one-line snippets


@dataclass(frozen=True, slots=True)
class Revealed:
    """The text to show, where each original code point landed, and what was revealed."""

    text: str
    starts: tuple[int, ...]  # UTF-16 position in ``text`` of original code point i (+ end)
    markers: tuple[tuple[int, int], ...]  # (start, end) UTF-16 ranges of inserted markers
    marks: int  # combining marks beyond the second on one character (zalgo), all counted
    hidden_marks: int  # of those, left out because of ``max_marks``

    def position(self, offset: int) -> int:
        """UTF-16 position in the shown text of original code-point ``offset``."""
        offset = max(0, min(offset, len(self.starts) - 1))
        return self.starts[offset]


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _is_emoji_joiner(text: str, i: int) -> bool:
    if text[i] != _ZWJ_OK or i == 0 or i + 1 >= len(text):
        return False
    return ord(text[i - 1]) > 0x2000 and ord(text[i + 1]) > 0x2000 and not text[i - 1].isalpha()


def reveal(text: str, max_marks: int | None = None) -> Revealed:
    """Make controls visible (and optionally cap stacked combining marks), mapping offsets.

    The detail panel keeps every combining mark (the text is shown literally, zalgo too,
    with a count above it); one-line snippets cap them so a row stays one row.
    """
    out: list[str] = []
    starts: list[int] = []
    markers: list[tuple[int, int]] = []
    pos = hidden = run = stacked = 0
    for i, ch in enumerate(text):
        starts.append(pos)
        name = _MARKERS.get(ch)
        if name is not None and not _is_emoji_joiner(text, i):
            piece = f"⟦{name}⟧"
            markers.append((pos, pos + _u16(piece)))
        elif unicodedata.combining(ch):
            run += 1
            stacked += run > 2
            if max_marks is not None and run > max_marks:
                hidden += 1
                continue
            piece = ch
        else:
            run = 0
            piece = ch
        out.append(piece)
        pos += _u16(piece)
    starts.append(pos)
    return Revealed("".join(out), tuple(starts), tuple(markers), stacked, hidden)


@functools.lru_cache(maxsize=8192)
def one_line(text: str, limit: int = 160) -> str:
    """A single-line snippet for the queue table: controls revealed, whitespace folded.

    Cached: the table asks for the same rows on every repaint, and revealing walks the
    text character by character in Python.
    """
    shown = reveal(text[: limit * 4], SNIPPET_MARKS).text
    folded = " ".join(shown.split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


@functools.lru_cache(maxsize=1024)
def tooltip(text: str) -> str:
    """A tooltip that Qt cannot read as markup: escaped and explicitly wrapped as HTML.

    Empty text stays empty (no tooltip at all).
    """
    if not text:
        return ""
    body = html.escape(reveal(text).text[:1500])
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def plain(widget: QLabel) -> QLabel:
    """``widget`` set to show its text literally (never as rich text); returns it."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` literally: for anything a user, platform or file wrote."""
    return plain(QLabel(text, parent))


def chart_text(text: str) -> str:
    """A label for Qt Charts (axis categories, legend, bar sets), which reads HTML always."""
    return html.escape(reveal(text).text, quote=False)
