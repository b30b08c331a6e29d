"""Engines for the embedded SQLite workspace and team PostgreSQL, with clear errors."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from moderator.errors import (
    BusyError,
    CannotCreateError,
    DataError,
    ErrorCode,
    ModeratorError,
    PermissionDenied,
    UnavailableError,
    UsageError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

DB_FILE = "moderator.db"
_SUPPORTED = ("sqlite", "postgresql")
_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")


def busy_timeout() -> float:
    """Seconds a connection waits on a locked SQLite database before giving up."""
    return float(os.environ.get("MODERATOR_BUSY_TIMEOUT", "15"))


def sqlite_url_for(directory: Path) -> str:
    """Create the workspace directory if needed and return its SQLite URL."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise CannotCreateError(
            f"cannot use workspace directory {directory}: {e.strerror or e}"
        ) from None
    return f"sqlite:///{directory / DB_FILE}"


def password_key(url: str) -> str:
    """The keyring entry for a team-mode login's password (user, server, database)."""
    try:
        u = make_url(url)
    except (exc.ArgumentError, ValueError, TypeError):
        raise UsageError(f"not a database URL: {url!r}") from None
    if u.get_backend_name() != "postgresql" or not u.username:
        raise UsageError("a team-mode login needs postgresql://USER@HOST/DB")
    return f"db:{u.username}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def with_password(url: str, lookup: Callable[[str], str | None]) -> str:
    """``url`` with the login's password from ``lookup`` (the keyring).

    Only when it names a PostgreSQL user but no password; otherwise ``url`` unchanged.
    """
    try:
        u = make_url(url)
    except (exc.ArgumentError, ValueError, TypeError):
        return url  # make_engine words the error
    if u.get_backend_name() != "postgresql" or not u.username or u.password is not None:
        return url
    secret = lookup(password_key(url))
    return url if not secret else u.set(password=secret).render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``, refusing unknown schemes with a clear message."""
    try:
        parsed = make_url(url)
        backend, _port = parsed.get_backend_name(), parsed.port
    except (exc.ArgumentError, ValueError, TypeError):
        raise UsageError(f"not a database URL: {url!r} (use postgresql://user@host/dbname)"
                         ) from None
    if backend not in _SUPPORTED or parsed.drivername not in _DRIVERS:
        raise UsageError(
            f"unsupported database {parsed.drivername!r} in URL; use a workspace directory "
            "(SQLite) or postgresql://user@host/dbname"
        )
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:") or "mode=memory" in str(parsed.query):
            raise UsageError("an in-memory SQLite database keeps nothing; use --workspace DIR")
        # A small pool: connections (and their pragmas) are reused across operations;
        # opening one per query cost more than the queue query itself.
        engine = create_engine(parsed, connect_args={"timeout": busy_timeout(),
                                                     "check_same_thread": False},
                               pool_size=4, max_overflow=8)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, pool_size=5)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin) instead of pysqlite's
    # implicit transactions, so writers take the lock up front and never deadlock.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the single writer
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no committed tx
    cur.execute("PRAGMA foreign_keys=ON")
    # 64 MB page cache (default 2 MB): the queue's composite indexes are touched on
    # every insert and every page; misses dominated bulk ingest.
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute(f"PRAGMA busy_timeout={int(busy_timeout() * 1000)}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Writers (execution option immediate=True) take the write lock at BEGIN, so a
    # read-then-write transaction waits its turn instead of failing halfway with
    # "database is locked"; readers begin deferred and never block under WAL.
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def translate_errors(what: str = "database") -> Iterator[None]:
    """Turn driver errors into one-line ``ModeratorError``s."""
    try:
        yield
    except ModeratorError:
        raise
    except exc.OperationalError as e:
        raise _operational(e, what) from None
    except exc.DatabaseError as e:
        orig = e.orig
        if getattr(orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
            # Team mode: the database itself refused (grants, row-level security).
            raise PermissionDenied(f"geweigerd door de database: {_first_line(orig)}"
                                   ) from None
        if isinstance(orig, sqlite3.DatabaseError):
            raise DataError(f"{what} is corrupt or not a Moderator database ({orig})",
                            code=ErrorCode.DB_CORRUPT) from None
        raise DataError(f"{what} error: {_first_line(orig or e)}") from None


_INSUFFICIENT_PRIVILEGE = "42501"


def _operational(e: exc.OperationalError, what: str) -> ModeratorError:
    msg = _first_line(e.orig or e)
    low = msg.lower()
    if "locked" in low or "busy" in low:
        return BusyError(f"{what} is locked by another process; try again later ({msg})")
    if "not a database" in low or "malformed" in low or "disk image" in low:
        return DataError(f"{what} is corrupt or not a Moderator database ({msg})",
                         code=ErrorCode.DB_CORRUPT)
    if "unable to open" in low or "readonly" in low or "read-only" in low:
        return CannotCreateError(f"cannot open {what}: {msg}")
    return UnavailableError(f"{what} unavailable: {msg}")


def _first_line(err: object) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
