"""The log head witnessed outside the database, and signed-off heads as small files.

A forger with database access can rewrite or cut the chain and recompute every hash and
the head kept in the workspace settings; the result is internally consistent. What the
forger cannot reach is what every machine that verified before remembers: the newest
(seq, hash) it verified, per workspace, in the user's own settings folder. A later verify
must find that exact entry again. A team lead's sign-off is the same kind of witness,
exported as a file that can be checked anywhere (``audit verify --head FILE``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from moderator.audit.chain import Head
from moderator.errors import CannotCreateError, UsageError

if TYPE_CHECKING:
    from datetime import datetime

_FILE = "audit-witness.json"


def witness_file() -> Path:
    """Where this user's witnessed heads live (one file, keyed by workspace)."""
    return Path(platformdirs.user_config_dir("moderator")) / _FILE


class Witness:
    """The newest verified head per workspace, in the user's local settings."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or witness_file()

    def _load(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # unreadable: nothing witnessed (the next verify writes it anew)
        return data if isinstance(data, dict) else {}

    def get(self, workspace: str) -> Head | None:
        """The head last verified for ``workspace`` on this machine (None: never)."""
        entry = self._load().get(workspace)
        if not isinstance(entry, dict):
            return None
        try:
            return Head(int(str(entry["seq"])), str(entry["hash"]))
        except (KeyError, ValueError):
            return None

    def remember(self, workspace: str, head: Head) -> None:
        """Record a verified head (only ever forwards: an older head is not stored)."""
        data = self._load()
        old = self.get(workspace)
        if old is not None and old.seq > head.seq:
            return
        data[workspace] = {"seq": head.seq, "hash": head.hash}
        tmp = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as e:
            raise CannotCreateError(f"cannot write {self.path}: {e.strerror or e}") from None


@dataclass(frozen=True, slots=True)
class SignOff:
    """A signed-off head: who signed off which part of which log, and when."""

    workspace: str
    head: Head
    reviewed: Head | None
    signed_by: str
    at: str

    def to_json(self) -> str:
        """The file's content."""
        return json.dumps({"kind": "moderator-audit-signoff", "workspace": self.workspace,
                           "head": str(self.head),
                           "reviewed": str(self.reviewed) if self.reviewed else None,
                           "signed_by": self.signed_by, "at": self.at},
                          ensure_ascii=False, indent=1) + "\n"


def read_head(arg: str) -> Head:
    """A head from ``SEQ:HASH`` or from a sign-off file."""
    try:
        return Head.parse(arg)
    except ValueError:
        pass
    path = Path(arg)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Head.parse(str(data["head"]))
    except OSError as e:
        raise UsageError(f"cannot read head file {arg}: {e.strerror or e}") from None
    except (ValueError, KeyError, TypeError):
        raise UsageError(f"{arg} is neither SEQ:HASH nor a sign-off file") from None


def stamp(at: datetime) -> str:
    """A sign-off time as written in the file."""
    return at.isoformat(timespec="seconds")
