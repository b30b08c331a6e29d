"""Every shipped template renders with real values on every platform, for every rule of
the shipped sets, in both forms of address; edits by a team lead; greetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.compose import RULES, Target, check_reply
from moderator.errors import DataError
from moderator.items import ActionKind, ItemKind, Platform
from moderator.settings import WorkspaceSettings
from moderator.templates import (
    FORMS,
    TemplateStore,
    Values,
    greeting_name,
    render,
    shipped,
)
from rules import load, shipped_set

if TYPE_CHECKING:
    from datetime import datetime

    from moderator.workspace import Workspace

SETS = {"nl": "spelregels-nl", "en": "house-rules-en"}
AUTHORS = ("Wendy Jacobs", "@wendy_jacobs_1987", "Mohammed El Amrani")
PROJECT = "Verbreding A27 Houten\u2013Hooipolder"  # with an en dash, as typed
_USE = {"reply": ActionKind.REPLY, "warn": ActionKind.WARN, "dm": ActionKind.DM_REPLY}


def _now() -> datetime:
    from datetime import UTC, datetime

    return datetime(2026, 12, 2, tzinfo=UTC)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_template_renders_for_every_rule_platform_and_form(lang: str) -> None:
    ruleset = load(shipped_set(SETS[lang]))
    checked = 0
    for template in shipped(lang):
        rules = ruleset.rules if template.needs_rule else ruleset.rules[:1]
        for rule in rules:
            for author in AUTHORS:
                values = Values(greeting_name(author), PROJECT, rule.title, rule.public_text,
                                ruleset.published_at)
                for platform in Platform:
                    for use in template.uses:
                        action = _USE[use]
                        kind = ItemKind.DM if use == "dm" else ItemKind.COMMENT
                        if kind is ItemKind.DM and not RULES[platform].dm_window \
                                and platform is not Platform.X:
                            continue  # no DMs on YouTube, LinkedIn, TikTok
                        rules_ = RULES[platform]
                        limit = (rules_.dm_limit or rules_.limit) if kind is ItemKind.DM \
                            else rules_.limit
                        for form in FORMS:
                            out = render(template, values, form=form, limit=limit,
                                         count=rules_.count)
                            where = f"{lang}/{template.id}/{rule.id}/{platform}/{form}"
                            assert out.missing == (), where
                            assert '""' not in out.text and "{" not in out.text, where
                            assert author not in out.text or " " not in author, where
                            check = check_reply(Target(platform, kind, _now()), action,
                                                out.text, _now())
                            assert check.ok, (where, check, out.text)
                            checked += 1
    assert checked > 2000


def test_the_personal_data_template_names_its_rule() -> None:
    template = next(t for t in shipped("nl") if t.id == "verborgen-persoonsgegevens")
    assert template.needs_rule
    out = render(template, Values("Wendy", PROJECT, "Geen persoonsgegevens van anderen", "",
                                  "https://www.example.nl/spelregels"))
    assert 'spelregel "Geen persoonsgegevens van anderen"' in out.text
    missing = render(template, Values("Wendy", PROJECT))
    assert missing.missing == ("rule_title", "rule_url")


def test_forms_of_address_and_greetings() -> None:
    thanks = next(t for t in shipped("nl") if t.id == "bedankt")
    u = render(thanks, Values("Wendy", PROJECT), form="u").text
    je = render(thanks, Values("Wendy", PROJECT), form="je").text
    assert u.startswith("Beste Wendy, dank u wel") and " je " not in f" {u} "
    assert je.startswith("Hoi Wendy, dank je wel") and " uw " not in f" {je} "
    assert greeting_name("Wendy Jacobs") == "Wendy"
    assert greeting_name("@wendy_j") == "@wendy_j"
    assert greeting_name("dhr. P. de Vries") == "dhr. P. de Vries"
    assert greeting_name("  Anne-Marie   van Dijk ") == "Anne-Marie"


def test_short_variant_only_where_the_full_text_does_not_fit() -> None:
    ruleset = load(shipped_set(SETS["nl"]))
    rule = next(r for r in ruleset.rules if r.id == "NL-SCHELDEN")
    warn = next(t for t in shipped("nl") if t.id == "waarschuwing-spelregel")
    values = Values("Wendy", PROJECT, rule.title, rule.public_text, ruleset.published_at)
    assert not render(warn, values, limit=8_000).short
    tiktok = render(warn, values, limit=150)
    assert tiktok.short and len(tiktok.text) <= 150 and rule.title in tiktok.text


def test_team_lead_edits_and_address_setting(sqlite_ws: Workspace) -> None:
    store = TemplateStore(WorkspaceSettings(sqlite_ws.db))
    assert store.address() == "u"
    store.set_address("je")
    assert store.address() == "je"
    original = next(t for t in store.load("nl") if t.id == "bedankt")
    from dataclasses import replace

    edited = replace(original, texts={"u": "Beste {author}, top!", "je": "Hoi {author}, top!"})
    store.save("nl", edited)
    again = next(t for t in store.load("nl") if t.id == "bedankt")
    assert again.edited and again.text("je") == "Hoi {author}, top!"
    with pytest.raises(DataError, match="unknown:naam"):
        store.save("nl", replace(original, texts={"u": "Beste {naam}"}))
    store.reset("nl", "bedankt")
    assert next(t for t in store.load("nl") if t.id == "bedankt") == original
