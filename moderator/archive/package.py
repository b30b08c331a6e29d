"""Writing a package: collect, describe, checksum, and write it under a temporary name."""

from __future__ import annotations

import hashlib
import json
import zipfile
from typing import TYPE_CHECKING

from moderator import __version__
from moderator.archive.collect import collect
from moderator.archive.layout import FORMAT, MANIFEST, ArchiveReport
from moderator.archive.mdto import describe
from moderator.errors import CannotCreateError
from moderator.outfiles import refuse_special_target

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.workspace import Workspace


def export(ws: Workspace, out: Path) -> ArchiveReport:
    """Write the archive package for a workspace to ``out`` (a new or plain file)."""
    refuse_special_target(out)
    got = collect(ws)
    made = ws.clock().isoformat(timespec="seconds")
    days = ws.privacy.retention_days()
    files: dict[str, bytes] = {}
    for r in got.records:
        digest = hashlib.sha256(r.data).hexdigest()
        files[r.name] = r.data
        files[f"mdto/{r.name}.mdto.xml"] = describe(r, digest, creator=ws.label, made=made,
                                                     retention_days=days)
    head = str(got.head) if got.head else None
    manifest = {
        "format": FORMAT, "generator": f"moderator {__version__}", "created_at": made,
        "workspace": ws.label, "audit_entries": got.audit_entries, "audit_head": head,
        "retention_days": days,
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(files.items())},
        "sizes": {n: len(b) for n, b in sorted(files.items())},
    }
    tmp = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        refuse_special_target(tmp)
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            for name, data in sorted(files.items()):
                z.writestr(name, data)
        tmp.replace(out)  # never leave a half-written package under the final name
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CannotCreateError(f"cannot write {out}: {e.strerror or e}") from None
    return ArchiveReport(out, got.audit_entries, head or "", got.rulesets, len(files) + 1)
