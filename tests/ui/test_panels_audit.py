"""The audit panel on the demo workspace: filters, integrity, tampering, export."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from moderator.workspace import Workspace
from ui.audit.model import AuditTableModel
from ui.audit.panel import AuditPanel

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

LEAD, CM = "Fatima El Amrani", "Sanne de Vries"


def open_panel(qtbot: QtBot, ws: Workspace, who: str) -> AuditPanel:
    panel = AuditPanel(ws, ws.moderators.get(who))
    qtbot.addWidget(panel)
    wait_idle(qtbot, panel)
    return panel


def logged(ws: Workspace) -> int:
    """Entries in the demo log, counted through the core (not the panel under test)."""
    from moderator.audit.filter import AuditFilter

    n = ws.audit.count(AuditFilter())
    assert n > 15  # the demo's logged actions plus role changes
    return n


def wait_idle(qtbot: QtBot, panel: AuditPanel) -> None:
    qtbot.waitUntil(lambda: panel.banner.state != "checking" and panel.model.total > 0
                    and panel.account.count() > 0, timeout=10_000)
    qtbot.wait(50)


def choose(qtbot: QtBot, panel: AuditPanel, combo: str, value: object) -> None:
    box = getattr(panel, combo)
    index = box.findData(value)
    assert index >= 0, f"{value!r} not offered in {combo}"
    with qtbot.waitSignal(panel.model.loaded, timeout=5000):
        box.setCurrentIndex(index)


def test_filters_narrow_the_rows(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, LEAD)
    assert panel.model.total == panel.model.rowCount() == logged(demo_ws)
    choose(qtbot, panel, "moderator", CM)
    assert panel.model.rowCount() == 12
    assert {panel.model.entry(r).moderator for r in range(12)} == {CM}
    choose(qtbot, panel, "moderator", None)
    choose(qtbot, panel, "action", "escalate")
    assert panel.model.rowCount() == 3
    assert panel.model.index(0, 4).data() == "escaleren"
    assert "3 vermeldingen" in panel.count_label.text()


def test_others_see_only_their_own_entries(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, CM)
    assert panel.model.total == 12
    assert not panel.moderator.isEnabled()
    assert panel.current_filter().moderator == CM
    assert not panel.export_csv.isEnabled()


def test_integrity_verified_then_broken_after_tampering(qtbot: QtBot,
                                                        demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, LEAD)
    assert panel.banner.state == "ok"
    assert f"{logged(demo_ws)} vermeldingen gecontroleerd" in panel.banner.title()
    assert panel.verify_result is not None and panel.verify_result.head is not None
    assert f"{panel.verify_result.head.seq}:" in panel.banner.body()
    assert demo_ws.directory is not None
    con = sqlite3.connect(demo_ws.directory / "moderator.db")
    con.execute("DROP TRIGGER audit_no_update")
    con.execute("UPDATE audit_entries SET moderator = 'Iemand anders' WHERE seq = 5")
    con.commit()
    con.close()
    panel.banner.button.click()
    qtbot.waitUntil(lambda: panel.banner.state == "broken", timeout=5000)
    assert "GEBROKEN bij vermelding 5" in panel.banner.title()
    assert "entry 5 was altered" in panel.banner.body()


def test_export_writes_csv_for_excel(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    panel = open_panel(qtbot, demo_ws, LEAD)
    out = tmp_path / "log.csv"
    panel.export_to(out, "csv")
    qtbot.waitUntil(lambda: "geëxporteerd" in panel.messages.text(), timeout=5000)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("seq;at;moderator;role;action")
    assert len(lines) == logged(demo_ws) + 1  # the header line
    assert "Bedankt voor je reactie" not in raw.decode("utf-8-sig")  # pseudonymised


def test_model_passes_modeltester(qtbot: QtBot, qtmodeltester: object,
                                  demo_ws: Workspace) -> None:
    model = AuditTableModel(demo_ws.audit)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    assert model.rowCount() == logged(demo_ws)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_pages_with_fetch_more(qtbot: QtBot, demo_ws: Workspace,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.audit.model.PAGE", 5)
    model = AuditTableModel(demo_ws.audit)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    n = logged(demo_ws)
    assert (model.rowCount(), model.total) == (5, n)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.fetchMore()
    assert model.rowCount() == 10
    assert [model.entry(r).seq for r in range(10)] == list(range(n, n - 10, -1))
