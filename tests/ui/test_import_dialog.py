"""Importing a Dutch Excel CSV through the window: guessed mapping, preview, import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.items import Platform
from tests.connectors.test_import_dutch_csv import EXCEL
from tests.connectors.test_import_stream import write_jsonl
from tests.connectors.wsutil import stored
from ui.accounts.import_dialog import ImportDialog

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from moderator.connectors.file_import import ImportProgress
    from moderator.workspace import Workspace


def test_map_preview_and_import(qtbot: QtBot, sqlite_ws: Workspace, tmp_path: Path) -> None:
    sqlite_ws.accounts.add(Platform.FACEBOOK, "Pagina", "1000", api_base="demo")
    f = tmp_path / "reacties.csv"
    f.write_bytes(EXCEL.encode("cp1252"))
    dlg = ImportDialog(sqlite_ws)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.account.count() == 1, timeout=5000)
    dlg.open_file(str(f))
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 3, timeout=5000)
    assert dlg.mapping["text"].currentText() == "Bericht"
    assert dlg.mapping["created_at"].currentText() == "Datum"
    assert dlg.table.item(0, 0).text().startswith("03-12-2026")
    assert dlg.table.item(0, 1).text() == "Wendy Jacobs"
    assert "Regel 5 wordt overgeslagen" in dlg.skipped.text()
    dlg.mapping["author_name"].setCurrentIndex(dlg.mapping["author_name"].findData("Link"))
    qtbot.waitUntil(lambda: dlg.table.item(0, 1).text() == "https://x.nl/p/1", timeout=5000)
    dlg.mapping["author_name"].setCurrentIndex(dlg.mapping["author_name"].findData("Naam"))
    with qtbot.waitSignal(dlg.changes_applied, timeout=5000):
        dlg.import_button.click()
    assert ("3 berichten geïmporteerd (3 nieuw), 1 regel uit het bestand overgeslagen"
            in dlg.messages.text())
    assert {i.author_name for i in stored(sqlite_ws)} == {"Wendy Jacobs", "Jan", "Anne"}


def test_a_large_import_shows_progress_and_counts_what_it_does_not_list(
        qtbot: QtBot, sqlite_ws: Workspace, tmp_path: Path) -> None:
    sqlite_ws.accounts.add(Platform.FACEBOOK, "Pagina", "1000", api_base="demo")
    f = write_jsonl(tmp_path / "reacties.jsonl", 4100, bad_every=100)
    dlg = ImportDialog(sqlite_ws)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.account.count() == 1, timeout=5000)
    dlg.open_file(str(f))
    shown: list[tuple[int, str]] = []
    on_progress = dlg._on_progress

    def spy(p: ImportProgress) -> None:
        on_progress(p)
        shown.append((dlg.progress.value(), dlg.progress.text()))

    dlg._on_progress = spy  # type: ignore[method-assign]
    with qtbot.waitSignal(dlg.changes_applied, timeout=60_000):
        dlg.import_button.click()
        assert not dlg.import_button.isEnabled() and dlg.progress.isVisibleTo(dlg)
    assert shown[0][1].startswith("2000 berichten opgeslagen") and shown[0][0] < 1000
    assert ("4059 berichten geïmporteerd (4059 nieuw), 41 regels uit het bestand "
            "overgeslagen" in dlg.messages.text())
    lines = dlg.skipped.text().splitlines()
    assert lines[0].startswith("Regel 100 overgeslagen: created_at")
    assert lines[-1] == "Nog 31 overgeslagen regels staan niet in deze lijst."
    assert len(lines) == 11
    qtbot.waitUntil(dlg.import_button.isEnabled, timeout=5000)
    assert not dlg.progress.isVisibleTo(dlg)


def test_closing_the_window_stops_the_import_after_its_batch(
        qtbot: QtBot, sqlite_ws: Workspace, tmp_path: Path) -> None:
    sqlite_ws.accounts.add(Platform.FACEBOOK, "Pagina", "1000", api_base="demo")
    f = write_jsonl(tmp_path / "reacties.jsonl", 9000)
    dlg = ImportDialog(sqlite_ws)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.account.count() == 1, timeout=5000)
    dlg.open_file(str(f))
    on_progress = dlg._on_progress

    def close_at_first(p: ImportProgress) -> None:
        on_progress(p)
        dlg.reject()

    dlg._on_progress = close_at_first  # type: ignore[method-assign]
    with qtbot.waitSignal(dlg.changes_applied, timeout=60_000):
        dlg.import_button.click()
    count = len(stored(sqlite_ws))
    assert count % 2000 == 0 and 2000 <= count < 9000  # whole batches, not all of them
