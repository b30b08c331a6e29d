"""A tiny stand-in rule set (flagger + lookup) for UI tests and screenshots.

Used only while a workspace has no real rule set active (``ws.set_rules``); evidence
spans are code-point offsets into the original text, as the real engine gives them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from moderator.actions import RuleRef
from moderator.flagging import FlagSubject
from moderator.items import Evidence, FlagInfo

VERSION = "stub-1"
_RULES = (
    ("R1", "Geen schelden, discrimineren of bedreigen",
     "We verwijderen berichten die schelden, discrimineren of bedreigen.", "high", "remove",
     re.compile(r"\b(kanker\w*|tering\w*|debiel\w*|idioot|idioten|mongool|oplichters|"
                r"zakkenvullers|sukkels?)\b", re.I)),
    ("R2", "Geen persoonsgegevens van anderen",
     "Deel geen telefoonnummers, e-mailadressen of rekeningnummers.", "medium", "hide",
     re.compile(r"\b06[- ]?\d{8}\b|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\bNL\d{2} ?[A-Z]{4}(?: ?\d{4}){2}"
                r" ?\d{2}\b")),
    ("R3", "Niet schreeuwen", "Schrijf niet alles in hoofdletters.", "low", "warn",
     re.compile(r"\b[A-Z]{4,}(?:[ !?]+[A-Z]{2,})+\b")),
    ("R4", "Geen spam of reclame", "Reclame en kettingberichten halen we weg.", "low", "hide",
     re.compile(r"\b(gratis|korting|klik hier|bitcoin)\b", re.I)),
)


def flagger(subjects: Sequence[FlagSubject]) -> list[list[FlagInfo]]:
    """Flags per subject: each rule whose pattern matches, with its spans."""
    out = []
    for s in subjects:
        flags = []
        for rid, _t, _p, sev, act, rx in _RULES:
            spans = tuple(Evidence(m.start(), m.end()) for m in rx.finditer(s.text))
            if spans:
                flags.append(FlagInfo(rid, VERSION, sev, act, spans))
        out.append(flags)
    return out


def lookup(rule_id: str) -> RuleRef | None:
    """The rule as the active set has it."""
    for rid, title, public, *_ in _RULES:
        if rid == rule_id:
            return RuleRef(rid, VERSION, title, public)
    return None


def install(ws) -> bool:  # type: ignore[no-untyped-def]
    """Install the stub when no real rule set is active; True if installed."""
    from moderator.flagging import no_flags

    if ws.flagger is not no_flags:
        return False
    ws.set_rules(flagger, lookup)
    return True
