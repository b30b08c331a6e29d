"""The rules panel: engine-missing state, rule list, tester highlights, file problems,
dry-run and activation wiring. Engine-dependent tests skip until ``rules`` lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import rules
from moderator.workspace import Workspace
from ui.rules import backend
from ui.rules.panel import RulesPanel
from ui.rules.tester import utf16_offset

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot



def open_panel(qtbot: QtBot, ws: Workspace, who: str = "Fatima El Amrani") -> RulesPanel:
    panel = RulesPanel(ws, ws.moderators.get(who))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.rule_list.topLevelItemCount() > 0, timeout=10_000)
    return panel


def test_utf16_offsets_account_for_emoji() -> None:
    text = "😀 kut"
    assert utf16_offset(text, 2) == 3
    assert utf16_offset(text, len(text)) == 6


def test_rule_list_shows_public_text(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws)
    first = panel.rule_list.topLevelItem(0)
    assert first.text(0) == "NL-SCHELDEN"
    assert "respectvol" in panel.public_text.text()
    assert first.text(4).isdigit()


def test_tester_highlights_spans(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws)
    with qtbot.waitSignal(panel.tester.evaluated, timeout=5000):
        panel.tester.input.setPlainText("😀 Wat een debiel plan, mail jan@example.nl")
    ids = {h.rule_id for h in panel.tester.hits}
    assert {"NL-SCHELDEN", "NL-PERSOONSGEGEVENS"} <= ids
    assert panel.tester.highlighted() == ["debiel", "jan@example.nl"]
    assert panel.tester.hit_list.count() == len(ids)


def test_tester_shows_html_literally(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws)
    text = '<b>vet</b> <img src="http://example.com/x.png"> debiel'
    with qtbot.waitSignal(panel.tester.evaluated, timeout=5000):
        panel.tester.input.setPlainText(text)
    assert panel.tester.evidence.toPlainText() == text


def test_broken_file_lists_problems_with_lines(qtbot: QtBot, demo_ws: Workspace,
                                              tmp_path: Path) -> None:
    panel = open_panel(qtbot, demo_ws)
    bad = tmp_path / "kapot.yaml"
    bad.write_text("ruleset: T\nversion: 2\nrules:\n  - id: R1\n    title: x\n"
                   "    public_text: y\n    severity: extreem\n    action: hide\n"
                   "    when: {words: [boos]}\n", encoding="utf-8")
    with qtbot.waitSignal(panel.loader.loaded, timeout=5000):
        panel.loader.load_path(bad)
    table = panel.loader.problem_table
    assert table.rowCount() >= 1
    assert table.item(0, 0).text() == "kapot.yaml"
    assert table.item(0, 1).text() == "7"
    assert "extreem" in table.item(0, 3).text()
    assert not panel.loader.compare.isEnabled()


def test_changed_file_dry_run_then_activate(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    text = rules.shipped_set("spelregels-nl").read_text(encoding="utf-8")
    changed = text.replace('version: "1.0"', 'version: "1.1"').replace(
        "            - debiel\n", "            - debiel\n            - plan*\n", 1)
    path = tmp_path / "spelregels.yaml"
    path.write_text(changed, encoding="utf-8")
    panel = open_panel(qtbot, demo_ws)
    with qtbot.waitSignal(panel.loader.loaded, timeout=5000):
        panel.loader.load_path(path)
    assert panel.loader.compare.isEnabled() and not panel.loader.activate.isEnabled()
    with qtbot.waitSignal(panel.loader.compared, timeout=20_000):
        panel.loader.compare.click()
    report = panel.loader.dry.report  # type: ignore[union-attr]
    assert report.total > 0 and len(report.newly_flagged) > 0
    assert panel.loader.examples.count() > 0
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(backend, "activate",
                        lambda ws, me, t: calls.append((me.name, t)))
    with qtbot.waitSignal(panel.loader.activated, timeout=5000):
        panel.loader.activate.click()
    assert calls == [("Fatima El Amrani", changed)]


def test_community_manager_cannot_change_rules(qtbot: QtBot, demo_ws: Workspace) -> None:
    panel = open_panel(qtbot, demo_ws, "Sanne de Vries")
    assert not panel.loader.choose.isEnabled()


def test_calibration_counts_scored_items(qtbot: QtBot, demo_ws: Workspace) -> None:
    from moderator.query import QueueQuery
    from ui.rules.calibration import CalibrationView

    items = demo_ws.queue.page(QueueQuery(all_statuses=True), limit=10).items
    demo_ws.scores.store("m", "v1", [(i.id, {"toxicity": n / 10, "insult": 0.0})
                                     for n, i in enumerate(items)])
    from moderator.stats import StatsService

    view = CalibrationView(StatsService(demo_ws.db, demo_ws.clock))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.category.count() == 2, timeout=5000)
    assert view.category.currentText() == "toxicity"
    view.threshold.setValue(0.65)
    with qtbot.waitSignal(view.calibrated, timeout=5000):
        view.run_button.click()
    assert view.result is not None and view.result.sampled == 10
    rows = {view.table.item(r, 0).text(): view.table.item(r, 1).text()
            for r in range(view.table.rowCount())}
    assert rows["0.50"] == "5"  # 0.5 .. 0.9
    assert rows["0.65"] == "3"  # 0.7, 0.8, 0.9
    assert view.above.item(0).text().startswith("0.70")
    assert view.below.item(0).text().startswith("0.60")
