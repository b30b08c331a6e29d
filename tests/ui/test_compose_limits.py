"""The compose box refuses what the platform would refuse, and says why in Dutch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from moderator.actions import RuleRef
from moderator.items import (
    AccountId,
    ActionKind,
    ItemId,
    ItemKind,
    ItemSummary,
    Platform,
    Status,
)
from ui.triage.compose_dialog import ComposeContext, ComposeDialog

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
RULE = RuleRef("NL-PERSOONSGEGEVENS", "1.0", "Geen persoonsgegevens van anderen",
               "Deel geen telefoonnummers of adressen van anderen.")


def item(platform: Platform, kind: ItemKind = ItemKind.COMMENT, *, age: timedelta = timedelta(),
         status: Status = Status.NEW) -> ItemSummary:
    return ItemSummary(ItemId(1), platform, AccountId(1), "Gemeente", kind, status,
                       "Wendy Jacobs", "k1", "Wat een plan!", NOW - age, "none", None, (), None)


def dialog(qtbot, kind: ActionKind, *items: ItemSummary, **kw) -> ComposeDialog:
    dlg = ComposeDialog(ComposeContext(kind, items, (RULE,), "Verbreding A27",
                                       "https://www.example.nl/spelregels", now=NOW, **kw))
    qtbot.addWidget(dlg)
    return dlg


def ok(dlg: ComposeDialog) -> bool:
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize(("platform", "limit"), [(Platform.X, 280), (Platform.TIKTOK, 150)])
def test_over_the_limit_disables_send_with_the_reason(qtbot, platform: Platform,
                                                      limit: int) -> None:
    dlg = dialog(qtbot, ActionKind.REPLY, item(platform))
    dlg.editor.setPlainText("a" * limit)
    assert ok(dlg) and dlg.problem.isHidden()
    dlg.editor.setPlainText("a" * (limit + 1))
    assert not ok(dlg)
    assert f"{limit + 1} van de {limit} tekens" in dlg.problem.text()
    assert not dlg.problem.isHidden()
    dlg.editor.setPlainText("a" * limit)
    assert ok(dlg)


def test_x_counts_links_as_23(qtbot) -> None:
    dlg = dialog(qtbot, ActionKind.REPLY, item(Platform.X))
    dlg.editor.setPlainText("b" * 250 + " https://www.rijkswaterstaat.nl/" + "c" * 60)
    assert ok(dlg) and "274 teken" in dlg._counter.text()


def test_warning_on_tiktok_uses_the_short_text(qtbot) -> None:
    dlg = dialog(qtbot, ActionKind.WARN, item(Platform.TIKTOK))
    text = dlg.editor.toPlainText()
    assert ok(dlg) and len(text) <= 150 and RULE.title in text and "Wendy" in text
    assert "Jacobs" not in text


def test_template_that_names_a_rule_asks_for_one(qtbot) -> None:
    dlg = dialog(qtbot, ActionKind.REPLY, item(Platform.FACEBOOK))
    assert dlg.choose_template("verborgen-persoonsgegevens")
    assert dlg.rule() == RULE
    assert f'spelregel "{RULE.title}"' in dlg.editor.toPlainText()
    assert dlg.editor.toPlainText().startswith("Beste Wendy,")
    je = dialog(qtbot, ActionKind.REPLY, item(Platform.FACEBOOK), form="je")
    assert je.editor.toPlainText().startswith("Hoi Wendy,")


def test_dm_window_and_instagram_rules_are_explained(qtbot) -> None:
    stale = dialog(qtbot, ActionKind.DM_REPLY, item(Platform.FACEBOOK, ItemKind.DM,
                                                     age=timedelta(hours=30)))
    assert not ok(stale) and "binnen 24 uur" in stale.problem.text()
    agent = dialog(qtbot, ActionKind.DM_REPLY, item(Platform.FACEBOOK, ItemKind.DM,
                                                     age=timedelta(hours=30)), human_agent=True)
    assert ok(agent)
    nested = dialog(qtbot, ActionKind.REPLY, item(Platform.INSTAGRAM, ItemKind.REPLY))
    assert not ok(nested) and "niet op antwoorden" in nested.problem.text()
    hidden = dialog(qtbot, ActionKind.REPLY, item(Platform.INSTAGRAM, status=Status.HIDDEN))
    assert not ok(hidden) and "verborgen reactie" in hidden.problem.text()
