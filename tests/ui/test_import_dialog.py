"""Importing a Dutch Excel CSV through the window: guessed mapping, preview, import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.items import Platform
from tests.connectors.test_import_dutch_csv import EXCEL
from tests.connectors.wsutil import stored
from ui.accounts.import_dialog import ImportDialog

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

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
    assert "3 berichten geïmporteerd (3 nieuw), 1 regel overgeslagen" in dlg.messages.text()
    assert {i.author_name for i in stored(sqlite_ws)} == {"Wendy Jacobs", "Jan", "Anne"}
