"""Who is sending an outbox entry, and whether that sender still runs.

An entry in state ``sending`` may have reached the platform. It names its sender as
``host:pid:start`` (the process's start time guards against a reused pid). When that
process is gone, the entry is taken over at once (no lease timeout to wait out) and
checked on the platform before anything is sent again. On PostgreSQL the sending session
also holds the row lock, so another executor skips it while the sender lives; on SQLite the
pid is the only sign of life (a workspace file is used on one machine).
"""

from __future__ import annotations

import os
import socket
from functools import cache

import psutil

#: A sender on another machine that left an entry ``sending`` this long ago is gone.
FOREIGN_STALE_SECONDS = 600.0


def _start(pid: int) -> int:
    return int(psutil.Process(pid).create_time())


def of(pid: int) -> str:
    """A running process on this machine as a lease owner."""
    return f"{socket.gethostname()}:{pid}:{_start(pid)}"


@cache
def me() -> str:
    """This process as a lease owner."""
    return of(os.getpid())


def alive(owner: str) -> bool | None:
    """Whether the named sender still runs (None: it runs on another machine, unknown)."""
    host, _, rest = owner.partition(":")
    pid_text, _, start_text = rest.partition(":")
    if host != socket.gethostname():
        return None
    try:
        pid, start = int(pid_text), int(start_text)
    except ValueError:
        return False
    try:
        proc = psutil.Process(pid)
        return (abs(int(proc.create_time()) - start) <= 1
                and proc.status() != psutil.STATUS_ZOMBIE)  # killed, not yet reaped
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False
