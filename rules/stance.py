"""Where a term stands in its text: which word, which sentence, negated, quoted to oppose it.

Works on the normalised text (the same text words are found in), once per evaluated item and
only when a ``near`` or ``unless`` condition asks. Everything is a regular-expression pass or
a sorted list with ``bisect``: no work per pair of hits.

* Words and sentences: a word is a run of letters and digits; a sentence ends at ``.``, ``!``,
  ``?`` or a line break.
* Negated: a negation word (``niet``, ``geen``, ``nooit``, ``niemand``, ``not``, ``never``...)
  in the same clause, at most ``NEGATION_WINDOW`` words before or after the evidence, and not
  itself part of the evidence (``geen mensen`` in a list stays evidence). Clauses end at
  punctuation and at ``en``, ``maar``, ``want``, ``omdat``... ``niet alleen``, ``geen wonder``
  and the like do not negate.
* Quoted to oppose: the evidence is inside quotation marks, or follows a reporting frame
  (``zeggen dat``, ``uitspraken als``, ``stop met``...) in its sentence, and the text elsewhere
  disapproves of it (``walgelijk``, ``racistisch``, ``schaam je``...; ``stop met`` and
  ``ophouden met`` disapprove by themselves). An endorsed quote still counts.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import re
from itertools import accumulate, compress, count
from operator import add
from typing import TYPE_CHECKING

from rules.normalize import normalize

if TYPE_CHECKING:
    from collections.abc import Sequence

Span = tuple[int, int]
NEGATION_WINDOW = 4


def _words(spec: str) -> str:
    """Return an alternation of normalised words/phrases (``|``-separated; spaces: white space)."""
    items = {normalize(item.strip()) for item in spec.split("|") if item.strip()}
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in
                    sorted(items, key=len, reverse=True))


_NEGATORS = _words(
    "niet|geen|nooit|niemand|niets|niks|nergens|geenszins|allerminst|nimmer|"
    "not|no|never|nobody|nothing|don't|dont|doesn't|doesnt|didn't|isn't|aren't|wasn't|"
    "can't|cannot|won't|shouldn't"
)
_NOT_NEGATING = _words(
    "niet alleen|niet enkel|niet slechts|niet eens|niet voor niets|niet voor niks|geen wonder|"
    "geen idee|geen grap|not only|no wonder|no doubt|nog geen|niet normaal"
)
_CLAUSE_WORDS = _words(
    "en|maar|want|omdat|terwijl|hoewel|doch|echter|dus|zodat|but|because|although|and|so"
)
_FRAMES = _words(
    "zeggen dat|zegt dat|zeg dat|zei dat|zeiden dat|beweren dat|beweert dat|beweerde dat|"
    "roepen dat|roept dat|riep dat|riepen dat|schrijven dat|schrijft dat|schreef dat|"
    "denken dat|denkt dat|dacht dat|posten dat|twitteren dat|noemen|noemt|noemde|uitmaken voor|"
    "uitspraken als|uitspraken zoals|opmerkingen als|opmerkingen zoals|zinnen als|"
    "teksten als|leuzen als|dingen als|reacties als|het idee dat|de gedachte dat|de bewering "
    "dat|de uitspraak dat|wie zegt dat|saying|say that|says that|said that|statements like|"
    "calling|stop met|stoppen met|ophouden met|hou op met|houd op met|stop calling|stop saying"
)
_SELF_OPPOSING = _words(
    "stop met|stoppen met|ophouden met|hou op met|houd op met|stop calling|stop saying"
)
_OPPOSITION = _words(
    "walgelijk|walgelijke|schandalig|schandalige|schande|racistisch|racistische|racist|"
    "racisten|racisme|discriminerend|discriminerende|discriminatie|discrimineren|"
    "haatzaaiend|haatzaaien|haatzaaierij|onacceptabel|ontoelaatbaar|verwerpelijk|kwetsend|"
    "kwetsende|fout|foute|verkeerd|onzin|belachelijk|bekrompen|intolerant|niet oké|niet ok|"
    "schaam je|schaam jezelf|schaamteloos|gaat te ver|hoort hier niet|horen hier niet|"
    "klopt niet|niet waar|onwaar|oneens|afkeuren|veroordelen|veroordeel|aangifte|melden|"
    "homofoob|homofobe|homofobie|seksistisch|seksisme|transfoob|transfobie|antisemitisch|"
    "antisemitisme|islamofoob|islamofobie|xenofoob|vreemdelingenhaat|haatdragend|"
    "onwetend|triest|zielig|dom|dombo|gevaarlijk|kwalijk|misselijk|misselijkmakend|"
    "moet stoppen|moeten stoppen|moet ophouden|mag niet|kan niet|niet normaal|"
    "laat zien hoe|zegt meer over|zegt veel over|zegt alles over|"
    "disgusting|hateful|shameful|unacceptable|bigot|bigoted|bigots|racism|ignorant|wrong|"
    "not ok|not okay|shows how|vile"
)
_NEGATOR_RE = re.compile(rf"(?<!\w)(?:{_NOT_NEGATING})(?!\w)|(?<!\w)(?P<neg>{_NEGATORS})(?!\w)")
_CLAUSE_RE = re.compile(
    rf"[,;:.!?\n()\[\]\"“”„«»]|(?<!\w)(?:{_CLAUSE_WORDS})(?!\w)"
)
_SENTENCE_RE = re.compile(r"[.!?\n]+")
_FRAME_RE = re.compile(rf"(?<!\w)(?:{_FRAMES})(?!\w)")
_SELF_OPPOSING_RE = re.compile(rf"^(?:{_SELF_OPPOSING})$")
_OPPOSITION_RE = re.compile(rf"(?<!\w)(?:{_OPPOSITION})(?!\w)")
_WORD_RE = re.compile(r"[^\W_]+")
_QUOTE_RE = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a']")
_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb",
                "\u2018": "\u2019", "\u201a": "\u2019", "'": "'"}


# One byte per character: a letter or digit stays (``a``), anything else becomes a space.
_ALNUM_BYTES = bytes(b if chr(b).isalnum() and b < 0x80 else 0x20 for b in range(256))


@functools.lru_cache(maxsize=4096)
def _alnum_run(run: str) -> bytes:
    return bytes(0x61 if ch.isalnum() else 0x20 for ch in run)


def _alnum_error(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return _alnum_run(error.object[error.start:error.end]), error.end


codecs.register_error("rules.alnum", _alnum_error)


def word_starts(text: str) -> list[int]:
    """Return where each word (``_WORD_RE``: a run of letters and digits) starts.

    From a one-byte-per-character copy in which every other character is a space: the
    pieces between single spaces and their lengths give the positions, in C, instead of a
    match object per word.
    """
    pieces = text.encode("ascii", "rules.alnum").translate(_ALNUM_BYTES).split(b" ")
    return list(compress(map(add, accumulate(map(len, pieces), initial=0), count()), pieces))


class Stance:
    """Word positions, sentences, clauses, negations and quotes of one normalised text.

    Args:
        text: The normalised text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: list[int] | None = None
        self._sentences: list[int] | None = None
        self._clauses: list[int] | None = None
        self._negators: list[Span] | None = None
        self._quotes: list[Span] | None = None
        self._frames: list[tuple[int, int, bool]] | None = None
        self._opposition: list[Span] | None = None
        self._cover: tuple[Sequence[tuple[int, int, int]], frozenset[Span]] | None = None

    def word_index(self, pos: int) -> int:
        """Return the number of words that start before ``pos``."""
        if self._words is None:
            self._words = word_starts(self.text)
        return bisect.bisect_left(self._words, pos)

    def sentence(self, pos: int) -> int:
        """Return the index of the sentence ``pos`` is in."""
        if self._sentences is None:
            self._sentences = [m.start() for m in _SENTENCE_RE.finditer(self.text)]
        return bisect.bisect_right(self._sentences, pos)

    def _clause(self, first: int, last: int) -> Span:
        if self._clauses is None:
            self._clauses = [m.start() for m in _CLAUSE_RE.finditer(self.text)]
        clauses = self._clauses
        before = bisect.bisect_right(clauses, first) - 1
        after = bisect.bisect_left(clauses, last)
        return (clauses[before] if before >= 0 else 0,
                clauses[after] if after < len(clauses) else len(self.text))

    def negated(self, spans: list[Span], cover: Sequence[tuple[int, int, int]] = ()) -> bool:
        """Return whether evidence made of these spans stands in a negated clause.

        A negation word inside ``cover`` (any hit of the condition) belongs to a listed term.
        In a question the negation is rhetorical (``zijn X niet gewoon tuig?``) and counts not.
        """
        if self._negators is None:
            self._negators = [m.span("neg") for m in _NEGATOR_RE.finditer(self.text)
                              if m.group("neg") is not None]
        if not self._negators:
            return False
        first, last = min(s for s, _ in spans), max(e for _, e in spans)
        low, high = self._clause(first, last)
        if self._sentence_end(last) == "?":
            return False
        start_word, end_word = self.word_index(first), self.word_index(last)
        at = bisect.bisect_left(self._negators, (low, low))
        for start, end in self._negators[at:]:
            if start >= high:
                break
            if any(a <= start and end <= b for a, b in spans) or \
                    (start, end) in self._covered(cover):
                continue  # part of the evidence itself ("geen mensen")
            word = self.word_index(start)
            if start_word - NEGATION_WINDOW <= word <= end_word + NEGATION_WINDOW:
                return True
        return False

    def _covered(self, cover: Sequence[tuple[int, int, int]]) -> frozenset[Span]:
        """Return the negation words inside some hit of ``cover`` (one sweep per cover list).

        Every hit of a condition asks with the same list, so this is worked out once, not
        once per hit: a text repeating "ik haat X niet" stays linear.
        """
        if self._cover is None or self._cover[0] is not cover:
            hits = sorted(cover)
            starts = [start for start, _, _ in hits]
            reaches = [-1, *accumulate((end for _, end, _ in hits), max)]
            inside = frozenset(span for span in self._negators or ()
                               if reaches[bisect.bisect_right(starts, span[0])] >= span[1])
            self._cover = (cover, inside)
        return self._cover[1]

    def _sentence_end(self, pos: int) -> str:
        if self._sentences is None:
            self.sentence(pos)
        assert self._sentences is not None
        at = bisect.bisect_left(self._sentences, pos)
        return self.text[self._sentences[at]] if at < len(self._sentences) else ""

    def same_quote(self, found: Sequence[tuple[int, int, int]]) -> bool:
        """Return whether the hits are all inside one quotation or all outside quotations."""
        regions = self._quote_spans()
        if not regions:
            return True
        inside = {next((i for i, (a, b) in enumerate(regions) if a <= s and e <= b), -1)
                  for s, e, _ in found}
        return len(inside) == 1

    def quoted(self, spans: list[Span]) -> bool:
        """Return whether evidence made of these spans is quoted or reported to oppose it."""
        first, last = min(s for s, _ in spans), max(e for _, e in spans)
        for start, end in self._quote_spans():
            if start <= first and last <= end:
                return self._opposed(spans, (start, end))
        if self._frames is None:
            self._frames = [(m.start(), m.end(), bool(_SELF_OPPOSING_RE.match(m.group())))
                            for m in _FRAME_RE.finditer(self.text)]
        sentence = self.sentence(first)
        for start, end, self_opposing in self._frames:
            if self.sentence(start) != sentence or (start < last and first < end):
                continue
            if self_opposing and end <= first:
                return True
            if not self_opposing and self._opposed(spans, None):
                return True
        return False

    def _opposed(self, spans: list[Span], inside: Span | None) -> bool:
        """Return whether a disapproving word stands outside the evidence (and the quote)."""
        if self._opposition is None:
            self._opposition = [m.span() for m in _OPPOSITION_RE.finditer(self.text)]
        for start, end in self._opposition:
            if inside is not None and inside[0] <= start and end <= inside[1]:
                continue
            if not any(a <= start and end <= b for a, b in spans):
                return True
        return False

    def _quote_spans(self) -> list[Span]:
        """Return the quoted regions, pairing quotation marks left to right."""
        if self._quotes is None:
            self._quotes = []
            text = self.text
            opened: tuple[int, str] | None = None
            for match in _QUOTE_RE.finditer(text):
                pos, ch = match.start(), match.group()
                after = text[pos + 1:pos + 2]
                if opened is None:
                    if ch in _QUOTE_PAIRS and not (ch == "'" and pos and text[pos - 1].isalnum()):
                        opened = (pos, _QUOTE_PAIRS[ch])
                elif ch == opened[1] and not (ch == "'" and after.isalnum()):
                    self._quotes.append((opened[0], pos + 1))
                    opened = None
        return self._quotes
