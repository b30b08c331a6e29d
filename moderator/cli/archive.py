"""Archive subcommands: export and verify an archive package (archiefpakket)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.cli.support import acting, open_workspace

if TYPE_CHECKING:
    import argparse


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``archive export`` and ``archive verify``."""
    archive = sub.add_parser("archive", help="archive packages (Archiefwet)").add_subparsers(
        dest="archive_command", metavar="COMMAND", required=True)
    p = archive.add_parser("export", parents=[common], help="write an archive package")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=_export)
    p = archive.add_parser("verify", help="verify an archive package offline")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_verify)


def _export(args: argparse.Namespace) -> int:
    from moderator.archive import export
    from moderator.moderators import Permission, require

    with open_workspace(args) as ws:
        require(acting(ws, args), Permission.AUDIT_EXPORT)
        r = export(ws, args.out)
    print(f"wrote {r.path}: {r.files} files, {r.entries} audit entries, head "
          f"{r.head or 'none'}, {r.rulesets} rule-set version(s)")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from moderator.archive import verify_package

    r = verify_package(args.file)
    print(f"OK {r.path}: {r.files} files match the manifest, {r.entries} audit entries, "
          f"head {r.head or 'none'}, {r.rulesets} rule-set version(s)")
    return 0
