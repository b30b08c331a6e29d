"""Real exports as people make them: Dutch Excel CSV (``;``, BOM, cp1252, Dutch dates),
the column mapping shown and chosen, and a required target account."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from moderator.cli import main
from moderator.connectors.file_import import ColumnMapping, parse_when, preview
from moderator.errors import UsageError
from moderator.items import Platform
from moderator.workspace import Workspace
from tests.connectors.wsutil import stored

if TYPE_CHECKING:
    from pathlib import Path

EXCEL = ("Datum;Naam;Bericht;Link\r\n"
         "3-12-2026 14:05;Wendy Jacobs;Wanneer gaat de brug dicht?;https://x.nl/p/1\r\n"
         "03-12-2026 9:30;Jan;\"Prima plan; dank!\";https://x.nl/p/2\r\n"
         "4-12-2026;Anne;Geen tijd, wel datum;\r\n"
         "31-2-2026 10:00;Fout;Bestaat niet;\r\n")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_dutch_excel_csv_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         encoding: str) -> None:
    f = tmp_path / "reacties.csv"
    f.write_bytes(EXCEL.replace("dank!", "dank! café").encode(encoding))
    ws_dir = str(tmp_path / "ws")
    w = ("--workspace", ws_dir)
    assert main(["account", "add", *w, "--platform", "facebook", "--name", "Pagina",
                 "--external-id", "1000", "--api-base", "demo"]) == 0
    capsys.readouterr()

    assert main(["import", *w, str(f), "--account", "Pagina", "--preview"]) == 0
    out, err = capsys.readouterr()
    assert "text\t<- Bericht" in out and "created_at\t<- Datum" in out
    assert "2026-12-03 13:05\tWendy Jacobs\tWanneer gaat de brug dicht?" in out  # CET -> UTC
    assert "would skip" in err and ":5:" in err
    with Workspace.open(workspace=ws_dir) as ws:
        assert stored(ws) == []  # a preview stores nothing

    assert main(["import", *w, str(f), "--account", "Pagina"]) == 0
    out, err = capsys.readouterr()
    assert "3 items (3 new) for Pagina, 1 rows skipped" in out
    with Workspace.open(workspace=ws_dir) as ws:
        items = stored(ws)
        assert {i.text for i in items} == {"Wanneer gaat de brug dicht?", "Prima plan; dank! café",
                                           "Geen tijd, wel datum"}
        assert {i.account_name for i in items} == {"Pagina"}  # no nameless phantom account
        assert [a.name for a in ws.accounts.list()] == ["Pagina"]


def test_account_is_required_and_mapping_can_be_chosen(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "export.csv"
    f.write_text("wanneer,wie,wat\n2026-12-03T10:00:00Z,@wendy,hallo\n", encoding="utf-8")
    w = ("--workspace", str(tmp_path / "ws"))
    with pytest.raises(SystemExit):
        main(["import", *w, str(f)])  # argparse: --account is required
    capsys.readouterr()
    assert main(["account", "add", *w, "--platform", "x", "--name", "X", "--external-id", "1",
                 "--api-base", "demo"]) == 0
    rc = main(["import", *w, str(f), "--account", "X", "--map", "text=wat", "--map",
               "created_at=wanneer", "--map", "author_name=wie"])
    out, _ = capsys.readouterr()
    assert rc == 0 and "1 items (1 new)" in out
    assert main(["import", *w, str(f), "--account", "X", "--map", "text=bestaatniet"]) == 2
    assert "no column 'bestaatniet'" in capsys.readouterr().err


def test_dates_and_guessing() -> None:
    assert parse_when("3-12-2026 14:05") == datetime(2026, 12, 3, 13, 5, tzinfo=UTC)
    assert parse_when("3-7-2026 14:05") == datetime(2026, 7, 3, 12, 5, tzinfo=UTC)  # CEST
    assert parse_when("03/12/2026") == datetime(2026, 12, 2, 23, 0, tzinfo=UTC)
    assert parse_when("2026-12-03T14:05:00+01:00") == datetime(2026, 12, 3, 13, 5, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_when("gisteren")
    guessed = ColumnMapping.guess(["Tijdstip", "Auteur", "Reactie", "Id"])
    assert (guessed.created_at, guessed.author_name, guessed.text, guessed.external_id) == (
        "Tijdstip", "Auteur", "Reactie", "Id")
    with pytest.raises(UsageError):
        ColumnMapping.guess(["a"], nonsense="a")


def test_preview_api(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_text(EXCEL, encoding="utf-8-sig")
    from moderator.connectors.file_import import columns

    shown = preview(f, ColumnMapping.guess(columns(f)), platform=Platform.FACEBOOK,
                    account="1000", limit=2)
    assert [i.author_name for i in shown.items] == ["Wendy Jacobs", "Jan"]


def test_without_an_author_id_column_the_name_stands_for_the_author(tmp_path: Path) -> None:
    """Three people post the same line once each, Wendy three times: only Wendy repeats.

    Before, every row of a file without author ids was one author (the same text from
    different people counted as repeats, and each batch compared every pair of rows).
    """
    from moderator.connectors.file_import import columns, store_file

    same = "Wanneer gaat de brug weer open?"
    rows = ["Datum;Naam;Bericht"] + [f"3-12-2026 14:0{n};{name};{same}" for n, name in
                                     enumerate(["Wendy", "Jan", "Wendy", "Anne", "Wendy"])]
    f = tmp_path / "reacties.csv"
    f.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        ws.accounts.add(Platform.FACEBOOK, "1000", "Pagina", "P")
        report = store_file(f, ws.ingest, platform=Platform.FACEBOOK, account="1000",
                            mapping=ColumnMapping.guess(columns(f)))
        assert report.items == 5
        repeats = sorted((i.author_name, i.created_at.minute) for i in stored(ws)
                         if "NL-HERHALING" in i.flags)
    assert repeats == [("Wendy", 4)]  # her third; Jan's and Anne's lines are their first
