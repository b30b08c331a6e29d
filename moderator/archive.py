"""Archive package (archiefpakket, Archiefwet 1995), verifiable offline.

A self-describing ZIP of the moderation log, the rule-set versions it cites and SHA-256
checksums.

Layout::

    manifest.json        what this is, when, the audit head, and a checksum per file
    audit.jsonl          every audit entry (personal content left out, digests kept)
    rulesets/NAME@V.yaml every stored rule-set version (the shipped default if none)
    README.txt           how to verify without Moderator (sha256sum and the chain rule)
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from moderator import __version__, archive_reader
from moderator.audit.chain import Head, verify
from moderator.errors import CannotCreateError, IntegrityError

if TYPE_CHECKING:
    from moderator.workspace import Workspace

FORMAT = "moderator-archive/1"
_README = """Moderator archiefpakket / archive package

manifest.json lists every file with its SHA-256; check them with `sha256sum`.
audit.jsonl is a hash chain: entry N's "hash" is SHA-256 over the UTF-8 bytes of the
compact JSON array [seq, at, moderator, role, action, item_ref, account_id, rule_id,
ruleset_version, detail, content_digest, prev_hash] (no spaces; non-ASCII written as is;
only quotes, backslashes and control characters escaped, the latter as \\b \\f \\n \\r \\t
or \\u00xx in lower case; account_id a number or null), the same bytes as Python's
json.dumps(fields, ensure_ascii=False, separators=(",", ":")) or SQLite's json_array();
"prev_hash" is entry N-1's hash (64 zeros for entry 1). The last entry must equal the
head in manifest.json. `moderator archive verify FILE` does all of this.
"""


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    """What an export wrote or a verification found."""

    path: Path
    entries: int
    head: str
    rulesets: int


def export(ws: Workspace, out: Path) -> ArchiveReport:
    """Write the archive package for a workspace."""
    from moderator.ruleset import active_ruleset
    from moderator.storage.audit_repo import AuditRepository
    from moderator.storage.ruleset_repo import RuleSetRepository

    files: dict[str, bytes] = {}
    with ws.db.read() as s:
        lines, last = [], None
        for e in AuditRepository(s).entries():
            lines.append(json.dumps({**e._asdict(), "content": None}, ensure_ascii=False))
            last = Head(e.seq, e.hash)
        stored = RuleSetRepository(s).all_contents()
    files["audit.jsonl"] = ("\n".join(lines) + ("\n" if lines else "")).encode()
    if not stored:
        rs = active_ruleset(ws)
        source = Path(rs.source) if rs.source and Path(rs.source).is_file() else None
        if source is not None:
            stored = [(rs.name, rs.version, source.read_text(encoding="utf-8"))]
    for name, version, content in stored:
        files[f"rulesets/{_safe(name)}@{_safe(version)}.yaml"] = content.encode()
    files["README.txt"] = _README.encode()
    manifest = {
        "format": FORMAT, "generator": f"moderator {__version__}", "created_at": ws.clock()
        .isoformat(), "workspace": ws.label, "audit_entries": len(lines),
        "audit_head": str(last) if last else None,
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(files.items())},
    }
    if out.exists() and not out.is_file():  # a device or FIFO must not become a ZIP
        raise CannotCreateError(f"cannot write {out}: it exists and is not a regular file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(out.suffix + ".part")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
            for name, data in sorted(files.items()):
                z.writestr(name, data)
        tmp.replace(out)  # never leave a half-written package under the final name
    except OSError as e:
        raise CannotCreateError(f"cannot write {out}: {e.strerror or e}") from None
    return ArchiveReport(out, len(lines), str(last) if last else "", len(stored))


def verify_package(path: Path) -> ArchiveReport:
    """Check every checksum and the audit chain against the manifest's head.

    The package is outside input: ``archive_reader`` checks its shape and sizes first.
    """
    package = archive_reader.read(path, FORMAT)
    result = verify(package.entries(), package.manifest.head, exact=True)
    if not result.ok:
        raise IntegrityError(f"{path}: audit log broken at entry {result.broken_seq}: "
                             f"{result.reason}")
    rulesets = sum(1 for n in package.manifest.files if n.startswith("rulesets/"))
    return ArchiveReport(path, result.count, str(result.head or ""), rulesets)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:80] or "_"
