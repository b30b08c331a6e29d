"""Must show: hostile text is shown literally and nothing is fetched; evidence is highlighted."""

from __future__ import annotations

import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from moderator.detail import ItemDetail
from moderator.items import (
    AccountId,
    Evidence,
    FlagInfo,
    IncomingItem,
    ItemId,
    ItemKind,
    ItemSummary,
    Platform,
    Status,
)
from ui import plaintext
from ui.triage.item_detail import ItemDetailView
from ui.triage.queue_model import Column

RLO, PDF = "\u202e", "\u202c"
ZALGO = "Z\u0336\u0321\u0358\u0324a\u0337\u0322\u035d\u0330l\u0334\u0350\u0316g\u0335\u0351o\u0338"


@pytest.fixture
def trap():  # type: ignore[no-untyped-def]
    """A local server that would see any request for the comment's URLs."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(5)
    srv.setblocking(False)
    yield srv
    srv.close()


def connections(srv: socket.socket) -> int:
    n = 0
    while True:
        try:
            conn, _ = srv.accept()
        except BlockingIOError:
            return n
        conn.close()
        n += 1


def hostile_text(port: int) -> str:
    url = f"http://127.0.0.1:{port}"
    return (f'Kijk <img src={url}/pixel.gif> en <a href="{url}/phish">klik hier</a> '
            f"<b>vet</b> <script>alert(1)</script> {RLO}gnip{PDF} {ZALGO} &amp; &lt;")


def test_rich_text_rtl_and_zalgo_are_shown_literally(qtbot, demo_ws, make_window, trap):  # type: ignore[no-untyped-def]
    text = hostile_text(trap.getsockname()[1])
    demo_ws.ingest.upsert([IncomingItem(
        platform=Platform.FACEBOOK, account_external_id="104857392615482", external_id="evil1",
        kind=ItemKind.COMMENT, text=text, author_name="<i>Mallory</i>",
        author_external_id="mallory", created_at=datetime.now(UTC),
        thread_external_id="evil-thread", thread_title='<img src="http://127.0.0.1:1/t.png">')])
    window = make_window(demo_ws)
    window.triage.search.setText("klik")
    window.triage.search.returnPressed.emit()
    model, detail = window.triage.model, window.triage.detail
    qtbot.waitUntil(lambda: model.query.text == "klik" and model.rowCount() > 0
                    and any(model.summary(r).author_name == "<i>Mallory</i>"
                            for r in range(model.rowCount())), timeout=5000)
    row = next(r for r in range(model.rowCount()) if model.summary(r).author_name.startswith("<i>"))
    window.triage.queue.go_to_row(row)
    qtbot.waitUntil(lambda: detail.detail is not None
                    and detail.detail.item.author_name == "<i>Mallory</i>", timeout=5000)
    qtbot.wait(200)  # let any (wrongly) started resource load reach the socket

    shown = detail.shown_text()
    assert "<img src=http://127.0.0.1:" in shown
    assert '<a href="http://127.0.0.1:' in shown and "<b>vet</b>" in shown
    assert "<script>alert(1)</script>" in shown and "&amp; &lt;" in shown
    assert "⟦RLO⟧gnip⟦PDF⟧" in shown and RLO not in shown  # the override cannot act
    assert ZALGO in shown  # every combining mark kept
    assert detail.text_view.document().toPlainText() == shown
    assert "<i>Mallory</i>" in detail.visible_text()
    assert '<img src="http://127.0.0.1:1/t.png">' in detail.visible_text()
    assert "gestapelde tekens" in detail.visible_text()
    cell = model.data(model.index(row, Column.TEXT))
    assert "<b>vet</b>" in cell and "⟦RLO⟧" in cell
    tip = model.data(model.index(row, Column.TEXT), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=http://127.0.0.1:" in tip and "<img" not in tip
    assert model.data(model.index(row, Column.AUTHOR)) == "<i>Mallory</i>"
    assert connections(trap) == 0  # no request was made for any URL in the comment


def summary(text: str, flags: tuple[str, ...] = ()) -> ItemSummary:
    return ItemSummary(
        id=ItemId(1), platform=Platform.X, account_id=AccountId(1), account_name="Gemeente",
        kind=ItemKind.COMMENT, status=Status.FLAGGED, author_name="Jan", author_key="k",
        text=text, created_at=datetime(2026, 11, 20, 9, tzinfo=UTC), severity="high",
        toxicity=0.91, flags=flags, claimed_by=None, scores={"toxicity": 0.91, "insult": 0.7})


def test_evidence_spans_are_highlighted_after_emoji_and_controls(qtbot):  # type: ignore[no-untyped-def]
    text = f"😡😡 jij {RLO}bent{PDF} een idioot, bel 0612345678"
    a = text.index("idioot")
    p = text.index("0612345678")
    flags = (FlagInfo("R1", "4", "high", "remove", (Evidence(a, a + 6),)),
             FlagInfo("R2", "4", "medium", "hide", (Evidence(p, p + 10),)))
    detail = ItemDetail(
        item=summary(text, ("R1", "R2")), thread_title="Bericht", thread_url="", permalink="",
        parent=summary("Wat vinden jullie?"), flags=flags, scores={"toxicity": 0.91},
        score_model="detoxify 0.5", author_items=(), author_warnings=2, actions=(), notes=(),
        earlier_texts=())
    view = ItemDetailView()
    qtbot.addWidget(view)
    from moderator.actions import RuleRef

    view.show_detail(detail, {"R1": RuleRef("R1", "4", "Geen schelden", "Wij verwijderen…"),
                              "R2": None})
    assert view.highlighted() == [("idioot", "R1"), ("0612345678", "R2")]
    seen = view.visible_text()
    assert "Geen schelden" in seen and "Wij verwijderen…" in seen
    assert "niet (meer) in de actieve regelset" in seen  # R2 lookup gave nothing
    assert "Reactie op Jan" in seen and "Wat vinden jullie?" in seen
    assert "2 keer gewaarschuwd of verborgen" in seen
    assert "giftigheid" not in seen  # scores and history follow one event later
    with qtbot.waitSignal(view.completed, timeout=2000):
        pass
    assert "giftigheid" in view.visible_text()


def test_reveal_maps_offsets_in_utf16() -> None:
    r = plaintext.reveal(f"a😀{RLO}b")
    assert r.text == "a😀⟦RLO⟧b"
    assert [r.position(i) for i in range(5)] == [0, 1, 3, 8, 9]
    assert plaintext.one_line("x\u0301\u0302\u0303\u0304y") == "x\u0301\u0302y"
