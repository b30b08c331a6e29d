from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from moderator.actions import ActionRequest
from moderator.archive import export, verify_package
from moderator.errors import DataError, IntegrityError
from moderator.items import ActionKind
from moderator.query import QueueQuery
from moderator.workspace import Workspace
from tests.helpers.cli import run_cli
from tests.helpers.workspaces import make_item


def _package(tmp_path: Path) -> Path:
    with Workspace.open(workspace=tmp_path / "w") as ws:
        ws.ingest.upsert([make_item(i) for i in range(5)])
        me = ws.moderators.current("Fatima")
        for item in ws.queue.page(QueueQuery()).items:
            ws.actions.perform(me, ActionRequest(ActionKind.REPLY, item.id, text="Dank je!"))
        report = export(ws, tmp_path / "pakket.zip")
    assert report.entries == 5 and report.rulesets == 1
    return report.path


def _rewrite(src: Path, dst: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for name in a.namelist():
            b.writestr(name, change.get(name, a.read(name)))


def test_package_verifies_offline_and_holds_no_personal_content(tmp_path: Path) -> None:
    path = _package(tmp_path)
    assert verify_package(path).entries == 5
    with zipfile.ZipFile(path) as z:
        audit = z.read("audit.jsonl").decode()
        manifest = json.loads(z.read("manifest.json"))
    assert "Dank je" not in audit and "Auteur" not in audit
    assert manifest["audit_head"].startswith("5:")
    r = run_cli("archive", "verify", str(path))
    assert r.returncode == 0 and r.stdout.startswith("OK")


def test_changed_file_or_rewritten_log_is_detected(tmp_path: Path) -> None:
    path = _package(tmp_path)
    with zipfile.ZipFile(path) as z:
        lines = z.read("audit.jsonl").decode().splitlines()
    bad = tmp_path / "bad.zip"
    _rewrite(path, bad, {"audit.jsonl": ("\n".join(lines[:-1]) + "\n").encode()})
    with pytest.raises(IntegrityError, match=r"audit\.jsonl was changed"):
        verify_package(bad)
    # Someone who also fixes the checksum and size still cannot hide a cut-off log.
    with zipfile.ZipFile(bad) as z:
        manifest = json.loads(z.read("manifest.json"))
        body = z.read("audit.jsonl")
    import hashlib

    manifest["files"]["audit.jsonl"] = hashlib.sha256(body).hexdigest()
    manifest["sizes"]["audit.jsonl"] = len(body)
    worse = tmp_path / "worse.zip"
    _rewrite(bad, worse, {"manifest.json": json.dumps(manifest).encode()})
    with pytest.raises(IntegrityError, match="entry 5"):
        verify_package(worse)
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(DataError):
        verify_package(tmp_path / "junk.zip")
