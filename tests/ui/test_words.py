"""The UI's words for the core's codes: errors, refusals, suggestions, history captions."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest
from moderator.capabilities import Refusal
from moderator.connectors.base import AuthExpired, RateLimited
from moderator.errors import (
    DamagedRow,
    ErrorCode,
    ModeratorError,
    TransitionError,
    UsageError,
)
from moderator.items import ActionKind, ItemKind, Platform
from moderator.query import QueueQuery
from tests.helpers.source import attribute_reads
from tests.helpers.workspaces import make_item
from ui import errors, item_actions
from ui.triage.item_detail import ItemDetailView

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from moderator.workspace import Workspace


def test_every_error_code_has_a_dutch_sentence() -> None:
    for code in ErrorCode:
        error = ModeratorError("an English message", code=code, action="hide", kind="dm",
                               status="hidden", platform="x", refusal="platform", rule="R9",
                               by="Fatima")
        sentence, details = errors.describe(error)
        assert sentence and "English" not in sentence, code
        assert details == "an English message"


@pytest.mark.parametrize(("error", "sentence"), [
    (TransitionError("item 5 is claimed by another moderator", code=ErrorCode.CLAIMED),
     "Een collega heeft dit bericht al opgepakt."),
    (TransitionError("cannot hide item 5: it is removed", code=ErrorCode.WRONG_STATUS,
                     action="hide", status="removed"),
     "Kan niet bij een bericht dat verwijderd is."),
    (TransitionError("cannot hide item 5: Fatima made it removed", code=ErrorCode.OVERTAKEN,
                     action="hide", status="removed", by="Fatima El Amrani"),
     "Fatima El Amrani was u voor: dit bericht is intussen verwijderd."),
    (TransitionError("x does not allow hide on a comment", code=ErrorCode.PLATFORM_REFUSES,
                     platform="x", action="hide", kind="comment", refusal="platform_kind"),
     "X staat dit niet toe bij een reactie."),
    (TransitionError("dm_reply works on a direct message only", code=ErrorCode.WRONG_KIND,
                     action="dm_reply", kind="comment"),
     "Alleen voor privéberichten; gebruik Beantwoorden."),
    (UsageError("unknown house rule 'R9'", code=ErrorCode.UNKNOWN_RULE, rule="R9"),
     "Spelregel R9 staat niet in de actieve regelset."),
    (UsageError("no such file: /tmp/x"), "Dit verzoek klopt niet."),
    (AuthExpired("X 401: Unauthorized (sign in again)"),
     "De toegang tot het account is verlopen; koppel het account opnieuw."),
    (RateLimited("TikTok 429: rate limited", 60),
     "Het platform vraagt om even te wachten; probeer het later opnieuw."),
    (KeyError("boom"), "Er ging iets mis (KeyError)."),
    (DamagedRow("items", 5, "text holds a BLOB"),
     "Rij 5 van de berichten in deze werkruimte is beschadigd; de rest is ongewijzigd. Vraag "
     "de beheerder de rij te herstellen."),
])
def test_errors_are_one_sentence_and_details(error: BaseException, sentence: str) -> None:
    said, details = errors.describe(error)
    assert said == sentence
    assert details and "Traceback" not in details


def test_refusals_in_words() -> None:
    assert errors.refusal_text(Refusal.PLATFORM, ActionKind.HIDE, kind=ItemKind.COMMENT,
                               platform=Platform.LINKEDIN) == "LinkedIn biedt dit niet via de API."
    assert errors.refusal_text(Refusal.ITEM_KIND, ActionKind.HIDE, kind=ItemKind.DM) == \
        "Dit kan niet bij een privébericht."
    assert errors.refusal_text(Refusal.ITEM_KIND, ActionKind.REPLY, kind=ItemKind.DM) == \
        "Dit is een privébericht; gebruik Privébericht beantwoorden."


def test_every_action_has_a_ui_row_and_every_field_is_read() -> None:
    from moderator.action_policy import POLICIES

    assert set(item_actions.ROWS) == set(POLICIES)
    unread = {f.name for f in dataclasses.fields(item_actions.ItemActionUi)} - attribute_reads()
    assert not unread


@pytest.fixture
def ws(open_ws: Callable[[Path], Workspace], tmp_path: Path) -> Workspace:
    """Stub rules active: R2 (personal data) suggests hiding."""
    ws = open_ws(tmp_path / "ws")
    ws.ingest.upsert([make_item(1, text="Bel me op 0612345678"),
                      make_item(2, text="Bel me op 0612345678", kind=ItemKind.DM)])
    return ws


def _shown(qtbot: QtBot, ws: Workspace, kind: ItemKind) -> ItemDetailView:
    item = next(s for s in ws.queue.page(QueueQuery(all_statuses=True)).items if s.kind == kind)
    d = ws.queue.detail(item.id)
    view = ItemDetailView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.completed, timeout=5000):
        view.show_detail(d, {f.rule_id: ws.actions.rules(f.rule_id) for f in d.flags})
    return view


def test_a_dm_is_not_offered_what_it_cannot_have(qtbot: QtBot, ws: Workspace) -> None:
    # Regression: the rule's "voorstel: verbergen" showed on a DM, which no platform hides.
    assert "voorstel: verbergen" in _shown(qtbot, ws, ItemKind.COMMENT).visible_text()
    shown = _shown(qtbot, ws, ItemKind.DM).visible_text()
    assert "voorstel: verbergen" not in shown and "voorstel: –" in shown  # noqa: RUF001


def test_an_escalation_note_is_not_a_sent_text(qtbot: QtBot, ws: Workspace) -> None:
    # Regression: the internal note of an escalation was captioned "Verstuurde tekst".
    me = ws.moderators.current("Sanne")
    comment = next(s for s in ws.queue.page(QueueQuery()).items if s.kind == ItemKind.COMMENT)
    ws.actions.perform(me, ActionRequest(ActionKind.ESCALATE, comment.id, text="juridisch"))
    shown = _shown(qtbot, ws, ItemKind.COMMENT).visible_text()
    assert "Interne notitie" in shown and "Verstuurde tekst" not in shown
    ws.actions.perform(me, ActionRequest(ActionKind.REPLY, comment.id, text="We kijken ernaar"))
    # a text for the author, still to be sent (the outbox has not run here)
    assert "Te versturen tekst" in _shown(qtbot, ws, ItemKind.COMMENT).visible_text()


@pytest.mark.parametrize(("code", "state", "words"), [
    ("auth_expired", "failed", "mislukt: de toegang tot het account is verlopen"),
    ("not_found", "failed", "mislukt: het bericht is op het platform al verwijderd"),
    ("action_not_allowed", "failed", "mislukt: het platform staat dit niet toe"),
    ("rate_limited", "pending", "wacht op verzenden: het platform vraagt om even te wachten; "
                                "nieuwe poging om 14:35"),
    (None, "pending", "wacht op verzenden"),
    (None, "sent", "verzonden"),
    ("made_up_code", "failed", "mislukt: het platform gaf een foutmelding"),
])
def test_platform_action_states_in_words(code: str | None, state: str, words: str) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from moderator.outbox.entry import Delivery, OutboxState

    # The detail shows Dutch time whatever the computer's zone is.
    at = datetime(2026, 12, 2, 14, 35, tzinfo=ZoneInfo("Europe/Amsterdam"))
    d = Delivery(1, 1, 1, 1, ActionKind.HIDE, OutboxState(state), 1, at, at, None, code,
                 "Graph error 190: Session has expired", None)
    assert errors.delivery_text(d).startswith(words)
