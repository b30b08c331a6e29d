"""The complete archive package: contents, descriptions, and naming every tampered file."""

from __future__ import annotations

import json
import os
import zipfile
from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest, RuleRef
from moderator.archive import export, verify_package
from moderator.errors import CannotCreateError, IntegrityError
from moderator.items import ActionKind
from moderator.participation.votes import parse_options
from moderator.query import QueueQuery
from tests.helpers.cli import run_cli
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.workspace import Workspace


def _rules(rule_id: str) -> RuleRef | None:
    return RuleRef("NL-SCHELDEN", "1.1", "Geen schelden", "Houd het respectvol.") \
        if rule_id == "NL-SCHELDEN" else None


def _fill(ws: Workspace) -> None:
    ws.actions.rules = _rules
    ws.accounts.add(make_item(0).platform, "Pagina", "page1", "Plein")
    ws.ingest.upsert([make_item(n, text=t) for n, t in enumerate(
        ["A", "B", "Ik wil meer bomen op het plein", "jij bent een sukkel"])])
    me = ws.moderators.current("Fatima")
    items = {i.text: i for i in ws.queue.page(QueueQuery(all_statuses=True)).items}
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, items["jij bent een sukkel"].id,
                                         rule_id="NL-SCHELDEN"))
    ws.actions.perform(me, ActionRequest(ActionKind.REPLY, items["Ik wil meer bomen op het "
                                                                 "plein"].id,
                                         text="Dank voor uw idee!"))
    ws.register.add_topic("Plein", "Groen")
    ws.register.mark(me, items["Ik wil meer bomen op het plein"].id, ["Groen"])
    ws.polls.define(me, items["A"].id, parse_options(["A", "B"]))


@pytest.fixture
def package(any_ws: Workspace, tmp_path: Path) -> Path:
    _fill(any_ws)
    return export(any_ws, tmp_path / "pakket.zip").path


def test_package_holds_what_an_archivist_needs(package: Path) -> None:
    report = verify_package(package)
    assert report.entries == 2
    with zipfile.ZipFile(package) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        decisions = [json.loads(x) for x in z.read("besluiten.jsonl").decode().splitlines()]
        sent = z.read("eigen-berichten.jsonl").decode()
        hidden = z.read("verborgen-verwijderd.jsonl").decode()
        register = z.read("inbrengregister.jsonl").decode()
        polls = json.loads(z.read("peilingen.json"))
        readme = z.read("README.txt").decode()
        mdto = z.read("mdto/besluiten.jsonl.mdto.xml").decode()
    data = names - {"manifest.json"} - {n for n in names if n.startswith("mdto/")}
    assert set(manifest["files"]) == names - {"manifest.json"}
    assert {f"mdto/{n}.mdto.xml" for n in data} <= names  # a description per record
    hide = next(d for d in decisions if d["action"] == "hide")
    assert hide["rule_id"] == "NL-SCHELDEN" and hide["ruleset_version"] == "1.1"
    assert hide["role"] == "team_lead" and "moderator" not in hide
    assert "Dank voor uw idee!" in sent and "jij bent een sukkel" in hide_text(hidden)
    assert "Groen" in register and "Auteur" not in register  # pseudonymised
    assert polls[0]["options"][0]["votes"] == 1 and "laatste" in polls[0]["method"]
    assert "Controleren" in readme and "hashketen" in readme
    assert "checksumWaarde" in mdto and manifest["files"]["besluiten.jsonl"] in mdto
    assert manifest["audit_head"].startswith("2:")


def hide_text(jsonl: str) -> str:
    return " ".join(json.loads(x)["text"] for x in jsonl.splitlines())


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None],
             add: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for name in a.namelist():
            data = change.get(name, a.read(name))
            if data is not None:
                b.writestr(name, data)
        for name, data in (add or {}).items():
            b.writestr(name, data)


def test_every_change_is_named(package: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(package) as z:
        register = z.read("inbrengregister.jsonl")
    _rewrite(package, bad, {"inbrengregister.jsonl": register.replace(b"Groen", b"Grijs"),
                            "peilingen.json": None}, {"extra.txt": b"hallo"})
    with pytest.raises(IntegrityError) as e:
        verify_package(bad)
    msg = str(e.value)
    assert "inbrengregister.jsonl was changed" in msg
    assert "peilingen.json is missing" in msg
    assert "extra.txt was added" in msg
    r = run_cli("archive", "verify", str(bad))
    assert r.returncode != 0 and "inbrengregister.jsonl" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_refuses_to_write_over_a_fifo_or_folder(any_ws: Workspace, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    with pytest.raises(CannotCreateError, match="not a regular file"):
        export(any_ws, fifo)
    with pytest.raises(CannotCreateError, match="folder"):
        export(any_ws, tmp_path)
