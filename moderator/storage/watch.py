"""Waiting cheaply for another connection's commit: the live queue's wake-up call.

SQLite: ``PRAGMA data_version`` on a connection of its own moves whenever any other
connection (another process, or this process's pool) commits; asking costs microseconds,
so it is polled every ``interval``. PostgreSQL: the change triggers ``NOTIFY`` a channel
and a connection of its own ``LISTEN``s. Either way a wake-up only says "look": the
reader then asks ``item_changes`` what changed, so a missed or extra wake-up costs
latency, never correctness. A watch belongs to one thread: ``wait`` with a short timeout
in a loop that checks its own stop flag, then ``close``.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING, Protocol

import psycopg

from moderator.storage.engine import busy_timeout

if TYPE_CHECKING:
    from sqlalchemy import Engine

CHANNEL = "moderator_changes"  # the migration's triggers notify it


class Watch(Protocol):
    """Blocks until another connection may have committed, or the timeout passes."""

    def wait(self, timeout: float) -> bool:
        """True when something may have changed (also once after a lost connection)."""
        ...

    def close(self) -> None:
        """Close the connection (from the thread that waits, once it stopped waiting)."""
        ...


class SqliteWatch:
    """Polls ``PRAGMA data_version`` on its own connection."""

    def __init__(self, path: str, interval: float = 0.2) -> None:
        self._conn = sqlite3.connect(path, timeout=busy_timeout(), check_same_thread=False,
                                     isolation_level=None)
        self._interval = interval
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:  # noqa: D102 - see Watch
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version != self._version:
                self._version = version
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(self._interval)

    def close(self) -> None:  # noqa: D102 - see Watch
        self._conn.close()


class PostgresWatch:
    """``LISTEN`` on its own autocommit connection; reconnects after a lost one."""

    def __init__(self, conninfo: str, retry: float = 2.0) -> None:
        self._conninfo = conninfo
        self._retry = retry
        self._conn: psycopg.Connection[tuple[object, ...]] | None = self._connect()

    def _connect(self) -> psycopg.Connection[tuple[object, ...]]:
        conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def wait(self, timeout: float) -> bool:  # noqa: D102 - see Watch
        try:
            if self._conn is None:
                self._conn = self._connect()
                return True  # notifications may have been missed meanwhile
            return any(True for _n in self._conn.notifies(timeout=timeout, stop_after=1))
        except psycopg.Error:
            self.close()
            time.sleep(min(timeout, self._retry))
            return False

    def close(self) -> None:  # noqa: D102 - see Watch
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def open_watch(engine: Engine) -> Watch:
    """A watch on the database behind ``engine``."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return SqliteWatch(str(url.database))
    return PostgresWatch(url.set(drivername="postgresql").render_as_string(hide_password=False))
