"""Personal-data detectors and links: true and false positives."""

from __future__ import annotations

import pytest

from tests.rules.helpers import matched, one_rule

PII = one_rule({"detect": ["phone_nl", "email", "iban", "bsn"]})

TRUE = [
    ("bel me op 06-12345678", "06-12345678"),
    ("bel 0612345678!", "0612345678"),
    ("mijn nummer is +31 6 12345678", "+31 6 12345678"),
    ("0031612345678 graag", "0031612345678"),
    ("+31 (0)20 123 4567 kantoor", "+31 (0)20 123 4567"),
    ("vaste lijn 020-1234567", "020-1234567"),
    ("tel 010 123 45 67", "010 123 45 67"),
    ("mail jan.jansen@example.nl.", "jan.jansen@example.nl"),
    ("NL91ABNA0417164300 is zijn rekening", "NL91ABNA0417164300"),
    ("IBAN NL91 ABNA 0417 1643 00 graag", "NL91 ABNA 0417 1643 00"),
    ("rekening nl91abna0417164300", "nl91abna0417164300"),
    ("BE68 5390 0754 7034 belgisch", "BE68 5390 0754 7034"),
    ("bsn 111222333", "111222333"),
    ("BSN: 1112.22.333", "1112.22.333"),
]
FALSE = [
    "de gratis lijn 0800-0432 is open",  # service number
    "0900-1234567 betaalnummer",  # paid service number
    "ordernummer 1234567890123",  # too long for anything
    "postcode 1234 AB Amsterdam",
    "in 2024 waren er 123456 bezoekers",
    "NL91ABNA0417164301 fout controlegetal",  # IBAN checksum fails
    "bsn 123456789",  # fails the eleven-test
    "mail naar info@ voor vragen",
    "kosten: 1.234.567 euro",
    "06-1234567 te kort",
]


@pytest.mark.parametrize(("text", "found"), TRUE)
def test_true_positives(text: str, found: str) -> None:
    assert matched(PII, text) == [found]


@pytest.mark.parametrize("text", FALSE)
def test_false_positives(text: str) -> None:
    assert matched(PII, text) is None


@pytest.mark.parametrize(("cond", "text", "expected"), [
    ({"links": True}, "zie https://www.rijkswaterstaat.nl/a27.", ["https://www.rijkswaterstaat.nl/a27"]),
    ({"links": True}, "mail jan@example.nl", None),
    ({"links": {"shorteners": True}}, "klik bit.ly/abc nu", ["bit.ly/abc"]),
    ({"links": {"shorteners": True}}, "zie www.example.nl", None),
    ({"links": {"allow": ["overheid.nl"]}}, "zie www.rijksoverheid.nl", ["www.rijksoverheid.nl"]),
    ({"links": {"allow": ["rijksoverheid.nl"]}}, "zie www.rijksoverheid.nl", None),
    ({"links": {"deny": ["casino.com"]}}, "win op https://x.casino.com/win", ["https://x.casino.com/win"]),
])
def test_links(cond: object, text: str, expected: list[str] | None) -> None:
    assert matched(one_rule(cond), text) == expected
