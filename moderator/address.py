"""The form of address: *u* (the default) or *je*, one choice per workspace.

Texts are written in the *u* form; a workspace for a young audience chooses *je*, and
``to_je`` rewrites a Dutch text for it: the interface (through a translator in
``ui.i18n``), reply templates without a *je* text of their own, and house-rule texts.
The rules are phrase by phrase (a verb after *u* is conjugated differently after *je*:
"kunt u" → "kun je"), so they cover the verbs the app's texts use; units such as
"3 u" (uur) are left alone.
"""

from __future__ import annotations

import re

FORMS = ("u", "je")

# (u form, je form): inverted questions first, where the verb changes.
_VERBS = (("kunt u", "kun je"), ("wilt u", "wil je"), ("bent u", "ben je"),
          ("heeft u", "heb je"), ("zult u", "zul je"), ("hebt u", "heb je"),
          ("u heeft", "je hebt"), ("vindt u", "vind je"), ("ziet u", "zie je"),
          ("gaat u", "ga je"), ("weet u", "weet je"), ("doet u", "doe je"))
_RULES = tuple((re.compile(rf"\b{u}\b"), je) for u, je in _VERBS) + tuple(
    (re.compile(rf"\b{u[0].upper()}{u[1:]}\b"), je[0].upper() + je[1:]) for u, je in _VERBS)
_UW = re.compile(r"\buw\b")
_UW_CAP = re.compile(r"\bUw\b")
# A lone "u" before a word ("als u wilt", "dank u wel"); not a unit after a number or a
# placeholder ("3 u", "{h} u"), and not the key U.
_U = re.compile(r"(?<![\d}] )(?<![\d}])\bu\b(?= [a-zà-ÿ])")
_U_CAP = re.compile(r"(?<![\w{])U\b(?= [a-zà-ÿ])")


def to_je(text: str) -> str:
    """``text`` in the *je* form (unchanged when it does not address anyone)."""
    for pattern, je in _RULES:
        text = pattern.sub(je, text)
    text = _UW.sub("je", _UW_CAP.sub("Je", text))
    return _U_CAP.sub("Je", _U.sub("je", text))


def in_form(text: str, form: str) -> str:
    """``text`` in the given form of address (``u`` texts are written that way)."""
    return to_je(text) if form == "je" else text
