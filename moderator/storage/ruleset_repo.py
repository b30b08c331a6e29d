"""Stored rule-set versions; exactly one is active."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from moderator.storage.tables import RuleSetRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class RuleSetRepository:
    """Reads and activates rule-set versions; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def active_content(self) -> str | None:
        """The YAML text of the active rule set, if one was stored."""
        return self._s.scalars(select(RuleSetRow.content).where(RuleSetRow.active.is_(True))
                               .order_by(RuleSetRow.id.desc())).first()

    def versions(self) -> list[tuple[str, str, str, bool]]:
        """(name, version, sha256, active) of every stored version, newest first."""
        rows = self._s.execute(select(RuleSetRow.name, RuleSetRow.version, RuleSetRow.sha256,
                                      RuleSetRow.active).order_by(RuleSetRow.id.desc()))
        return [(a, b, c, bool(d)) for a, b, c, d in rows]

    def all_contents(self) -> list[tuple[str, str, str]]:
        """(name, version, content) of every stored version (for the archive)."""
        rows = self._s.execute(select(RuleSetRow.name, RuleSetRow.version, RuleSetRow.content)
                               .order_by(RuleSetRow.id))
        return [(a, b, c) for a, b, c in rows]

    def activate(self, name: str, version: str, content: str, sha256: str) -> None:
        """Store a version (or reuse the identical one) and make it the only active one."""
        self._s.execute(update(RuleSetRow).values(active=False))
        row = self._s.scalars(select(RuleSetRow).where(RuleSetRow.name == name,
                                                       RuleSetRow.version == version)).first()
        if row is None:
            self._s.add(RuleSetRow(name=name, version=version, content=content, sha256=sha256,
                                   active=True))
        else:
            row.content, row.sha256, row.active = content, sha256, True
        self._s.flush()
