"""Dutch that reads right: plural forms wherever a count appears, one form of address
(u, or je per workspace), the glossary's words, and Dutch local time."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from moderator.address import to_je
from moderator.items import ActionKind
from moderator.localtime import local, whole_days
from moderator.stats import _local_days
from moderator.templates import Template, Values, render
from ui import i18n, item_actions

ROOT = Path(__file__).resolve().parents[2]
NL = ROOT / "resources" / "translations" / "moderator_nl.ts"
PLURAL_NOUNS = r"(berichten|regels|pagina's|dagen|accounts|vermeldingen|tekens|items)"


def ui_strings() -> list[tuple[str, str, Path]]:
    """(context, Dutch source, file) of every tr()/translate() call with a literal text."""
    out = []
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            name = cls.name if isinstance(cls, ast.ClassDef) else ""
            for call in ast.walk(cls):
                if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                    continue
                args = [a.value for a in call.args if isinstance(a, ast.Constant)
                        and isinstance(a.value, str)]
                if call.func.attr == "tr" and args and name:
                    out.append((name, args[0], path))
                elif call.func.attr == "translate" and len(args) >= 2:
                    out.append((args[0], args[1], path))
    return out


def numerus_entries() -> dict[tuple[str, str], list[str]]:
    tree = ET.parse(NL)
    out = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if msg.get("numerus") == "yes":
                out[(name, msg.findtext("source") or "")] = [
                    f.text or "" for f in msg.iter("numerusform")]
    return out


def test_every_count_has_dutch_plural_forms() -> None:
    entries = numerus_entries()
    counted = {(c, s) for c, s, _p in ui_strings() if "%n" in s}
    assert len(counted) >= 20
    missing = sorted(f"{c}: {s}" for c, s in counted if (c, s) not in entries)
    assert missing == [], "\n".join(missing)
    for (ctx, source), forms in entries.items():
        assert len(forms) == 2, (ctx, source)
        assert not re.search(r"\((en|e|s|'s)\)", " ".join(forms)), (ctx, source, forms)


def test_no_count_is_glued_to_a_plural_noun() -> None:
    glued = sorted(f"{p.name}: {s}" for _c, s, p in ui_strings()
                   if re.search(r"\{[^}]*\} " + PLURAL_NOUNS, s))
    assert glued == [], "\n".join(glued)


def test_one_reads_singular(qapp: QApplication) -> None:
    del qapp
    i18n.install("nl")
    tr = QCoreApplication.translate
    assert tr("ItemDetailView", "%n eerdere bericht(en)", "", 1) == "1 eerder bericht"
    assert tr("AccountsDialog", "%n pagina('s)", "", 1) == "1 pagina"
    assert tr("AccountsDialog", "%n bericht(en), {new} nieuw", "", 1) == "1 bericht, {new} nieuw"
    assert tr("AuditPanel", "%n vermelding(en)", "", 1) == "1 vermelding"
    assert tr("AuditPanel", "%n vermelding(en)", "", 3) == "3 vermeldingen"
    done = item_actions.done(ActionKind.DM_REPLY)
    assert tr("ItemCommands", "%n bericht(en) {what}.", "", 1).format(what=done) == \
        "1 bericht beantwoord met een privébericht."
    assert tr("Actions", "Volgend bericht") == "Volgend bericht"


def test_the_source_texts_say_u() -> None:
    informal = sorted(f"{p.name}: {s}" for _c, s, p in ui_strings()
                      if re.search(r"\b(je|jij|jouw|jou|Je|Jij|Jouw)\b", s.replace("(je)", "")))
    assert informal == [], "\n".join(informal)


@pytest.mark.parametrize(("u", "je"), [
    ("Uw rol staat dit niet toe.", "Je rol staat dit niet toe."),
    ("Kies de pagina's die u wilt koppelen.", "Kies de pagina's die je wilt koppelen."),
    ("Dank u wel voor uw reactie! Kunt u dat aangeven?",
     "Dank je wel voor je reactie! Kun je dat aangeven?"),
    ("Heeft u vragen?", "Heb je vragen?"),
    ("{h} u {m} min", "{h} u {m} min"),  # uur, not "you"
    ("3 u geleden", "3 u geleden"),
])
def test_je_form(u: str, je: str) -> None:
    assert to_je(u) == je


def test_a_je_workspace_hears_je_everywhere(qapp: QApplication) -> None:
    del qapp
    i18n.install("nl")
    tr = QCoreApplication.translate
    try:
        i18n.set_address("je")
        assert tr("Errors", "Uw rol staat dit niet toe.") == "Je rol staat dit niet toe."
        assert tr("ItemDetailView", "%n eerdere bericht(en)", "", 2) == "2 eerdere berichten"
        assert tr("Anything", "Geen aanspreking") == "Geen aanspreking"
    finally:
        i18n.set_address("u")
    assert tr("Errors", "Uw rol staat dit niet toe.") == "Uw rol staat dit niet toe."
    # House-rule texts quoted in a je reply are in je too.
    t = Template("t", "T", {"u": "Lees {rule_text}", "je": "Lees {rule_text}"})
    values = Values(rule_text="Heeft u vragen, neem dan contact op.")
    assert render(t, values, form="je").text == "Lees Heb je vragen, neem dan contact op."
    assert render(t, values, form="u").text == "Lees Heeft u vragen, neem dan contact op."


def test_local_time_is_amsterdam_summer_and_winter() -> None:
    assert local(datetime(2026, 7, 1, 22, 30, tzinfo=UTC)).strftime("%d-%m %H:%M") == \
        "02-07 00:30"
    assert local(datetime(2026, 12, 1, 22, 30, tzinfo=UTC)).strftime("%d-%m %H:%M") == \
        "01-12 23:30"
    since, until = whole_days(datetime(2026, 7, 1, 22, 30, tzinfo=UTC), 1)
    assert (since, until) == (datetime(2026, 7, 1, 22, tzinfo=UTC),
                              datetime(2026, 7, 2, 22, tzinfo=UTC))
    # Statistics count an item of 23:30 UTC on the next Dutch day.
    days = _local_days([(datetime(2026, 11, 20, 22, tzinfo=UTC), "x", 2),
                        (datetime(2026, 11, 20, 23, tzinfo=UTC), "x", 1)])
    assert [(d.day.isoformat(), d.count) for d in days] == [("2026-11-20", 2),
                                                            ("2026-11-21", 1)]
