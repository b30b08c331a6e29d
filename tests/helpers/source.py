"""Reading the project's own source (for checks that every table field is used)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@cache
def attribute_reads() -> frozenset[str]:
    """Every ``x.name`` read in moderator/ and ui/ (stores and definitions excluded)."""
    names: set[str] = set()
    for folder in ("moderator", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                    names.add(node.attr)
    return frozenset(names)
