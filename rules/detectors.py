"""Detectors for personal data of others and for links, run on the original text.

Each detector is a candidate pattern (RE2, found in the engine's single set pass) plus a
validator in Python: Dutch phone numbers by prefix and length, IBAN by mod-97, BSN by the
eleven-test. Validators only run on candidates, so ordinary text costs one set pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

Span = tuple[int, int]

PHONE_NL = (
    r"(?:\+31|\b0031|\b0)[ \-.]?(?:\(0\)[ \-.]?)?[1-9](?:[ \-.]?[0-9]){7,9}\b"
)
EMAIL = r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b"
IBAN = r"(?i)\b[a-z]{2}[0-9]{2}(?: ?[a-z0-9]){11,32}"
BSN = r"\b(?:[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{9})\b"
TLDS = (
    "nl|com|org|net|eu|be|de|fr|uk|ly|io|co|info|biz|me|gl|gd|cc|link|xyz|site|online|shop|"
    "app|tv|to|gov|edu|ru|cn|page|click|top|club|am|gg|at|ch|es|it"
)
LINK = (
    r"(?i)\b(?:https?://|www\.)[^\s<>\"']+"
    rf"|\b(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?\.)+(?:{TLDS})\b(?:/[^\s<>\"']*)?"
)
SHORTENERS = frozenset({
    "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
    "cutt.ly", "shorturl.at", "tiny.cc", "s.id", "rb.gy", "t.ly", "bl.ink", "short.io", "v.gd",
    "lnkd.in", "trib.al", "dlvr.it", "tr.im", "shorte.st", "adf.ly", "clck.ru", "qr.ae", "soo.gd",
})
_IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "LU": 20, "ES": 24, "IT": 27, "AT": 20,
    "CH": 21, "DK": 18, "FI": 18, "IE": 22, "PT": 25, "PL": 28, "SE": 24, "NO": 15, "CZ": 24,
    "GR": 27, "HU": 28, "RO": 24, "BG": 22, "HR": 21, "SI": 19, "SK": 24, "LT": 20, "LV": 21,
    "EE": 20, "MT": 31, "CY": 28, "IS": 26, "LI": 21, "MC": 27,
}
_TRAILING = ".,;:!?)]}'\""


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def valid_phone_nl(candidate: str) -> bool:
    """Return whether the candidate is a Dutch personal phone number (mobile or landline)."""
    digits = _digits(candidate)
    if candidate.startswith("+31"):
        national = digits[2:]
    elif candidate.startswith("0031"):
        national = digits[4:]
    else:
        national = digits[1:]
    if national.startswith("0") and "(0)" in candidate:
        national = national[1:]
    if len(national) != 9:
        return False
    if national[0] == "6":
        return national[1] != "6"
    return national[0] in "123457"


def valid_email(candidate: str) -> bool:
    """Return whether the candidate looks like a real address (no empty or dotted-edge parts)."""
    local, _, domain = candidate.rpartition("@")
    return bool(local) and ".." not in candidate and not local.startswith(".") and "." in domain


def iban_length(candidate: str) -> int:
    """Return how many characters of the candidate form a valid IBAN (0 = none).

    The candidate may run on into the next words; the expected length per country decides
    where the IBAN ends.
    """
    compact = candidate.replace(" ", "").upper()
    expected = _IBAN_LENGTHS.get(compact[:2], 0)
    if not expected or len(compact) < expected:
        return 0
    iban = compact[:expected]
    if not iban[2:].isalnum() or not iban[2:4].isdigit():
        return 0
    number = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    if int(number) % 97 != 1:
        return 0
    seen = 0
    for pos, ch in enumerate(candidate):
        if ch != " ":
            seen += 1
            if seen == expected:
                return pos + 1
    return 0  # pragma: no cover - unreachable: compact has at least ``expected`` characters


def valid_bsn(candidate: str) -> bool:
    """Return whether the candidate passes the BSN eleven-test (elfproef)."""
    digits = _digits(candidate)
    if len(digits) != 9 or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


@dataclass(frozen=True)
class Detector:
    """A candidate pattern and a function that returns the valid span's end (0 = invalid).

    Attributes:
        pattern: RE2 pattern for candidates.
        validate: Gets the candidate text; returns the length of the valid part, 0 if none.
    """

    pattern: str
    validate: Callable[[str], int]


def _whole(check: Callable[[str], bool]) -> Callable[[str], int]:
    return lambda candidate: len(candidate) if check(candidate) else 0


DETECTORS: dict[str, Detector] = {
    "phone_nl": Detector(PHONE_NL, _whole(valid_phone_nl)),
    "email": Detector(EMAIL, _whole(valid_email)),
    "iban": Detector(IBAN, iban_length),
    "bsn": Detector(BSN, _whole(valid_bsn)),
}


def link_host(link: str) -> str:
    """Return the lower-case host of a link found in text (scheme, port and path dropped)."""
    host = link.lower()
    for prefix in ("https://", "http://"):
        if host.startswith(prefix):
            host = host[len(prefix):]
    for stop in "/?#:":
        host = host.split(stop, 1)[0]
    return host.rstrip(".")


def trim_link(text: str, start: int, end: int) -> int:
    """Return the end of a link with trailing sentence punctuation left out."""
    while end > start + 1 and text[end - 1] in _TRAILING:
        end -= 1
    return end


def in_domains(host: str, domains: tuple[str, ...]) -> bool:
    """Return whether the host is one of the domains or a subdomain of one."""
    host = host.removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in domains)
