"""Units of work: one short Session per operation, writers serialised on SQLite."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from moderator.storage.engine import translate_errors

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy import Engine


class Database:
    """An engine plus two session factories: deferred readers and immediate writers."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._read = sessionmaker(engine, expire_on_commit=False)
        writer = engine.execution_options(immediate=True) if self.dialect == "sqlite" else engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        with translate_errors("workspace database"), self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on error."""
        with translate_errors("workspace database"), self._write.begin() as session:
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
